#include "services/latent/latentoutputs.h"

#include "engine/data/registry.h"
#include "engine/imaging/animation.h"
#include "engine/imaging/compose.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"
#include "services/resourcepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace genlab::services::latent {

namespace vae = engine::vae;

ModelSource resolveModel(const QString &nameOrPath)
{
    ModelSource source;
    const QString trimmed = nameOrPath.trimmed();
    if (trimmed.isEmpty())
        throw std::runtime_error("no model given");
    const bool looksLikePath = trimmed.contains(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('.'));
    QString folder;
    if (!looksLikePath)
        folder = shippedModelPath(trimmed);
    if (!folder.isEmpty()) {
        source.shipped = true;
    } else if (QFileInfo(trimmed).isDir()) {
        folder = QDir(trimmed).absolutePath();
    } else if (looksLikePath || QFileInfo::exists(trimmed)) {
        throw std::runtime_error(QStringLiteral("%1: not a model folder (a checkpoint folder holds model.safetensors "
                                                "and config.json)")
                                     .arg(trimmed)
                                     .toStdString());
    } else {
        throw std::runtime_error(QStringLiteral("no shipped model named '%1' (looked in %2)")
                                     .arg(trimmed, modelSearchPaths().join(QStringLiteral(", ")))
                                     .toStdString());
    }
    source.name = trimmed;
    source.folder = folder;
    source.hash = sha256OfFile(QDir(folder).filePath(QStringLiteral("model.safetensors")));
    return source;
}

vae::LatentModel loadModel(const ModelSource &source, const engine::ResolvedDevice &device)
{
    return vae::LatentModel::load(source.folder.toStdString(), device);
}

namespace {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double uniformOpen(std::uint64_t &state) // (0, 1]
{
    return (double(splitmix64(state) >> 11) + 1.0) * (1.0 / 9007199254740992.0);
}

} // namespace

std::vector<float> priorLatents(int count, int dim, quint64 seed, double temperature)
{
    if (count < 0 || dim <= 0)
        throw std::invalid_argument("prior latents: bad count or size");
    std::vector<float> z(std::size_t(count) * std::size_t(dim));
    std::uint64_t state = seed;
    for (std::size_t i = 0; i < z.size(); i += 2) {
        const double r = std::sqrt(-2.0 * std::log(uniformOpen(state)));
        const double phi = 2.0 * std::numbers::pi * uniformOpen(state);
        z[i] = float(temperature * r * std::cos(phi));
        if (i + 1 < z.size())
            z[i + 1] = float(temperature * r * std::sin(phi));
    }
    return z;
}

SampleOutput samplePrior(const vae::LatentModel &model, int count, quint64 seed, double temperature)
{
    if (count < 1 || count > 1024)
        throw std::invalid_argument("sample count must be 1..1024");
    if (!(temperature >= 0.0) || temperature > 10.0)
        throw std::invalid_argument("temperature must be 0..10");
    SampleOutput out;
    out.dim = model.latentDim();
    out.latents = priorLatents(count, out.dim, seed, temperature);
    out.images = model.decodeImages(out.latents);
    return out;
}

PathOutput interpolate(const vae::LatentModel &model, const std::vector<vae::Latent> &endpoints, int frameCount,
                       vae::PathMethod method)
{
    if (frameCount < 2 || frameCount > 512)
        throw std::invalid_argument("frames must be 2..512");
    for (const auto &e : endpoints)
        if (int(e.size()) != model.latentDim())
            throw std::invalid_argument("an endpoint does not have the model's latent size");
    PathOutput out;
    out.method = method;
    out.points = vae::interpolatePath(endpoints, frameCount, method);
    out.norms = vae::norms(out.points);
    out.frames = model.decodeImages(vae::flatten(out.points));
    return out;
}

QString methodName(vae::PathMethod method)
{
    return method == vae::PathMethod::Slerp ? QStringLiteral("slerp") : QStringLiteral("lerp");
}

std::optional<vae::PathMethod> methodFromName(const QString &name)
{
    if (name.compare(QLatin1String("lerp"), Qt::CaseInsensitive) == 0)
        return vae::PathMethod::Lerp;
    if (name.compare(QLatin1String("slerp"), Qt::CaseInsensitive) == 0)
        return vae::PathMethod::Slerp;
    return std::nullopt;
}

