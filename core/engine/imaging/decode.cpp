#include "engine/imaging/decode.h"

#include "engine/imaging/detail/atomicfile.h"
#include "engine/imaging/detail/cvimage.h"
#include "engine/imaging/detail/formats.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace genlab::engine::imaging {

using detail::cvGuard;

namespace {

void checkLimits(const detail::Header &h, const DecodeLimits &limits, const std::string &name)
{
    const std::string size = std::to_string(h.storedWidth) + "x" + std::to_string(h.storedHeight);
    if (h.storedWidth > limits.maxSide || h.storedHeight > limits.maxSide)
        throw ImageError(name + ": image is " + size + " pixels, larger than the limit of " +
                         std::to_string(limits.maxSide) + " pixels per side");
    const std::int64_t pixels = std::int64_t(h.storedWidth) * h.storedHeight;
    if (pixels > limits.maxPixels)
        throw ImageError(name + ": image is " + size + " (" + std::to_string(pixels) +
                         " pixels), more than the limit of " + std::to_string(limits.maxPixels) + " pixels");
}

// Writes the upright image into `out`, which may already hold the right size and type (then
// OpenCV fills it in place and the result needs no further copy).
void applyOrientation(const cv::Mat &m, int orientation, cv::Mat &out)
{
    switch (orientation) {
    case 2: cv::flip(m, out, 1); break;
    case 3: cv::rotate(m, out, cv::ROTATE_180); break;
    case 4: cv::flip(m, out, 0); break;
    case 5: cv::transpose(m, out); break;
    case 6: cv::rotate(m, out, cv::ROTATE_90_CLOCKWISE); break;
    case 7: {
        cv::Mat t;
        cv::transpose(m, t);
        cv::flip(t, out, -1);
        break;
    }
    case 8: cv::rotate(m, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: m.copyTo(out); break;
    }
}

Image decodeChecked(const detail::ByteSource &src, const std::uint8_t *data, std::size_t size,
                    const std::string &name, const DecodeLimits &limits)
{
    if (std::int64_t(size) > limits.maxFileBytes)
        throw ImageError(name + ": file is " + std::to_string(size) + " bytes, more than the limit of " +
                         std::to_string(limits.maxFileBytes));
    const detail::Header h = detail::parseHeader(src, name);
    checkLimits(h, limits, name);
    if (h.format == detail::Format::Jpeg && h.losslessJpeg)
        throw ImageError(name + ": lossless JPEG is not supported");
    if (h.format == detail::Format::Jpeg && h.info.bitDepth != 8)
        throw ImageError(name + ": " + std::to_string(h.info.bitDepth) +
                         "-bit JPEG is not supported (only 8-bit)");
    detail::checkComplete(src, h, name);

    return cvGuard(name, "decoding", [&] {
        const cv::Mat encoded(1, int(size), CV_8U, const_cast<std::uint8_t *>(data));
        // IMREAD_UNCHANGED keeps 16-bit samples and alpha, and leaves the orientation to us.
        cv::Mat m = cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
        if (m.empty())
            throw ImageError(name + ": the " + h.info.format + " data is corrupt (the decoder gave up)");
        if (m.cols != h.storedWidth || m.rows != h.storedHeight)
            throw ImageError(name + ": the decoder produced " + std::to_string(m.cols) + "x" + std::to_string(m.rows) +
                             " pixels for a header of " + std::to_string(h.storedWidth) + "x" +
                             std::to_string(h.storedHeight));
        if (m.depth() == CV_16U) {
            cv::Mat eight;
            m.convertTo(eight, CV_8U, 1.0 / 257.0); // 65535 -> 255 exactly, rounded
            m = eight;
        } else if (m.depth() != CV_8U) {
            throw ImageError(name + ": unsupported sample type from the decoder");
        }
        const int orientation = h.info.exifOrientation;
        const bool swap = orientation >= 5 && orientation <= 8;
        const int channels = m.channels() == 2 ? 4 : m.channels();
        if (channels != 1 && channels != 3 && channels != 4)
            throw ImageError(name + ": unsupported channel count " + std::to_string(m.channels()));
        Image out(swap ? m.rows : m.cols, swap ? m.cols : m.rows, channels);
        cv::Mat dst = detail::asMat(out);
        // Upright images are converted straight into the result's buffer: one pass, no copy.
        cv::Mat rgb = orientation == 1 ? dst : cv::Mat();
        switch (m.channels()) {
        case 1:
            if (orientation == 1)
                m.copyTo(rgb);
            else
                rgb = m;
            break;
        case 2: { // gray + alpha (cvtColor has no conversion for it)
            std::vector<cv::Mat> ga;
            cv::split(m, ga);
            cv::merge(std::vector<cv::Mat>{ga[0], ga[0], ga[0], ga[1]}, rgb);
            break;
        }
        case 3: cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB); break;
        default: cv::cvtColor(m, rgb, cv::COLOR_BGRA2RGBA); break;
        }
        if (orientation != 1)
            applyOrientation(rgb, orientation, dst);
        const cv::Mat &result = orientation == 1 ? rgb : dst;
        if (result.data != out.pixels.data())
            throw ImageError(name + ": internal error: the decoded image was reallocated");
        return out;
    });
}

void checkImage(const Image &image, const char *function)
{
    if (image.empty() || (image.channels != 1 && image.channels != 3 && image.channels != 4) ||
        image.pixels.size() != std::size_t(image.width) * image.height * image.channels)
        throw std::invalid_argument(std::string(function) + ": expected a non-empty 8-bit image with 1, 3 or 4 channels");
}

// Straight alpha over white, per pixel: c' = c*a + 255*(1-a).
cv::Mat compositeOverWhite(const cv::Mat &rgba)
{
    cv::Mat rgb(rgba.rows, rgba.cols, CV_8UC3);
    for (int y = 0; y < rgba.rows; ++y) {
        const auto *s = rgba.ptr<std::uint8_t>(y);
        auto *d = rgb.ptr<std::uint8_t>(y);
        for (int x = 0; x < rgba.cols; ++x, s += 4, d += 3) {
            const int a = s[3];
            for (int c = 0; c < 3; ++c)
                d[c] = std::uint8_t((s[c] * a + 255 * (255 - a) + 127) / 255);
        }
    }
    return rgb;
}

} // namespace

