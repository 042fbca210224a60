#include "engine/evaluate/reference.h"

#include "engine/data/imagefolder.h"
#include "engine/data/registry.h"

namespace genlab::engine::evaluate {

ImageSet openImageSet(const std::string &datasetId, Part part, int size, int channels, const RunContext &ctx)
{
    data::OpenOptions open;
    open.width = size;
    open.height = size;
    open.channels = channels;
    auto ds = data::openImageDataset(datasetId, open, ctx);
    const auto &info = ds->info();
    ImageSet set;
    set.classNames = info.classNames;
    for (std::int64_t i = 0; i < info.size; ++i) {
        if ((part == Part::HeldOut && !isHeldOut(i)) || (part == Part::Training && isHeldOut(i)))
            continue;
        if (i % 256 == 0)
            ctx.checkpoint();
        set.images.push_back(ds->image(i));
        set.labels.push_back(ds->label(i));
    }
    bool anyLabel = false;
    for (int l : set.labels)
        anyLabel = anyLabel || l >= 0;
    if (!anyLabel) {
        set.labels.clear();
        set.classNames.clear();
    }
    if (auto *folder = dynamic_cast<const data::ImageFolderDataset *>(ds.get()))
        set.skipped = folder->skipped();
    const char *partName = part == Part::HeldOut ? ", held-out split" : part == Part::Training ? ", training split" : "";
    set.description = datasetId + partName + " (" + std::to_string(set.images.size()) + " images)";
    return set;
}

} // namespace genlab::engine::evaluate
