// Imaging throughput: checked decoding (what a data-set loader pays per file), model-input fitting,
// and animation export. No peer: Debian's /usr/bin/python3 has neither PIL nor cv2 here.

#include "benchmark.h"

#include "engine/imaging/animation.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/jpeg.h"
#include "engine/imaging/png.h"

#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace {

using namespace genlab::engine;
using namespace genlab::engine::imaging;
using Clock = std::chrono::steady_clock;

// A smooth image with some texture: compresses like a photo-ish sample, not like noise or a flat fill.
Image synthetic(int w, int h, int channels, int seed)
{
    Image im(w, h, channels);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c)
                im.row(y)[x * channels + c] =
                    std::uint8_t((x * (c + 1) + y * 2 + ((x * 7 + y * 13 + seed) % 17) * 3) & 0xff);
    return im;
}

// Best of three timed repetitions of `reps` calls, in seconds per call.
template<class F>
double secondsPerCall(int reps, F &&f)
{
    double best = 1e30;
    for (int round = 0; round < 3; ++round) {
        const auto t0 = Clock::now();
        for (int i = 0; i < reps; ++i)
            f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count() / reps);
    }
    return best;
}

void decodeBench(genlab::bench::Reporter &r)
{
    const std::vector<std::uint8_t> png28 = encodePng(synthetic(28, 28, 1, 1));
    const double png = secondsPerCall(2000, [&] { decodeImageBytes(png28, "bench.png"); });
    r.report({.name = "imaging.decode.png_28x28_gray", .value = 1.0 / png, .unit = "images/s",
              .extra = {{"bytes", std::to_string(png28.size())}}, .note = "checked: header, limits, IEND walk, decode"});

    const std::vector<std::uint8_t> jpeg512 = encodeJpeg(synthetic(512, 512, 3, 2), 90);
    const double jpeg = secondsPerCall(60, [&] { decodeImageBytes(jpeg512, "bench.jpg"); });
    r.report({.name = "imaging.decode.jpeg_512x512_rgb", .value = 1.0 / jpeg, .unit = "images/s",
              .extra = {{"bytes", std::to_string(jpeg512.size())}}});

    const std::vector<std::uint8_t> oriented = [&] {
        // The same JPEG with an EXIF orientation 6 segment: the rotation's cost on top of the decode.
        std::vector<std::uint8_t> app1 = {0xff, 0xe1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0,
                                          1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
        std::vector<std::uint8_t> out(jpeg512.begin(), jpeg512.begin() + 2);
        out.insert(out.end(), app1.begin(), app1.end());
        out.insert(out.end(), jpeg512.begin() + 2, jpeg512.end());
        return out;
    }();
    const double rotated = secondsPerCall(60, [&] { decodeImageBytes(oriented, "bench.jpg"); });
    r.report({.name = "imaging.decode.jpeg_512x512_rgb_exif6", .value = 1.0 / rotated, .unit = "images/s"});

    const Image photo = decodeImageBytes(jpeg512, "bench.jpg");
    const double fit = secondsPerCall(200, [&] { fitImage(photo, 64, 64, ColorMode::Rgb); });
    r.report({.name = "imaging.fit.512_to_64_rgb", .value = 1.0 / fit, .unit = "images/s"});
}

void exportBench(genlab::bench::Reporter &r)
{
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("genlab-bench-imaging-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::vector<Image> gray, colour;
    for (int t = 0; t < 64; ++t)
        gray.push_back(synthetic(28, 28, 1, t));
    for (int t = 0; t < 32; ++t)
        colour.push_back(synthetic(64, 64, 3, t));
    AnimationOptions scaled;
    scaled.scale = 4;

    const double gif = secondsPerCall(1, [&] { writeGif((dir / "gray.gif").string(), gray, scaled); });
    r.report({.name = "imaging.export.gif_64x28x28_gray_scale4", .value = gif * 1000, .unit = "ms",
              .extra = {{"bytes", std::to_string(std::filesystem::file_size(dir / "gray.gif"))}}});
    const double gifColour = secondsPerCall(1, [&] { writeGif((dir / "colour.gif").string(), colour, {}); });
    r.report({.name = "imaging.export.gif_32x64x64_rgb", .value = gifColour * 1000, .unit = "ms",
              .note = "includes median-cut palette over all frames"});
    try {
        const double mp4 = secondsPerCall(1, [&] { writeMp4((dir / "gray.mp4").string(), gray, {}); });
        const VideoInfo info = readVideoInfo((dir / "gray.mp4").string());
        r.report({.name = "imaging.export.mp4_64x28x28_gray", .value = mp4 * 1000, .unit = "ms",
                  .extra = {{"codec", info.codec},
                            {"size", std::to_string(info.width) + "x" + std::to_string(info.height)}}});
    } catch (const ImageError &e) {
        r.report({.name = "imaging.export.mp4_64x28x28_gray", .value = 0, .unit = "ms", .note = e.what()});
    }
    std::filesystem::remove_all(dir);
}

GENLAB_BENCHMARK("imaging.decode", decodeBench);
GENLAB_BENCHMARK("imaging.export", exportBench);

} // namespace