DecodeInfo probeImageFile(const std::string &path)
{
    const detail::FileSource src(path);
    return detail::parseHeader(src, path).info;
}

DecodeInfo probeImageBytes(const std::vector<std::uint8_t> &bytes, const std::string &nameForMessages)
{
    const detail::MemorySource src(bytes.data(), bytes.size());
    return detail::parseHeader(src, nameForMessages).info;
}

Image decodeImageFile(const std::string &path, const DecodeLimits &limits)
{
    // Header first, from the file itself: a giant image is refused without reading the rest.
    {
        const detail::FileSource src(path);
        if (std::int64_t(src.size()) <= limits.maxFileBytes)
            checkLimits(detail::parseHeader(src, path), limits, path);
    }
    const std::vector<std::uint8_t> bytes = detail::readFileLimited(path, limits.maxFileBytes);
    return decodeImageBytes(bytes, path, limits);
}

Image decodeImageBytes(const std::vector<std::uint8_t> &bytes, const std::string &nameForMessages,
                       const DecodeLimits &limits)
{
    const detail::MemorySource src(bytes.data(), bytes.size());
    return decodeChecked(src, bytes.data(), bytes.size(), nameForMessages, limits);
}

Image convertImage(const Image &image, ColorMode mode)
{
    checkImage(image, "convertImage");
    return cvGuard("convertImage", "colour conversion", [&] {
        cv::Mat src = detail::asMat(image);
        if (image.channels == 4)
            src = compositeOverWhite(src);
        cv::Mat out;
        const int wanted = mode == ColorMode::Gray ? 1 : 3;
        if (src.channels() == wanted)
            out = src;
        else
            cv::cvtColor(src, out, wanted == 1 ? cv::COLOR_RGB2GRAY : cv::COLOR_GRAY2RGB);
        return detail::fromMat(out);
    });
}

Image resizeImage(const Image &image, int width, int height)
{
    checkImage(image, "resizeImage");
    if (width <= 0 || height <= 0)
        throw std::invalid_argument("resizeImage: target size must be positive");
    if (width == image.width && height == image.height)
        return image;
    return cvGuard("resizeImage", "resizing", [&] {
        const int interpolation = (width <= image.width && height <= image.height) ? cv::INTER_AREA : cv::INTER_LINEAR;
        cv::Mat src = detail::asMat(image);
        cv::Mat out;
        if (image.channels != 4) {
            cv::resize(src, out, cv::Size(width, height), 0, 0, interpolation);
            return detail::fromMat(out);
        }
        cv::Mat premultiplied(src.rows, src.cols, CV_32FC4);
        for (int y = 0; y < src.rows; ++y) {
            const auto *s = src.ptr<std::uint8_t>(y);
            auto *d = premultiplied.ptr<float>(y);
            for (int x = 0; x < src.cols * 4; x += 4) {
                const float a = s[x + 3] / 255.f;
                d[x] = s[x] * a;
                d[x + 1] = s[x + 1] * a;
                d[x + 2] = s[x + 2] * a;
                d[x + 3] = s[x + 3];
            }
        }
        cv::Mat resized;
        cv::resize(premultiplied, resized, cv::Size(width, height), 0, 0, interpolation);
        Image result(width, height, 4);
        for (int y = 0; y < height; ++y) {
            const auto *s = resized.ptr<float>(y);
            std::uint8_t *d = result.row(y);
            for (int x = 0; x < width * 4; x += 4) {
                const float a = std::clamp(s[x + 3], 0.f, 255.f);
                const float inv = a > 0.f ? 255.f / a : 0.f;
                for (int c = 0; c < 3; ++c)
                    d[x + c] = std::uint8_t(std::lround(std::clamp(s[x + c] * inv, 0.f, 255.f)));
                d[x + 3] = std::uint8_t(std::lround(a));
            }
        }
        return result;
    });
}

Image fitImage(const Image &image, int width, int height, ColorMode mode)
{
    checkImage(image, "fitImage");
    if (width <= 0 || height <= 0)
        throw std::invalid_argument("fitImage: target size must be positive");
    const Image converted = convertImage(image, mode);
    // Largest centred window with the target's aspect ratio.
    int cropW = converted.width;
    int cropH = converted.height;
    if (std::int64_t(converted.width) * height > std::int64_t(converted.height) * width)
        cropW = std::max(1, int(std::lround(double(converted.height) * width / height)));
    else
        cropH = std::max(1, int(std::lround(double(converted.width) * height / width)));
    cropW = std::min(cropW, converted.width);
    cropH = std::min(cropH, converted.height);
    const int x0 = (converted.width - cropW) / 2;
    const int y0 = (converted.height - cropH) / 2;
    Image cropped(cropW, cropH, converted.channels);
    for (int y = 0; y < cropH; ++y)
        std::copy_n(converted.row(y0 + y) + std::size_t(x0) * converted.channels, cropped.stride(), cropped.row(y));
    return resizeImage(cropped, width, height);
}

} // namespace genlab::engine::imaging
