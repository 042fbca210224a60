#include "engine/imaging/compose.h"

#include "engine/imaging/decode.h"
#include "engine/imaging/detail/cvimage.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace genlab::engine::imaging {

namespace {

constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;
// Hershey Simplex at 0.4 is about 9 px tall: legible under a 20 px tile; never below 0.3.
constexpr double kFontScale = 0.4;
constexpr double kMinFontScale = 0.3;
constexpr int kMaxSide = 16384;

int bandHeight()
{
    int baseline = 0;
    const cv::Size size = cv::getTextSize("Ag", kFont, kFontScale, 1, &baseline);
    return size.height + baseline + 4;
}

std::string asciiOnly(const std::string &s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 32 && c < 127) {
            out.push_back(char(c));
        } else if (c >= 0xc0) {
            out.push_back('?'); // one mark per UTF-8 character, not per byte
        } else if (c < 0x80) {
            out.push_back(' ');
        }
    }
    return out;
}

void drawLabel(cv::Mat &canvas, const std::string &label, const cv::Rect &band)
{
    std::string text = asciiOnly(label);
    if (text.empty())
        return;
    const cv::Scalar black = canvas.channels() == 1 ? cv::Scalar(0) : cv::Scalar(0, 0, 0);
    double fontScale = kFontScale;
    int baseline = 0;
    cv::Size size = cv::getTextSize(text, kFont, fontScale, 1, &baseline);
    const int room = std::max(1, band.width - 2);
    while (size.width > room && fontScale > kMinFontScale + 1e-9) {
        fontScale = std::max(kMinFontScale, fontScale - 0.05);
        size = cv::getTextSize(text, kFont, fontScale, 1, &baseline);
    }
    if (size.width > room) {
        std::string shown = text;
        while (text.size() > 1) {
            text.pop_back();
            shown = text + "..";
            size = cv::getTextSize(shown, kFont, fontScale, 1, &baseline);
            if (size.width <= room)
                break;
        }
        text = shown; // may still overflow when even one character does not fit: clipped by the band
    }
    const int x = std::max(0, (band.width - size.width) / 2);
    const int y = (band.height + size.height) / 2 - 1;
    cv::Mat bandView = canvas(band); // drawing in the view clips the text to its own cell
    cv::putText(bandView, text, cv::Point(x, y), kFont, fontScale, black, 1, cv::LINE_AA);
}

} // namespace

int gridLabelBandHeight()
{
    return detail::cvGuard("makeGrid", "measuring text", [] { return bandHeight(); });
}

Image makeGrid(const std::vector<Image> &tiles, int columns, const std::vector<std::string> &labels, int padding,
               int scale)
{
    if (tiles.empty())
        throw std::invalid_argument("makeGrid: no tiles");
    if (labels.size() > tiles.size())
        throw std::invalid_argument("makeGrid: more labels than tiles");
    if (scale < 1 || scale > 64)
        throw std::invalid_argument("makeGrid: scale must be 1..64");
    if (padding < 0 || padding > 1024)
        throw std::invalid_argument("makeGrid: padding must be 0..1024");
    int maxW = 0, maxH = 0;
    bool allGray = true;
    for (const Image &t : tiles) {
        if (t.empty() || (t.channels != 1 && t.channels != 3 && t.channels != 4) ||
            t.pixels.size() != std::size_t(t.width) * t.height * t.channels)
            throw std::invalid_argument("makeGrid: a tile is empty or not an 8-bit Gray/RGB/RGBA image");
        maxW = std::max(maxW, t.width);
        maxH = std::max(maxH, t.height);
        allGray = allGray && t.channels == 1;
    }
    const int n = int(tiles.size());
    if (columns <= 0)
        columns = int(std::ceil(std::sqrt(double(n))));
    const int cols = std::min(columns, n);
    const int rows = (n + cols - 1) / cols;
    const bool anyLabel = std::any_of(labels.begin(), labels.end(), [](const std::string &s) { return !s.empty(); });
    const int band = anyLabel ? gridLabelBandHeight() : 0;
    const std::int64_t cellW = std::int64_t(maxW) * scale;
    const std::int64_t cellH = std::int64_t(maxH) * scale;
    const std::int64_t outW = cols * cellW + std::int64_t(cols + 1) * padding;
    const std::int64_t outH = rows * (cellH + band) + std::int64_t(rows + 1) * padding;
    if (outW > kMaxSide || outH > kMaxSide)
        throw std::invalid_argument("makeGrid: the grid would be " + std::to_string(outW) + "x" + std::to_string(outH) +
                                    " pixels, more than " + std::to_string(kMaxSide) + " a side");
    const ColorMode mode = allGray ? ColorMode::Gray : ColorMode::Rgb;

    Image out(int(outW), int(outH), allGray ? 1 : 3);
    std::fill(out.pixels.begin(), out.pixels.end(), std::uint8_t(255));
    detail::cvGuard("makeGrid", "composing", [&] {
        cv::Mat canvas = detail::asMat(out);
        for (int i = 0; i < n; ++i) {
            const Image tile = convertImage(tiles[std::size_t(i)], mode);
            cv::Mat scaled;
            cv::resize(detail::asMat(tile), scaled, cv::Size(tile.width * scale, tile.height * scale), 0, 0,
                       cv::INTER_NEAREST);
            const int col = i % cols, row = i / cols;
            const int cellX = padding + col * int(cellW + padding);
            const int cellY = padding + row * int(cellH + band + padding);
            const int x = cellX + int(cellW - scaled.cols) / 2;
            const int y = cellY + int(cellH - scaled.rows) / 2;
            scaled.copyTo(canvas(cv::Rect(x, y, scaled.cols, scaled.rows)));
            if (std::size_t(i) < labels.size() && band > 0)
                drawLabel(canvas, labels[std::size_t(i)], cv::Rect(cellX, cellY + int(cellH), int(cellW), band));
        }
    });
    return out;
}

Image makeStrip(const std::vector<Image> &frames, int padding, int scale)
{
    return makeGrid(frames, int(frames.size()), {}, padding, scale);
}

} // namespace genlab::engine::imaging
