// The data part of `genlab demo`: a labelled grid of OpenCV's handwritten digits (procedural digits
// when opencv-doc is missing) as a PNG carrying its recipe, and a procedural sequence as GIF and MP4.
#include "cli/demo.h"

#include "engine/data/procedural.h"
#include "engine/data/registry.h"
#include "engine/imaging/animation.h"
#include "engine/imaging/compose.h"
#include "engine/imaging/png.h"
#include "services/recipe.h"

#include <QDir>
#include <QJsonArray>

namespace genlab::cli {

namespace {

QJsonObject digitsGrid(const QString &outDir, const engine::RunContext &ctx)
{
    namespace data = engine::data;
    std::string datasetId = "digits";
    std::unique_ptr<data::ImageDataset> dataset;
    try {
        dataset = data::openImageDataset(datasetId, {});
    } catch (const data::DatasetError &) {
        datasetId = "procedural-digits";
        dataset = data::openImageDataset(datasetId, {});
    }
    const auto &info = dataset->info();
    // Ten examples of each class, one class per row: the first images of each class.
    constexpr int kPerClass = 10;
    const int classes = std::max<int>(1, int(info.classNames.size()));
    std::vector<std::vector<std::int64_t>> byClass(static_cast<size_t>(classes));
    for (std::int64_t i = 0; i < info.size; ++i) {
        const int label = std::max(0, dataset->label(i));
        if (label < classes && byClass[size_t(label)].size() < kPerClass)
            byClass[size_t(label)].push_back(i);
        ctx.checkpoint();
    }
    std::vector<engine::Image> tiles;
    std::vector<std::string> labels;
    QJsonArray indices;
    for (int c = 0; c < classes; ++c) {
        for (std::int64_t i : byClass[size_t(c)]) {
            tiles.push_back(dataset->image(i));
            labels.push_back(info.classNames.empty() ? std::string() : info.classNames[size_t(c)]);
            indices.append(double(i));
        }
    }
    const int scale = info.width <= 32 ? 3 : 1;
    engine::Image grid = engine::imaging::makeGrid(tiles, kPerClass, labels, 4, scale);
    services::Recipe recipe;
    recipe.lab = QStringLiteral("data");
    recipe.action = QStringLiteral("grid");
    recipe.parameters = QJsonObject{{QStringLiteral("dataset"), QString::fromStdString(datasetId)},
                                    {QStringLiteral("source"), QString::fromStdString(info.source)},
                                    {QStringLiteral("per_class"), kPerClass},
                                    {QStringLiteral("indices"), indices},
                                    {QStringLiteral("scale"), scale}};
    recipe.device = QStringLiteral("cpu");
    const QString path = QDir(outDir).filePath(QStringLiteral("digits-grid.png"));
    engine::imaging::writePng(path.toStdString(), grid, {{engine::imaging::kRecipeKey, recipe.toJson().toStdString()}});
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1 labelled %2 (%3 images in the data set, from %4)")
                                            .arg(tiles.size())
                                            .arg(QString::fromStdString(info.name))
                                            .arg(info.size)
                                            .arg(QString::fromStdString(info.source))},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("digits-grid.png")}},
    };
}

QJsonObject proceduralSequence(const QString &outDir, const engine::RunContext &ctx)
{
    namespace data = engine::data;
    data::ProceduralOptions options;
    options.width = 64;
    options.height = 64;
    options.channels = 3;
    options.count = 24;
    options.seed = 7;
    auto shapes = data::makeShapes(options);
    std::vector<engine::Image> frames;
    for (std::int64_t i = 0; i < options.count; ++i)
        frames.push_back(shapes->image(i));
    engine::imaging::AnimationOptions anim;
    anim.frameDelayMs = 250;
    anim.scale = 4;
    services::Recipe recipe;
    recipe.lab = QStringLiteral("data");
    recipe.action = QStringLiteral("sequence");
    recipe.parameters = QJsonObject{{QStringLiteral("dataset"), QStringLiteral("shapes")},
                                    {QStringLiteral("count"), double(options.count)},
                                    {QStringLiteral("size"), 64},
                                    {QStringLiteral("frame_delay_ms"), anim.frameDelayMs}};
    recipe.seed = options.seed;
    recipe.device = QStringLiteral("cpu");
    QJsonArray files;
    const QString gif = QDir(outDir).filePath(QStringLiteral("shapes.gif"));
    engine::imaging::writeGif(gif.toStdString(), frames, anim, ctx);
    engine::imaging::writeSidecar(gif.toStdString(), recipe.toJson().toStdString());
    files << QStringLiteral("shapes.gif") << QStringLiteral("shapes.gif.recipe.json");
    QString mp4Note;
    const QString mp4 = QDir(outDir).filePath(QStringLiteral("shapes.mp4"));
    engine::imaging::writeMp4(mp4.toStdString(), frames, anim, ctx);
    engine::imaging::writeSidecar(mp4.toStdString(), recipe.toJson().toStdString());
    files << QStringLiteral("shapes.mp4") << QStringLiteral("shapes.mp4.recipe.json");
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1 procedural shapes as an animated GIF and an MP4").arg(frames.size())},
        {QStringLiteral("files"), files},
    };
}

DemoRegistrar gridStep(DemoStep{QStringLiteral("data.digits-grid"), 10, digitsGrid});
DemoRegistrar sequenceStep(DemoStep{QStringLiteral("data.sequence"), 11, proceduralSequence});

} // namespace
} // namespace genlab::cli
