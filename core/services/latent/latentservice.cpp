#include "services/latent/latentservice.h"

#include "engine/data/registry.h"
#include "engine/io/checkpoint.h"
#include "engine/vae/latentmodel.h"
#include "engine/vae/training.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/modelslot.h"
#include "services/training.h"
#include "services/resourcepaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace genlab::services {

namespace vae = engine::vae;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("genlab::services::LatentService", text, disambiguation, n);
}

const QString kDefaultMapDataset = QStringLiteral("digits");

} // namespace

// The explorer's model. Only ever touched by jobs on the interactive lane (one thread, in order).
struct LatentService::Slot : ModelSlot<vae::LatentModel>
{
    latent::ModelSource source;
};

QString LatentModelInfo::describe() const
{
    // lupdate files these under this struct's name.
    auto tr = [](const char *text) { return QCoreApplication::translate("genlab::services::LatentModelInfo", text); };
    const QString kind = isVae() ? tr("VAE") : tr("autoencoder");
    const QString colour = config.channels == 1 ? tr("gray") : tr("colour");
    QString text = tr("%1, %2-D latent, %3×%3 %4").arg(kind).arg(config.latentDim).arg(config.imageSize).arg(colour);
    if (step > 0)
        text += tr(", trained %1 steps on %2").arg(step).arg(datasetId.isEmpty() ? tr("images") : datasetId);
    return text;
}

int LatentMap::nearest(double x, double y) const
{
    return index ? index->nearest(float(x), float(y)) : -1;
}

vae::Latent LatentMap::latent(int i) const
{
    if (i < 0 || i >= count)
        return {};
    return vae::Latent(latents.begin() + std::ptrdiff_t(i) * dim, latents.begin() + std::ptrdiff_t(i + 1) * dim);
}

vae::Latent LatentMap::latentAt(double x, double y) const
{
    return projection.inverse(x, y);
}

QPointF LatentMap::project(const vae::Latent &z) const
{
    if (int(z.size()) != dim)
        return {};
    const auto p = projection.project(z.data());
    return {p[0], p[1]};
}

vae::Latent LatentMap::attribute(int classA, int classB) const
{
    try {
        return vae::attributeVector(latents, dim, labels, classA, classB);
    } catch (const std::invalid_argument &) {
        return {};
    }
}

QString LatentMap::className(int label) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("genlab::services::LatentMap", text); };
    if (label >= 0 && label < classNames.size())
        return classNames.at(label);
    return label < 0 ? tr("unlabelled") : QString::number(label);
}

int EncodeResult::failed() const
{
    return int(std::count_if(items.begin(), items.end(), [](const EncodedItem &i) { return i.latent.empty(); }));
}

LatentService::LatentService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<LatentModelInfo>();
}

LatentService::~LatentService() = default;

QStringList LatentService::shippedModels()
{
    QStringList names;
    for (const char *name : {latent::kShipped16d, latent::kShipped2d})
        if (!shippedModelPath(QString::fromLatin1(name)).isEmpty())
            names << QString::fromLatin1(name);
    return names;
}

Job *LatentService::submitInteractive(const QString &title, const QString &coalesceKey, bool hidden,
                                      std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = QStringLiteral("latent"); // the explorer's model lives on this lab's lane thread alone
    r.coalesceKey = coalesceKey;
    r.hidden = hidden;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) { return work(*slot, ctx); };
    return m_jobs->submit(std::move(r));
}

