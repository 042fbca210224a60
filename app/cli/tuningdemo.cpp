// The Tuning lab's part of `genlab demo`: one result of each experiment, with small settings so the
// whole part stays around a minute on two cores. The JSON files have the shapes of the matching
// commands' --json (`genlab discriminative`, `fewshot`, `induction`, `tune sft`, `tune dpo`, `tune distill`,
// `scaling`; built by the same functions, cli/tuningjson.h), with the settings used beside them:
//   tuning.discriminative  tuning-discriminative.json + the two region maps and the generative samples (PNG)
//   tuning.fewshot         tuning-fewshot.json: accuracy against shots on the "next letter" task (lm-incontext)
//   tuning.copying         tuning-copying.json + tuning-copying-attention.png (lm-incontext's best induction head)
//   tuning.sft             tuning-sft.json: held-out exact match before and after a short instruction tuning
//   tuning.dpo             tuning-dpo.json: rule reward before and after a short DPO run, KL, win rate
//   tuning.distill         tuning-distill.json: a tiny student taught by the shipped model against its data-only twin
//   tuning.scaling         tuning-scaling.json: three tiny sizes on the same tokens and the power law through them
#include "cli/demo.h"
#include "cli/languagemodel.h"
#include "cli/tuningjson.h"

#include "engine/gpt/gptmodel.h"
#include "engine/imaging/png.h"
#include "engine/runtime/compute.h"
#include "engine/tuning/copying.h"
#include "engine/tuning/discriminative.h"
#include "engine/tuning/distillation.h"
#include "engine/tuning/fewshot.h"
#include "engine/tuning/preferencetuning.h"
#include "engine/tuning/scaling.h"
#include "engine/tuning/sft.h"
#include "services/resourcepaths.h"
#include "services/tuning/distilljobs.h"
#include "services/tuning/incontextjobs.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

void tuningDemoWrite(const QString &path, const QJsonObject &document)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw std::runtime_error(QDir::toNativeSeparators(path).toStdString() + ": cannot write (" +
                                 f.errorString().toStdString() + ")");
}

void tuningDemoPng(const QString &path, const engine::Image &image)
{
    engine::imaging::writePng(QDir::toNativeSeparators(path).toStdString(), image);
}

// The shipped language model's folder (what --model defaults to in the commands).
QString tuningDemoModelFolder()
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("model"), QString(), QStringLiteral("PATH")));
    parser.parse({QStringLiteral("genlab")});
    return languageModelFolder(parser);
}

gpt::GptModel tuningDemoModel(QString *folder)
{
    *folder = tuningDemoModelFolder();
    return gpt::GptModel::open(folder->toStdString(), engine::resolveDevice({}));
}

// The shipped in-context model (a character GPT trained to learn from its prompt) where it is
// installed, else the shipped language model: the in-context steps show learning from the prompt,
// which the Shakespeare model does not do.
gpt::GptModel tuningDemoInContextModel(QString *folder)
{
    *folder = services::shippedModelPath(QString::fromLatin1(services::tuning::kShippedInContextModel));
    if (folder->isEmpty())
        return tuningDemoModel(folder);
    return gpt::GptModel::open(folder->toStdString(), engine::resolveDevice({}));
}

QString tuningDemoPercent(double share)
{
    return QStringLiteral("%1 %").arg(100.0 * share, 0, 'f', 1);
}

// --- discriminative against generative (two moons) -------------------------------------------

QJsonObject tuningDiscriminativeDemo(const QString &outDir, const engine::RunContext &ctx)
{
    tuning::DiscriminativeOptions o; // two moons, logistic regression against a Gaussian per class
    const tuning::DiscriminativeResult r = tuning::runDiscriminativeVsGenerative(o, ctx);
    const QDir dir(outDir);
    const QStringList images{QStringLiteral("tuning-discriminative-regions.png"), QStringLiteral("tuning-generative-regions.png"),
                             QStringLiteral("tuning-generative-samples.png")};
    tuningDemoPng(dir.filePath(images[0]), tuning::renderRegions(r, false, 384));
    tuningDemoPng(dir.filePath(images[1]), tuning::renderRegions(r, true, 384));
    tuningDemoPng(dir.filePath(images[2]), tuning::renderSamples(r, r.samples, 384));
    QJsonArray files;
    for (const QString &name : images)
        files.append(name);
    const QJsonObject doc = discriminativeJson(r, o.seed, files);
    tuningDemoWrite(dir.filePath(QStringLiteral("tuning-discriminative.json")), doc);
    files.prepend(QStringLiteral("tuning-discriminative.json"));
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("%1: held-out accuracy %2 (%3) against %4 (a Gaussian per class + Bayes' rule, %5 samples drawn)")
             .arg(QString::fromStdString(r.data), tuningDemoPercent(r.discriminativeAccuracy),
                  QString::fromStdString(r.discriminativeName), tuningDemoPercent(r.generativeAccuracy))
             .arg(r.samples.count())},
        {QStringLiteral("files"), files},
        {QStringLiteral("discriminative_accuracy"), r.discriminativeAccuracy},
        {QStringLiteral("generative_accuracy"), r.generativeAccuracy},
    };
}

