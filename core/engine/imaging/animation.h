#pragma once
// Animated exports (a denoising run, a latent walk, training progress) as GIF and MP4, plus the
// recipe sidecar that travels beside them. Writes are atomic: the target path holds the complete
// file or is untouched, also when the export is canceled.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"

#include <string>
#include <vector>

namespace genlab::engine::imaging {

struct AnimationOptions
{
    int frameDelayMs = 80; // per frame; GIF stores centiseconds (at least 2), MP4 uses 1000/delay fps
    int loopCount = 0;     // GIF: 0 loops forever, n > 0 repeats n times, < 0 plays once; MP4 ignores it
    int scale = 1;         // nearest-neighbour enlargement, 1..16
};

// Frames: same size, 8-bit Gray/RGB/RGBA (alpha composited over white). All-gray frames get a
// 256-level gray palette (exact); others one global palette (exact when the animation has at most
// 256 colours, median cut otherwise). Calls ctx.checkpoint() and ctx.progress() per frame.
// Throws std::invalid_argument for bad frames/options, ImageError when writing fails, Canceled.
void writeGif(const std::string &path, const std::vector<Image> &frames, const AnimationOptions &options,
              const RunContext &ctx = {});

// H.264 ('avc1') through OpenCV's FFmpeg backend, falling back to MPEG-4 Part 2 ('mp4v'). Frames are
// enlarged by an integer factor (nearest neighbour) to max(scale, what brings the long side to
// >= 256 px) so a 28x28 sequence is watchable, and padded to even width/height (yuv420p needs it).
// Throws ImageError mentioning "no MP4 encoder" when this OpenCV build can write neither.
void writeMp4(const std::string &path, const std::vector<Image> &frames, const AnimationOptions &options,
              const RunContext &ctx = {});

// Writes `<outputPath>.recipe.json` (e.g. walk.gif.recipe.json) atomically; returns its path.
std::string writeSidecar(const std::string &outputPath, const std::string &recipeJson);

// --- reading back (tests, previews) ---------------------------------------------------------

// Number of images in a GIF (giflib DGifSlurp). Throws ImageError for a damaged or oversized file.
int countGifFrames(const std::string &path);

// Every frame as the viewer shows it: RGB, full logical-screen size, disposal and transparency
// applied. Throws ImageError for a damaged file or one over 16384 px a side or 200M pixels in all.
std::vector<Image> readGifFrames(const std::string &path);

struct VideoInfo
{
    int frameCount = 0; // counted by decoding every frame, not the container's estimate
    int width = 0;
    int height = 0;
    double fps = 0;
    std::string codec;  // FourCC as OpenCV reports it ("h264", "mp4v", ...)
};

VideoInfo readVideoInfo(const std::string &path);

} // namespace genlab::engine::imaging
