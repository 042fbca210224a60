// The Tuning lab's headless commands, in-context learning first:
//   genlab fewshot [--model PATH] [--model2 PATH] [--task copy|reverse|next|lookup | --examples FILE]
//                  [--shots 0,1,2,4,8] [--queries N] [--seed N] [--json]
//                  accuracy on held-out queries as the shots in the prompt grow (a second model side by side)
//   genlab induction [--model PATH] [--length N] [--seed N] [--json]
//                  the loss on a random sequence and on its repeat, and the heads that copy it
#include "cli/command.h"
#include "cli/languagemodel.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/copying.h"
#include "engine/tuning/fewshot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

QCommandLineOption inContextModelOption()
{
    return QCommandLineOption(QStringLiteral("model"),
                              QStringLiteral("A language model folder (ours or Hugging Face GPT-2); default: the shipped one"),
                              QStringLiteral("PATH"));
}

std::vector<int> shotList(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("shots")))
        return tuning::FewShotOptions{}.shots;
    std::vector<int> out;
    for (const QString &part : p.value(QStringLiteral("shots")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = part.trimmed().toInt(&ok);
        if (!ok || k < 0 || k > 32)
            throw UsageError{QStringLiteral("--shots takes numbers in 0..32 separated by commas (got '%1')").arg(part)};
        out.push_back(k);
    }
    if (out.empty())
        throw UsageError{QStringLiteral("--shots needs at least one number, e.g. 0,1,2,4,8")};
    return out;
}