// --- few-shot curve ----------------------------------------------------------------------------

QJsonObject tuningFewShotDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QString folder;
    gpt::GptModel model = tuningDemoInContextModel(&folder);
    tuning::FewShotOptions o;
    o.task = tuning::FewShotTask::Next; // the next letter: lm-incontext learns it from one example
    o.shots = {0, 1, 2, 4, 8};
    o.queries = 12;
    const tuning::FewShotResult r = tuning::runFewShot(model, o, ctx);
    QStringList curve;
    for (const tuning::FewShotPoint &pt : r.points)
        curve << QStringLiteral("%1 shots %2").arg(pt.shots).arg(tuningDemoPercent(pt.accuracy));
    const QJsonObject doc = fewShotJson(r, folder, o.queries, o.seed);
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-fewshot.json")), doc);
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("few-shot %1 with %2, %3 held-out queries per point: %4")
                                            .arg(QString::fromStdString(r.task), QFileInfo(folder).fileName())
                                            .arg(o.queries)
                                            .arg(curve.join(QStringLiteral(", ")))},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("tuning-fewshot.json")}},
    };
}

// --- in-context copying ------------------------------------------------------------------------

// The attention of one head over the doubled sequence, query rows top to bottom, each cell scale x
// scale pixels, white = no attention, dark = all of it; the induction stripe runs parallel to the diagonal.
engine::Image tuningCopyingAttentionImage(const tuning::CopyingResult &r, int layer, int head, int scale)
{
    const int n = r.attention.tokens;
    engine::Image image(n * scale, n * scale, 3);
    for (int q = 0; q < n; ++q)
        for (int k = 0; k < n; ++k) {
            const float w = k <= q ? std::clamp(r.attention.at(layer, head, q, k), 0.0f, 1.0f) : 0.0f;
            // sqrt brightens the small weights so the stripe shows beside the diagonal
            const auto v = std::uint8_t(std::lround(255.0 * (1.0 - std::sqrt(double(w)))));
            for (int dy = 0; dy < scale; ++dy) {
                std::uint8_t *row = image.row(q * scale + dy);
                for (int dx = 0; dx < scale; ++dx) {
                    std::uint8_t *px = row + std::size_t(k * scale + dx) * 3;
                    px[0] = v;
                    px[1] = v;
                    px[2] = std::uint8_t(std::min(255, int(v) + 30));
                }
            }
        }
    return image;
}

QJsonObject tuningCopyingDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QString folder;
    gpt::GptModel model = tuningDemoInContextModel(&folder);
    ctx.checkpoint();
    ctx.progress(0.2, "a random sequence and its repeat");
    const int length = std::min(50, std::max(4, model.config().contextLength / 2));
    const quint64 seed = 1;
    const tuning::CopyingResult r = tuning::measureCopying(model, length, seed);
    QJsonArray files{QStringLiteral("tuning-copying.json")};
    if (!r.heads.empty() && r.attention.tokens > 0) {
        tuningDemoPng(QDir(outDir).filePath(QStringLiteral("tuning-copying-attention.png")),
                      tuningCopyingAttentionImage(r, r.heads.front().layer, r.heads.front().head, 4));
        files.append(QStringLiteral("tuning-copying-attention.png"));
    }
    QJsonObject doc = copyingJson(r, folder, seed);
    if (files.size() > 1)
        doc.insert(QStringLiteral("attention_image"),
                   QJsonObject{{QStringLiteral("file"), QStringLiteral("tuning-copying-attention.png")},
                               {QStringLiteral("layer"), r.heads.front().layer},
                               {QStringLiteral("head"), r.heads.front().head}});
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-copying.json")), doc);
    QString best;
    if (!r.heads.empty())
        best = QStringLiteral("; the best induction head is layer %1 head %2 (score %3)")
                   .arg(r.heads.front().layer)
                   .arg(r.heads.front().head)
                   .arg(r.heads.front().inductionScore, 0, 'f', 2);
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1, %2 random tokens: loss %3 nats/token the first time, %4 on the repeat (uniform %5)%6")
                                            .arg(QFileInfo(folder).fileName())
                                            .arg(r.length)
                                            .arg(r.firstLoss, 0, 'f', 2)
                                            .arg(r.repeatLoss, 0, 'f', 2)
                                            .arg(r.uniformLoss, 0, 'f', 2)
                                            .arg(best)},
        {QStringLiteral("files"), files},
        {QStringLiteral("first_loss"), r.firstLoss},
        {QStringLiteral("repeat_loss"), r.repeatLoss},
    };
}

