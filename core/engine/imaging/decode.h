#pragma once
// Image decoding for everything the studio reads (data sets, conditioning images, user drops).
// Every file is untrusted: the format is recognised from its magic bytes (PNG and JPEG only),
// the size is read from the header (PNG IHDR, JPEG SOFn) and checked against limits BEFORE any
// pixel is decoded, and every failure is an ImageError whose what() names the file and the
// problem. Output is always an 8-bit Image: Gray (1), RGB (3) or RGBA (4 channels), rows top to
// bottom, upright (EXIF orientation applied).

#include "engine/base/image.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::imaging {

// A file that cannot be read as an image, or an export that cannot be written.
class ImageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// What a decode may cost; anything larger is refused before it is decoded.
struct DecodeLimits
{
    int maxSide = 16384;                     // width and height, in pixels
    std::int64_t maxPixels = 100'000'000;    // width * height
    std::int64_t maxFileBytes = 512LL << 20; // size of the encoded file
};

// What the header says, without decoding pixels.
struct DecodeInfo
{
    std::string format;      // "PNG" or "JPEG"
    int width = 0;           // as decodeImageFile() returns it: after EXIF orientation
    int height = 0;
    int channels = 0;        // of the decoded Image: 1 (gray), 3 (RGB) or 4 (RGBA)
    int bitDepth = 0;        // bits per stored sample: PNG 1/2/4/8/16, JPEG 8 (12 is refused at decode)
    bool hasAlpha = false;   // an alpha channel or a PNG tRNS chunk
    bool palette = false;    // PNG colour type 3
    int exifOrientation = 1; // 1..8 (TIFF orientation tag); 1 when absent or invalid
};

// Reads the header only (IHDR and the chunks before IDAT; JPEG markers up to SOS).
DecodeInfo probeImageFile(const std::string &path);
DecodeInfo probeImageBytes(const std::vector<std::uint8_t> &bytes, const std::string &nameForMessages);

// Decodes to 8-bit Gray/RGB/RGBA: 16-bit samples are scaled (v / 257, rounded), palettes are
// expanded (to RGBA when they carry transparency), gray+alpha becomes RGBA, CMYK JPEG becomes RGB,
// EXIF orientation is applied.
Image decodeImageFile(const std::string &path, const DecodeLimits &limits = {});
Image decodeImageBytes(const std::vector<std::uint8_t> &bytes, const std::string &nameForMessages,
                       const DecodeLimits &limits = {});

enum class ColorMode { Gray, Rgb };

// Gray <-> RGB (ITU-R BT.601 luma); alpha is composited over white. Throws std::invalid_argument
// for an empty image or a channel count other than 1, 3 or 4.
Image convertImage(const Image &image, ColorMode mode);

// Area averaging when shrinking, bilinear when enlarging; RGBA is resized premultiplied so
// transparent pixels do not bleed their colour into the edges.
Image resizeImage(const Image &image, int width, int height);

// What models consume: converted to `mode`, centre-cropped to the target aspect ratio, resized.
Image fitImage(const Image &image, int width, int height, ColorMode mode);

} // namespace genlab::engine::imaging
