#pragma once

#include "engine/base/image.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine {

// A result streamed while a job runs: generated tokens, a denoising step, a sample grid,
// training metrics. Plain data; the services layer carries it to the GUI thread unchanged.
struct Partial
{
    std::string kind;                                   // "tokens", "images", "metrics", "log", ...
    std::int64_t step = -1;                             // training/denoising step, -1 when none
    std::string text;                                   // tokens or a message
    std::vector<Image> images;                          // a grid, a step's output
    std::vector<std::pair<std::string, double>> scalars; // named metrics ("loss", 0.42)
    std::vector<float> values;                          // free-form numbers (e.g. per-dimension KL)
};

} // namespace genlab::engine
