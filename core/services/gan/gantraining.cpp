// GanService's image training and evolution export, and the helpers the "Train images" page uses.
#include "services/gan/gantraining.h"

#include "engine/imaging/animation.h"
#include "engine/imaging/compose.h"
#include "engine/evaluate/collapse.h"
#include "services/gan/ganservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"
#include "services/training.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <stdexcept>

namespace genlab::services {

namespace eg = engine::gan;

GanTrainRequest::GanTrainRequest()
{
    options.classifierDir = gan::shippedClassifierDir().toStdString();
}

namespace gan {

QString shippedClassifierDir()
{
    return shippedModelPath(QString::fromLatin1(kShippedClassifier));
}

QString defaultTrainingFolder()
{
    return services::defaultTrainingFolder(QStringLiteral("gan"), QStringLiteral("dcgan"));
}

QStringList writeEvolution(const GanEvolutionExport &request, const engine::RunContext &ctx)
{
    if (request.frames.empty())
        throw std::invalid_argument("nothing to export: no sample grids were recorded yet");
    if (request.format == latent::ExportFormat::PngStrip)
        throw std::invalid_argument("the evolution is an animation: save it as .gif or .mp4");
    ctx.progress(0.0, "composing the grids");
    std::vector<engine::Image> frames;
    frames.reserve(request.frames.size() + kEvolutionLastFrameRepeats);
    for (const GanEvolutionFrame &f : request.frames) {
        ctx.checkpoint();
        const engine::Image grid = engine::imaging::makeGrid(f.images, std::max(1, request.columns), {}, 2, 1);
        // The step under the grid, so any frame of the animation says when it was made.
        frames.push_back(engine::imaging::makeGrid({grid}, 1, {"step " + engine::evaluate::groupedStep(f.step)}, 0, 1));
    }
    // Frames of different sizes (a run resumed with another grid) cannot be animated together:
    // keep those of the last size.
    const int w = frames.back().width, h = frames.back().height;
    frames.erase(std::remove_if(frames.begin(), frames.end(),
                                [&](const engine::Image &i) { return i.width != w || i.height != h; }),
                 frames.end());
    for (int i = 0; i < kEvolutionLastFrameRepeats; ++i)
        frames.push_back(frames.back());
    engine::imaging::AnimationOptions anim;
    anim.frameDelayMs = kEvolutionFrameDelayMs;
    // Small grids (28 px digits) enlarged to at least ~600 px wide, so a GIF is watchable without
    // zooming (a 3 x 10 grid of digits twice, a 4 x 8 one three times); large ones as they are.
    anim.scale = std::clamp((600 + w - 1) / std::max(1, w), 1, 4);
    const std::string file = request.path.toStdString();
    if (request.format == latent::ExportFormat::Gif)
        engine::imaging::writeGif(file, frames, anim, ctx);
    else
        engine::imaging::writeMp4(file, frames, anim, ctx);
    return {request.path,
            QString::fromStdString(engine::imaging::writeSidecar(file, request.recipe.toJson().toStdString()))};
}

Recipe evolutionRecipe(const GanTrainRequest &request, const QList<qint64> &steps)
{
    const eg::ImageTrainOptions &o = request.options;
    Recipe r;
    r.lab = QStringLiteral("gan");
    r.action = QStringLiteral("training-evolution");
    r.model = QDir::toNativeSeparators(request.outDir());
    r.seed = o.seed;
    r.device = QStringLiteral("cpu");
    QJsonObject p;
    p.insert(QStringLiteral("config"),
             QJsonDocument::fromJson(QByteArray::fromStdString(request.config.toJson())).object());
    p.insert(QStringLiteral("dataset"), request.datasetId());
    p.insert(QStringLiteral("loss"), QString::fromStdString(eg::lossName(o.loss)));
    p.insert(QStringLiteral("d_steps"), o.discriminatorSteps);
    p.insert(QStringLiteral("steps"), qint64(o.steps));
    p.insert(QStringLiteral("batch_size"), o.batchSize);
    p.insert(QStringLiteral("learning_rate"), o.learningRate);
    p.insert(QStringLiteral("beta1"), o.beta1);
    p.insert(QStringLiteral("beta2"), o.beta2);
    p.insert(QStringLiteral("schedule"), QString::fromStdString(engine::train::scheduleName(o.schedule)));
    p.insert(QStringLiteral("warmup_steps"), qint64(o.warmupSteps));
    p.insert(QStringLiteral("min_learning_rate"), o.minLearningRate);
    p.insert(QStringLiteral("gradient_clip"), o.gradientClip);
    p.insert(QStringLiteral("eval_every"), qint64(o.evalEvery));
    p.insert(QStringLiteral("checkpoint_every"), qint64(o.checkpointEvery));
    p.insert(QStringLiteral("preview_every"), qint64(o.previewEvery));
    p.insert(QStringLiteral("preview_rows"), o.previewRows);
    p.insert(QStringLiteral("preview_columns"), o.previewColumns);
    QJsonArray shown;
    for (qint64 s : steps)
        shown.append(s);
    p.insert(QStringLiteral("steps_shown"), shown);
    r.parameters = p;
    return r;
}

std::optional<GanTrainRequest> requestFromRecipe(const Recipe &recipe, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::optional<GanTrainRequest>();
    };
    if (recipe.lab != QLatin1String("gan") || recipe.action != QLatin1String("training-evolution"))
        return fail(QStringLiteral("not a GAN training recipe (lab \"%1\", action \"%2\")").arg(recipe.lab, recipe.action));
    const QJsonObject p = recipe.parameters;
    GanTrainRequest r;
    std::string configError;
    r.config = eg::ImageGanConfig::fromJson(
        QJsonDocument(p.value(QStringLiteral("config")).toObject()).toJson(QJsonDocument::Compact).toStdString(), &configError);
    if (!configError.empty())
        return fail(QStringLiteral("config: %1").arg(QString::fromStdString(configError)));
    if (const std::string problem = r.config.validate(); !problem.empty())
        return fail(QStringLiteral("config: %1").arg(QString::fromStdString(problem)));
    eg::ImageTrainOptions &o = r.options;
    auto integer = [&](const char *key, std::int64_t fallback) {
        const QJsonValue v = p.value(QLatin1String(key));
        return v.isDouble() ? std::int64_t(v.toDouble()) : fallback;
    };
    auto number = [&](const char *key, double fallback) {
        const QJsonValue v = p.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    o.dataset = p.value(QStringLiteral("dataset")).toString(QString::fromStdString(o.dataset)).toStdString();
    if (const QString loss = p.value(QStringLiteral("loss")).toString(); !loss.isEmpty() && !eg::parseLoss(loss.toStdString(), &o.loss))
        return fail(QStringLiteral("unknown loss \"%1\"").arg(loss));
    if (const QString schedule = p.value(QStringLiteral("schedule")).toString();
        !schedule.isEmpty() && !engine::train::parseSchedule(schedule.toStdString(), &o.schedule))
        return fail(QStringLiteral("unknown learning-rate schedule \"%1\"").arg(schedule));
    o.discriminatorSteps = int(integer("d_steps", o.discriminatorSteps));
    o.steps = integer("steps", o.steps);
    o.batchSize = int(integer("batch_size", o.batchSize));
    o.learningRate = number("learning_rate", o.learningRate);
    o.warmupSteps = integer("warmup_steps", o.warmupSteps);
    o.minLearningRate = number("min_learning_rate", o.minLearningRate);
    o.gradientClip = number("gradient_clip", o.gradientClip);
    o.beta1 = number("beta1", o.beta1);
    o.beta2 = number("beta2", o.beta2);
    o.evalEvery = integer("eval_every", o.evalEvery);
    o.checkpointEvery = integer("checkpoint_every", o.checkpointEvery);
    o.previewEvery = integer("preview_every", o.previewEvery);
    o.previewRows = int(integer("preview_rows", o.previewRows));
    o.previewColumns = int(integer("preview_columns", o.previewColumns));
    o.seed = recipe.seed;
    o.outDir.clear(); // a new run goes to a new folder: the recipe's own may hold the finished model
    return r;
}

} // namespace gan

// --- GanService: image training and the evolution export -----------------------------------------

Job *GanService::trainImage(const GanTrainRequest &request)
{
    const engine::ResolvedDevice device = m_device;
    const QString title = tr("Train %1 on %2").arg(QString::fromStdString(request.config.describe()), request.datasetId());
    return submitTraining(m_jobs, title, [request, device](const engine::RunContext &ctx) -> QVariant {
        checkTrainingStart(request.config.validate(), request.outDir());
        // With a checkpoint in the folder and resume asked for, the trainer continues it (one of
        // another architecture or shape is refused with the differing field named).
        eg::ImageGan model = eg::ImageGan::create(request.config, request.options.seed, device);
        const eg::ImageTrainResult r = eg::trainImageGan(model, request.options, ctx);
        GanTrainResult out;
        out.checkpointDir = request.outDir();
        out.step = r.step;
        out.dLoss = r.dLoss;
        out.gLoss = r.gLoss;
        out.dReal = r.dReal;
        out.dFake = r.dFake;
        out.stepsPerSecond = r.stepsPerSecond;
        return QVariant::fromValue(out);
    });
}

Job *GanService::exportEvolution(const GanEvolutionExport &request)
{
    JobRequest r;
    r.title = tr("Export %1").arg(QDir::toNativeSeparators(request.path));
    r.lane = Lane::IO;
    r.work = [request](const engine::RunContext &ctx) { return QVariant(gan::writeEvolution(request, ctx)); };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
