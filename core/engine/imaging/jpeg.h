#pragma once
// JPEG export (previews, and test fixtures: tests cannot include OpenCV).

#include "engine/base/image.h"

#include <cstdint>
#include <vector>

namespace genlab::engine::imaging {

// Encodes an 8-bit Gray/RGB/RGBA image (alpha composited over white), baseline JPEG, quality 1..100.
// Throws std::invalid_argument for a bad image or quality, ImageError when encoding fails.
std::vector<std::uint8_t> encodeJpeg(const Image &image, int quality = 90);

} // namespace genlab::engine::imaging
