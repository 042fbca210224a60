#include "engine/data/registry.h"

#include "engine/data/digits.h"
#include "engine/data/imagefolder.h"
#include "engine/data/procedural.h"

namespace genlab::engine::data {

namespace {

constexpr const char *kFolderPrefix = "folder:";

// The registry hands out unique_ptr; the adaptor needs shared ownership of its source.
std::unique_ptr<ImageDataset> fitTo(std::unique_ptr<ImageDataset> ds, const OpenOptions &o)
{
    const ImageDatasetInfo &info = ds->info();
    const int w = o.width > 0 ? o.width : info.width;
    const int h = o.height > 0 ? o.height : info.height;
    const int c = o.channels > 0 ? o.channels : info.channels;
    if (w == info.width && h == info.height && c == info.channels)
        return ds;
    return std::make_unique<ResizedDataset>(std::shared_ptr<const ImageDataset>(std::move(ds)), w, h, c);
}

} // namespace

std::vector<DatasetDescriptor> availableImageDatasets()
{
    std::vector<DatasetDescriptor> list;
    DatasetDescriptor digits;
    digits.id = "digits";
    digits.name = "Handwritten digits (OpenCV sample)";
    digits.description = "5,000 real handwritten digits, 20x20 gray, 500 of each digit 0-9, from OpenCV's samples.";
    digits.available = digitsAvailable(&digits.whyNot);
    list.push_back(digits);

    list.push_back({"procedural-digits", "Procedural digits (Hershey fonts)",
                    "Digits 0-9 drawn in OpenCV's Hershey fonts with random rotation, scale, shear, stroke width "
                    "and noise; any size, any count, always available.",
                    true, {}});
    std::string shapes;
    for (const auto &s : shapeNames())
        shapes += (shapes.empty() ? "" : ", ") + s;
    list.push_back({"shapes", "Shapes",
                    "Filled shapes (" + shapes + ") at random positions, sizes, rotations and colours; any size, "
                    "any count, always available.",
                    true, {}});
    list.push_back({kFolderPrefix, "Your image folder",
                    "Every PNG and JPEG under a folder you pick; sub-folder names become the labels.", true, {}});
    return list;
}

std::unique_ptr<ImageDataset> openImageDataset(const std::string &id, const OpenOptions &options,
                                               const RunContext &ctx)
{
    if (id == "digits") {
        std::string error;
        auto ds = openDigitsDataset(&error);
        if (!ds)
            throw DatasetError(error);
        return fitTo(std::move(ds), options);
    }
    if (id == "procedural-digits" || id == "shapes") {
        ProceduralOptions p;
        p.width = options.width;
        p.height = options.height;
        p.channels = options.channels;
        p.count = options.count;
        p.seed = options.seed;
        return id == "shapes" ? makeShapes(p) : makeProceduralDigits(p);
    }
    if (id.starts_with(kFolderPrefix)) {
        const std::string folder = id.substr(std::string(kFolderPrefix).size());
        if (folder.empty())
            throw DatasetError("No folder was given: pick a folder of PNG or JPEG images");
        ImageFolderOptions f;
        f.width = options.width > 0 ? options.width : 64;
        f.height = options.height > 0 ? options.height : 64;
        f.channels = options.channels > 0 ? options.channels : 3;
        f.cacheDir = options.cacheDir;
        f.maxFiles = options.maxFiles;
        return ImageFolderDataset::open(folder, f, ctx);
    }
    std::string known;
    for (const auto &d : availableImageDatasets())
        known += (known.empty() ? "" : ", ") + d.id + (d.id == kFolderPrefix ? "<path>" : "");
    throw DatasetError("Unknown data set '" + id + "' (known: " + known + ")");
}

} // namespace genlab::engine::data
