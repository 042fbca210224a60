#include "services/diffusion/diffusionservice.h"

#include "engine/data/registry.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/gan/imagegan.h"
#include "engine/imaging/animation.h"
#include "engine/imaging/compose.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"
#include "services/gan/gantraining.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/localranks.h"
#include "services/modelslot.h"
#include "services/training.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>

namespace genlab::services {

namespace ed = engine::diffusion;

namespace {

const QString kLab = QStringLiteral("diffusion");
constexpr int kMaxForwardSide = 64;
constexpr int kMaxTravelFrames = 120;

double scalarOf(const engine::Partial &p, std::string_view name)
{
    for (const auto &[n, v] : p.scalars)
        if (n == name)
            return v;
    return 0;
}

// The first image of a batch of model-space values as an 8-bit image.
engine::Image firstImage(const std::vector<float> &batch, const ed::SamplingRun &run)
{
    if (batch.empty())
        return {};
    return ed::toImage(batch, 0, run.channels, run.height, run.width);
}

DiffusionSampleResult finish(quint64 generation, ed::SamplingRun run)
{
    DiffusionSampleResult r;
    r.modelGeneration = generation;
    r.trajectory = diffusion::trajectory2d(run);
    r.run = std::move(run);
    return r;
}

// Streams every streamEvery-th step (and the first and the last) of a run as DenoisingStepEvent.
ed::StepCallback streamer(const engine::RunContext &ctx, int streamEvery, int steps, int channels, int height, int width)
{
    return [&ctx, streamEvery = std::max(1, streamEvery), steps, channels, height, width](const ed::DenoisingStep &s) {
        if (s.index != 0 && s.index != steps && s.index % streamEvery != 0)
            return;
        DenoisingStepEvent e;
        e.index = s.index;
        e.steps = steps;
        e.t = s.t;
        e.sigma = s.sigma;
        e.alphaBar = s.alphaBar;
        e.milliseconds = s.milliseconds;
        e.x = ed::toImage(s.x, 0, channels, height, width);
        if (!s.x0hat.empty())
            e.x0hat = ed::toImage(s.x0hat, 0, channels, height, width);
        ctx.partial(e.encode());
        ctx.progress(steps > 0 ? double(s.index) / steps : 1.0, "denoising");
    };
}

// The image of a forward request, at most 64 px a side; *note says what was changed.
engine::FloatImage forwardImage(const ForwardRequest &request, QString *note, const engine::RunContext &ctx)
{
    engine::Image image;
    if (!request.file.isEmpty()) {
        image = engine::imaging::decodeImageFile(request.file.toStdString());
    } else {
        engine::data::OpenOptions open; // the data set's own size (a folder: 64x64)
        auto dataset = engine::data::openImageDataset(request.datasetId.toStdString(), open, ctx);
        if (request.index < 0 || request.index >= dataset->info().size)
            throw std::out_of_range(QStringLiteral("index %1 is outside the data set %2 (it holds %3 images)")
                                        .arg(request.index)
                                        .arg(request.datasetId)
                                        .arg(dataset->info().size)
                                        .toStdString());
        image = dataset->image(request.index);
    }
    if (image.channels == 4 || image.channels == 2)
        image = engine::imaging::convertImage(image, image.channels == 4 ? engine::imaging::ColorMode::Rgb
                                                                         : engine::imaging::ColorMode::Gray);
    const int side = std::max(image.width, image.height);
    if (side > kMaxForwardSide) {
        const int w = std::max(1, int(std::lround(double(image.width) * kMaxForwardSide / side)));
        const int h = std::max(1, int(std::lround(double(image.height) * kMaxForwardSide / side)));
        if (note)
            *note = QCoreApplication::translate("DiffusionService", "resized from %1x%2 to %3x%4 (the lab shows at most %5 px)")
                        .arg(image.width)
                        .arg(image.height)
                        .arg(w)
                        .arg(h)
                        .arg(kMaxForwardSide);
        image = engine::imaging::resizeImage(image, w, h);
    }
    return engine::toFloatImage(image);
}

DiffusionModelInfo describeLoaded(const latent::ModelSource &source, const ed::DiffusionModel &model)
{
    DiffusionModelInfo info;
    info.source = source;
    info.config = model.config();
    info.datasetId = QString::fromStdString(model.info().datasetId);
    info.step = model.info().step;
    info.parameterCount = model.parameterCount();
    return info;
}

QualityPoint measure(const engine::evaluate::DigitClassifier &classifier,
                     const engine::evaluate::PreparedReference &reference, const std::vector<engine::Image> &images,
                     double seconds, const QString &what, int steps, const engine::RunContext &ctx)
{
    QualityPoint q;
    q.what = what;
    q.steps = steps;
    q.count = int(images.size());
    q.msPerSample = images.empty() ? 0 : seconds * 1000.0 / double(images.size());
    const auto quality = engine::evaluate::evaluateSamples(classifier, images, reference, {}, ctx);
    q.frechet = quality.frechetDistance;
    q.precision = quality.precisionRecall.precision;
    q.recall = quality.precisionRecall.recall;
    if (quality.classes) {
        q.classesCovered = quality.classes->covered;
        q.classesTotal = quality.classesTotal;
    }
    return q;
}

// Milliseconds per training step of a fresh model of this architecture on this machine: the wall
// time of a run of 8 steps minus that of a run of 2 (data loading and the end-of-run work cancel),
// over the 6 steps between, at batch 64.
double measuredStepMs(const std::function<void(int steps)> &runSteps)
{
    auto timed = [&](int steps) {
        const auto t0 = std::chrono::steady_clock::now();
        runSteps(steps);
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    };
    const double two = timed(2);
    const double eight = timed(8);
    return std::max(0.0, (eight - two) / 6.0);
}

} // namespace

// --- events and results --------------------------------------------------------------------------

engine::Partial DenoisingStepEvent::encode() const
{
    engine::Partial p;
    p.kind = std::string(kKind);
    p.step = index;
    p.scalars = {{"steps", steps}, {"t", t}, {"sigma", sigma}, {"alpha_bar", alphaBar}, {"ms", milliseconds}};
    p.images.push_back(x);
    if (!x0hat.empty())
        p.images.push_back(x0hat);
    return p;
}

std::optional<DenoisingStepEvent> DenoisingStepEvent::decode(const engine::Partial &p)
{
    if (p.kind != kKind || p.images.empty())
        return std::nullopt;
    DenoisingStepEvent e;
    e.index = int(p.step);
    e.steps = int(scalarOf(p, "steps"));
    e.t = int(scalarOf(p, "t"));
    e.sigma = scalarOf(p, "sigma");
    e.alphaBar = scalarOf(p, "alpha_bar");
    e.milliseconds = scalarOf(p, "ms");
    e.x = p.images[0];
    if (p.images.size() > 1)
        e.x0hat = p.images[1];
    return e;
}

engine::Image DiffusionSampleResult::xAt(int step) const
{
    if (step < 0 || step >= int(run.steps.size()))
        return {};
    return firstImage(run.steps[std::size_t(step)].x, run);
}

engine::Image DiffusionSampleResult::x0At(int step) const
{
    if (step < 0 || step >= int(run.steps.size()))
        return {};
    return firstImage(run.steps[std::size_t(step)].x0hat, run);
}

std::vector<engine::Image> DiffusionSampleResult::finalImages() const
{
    std::vector<engine::Image> out;
    if (run.steps.empty())
        return out;
    for (int i = 0; i < run.settings.count; ++i)
        out.push_back(ed::toImage(run.finalImages(), i, run.channels, run.height, run.width));
    return out;
}

QString DiffusionModelInfo::describe() const
{
    return QStringLiteral("%1: %2; %3 steps on %4")
        .arg(source.name, QString::fromStdString(config.describe()))
        .arg(step)
        .arg(datasetId.isEmpty() ? QStringLiteral("unknown data") : datasetId);
}

// --- free functions ------------------------------------------------------------------------------

namespace diffusion {

QString defaultTrainingFolder()
{
    return services::defaultTrainingFolder(kLab, QStringLiteral("ddpm"));
}

Recipe sampleRecipe(const DiffusionModelInfo &model, const ed::SamplerSettings &s, const QString &format)
{
    Recipe r;
    r.lab = kLab;
    r.action = QStringLiteral("sample");
    r.model = model.source.name;
    r.modelHash = model.source.hash;
    r.device = QStringLiteral("cpu");
    r.seed = s.seed;
    QJsonObject p{{QStringLiteral("sampler"), QString::fromStdString(ed::samplerName(s.kind))},
                  {QStringLiteral("steps"), s.steps},
                  {QStringLiteral("eta"), s.eta},
                  {QStringLiteral("count"), s.count},
                  {QStringLiteral("class"), s.classLabel},
                  {QStringLiteral("guidance"), s.guidance},
                  {QStringLiteral("noise"), QStringLiteral("splitmix64 box-muller per (seed, image, step)")}};
    if (!format.isEmpty())
        p.insert(QStringLiteral("format"), format);
    r.parameters = p;
    return r;
}

std::optional<ed::SamplerSettings> settingsFromRecipe(const Recipe &recipe, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<ed::SamplerSettings>();
    };
    if (recipe.lab != kLab || recipe.action != QLatin1String("sample"))
        return fail(QStringLiteral("not a diffusion sample recipe (lab \"%1\", action \"%2\")").arg(recipe.lab, recipe.action));
    const QJsonObject p = recipe.parameters;
    ed::SamplerSettings s;
    if (const QString name = p.value(QStringLiteral("sampler")).toString(); !name.isEmpty() &&
                                                                          !ed::parseSampler(name.toStdString(), &s.kind))
        return fail(QStringLiteral("unknown sampler \"%1\"").arg(name));
    s.steps = p.value(QStringLiteral("steps")).toInt(s.steps);
    s.eta = p.value(QStringLiteral("eta")).toDouble(s.eta);
    s.count = p.value(QStringLiteral("count")).toInt(s.count);
    s.classLabel = p.value(QStringLiteral("class")).toInt(s.classLabel);
    s.guidance = p.value(QStringLiteral("guidance")).toDouble(s.guidance);
    s.seed = recipe.seed;
    return s;
}

QStringList writeDenoisingSteps(const QString &path, const DiffusionSampleResult &result, const Recipe &recipe,
                                const engine::RunContext &ctx)
{
    const auto format = latent::formatFromPath(path);
    if (!format)
        throw std::invalid_argument(path.toStdString() + ": choose a .gif, .mp4 or .png file");
    const ed::SamplingRun &run = result.run;
    if (run.steps.size() < 2)
        throw std::invalid_argument("nothing to export: the run has no steps yet");
    const int steps = int(run.steps.size()) - 1;
    if (*format == latent::ExportFormat::PngStrip) {
        // Two rows: x_t above x̂_0, at most 50 columns (evenly chosen steps, the last always).
        const int columns = std::min(steps + 1, 50);
        std::vector<engine::Image> tiles;
        std::vector<std::string> labels;
        std::vector<int> chosen;
        for (int c = 0; c < columns; ++c)
            chosen.push_back(columns == 1 ? steps : int(std::lround(double(c) * steps / (columns - 1))));
        for (int i : chosen) {
            tiles.push_back(result.xAt(i));
            labels.push_back("t=" + std::to_string(run.steps[std::size_t(i)].t));
        }
        for (int i : chosen) {
            engine::Image x0 = result.x0At(i);
            if (x0.empty()) { // step 0 has no prediction yet: a blank tile
                x0 = tiles.front();
                std::fill(x0.pixels.begin(), x0.pixels.end(), std::uint8_t(0));
            }
            tiles.push_back(x0);
            labels.push_back(i == 0 ? std::string() : "x0 " + std::to_string(i));
        }
        // Two rows of 28 px tiles at twice their size stay readable up to 50 columns (about 3,000 px).
        const engine::Image grid = engine::imaging::makeGrid(tiles, columns, labels, 2, 2);
        engine::imaging::writePng(path.toStdString(), grid,
                                  {{engine::imaging::kRecipeKey, recipe.toJson().toStdString()}});
        return {path};
    }
    std::vector<engine::Image> frames;
    frames.reserve(std::size_t(steps + 1));
    for (int i = 0; i <= steps; ++i) {
        ctx.checkpoint();
        engine::Image x0 = result.x0At(i);
        if (x0.empty()) {
            x0 = result.xAt(i);
            std::fill(x0.pixels.begin(), x0.pixels.end(), std::uint8_t(0));
        }
        const std::string label = "step " + std::to_string(i) + "/" + std::to_string(steps) + "  t=" +
                                  std::to_string(run.steps[std::size_t(i)].t);
        frames.push_back(engine::imaging::makeGrid({result.xAt(i), x0}, 2, {label, "predicted x0"}, 2, 4));
    }
    return latent::writeInterpolation(path, *format, frames, recipe, ctx);
}

std::vector<float> trajectory2d(const ed::SamplingRun &run)
{
    const std::size_t n = run.steps.size();
    const std::size_t d = std::size_t(std::max(0, run.imageValues));
    std::vector<float> out(2 * n, 0.f);
    if (n < 2 || d == 0)
        return out;
    // Centre the first image's x_t of every step, then the two leading eigenvectors of the n x n Gram
    // matrix by power iteration (n <= 4001, so this stays small beside the run itself).
    std::vector<double> mean(d, 0.0);
    for (const auto &s : run.steps)
        for (std::size_t j = 0; j < d; ++j)
            mean[j] += s.x[j];
    for (double &m : mean)
        m /= double(n);
    std::vector<std::vector<float>> centred(n, std::vector<float>(d));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            centred[i][j] = float(run.steps[i].x[j] - mean[j]);
    std::vector<double> gram(n * n);
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a; b < n; ++b) {
            double s = 0;
            for (std::size_t j = 0; j < d; ++j)
                s += double(centred[a][j]) * centred[b][j];
            gram[a * n + b] = gram[b * n + a] = s;
        }
    std::vector<std::vector<double>> vectors;
    std::vector<double> values;
    for (int component = 0; component < 2; ++component) {
        std::vector<double> v(n);
        for (std::size_t i = 0; i < n; ++i)
            v[i] = 1.0 + 0.01 * double((i * 7919 + component * 104729) % 997);
        double lambda = 0;
        for (int iter = 0; iter < 200; ++iter) {
            std::vector<double> w(n, 0.0);
            for (std::size_t a = 0; a < n; ++a) {
                double s = 0;
                for (std::size_t b = 0; b < n; ++b)
                    s += gram[a * n + b] * v[b];
                w[a] = s;
            }
            for (std::size_t c = 0; c < vectors.size(); ++c) { // deflate the component found before
                double dot = 0;
                for (std::size_t a = 0; a < n; ++a)
                    dot += vectors[c][a] * v[a];
                for (std::size_t a = 0; a < n; ++a)
                    w[a] -= values[c] * dot * vectors[c][a];
            }
            double norm = 0;
            for (double x : w)
                norm += x * x;
            norm = std::sqrt(norm);
            if (norm <= 1e-20)
                break;
            for (std::size_t a = 0; a < n; ++a)
                v[a] = w[a] / norm;
            lambda = norm;
        }
        vectors.push_back(v);
        values.push_back(lambda);
        // The coordinate of step i on this axis: sqrt(λ) v_i.
        for (std::size_t i = 0; i < n; ++i)
            out[2 * i + std::size_t(component)] = float(std::sqrt(std::max(0.0, lambda)) * v[i]);
    }
    return out;
}

