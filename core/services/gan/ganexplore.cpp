#include "services/gan/ganexplore.h"

#include "engine/vae/latentmath.h"
#include "services/gan/ganservice.h"
#include "services/job.h"
#include "services/jobmanager.h"

#include <QDir>
#include <QJsonArray>

#include <stdexcept>

namespace genlab::services {

namespace egan = engine::gan;
namespace vae = engine::vae;

namespace {

// The lab's own interactive lane, shared with the 2-D game (GanService).
const QString kLab = QStringLiteral("gan");

constexpr int kMaxSamples = 1024;
constexpr int kMaxFrames = 200;

// Row `index` of the noise a grid of `count` images with this seed draws.
vae::Latent endpointNoise(const egan::ImageGan &model, const NoiseEndpoint &e, double truncation)
{
    if (e.count < 1 || e.count > kMaxSamples || e.index < 0 || e.index >= e.count)
        throw std::invalid_argument("a path endpoint must be one of its grid's images (index 0.." +
                                    std::to_string(std::max(0, e.count - 1)) + ")");
    const int dim = model.config().latentDim;
    const std::vector<float> all = model.drawNoise(e.count, e.seed, truncation);
    return vae::Latent(all.begin() + std::ptrdiff_t(e.index) * dim, all.begin() + std::ptrdiff_t(e.index + 1) * dim);
}

// A conditional model needs a class per image, an unconditional one none.
std::vector<int> pathLabels(const egan::ImageGanConfig &config, int classLabel, int count)
{
    if (!config.conditional)
        return {};
    if (classLabel < 0 || classLabel >= config.numClasses)
        throw std::invalid_argument("class " + std::to_string(classLabel) + " is outside 0.." +
                                    std::to_string(config.numClasses - 1));
    return std::vector<int>(std::size_t(count), classLabel);
}

latent::PathOutput decodePath(const egan::ImageGan &model, const std::vector<vae::Latent> &ends, int frames,
                              const std::vector<int> &labels, vae::PathMethod method)
{
    latent::PathOutput out;
    out.method = method;
    out.points = vae::interpolatePath(ends, frames, method);
    out.norms = vae::norms(out.points);
    out.frames = model.generate(vae::flatten(out.points), labels);
    return out;
}

} // namespace

QString GeneratorInfo::describe() const
{
    return QStringLiteral("%1: %2; %3 steps on %4")
        .arg(source.name, QString::fromStdString(config.describe()))
        .arg(step)
        .arg(datasetId.isEmpty() ? QStringLiteral("unknown data") : datasetId);
}

QJsonObject NoiseEndpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("seed"), qint64(seed)},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("index"), index}};
}

NoiseEndpoint NoiseEndpoint::fromJson(const QJsonObject &o)
{
    NoiseEndpoint e;
    e.seed = quint64(o.value(QStringLiteral("seed")).toInteger(1));
    e.count = o.value(QStringLiteral("count")).toInt(1);
    e.index = o.value(QStringLiteral("index")).toInt(0);
    return e;
}

Recipe generatorPathRecipe(const GeneratorInfo &model, const GeneratorPathRequest &request, vae::PathMethod method,
                           latent::ExportFormat format, const std::vector<float> &fromNoise,
                           const std::vector<float> &toNoise)
{
    Recipe r;
    r.lab = kLab;
    r.action = QStringLiteral("interpolate");
    r.model = model.source.name;
    r.modelHash = model.source.hash;
    r.device = QStringLiteral("cpu");
    r.seed = request.from.seed;
    QJsonObject p{{QStringLiteral("from"), request.from.toJson()},
                  {QStringLiteral("to"), request.to.toJson()},
                  {QStringLiteral("truncation"), request.truncation},
                  {QStringLiteral("frames"), request.frameCount},
                  {QStringLiteral("method"), latent::methodName(method)},
                  {QStringLiteral("format"), latent::formatSuffix(format)},
                  {QStringLiteral("frame_delay_ms"), latent::kFrameDelayMs},
                  {QStringLiteral("scale"),
                   format == latent::ExportFormat::PngStrip ? latent::kStripScale : latent::kAnimationScale},
                  {QStringLiteral("noise"), QStringLiteral("torch cpu generator normal")},
                  {QStringLiteral("endpoints"), QJsonArray{latent::latentToJson(fromNoise), latent::latentToJson(toNoise)}}};
    if (model.config.conditional)
        p.insert(QStringLiteral("class"), request.classLabel);
    r.parameters = p;
    return r;
}

Recipe generatorSampleRecipe(const GeneratorInfo &model, const GeneratorSampleRequest &request, int columns)
{
    Recipe r;
    r.lab = kLab;
    r.action = QStringLiteral("sample");
    r.model = model.source.name;
    r.modelHash = model.source.hash;
    r.device = QStringLiteral("cpu");
    r.seed = request.seed;
    r.parameters = QJsonObject{{QStringLiteral("count"), request.count},
                               {QStringLiteral("truncation"), request.truncation},
                               {QStringLiteral("class"), request.classLabel},
                               {QStringLiteral("columns"), columns},
                               {QStringLiteral("scale"), latent::kGridScale},
                               {QStringLiteral("noise"), QStringLiteral("torch cpu generator normal")}};
    return r;
}