// --- instruction tuning ------------------------------------------------------------------------

QJsonObject tuningSftDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QString folder;
    gpt::GptModel model = tuningDemoModel(&folder);
    tuning::SftOptions o;
    o.steps = 40; // the lab's default is 600; 40 steps of 8 already lift the held-out exact match off 0
    o.batch = 8;
    o.heldOut = 16;
    o.evalEvery = 20;
    const tuning::SftResult r = tuning::runSft(model, o, ctx);
    const QJsonObject doc = sftResultJson(r, o, folder);
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-sft.json")), doc);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("instruction tuning, %1 steps of %2: held-out exact match %3 -> %4, response loss %5 -> %6 nats/token")
             .arg(o.steps)
             .arg(o.batch)
             .arg(tuningDemoPercent(r.beforeAccuracy), tuningDemoPercent(r.afterAccuracy))
             .arg(r.heldOutLossBefore, 0, 'f', 2)
             .arg(r.heldOutLossAfter, 0, 'f', 2)},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("tuning-sft.json")}},
        {QStringLiteral("accuracy_before"), r.beforeAccuracy},
        {QStringLiteral("accuracy_after"), r.afterAccuracy},
    };
}

// --- preference tuning (DPO) -------------------------------------------------------------------

QJsonObject tuningDpoDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QString folder;
    gpt::GptModel model = tuningDemoModel(&folder);
    tuning::PreferenceTuningOptions o;
    o.method = tuning::PreferenceMethod::Dpo;
    o.rule = tuning::PreferenceRule::Shorter;
    o.pairs = 40; // the lab's default is 120 pairs and 20 steps of 16
    o.steps = 10;
    o.batch = 8;
    o.evalEvery = 5;
    o.evalSamples = 1;
    const tuning::PreferenceTuningResult r = tuning::runPreferenceTuning(model, o, ctx);
    QJsonObject doc = preferenceResultJson(r, o, folder); // the command's, less the reward model's top features
    doc.insert(QStringLiteral("batch"), o.batch);
    doc.insert(QStringLiteral("beta"), o.beta);
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-dpo.json")), doc);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("DPO, %1 judged pairs (rule \"%2\"), %3 steps of %4: reward %5 -> %6, KL %7 nats, win rate %8")
             .arg(r.pairs)
             .arg(QString::fromStdString(r.judge))
             .arg(o.steps)
             .arg(o.batch)
             .arg(r.rewardBefore, 0, 'f', 2)
             .arg(r.rewardAfter, 0, 'f', 2)
             .arg(r.kl, 0, 'f', 3)
             .arg(tuningDemoPercent(r.winRate))},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("tuning-dpo.json")}},
        {QStringLiteral("reward_before"), r.rewardBefore},
        {QStringLiteral("reward_after"), r.rewardAfter},
        {QStringLiteral("kl"), r.kl},
        {QStringLiteral("win_rate"), r.winRate},
    };
}

// --- distillation ------------------------------------------------------------------------------

// The demo's distillation and scaling read the corpus' first 256 KB (the last tenth held out).
constexpr qint64 kTuningDemoCorpusBytes = 256 * 1024;

QString tuningDemoCorpus()
{
    const QString corpus = services::DistillJobs::defaultCorpus();
    if (corpus.isEmpty())
        throw std::runtime_error("no default corpus was found (neither tiny Shakespeare nor the help pages)");
    return corpus;
}

QJsonObject tuningDistillDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QString folder;
    gpt::GptModel teacher = tuningDemoModel(&folder);
    const QString corpus = tuningDemoCorpus();
    tuning::DistillOptions o;
    o.dataPath = QDir::toNativeSeparators(corpus).toStdString();
    o.steps = 40; // the lab's default is 200 steps per student; 40 already part the two students
    o.evalEvery = 20;
    o.evalWindows = 8;
    o.finalWindows = 32;
    o.speedTokens = 32;
    o.maxCorpusBytes = kTuningDemoCorpusBytes; // tokenizing all of tiny Shakespeare would cost more than the steps
    const tuning::DistillResult r = tuning::runDistillation(teacher, o, ctx);
    QJsonObject doc = distillResultJson(r, o, folder, corpus); // the command's, less the curves
    doc.insert(QStringLiteral("data_bytes"), kTuningDemoCorpusBytes);
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-distill.json")), doc);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("a %1-layer %2-wide student, %3 steps: held-out perplexity %4 taught by the shipped model (agrees with it on "
                        "%5 of next tokens) against %6 from the data alone (%7); the teacher's %8")
             .arg(r.distilled.layers)
             .arg(r.distilled.width)
             .arg(o.steps)
             .arg(r.distilled.perplexity, 0, 'f', 1)
             .arg(tuningDemoPercent(r.distilled.agreement))
             .arg(r.dataOnly.perplexity, 0, 'f', 1)
             .arg(tuningDemoPercent(r.dataOnly.agreement))
             .arg(r.teacher.perplexity, 0, 'f', 1)},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("tuning-distill.json")}},
        {QStringLiteral("distilled_perplexity"), r.distilled.perplexity},
        {QStringLiteral("data_only_perplexity"), r.dataOnly.perplexity},
    };
}

