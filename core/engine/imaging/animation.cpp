#include "engine/imaging/animation.h"

#include "engine/imaging/decode.h"
#include "engine/imaging/detail/atomicfile.h"
#include "engine/imaging/detail/cvimage.h"
#include "engine/imaging/detail/quantize.h"

#include <gif_lib.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::imaging {

namespace {

constexpr int kMaxGifSide = 16384;
constexpr std::int64_t kMaxGifReadPixels = 200'000'000;
constexpr int kMinVideoSide = 256;
constexpr int kMaxVideoSide = 4096;

std::string gifError(int code)
{
    const char *text = GifErrorString(code);
    return text ? text : ("giflib error " + std::to_string(code));
}

// Frames checked and brought to one colour layout: all gray stays gray, anything else becomes RGB.
std::vector<Image> prepareFrames(const std::vector<Image> &frames, const AnimationOptions &options,
                                 const char *function, bool *allGray)
{
    if (frames.empty())
        throw std::invalid_argument(std::string(function) + ": no frames");
    if (options.scale < 1 || options.scale > 16)
        throw std::invalid_argument(std::string(function) + ": scale must be 1..16");
    if (options.frameDelayMs <= 0 || options.frameDelayMs > 60'000)
        throw std::invalid_argument(std::string(function) + ": frame delay must be 1..60000 ms");
    const int w = frames.front().width, h = frames.front().height;
    *allGray = true;
    for (const Image &f : frames) {
        if (f.empty() || (f.channels != 1 && f.channels != 3 && f.channels != 4) ||
            f.pixels.size() != std::size_t(f.width) * f.height * f.channels)
            throw std::invalid_argument(std::string(function) + ": a frame is empty or not an 8-bit Gray/RGB/RGBA image");
        if (f.width != w || f.height != h)
            throw std::invalid_argument(std::string(function) + ": frames differ in size (" + std::to_string(w) + "x" +
                                        std::to_string(h) + " and " + std::to_string(f.width) + "x" +
                                        std::to_string(f.height) + ")");
        *allGray = *allGray && f.channels == 1;
    }
    std::vector<Image> out;
    out.reserve(frames.size());
    for (const Image &f : frames)
        out.push_back(*allGray ? f : convertImage(f, ColorMode::Rgb));
    return out;
}

// Nearest-neighbour enlargement of a one-byte-per-pixel buffer (GIF palette indices).
std::vector<std::uint8_t> enlargeIndices(const std::vector<std::uint8_t> &src, int w, int h, int k)
{
    if (k == 1)
        return src;
    std::vector<std::uint8_t> out(std::size_t(w) * k * h * k);
    const std::size_t outW = std::size_t(w) * k;
    for (int y = 0; y < h; ++y) {
        std::uint8_t *row = out.data() + std::size_t(y) * k * outW;
        for (int x = 0; x < w; ++x)
            std::fill_n(row + std::size_t(x) * k, k, src[std::size_t(y) * w + x]);
        for (int r = 1; r < k; ++r)
            std::copy_n(row, outW, row + r * outW);
    }
    return out;
}

int gifWrite(GifFileType *gif, const GifByteType *data, int length)
{
    auto *out = static_cast<std::vector<std::uint8_t> *>(gif->UserData);
    out->insert(out->end(), data, data + length);
    return length;
}

// Closes (and frees) an encoder on every path, including exceptions and Canceled.
struct GifEncoder
{
    GifFileType *gif = nullptr;
    ~GifEncoder()
    {
        if (gif) {
            int error = 0;
            EGifCloseFile(gif, &error);
        }
    }
};

struct GifReadState
{
    const std::vector<std::uint8_t> *bytes;
    std::size_t pos = 0;
};

int gifRead(GifFileType *gif, GifByteType *dst, int length)
{
    auto *s = static_cast<GifReadState *>(gif->UserData);
    const std::size_t n = std::min<std::size_t>(std::size_t(std::max(length, 0)), s->bytes->size() - s->pos);
    std::memcpy(dst, s->bytes->data() + s->pos, n);
    s->pos += n;
    return int(n);
}

struct GifDecoder
{
    GifFileType *gif = nullptr;
    ~GifDecoder()
    {
        if (gif) {
            int error = 0;
            DGifCloseFile(gif, &error);
        }
    }
};

// Walks a GIF record by record (not DGifSlurp, which allocates whatever size an image descriptor
// claims before reading a pixel). Counts frames; composes them into `frames` when given.
int walkGif(const std::string &path, std::vector<Image> *frames)
{
    const std::vector<std::uint8_t> bytes = detail::readFileLimited(path, 512LL << 20);
    GifReadState state{&bytes};
    int error = 0;
    GifDecoder dec;
    dec.gif = DGifOpen(&state, gifRead, &error);
    if (!dec.gif)
        throw ImageError(path + ": not a readable GIF: " + gifError(error));
    GifFileType *gif = dec.gif;
    const int sw = gif->SWidth, sh = gif->SHeight;
    if (sw <= 0 || sh <= 0 || sw > kMaxGifSide || sh > kMaxGifSide)
        throw ImageError(path + ": GIF screen size " + std::to_string(sw) + "x" + std::to_string(sh) +
                         " is zero or over " + std::to_string(kMaxGifSide) + " px a side");
    const auto fail = [&](const char *what) {
        return ImageError(path + ": damaged GIF (" + what + "): " + gifError(gif->Error));
    };

    std::array<std::uint8_t, 3> background{0, 0, 0};
    if (gif->SColorMap && gif->SBackGroundColor < gif->SColorMap->ColorCount) {
        const GifColorType c = gif->SColorMap->Colors[gif->SBackGroundColor];
        background = {c.Red, c.Green, c.Blue};
    }
    Image canvas;
    if (frames) {
        canvas = Image(sw, sh, 3);
        for (std::size_t i = 0; i < canvas.pixels.size(); i += 3)
            std::copy(background.begin(), background.end(), canvas.pixels.begin() + std::ptrdiff_t(i));
    }
    GraphicsControlBlock gcb{DISPOSAL_UNSPECIFIED, false, 0, NO_TRANSPARENT_COLOR};
    int count = 0;
    std::int64_t pixelsOut = 0;
    GifRecordType record = UNDEFINED_RECORD_TYPE;
    do {
        if (DGifGetRecordType(gif, &record) == GIF_ERROR)
            throw fail("record");
        if (record == EXTENSION_RECORD_TYPE) {
            int code = 0;
            GifByteType *ext = nullptr;
            if (DGifGetExtension(gif, &code, &ext) == GIF_ERROR)
                throw fail("extension");
            if (code == GRAPHICS_EXT_FUNC_CODE && ext && ext[0] >= 4)
                DGifExtensionToGCB(ext[0], ext + 1, &gcb);
            while (ext) {
                if (DGifGetExtensionNext(gif, &ext) == GIF_ERROR)
                    throw fail("extension data");
            }
        } else if (record == IMAGE_DESC_RECORD_TYPE) {
            if (DGifGetImageDesc(gif) == GIF_ERROR)
                throw fail("image descriptor");
            const GifImageDesc &d = gif->Image;
            if (d.Width <= 0 || d.Height <= 0 || d.Width > kMaxGifSide || d.Height > kMaxGifSide)
                throw ImageError(path + ": GIF frame " + std::to_string(count) + " claims " + std::to_string(d.Width) +
                                 "x" + std::to_string(d.Height) + " pixels");
            const ColorMapObject *map = d.ColorMap ? d.ColorMap : gif->SColorMap;
            if (frames && !map)
                throw ImageError(path + ": GIF frame " + std::to_string(count) + " has no colour table");
            if (frames && (pixelsOut += std::int64_t(sw) * sh) > kMaxGifReadPixels)
                throw ImageError(path + ": GIF has too many frames to hold in memory (over " +
                                 std::to_string(kMaxGifReadPixels) + " pixels in all)");
            Image previous = (frames && gcb.DisposalMode == DISPOSE_PREVIOUS) ? canvas : Image();
            std::vector<GifPixelType> line(std::size_t(d.Width));
            for (int pass = 0, i = 0; pass < (d.Interlace ? 4 : 1); ++pass) {
                static constexpr int kStart[4] = {0, 4, 2, 1}, kStep[4] = {8, 8, 4, 2};
                const int start = d.Interlace ? kStart[pass] : 0;
                const int step = d.Interlace ? kStep[pass] : 1;
                for (int y = start; y < d.Height; y += step, ++i) {
                    if (DGifGetLine(gif, line.data(), d.Width) == GIF_ERROR)
                        throw fail("image data");
                    const int cy = d.Top + y;
                    if (!frames || cy < 0 || cy >= sh)
                        continue;
                    std::uint8_t *row = canvas.row(cy);
                    for (int x = 0; x < d.Width; ++x) {
                        const int cx = d.Left + x;
                        const int index = line[std::size_t(x)];
                        if (cx < 0 || cx >= sw || index == gcb.TransparentColor || index >= map->ColorCount)
                            continue;
                        const GifColorType c = map->Colors[index];
                        row[cx * 3] = c.Red;
                        row[cx * 3 + 1] = c.Green;
                        row[cx * 3 + 2] = c.Blue;
                    }
                }
            }
            ++count;
            if (frames) {
                frames->push_back(canvas);
                if (gcb.DisposalMode == DISPOSE_BACKGROUND) {
                    for (int y = std::max(0, d.Top); y < std::min(sh, d.Top + d.Height); ++y)
                        for (int x = std::max(0, d.Left); x < std::min(sw, d.Left + d.Width); ++x)
                            std::copy(background.begin(), background.end(), canvas.row(y) + x * 3);
                } else if (gcb.DisposalMode == DISPOSE_PREVIOUS) {
                    canvas = std::move(previous);
                }
            }
            gcb = GraphicsControlBlock{DISPOSAL_UNSPECIFIED, false, 0, NO_TRANSPARENT_COLOR};
        }
    } while (record != TERMINATE_RECORD_TYPE);
    return count;
}

} // namespace

void writeGif(const std::string &path, const std::vector<Image> &frames, const AnimationOptions &options,
              const RunContext &ctx)
{
    bool allGray = false;
    const std::vector<Image> prepared = prepareFrames(frames, options, "writeGif", &allGray);
    const int w = prepared.front().width, h = prepared.front().height, k = options.scale;
    if (std::int64_t(w) * k > 65535 || std::int64_t(h) * k > 65535)
        throw std::invalid_argument("writeGif: frames larger than GIF's 65535 px a side");
    ctx.checkpoint();
    ctx.progress(0.0, "Building the GIF palette");

    detail::Palette palette;
    if (allGray) {
        palette.exact = true;
        for (int v = 0; v < 256; ++v)
            palette.colors.push_back({std::uint8_t(v), std::uint8_t(v), std::uint8_t(v)});
    } else {
        std::vector<const Image *> pointers;
        for (const Image &f : prepared)
            pointers.push_back(&f);
        palette = detail::buildPalette(pointers);
    }
    // giflib wants a power-of-two table; the unused tail stays black.
    const int tableSize = std::max(2, 1 << GifBitSize(int(palette.colors.size())));
    std::vector<GifColorType> table(std::size_t(tableSize), GifColorType{0, 0, 0});
    for (std::size_t i = 0; i < palette.colors.size(); ++i)
        table[i] = GifColorType{palette.colors[i][0], palette.colors[i][1], palette.colors[i][2]};

    std::vector<std::uint8_t> out;
    int error = 0;
    GifEncoder enc;
    enc.gif = EGifOpen(&out, gifWrite, &error);
    if (!enc.gif)
        throw ImageError(path + ": cannot start the GIF encoder: " + gifError(error));
    GifFileType *gif = enc.gif;
    const auto fail = [&](const char *what) {
        return ImageError(path + ": GIF encoding failed (" + what + "): " + gifError(gif->Error));
    };
    EGifSetGifVersion(gif, true);
    ColorMapObject *map = GifMakeMapObject(tableSize, table.data());
    if (!map)
        throw ImageError(path + ": out of memory for the GIF palette");
    const int screenOk = EGifPutScreenDesc(gif, w * k, h * k, 8, 0, map); // copies the map
    GifFreeMapObject(map);
    if (screenOk == GIF_ERROR)
        throw fail("screen descriptor");
    if (options.loopCount >= 0) {
        // NETSCAPE2.0 application extension: sub-block 1, loop count little-endian (0 = forever).
        const unsigned loops = unsigned(std::min(options.loopCount, 65535));
        const GifByteType params[3] = {1, GifByteType(loops & 0xff), GifByteType(loops >> 8)};
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
            EGifPutExtensionBlock(gif, 3, params) == GIF_ERROR || EGifPutExtensionTrailer(gif) == GIF_ERROR)
            throw fail("loop extension");
    }
    // Browsers treat delays under 2 cs as 10 cs; GIF cannot say less than 20 ms anyway.
    const int delayCs = std::clamp(int(std::lround(options.frameDelayMs / 10.0)), 2, 65535);