struct GanExploreService::Slot : ModelSlot<egan::ImageGan>
{
};

GanExploreService::GanExploreService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<GeneratorInfo>();
    qRegisterMetaType<GeneratorSamples>();
    qRegisterMetaType<GeneratorPath>();
}

GanExploreService::GanExploreService(GanService *service, QObject *parent)
    : GanExploreService(service->jobManager(), service->device(), parent)
{
}

GanExploreService::~GanExploreService() = default;

Job *GanExploreService::submit(const QString &title, const QString &coalesceKey, bool hidden,
                               std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.hidden = hidden;
    r.coalesceKey = coalesceKey;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) { return work(*slot, ctx); };
    return m_jobs->submit(std::move(r));
}

Job *GanExploreService::load(const QString &nameOrFolder)
{
    return submit(tr("Load generator %1").arg(nameOrFolder), QString(), false,
                  [nameOrFolder, device = m_device](Slot &slot, const engine::RunContext &ctx) {
                      ctx.progress(0.1, "reading the checkpoint");
                      GeneratorInfo info;
                      info.source = latent::resolveModel(nameOrFolder);
                      // Built completely before it replaces anything: a bad folder keeps the old model.
                      auto model = std::make_unique<egan::ImageGan>(
                          egan::ImageGan::load(info.source.folder.toStdString(), device));
                      info.config = model->config();
                      info.datasetId = QString::fromStdString(model->info().datasetId);
                      info.step = model->info().step;
                      info.parameterCount = model->generatorParameterCount();
                      info.generation = slot.replace(std::move(model));
                      return QVariant::fromValue(info);
                  });
}

Job *GanExploreService::sample(const GeneratorSampleRequest &request)
{
    return submit(tr("Sample the generator"), QStringLiteral("gan.explore.sample"), true,
                  [request](Slot &slot, const engine::RunContext &ctx) {
                      const egan::ImageGan &model = slot.require("no generator is loaded");
                      if (request.count < 1 || request.count > kMaxSamples)
                          throw std::invalid_argument("count must be 1.." + std::to_string(kMaxSamples));
                      const egan::ImageGanConfig &c = model.config();
                      if (c.conditional && (request.classLabel < -1 || request.classLabel >= c.numClasses))
                          throw std::invalid_argument("class " + std::to_string(request.classLabel) +
                                                      " is outside 0.." + std::to_string(c.numClasses - 1));
                      ctx.checkpoint();
                      GeneratorSamples s;
                      s.modelGeneration = slot.generation();
                      s.request = request;
                      s.latentDim = c.latentDim;
                      // What ImageGan::sample does, keeping the noise so a tile can start a path.
                      s.noise = model.drawNoise(request.count, request.seed, request.truncation);
                      if (c.conditional)
                          for (int i = 0; i < request.count; ++i)
                              s.labels.push_back(request.classLabel >= 0 ? request.classLabel : i % c.numClasses);
                      s.images = model.generate(s.noise, s.labels);
                      return QVariant::fromValue(s);
                  });
}

Job *GanExploreService::interpolate(const GeneratorPathRequest &request)
{
    return submit(tr("Interpolate the generator's noise"), QStringLiteral("gan.explore.path"), true,
                  [request](Slot &slot, const engine::RunContext &ctx) {
                      const egan::ImageGan &model = slot.require("no generator is loaded");
                      if (request.frameCount < 2 || request.frameCount > kMaxFrames)
                          throw std::invalid_argument("frames must be 2.." + std::to_string(kMaxFrames));
                      const std::vector<vae::Latent> ends = {endpointNoise(model, request.from, request.truncation),
                                                             endpointNoise(model, request.to, request.truncation)};
                      const std::vector<int> labels = pathLabels(model.config(), request.classLabel, request.frameCount);
                      GeneratorPath p;
                      p.modelGeneration = slot.generation();
                      p.request = request;
                      p.lerp = decodePath(model, ends, request.frameCount, labels, vae::PathMethod::Lerp);
                      ctx.checkpoint();
                      p.slerp = decodePath(model, ends, request.frameCount, labels, vae::PathMethod::Slerp);
                      return QVariant::fromValue(p);
                  });
}

Job *GanExploreService::exportPath(const GeneratorPathExport &request)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(request.path));
    r.lane = Lane::IO;
    r.work = [request](const engine::RunContext &ctx) {
        const auto format = latent::formatFromPath(request.path);
        if (!format)
            throw std::invalid_argument(request.path.toStdString() + ": choose a .gif, .mp4 or .png file");
        return QVariant(latent::writeInterpolation(request.path, *format, request.frames, request.recipe, ctx));
    };
    return m_jobs->submit(std::move(r));
}

Job *GanExploreService::exportGrid(const QString &path, const std::vector<engine::Image> &images, const Recipe &recipe)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(path));
    r.lane = Lane::IO;
    r.work = [path, images, recipe](const engine::RunContext &ctx) {
        ctx.progress(0.1, "writing");
        if (images.empty())
            throw std::invalid_argument("nothing to export");
        latent::writeSampleGrid(path, images, recipe);
        return QVariant(QStringList{path});
    };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