Job *LatentService::loadModel(const QString &nameOrPath)
{
    const engine::ResolvedDevice device = m_device;
    // Loading and mapping take well under a second and the lab shows their progress itself: they
    // stay out of the Jobs dock (which follows the newest job: they must not take it from training).
    Job *job = submitInteractive(tr("Load latent model %1").arg(nameOrPath), QString(), true,
                                 [nameOrPath, device](Slot &slot, const engine::RunContext &ctx) {
                                     ctx.progress(0.1, "reading the checkpoint");
                                     latent::ModelSource source = latent::resolveModel(nameOrPath);
                                     auto model = std::make_unique<vae::LatentModel>(latent::loadModel(source, device));
                                     ctx.checkpoint();
                                     LatentModelInfo info;
                                     info.source = source;
                                     info.config = model->config();
                                     info.datasetId = QString::fromStdString(model->info().datasetId);
                                     info.step = model->info().step;
                                     info.parameterCount = model->parameterCount();
                                     // Swapped only once the new model loaded: a bad checkpoint keeps the old one.
                                     info.generation = slot.replace(std::move(model));
                                     slot.source = source;
                                     return QVariant::fromValue(info);
                                 });
    // Connected before the caller can connect: the service's view of the model is current by the
    // time anyone else hears that the load finished.
    connect(job, &Job::finished, this, [this, job](JobState state) {
        if (state != JobState::Succeeded)
            return;
        const auto info = job->resultAs<LatentModelInfo>();
        if (m_model.accept(info))
            Q_EMIT modelChanged(m_model.info());
    });
    return job;
}

Job *LatentService::buildMap(const MapRequest &request)
{
    const QString datasetTitle = request.datasetId.isEmpty() ? m_model.info().datasetId : request.datasetId;
    return submitInteractive(tr("Map the latent space of %1").arg(datasetTitle.isEmpty() ? kDefaultMapDataset : datasetTitle),
                             QStringLiteral("latent.map"), true, [request](Slot &slot, const engine::RunContext &ctx) {
        const vae::LatentModel &model = slot.require();
        const vae::VaeConfig &config = model.config();
        QString id = request.datasetId;
        const QString trainedOn = QString::fromStdString(model.info().datasetId);
        if (id.isEmpty())
            id = trainedOn.isEmpty() || trainedOn == QLatin1String("images") ? kDefaultMapDataset : trainedOn;
        ctx.progress(0.02, "opening the data set");
        engine::data::OpenOptions open;
        open.width = config.imageSize;
        open.height = config.imageSize;
        open.channels = config.channels;
        std::unique_ptr<engine::data::ImageDataset> dataset;
        try {
            dataset = engine::data::openImageDataset(id.toStdString(), open, ctx);
        } catch (const engine::data::DatasetError &) {
            // OpenCV's digits need opencv-doc; the procedural digits always exist.
            if (id != QLatin1String("digits"))
                throw;
            id = QStringLiteral("procedural-digits");
            dataset = engine::data::openImageDataset(id.toStdString(), open, ctx);
        }
        const auto &info = dataset->info();
        if (info.size <= 0)
            throw std::runtime_error(QStringLiteral("the data set %1 has no images").arg(id).toStdString());
        auto map = std::make_shared<LatentMap>();
        map->modelGeneration = slot.generation();
        map->datasetId = id;
        map->datasetName = QString::fromStdString(info.name);
        for (const auto &name : info.classNames)
            map->classNames << QString::fromStdString(name);
        map->dim = model.latentDim();
        const qint64 n = std::min<qint64>(std::max(1, request.maxPoints), info.size);
        map->count = int(n);
        std::vector<engine::FloatImage> inputs;
        inputs.reserve(std::size_t(n));
        // A fixed random subset, in data-set order: evenly spaced indices would alias with data sets
        // whose labels repeat with a period (every class must show on the map).
        std::vector<qint64> chosen(std::size_t(info.size));
        std::iota(chosen.begin(), chosen.end(), qint64(0));
        std::mt19937_64 rng(20240611);
        for (qint64 i = 0; i < n; ++i)
            std::swap(chosen[std::size_t(i)], chosen[std::size_t(i + qint64(rng() % std::uint64_t(info.size - i)))]);
        chosen.resize(std::size_t(n));
        std::sort(chosen.begin(), chosen.end());
        for (qint64 i = 0; i < n; ++i) {
            const qint64 index = chosen[std::size_t(i)];
            map->indices.push_back(index);
            map->images.push_back(dataset->image(index));
            map->labels.push_back(dataset->label(index));
            inputs.push_back(engine::toFloatImage(map->images.back()));
            if (i % 256 == 0) {
                ctx.checkpoint();
                ctx.progress(0.05 + 0.25 * double(i) / double(n), "reading images");
            }
        }
        std::vector<float> logVariances;
        constexpr std::size_t kChunk = 256;
        for (std::size_t first = 0; first < inputs.size(); first += kChunk) {
            ctx.checkpoint();
            const std::size_t last = std::min(inputs.size(), first + kChunk);
            const std::vector<engine::FloatImage> chunk(inputs.begin() + std::ptrdiff_t(first),
                                                        inputs.begin() + std::ptrdiff_t(last));
            const vae::LatentCodes codes = model.encode(chunk);
            map->latents.insert(map->latents.end(), codes.means.begin(), codes.means.end());
            logVariances.insert(logVariances.end(), codes.logVariances.begin(), codes.logVariances.end());
            ctx.progress(0.3 + 0.6 * double(last) / double(inputs.size()), "encoding");
        }
        ctx.progress(0.92, "projecting");
        map->projection = vae::mapProjection(map->latents, map->dim);
        map->identity = map->dim == 2;
        map->points = map->projection.projectAll(map->latents);
        map->activityIsKl = !logVariances.empty();
        map->activity = map->activityIsKl ? vae::perDimensionKl(map->latents, logVariances, map->dim)
                                          : vae::perDimensionVariance(map->latents, map->dim);
        map->order = vae::orderByActivity(map->activity);
        auto index = std::make_shared<vae::NearestIndex>();
        index->build(map->points);
        map->index = std::move(index);
        return QVariant::fromValue(std::shared_ptr<const LatentMap>(std::move(map)));
    });
}