std::vector<engine::Image> sampleClasses(const ed::Denoiser &model, int count, int steps, quint64 seed, double guidance,
                                         double *seconds, const engine::RunContext &ctx)
{
    constexpr int kBatch = 50;
    std::vector<engine::Image> out;
    const auto t0 = std::chrono::steady_clock::now();
    for (int start = 0; start < count; start += kBatch) {
        ed::SamplerSettings s;
        s.kind = ed::SamplerKind::Ddim;
        s.steps = std::min(steps, model.schedule().timesteps());
        s.seed = seed + quint64(start);
        s.count = std::min(kBatch, count - start);
        if (model.classCount() > 0) {
            for (int i = 0; i < s.count; ++i)
                s.classes.push_back((start + i) % model.classCount());
            s.guidance = guidance;
        }
        if (const std::string problem = s.validate(model); !problem.empty())
            throw std::invalid_argument(problem);
        const ed::SamplingRun run = ed::sample(model, s, ctx);
        for (int i = 0; i < s.count; ++i)
            out.push_back(ed::toImage(run.finalImages(), i, run.channels, run.height, run.width));
    }
    if (seconds)
        *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

std::vector<engine::Image> seedTravel(const ed::Denoiser &model, const SeedTravelRequest &request,
                                      const engine::RunContext &ctx)
{
    if (request.frames < 2 || request.frames > kMaxTravelFrames)
        throw std::invalid_argument("frames must be 2.." + std::to_string(kMaxTravelFrames));
    const std::size_t values = model.imageValues();
    const std::vector<float> a = ed::startingNoise(request.fromSeed, 1, values);
    const std::vector<float> b = ed::startingNoise(request.toSeed, 1, values);
    const int toClass = request.toClass >= 0 ? request.toClass : request.fromClass;
    std::vector<engine::Image> frames;
    for (int f = 0; f < request.frames; ++f) {
        const double u = double(f) / (request.frames - 1);
        ed::SamplerSettings s;
        s.kind = ed::SamplerKind::Ddim;
        s.steps = request.steps;
        s.eta = 0;
        s.seed = request.fromSeed;
        s.count = 1;
        s.classLabel = request.fromClass;
        s.guidance = request.guidance;
        if (request.fromClass >= 0 && toClass != request.fromClass) {
            s.blendClass = toClass;
            s.blend = float(u);
        }
        s.initialNoise = ed::slerp(a, b, u);
        if (const std::string problem = s.validate(model); !problem.empty())
            throw std::invalid_argument(problem);
        const ed::SamplingRun run = ed::sample(model, s, ctx);
        frames.push_back(ed::toImage(run.finalImages(), 0, run.channels, run.height, run.width));
        ctx.progress(double(f + 1) / request.frames, "travelling");
    }
    return frames;
}

} // namespace diffusion