    detail::PaletteMapper mapper(palette);
    const std::size_t n = prepared.size();
    for (std::size_t i = 0; i < n; ++i) {
        ctx.checkpoint();
        const Image &f = prepared[i];
        std::vector<std::uint8_t> indices = allGray ? f.pixels : mapper.map(f);
        indices = enlargeIndices(indices, w, h, k);
        GraphicsControlBlock gcb{DISPOSE_DO_NOT, false, delayCs, NO_TRANSPARENT_COLOR};
        GifByteType ext[4];
        const std::size_t extLength = EGifGCBToExtension(&gcb, ext);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, int(extLength), ext) == GIF_ERROR)
            throw fail("frame timing");
        if (EGifPutImageDesc(gif, 0, 0, w * k, h * k, false, nullptr) == GIF_ERROR)
            throw fail("frame descriptor");
        for (int y = 0; y < h * k; ++y)
            if (EGifPutLine(gif, indices.data() + std::size_t(y) * w * k, w * k) == GIF_ERROR)
                throw fail("frame data");
        ctx.progress(double(i + 1) / double(n), "Writing GIF");
    }
    const int closed = EGifCloseFile(gif, &error); // writes the trailer and frees the encoder
    enc.gif = nullptr;
    if (closed == GIF_ERROR)
        throw ImageError(path + ": GIF encoding failed (trailer): " + gifError(error));
    ctx.checkpoint();
    detail::writeFileAtomic(path, out);
}