// --- pretraining and scale ---------------------------------------------------------------------

QJsonObject tuningScalingDemo(const QString &outDir, const engine::RunContext &ctx)
{
    QTemporaryDir scratch; // the sizes' checkpoints are not part of the demo
    if (!scratch.isValid())
        throw std::runtime_error("cannot make a temporary folder for the scaling runs' checkpoints");
    const QString corpus = tuningDemoCorpus();
    QFile whole(corpus);
    if (!whole.open(QIODevice::ReadOnly))
        throw std::runtime_error(QDir::toNativeSeparators(corpus).toStdString() + ": cannot be read (" +
                                 whole.errorString().toStdString() + ")");
    const QString head = QDir(scratch.path()).filePath(QStringLiteral("corpus-head.txt"));
    {
        QSaveFile f(head);
        const QByteArray bytes = whole.read(kTuningDemoCorpusBytes);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            throw std::runtime_error(head.toStdString() + ": cannot write (" + f.errorString().toStdString() + ")");
    }
    tuning::ScalingOptions o;
    o.dataPath = QDir::toNativeSeparators(head).toStdString();
    const QString tokenizer = services::DistillJobs::shippedTeacherFolder();
    if (!tokenizer.isEmpty())
        o.tokenizerFolder = QDir::toNativeSeparators(tokenizer).toStdString();
    o.outDir = QDir::toNativeSeparators(scratch.path()).toStdString();
    o.widths = {16, 24, 32}; // the lab's default is 16..64 on 409,600 tokens each
    o.contextLength = 16;
    o.tokens = std::int64_t(o.minSteps) * o.batchSize * o.contextLength;
    o.evalPoints = 2;
    o.evalBatches = 4;
    const tuning::ScalingResult r = tuning::runScaling(o, ctx);
    QStringList losses;
    for (const tuning::ScalingRun &s : r.runs)
        losses << QStringLiteral("%1 params %2").arg(s.parameters).arg(s.loss, 0, 'f', 3);
    QJsonObject doc = scalingResultJson(r, o, corpus, false); // "same tokens"; the runs without their curves
    doc.insert(QStringLiteral("data_bytes"), kTuningDemoCorpusBytes);
    tuningDemoWrite(QDir(outDir).filePath(QStringLiteral("tuning-scaling.json")), doc);
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("%1 sizes on the same %2 tokens, held-out loss %3; fit loss = %4 * N^%5 (r2 %6)")
                                            .arg(r.runs.size())
                                            .arg(o.tokens)
                                            .arg(losses.join(QStringLiteral(", ")))
                                            .arg(r.fit.a, 0, 'f', 2)
                                            .arg(r.fit.exponent, 0, 'f', 3)
                                            .arg(r.fit.r2, 0, 'f', 3)},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("tuning-scaling.json")}},
        {QStringLiteral("exponent"), r.fit.exponent},
    };
}

DemoRegistrar tuningDiscriminativeStep(DemoStep{QStringLiteral("tuning.discriminative"), 90, tuningDiscriminativeDemo});
DemoRegistrar tuningFewShotStep(DemoStep{QStringLiteral("tuning.fewshot"), 91, tuningFewShotDemo});
DemoRegistrar tuningCopyingStep(DemoStep{QStringLiteral("tuning.copying"), 92, tuningCopyingDemo});
DemoRegistrar tuningSftStep(DemoStep{QStringLiteral("tuning.sft"), 93, tuningSftDemo});
DemoRegistrar tuningDpoStep(DemoStep{QStringLiteral("tuning.dpo"), 94, tuningDpoDemo});
DemoRegistrar tuningDistillStep(DemoStep{QStringLiteral("tuning.distill"), 95, tuningDistillDemo});
DemoRegistrar tuningScalingStep(DemoStep{QStringLiteral("tuning.scaling"), 96, tuningScalingDemo});

} // namespace
} // namespace genlab::cli
