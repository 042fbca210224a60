#include "services/tuning/sftjobs.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace genlab::services {

namespace et = engine::tuning;

namespace {

QString sftModelFolder(const QString &requested)
{
    if (!requested.trimmed().isEmpty()) {
        const QString folder = requested.trimmed();
        if (!QFileInfo(folder).isDir())
            throw std::invalid_argument(folder.toStdString() + " is not a folder: choose a language model folder");
        return folder;
    }
    const QString shipped = sftShippedModelFolder();
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped language model (lm-shakespeare-bpe) is missing; choose a model folder");
    return shipped;
}

et::SftOptions sftOptionsOf(const SftRequest &request)
{
    et::SftOptions o;
    o.steps = request.steps;
    o.batch = request.batch;
    o.learningRate = request.learningRate;
    o.seed = request.seed;
    o.heldOut = request.heldOut;
    if (!request.dataFile.trimmed().isEmpty()) {
        o.pairs = et::readInstructionsJsonl(QDir::toNativeSeparators(request.dataFile.trimmed()).toStdString());
        o.dataName = QFileInfo(request.dataFile.trimmed()).fileName().toStdString();
    }
    return o;
}

} // namespace

QString sftShippedModelFolder()
{
    return shippedModelPath(QStringLiteral("lm-shakespeare-bpe"));
}

QString sftDataProblem(const QString &file)
{
    try {
        et::readInstructionsJsonl(QDir::toNativeSeparators(file.trimmed()).toStdString());
        return {};
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
}

Job *submitSft(JobManager *jobs, const SftRequest &request, const engine::ResolvedDevice &device)
{
    qRegisterMetaType<SftOutcome>();
    JobRequest r;
    r.title = request.dataFile.trimmed().isEmpty()
                  ? QCoreApplication::translate("genlab::services::SftJobs", "Instruction tuning (built-in set, %n step(s))",
                                                nullptr, request.steps)
                  : QCoreApplication::translate("genlab::services::SftJobs", "Instruction tuning (%1, %n step(s))", nullptr,
                                                request.steps)
                        .arg(QFileInfo(request.dataFile.trimmed()).fileName());
    r.lane = Lane::Training;
    r.pausable = true;
    r.work = [request, device](const engine::RunContext &ctx) {
        const et::SftOptions o = sftOptionsOf(request);
        et::validateSftOptions(o);
        SftOutcome out;
        out.request = request;
        out.model = sftModelFolder(request.model);
        ctx.progress(0, "opening the model");
        auto model = std::make_shared<engine::gpt::GptModel>(engine::gpt::GptModel::open(out.model.toStdString(), device));
        if (!model->tokenizer())
            throw std::runtime_error(out.model.toStdString() + ": the model has no tokenizer files, so it cannot read an instruction");
        ctx.checkpoint();
        out.result = et::runSft(*model, o, ctx);
        model->resetCache();
        out.tuned = std::move(model);
        return QVariant::fromValue(out);
    };
    return jobs->submit(std::move(r));
}

Job *submitSaveTunedModel(JobManager *jobs, std::shared_ptr<engine::gpt::GptModel> model, const QString &folder,
                          const SftRequest &recipe)
{
    JobRequest r;
    r.title = QCoreApplication::translate("genlab::services::SftJobs", "Save the instruction-tuned model");
    r.lane = Lane::IO;
    r.work = [model = std::move(model), folder, recipe](const engine::RunContext &) {
        if (!model)
            throw std::invalid_argument("tune a model first");
        if (folder.trimmed().isEmpty())
            throw std::invalid_argument("choose a folder to save the tuned model in");
        if (!QDir().mkpath(folder))
            throw std::runtime_error(folder.toStdString() + ": cannot create the folder");
        const QJsonObject extra{{QStringLiteral("instruction_tuning"),
                                 QJsonObject{{QStringLiteral("base"), QString::fromStdString(model->source())},
                                             {QStringLiteral("data"), recipe.dataFile.isEmpty() ? QStringLiteral("built-in")
                                                                                                : recipe.dataFile},
                                             {QStringLiteral("steps"), recipe.steps},
                                             {QStringLiteral("batch"), recipe.batch},
                                             {QStringLiteral("learning_rate"), recipe.learningRate},
                                             {QStringLiteral("seed"), QString::number(recipe.seed)}}}};
        model->save(QDir(folder).absolutePath().toStdString(), recipe.steps,
                    QJsonDocument(extra).toJson(QJsonDocument::Compact).toStdString());
        return QVariant::fromValue(QDir(folder).absolutePath());
    };
    return jobs->submit(std::move(r));
}

} // namespace genlab::services
