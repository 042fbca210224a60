#pragma once
// OpenCV helpers private to the data module's drawings. Channel order stays RGB throughout: the
// drawings pick their own colours, so OpenCV's BGR convention never matters here.

#include "engine/base/image.h"

#include <opencv2/core.hpp>

namespace genlab::engine::data::detail {

Image fromMat(const cv::Mat &mat); // 8-bit, 1/3/4 channels; copies

} // namespace genlab::engine::data::detail
