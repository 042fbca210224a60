#include "engine/vae/training.h"

#include "engine/data/registry.h"
#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"

#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <numeric>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::vae;

namespace {

VaeConfig tinyConfig(VaeConfig::Kind kind = VaeConfig::Kind::Vae)
{
    VaeConfig c;
    c.kind = kind;
    c.latentDim = 4;
    c.baseChannels = 8;
    return c;
}

// Blobs at random places: a data set a tiny model learns quickly.
std::vector<FloatImage> blobs(int count, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(7.f, 21.f);
    std::vector<FloatImage> out;
    for (int i = 0; i < count; ++i) {
        FloatImage img;
        img.width = img.height = 28;
        img.channels = 1;
        img.values.resize(28 * 28);
        const float cx = u(rng), cy = u(rng);
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x)
                img.values[std::size_t(y) * 28 + x] =
                    std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / 18.f) > 0.5f ? 1.f : 0.f;
        out.push_back(std::move(img));
    }
    return out;
}

struct Recorder
{
    std::vector<Partial> metrics;
    std::vector<Partial> previews;
    std::vector<Partial> samples;
    double lastFraction = -1;
    RunContext ctx()
    {
        RunContext c;
        c.onPartial = [this](Partial &&p) {
            if (train::Metrics::decode(p))
                metrics.push_back(std::move(p));
            else if (const auto preview = train::ImagePreview::decode(p); preview && preview->what == "reconstructions")
                previews.push_back(std::move(p));
            else if (preview && preview->what == "samples")
                samples.push_back(std::move(p));
        };
        c.onProgress = [this](double f, std::string_view) { lastFraction = f; };
        return c;
    }
    double scalar(std::size_t i, const std::string &name) const
    {
        for (const auto &[k, v] : metrics[i].scalars)
            if (k == name)
                return v;
        return NAN;
    }
};

std::vector<float> decodeProbe(const LatentModel &m)
{
    std::vector<float> z(std::size_t(m.latentDim()) * 2);
    for (std::size_t i = 0; i < z.size(); ++i)
        z[i] = float(i) * 0.25f - 0.5f;
    std::vector<float> out;
    for (const auto &img : m.decode(z))
        out.insert(out.end(), img.values.begin(), img.values.end());
    return out;
}

} // namespace

class TestVaeTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void tinyRunDecreasesTheLossAndReports()
    {
        auto model = LatentModel::create(tinyConfig(), 1);
        TrainOptions o;
        o.images = blobs(128, 1);
        o.steps = 60;
        o.batchSize = 32;
        o.learningRate = 3e-3;
        o.previewEvery = 20;
        o.previewCount = 4;
        Recorder rec;
        TrainResult r = vae::train(model, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(60));
        QCOMPARE(rec.metrics.size(), std::size_t(60));
        QCOMPARE(rec.metrics[0].step, std::int64_t(1));
        QCOMPARE(rec.metrics[0].values.size(), std::size_t(4)); // per-dimension KL
        for (const char *name : {"reconstruction", "kl", "elbo", "beta", "loss"})
            QVERIFY2(std::isfinite(rec.scalar(0, name)), name);
        QCOMPARE(rec.scalar(59, "elbo"), -(rec.scalar(59, "reconstruction") + rec.scalar(59, "kl")));
        double klSum = std::accumulate(rec.metrics[59].values.begin(), rec.metrics[59].values.end(), 0.0);
        QVERIFY(std::abs(klSum - rec.scalar(59, "kl")) < 1e-3 * std::max(1.0, klSum));
        auto meanLoss = [&](std::size_t from) {
            double s = 0;
            for (std::size_t i = from; i < from + 5; ++i)
                s += rec.scalar(i, "loss");
            return s / 5;
        };
        const double first = meanLoss(0), last = meanLoss(55);
        QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("loss %1 -> %2").arg(first).arg(last)));
        QCOMPARE(rec.previews.size(), std::size_t(3)); // steps 20, 40, 60
        QCOMPARE(rec.previews[0].images.size(), std::size_t(8)); // 4 inputs above, 4 outputs below
        QCOMPARE(rec.previews[0].images[4].width, 28);
        QCOMPARE(rec.samples.size(), std::size_t(3));
        QCOMPARE(rec.lastFraction, 1.0);
        QVERIFY(r.imagesPerSecond > 0);
        QCOMPARE(model.info().step, std::int64_t(60));
    }

    void autoencoderTrainsWithoutKl()
    {
        VaeConfig c = tinyConfig(VaeConfig::Kind::Autoencoder);
        c.likelihood = VaeConfig::Likelihood::Gaussian;
        auto model = LatentModel::create(c, 2);
        TrainOptions o;
        o.images = blobs(64, 2);
        o.steps = 30;
        o.batchSize = 32;
        o.learningRate = 3e-3;
        o.previewEvery = 0;
        Recorder rec;
        vae::train(model, o, rec.ctx());
        QCOMPARE(rec.scalar(29, "kl"), 0.0);
        QCOMPARE(rec.scalar(29, "beta"), 0.0);
        QVERIFY(rec.scalar(29, "loss") < rec.scalar(0, "loss"));
    }

    void betaWarmUpShowsInTheMetrics()
    {
        VaeConfig c = tinyConfig();
        c.beta = 2.0;
        c.betaWarmupSteps = 4;
        auto model = LatentModel::create(c, 3);
        TrainOptions o;
        o.images = blobs(32, 3);
        o.steps = 6;
        o.batchSize = 16;
        o.previewEvery = 0;
        Recorder rec;
        vae::train(model, o, rec.ctx());
        QCOMPARE(rec.scalar(0, "beta"), 0.5);
        QCOMPARE(rec.scalar(1, "beta"), 1.0);
        QCOMPARE(rec.scalar(5, "beta"), 2.0);
    }

    void resumingGivesTheSameModelAsOneRun()
    {
        QTemporaryDir tmp;
        const auto images = blobs(96, 4);
        TrainOptions o;
        o.images = images;
        o.batchSize = 32; // 3 batches per epoch: the resume lands mid-epoch
        o.learningRate = 2e-3;
        o.seed = 5;
        o.previewEvery = 0;

        auto whole = LatentModel::create(tinyConfig(), 9);
        o.steps = 10;
        vae::train(whole, o, {});

        const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("ck")).toStdString();
        auto first = LatentModel::create(tinyConfig(), 9);
        o.steps = 7;
        o.outDir = dir;
        TrainResult r1 = vae::train(first, o, {});
        QCOMPARE(QString::fromStdString(r1.lastCheckpoint), QString::fromStdString(dir));
        QCOMPARE(LatentModel::load(dir).info().step, std::int64_t(7));
        // A copy without the optimizer state, for the control below.
        const QString bare = QDir(tmp.path()).filePath(QStringLiteral("bare"));
        QVERIFY(QDir().mkpath(bare));
        for (const QString &f : QDir(QString::fromStdString(dir)).entryList(QDir::Files))
            if (f != QLatin1String("optimizer.safetensors"))
                QVERIFY(QFile::copy(QString::fromStdString(dir) + QLatin1Char('/') + f, bare + QLatin1Char('/') + f));

        auto resumed = LatentModel::create(tinyConfig(), 12345); // weights come from the checkpoint
        o.steps = 10;
        o.resume = train::Resume::Required;
        TrainResult r2 = vae::train(resumed, o, {});
        QCOMPARE(r2.step, std::int64_t(10));
        QCOMPARE(r2.stepsThisRun, std::int64_t(3));
        QCOMPARE(decodeProbe(resumed), decodeProbe(whole));
        QCOMPARE(LatentModel::load(dir).info().step, std::int64_t(10));

        // Without the optimizer state the resumed run differs, so the comparison above can fail.
        auto fresh = LatentModel::create(tinyConfig(), 1);
        o.outDir = bare.toStdString();
        vae::train(fresh, o, {});
        QVERIFY(decodeProbe(fresh) != decodeProbe(whole));

        // Never: start over even though the folder holds a checkpoint (it is replaced).
        auto again = LatentModel::create(tinyConfig(), 9);
        o.outDir = dir;
        o.resume = train::Resume::Never;
        o.steps = 10;
        TrainResult r3 = vae::train(again, o, {});
        QCOMPARE(r3.stepsThisRun, std::int64_t(10));
        QCOMPARE(decodeProbe(again), decodeProbe(whole));
    }

    void scheduleAndClippingChangeTheRunOnlyWhenAsked()
    {
        const auto images = blobs(64, 8);
        auto run = [&](auto configure) {
            TrainOptions o;
            o.images = images;
            o.steps = 6;
            o.batchSize = 32;
            o.previewEvery = 0;
            configure(o);
            auto model = LatentModel::create(tinyConfig(), 3);
            vae::train(model, o, {});
            return decodeProbe(model);
        };
        const auto plain = run([](TrainOptions &) {});
        QCOMPARE(run([](TrainOptions &) {}), plain); // deterministic
        // A constant schedule and clipping off are the defaults: saying so changes nothing.
        QCOMPARE(run([](TrainOptions &o) {
                     o.schedule = train::Schedule::Constant;
                     o.gradientClip = 0;
                 }),
                 plain);
        QVERIFY(run([](TrainOptions &o) {
                    o.schedule = train::Schedule::WarmupCosine;
                    o.warmupSteps = 3;
                }) != plain);
        QVERIFY(run([](TrainOptions &o) { o.gradientClip = 1e-3; }) != plain);
    }

    void resumePolicyRefusesFoldersItCannotUse()
    {
        QTemporaryDir tmp;
        TrainOptions o;
        o.images = blobs(16, 2);
        o.steps = 2;
        o.batchSize = 16;
        o.previewEvery = 0;
        // Required without a checkpoint.
        o.outDir = QDir(tmp.path()).filePath(QStringLiteral("empty")).toStdString();
        o.resume = train::Resume::Required;
        auto model = LatentModel::create(tinyConfig(), 1);
        try {
            vae::train(model, o, {});
            QFAIL("resumed from nothing");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no checkpoint to resume")), e.what());
        }
        // A folder of the user's is never replaced.
        const QString docs = QDir(tmp.path()).filePath(QStringLiteral("docs"));
        QVERIFY(QDir().mkpath(docs));
        QFile letter(docs + QStringLiteral("/letter.txt"));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("dear");
        letter.close();
        o.outDir = docs.toStdString();
        o.resume = train::Resume::IfPresent;
        try {
            vae::train(model, o, {});
            QFAIL("trained into a folder of the user's");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not empty")), e.what());
        }
        QVERIFY(QFileInfo::exists(docs + QStringLiteral("/letter.txt")));
        // A checkpoint of another shape is named, not continued.
        o.outDir = QDir(tmp.path()).filePath(QStringLiteral("ck")).toStdString();
        vae::train(model, o, {});
        VaeConfig wider = tinyConfig();
        wider.latentDim = tinyConfig().latentDim + 2;
        auto other = LatentModel::create(wider, 1);
        o.steps = 4;
        try {
            vae::train(other, o, {});
            QFAIL("continued a checkpoint of another latent size");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("latent")), e.what());
        }
    }

    void nonFiniteLossStopsAndWritesNoCheckpoint()
    {
        QTemporaryDir tmp;
        const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("nan")).toStdString();
        auto images = blobs(16, 5);
        auto model = LatentModel::create(tinyConfig(), 4);
        TrainOptions o;
        o.images = images;
        o.steps = 3;
        o.batchSize = 16;
        o.previewEvery = 0;
        o.outDir = dir;
        vae::train(model, o, {});
        const auto before = decodeProbe(model);

        o.images[3].values[100] = NAN; // in every batch: the whole set is one batch
        o.steps = 10;
        try {
            vae::train(model, o, {});
            QFAIL("a NaN loss went unnoticed");
        } catch (const train::Diverged &e) {
            QCOMPARE(QString::fromStdString(e.summary()), QStringLiteral("reconstruction loss became NaN at step 4"));
            QCOMPARE(QString::fromStdString(e.loss()), QStringLiteral("reconstruction loss"));
            QCOMPARE(e.step(), std::int64_t(4));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("smaller beta")), e.what());
        }
        // The optimizer never applied it: the weights are those of step 3, and the checkpoint is step 3's.
        QCOMPARE(decodeProbe(model), before);
        QCOMPARE(model.info().step, std::int64_t(3));
        auto onDisk = LatentModel::load(dir);
        QCOMPARE(onDisk.info().step, std::int64_t(3));
        QCOMPARE(decodeProbe(onDisk), before);
    }

    void hugeLearningRateIsCaught()
    {
        VaeConfig c = tinyConfig();
        auto model = LatentModel::create(c, 6);
        TrainOptions o;
        o.images = blobs(32, 6);
        o.steps = 400;
        o.batchSize = 32;
        o.learningRate = 10.0;
        o.previewEvery = 0;
        try {
            vae::train(model, o, {});
            QFAIL("a learning rate of 10 trained 400 steps without a non-finite loss");
        } catch (const train::Diverged &e) {
            QVERIFY2(e.step() >= 1 && e.step() <= 400, e.what());
            qInfo("%s", e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral(" at step ")), e.what());
        }
    }

    void cancelKeepsTheLastStepAsACheckpoint()
    {
        QTemporaryDir tmp;
        const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("c")).toStdString();
        auto model = LatentModel::create(tinyConfig(), 7);
        TrainOptions o;
        o.images = blobs(32, 7);
        o.steps = 100;
        o.batchSize = 16;
        o.previewEvery = 0;
        o.outDir = dir;
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        int seen = 0;
        ctx.onPartial = [&](Partial &&p) {
            if (train::Metrics::decode(p) && ++seen == 3)
                stop.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, vae::train(model, o, ctx));
        QCOMPARE(model.info().step, std::int64_t(3));
        QCOMPARE(LatentModel::load(dir).info().step, std::int64_t(3));
    }

    void trainsColourImagesAt64()
    {
        VaeConfig c = tinyConfig();
        c.imageSize = 64;
        c.channels = 3;
        auto model = LatentModel::create(c, 8);
        TrainOptions o;
        for (int i = 0; i < 4; ++i) {
            FloatImage img;
            img.width = img.height = 64;
            img.channels = 3;
            img.values.assign(3 * 64 * 64, 0.1f * float(i));
            o.images.push_back(std::move(img));
        }
        o.steps = 2;
        o.batchSize = 4;
        o.previewEvery = 2;
        o.previewCount = 2;
        Recorder rec;
        TrainResult r = vae::train(model, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(2));
        QCOMPARE(rec.previews.size(), std::size_t(1));
        QCOMPARE(rec.previews[0].images[2].width, 64);
        QCOMPARE(rec.previews[0].images[2].channels, 3);
    }

    void rejectsImagesOfAnotherSize()
    {
        auto model = LatentModel::create(tinyConfig(), 1);
        TrainOptions o;
        o.images = blobs(4, 1);
        o.images[2].width = 27;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, vae::train(model, o, {}));
    }

    void folderWithoutImagesIsAClearError()
    {
        QTemporaryDir tmp;
        QFile junk(QDir(tmp.path()).filePath(QStringLiteral("notes.png")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a PNG");
        junk.close();
        auto model = LatentModel::create(tinyConfig(), 1);
        TrainOptions o;
        o.dataset = "folder:" + tmp.path().toStdString();
        o.steps = 2;
        try {
            vae::train(model, o, {});
            QFAIL("a folder without usable images trained");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(tmp.path()), e.what());
        }
        QCOMPARE(model.info().step, std::int64_t(0));
    }

    void trainsOnTheDigitsDataSet()
    {
        std::string why;
        bool available = false;
        for (const auto &d : data::availableImageDatasets())
            if (d.id == "digits") {
                available = d.available;
                why = d.whyNot;
            }
        if (!available)
            QSKIP(qPrintable(QStringLiteral("digits data set unavailable: %1").arg(QString::fromStdString(why))));
        auto model = LatentModel::create(tinyConfig(), 1);
        TrainOptions o;
        o.dataset = "digits";
        o.steps = 3;
        o.batchSize = 16;
        o.previewEvery = 3;
        o.previewCount = 2;
        Recorder rec;
        TrainResult r = vae::train(model, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(3));
        QCOMPARE(rec.previews.size(), std::size_t(1));
        QCOMPARE(rec.previews[0].images[0].width, 28);
        QCOMPARE(QString::fromStdString(model.info().datasetId), QStringLiteral("digits"));
        // An unknown data set is a clear error, not a crash.
        auto other = LatentModel::create(tinyConfig(), 1);
        o.dataset = "no-such-data";
        QVERIFY_THROWS_EXCEPTION(std::exception, vae::train(other, o, {}));
    }
};

QTEST_APPLESS_MAIN(TestVaeTraining)
#include "tst_vaetraining.moc"
