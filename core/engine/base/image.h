#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine {

// A plain 8-bit image, rows top to bottom, channels interleaved (1 = gray, 3 = RGB, 4 = RGBA).
// This is the type images cross the engine boundary in; no OpenCV or torch types above it.
struct Image
{
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<std::uint8_t> pixels; // width * height * channels bytes

    Image() = default;
    Image(int w, int h, int c) : width(w), height(h), channels(c), pixels(std::size_t(w) * h * c, 0) {}

    bool empty() const { return width <= 0 || height <= 0 || channels <= 0 || pixels.empty(); }
    std::size_t stride() const { return std::size_t(width) * channels; }
    std::uint8_t *row(int y) { return pixels.data() + std::size_t(y) * stride(); }
    const std::uint8_t *row(int y) const { return pixels.data() + std::size_t(y) * stride(); }
};

// Float image in [0,1], planar (C x H x W), as models consume and produce them.
struct FloatImage
{
    int width = 0;
    int height = 0;
    int channels = 0;
    std::vector<float> values; // channels * height * width

    bool empty() const { return values.empty(); }
};

Image toImage(const FloatImage &planar);
FloatImage toFloatImage(const Image &image);

} // namespace genlab::engine
