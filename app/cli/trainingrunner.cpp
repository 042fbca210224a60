#include "cli/trainingrunner.h"

#include "cli/interruptwatch.h"
#include "cli/progressline.h"

#include "engine/io/checkpoint.h"
#include "engine/train/distributed.h"
#include "engine/train/events.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
#include <stdexcept>
#include <stop_token>
#include <thread>
#include <utility>

namespace genlab::cli {

namespace {

namespace train = engine::train;

constexpr qint64 kMaxSteps = 1'000'000'000;
constexpr qint64 kMetricLineIntervalMs = 5000;

// Old names of shared options, kept working: the trainers used them before the kit.
struct Alias
{
    const char *name;
    const char *alias;
};
constexpr Alias kAliases[] = {
    {"checkpoint-every", "checkpoint-interval"},
    {"preview-every", "sample-interval"},
    {"eval-every", "eval-interval"},
};

QStringList namesOf(const std::string &name)
{
    QStringList names{QString::fromStdString(name)};
    for (const Alias &a : kAliases)
        if (name == a.name)
            names << QString::fromLatin1(a.alias);
    return names;
}

// The help of one shared option over every trainer that offers it.
QString describe(const QList<TrainerDefaults> &trainers, const std::vector<std::vector<train::OptionDoc>> &docs,
                 std::size_t index)
{
    const QString name = QString::fromStdString(docs.front()[index].name);
    QString description;
    QStringList values, perKind, notFor;
    for (qsizetype t = 0; t < trainers.size(); ++t) {
        const train::OptionDoc &doc = docs[std::size_t(t)][index];
        if (trainers[t].notTaken.contains(name)) {
            notFor << trainers[t].kind;
            continue;
        }
        // A trainer's defaults may word an option more precisely (the learning rate is a peak
        // under a warm-up schedule): the fuller wording holds for the others too.
        const QString d = QString::fromStdString(doc.description);
        if (d.size() > description.size())
            description = d;
        const QString value = QString::fromStdString(doc.defaultValue);
        values << value;
        if (!value.isEmpty())
            perKind << QStringLiteral("%1: %2").arg(trainers[t].kind, value);
    }
    if (description.isEmpty()) // no trainer takes it
        description = QString::fromStdString(docs.front()[index].description);
    values.removeDuplicates();
    // One default for all: "default X"; else each trainer's ("vae: 2000, lm: 2500"), also when
    // only some take the option, so that whose default it is stays clear.
    // In the kinds' alphabetical order: the registrars run in link order, which no one chose.
    perKind.sort();
    notFor.sort();
    QString note;
    if (values.size() == 1 && !values.front().isEmpty() && notFor.isEmpty())
        note = QStringLiteral("default %1").arg(values.front());
    else if (!perKind.isEmpty())
        note = perKind.join(QStringLiteral(", "));
    if (!notFor.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("not for ") + notFor.join(QStringLiteral(", "));
    return note.isEmpty() ? description : QStringLiteral("%1 (%2)").arg(description, note);
}

// Numbers for a metric line: short, without losing the scale.
QString compact(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    const double a = std::abs(v);
    if (a >= 1000)
        return QString::number(v, 'f', 0);
    if (a == 0 || a >= 1e-3)
        return QString::number(v, 'g', 4);
    return QString::number(v, 'e', 2);
}

// One write per line, above the progress bar: the watcher thread may print while the run does.
// What a run has to say besides its outcome is chatter: --quiet silences it.
void line(const QString &text)
{
    note(text);
}

// The outcome (interrupted, diverged): shown under --quiet too.
void outcome(const QString &text)
{
    printLine(text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Prints what a run reports. Thread: the run's.
class Reporter
{
public:
    Reporter(QString label, const train::CommonOptions &o)
        : m_label(std::move(label)), m_options(o), m_bar(QStringLiteral("train %1").arg(m_label), o.steps, QStringLiteral("steps"))
    {
        m_timer.start();
        // The metric lines below are a log's progress lines; the bar is for a terminal.
        m_bar.setPlainLines(false);
    }

    void progress(double fraction, std::string_view stage)
    {
        // Steps have their own lines; before the first one, say what set-up is doing (opening
        // the data, learning a vocabulary) once per stage. A stage reported complete is not news.
        if (m_stepsSeen || fraction >= 1.0 || stage.empty() || stage == m_lastStage)
            return;
        m_lastStage = std::string(stage);
        line(QStringLiteral("%1: %2").arg(m_label, q(m_lastStage)));
    }

    void partial(const engine::Partial &p)
    {
        if (auto m = train::Metrics::decode(p)) {
            flushPreviews();
            metrics(*m);
        } else if (auto image = train::ImagePreview::decode(p)) {
            // A terminal cannot show images; name them, one line per step.
            if (image->step != m_previewStep)
                flushPreviews();
            m_previewStep = image->step;
            if (!m_previewKinds.contains(q(image->what)))
                m_previewKinds << q(image->what);
        } else if (auto text = train::TextPreview::decode(p)) {
            flushPreviews();
            line(QStringLiteral("--- sample at step %1 ---\n%2\n---").arg(text->step).arg(q(text->text)));
        } else if (auto log = train::LogLine::decode(p)) {
            flushPreviews();
            line(q(log->text));
        } else if (auto saved = train::CheckpointWritten::decode(p)) {
            flushPreviews();
            m_checkpointStep = saved->step;
            line(QStringLiteral("checkpoint: step %1 in %2").arg(saved->step).arg(QDir::toNativeSeparators(q(saved->dir))));
        } else if (auto d = train::Divergence::decode(p)) {
            flushPreviews();
            // main prints the whole sentence (the exception's); this line says what is left.
            const QString kept = m_checkpointStep >= 0
                                     ? QStringLiteral("the checkpoint of step %1 in %2 is good").arg(m_checkpointStep).arg(outDir())
                                     : QStringLiteral("no checkpoint of this run was written");
            outcome(QStringLiteral("diverged at step %1 (%2 became %3); %4")
                     .arg(d->step)
                     .arg(q(d->loss), d->isNan ? QStringLiteral("NaN") : QStringLiteral("infinite"), kept));
        }
    }

    void flushPreviews()
    {
        if (m_previewKinds.isEmpty())
            return;
        line(QStringLiteral("preview at step %1: %2").arg(m_previewStep).arg(m_previewKinds.join(QStringLiteral(", "))));
        m_previewKinds.clear();
    }

    std::int64_t checkpointStep() const { return m_checkpointStep; }
    QString outDir() const { return QDir::toNativeSeparators(q(m_options.outDir)); }
    void finishBar() { m_bar.finish(); }

    // For --json: where the run stands.
    QJsonObject summary() const
    {
        QJsonObject scalars;
        for (const auto &[name, value] : m_lastScalars)
            scalars.insert(q(name), std::isfinite(value) ? QJsonValue(value) : QJsonValue(QString::number(value)));
        return QJsonObject{{QStringLiteral("out"), outDir()},
                           {QStringLiteral("steps"), qint64(m_options.steps)},
                           {QStringLiteral("last_step"), qint64(m_lastStep)},
                           {QStringLiteral("checkpoint_step"), qint64(m_checkpointStep)},
                           {QStringLiteral("metrics"), scalars},
                           {QStringLiteral("seconds"), double(m_timer.elapsed()) / 1000.0}};
    }

private:
    void metrics(const train::Metrics &m)
    {
        const bool first = !m_stepsSeen;
        m_stepsSeen = true;
        m_lastStep = std::max<std::int64_t>(m_lastStep, m.step);
        if (!m.evaluation)
            m_lastScalars = m.scalars;
        m_bar.update(m.step);
        const qint64 now = m_timer.elapsed();
        if (!first && !m.evaluation && m.step != m_options.steps && now - m_lastLineMs < kMetricLineIntervalMs)
            return;
        m_lastLineMs = now;
        QStringList parts{QStringLiteral("step %1/%2%3").arg(m.step).arg(m_options.steps).arg(m.evaluation ? QStringLiteral(" eval") : QString())};
        for (const auto &[name, value] : m.scalars)
            parts << QStringLiteral("%1 %2").arg(q(name), compact(value));
        // The rate and what is left, so that a log says when the run ends, as the bar does.
        const QString rate = m.step < m_options.steps ? m_bar.rateAndEta() : QString();
        parts << QStringLiteral("(%1 s%2)").arg(double(now) / 1000.0, 0, 'f', 0).arg(rate.isEmpty() ? QString() : QStringLiteral(", ") + rate);
        line(parts.join(QStringLiteral("  ")));
    }

    QString m_label;
    train::CommonOptions m_options;
    QElapsedTimer m_timer;
    qint64 m_lastLineMs = 0;
    bool m_stepsSeen = false;
    std::string m_lastStage;
    std::int64_t m_previewStep = -1;
    QStringList m_previewKinds;
    std::int64_t m_checkpointStep = -1;
    std::int64_t m_lastStep = 0;
    decltype(train::Metrics::scalars) m_lastScalars;
    ProgressLine m_bar;
};

} // namespace

QList<QCommandLineOption> commonTrainingOptions(const engine::train::CommonOptions &defaults)
{
    return commonTrainingOptions(QList<TrainerDefaults>{TrainerDefaults{QString(), defaults, {}}});
}

QList<QCommandLineOption> commonTrainingOptions(const QList<TrainerDefaults> &trainers)
{
    const QList<TrainerDefaults> all = trainers.isEmpty() ? QList<TrainerDefaults>{TrainerDefaults{}} : trainers;
    std::vector<std::vector<train::OptionDoc>> docs;
    for (const TrainerDefaults &t : all)
        docs.push_back(train::describeCommonOptions(t.defaults));
    QList<QCommandLineOption> options;
    for (std::size_t i = 0; i < docs.front().size(); ++i) {
        const train::OptionDoc &doc = docs.front()[i];
        const QString description = describe(all, docs, i);
        if (doc.valueName.empty())
            options.append(QCommandLineOption(namesOf(doc.name), description));
        else
            options.append(QCommandLineOption(namesOf(doc.name), description, q(doc.valueName)));
    }
    return options;
}

QString commonTrainingOptionName(const QString &name)
{
    for (const train::OptionDoc &doc : train::describeCommonOptions(train::CommonOptions{}))
        if (namesOf(doc.name).contains(name))
            return q(doc.name);
    return {};
}

void readCommonOptions(const CommandContext &ctx, engine::train::CommonOptions &o)
{
    const QCommandLineParser &p = *ctx.parser;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError{QStringLiteral("--out DIR is required (the checkpoint folder to write and resume from)")};
    o.outDir = QDir::cleanPath(QFileInfo(out).absoluteFilePath()).toStdString();
    o.steps = intOption(p, QStringLiteral("steps"), o.steps, 1, kMaxSteps);
    o.batchSize = int(intOption(p, QStringLiteral("batch"), o.batchSize, 1, 4096));
    o.learningRate = doubleOption(p, QStringLiteral("lr"), o.learningRate, 1e-9, 10);
    if (p.isSet(QStringLiteral("schedule"))) {
        const QString name = p.value(QStringLiteral("schedule"));
        if (!train::parseSchedule(name.toStdString(), &o.schedule))
            throw UsageError{QStringLiteral("--schedule must be constant or warmup-cosine (got '%1')").arg(name)};
    }
    o.warmupSteps = intOption(p, QStringLiteral("warmup"), o.warmupSteps, 0, kMaxSteps);
    o.minLearningRate = doubleOption(p, QStringLiteral("min-lr"), o.minLearningRate, 0, 10);
    if (p.isSet(QStringLiteral("min-lr")) && o.minLearningRate > o.learningRate)
        throw UsageError{QStringLiteral("--min-lr (%1) must not exceed --lr (%2)").arg(o.minLearningRate).arg(o.learningRate)};
    o.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(std::min<std::uint64_t>(o.seed, std::numeric_limits<qint64>::max())),
                               0, std::numeric_limits<qint64>::max()));
    o.threads = int(intOption(p, QStringLiteral("threads"), ctx.budget.cli, 1, 256));
    o.checkpointEvery = intOption(p, QStringLiteral("checkpoint-every"), o.checkpointEvery, 0, kMaxSteps);
    o.previewEvery = intOption(p, QStringLiteral("preview-every"), o.previewEvery, 0, kMaxSteps);
    o.evalEvery = intOption(p, QStringLiteral("eval-every"), o.evalEvery, 0, kMaxSteps);
    o.gradientClip = doubleOption(p, QStringLiteral("clip"), o.gradientClip, 0, 1e6);
    // Nobody can press Resume here: a NaN ends the run with its message; the last checkpoint stays.
    o.onDivergence = train::OnDivergence::Stop;
    const bool resume = p.isSet(QStringLiteral("resume")), noResume = p.isSet(QStringLiteral("no-resume"));
    if (resume && noResume)
        throw UsageError{QStringLiteral("--resume and --no-resume cannot both be given")};
    if (resume)
        o.resume = train::Resume::Required;
    else if (noResume)
        o.resume = train::Resume::Never;
    try {
        train::validate(o);
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromUtf8(e.what())};
    }
}

int runTraining(const QString &label, const engine::train::CommonOptions &o,
                const std::function<void(const engine::RunContext &)> &body)
{
    auto reporter = std::make_shared<Reporter>(label, o);
    std::stop_source stop;
    engine::RunContext run;
    run.stop = stop.get_token();
    // In a data-parallel run rank 0 speaks for every rank (the step loop reports there only).
    const bool lead = engine::train::isLeadRank();
    if (lead) {
        run.onPartial = [reporter](engine::Partial &&p) { reporter->partial(p); };
        run.onProgress = [reporter](double fraction, std::string_view stage) { reporter->progress(fraction, stage); };
    }
    try {
        // Ctrl+C: the run stops at its next step, which the kit saves; a second quits without saving.
        InterruptWatch watch(stop, [label, lead] {
            if (lead)
                outcome(QStringLiteral("genlab %1: stopping after this step to save a checkpoint (Ctrl+C again quits "
                                "without saving)")
                     .arg(label));
        });
        body(run);
        reporter->finishBar();
        reporter->flushPreviews();
        QJsonObject summary = reporter->summary();
        summary.insert(QStringLiteral("interrupted"), false);
        setJsonField(QStringLiteral("training"), summary);
        return 0;
    } catch (const engine::Canceled &) {
        if (!lead)
            return 130;
        reporter->finishBar();
        reporter->flushPreviews();
        QJsonObject summary = reporter->summary();
        summary.insert(QStringLiteral("interrupted"), true);
        setJsonField(QStringLiteral("training"), summary);
        const QString dir = reporter->outDir();
        if (reporter->checkpointStep() >= 0)
            outcome(QStringLiteral("genlab %1: interrupted; the checkpoint in %2 (step %3) resumes the run")
                     .arg(label, dir)
                     .arg(reporter->checkpointStep()));
        else if (!o.outDir.empty() && engine::io::checkpointExists(o.outDir))
            outcome(QStringLiteral("genlab %1: interrupted; the checkpoint in %2 resumes the run").arg(label, dir));
        else
            outcome(QStringLiteral("genlab %1: interrupted before the first step; nothing was saved").arg(label));
        return 130;
    } catch (...) {
        reporter->finishBar();
        reporter->flushPreviews();
        if (lead) { // --json: where the failed run stands (its last checkpoint) goes with the error
            QJsonObject summary = reporter->summary();
            summary.insert(QStringLiteral("interrupted"), false);
            setJsonField(QStringLiteral("training"), summary);
        }
        throw;
    }
}

} // namespace genlab::cli
