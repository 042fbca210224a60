#include "services/tuning/preferencejobs.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"
#include "services/training.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <stdexcept>

namespace genlab::services {

namespace prefjobs = engine::tuning;

// The model the pairs are sampled from, confined to the "tuning" lane.
struct PreferenceJobs::Slot
{
    QString folder;
    std::unique_ptr<engine::gpt::GptModel> model;
};

PreferenceJobs::PreferenceJobs(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<PreferencePairsOutcome>();
    qRegisterMetaType<RewardModelOutcome>();
    qRegisterMetaType<PreferenceRunOutcome>();
}

PreferenceJobs::~PreferenceJobs() = default;

QString PreferenceJobs::shippedModelFolder()
{
    return shippedModelPath(QStringLiteral("lm-shakespeare-bpe"));
}

QString PreferenceJobs::modelFolder(const QString &requested)
{
    if (!requested.trimmed().isEmpty()) {
        const QString folder = requested.trimmed();
        if (!QFileInfo(folder).isDir())
            throw std::invalid_argument(QDir::toNativeSeparators(folder).toStdString() +
                                        " is not a folder: choose a language model folder");
        return folder;
    }
    const QString shipped = shippedModelFolder();
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped language model (lm-shakespeare-bpe) is missing; choose a model folder");
    return shipped;
}

Job *PreferenceJobs::samplePairs(const PreferencePairsRequest &request)
{
    JobRequest r;
    r.title = tr("Sample answer pairs to judge");
    r.lane = Lane::Interactive;
    r.lab = QStringLiteral("tuning");
    r.coalesceKey = QStringLiteral("tuning.preference.pairs");
    r.work = [request, slot = m_slot, device = m_device](const engine::RunContext &ctx) {
        const QString folder = modelFolder(request.model);
        if (!slot->model || slot->folder != folder) {
            ctx.progress(0.05, "opening the model");
            slot->model.reset();
            slot->model = std::make_unique<engine::gpt::GptModel>(engine::gpt::GptModel::open(folder.toStdString(), device));
            slot->folder = folder;
        }
        PreferencePairsOutcome out;
        out.request = request;
        out.model = folder;
        out.pairs = prefjobs::sampleAnswerPairs(*slot->model, prefjobs::trainPrompts(), request.count, request.sampling,
                                          prefjobs::mixPreferenceSeed(request.seed, 77), ctx);
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

Job *PreferenceJobs::fitRewardModel(const std::vector<prefjobs::PreferencePair> &pairs)
{
    JobRequest r;
    r.title = tr("Fit the reward model");
    r.lane = Lane::Interactive;
    r.lab = QStringLiteral("tuning");
    r.hidden = true;
    r.coalesceKey = QStringLiteral("tuning.preference.rewardmodel");
    r.work = [pairs, slot = m_slot](const engine::RunContext &ctx) {
        if (!slot->model)
            throw std::runtime_error("no model is open to read the answers with: sample pairs first");
        if (pairs.size() < 2)
            throw std::invalid_argument("judge at least two pairs first");
        prefjobs::RewardModel model(slot->model->tokenizer());
        prefjobs::RewardModelOptions o;
        // Few pairs: hold out a quarter, but at least one.
        RewardModelOutcome out;
        out.pairs = int(pairs.size());
        out.report = prefjobs::trainRewardModel(model, pairs, o, ctx);
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

Job *PreferenceJobs::tune(const PreferenceRunRequest &request)
{
    const QString method = QString::fromStdString(prefjobs::methodName(request.options.method)).toUpper();
    const QString title = request.options.humanPairs.empty()
                              ? tr("Preference tuning (%1, rule %2)").arg(method, QString::fromStdString(prefjobs::ruleName(request.options.rule)))
                              : tr("Preference tuning (%1, %2 pairs you judged)").arg(method).arg(request.options.humanPairs.size());
    return submitTraining(m_jobs, title, [request, device = m_device](const engine::RunContext &ctx) {
        PreferenceRunOutcome out;
        out.request = request;
        out.model = modelFolder(request.model);
        if (!request.outDir.isEmpty())
            prepareOutputFolder(request.outDir);
        ctx.progress(0.0, "opening the model");
        engine::gpt::GptModel model = engine::gpt::GptModel::open(out.model.toStdString(), device);
        out.result = prefjobs::runPreferenceTuning(model, request.options, ctx);
        if (!request.outDir.isEmpty()) {
            const QJsonObject recipe{{QStringLiteral("tuning"),
                                      QJsonObject{{QStringLiteral("method"), QString::fromStdString(out.result.method)},
                                                  {QStringLiteral("judge"), QString::fromStdString(out.result.judge)},
                                                  {QStringLiteral("pairs"), out.result.pairs},
                                                  {QStringLiteral("steps"), request.options.steps},
                                                  {QStringLiteral("base_model"), QDir(out.model).absolutePath()}}}};
            model.save(request.outDir.toStdString(), request.options.steps,
                       QJsonDocument(recipe).toJson(QJsonDocument::Compact).toStdString());
            out.savedTo = request.outDir;
        }
        return QVariant::fromValue(out);
    });
}

} // namespace genlab::services
