#pragma once
// The image data sets every lab trains on: one interface, a seeded train/validation split and an
// adaptor that brings any data set to a model's size.

#include "engine/base/image.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace genlab::engine::data {

// A data set that cannot be opened or read: the message names the file or folder and the problem.
class DatasetError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ImageDatasetInfo
{
    std::string id;     // "digits", "procedural-digits", "shapes", "folder:/home/me/cats"
    std::string name;   // for people: "Handwritten digits (OpenCV sample)"
    std::string source; // a file or folder path, or "procedural"
    int width = 0;      // every image of the data set has this size
    int height = 0;
    int channels = 0;   // 1 = gray, 3 = RGB
    std::int64_t size = 0;
    std::vector<std::string> classNames; // empty when unlabelled
};

// Every image has the size in info(); labels are in [0, classNames.size()) or -1 when unlabelled.
// image() and label() are const and must be safe to call from several threads at once: a
// BatchStream prefetches on its own thread while the data browser shows the same data set.
// Thread: any
class ImageDataset
{
public:
    virtual ~ImageDataset();
    virtual const ImageDatasetInfo &info() const = 0;
    // Throws std::out_of_range for an index outside [0, size).
    virtual Image image(std::int64_t index) const = 0;
    virtual int label(std::int64_t index) const = 0; // -1 when unlabelled
};

// Sorted index lists; the same (size, fraction, seed) always gives the same split.
struct Split
{
    std::vector<std::int64_t> train;
    std::vector<std::int64_t> validation;
};

// validationFraction in [0, 1). With size >= 2 and a fraction > 0 both parts get at least one index.
// Throws std::invalid_argument for a negative size or a fraction outside [0, 1).
Split splitDataset(std::int64_t size, double validationFraction, std::uint64_t seed);

// How an image of another aspect ratio is brought to the target size.
enum class ResizeMode
{
    Stretch,    // every pixel kept, shapes distorted (fine for data sets of one aspect ratio)
    CenterCrop, // scaled to cover the target, the overflow cropped (what image models train on)
};

// Brings a data set to width x height x channels (1 or 3) with the imaging module's conversions
// (gray replicated to RGB, RGB to gray by luma, alpha over white; area averaging when shrinking). Resized images are
// cached in memory up to maxCacheBytes, so the second epoch costs no resizing.
// Thread: any
class ResizedDataset : public ImageDataset
{
public:
    // Throws std::invalid_argument for a null source, a size <= 0 or channels other than 1 and 3.
    ResizedDataset(std::shared_ptr<const ImageDataset> source, int width, int height, int channels,
                   ResizeMode mode = ResizeMode::Stretch, std::int64_t maxCacheBytes = std::int64_t(1) << 30);
    ~ResizedDataset() override;

    const ImageDatasetInfo &info() const override { return m_info; }
    Image image(std::int64_t index) const override;
    int label(std::int64_t index) const override { return m_source->label(index); }

    const ImageDataset &source() const { return *m_source; }
    std::int64_t cachedCount() const;

private:
    std::shared_ptr<const ImageDataset> m_source;
    ImageDatasetInfo m_info;
    ResizeMode m_mode;
    std::int64_t m_maxCached;
    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::int64_t, Image> m_cache; // at most m_maxCached entries
};

// Convenience: the source itself when it already has that size, else a ResizedDataset over it.
std::shared_ptr<const ImageDataset> resizeDataset(std::shared_ptr<const ImageDataset> source, int width, int height,
                                                  int channels, ResizeMode mode = ResizeMode::Stretch);

} // namespace genlab::engine::data