// --- the service ---------------------------------------------------------------------------------

struct DiffusionService::Slot : ModelSlot<ed::DiffusionModel>
{
};

DiffusionService::DiffusionService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<DiffusionModelInfo>();
    qRegisterMetaType<DiffusionSampleResult>();
    qRegisterMetaType<ForwardResult>();
    qRegisterMetaType<SeedTravelResult>();
    qRegisterMetaType<GanVsDiffusionResult>();
    qRegisterMetaType<DiffusionTrainResult>();
}

DiffusionService::~DiffusionService() = default;

Job *DiffusionService::submit(const QString &title, const QString &coalesceKey, bool hidden,
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

Job *DiffusionService::load(const QString &nameOrFolder)
{
    return submit(tr("Load diffusion model %1").arg(nameOrFolder), QString(), false,
                  [nameOrFolder, device = m_device](Slot &slot, const engine::RunContext &ctx) {
                      ctx.progress(0.1, "reading the checkpoint");
                      const latent::ModelSource source = latent::resolveModel(nameOrFolder);
                      // Built completely before it replaces anything: a bad folder keeps the old model.
                      auto model = std::make_unique<ed::DiffusionModel>(
                          ed::DiffusionModel::load(source.folder.toStdString(), device));
                      DiffusionModelInfo info = describeLoaded(source, *model);
                      info.generation = slot.replace(std::move(model));
                      return QVariant::fromValue(info);
                  });
}

Job *DiffusionService::sample(const ed::SamplerSettings &settings, int streamEvery, const QString &coalesceKey)
{
    return submit(tr("Denoise (%1)").arg(QString::fromStdString(settings.describe())), coalesceKey, false,
                  [settings, streamEvery](Slot &slot, const engine::RunContext &ctx) {
                      const ed::DiffusionModel &model = slot.require("no diffusion model is loaded");
                      if (const std::string problem = settings.validate(model); !problem.empty())
                          throw std::invalid_argument(problem);
                      ed::SamplingRun run = ed::sample(
                          model, settings, ctx,
                          streamer(ctx, streamEvery, settings.steps, model.channels(), model.height(), model.width()));
                      return QVariant::fromValue(finish(slot.generation(), std::move(run)));
                  });
}

Job *DiffusionService::branch(const ed::SamplingRun &parent, int k, const ed::SamplerSettings &settings, int streamEvery)
{
    return submit(tr("Branch from step %1 (%2)").arg(k).arg(QString::fromStdString(settings.describe())), QString(), false,
                  [parent, k, settings, streamEvery](Slot &slot, const engine::RunContext &ctx) {
                      const ed::DiffusionModel &model = slot.require("no diffusion model is loaded");
                      const int steps = int(parent.steps.size()) - 1;
                      ed::SamplingRun run = ed::branch(
                          model, parent, k, settings, ctx,
                          streamer(ctx, streamEvery, steps, model.channels(), model.height(), model.width()));
                      return QVariant::fromValue(finish(slot.generation(), std::move(run)));
                  });
}

Job *DiffusionService::forward(const ForwardRequest &request)
{
    return submit(tr("Noise an image"), QStringLiteral("diffusion.forward"), true,
                  [request](Slot &, const engine::RunContext &ctx) {
                      const ed::DiffusionSchedule schedule(request.schedule, request.timesteps);
                      if (request.t < 0 || request.t > schedule.timesteps())
                          throw std::invalid_argument("t must be 0.." + std::to_string(schedule.timesteps()));
                      ForwardResult r;
                      r.request = request;
                      r.original = forwardImage(request, &r.note, ctx);
                      r.oneDraw = ed::noiseInOneDraw(r.original, schedule, request.t, request.seed);
                      ctx.checkpoint();
                      r.stepByStep = ed::noiseStepByStep(r.original, schedule, request.t, request.seed + 1);
                      return QVariant::fromValue(r);
                  });
}

Job *DiffusionService::travel(const SeedTravelRequest &request)
{
    return submit(tr("Seed travel %1 → %2").arg(request.fromSeed).arg(request.toSeed), QStringLiteral("diffusion.travel"),
                  false, [request](Slot &slot, const engine::RunContext &ctx) {
                      const ed::DiffusionModel &model = slot.require("no diffusion model is loaded");
                      SeedTravelResult r;
                      r.modelGeneration = slot.generation();
                      r.request = request;
                      r.frames = diffusion::seedTravel(model, request, ctx);
                      return QVariant::fromValue(r);
                  });
}

Job *DiffusionService::compareWithGan(const GanVsDiffusionRequest &request)
{
    return submit(tr("GAN vs diffusion"), QString(), false, [request, device = m_device](Slot &slot,
                                                                                          const engine::RunContext &ctx) {
        const ed::DiffusionModel &model = slot.require("no diffusion model is loaded");
        if (request.samples < 10 || request.samples > 5000)
            throw std::invalid_argument("samples must be 10..5000");
        ctx.progress(0.0, "preparing the reference");
        const QString classifierDir = gan::shippedClassifierDir();
        if (classifierDir.isEmpty())
            throw std::runtime_error("the shipped digit classifier is missing: the figures need it");
        const auto classifier = engine::evaluate::DigitClassifier::load(classifierDir.toStdString());
        const auto heldOut = engine::evaluate::openImageSet("digits", engine::evaluate::Part::HeldOut, 28, 1, ctx);
        const auto reference = engine::evaluate::prepareReference(classifier, heldOut);

        GanVsDiffusionResult out;
        const latent::ModelSource ganSource = latent::resolveModel(request.ganModel);
        out.ganModel = ganSource.name;
        out.diffusionModel = QString::fromStdString(model.config().describe());
        const auto gan = engine::gan::ImageGan::load(ganSource.folder.toStdString(), device);
        const auto g0 = std::chrono::steady_clock::now();
        const std::vector<engine::Image> ganImages = gan.sample(request.samples, request.seed);
        const double ganSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - g0).count();
        out.gan = measure(classifier, reference, ganImages, ganSeconds, QStringLiteral("GAN (1 step)"), 1, ctx);
        out.ganSamples.assign(ganImages.begin(), ganImages.begin() + std::min<std::size_t>(20, ganImages.size()));
        ctx.progress(0.02, "timing a training step of each");
        out.ganTrainStepMs = measuredStepMs([&](int steps) {
            engine::gan::ImageGan fresh = engine::gan::ImageGan::create(gan.config(), 1, device);
            engine::gan::ImageTrainOptions o;
            o.steps = steps;
            o.batchSize = 64;
            o.previewEvery = 0;
            o.checkpointEvery = 0;
            o.classifierDir.clear();
            o.featureMap = false;
            engine::gan::trainImageGan(fresh, o, ctx);
        });
        out.diffusionTrainStepMs = measuredStepMs([&](int steps) {
            ed::DiffusionModel fresh = ed::DiffusionModel::create(model.config(), 1, device);
            ed::TrainOptions o;
            o.steps = steps;
            o.batchSize = 64;
            o.previewEvery = 0;
            o.checkpointEvery = 0;
            o.evalImages = 0;
            ed::train(fresh, o, ctx);
        });

        const std::size_t total = request.stepCounts.size();
        for (std::size_t i = 0; i < total; ++i) {
            const int steps = std::clamp(request.stepCounts[i], 1, model.schedule().timesteps());
            const int count = steps > 100 ? std::min(request.samples, std::max(10, request.maxSamplesAtLargeSteps))
                                          : request.samples;
            ctx.progress(0.05 + 0.95 * double(i) / double(total), "sampling with " + std::to_string(steps) + " steps");
            double seconds = 0;
            const auto images = diffusion::sampleClasses(model, count, steps, request.seed, request.guidance, &seconds, ctx);
            out.diffusion.push_back(measure(classifier, reference, images, seconds,
                                            QStringLiteral("DDIM %1 steps").arg(steps), steps, ctx));
            if (steps == 50 || (out.diffusionSamples.empty() && i + 1 == total)) {
                out.diffusionSamples.assign(images.begin(), images.begin() + std::min<std::size_t>(20, images.size()));
                out.diffusionSamplesSteps = steps;
            }
        }
        return QVariant::fromValue(out);
    });
}

