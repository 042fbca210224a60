#pragma once
// The deterministic held-out split of a labelled data set: every 10th image (index % 10 == 0; for
// OpenCV's digits that is 50 of each digit, 500 in all). The classifier's trainer never trains
// on it (it measures its accuracy there), and the evaluator compares generated images against it
// by default ("--reference digits").

#include "engine/base/image.h"
#include "engine/base/runcontext.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::evaluate {

inline constexpr std::int64_t kHeldOutEvery = 10;
inline bool isHeldOut(std::int64_t index) { return index % kHeldOutEvery == 0; }

// Images with their labels (-1 when unlabelled), at one size.
struct ImageSet
{
    std::string description;            // "digits, held-out split (500 images)"
    std::vector<Image> images;
    std::vector<int> labels;            // empty or one per image
    std::vector<std::string> classNames; // empty when unlabelled
    std::vector<std::pair<std::string, std::string>> skipped; // folders: file -> reason

    bool labelled() const { return !classNames.empty() && labels.size() == images.size(); }
};

enum class Part { HeldOut, Training, All };

// A data set ("digits", "procedural-digits", "folder:<path>", ...) opened through the data module
// at size x size x channels, restricted to one part of the split. Throws data::DatasetError.
ImageSet openImageSet(const std::string &datasetId, Part part, int size, int channels, const RunContext &ctx = {});

} // namespace genlab::engine::evaluate
