#pragma once
// What the data browser lists and opens: built-in data sets by id, and the user's folders as
// "folder:<path>".

#include "engine/base/runcontext.h"
#include "engine/data/dataset.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::data {

struct DatasetDescriptor
{
    std::string id;          // "digits", "procedural-digits", "shapes", "folder:" (a prefix: pick a folder)
    std::string name;        // for people
    std::string description; // one or two sentences
    bool available = false;
    std::string whyNot;      // when unavailable: what is missing and how to get it
};

std::vector<DatasetDescriptor> availableImageDatasets();

struct OpenOptions
{
    int width = 0;        // 0: the data set's own size (a folder: 64x64); else images are resized
    int height = 0;
    int channels = 0;     // 0: the data set's own (a folder: 3); else 1 or 3
    std::int64_t count = 10000; // procedural data sets: how many images
    std::uint64_t seed = 1;     // procedural data sets
    std::string cacheDir;       // folders: where decoded images are cached; empty: no cache
    std::int64_t maxFiles = 50000; // folders: refuse larger folders
};

// Opens "digits", "procedural-digits", "shapes" or "folder:<path>". Throws DatasetError with a
// message for people (unknown id, digits missing, folder problems), std::invalid_argument for bad
// sizes, Canceled when ctx asks to stop while a folder is read.
std::unique_ptr<ImageDataset> openImageDataset(const std::string &id, const OpenOptions &options,
                                               const RunContext &ctx = {});

} // namespace genlab::engine::data
