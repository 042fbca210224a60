#pragma once
// The user's own images: every PNG and JPEG under a folder, decoded by the imaging module,
// brought to one size, labelled by sub-folder when there are sub-folders.

#include "engine/base/runcontext.h"
#include "engine/data/dataset.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::data {

struct ImageFolderOptions
{
    int width = 64;           // every image is centre-cropped to this aspect ratio and resized
    int height = 64;
    int channels = 3;         // 1 (gray) or 3 (RGB); alpha is composited over white
    std::string cacheDir;     // where decoded+resized images are kept between opens; empty: no cache
    std::int64_t maxFiles = 50000; // more files under the folder than this -> DatasetError
};

struct ImageFolderStats
{
    std::int64_t filesSeen = 0;   // regular, non-hidden files under the folder
    std::int64_t decoded = 0;     // images (and failures) decoded in this open
    std::int64_t fromCache = 0;   // images (and known failures) taken from the cache
    std::string cacheFile;        // empty without a cache directory
    std::string cacheNote;        // why the cache was not used or not written, if so
};

// Everything is decoded when the folder is opened (bad files must be found before training
// starts), so image() is a copy from memory. Memory: size * width * height * channels bytes.
// Thread: any (immutable after open)
class ImageFolderDataset : public ImageDataset
{
public:
    // Scans `folder` recursively (hidden files and folders are ignored, links to folders are not
    // followed). Files that are not PNG/JPEG by name, or that fail to decode, are skipped and listed
    // in skipped(). With sub-folders holding images, the immediate sub-folder names are the classes
    // (sorted) and images lying directly in the folder are skipped. Reports progress through ctx
    // and stops with Canceled when asked. Throws DatasetError naming the folder when it is missing,
    // holds more than maxFiles files, or has no usable image (with the count skipped);
    // std::invalid_argument for a bad target size.
    static std::unique_ptr<ImageFolderDataset> open(const std::string &folder, const ImageFolderOptions &options = {},
                                                    const RunContext &ctx = {});

    const ImageDatasetInfo &info() const override { return m_info; }
    Image image(std::int64_t index) const override;
    int label(std::int64_t index) const override;

    // file -> reason, in path order.
    const std::vector<std::pair<std::string, std::string>> &skipped() const { return m_skipped; }
    // The file each index came from.
    const std::string &file(std::int64_t index) const;
    const ImageFolderStats &stats() const { return m_stats; }

private:
    ImageFolderDataset() = default;
    void check(std::int64_t index) const;

    ImageDatasetInfo m_info;
    std::vector<Image> m_images;
    std::vector<int> m_labels;
    std::vector<std::string> m_files;
    std::vector<std::pair<std::string, std::string>> m_skipped;
    ImageFolderStats m_stats;
};

// Where open() keeps its cache for this folder and target size (a file inside cacheDir).
std::string imageFolderCacheFile(const std::string &folder, const ImageFolderOptions &options);

} // namespace genlab::engine::data
