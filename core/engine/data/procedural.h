#pragma once
// Data sets drawn on the fly with OpenCV: always available, labelled, of any size and count. Image i
// depends only on (seed, i), never on what was drawn before, so any index can be drawn from any
// thread in any order and gives the same bytes.

#include "engine/data/dataset.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::data {

struct ProceduralOptions
{
    int width = 0;            // 0: the kind's default (digits 28x28, shapes 32x32); 8..1024
    int height = 0;
    int channels = 0;         // 0: the kind's default (digits 1, shapes 3); 1 or 3
    std::int64_t count = 10000; // any count up to 2^40
    std::uint64_t seed = 1;
};

// Digits 0-9 in OpenCV's Hershey fonts, white on black like MNIST, with a random affine transform
// (rotation, scale, shear, translation), stroke width and pixel noise. label(i) = i % 10.
// Throws std::invalid_argument for sizes or counts outside the ranges above.
std::unique_ptr<ImageDataset> makeProceduralDigits(const ProceduralOptions &options = {});

// Filled shapes (shapeNames()) at random positions, scales and rotations, in random colours on a
// random contrasting background. label(i) = i % shapeNames().size().
std::unique_ptr<ImageDataset> makeShapes(const ProceduralOptions &options = {});
const std::vector<std::string> &shapeNames();

} // namespace genlab::engine::data