Job *LatentService::sample(const SampleRequest &request)
{
    return submitInteractive(tr("Sample the prior"), QStringLiteral("latent.sample"), true,
                             [request](Slot &slot, const engine::RunContext &) {
                                 SampleResult r;
                                 r.modelGeneration = slot.generation();
                                 r.request = request;
                                 r.output = latent::samplePrior(slot.require(), request.count, request.seed,
                                                                request.temperature);
                                 return QVariant::fromValue(r);
                             });
}

Job *LatentService::decode(const vae::Latent &z, const QString &channel)
{
    return decodeMany(z, channel);
}

Job *LatentService::decodeMany(const std::vector<float> &latents, const QString &channel)
{
    return submitInteractive(tr("Decode a latent"), QStringLiteral("latent.decode.") + channel, true,
                             [latents, channel](Slot &slot, const engine::RunContext &) {
                                 const vae::LatentModel &model = slot.require();
                                 const int dim = model.latentDim();
                                 if (latents.empty() || latents.size() % std::size_t(dim) != 0)
                                     throw std::invalid_argument(
                                         QStringLiteral("a latent of %1 values does not fit the model's %2-D latent")
                                             .arg(latents.size())
                                             .arg(dim)
                                             .toStdString());
                                 DecodeResult r;
                                 r.modelGeneration = slot.generation();
                                 r.channel = channel;
                                 r.latents = latents;
                                 if (int(latents.size()) == dim)
                                     r.images.push_back(model.decodeImage(latents));
                                 else
                                     r.images = model.decodeImages(latents);
                                 return QVariant::fromValue(r);
                             });
}

Job *LatentService::interpolate(const InterpolationRequest &request)
{
    return submitInteractive(tr("Interpolate"), QStringLiteral("latent.interpolate"), true,
                             [request](Slot &slot, const engine::RunContext &ctx) {
                                 const vae::LatentModel &model = slot.require();
                                 InterpolationResult r;
                                 r.modelGeneration = slot.generation();
                                 r.request = request;
                                 r.lerp = latent::interpolate(model, request.endpoints, request.frameCount,
                                                              vae::PathMethod::Lerp);
                                 ctx.checkpoint();
                                 r.slerp = latent::interpolate(model, request.endpoints, request.frameCount,
                                                               vae::PathMethod::Slerp);
                                 return QVariant::fromValue(r);
                             });
}

