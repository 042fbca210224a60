// renderToySnapshot: torch-free drawing of a snapshot for previews.
#include "engine/gan/toygan.h"

#include <algorithm>
#include <cmath>

namespace genlab::engine::gan {

namespace {

void blend(std::uint8_t *px, const std::uint8_t rgb[3], double alpha)
{
    for (int c = 0; c < 3; ++c)
        px[c] = std::uint8_t(std::lround(px[c] * (1 - alpha) + rgb[c] * alpha));
}

} // namespace

Image renderToySnapshot(const ToySnapshot &s, int size)
{
    size = std::clamp(size, 8, 4096);
    Image img(size, size, 3);
    std::fill(img.pixels.begin(), img.pixels.end(), std::uint8_t(255));
    const ViewRequest &v = s.view;
    const double w = v.xMax - v.xMin, h = v.yMax - v.yMin;
    if (s.heatmapSize > 0 && s.heatmap.size() == std::size_t(s.heatmapSize) * s.heatmapSize) {
        const double range = std::max(1e-12, double(s.heatmapMax) - double(s.heatmapMin));
        const int n = s.heatmapSize;
        for (int y = 0; y < size; ++y) {
            const int row = std::min(n - 1, y * n / size);
            std::uint8_t *line = img.row(y);
            for (int x = 0; x < size; ++x) {
                const int col = std::min(n - 1, x * n / size);
                const double t = std::clamp((s.heatmap[std::size_t(row) * n + col] - s.heatmapMin) / range, 0.0, 1.0);
                // Blue (low) through near-white (undecided) to orange (high), as GAN Lab draws it.
                const double lo[3] = {70, 120, 200}, mid[3] = {245, 245, 245}, hi[3] = {235, 140, 50};
                for (int c = 0; c < 3; ++c) {
                    const double value = t < 0.5 ? lo[c] + (mid[c] - lo[c]) * (t * 2) : mid[c] + (hi[c] - mid[c]) * (t * 2 - 1);
                    line[3 * x + c] = std::uint8_t(std::lround(value));
                }
            }
        }
    }
    auto dots = [&](const std::vector<float> &pts, const std::uint8_t rgb[3]) {
        for (std::size_t i = 0; i + 1 < pts.size(); i += 2) {
            if (!std::isfinite(pts[i]) || !std::isfinite(pts[i + 1]))
                continue;
            const int cx = int(std::floor((pts[i] - v.xMin) / w * size));
            const int cy = int(std::floor((v.yMax - pts[i + 1]) / h * size));
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int x = cx + dx, y = cy + dy;
                    if (x >= 0 && y >= 0 && x < size && y < size)
                        blend(img.row(y) + 3 * x, rgb, (dx == 0 && dy == 0) ? 1.0 : 0.6);
                }
        }
    };
    const std::uint8_t green[3] = {30, 150, 60}, magenta[3] = {190, 30, 190};
    dots(s.real, green);
    dots(s.fake, magenta);
    return img;
}

} // namespace genlab::engine::gan