QString EndpointSource::describe() const
{
    if (!file.isEmpty())
        return QFileInfo(file).fileName();
    if (index >= 0)
        return QStringLiteral("%1 #%2").arg(datasetId).arg(index);
    return QStringLiteral("latent");
}

QJsonObject EndpointSource::toJson() const
{
    if (!file.isEmpty())
        return QJsonObject{{QStringLiteral("file"), file}};
    if (index >= 0)
        return QJsonObject{{QStringLiteral("dataset"), datasetId}, {QStringLiteral("index"), double(index)}};
    return QJsonObject{{QStringLiteral("latent"), true}};
}

EndpointSource EndpointSource::fromJson(const QJsonObject &o)
{
    EndpointSource s;
    s.file = o.value(QStringLiteral("file")).toString();
    s.datasetId = o.value(QStringLiteral("dataset")).toString();
    s.index = qint64(o.value(QStringLiteral("index")).toDouble(-1));
    return s;
}

EndpointSource parseEndpoint(const QString &text, const QString &datasetId)
{
    EndpointSource s;
    bool isNumber = false;
    const qint64 index = text.toLongLong(&isNumber);
    if (isNumber && !QFileInfo::exists(text)) {
        if (index < 0)
            throw std::invalid_argument(QStringLiteral("data-set index %1 is negative").arg(text).toStdString());
        s.datasetId = datasetId;
        s.index = index;
    } else {
        s.file = text;
    }
    return s;
}

engine::FloatImage fitImage(const engine::Image &image, const vae::VaeConfig &config)
{
    const auto mode = config.channels == 1 ? engine::imaging::ColorMode::Gray : engine::imaging::ColorMode::Rgb;
    return engine::toFloatImage(engine::imaging::fitImage(image, config.imageSize, config.imageSize, mode));
}

engine::FloatImage fitImageFile(const QString &file, const vae::VaeConfig &config)
{
    return fitImage(engine::imaging::decodeImageFile(file.toStdString()), config);
}

engine::FloatImage endpointImage(const EndpointSource &source, const vae::VaeConfig &config,
                                 const engine::RunContext &ctx)
{
    if (!source.file.isEmpty())
        return fitImageFile(source.file, config);
    engine::data::OpenOptions open;
    open.width = config.imageSize;
    open.height = config.imageSize;
    open.channels = config.channels;
    auto dataset = engine::data::openImageDataset(source.datasetId.toStdString(), open, ctx);
    if (source.index < 0 || source.index >= dataset->info().size)
        throw std::out_of_range(QStringLiteral("index %1 is outside the data set %2 (it holds %3 images)")
                                    .arg(source.index)
                                    .arg(source.datasetId)
                                    .arg(dataset->info().size)
                                    .toStdString());
    return engine::toFloatImage(dataset->image(source.index));
}

vae::Latent encodeMean(const vae::LatentModel &model, const engine::FloatImage &image)
{
    const vae::LatentCodes codes = model.encode({image});
    return vae::Latent(codes.means.begin(), codes.means.begin() + codes.dim);
}

std::optional<ExportFormat> formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif"))
        return ExportFormat::Gif;
    if (suffix == QLatin1String("mp4"))
        return ExportFormat::Mp4;
    if (suffix == QLatin1String("png"))
        return ExportFormat::PngStrip;
    return std::nullopt;
}

QString formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif:
        return QStringLiteral("gif");
    case ExportFormat::Mp4:
        return QStringLiteral("mp4");
    case ExportFormat::PngStrip:
        return QStringLiteral("png");
    }
    return {};
}

int gridColumns(int count)
{
    return std::max(1, int(std::ceil(std::sqrt(double(std::max(1, count))))));
}

namespace {

Recipe baseRecipe(const ModelSource &model, const QString &action)
{
    Recipe r;
    r.lab = QStringLiteral("latent");
    r.action = action;
    r.model = model.name;
    r.modelHash = model.hash;
    r.device = QStringLiteral("cpu");
    return r;
}

} // namespace

QJsonArray latentToJson(const vae::Latent &z)
{
    QJsonArray a;
    for (float v : z)
        a.append(double(v)); // float -> double is exact; Qt writes doubles in their shortest round-trip form
    return a;
}