// --examples FILE: the user's own "input -> output" lines.
std::vector<tuning::FewShotExample> fewShotExamplesFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw UsageError{QStringLiteral("--examples: %1 is not a file").arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError{QStringLiteral("--examples: cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = file.read(8 * 1024 * 1024 + 1);
    if (bytes.size() > 8 * 1024 * 1024)
        throw UsageError{QStringLiteral("--examples: %1 is larger than 8 MB").arg(QDir::toNativeSeparators(path))};
    try {
        return tuning::parseExamples(bytes.toStdString(), QDir::toNativeSeparators(path).toStdString());
    } catch (const std::invalid_argument &e) {
        throw UsageError{QStringLiteral("--examples: %1").arg(QString::fromStdString(e.what()))};
    }
}

void printFewShotPoints(const tuning::FewShotResult &r)
{
    for (const tuning::FewShotPoint &pt : r.points)
        out(QStringLiteral("  %1 shots: %2 of %3 right (%4 %)")
                .arg(pt.shots, 2)
                .arg(pt.correct)
                .arg(pt.total)
                .arg(100.0 * pt.accuracy, 0, 'f', 1));
}

int runFewShot(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::FewShotOptions o;
    if (p.isSet(QStringLiteral("examples"))) {
        if (p.isSet(QStringLiteral("task")))
            throw UsageError{QStringLiteral("give either --task or --examples, not both")};
        o.examples = fewShotExamplesFile(p.value(QStringLiteral("examples")));
    }
    if (p.isSet(QStringLiteral("task"))) {
        const QString name = p.value(QStringLiteral("task"));
        if (!tuning::parseTask(name.toStdString(), &o.task))
            throw UsageError{QStringLiteral("--task must be copy, reverse, next or lookup (got '%1')").arg(name)};
    }
    o.shots = shotList(p);
    o.queries = int(intOption(p, QStringLiteral("queries"), o.queries, 1, 500));
    o.seed = seedOption(p, o.seed);
    if (!o.examples.empty())
        for (int k : o.shots)
            if (k > int(o.examples.size()) - 1)
                throw UsageError{QStringLiteral("--shots: %1 shots need at least %2 examples (one is held out as the query); "
                                                "%3 has %4")
                                     .arg(k)
                                     .arg(k + 1)
                                     .arg(QDir::toNativeSeparators(p.value(QStringLiteral("examples"))))
                                     .arg(o.examples.size())};
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    QString folder2;
    if (p.isSet(QStringLiteral("model2"))) {
        folder2 = p.value(QStringLiteral("model2"));
        if (!QFileInfo(folder2).isDir())
            throw UsageError{QStringLiteral("--model2: %1 is not a folder").arg(QDir::toNativeSeparators(folder2))};
    }
    const int queries = o.examples.empty() ? o.queries : std::min(o.queries, int(o.examples.size()));
    const std::int64_t work = std::int64_t(o.shots.size()) * queries;
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);
    const tuning::FewShotResult r = tuning::runFewShot(
        model, o, json ? engine::RunContext() : consoleRunContext(QStringLiteral("fewshot"), work, QStringLiteral("queries")));
    std::optional<tuning::FewShotResult> r2;
    if (!folder2.isEmpty()) {
        gpt::GptModel model2 = gpt::GptModel::open(folder2.toStdString(), ctx.device);
        r2 = tuning::runFewShot(model2, o,
                                json ? engine::RunContext()
                                     : consoleRunContext(QStringLiteral("fewshot (model 2)"), work, QStringLiteral("queries")),
                                1);
    }
    if (!json) {
        out(QStringLiteral("few-shot %1 with %2 (%3 held-out queries per point, seed %4)")
                .arg(QString::fromStdString(r.task), QDir::toNativeSeparators(folder))
                .arg(queries)
                .arg(o.seed));
        printFewShotPoints(r);
        if (r2) {
            out(QStringLiteral("the same with %1:").arg(QDir::toNativeSeparators(folder2)));
            printFewShotPoints(*r2);
        }
        if (!r.points.empty()) {
            const tuning::FewShotPoint &last = r.points.back();
            out(QStringLiteral("the prompt of the first query at %1 shots:\n%2").arg(last.shots).arg(QString::fromStdString(last.firstPrompt)));
        }
        return 0;
    }
    QJsonObject o2 = fewShotJson(r, folder, queries, o.seed);
    if (r2)
        o2.insert(QStringLiteral("model2"), QJsonObject{{QStringLiteral("model"), QDir(folder2).absolutePath()},
                                                        {QStringLiteral("points"), fewShotPointsJson(*r2)}});
    out(QString::fromUtf8(QJsonDocument(o2).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

int runInduction(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);
    const int maxLength = std::max(4, model.config().contextLength / 2);
    const int length = int(intOption(p, QStringLiteral("length"), std::min(50, maxLength), 4, maxLength));
    const quint64 seed = seedOption(p, 1);
    const tuning::CopyingResult r = tuning::measureCopying(model, length, seed);
    if (!json) {
        out(QStringLiteral("a random sequence of %1 tokens, then the same again (%2, seed %3):")
                .arg(r.length)
                .arg(QDir::toNativeSeparators(folder))
                .arg(seed));
        out(QStringLiteral("  loss the first time  %1 nats/token (knowing nothing: %2)")
                .arg(r.firstLoss, 0, 'f', 3)
                .arg(r.uniformLoss, 0, 'f', 3));
        out(QStringLiteral("  loss on the repeat   %1 nats/token").arg(r.repeatLoss, 0, 'f', 3));
        out(QStringLiteral("heads that copy (attention on the token after the earlier occurrence):"));
        for (std::size_t i = 0; i < r.heads.size() && i < 5; ++i)
            out(QStringLiteral("  layer %1 head %2: induction %3, previous token %4")
                    .arg(r.heads[i].layer)
                    .arg(r.heads[i].head)
                    .arg(r.heads[i].inductionScore, 0, 'f', 3)
                    .arg(r.heads[i].previousTokenScore, 0, 'f', 3));
        return 0;
    }
    const QJsonObject o = copyingJson(r, folder, seed);
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

CommandRegistrar fewshotRegistrar(Command{
    QStringLiteral("fewshot"),
    QStringLiteral("In-context learning: a language model's accuracy on a task as worked examples in its prompt grow"),
    QString(),
    {inContextModelOption(),
     QCommandLineOption(QStringLiteral("model2"), QStringLiteral("A second language model folder measured the same way, side by side"),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("task"), QStringLiteral("copy, reverse, next or lookup (default copy)"), QStringLiteral("TASK")),
     QCommandLineOption(QStringLiteral("examples"),
                        QStringLiteral("Your own task instead of --task: a text file of \"input -> output\" lines; each query is one "
                                       "of them, its shots others"),
                        QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("shots"), QStringLiteral("The numbers of examples measured, e.g. 0,1,2,4,8 (the default)"),
                        QStringLiteral("LIST")),
     QCommandLineOption(QStringLiteral("queries"), QStringLiteral("Held-out queries per number of shots (default 30)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The examples and queries (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: task, points [{shots, correct, total, accuracy, first_prompt, answers}], "
                                                                 "model2 {model, points} with --model2"))},
    runFewShot,
});

CommandRegistrar inductionRegistrar(Command{
    QStringLiteral("induction"),
    QStringLiteral("In-context copying: the loss on a random token sequence and on its repeat, and the heads that copy it"),
    QString(),
    {inContextModelOption(),
     QCommandLineOption(QStringLiteral("length"), QStringLiteral("Tokens of the random sequence (default 50, at most half the context)"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The random sequence (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: first_loss, repeat_loss, loss_per_position, heads [{layer, head, induction_score}]"))},
    runInduction,
});

} // namespace

} // namespace genlab::cli
