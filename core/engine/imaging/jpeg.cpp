#include "engine/imaging/jpeg.h"

#include "engine/imaging/decode.h"
#include "engine/imaging/detail/cvimage.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <stdexcept>

namespace genlab::engine::imaging {

std::vector<std::uint8_t> encodeJpeg(const Image &image, int quality)
{
    if (quality < 1 || quality > 100)
        throw std::invalid_argument("encodeJpeg: quality must be 1..100");
    const Image src = convertImage(image, image.channels == 1 ? ColorMode::Gray : ColorMode::Rgb);
    return detail::cvGuard("encodeJpeg", "JPEG encoding", [&] {
        cv::Mat mat = detail::asMat(src);
        cv::Mat bgr;
        if (src.channels == 3)
            cv::cvtColor(mat, bgr, cv::COLOR_RGB2BGR);
        else
            bgr = mat;
        std::vector<std::uint8_t> out;
        if (!cv::imencode(".jpg", bgr, out, {cv::IMWRITE_JPEG_QUALITY, quality}) || out.empty())
            throw ImageError("encodeJpeg: the JPEG encoder failed");
        return out;
    });
}

} // namespace genlab::engine::imaging
