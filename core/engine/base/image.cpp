#include "engine/base/image.h"

#include <algorithm>
#include <cmath>

namespace genlab::engine {

Image toImage(const FloatImage &planar)
{
    Image out(planar.width, planar.height, planar.channels);
    const std::size_t plane = std::size_t(planar.width) * planar.height;
    for (int c = 0; c < planar.channels; ++c) {
        for (std::size_t i = 0; i < plane; ++i) {
            float v = planar.values[c * plane + i];
            if (!std::isfinite(v))
                v = 0.f;
            out.pixels[i * planar.channels + c] =
                static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.f, 1.f) * 255.f));
        }
    }
    return out;
}

FloatImage toFloatImage(const Image &image)
{
    FloatImage out;
    out.width = image.width;
    out.height = image.height;
    out.channels = image.channels;
    const std::size_t plane = std::size_t(image.width) * image.height;
    out.values.resize(plane * image.channels);
    for (int c = 0; c < image.channels; ++c)
        for (std::size_t i = 0; i < plane; ++i)
            out.values[c * plane + i] = image.pixels[i * image.channels + c] / 255.f;
    return out;
}

} // namespace genlab::engine