namespace {

// `genlab train diffusion ...` for the other ranks of a multi-process run: the same model and the
// same options as the job's, so every rank builds one model and takes the same steps.
QStringList diffusionRankArguments(const DiffusionTrainRequest &r)
{
    const ed::DiffusionConfig &c = r.config;
    const ed::TrainOptions &o = r.options;
    auto n = [](double v) { return QString::number(v, 'g', 17); };
    QStringList a{QStringLiteral("train"), QStringLiteral("diffusion"),
                  QStringLiteral("--dataset"), QString::fromStdString(o.dataset),
                  QStringLiteral("--size"), QString::number(c.imageSize),
                  QStringLiteral("--channels"), QString::number(c.channels),
                  QStringLiteral("--width"), QString::number(c.baseChannels),
                  QStringLiteral("--res-blocks"), QString::number(c.resBlocks),
                  QStringLiteral("--prediction"), QString::fromStdString(ed::predictionName(c.prediction)),
                  QStringLiteral("--noise-schedule"), QString::fromStdString(ed::scheduleName(c.schedule)),
                  QStringLiteral("--timesteps"), QString::number(c.timesteps),
                  QStringLiteral("--class-dropout"), n(o.classDropout),
                  QStringLiteral("--ema"), n(o.emaDecay),
                  QStringLiteral("--steps"), QString::number(o.steps),
                  QStringLiteral("--batch"), QString::number(o.batchSize),
                  QStringLiteral("--lr"), n(o.learningRate),
                  QStringLiteral("--schedule"), QString::fromStdString(engine::train::scheduleName(o.schedule)),
                  QStringLiteral("--warmup"), QString::number(o.warmupSteps),
                  QStringLiteral("--seed"), QString::number(o.seed),
                  QStringLiteral("--clip"), n(o.gradientClip),
                  QStringLiteral("--preview-every"), QStringLiteral("0"),
                  QStringLiteral("--device"), QStringLiteral("cpu"),
                  QStringLiteral("--out"), QString::fromStdString(o.outDir)};
    if (o.minLearningRate >= 0)
        a << QStringLiteral("--min-lr") << n(o.minLearningRate);
    if (!c.attention)
        a << QStringLiteral("--no-attention");
    if (c.conditional)
        a << QStringLiteral("--conditional");
    if (o.resume == engine::train::Resume::Required)
        a << QStringLiteral("--resume");
    else if (o.resume == engine::train::Resume::Never)
        a << QStringLiteral("--no-resume");
    return a;
}

} // namespace

