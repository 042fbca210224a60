#include "engine/imaging/detail/quantize.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace genlab::engine::imaging::detail {

namespace {

struct Bin
{
    std::uint32_t count = 0;
    std::array<std::uint64_t, 3> sum{};
    double mean(int c) const { return double(sum[std::size_t(c)]) / count; }
};

struct Box
{
    std::size_t begin = 0, end = 0; // into the compacted bins
    double error = 0;               // sum of squared distances to the box mean
    int axis = 0;                   // channel of largest variance
};

void measure(Box &box, const std::vector<Bin> &bins)
{
    double n = 0;
    std::array<double, 3> s{}, s2{};
    for (std::size_t i = box.begin; i < box.end; ++i) {
        const Bin &b = bins[i];
        n += b.count;
        for (int c = 0; c < 3; ++c) {
            const double m = b.mean(c);
            s[std::size_t(c)] += m * b.count;
            s2[std::size_t(c)] += m * m * b.count;
        }
    }
    box.error = 0;
    double best = -1;
    for (int c = 0; c < 3; ++c) {
        const double var = s2[std::size_t(c)] - s[std::size_t(c)] * s[std::size_t(c)] / n;
        box.error += var;
        if (var > best) {
            best = var;
            box.axis = c;
        }
    }
}

} // namespace

Palette buildPalette(const std::vector<const Image *> &frames, int maxColors)
{
    maxColors = std::clamp(maxColors, 1, 256);
    Palette palette;

    // Few colours (flat art, tests, gray-looking RGB): an exact palette, nothing lost.
    std::unordered_set<std::uint32_t> distinct;
    bool few = true;
    for (const Image *f : frames) {
        for (std::size_t i = 0; few && i + 2 < f->pixels.size(); i += 3) {
            distinct.insert((std::uint32_t(f->pixels[i]) << 16) | (std::uint32_t(f->pixels[i + 1]) << 8) |
                            f->pixels[i + 2]);
            few = int(distinct.size()) <= maxColors;
        }
        if (!few)
            break;
    }
    if (few) {
        std::vector<std::uint32_t> sorted(distinct.begin(), distinct.end());
        std::sort(sorted.begin(), sorted.end());
        for (std::uint32_t c : sorted)
            palette.colors.push_back({std::uint8_t(c >> 16), std::uint8_t(c >> 8), std::uint8_t(c)});
        if (palette.colors.empty())
            palette.colors.push_back({0, 0, 0});
        palette.exact = true;
        return palette;
    }

    // Histogram, subsampled to about 4M pixels: the palette needs the distribution, not every pixel.
    std::size_t total = 0;
    for (const Image *f : frames)
        total += f->pixels.size() / 3;
    const std::size_t step = std::max<std::size_t>(1, total / (4u << 20));
    std::vector<Bin> hist(1u << 15);
    std::size_t counter = 0;
    for (const Image *f : frames) {
        for (std::size_t i = 0; i + 2 < f->pixels.size(); i += 3, ++counter) {
            if (counter % step != 0)
                continue;
            const int r = f->pixels[i], g = f->pixels[i + 1], b = f->pixels[i + 2];
            Bin &bin = hist[std::size_t(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3))];
            ++bin.count;
            bin.sum[0] += std::uint64_t(r);
            bin.sum[1] += std::uint64_t(g);
            bin.sum[2] += std::uint64_t(b);
        }
    }
    std::vector<Bin> bins;
    for (const Bin &b : hist)
        if (b.count > 0)
            bins.push_back(b);

    std::vector<Box> boxes(1);
    boxes[0].end = bins.size();
    measure(boxes[0], bins);
    while (int(boxes.size()) < maxColors) {
        auto it = std::max_element(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) {
            const bool aSplittable = a.end - a.begin > 1, bSplittable = b.end - b.begin > 1;
            if (aSplittable != bSplittable)
                return !aSplittable;
            return a.error < b.error;
        });
        if (it->end - it->begin < 2)
            break;
        Box box = *it;
        const int axis = box.axis;
        std::sort(bins.begin() + std::ptrdiff_t(box.begin), bins.begin() + std::ptrdiff_t(box.end),
                  [axis](const Bin &a, const Bin &b) { return a.mean(axis) < b.mean(axis); });
        std::uint64_t population = 0;
        for (std::size_t i = box.begin; i < box.end; ++i)
            population += bins[i].count;
        std::uint64_t running = 0;
        std::size_t split = box.begin + 1;
        for (std::size_t i = box.begin; i + 1 < box.end; ++i) {
            running += bins[i].count;
            split = i + 1;
            if (running * 2 >= population)
                break;
        }
        Box left{box.begin, split}, right{split, box.end};
        measure(left, bins);
        measure(right, bins);
        *it = left;
        boxes.push_back(right);
    }

    for (const Box &box : boxes) {
        std::array<std::uint64_t, 3> sum{};
        std::uint64_t n = 0;
        for (std::size_t i = box.begin; i < box.end; ++i) {
            n += bins[i].count;
            for (std::size_t c = 0; c < 3; ++c)
                sum[c] += bins[i].sum[c];
        }
        palette.colors.push_back({std::uint8_t((sum[0] + n / 2) / n), std::uint8_t((sum[1] + n / 2) / n),
                                  std::uint8_t((sum[2] + n / 2) / n)});
    }
    return palette;
}

PaletteMapper::PaletteMapper(const Palette &palette) : m_palette(palette), m_isExact(palette.exact)
{
    if (m_isExact) {
        for (std::size_t i = 0; i < palette.colors.size(); ++i) {
            const auto &c = palette.colors[i];
            m_exact.emplace_back((std::uint32_t(c[0]) << 16) | (std::uint32_t(c[1]) << 8) | c[2], std::uint8_t(i));
        }
        std::sort(m_exact.begin(), m_exact.end());
    } else {
        m_cache.assign(1u << 18, std::int16_t(-1));
    }
}

std::uint8_t PaletteMapper::nearest(int r, int g, int b) const
{
    int best = 0;
    int bestDistance = 1 << 30;
    for (std::size_t i = 0; i < m_palette.colors.size(); ++i) {
        const auto &c = m_palette.colors[i];
        const int dr = r - c[0], dg = g - c[1], db = b - c[2];
        const int d = dr * dr + dg * dg + db * db;
        if (d < bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return std::uint8_t(best);
}

std::vector<std::uint8_t> PaletteMapper::map(const Image &rgb)
{
    std::vector<std::uint8_t> indices(std::size_t(rgb.width) * rgb.height);
    for (std::size_t p = 0, i = 0; p < indices.size(); ++p, i += 3) {
        const int r = rgb.pixels[i], g = rgb.pixels[i + 1], b = rgb.pixels[i + 2];
        if (m_isExact) {
            const std::uint32_t key = (std::uint32_t(r) << 16) | (std::uint32_t(g) << 8) | std::uint32_t(b);
            auto it = std::lower_bound(m_exact.begin(), m_exact.end(), std::make_pair(key, std::uint8_t(0)));
            indices[p] = (it != m_exact.end() && it->first == key) ? it->second : nearest(r, g, b);
            continue;
        }
        // The cache works at 6 bits a channel (an error of at most 2 levels, invisible after
        // quantisation) so it stays small (256 K entries) and mostly hits.
        const std::size_t key = std::size_t(((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2));
        std::int16_t &cached = m_cache[key];
        if (cached < 0)
            cached = nearest((r & ~3) | 2, (g & ~3) | 2, (b & ~3) | 2);
        indices[p] = std::uint8_t(cached);
    }
    return indices;
}

} // namespace genlab::engine::imaging::detail
