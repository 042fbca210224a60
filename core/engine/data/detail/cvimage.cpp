#include "engine/data/detail/cvimage.h"

#include <algorithm>
#include <stdexcept>

namespace genlab::engine::data::detail {

Image fromMat(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U)
        throw std::invalid_argument("fromMat: expected a non-empty 8-bit image");
    Image out(mat.cols, mat.rows, mat.channels());
    for (int y = 0; y < mat.rows; ++y)
        std::copy_n(mat.ptr<std::uint8_t>(y), out.stride(), out.row(y));
    return out;
}

} // namespace genlab::engine::data::detail