Job *LatentService::encode(const EncodeRequest &request)
{
    const int total = int(request.files.size() + request.indices.size());
    return submitInteractive(tr("Encode %n image(s)", nullptr, total), QString(), total <= 2,
                             [request](Slot &slot, const engine::RunContext &ctx) {
        const vae::LatentModel &model = slot.require();
        EncodeResult r;
        r.modelGeneration = slot.generation();
        std::vector<latent::EndpointSource> sources;
        for (const QString &f : request.files) {
            latent::EndpointSource s;
            s.file = f;
            sources.push_back(s);
        }
        std::unique_ptr<engine::data::ImageDataset> dataset;
        if (!request.indices.isEmpty()) {
            engine::data::OpenOptions open;
            open.width = model.config().imageSize;
            open.height = model.config().imageSize;
            open.channels = model.config().channels;
            dataset = engine::data::openImageDataset(request.datasetId.toStdString(), open, ctx);
            for (qint64 i : request.indices) {
                latent::EndpointSource s;
                s.datasetId = request.datasetId;
                s.index = i;
                sources.push_back(s);
            }
        }
        for (std::size_t k = 0; k < sources.size(); ++k) {
            ctx.checkpoint();
            ctx.progress(double(k) / double(sources.size()), "encoding");
            EncodedItem item;
            item.source = sources[k];
            try {
                engine::FloatImage input;
                if (!item.source.file.isEmpty()) {
                    input = latent::fitImageFile(item.source.file, model.config());
                } else {
                    if (item.source.index < 0 || item.source.index >= dataset->info().size)
                        throw std::out_of_range(QStringLiteral("%1 has no image #%2 (it holds %3)")
                                                    .arg(request.datasetId)
                                                    .arg(item.source.index)
                                                    .arg(dataset->info().size)
                                                    .toStdString());
                    input = engine::toFloatImage(dataset->image(item.source.index));
                }
                item.image = engine::toImage(input);
                item.latent = latent::encodeMean(model, input);
            } catch (const engine::Canceled &) {
                throw;
            } catch (const std::exception &e) {
                item.error = QString::fromUtf8(e.what());
            }
            r.items.push_back(std::move(item));
        }
        return QVariant::fromValue(r);
    });
}

Job *LatentService::exportInterpolation(const InterpolationExport &request)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(request.path));
    r.lane = Lane::IO;
    r.work = [request](const engine::RunContext &ctx) {
        return QVariant(latent::writeInterpolation(request.path, request.format, request.frames, request.recipe, ctx));
    };
    return m_jobs->submit(std::move(r));
}

Job *LatentService::exportImages(const ImageExport &request)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(request.path));
    r.lane = Lane::IO;
    r.work = [request](const engine::RunContext &ctx) {
        ctx.progress(0.1, "writing");
        if (request.images.empty())
            throw std::invalid_argument("nothing to export");
        if (request.kind == ImageExport::Kind::Single)
            latent::writeDecodedImage(request.path, request.images.front(), request.recipe);
        else
            latent::writeSampleGrid(request.path, request.images, request.recipe);
        return QVariant(QStringList{request.path});
    };
    return m_jobs->submit(std::move(r));
}

QString LatentService::defaultTrainingFolder()
{
    return services::defaultTrainingFolder(QStringLiteral("latent"), QStringLiteral("vae"));
}

Job *LatentService::train(const LatentTrainRequest &request)
{
    const engine::ResolvedDevice device = m_device;
    const QString kind =
        request.config.kind == vae::VaeConfig::Kind::Vae ? QStringLiteral("VAE") : QStringLiteral("autoencoder");
    const QString title = tr("Train %1 (%2-D) on %3").arg(kind).arg(request.config.latentDim).arg(request.datasetId());
    return submitTraining(m_jobs, title, [request, device](const engine::RunContext &ctx) -> QVariant {
        checkTrainingStart(request.config.validate(), request.outDir());
        vae::LatentModel model = vae::LatentModel::create(request.config, request.options.seed, device);
        const vae::TrainResult result = vae::train(model, request.options, ctx);
        LatentTrainResult out;
        out.checkpointDir = request.outDir();
        out.step = result.step;
        out.reconstruction = result.reconstruction;
        out.kl = result.kl;
        out.elbo = result.elbo;
        out.imagesPerSecond = result.imagesPerSecond;
        return QVariant::fromValue(out);
    });
}

} // namespace genlab::services
