// The training kit on its own, with fake steps: when it evaluates, previews and saves, what a
// cancel, a divergence (ending the run, or pausing it) and an allocation failure leave behind, the
// resume policy, the schedule, and the typed events' round trip through the engine's Partial.
#include "engine/io/checkpoint.h"
#include "engine/train/events.h"
#include "engine/train/options.h"
#include "engine/train/steploop.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <new>
#include <stop_token>

using namespace genlab::engine;
using namespace genlab::engine::train;

namespace {

// What the loop did, in order: "step 3", "eval 3", "preview 3", "save 3", "settle".
struct Trace
{
    QStringList calls;
    std::vector<Partial> partials;

    LoopHooks hooks(std::int64_t divergeAt = -1)
    {
        LoopHooks h;
        h.step = [this, divergeAt](std::int64_t step) {
            calls << QStringLiteral("step %1").arg(step);
            checkFinite(step == divergeAt ? std::nan("") : 1.0 / double(step), "loss", step);
            StepReport r;
            r.scalars = {{"loss", 1.0 / double(step)}};
            r.examples = 4;
            return r;
        };
        h.evaluate = [this](std::int64_t step) { calls << QStringLiteral("eval %1").arg(step); };
        h.preview = [this](std::int64_t step) { calls << QStringLiteral("preview %1").arg(step); };
        h.save = [this](std::int64_t step) { calls << QStringLiteral("save %1").arg(step); };
        h.settle = [this] { calls << QStringLiteral("settle"); };
        return h;
    }

    RunContext context()
    {
        RunContext c;
        c.onPartial = [this](Partial &&p) { partials.push_back(std::move(p)); };
        return c;
    }

    template <class Event>
    std::vector<Event> events() const
    {
        std::vector<Event> out;
        for (const auto &p : partials)
            if (auto e = Event::decode(p))
                out.push_back(*e);
        return out;
    }
};

CommonOptions options(std::int64_t steps, const std::string &outDir = "/tmp/genlab-steploop-unused")
{
    CommonOptions o;
    o.steps = steps;
    o.outDir = outDir;
    o.checkpointEvery = 4;
    o.previewEvery = 3;
    o.evalEvery = 5;
    return o;
}

} // namespace

class TestStepLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actsWhenDueAndAlwaysAtTheEnd()
    {
        Trace t;
        const LoopResult r = runSteps(options(10), 0, t.hooks(), t.context());
        QCOMPARE(r.lastStep, std::int64_t(10));
        QCOMPARE(r.stepsThisRun, std::int64_t(10));
        QCOMPARE(r.examples, std::int64_t(40));
        QCOMPARE(t.calls.filter(QStringLiteral("eval")), (QStringList{QStringLiteral("eval 5"), QStringLiteral("eval 10")}));
        QCOMPARE(t.calls.filter(QStringLiteral("preview")),
                 (QStringList{QStringLiteral("preview 3"), QStringLiteral("preview 6"), QStringLiteral("preview 9"),
                              QStringLiteral("preview 10")}));
        QCOMPARE(t.calls.filter(QStringLiteral("save")),
                 (QStringList{QStringLiteral("save 4"), QStringLiteral("save 8"), QStringLiteral("save 10")}));
        QCOMPARE(t.calls.last(), QStringLiteral("settle"));
        // Evaluation, preview and save of one step come in that order, after the step.
        const int step10 = int(t.calls.indexOf(QStringLiteral("step 10")));
        QCOMPARE(t.calls.mid(step10, 4), (QStringList{QStringLiteral("step 10"), QStringLiteral("eval 10"),
                                                      QStringLiteral("preview 10"), QStringLiteral("save 10")}));
        const auto metrics = t.events<Metrics>();
        QCOMPARE(int(metrics.size()), 10);
        QCOMPARE(metrics[3].step, std::int64_t(4));
        QCOMPARE(metrics[3].value("loss", -1), 0.25);
        const auto saved = t.events<CheckpointWritten>();
        QCOMPARE(int(saved.size()), 3);
        QCOMPARE(saved.back().step, std::int64_t(10));
        QCOMPARE(r.lastCheckpoint, std::string("/tmp/genlab-steploop-unused"));
    }

    void noOutputFolderNoSaves()
    {
        Trace t;
        const LoopResult r = runSteps(options(6, ""), 0, t.hooks(), t.context());
        QVERIFY(t.calls.filter(QStringLiteral("save")).isEmpty());
        QVERIFY(t.events<CheckpointWritten>().empty());
        QVERIFY(r.lastCheckpoint.empty());
    }

    void previewEveryZeroMeansNone()
    {
        Trace t;
        CommonOptions o = options(6);
        o.previewEvery = 0;
        o.checkpointEvery = 0;
        runSteps(o, 0, t.hooks(), t.context());
        QVERIFY(t.calls.filter(QStringLiteral("preview")).isEmpty());
        QCOMPARE(t.calls.filter(QStringLiteral("save")), QStringList{QStringLiteral("save 6")});
    }

    void resumedRunContinuesFromItsStep()
    {
        Trace t;
        const LoopResult r = runSteps(options(10), 7, t.hooks(), t.context());
        QCOMPARE(t.calls.first(), QStringLiteral("step 8"));
        QCOMPARE(r.startStep, std::int64_t(7));
        QCOMPARE(r.stepsThisRun, std::int64_t(3));
        Trace done;
        const LoopResult nothing = runSteps(options(10), 10, done.hooks(), done.context());
        QVERIFY(done.calls.isEmpty());
        QCOMPARE(nothing.lastStep, std::int64_t(10));
    }

    void cancelSavesTheLastCompletedStep()
    {
        Trace t;
        std::stop_source stop;
        RunContext ctx = t.context();
        ctx.stop = stop.get_token();
        LoopHooks h = t.hooks();
        auto inner = h.step;
        h.step = [&](std::int64_t step) {
            if (step == 6)
                stop.request_stop(); // seen at the next step's checkpoint
            return inner(step);
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, runSteps(options(100), 0, h, ctx));
        QCOMPARE(t.calls.last(), QStringLiteral("save 6"));
        QCOMPARE(t.calls.at(t.calls.size() - 2), QStringLiteral("settle")); // eval mode before the save
        QCOMPARE(t.events<CheckpointWritten>().back().step, std::int64_t(6));

        Trace none;
        CommonOptions o = options(100);
        o.checkpointOnCancel = false;
        std::stop_source early;
        early.request_stop();
        RunContext c2 = none.context();
        c2.stop = early.get_token();
        QVERIFY_THROWS_EXCEPTION(Canceled, runSteps(o, 0, none.hooks(), c2));
        QVERIFY(none.calls.filter(QStringLiteral("save")).isEmpty());
    }

    void divergenceIsReportedAndNothingIsSaved()
    {
        Trace t;
        LoopHooks h = t.hooks(6);
        h.divergenceAdvice = "Try a smaller step.";
        try {
            runSteps(options(10), 0, h, t.context());
            QFAIL("a NaN loss went unnoticed");
        } catch (const Diverged &d) {
            QCOMPARE(QString::fromStdString(d.summary()), QStringLiteral("loss became NaN at step 6"));
            QVERIFY2(QString::fromUtf8(d.what()).endsWith(QStringLiteral("Try a smaller step.")), d.what());
            QVERIFY(QString::fromUtf8(d.what()).contains(QStringLiteral("no checkpoint was written")));
        }
        QCOMPARE(t.calls.filter(QStringLiteral("save")), QStringList{QStringLiteral("save 4")}); // the good one only
        const auto diverged = t.events<Divergence>();
        QCOMPARE(int(diverged.size()), 1);
        QCOMPARE(diverged[0].step, std::int64_t(6));
        QCOMPARE(QString::fromStdString(diverged[0].loss), QStringLiteral("loss"));
        QVERIFY(diverged[0].isNan);
        QVERIFY(QString::fromStdString(diverged[0].message).contains(QStringLiteral("Try a smaller step.")));
        QCOMPARE(int(t.events<Metrics>().size()), 5); // steps 1..5
        // Infinity says so.
        QVERIFY_THROWS_EXCEPTION(Diverged, checkFinite(INFINITY, "KL", 3));
        try {
            checkFinite(-INFINITY, "KL", 3);
        } catch (const Diverged &d) {
            QCOMPARE(QString::fromStdString(d.summary()), QStringLiteral("KL became infinite at step 3"));
        }
    }

    // OnDivergence::Pause: the run reports the divergence, asks its runner to pause it and waits at
    // the next checkpoint. Here the "runner" answers at once: resume (the gate returns) or stop.
    void aPausedDivergenceResumesPastTheStep()
    {
        Trace t;
        LoopHooks h = t.hooks(6);
        h.divergenceAdvice = "Try a smaller step.";
        RunContext ctx = t.context();
        int pauses = 0, waits = 0;
        bool paused = false;
        ctx.requestPause = [&] {
            ++pauses;
            paused = true;
            t.calls << QStringLiteral("pause");
            return true;
        };
        ctx.pauseGate = [&] {
            if (paused) {
                ++waits;
                t.calls << QStringLiteral("resume");
                paused = false;
            }
        };
        CommonOptions o = options(10);
        o.onDivergence = OnDivergence::Pause;
        const LoopResult r = runSteps(o, 0, h, ctx);
        QCOMPARE(pauses, 1);
        QCOMPARE(waits, 1);
        // Step 6 is skipped, not retried: from the same weights and draws it would give the same NaN.
        const int at = int(t.calls.indexOf(QStringLiteral("step 6")));
        QCOMPARE(t.calls.mid(at, 4), (QStringList{QStringLiteral("step 6"), QStringLiteral("pause"),
                                                  QStringLiteral("resume"), QStringLiteral("step 7")}));
        QCOMPARE(t.calls.filter(QStringLiteral("save")),
                 (QStringList{QStringLiteral("save 4"), QStringLiteral("save 8"), QStringLiteral("save 10")}));
        QCOMPARE(r.lastStep, std::int64_t(10));
        QCOMPARE(r.stepsThisRun, std::int64_t(9));
        QCOMPARE(t.calls.filter(QStringLiteral("settle")).size(), 1);
        const auto diverged = t.events<Divergence>();
        QCOMPARE(int(diverged.size()), 1);
        QVERIFY(diverged[0].paused);
        QCOMPARE(diverged[0].step, std::int64_t(6));
        const QString message = QString::fromStdString(diverged[0].message);
        QVERIFY2(message.startsWith(QStringLiteral("loss became NaN at step 6;")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Resume skips step 6")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("keeps the checkpoint in /tmp/genlab-steploop-unused")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral("Try a smaller step.")), qPrintable(message));
        QCOMPARE(int(t.events<LogLine>().size()), 1);
        QCOMPARE(int(t.events<Metrics>().size()), 9); // every step but 6
    }

    void stopWhilePausedOnADivergenceKeepsTheCheckpoint()
    {
        Trace t;
        std::stop_source stop;
        RunContext ctx = t.context();
        ctx.stop = stop.get_token();
        bool paused = false;
        ctx.requestPause = [&] { return paused = true; };
        ctx.pauseGate = [&] {
            if (paused)
                stop.request_stop(); // the user presses Stop while it waits
        };
        CommonOptions o = options(10);
        o.onDivergence = OnDivergence::Pause;
        QVERIFY_THROWS_EXCEPTION(Canceled, runSteps(o, 0, t.hooks(6), ctx));
        // Steps 1..5 were done, but the weights of step 5 led to the NaN: nothing is saved over
        // the checkpoint of step 4.
        QCOMPARE(t.calls.filter(QStringLiteral("save")), QStringList{QStringLiteral("save 4")});
        QCOMPARE(t.calls.last(), QStringLiteral("settle"));

        // A stop after a later step completed saves as any stop does.
        Trace later;
        std::stop_source stop2;
        RunContext c2 = later.context();
        c2.stop = stop2.get_token();
        c2.requestPause = [] { return true; };
        LoopHooks h = later.hooks(6);
        auto inner = h.step;
        h.step = [&](std::int64_t step) {
            if (step == 7)
                stop2.request_stop();
            return inner(step);
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, runSteps(o, 0, h, c2));
        QCOMPARE(later.calls.last(), QStringLiteral("save 7"));
    }

    void pauseNeedsSomeoneToResume()
    {
        // Without a runner that can pause (the CLI), Pause behaves as Stop.
        Trace t;
        CommonOptions o = options(10);
        o.onDivergence = OnDivergence::Pause;
        QVERIFY_THROWS_EXCEPTION(Diverged, runSteps(o, 0, t.hooks(6), t.context()));
        QVERIFY(!t.events<Divergence>().at(0).paused);
        // A runner that refuses: the run ends with Diverged as well.
        Trace refused;
        RunContext ctx = refused.context();
        ctx.requestPause = [] { return false; };
        QVERIFY_THROWS_EXCEPTION(Diverged, runSteps(o, 0, refused.hooks(6), ctx));
        QCOMPARE(refused.calls.filter(QStringLiteral("save")), QStringList{QStringLiteral("save 4")});
    }

    void aSkippedLastStepStillEndsWithACheckpoint()
    {
        Trace t;
        RunContext ctx = t.context();
        ctx.requestPause = [] { return true; };
        CommonOptions o = options(10);
        o.onDivergence = OnDivergence::Pause;
        const LoopResult r = runSteps(o, 0, t.hooks(10), ctx);
        QCOMPARE(r.lastStep, std::int64_t(9));
        QCOMPARE(t.calls.filter(QStringLiteral("save")), (QStringList{QStringLiteral("save 4"), QStringLiteral("save 8"),
                                                                      QStringLiteral("save 9")}));
        QCOMPARE(r.lastCheckpoint, o.outDir);
    }

    void outOfMemoryBecomesAMessage()
    {
        Trace t;
        LoopHooks h = t.hooks();
        h.outOfMemoryAdvice = "try a smaller batch";
        h.step = [](std::int64_t step) -> StepReport {
            if (step == 2)
                throw std::bad_alloc();
            return {};
        };
        try {
            runSteps(options(10), 0, h, t.context());
            QFAIL("no error");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("training ran out of memory at step 2: try a smaller batch"));
        }
        QVERIFY(t.calls.contains(QStringLiteral("settle")));
    }

    void scheduleWarmsUpAndDecays()
    {
        CommonOptions o;
        o.steps = 110;
        o.learningRate = 1.0;
        QCOMPARE(learningRateAt(o, 50), 1.0); // constant
        o.schedule = Schedule::WarmupCosine;
        o.warmupSteps = 10;
        QCOMPARE(learningRateAt(o, 5), 0.5);
        QCOMPARE(learningRateAt(o, 10), 1.0);
        QVERIFY(std::abs(learningRateAt(o, 60) - 0.55) < 1e-12); // half-way down the cosine to lr/10
        QVERIFY(std::abs(learningRateAt(o, 110) - 0.1) < 1e-12);
        o.minLearningRate = 0.0;
        QVERIFY(std::abs(learningRateAt(o, 110)) < 1e-12);
        Schedule s;
        QVERIFY(parseSchedule(scheduleName(Schedule::WarmupCosine), &s) && s == Schedule::WarmupCosine);
        QVERIFY(!parseSchedule("linear", &s));
    }

    void badOptionsAreRefused()
    {
        CommonOptions o;
        o.steps = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(o));
        o = CommonOptions{};
        o.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(o));
        o = CommonOptions{};
        o.learningRate = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(o));
        o = CommonOptions{};
        o.checkpointEvery = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(o));
        validate(CommonOptions{});
    }

    void resumePolicy()
    {
        QTemporaryDir tmp;
        CommonOptions o;
        o.outDir = QDir(tmp.path()).filePath(QStringLiteral("new")).toStdString();
        QVERIFY(!shouldResume(o, "toy"));
        o.resume = Resume::Required;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, shouldResume(o, "toy"));

        // A real checkpoint of ours.
        io::CheckpointData data;
        data.configJson = R"({"architecture": "toy", "step": 3})";
        std::vector<float> w{1, 2, 3};
        data.weights.push_back({"w", io::DType::F32, {3}, w.data(), w.size() * sizeof(float)});
        io::saveCheckpoint(o.outDir, data);
        QVERIFY(shouldResume(o, "toy"));
        o.resume = Resume::IfPresent;
        QVERIFY(shouldResume(o, "toy"));
        o.resume = Resume::Never;
        QVERIFY(!shouldResume(o, "toy"));
        o.resume = Resume::IfPresent;
        try {
            shouldResume(o, "gpt2");
            QFAIL("continued another architecture");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("\"toy\" checkpoint")), e.what());
        }
        // The user's folder is never taken.
        const QString docs = QDir(tmp.path()).filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs));
        QFile f(docs + QStringLiteral("/notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        o.outDir = docs.toStdString();
        for (Resume policy : {Resume::IfPresent, Resume::Never})
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, (o.resume = policy, shouldResume(o, "toy")));
        // No output folder: nothing to resume.
        o.outDir.clear();
        o.resume = Resume::IfPresent;
        QVERIFY(!shouldResume(o, "toy"));
    }

    void eventsRoundTrip()
    {
        Metrics m{12, {{"loss", 0.5}, {"kl", 2.0}}, {1.f, 2.f}, true};
        const auto m2 = Metrics::decode(m.encode());
        QVERIFY(m2);
        QCOMPARE(m2->step, std::int64_t(12));
        QCOMPARE(m2->value("kl", 0), 2.0);
        QVERIFY(m2->evaluation);
        QCOMPARE(m2->values.size(), std::size_t(2));
        QVERIFY(!ImagePreview::decode(m.encode())); // another kind is not this one

        ImagePreview p;
        p.step = 4;
        p.what = "reconstructions";
        p.caption = "inputs above";
        p.rows = 2;
        p.cols = 3;
        p.images.resize(6, Image(2, 2, 1));
        const auto p2 = ImagePreview::decode(p.encode());
        QVERIFY(p2);
        QCOMPARE(QString::fromStdString(p2->what), QStringLiteral("reconstructions"));
        QCOMPARE(QString::fromStdString(p2->caption), QStringLiteral("inputs above"));
        QCOMPARE(p2->rows, 2);
        QCOMPARE(p2->cols, 3);
        QCOMPARE(p2->images.size(), std::size_t(6));

        const auto d = Divergence::decode(Divergence{9, "KL", false, "KL became infinite at step 9."}.encode());
        QVERIFY(d && !d->isNan && d->loss == "KL" && d->step == 9 && !d->paused);
        QVERIFY(Divergence::decode(Divergence{9, "KL", true, "paused", true}.encode())->paused);
        QCOMPARE(TextPreview::decode(TextPreview{3, "to be"}.encode())->text, std::string("to be"));
        QCOMPARE(CheckpointWritten::decode(CheckpointWritten{3, "/x"}.encode())->dir, std::string("/x"));
        QCOMPARE(LogLine::decode(LogLine{-1, "hello"}.encode())->text, std::string("hello"));
    }

    void optionDocsCarryTheDefaultsTheyAreGiven()
    {
        CommonOptions d;
        d.steps = 1234;
        d.learningRate = 0.0025;
        bool sawSteps = false, sawLr = false;
        for (const OptionDoc &doc : describeCommonOptions(d)) {
            sawSteps = sawSteps || (doc.name == "steps" && doc.defaultValue == "1234");
            sawLr = sawLr || (doc.name == "lr" && doc.defaultValue == "0.0025");
            QVERIFY(!doc.description.empty());
        }
        QVERIFY(sawSteps && sawLr);
    }
};

QTEST_APPLESS_MAIN(TestStepLoop)
#include "tst_steploop.moc"
