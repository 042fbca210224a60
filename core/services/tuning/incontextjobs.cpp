#include "services/tuning/incontextjobs.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <stdexcept>

namespace genlab::services {

namespace ict = engine::tuning;

namespace {

const QString kInContextLab = QStringLiteral("tuning");

// What identifies a model folder's contents: its path and when its files last changed.
QString inContextModelKey(const QString &folder)
{
    QString key = QDir(folder).absolutePath();
    for (const char *name : {"config.json", "model.safetensors", "pytorch_model.bin"}) {
        const QFileInfo file(QDir(folder).filePath(QString::fromLatin1(name)));
        if (file.exists())
            key += QLatin1Char('|') + QString::number(file.lastModified().toMSecsSinceEpoch()) + QLatin1Char(':') +
                   QString::number(file.size());
    }
    return key;
}

QString inContextFolder(const QString &requested)
{
    if (!requested.trimmed().isEmpty()) {
        const QString folder = requested.trimmed();
        if (!QFileInfo(folder).isDir())
            throw std::invalid_argument(folder.toStdString() + " is not a folder: choose a language model folder");
        return folder;
    }
    const QString shipped = InContextJobs::shippedModelFolder();
    if (shipped.isEmpty())
        throw std::runtime_error(std::string("the shipped language model (") + tuning::kShippedLanguageModel +
                                 ") is missing; choose a model folder");
    return shipped;
}

// The user's examples as the engine reads them; the message names the line.
std::vector<ict::FewShotExample> inContextExamples(const QString &text)
{
    return ict::parseExamples(text.toStdString(), "your examples");
}

} // namespace

// Lives on the lab's interactive lane: the models opened there, by folder.
struct InContextJobs::Slot
{
    std::map<QString, std::unique_ptr<engine::gpt::GptModel>> models; // key: inContextModelKey

    engine::gpt::GptModel &open(const QString &folder, const engine::ResolvedDevice &device)
    {
        const QString key = inContextModelKey(folder);
        auto it = models.find(key);
        if (it != models.end())
            return *it->second;
        auto model = std::make_unique<engine::gpt::GptModel>(engine::gpt::GptModel::open(folder.toStdString(), device));
        if (!model->tokenizer())
            throw std::runtime_error(folder.toStdString() + ": the model has no tokenizer files, so it cannot read a prompt");
        // A and B, and at most one more: a model of a folder that changed is dropped with the rest.
        if (models.size() >= 3)
            models.clear();
        return *models.emplace(key, std::move(model)).first->second;
    }
};

InContextJobs::InContextJobs(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<FewShotOutcome>();
    qRegisterMetaType<CopyingOutcome>();
    qRegisterMetaType<TextAttention>();
}

InContextJobs::~InContextJobs() = default;

QString InContextJobs::shippedModelFolder()
{
    return shippedModelPath(QString::fromLatin1(tuning::kShippedLanguageModel));
}

QString InContextJobs::shippedInContextModelFolder()
{
    return shippedModelPath(QString::fromLatin1(tuning::kShippedInContextModel));
}

QString InContextJobs::examplesProblem(const QString &text)
{
    try {
        inContextExamples(text);
        return {};
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
}

Job *InContextJobs::fewShot(const FewShotRequest &request)
{
    JobRequest r;
    r.title = request.modelB.isEmpty() ? tr("Few-shot accuracy (%1)").arg(request.task)
                                       : tr("Few-shot accuracy (%1), two models").arg(request.task);
    r.lane = Lane::Interactive;
    r.lab = kInContextLab;
    r.work = [slot = m_slot, request, device = m_device](const engine::RunContext &ctx) {
        ict::FewShotOptions o;
        if (request.task == QLatin1String(tuning::kOwnExamplesTask)) {
            o.examples = inContextExamples(request.examples);
        } else if (!ict::parseTask(request.task.toStdString(), &o.task)) {
            throw std::invalid_argument("unknown task '" + request.task.toStdString() + "'");
        }
        o.shots.assign(request.shots.begin(), request.shots.end());
        o.queries = request.queries;
        o.seed = request.seed;
        FewShotOutcome out;
        out.request = request;
        out.modelA = inContextFolder(request.modelA);
        if (!request.modelB.trimmed().isEmpty())
            out.modelB = inContextFolder(request.modelB);
        const double share = out.modelB.isEmpty() ? 1.0 : 0.5;
        auto part = [&ctx, share](double offset) {
            engine::RunContext c = ctx;
            c.onProgress = [&ctx, share, offset](double fraction, std::string_view stage) {
                ctx.progress(offset + share * fraction, stage);
            };
            return c;
        };
        ctx.progress(0, "opening the model");
        out.a = ict::runFewShot(slot->open(out.modelA, device), o, part(0), 0);
        if (!out.modelB.isEmpty()) {
            ctx.progress(0.5, "opening model B");
            out.b = ict::runFewShot(slot->open(out.modelB, device), o, part(0.5), 1);
        }
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

Job *InContextJobs::copying(const CopyingRequest &request)
{
    JobRequest r;
    r.title = tr("In-context copying (%1 tokens)").arg(request.length);
    r.lane = Lane::Interactive;
    r.lab = kInContextLab;
    r.coalesceKey = QStringLiteral("tuning.copying");
    r.work = [slot = m_slot, request, device = m_device](const engine::RunContext &ctx) {
        CopyingOutcome out;
        out.request = request;
        out.model = inContextFolder(request.model);
        ctx.progress(0.1, "opening the model");
        engine::gpt::GptModel &model = slot->open(out.model, device);
        ctx.checkpoint();
        ctx.progress(0.5, "measuring");
        out.result = ict::measureCopying(model, request.length, request.seed);
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

Job *InContextJobs::attentionOf(const CopyingOutcome &outcome)
{
    JobRequest r;
    r.title = tr("Attention of the repeated sequence");
    r.lane = Lane::Interactive;
    r.lab = kInContextLab;
    r.hidden = true;
    r.coalesceKey = QStringLiteral("tuning.copying.attention");
    r.work = [ids = outcome.result.ids, maps = outcome.result.attention](const engine::RunContext &) {
        if (maps.tokens == 0 || int(ids.size()) != maps.tokens)
            throw std::invalid_argument("run the copying measurement first");
        TextAttention a;
        a.ids = ids;
        a.maps = maps;
        return QVariant::fromValue(a);
    };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
