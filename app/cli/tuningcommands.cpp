// The Tuning lab's headless commands, in-context learning first:
//   genlab fewshot [--model PATH] [--task copy|reverse|next|lookup] [--shots 0,1,2,4,8] [--queries N]
//                  [--seed N] [--json]       accuracy on held-out queries as the shots in the prompt grow
//   genlab induction [--model PATH] [--length N] [--seed N] [--json]
//                  the loss on a random sequence and on its repeat, and the heads that copy it
#include "cli/command.h"
#include "cli/languagemodel.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/copying.h"
#include "engine/tuning/fewshot.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

QCommandLineOption modelOption()
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

int runFewShot(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    tuning::FewShotOptions o;
    if (p.isSet(QStringLiteral("task"))) {
        const QString name = p.value(QStringLiteral("task"));
        if (!tuning::parseTask(name.toStdString(), &o.task))
            throw UsageError{QStringLiteral("--task must be copy, reverse, next or lookup (got '%1')").arg(name)};
    }
    o.shots = shotList(p);
    o.queries = int(intOption(p, QStringLiteral("queries"), o.queries, 1, 500));
    o.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(o.seed), 0, std::numeric_limits<qint64>::max()));
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);
    const tuning::FewShotResult r =
        tuning::runFewShot(model, o,
                           json ? engine::RunContext()
                                : consoleRunContext(QStringLiteral("fewshot"), std::int64_t(o.shots.size()) * o.queries,
                                                    QStringLiteral("queries")));
    if (!json) {
        out(QStringLiteral("few-shot %1 with %2 (%3 held-out queries per point, seed %4)")
                .arg(QString::fromStdString(r.task), QDir::toNativeSeparators(folder))
                .arg(o.queries)
                .arg(o.seed));
        for (const tuning::FewShotPoint &pt : r.points)
            out(QStringLiteral("  %1 shots: %2 of %3 right (%4 %)")
                    .arg(pt.shots, 2)
                    .arg(pt.correct)
                    .arg(pt.total)
                    .arg(100.0 * pt.accuracy, 0, 'f', 1));
        if (!r.points.empty()) {
            const tuning::FewShotPoint &last = r.points.back();
            out(QStringLiteral("the prompt of the first query at %1 shots:\n%2").arg(last.shots).arg(QString::fromStdString(last.firstPrompt)));
        }
        return 0;
    }
    QJsonArray points;
    for (const tuning::FewShotPoint &pt : r.points) {
        QJsonArray answers;
        for (const tuning::FewShotAnswer &a : pt.answers)
            answers.append(QJsonObject{{QStringLiteral("query"), QString::fromStdString(a.query)},
                                       {QStringLiteral("expected"), QString::fromStdString(a.expected)},
                                       {QStringLiteral("answer"), QString::fromStdString(a.answer)},
                                       {QStringLiteral("correct"), a.correct}});
        points.append(QJsonObject{{QStringLiteral("shots"), pt.shots},
                                  {QStringLiteral("correct"), pt.correct},
                                  {QStringLiteral("total"), pt.total},
                                  {QStringLiteral("accuracy"), pt.accuracy},
                                  {QStringLiteral("first_prompt"), QString::fromStdString(pt.firstPrompt)},
                                  {QStringLiteral("answers"), answers}});
    }
    const QJsonObject o2{{QStringLiteral("task"), QString::fromStdString(r.task)},
                         {QStringLiteral("model"), QDir(folder).absolutePath()},
                         {QStringLiteral("queries"), o.queries},
                         {QStringLiteral("seed"), QString::number(o.seed)},
                         {QStringLiteral("points"), points}};
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
    const quint64 seed = quint64(intOption(p, QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
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
    QJsonArray heads, losses;
    for (const tuning::HeadScore &h : r.heads)
        heads.append(QJsonObject{{QStringLiteral("layer"), h.layer},
                                 {QStringLiteral("head"), h.head},
                                 {QStringLiteral("induction_score"), h.inductionScore},
                                 {QStringLiteral("previous_token_score"), h.previousTokenScore}});
    for (double v : r.lossPerPosition)
        losses.append(v);
    QJsonArray ids;
    for (int id : r.ids)
        ids.append(id);
    const QJsonObject o{{QStringLiteral("model"), QDir(folder).absolutePath()},
                        {QStringLiteral("length"), r.length},
                        {QStringLiteral("seed"), QString::number(seed)},
                        {QStringLiteral("first_loss"), r.firstLoss},
                        {QStringLiteral("repeat_loss"), r.repeatLoss},
                        {QStringLiteral("uniform_loss"), r.uniformLoss},
                        {QStringLiteral("loss_per_position"), losses},
                        {QStringLiteral("ids"), ids},
                        {QStringLiteral("heads"), heads}};
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

CommandRegistrar fewshotRegistrar(Command{
    QStringLiteral("fewshot"),
    QStringLiteral("In-context learning: a language model's accuracy on a task as worked examples in its prompt grow"),
    QString(),
    {modelOption(),
     QCommandLineOption(QStringLiteral("task"), QStringLiteral("copy, reverse, next or lookup (default copy)"), QStringLiteral("TASK")),
     QCommandLineOption(QStringLiteral("shots"), QStringLiteral("The numbers of examples measured, e.g. 0,1,2,4,8 (the default)"),
                        QStringLiteral("LIST")),
     QCommandLineOption(QStringLiteral("queries"), QStringLiteral("Held-out queries per number of shots (default 30)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The examples and queries (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: task, points [{shots, correct, total, accuracy, first_prompt, answers}]"))},
    runFewShot,
});

CommandRegistrar inductionRegistrar(Command{
    QStringLiteral("induction"),
    QStringLiteral("In-context copying: the loss on a random token sequence and on its repeat, and the heads that copy it"),
    QString(),
    {modelOption(),
     QCommandLineOption(QStringLiteral("length"), QStringLiteral("Tokens of the random sequence (default 50, at most half the context)"),
                        QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The random sequence (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON: first_loss, repeat_loss, loss_per_position, heads [{layer, head, induction_score}]"))},
    runInduction,
});

} // namespace

} // namespace genlab::cli
