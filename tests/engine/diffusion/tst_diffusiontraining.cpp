#include "engine/diffusion/training.h"

#include "engine/imaging/png.h"
#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"
#include "safetensorsedit.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::diffusion;
using genlab::testing::fillSafetensor;

namespace {

// Width 8, 28 px grey, conditional on the 10 digits, T 100: a few steps take well under a second.
DiffusionConfig tinyConfig(bool conditional = true)
{
    DiffusionConfig c;
    c.baseChannels = 8;
    c.conditional = conditional;
    c.timesteps = 100;
    return c;
}

// steps of batch 8 on one thread, constant learning rate, saving in outDir; no previews,
// evaluations or checkpoints but at the end.
TrainOptions tinyOptions(const QString &outDir, std::int64_t steps)
{
    TrainOptions o;
    o.dataset = "procedural-digits";
    o.outDir = outDir.toStdString();
    o.steps = steps;
    o.batchSize = 8;
    o.learningRate = 2e-3;
    o.schedule = train::Schedule::Constant;
    o.previewEvery = 0;
    o.checkpointEvery = 0;
    o.evalEvery = 0;
    o.evalImages = 16;
    o.previewSteps = 4;
    o.threads = 1;
    return o;
}

bool sameFile(const QString &dirA, const QString &dirB, const QString &name)
{
    QFile a(QDir(dirA).filePath(name));
    QFile b(QDir(dirB).filePath(name));
    return a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
}

std::vector<float> noiseBatch(const Denoiser &d, int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> x(d.imageValues() * std::size_t(count));
    for (auto &v : x)
        v = normal(rng);
    return x;
}

double rmsDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        s += double(a[i] - b[i]) * double(a[i] - b[i]);
    return std::sqrt(s / double(std::max<std::size_t>(a.size(), 1)));
}

struct Recorder
{
    std::vector<train::Metrics> metrics;     // per step
    std::vector<train::Metrics> evaluations; // evaluation = true
    std::vector<train::ImagePreview> previews;
    std::vector<train::Divergence> divergences;
    RunContext ctx()
    {
        RunContext c;
        c.onPartial = [this](Partial &&p) {
            if (auto m = train::Metrics::decode(p))
                (m->evaluation ? evaluations : metrics).push_back(*m);
            else if (auto i = train::ImagePreview::decode(p))
                previews.push_back(*i);
            else if (auto d = train::Divergence::decode(p))
                divergences.push_back(*d);
        };
        return c;
    }
};

double meanLoss(const std::vector<train::Metrics> &m, std::size_t from, std::size_t to)
{
    double s = 0;
    for (std::size_t i = from; i < to; ++i)
        s += m[i].value("loss", 0);
    return s / double(to - from);
}

} // namespace

class TestDiffusionTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void defaultsAreTheTrainersOwn()
    {
        const train::CommonOptions c = defaultCommon();
        QCOMPARE(c.steps, std::int64_t(4000));
        QCOMPARE(c.batchSize, 64);
        QCOMPARE(c.learningRate, 1e-3);
        QVERIFY(c.schedule == train::Schedule::WarmupCosine);
        QCOMPARE(c.warmupSteps, std::int64_t(200));
        QCOMPARE(c.checkpointEvery, std::int64_t(500));
        QCOMPARE(c.previewEvery, std::int64_t(250));
        QCOMPARE(c.evalEvery, std::int64_t(250));
        const TrainOptions o;
        QCOMPARE(o.steps, c.steps);
        QCOMPARE(o.classDropout, 0.1);
    }

    void aShortRunLowersTheLossAndReportsEverything()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("run"));
        DiffusionModel model = DiffusionModel::create(tinyConfig(), 1);
        const auto x = noiseBatch(model, 2, 5);
        Conditioning cond;
        cond.labels = {3};
        const auto before = model.predictNoise(x, 2, 50, cond);
        TrainOptions o = tinyOptions(dir, 30);
        o.previewEvery = 15;
        o.evalEvery = 15;
        Recorder rec;
        const TrainResult r = diffusion::train(model, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(30));
        QCOMPARE(r.stepsThisRun, std::int64_t(30));
        QVERIFY(std::isfinite(r.loss) && r.loss > 0);
        QVERIFY(r.imagesPerSecond > 0 && r.stepsPerSecond > 0);
        QCOMPARE(QString::fromStdString(r.lastCheckpoint), dir);

        QCOMPARE(int(rec.metrics.size()), 30);
        for (const char *name : {"loss", "grad_norm", "lr"})
            QVERIFY2(rec.metrics.back().has(name), name);
        QCOMPARE(rec.metrics.back().value("lr", 0), 2e-3);
        // ε-prediction starts near the noise's variance (1) and learns the digits' structure.
        QVERIFY2(meanLoss(rec.metrics, 25, 30) < meanLoss(rec.metrics, 0, 5),
                 qPrintable(QStringLiteral("%1 -> %2").arg(meanLoss(rec.metrics, 0, 5)).arg(meanLoss(rec.metrics, 25, 30))));

        // Two evaluations: val_loss and the loss in each of the 10 timestep buckets.
        QCOMPARE(int(rec.evaluations.size()), 2);
        for (const auto &e : rec.evaluations) {
            QCOMPARE(int(e.values.size()), kLossBuckets);
            QVERIFY(e.has("val_loss"));
            double mean = 0;
            for (float v : e.values) {
                QVERIFY(std::isfinite(v) && v > 0);
                mean += v / kLossBuckets;
            }
            QVERIFY(std::abs(mean - e.value("val_loss", 0)) < 1e-4);
        }
        QCOMPARE(rec.evaluations[0].step, std::int64_t(15));
        QVERIFY(rec.evaluations[1].value("val_loss", 9) < rec.evaluations[0].value("val_loss", 0) * 1.05);

        // Previews at 15 and 30: 2 rows of the classes 0-9.
        QCOMPARE(int(rec.previews.size()), 2);
        const auto &p = rec.previews.back();
        QCOMPARE(p.what, std::string("samples"));
        QCOMPARE(p.step, std::int64_t(30));
        QCOMPARE(p.rows, 2);
        QCOMPARE(p.cols, 10);
        QCOMPARE(int(p.images.size()), 20);
        QCOMPARE(p.images[0].width, 28);
        QCOMPARE(p.images[0].channels, 1);
        QVERIFY(QString::fromStdString(p.caption).contains(QLatin1String("DDIM 4 steps")));

        // The weights moved, the EMA lags behind them, the checkpoint holds both and Adam's state.
        QVERIFY(model.usesEma());
        const auto afterEma = model.predictNoise(x, 2, 50, cond);
        model.useEma(false);
        const auto afterRaw = model.predictNoise(x, 2, 50, cond);
        model.useEma(true);
        QVERIFY(afterEma != before && afterRaw != afterEma);
        // The average warms up: after 30 steps it follows the trained weights, not the initial ones
        // (a plain 0.995 average would still hold 86% of those).
        QVERIFY2(rmsDifference(afterEma, afterRaw) < rmsDifference(afterEma, before),
                 qPrintable(QStringLiteral("EMA-raw %1, EMA-initial %2")
                                .arg(rmsDifference(afterEma, afterRaw))
                                .arg(rmsDifference(afterEma, before))));
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("optimizer.safetensors"))));
        DiffusionModel back = DiffusionModel::load(dir.toStdString());
        QCOMPARE(back.info().step, std::int64_t(30));
        QCOMPARE(back.info().datasetId, std::string("procedural-digits"));
        QVERIFY(QString::fromStdString(back.info().recipeJson).contains(QLatin1String("train diffusion")));
        QVERIFY(back.predictNoise(x, 2, 50, cond) == afterEma);
        back.useEma(false);
        QVERIFY(back.predictNoise(x, 2, 50, cond) == afterRaw);

        // A shipped copy leaves the optimizer out.
        const QString shipped = tmp.filePath(QStringLiteral("shipped"));
        model.save(shipped.toStdString(), model.info(), /*withOptimizer=*/false);
        QVERIFY(!QFileInfo::exists(QDir(shipped).filePath(QStringLiteral("optimizer.safetensors"))));
        QVERIFY(DiffusionModel::load(shipped.toStdString()).predictNoise(x, 2, 50, cond) == afterEma);
    }

    void resumingGivesTheSameWeightsAsOneRun()
    {
        QTemporaryDir tmp;
        const QString once = tmp.filePath(QStringLiteral("once"));
        const QString twice = tmp.filePath(QStringLiteral("twice"));
        DiffusionConfig c = tinyConfig();
        c.prediction = Prediction::V;
        auto options = [](const QString &dir, std::int64_t steps) {
            TrainOptions o = tinyOptions(dir, steps);
            o.schedule = train::Schedule::WarmupCosine; // the learning rate depends on the step
            o.warmupSteps = 4;
            o.steps = 12;
            o.gradientClip = 0.5;
            o.classDropout = 0.3;
            o.checkpointEvery = steps < 12 ? steps : 0;
            return o;
        };
        {
            DiffusionModel m = DiffusionModel::create(c, 4);
            diffusion::train(m, options(once, 12), {});
        }
        {
            // Stopped after step 5 (a cancel checkpoints the last completed step).
            DiffusionModel m = DiffusionModel::create(c, 4);
            TrainOptions o = options(twice, 5);
            RunContext ctx;
            std::stop_source stop;
            ctx.stop = stop.get_token();
            ctx.onPartial = [&](Partial &&p) {
                if (auto metrics = train::Metrics::decode(p); metrics && metrics->step == 5)
                    stop.request_stop();
            };
            QVERIFY_THROWS_EXCEPTION(Canceled, diffusion::train(m, o, ctx));
        }
        QCOMPARE(DiffusionModel::load(twice.toStdString()).info().step, std::int64_t(5));
        {
            DiffusionModel m = DiffusionModel::create(c, 99); // the checkpoint's weights replace these
            Recorder rec;
            const TrainResult r = diffusion::train(m, options(twice, 12), rec.ctx());
            QCOMPARE(r.stepsThisRun, std::int64_t(7));
            QCOMPARE(rec.metrics.front().step, std::int64_t(6));
        }
        QVERIFY(sameFile(once, twice, QStringLiteral("model.safetensors")));
        QVERIFY(sameFile(once, twice, QStringLiteral("optimizer.safetensors")));
        QCOMPARE(DiffusionModel::load(twice.toStdString()).info().step, std::int64_t(12));
    }

    void aCheckpointOfAnotherSizeIsNotResumed()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("run"));
        {
            DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
            diffusion::train(m, tinyOptions(dir, 1), {});
        }
        DiffusionConfig other = tinyConfig();
        other.imageSize = 32;
        DiffusionModel m = DiffusionModel::create(other, 1);
        TrainOptions o = tinyOptions(dir, 3);
        try {
            diffusion::train(m, o, {});
            QFAIL("a 28 px checkpoint was resumed by a 32 px model");
        } catch (const DiffusionCheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(dir) &&
                         QString::fromUtf8(e.what()).contains(QLatin1String("image size: checkpoint has 28, expected 32")),
                     e.what());
        }
    }

    void nonFiniteLossIsCaughtWithNoBadCheckpoint()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("run"));
        {
            DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
            diffusion::train(m, tinyOptions(dir, 2), {});
        }
        // A last convolution of huge (finite) weights overflows at once, as a run blown up by an
        // absurd learning rate would.
        QVERIFY(fillSafetensor(QDir(dir).filePath(QStringLiteral("model.safetensors")), "unet.conv_out.weight", 3e38f));
        DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
        TrainOptions o = tinyOptions(dir, 10);
        o.checkpointEvery = 1;
        Recorder rec;
        try {
            diffusion::train(m, o, rec.ctx());
            QFAIL("an overflowing network trained without diverging");
        } catch (const train::Diverged &e) {
            QCOMPARE(e.step(), std::int64_t(3));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("loss")), e.what());
        }
        QCOMPARE(int(rec.divergences.size()), 1);
        QCOMPARE(DiffusionModel::load(dir.toStdString()).info().step, std::int64_t(2));
    }

    // OnDivergence::Pause (the lab's runs): the job is asked to pause, and a Stop while it waits
    // leaves the checkpoint of the last good step as it was.
    void aPausedDivergenceStoppedKeepsTheCheckpoint()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("run"));
        {
            DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
            diffusion::train(m, tinyOptions(dir, 2), {});
        }
        QVERIFY(fillSafetensor(QDir(dir).filePath(QStringLiteral("model.safetensors")), "unet.conv_out.weight", 3e38f));
        QFile file(QDir(dir).filePath(QStringLiteral("model.safetensors")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
        TrainOptions o = tinyOptions(dir, 10);
        o.checkpointEvery = 1;
        o.onDivergence = train::OnDivergence::Pause;
        Recorder rec;
        RunContext ctx = rec.ctx();
        std::stop_source stop;
        ctx.stop = stop.get_token();
        int pauses = 0;
        ctx.requestPause = [&] { return ++pauses > 0; };
        ctx.pauseGate = [&] {
            if (pauses > 0)
                stop.request_stop(); // the user presses Stop on the paused job
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, diffusion::train(m, o, ctx));
        QCOMPARE(pauses, 1);
        QCOMPARE(int(rec.divergences.size()), 1);
        QVERIFY(rec.divergences[0].paused);
        QCOMPARE(rec.divergences[0].step, std::int64_t(3));
        QVERIFY2(QString::fromStdString(rec.divergences[0].message).contains(QLatin1String("gradient clip")),
                 rec.divergences[0].message.c_str()); // the trainer's advice
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
        QCOMPARE(DiffusionModel::load(dir.toStdString()).info().step, std::int64_t(2));
    }

    void unconditionalAndVPredictionTrain()
    {
        DiffusionConfig c = tinyConfig(false);
        c.prediction = Prediction::V;
        c.attention = false;
        c.schedule = NoiseSchedule::Linear;
        DiffusionModel m = DiffusionModel::create(c, 2);
        TrainOptions o = tinyOptions(QString(), 4);
        o.dataset = "shapes";
        o.previewEvery = 4;
        o.previewColumns = 3;
        o.previewRows = 1;
        Recorder rec;
        const TrainResult r = diffusion::train(m, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(4));
        QVERIFY(std::isfinite(r.loss));
        QCOMPARE(int(rec.previews.size()), 1);
        QCOMPARE(int(rec.previews[0].images.size()), 3);
        QVERIFY(!QString::fromStdString(rec.previews[0].caption).contains(QLatin1String("classes")));
    }

    // The user's folder at 96 px: refused on the CPU with the message (a GPU allows it); trained
    // when a test lifts the limit (maxImageSize), so the larger UNet's data path runs here.
    void aLargeFolderNeedsAGpuUnlessATestAllowsIt()
    {
        QTemporaryDir tmp;
        for (int i = 0; i < 12; ++i) {
            Image im(100, 100, 3);
            for (std::size_t k = 0; k < im.pixels.size(); ++k)
                im.pixels[k] = std::uint8_t((k * 7 + std::size_t(i) * 31) % 251);
            imaging::writePng(tmp.filePath(QStringLiteral("im%1.png").arg(i)).toStdString(), im);
        }
        DiffusionConfig c = tinyConfig(false);
        c.imageSize = 96;
        c.channels = 3;
        DiffusionModel m = DiffusionModel::create(c, 1);
        TrainOptions o = tinyOptions(QString(), 1);
        o.dataset = "folder:" + tmp.path().toStdString();
        o.batchSize = 2;
        o.evalImages = 0;
        try {
            diffusion::train(m, o, {});
            QFAIL("a 96 px model trained on the CPU");
        } catch (const std::invalid_argument &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("image size 96 needs a GPU: on the CPU a diffusion "
                                                                 "model trains at up to 64 px (with CUDA up to 128 px)"));
        }
        o.maxImageSize = 96;
        Recorder rec;
        const TrainResult r = diffusion::train(m, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(1));
        QVERIFY(std::isfinite(r.loss));
        QCOMPARE(int(rec.metrics.size()), 1);
        o.maxImageSize = 64; // a limit a test sets is a limit too
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diffusion::train(m, o, {}));
    }

    void badOptionsAndDataAreClearErrors()
    {
        DiffusionModel m = DiffusionModel::create(tinyConfig(), 1);
        TrainOptions o = tinyOptions(QString(), 2);
        o.classDropout = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diffusion::train(m, o, {}));
        o = tinyOptions(QString(), 2);
        o.emaDecay = 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diffusion::train(m, o, {}));
        o = tinyOptions(QString(), 2);
        o.previewSteps = 101; // T is 100
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, diffusion::train(m, o, {}));

        DiffusionConfig four = tinyConfig();
        four.numClasses = 4;
        DiffusionModel m4 = DiffusionModel::create(four, 1);
        try {
            diffusion::train(m4, tinyOptions(QString(), 2), {});
            QFAIL("10 classes of data trained a 4-class model");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("classes")), e.what());
        }
        QTemporaryDir empty;
        o = tinyOptions(QString(), 2);
        o.dataset = "folder:" + empty.path().toStdString();
        QVERIFY_THROWS_EXCEPTION(std::exception, diffusion::train(m, o, {}));
    }
};

QTEST_APPLESS_MAIN(TestDiffusionTraining)
#include "tst_diffusiontraining.moc"