void writeMp4(const std::string &path, const std::vector<Image> &frames, const AnimationOptions &options,
              const RunContext &ctx)
{
    bool allGray = false;
    const std::vector<Image> prepared = prepareFrames(frames, options, "writeMp4", &allGray);
    const int w = prepared.front().width, h = prepared.front().height;
    const int longSide = std::max(w, h);
    const int k = std::max(options.scale, (kMinVideoSide + longSide - 1) / longSide);
    if (std::int64_t(w) * k > kMaxVideoSide || std::int64_t(h) * k > kMaxVideoSide)
        throw std::invalid_argument("writeMp4: the video would be over " + std::to_string(kMaxVideoSide) +
                                    " px a side; use a smaller scale");
    const int outW = (w * k + 1) & ~1, outH = (h * k + 1) & ~1;
    const double fps = 1000.0 / options.frameDelayMs;
    ctx.checkpoint();

    // The writer must be destroyed (file closed) before the temp file is removed or renamed.
    detail::TempFile temp(path, ".mp4");
    detail::cvGuard(path, "MP4 encoding", [&] {
        cv::VideoWriter writer;
        for (const char *codec : {"avc1", "mp4v"}) {
            const int fourcc = cv::VideoWriter::fourcc(codec[0], codec[1], codec[2], codec[3]);
            if (writer.open(temp.path(), cv::CAP_FFMPEG, fourcc, fps, cv::Size(outW, outH), true))
                break;
        }
        if (!writer.isOpened())
            throw ImageError(path + ": no MP4 encoder in this OpenCV build (tried H.264 'avc1' and 'mp4v' via FFmpeg)");
        const std::size_t n = prepared.size();
        for (std::size_t i = 0; i < n; ++i) {
            ctx.checkpoint();
            const Image &f = prepared[i];
            cv::Mat bgr;
            cv::cvtColor(detail::asMat(f), bgr, allGray ? cv::COLOR_GRAY2BGR : cv::COLOR_RGB2BGR);
            cv::Mat big;
            cv::resize(bgr, big, cv::Size(w * k, h * k), 0, 0, cv::INTER_NEAREST);
            if (big.cols != outW || big.rows != outH)
                cv::copyMakeBorder(big, big, 0, outH - big.rows, 0, outW - big.cols, cv::BORDER_REPLICATE);
            writer.write(big);
            ctx.progress(double(i + 1) / double(n), "Encoding MP4");
        }
        writer.release();
    });
    ctx.checkpoint();
    if (detail::fileSize(temp.path()) <= 0)
        throw ImageError(path + ": the MP4 encoder wrote nothing");
    temp.commit();
}