vae::Latent latentFromJson(const QJsonValue &value, int dim)
{
    if (!value.isArray())
        return {};
    const QJsonArray a = value.toArray();
    if (a.isEmpty() || (dim > 0 && a.size() != dim) || a.size() > vae::kMaxLatentDim)
        return {};
    vae::Latent z;
    z.reserve(std::size_t(a.size()));
    for (const QJsonValue &v : a) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return {};
        z.push_back(float(v.toDouble()));
    }
    return z;
}

Recipe sampleRecipe(const ModelSource &model, int count, quint64 seed, double temperature)
{
    Recipe r = baseRecipe(model, QStringLiteral("sample"));
    r.seed = seed;
    r.parameters = QJsonObject{{QStringLiteral("count"), count},
                               {QStringLiteral("temperature"), temperature},
                               {QStringLiteral("columns"), gridColumns(count)},
                               {QStringLiteral("scale"), kGridScale},
                               {QStringLiteral("prior"), QStringLiteral("splitmix64 box-muller")}};
    return r;
}

Recipe interpolationRecipe(const ModelSource &model, const std::vector<vae::Latent> &endpoints,
                           const std::vector<EndpointSource> &sources, int frameCount, vae::PathMethod method,
                           ExportFormat format)
{
    Recipe r = baseRecipe(model, QStringLiteral("interpolate"));
    QJsonArray ends, from;
    for (const auto &e : endpoints)
        ends.append(latentToJson(e));
    for (const auto &s : sources)
        from.append(s.toJson());
    r.parameters = QJsonObject{{QStringLiteral("endpoints"), ends},
                               {QStringLiteral("sources"), from},
                               {QStringLiteral("frames"), frameCount},
                               {QStringLiteral("method"), methodName(method)},
                               {QStringLiteral("format"), formatSuffix(format)},
                               {QStringLiteral("frame_delay_ms"), kFrameDelayMs},
                               {QStringLiteral("scale"), format == ExportFormat::Gif ? kAnimationScale : kStripScale}};
    return r;
}

Recipe decodeRecipe(const ModelSource &model, const vae::Latent &z)
{
    Recipe r = baseRecipe(model, QStringLiteral("decode"));
    r.parameters = QJsonObject{{QStringLiteral("latent"), latentToJson(z)}};
    return r;
}

void writeSampleGrid(const QString &path, const std::vector<engine::Image> &images, const Recipe &recipe)
{
    const int columns = recipe.parameters.value(QStringLiteral("columns")).toInt(gridColumns(int(images.size())));
    const engine::Image grid = engine::imaging::makeGrid(images, columns, {}, 2, kGridScale);
    engine::imaging::writePng(path.toStdString(), grid, {{engine::imaging::kRecipeKey, recipe.toJson().toStdString()}});
}

QStringList writeInterpolation(const QString &path, ExportFormat format, const std::vector<engine::Image> &frames,
                               const Recipe &recipe, const engine::RunContext &ctx)
{
    if (frames.empty())
        throw std::invalid_argument("nothing to export: the strip has no frames");
    const std::string file = path.toStdString();
    engine::imaging::AnimationOptions anim;
    anim.frameDelayMs = kFrameDelayMs;
    anim.scale = kAnimationScale;
    switch (format) {
    case ExportFormat::Gif:
        engine::imaging::writeGif(file, frames, anim, ctx);
        return {path, QString::fromStdString(engine::imaging::writeSidecar(file, recipe.toJson().toStdString()))};
    case ExportFormat::Mp4:
        engine::imaging::writeMp4(file, frames, anim, ctx);
        return {path, QString::fromStdString(engine::imaging::writeSidecar(file, recipe.toJson().toStdString()))};
    case ExportFormat::PngStrip: {
        ctx.progress(0.2, "composing the strip");
        const engine::Image strip = engine::imaging::makeStrip(frames, 2, kStripScale);
        ctx.checkpoint();
        engine::imaging::writePng(file, strip, {{engine::imaging::kRecipeKey, recipe.toJson().toStdString()}});
        ctx.progress(1.0, "written");
        return {path};
    }
    }
    return {};
}

void writeDecodedImage(const QString &path, const engine::Image &image, const Recipe &recipe)
{
    const engine::Image big = engine::imaging::makeGrid({image}, 1, {}, 0, kGridScale * 2);
    engine::imaging::writePng(path.toStdString(), big, {{engine::imaging::kRecipeKey, recipe.toJson().toStdString()}});
}

std::optional<Recipe> readRecipe(const QString &path, QString *error)
{
    return readRecipeFile(path, error);
}

} // namespace genlab::services::latent
