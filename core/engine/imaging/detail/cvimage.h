#pragma once
// Private bridge between Image and cv::Mat. Every OpenCV call in this module goes through
// cvGuard(), because OpenCV reports failures in three ways (cv::Exception, std::bad_alloc and an
// empty Mat) and each must become an ImageError that names the file.

#include "engine/base/image.h"
#include "engine/imaging/decode.h"

#include <opencv2/core.hpp>

#include <new>
#include <string>
#include <utility>

namespace genlab::engine::imaging::detail {

// Runs f(); turns OpenCV's exceptions into ImageError("<name>: <what> failed: ...").
template<class F>
auto cvGuard(const std::string &name, const char *what, F &&f) -> decltype(f())
{
    try {
        return std::forward<F>(f)();
    } catch (const cv::Exception &e) {
        throw ImageError(name + ": " + what + " failed (OpenCV: " + e.err + ")");
    } catch (const std::bad_alloc &) {
        throw ImageError(name + ": " + what + " failed: out of memory");
    }
}

// A view of the image's pixels (no copy); channel order stays as in Image (RGB, not BGR).
inline cv::Mat asMat(const Image &image)
{
    return cv::Mat(image.height, image.width, CV_8UC(image.channels),
                   const_cast<std::uint8_t *>(image.pixels.data()), image.stride());
}

// Copies an 8-bit, 1/3/4-channel Mat (any step) into an Image.
inline Image fromMat(const cv::Mat &mat)
{
    Image out(mat.cols, mat.rows, mat.channels());
    cv::Mat dst(out.height, out.width, mat.type(), out.pixels.data(), out.stride());
    mat.copyTo(dst);
    return out;
}

} // namespace genlab::engine::imaging::detail