std::string writeSidecar(const std::string &outputPath, const std::string &recipeJson)
{
    if (outputPath.empty())
        throw std::invalid_argument("writeSidecar: no output path");
    const std::string sidecar = outputPath + ".recipe.json";
    std::string text = recipeJson;
    if (text.empty() || text.back() != '\n')
        text.push_back('\n');
    detail::writeFileAtomic(sidecar, text.data(), text.size());
    return sidecar;
}

int countGifFrames(const std::string &path)
{
    return walkGif(path, nullptr);
}

std::vector<Image> readGifFrames(const std::string &path)
{
    std::vector<Image> frames;
    walkGif(path, &frames);
    return frames;
}

VideoInfo readVideoInfo(const std::string &path)
{
    if (detail::fileSize(path) < 0)
        throw ImageError(path + ": cannot open the video (missing or not a file)");
    return detail::cvGuard(path, "reading the video", [&] {
        cv::VideoCapture capture(path, cv::CAP_FFMPEG);
        if (!capture.isOpened())
            throw ImageError(path + ": not a video this OpenCV build can read");
        VideoInfo info;
        info.width = int(capture.get(cv::CAP_PROP_FRAME_WIDTH));
        info.height = int(capture.get(cv::CAP_PROP_FRAME_HEIGHT));
        info.fps = capture.get(cv::CAP_PROP_FPS);
        const int fourcc = int(capture.get(cv::CAP_PROP_FOURCC));
        for (int i = 0; i < 4; ++i) {
            const char c = char((fourcc >> (8 * i)) & 0xff);
            if (c > ' ')
                info.codec.push_back(c);
        }
        cv::Mat frame;
        while (capture.read(frame) && !frame.empty())
            ++info.frameCount;
        return info;
    });
}

} // namespace genlab::engine::imaging