Job *DiffusionService::train(const DiffusionTrainRequest &request)
{
    const engine::ResolvedDevice device = m_device;
    const QString title = request.processes > 1
                              ? tr("Train %1 on %2 (%3 processes)")
                                    .arg(QString::fromStdString(request.config.describe()), QString::fromStdString(request.options.dataset))
                                    .arg(request.processes)
                              : tr("Train %1 on %2").arg(QString::fromStdString(request.config.describe()), QString::fromStdString(request.options.dataset));
    return submitTraining(m_jobs, title, [request, device](const engine::RunContext &ctx) -> QVariant {
        checkTrainingStart(request.config.validate(), QString::fromStdString(request.options.outDir));
        const int processes = std::max(1, request.processes);
        // The processes share this machine's cores.
        const int threads = std::max(1, QThread::idealThreadCount() / processes);
        ed::TrainOptions options = request.options;
        if (processes > 1)
            options.threads = threads;
        const ed::DiffusionConfig config = request.config;
        // The other ranks train on the CPU (one device per machine is all a CUDA rank would get
        // here): so does rank 0 when there are several.
        const engine::ResolvedDevice rankDevice =
            processes > 1 && device.cuda ? engine::resolveDevice(engine::DeviceSpec{engine::DeviceSpec::Kind::Cpu}) : device;
        return runWithLocalRanks(processes, diffusionRankArguments(request), threads, [&]() -> QVariant {
            // With a checkpoint in the folder and resume asked for, the trainer continues it (one of
            // another architecture or shape is refused with the differing field named).
            ed::DiffusionModel model = ed::DiffusionModel::create(config, options.seed, rankDevice);
            const ed::TrainResult r = ed::train(model, options, ctx);
            DiffusionTrainResult out;
            out.checkpointDir = QString::fromStdString(options.outDir);
            out.step = r.step;
            out.loss = r.loss;
            out.stepsPerSecond = r.stepsPerSecond;
            return QVariant::fromValue(out);
        });
    });
}

Job *DiffusionService::exportSteps(const QString &path, const DiffusionSampleResult &result, const Recipe &recipe)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(path));
    r.lane = Lane::IO;
    r.work = [path, result, recipe](const engine::RunContext &ctx) {
        return QVariant(diffusion::writeDenoisingSteps(path, result, recipe, ctx));
    };
    return m_jobs->submit(std::move(r));
}

Job *DiffusionService::exportFrames(const QString &path, const std::vector<engine::Image> &frames, const Recipe &recipe)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(path));
    r.lane = Lane::IO;
    r.work = [path, frames, recipe](const engine::RunContext &ctx) {
        const auto format = latent::formatFromPath(path);
        if (!format)
            throw std::invalid_argument(path.toStdString() + ": choose a .gif, .mp4 or .png file");
        if (frames.empty())
            throw std::invalid_argument("nothing to export");
        return QVariant(latent::writeInterpolation(path, *format, frames, recipe, ctx));
    };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
