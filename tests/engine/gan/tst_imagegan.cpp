#include "engine/gan/imagegan.h"

#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"
#include "safetensorsedit.h"
#include "tinyimagegan.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::gan;
using genlab::testing::fillSafetensor;
using genlab::testing::tinyImageGanConfig;
using genlab::testing::tinyImageGanOptions;

namespace {

double meanAbsDifference(const Image &a, const Image &b)
{
    if (a.pixels.size() != b.pixels.size())
        return 1e9;
    double s = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i)
        s += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
    return s / double(a.pixels.size());
}

bool sameWeights(const QString &dirA, const QString &dirB)
{
    QFile a(QDir(dirA).filePath(QStringLiteral("model.safetensors")));
    QFile b(QDir(dirB).filePath(QStringLiteral("model.safetensors")));
    return a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
}

struct Recorder
{
    std::vector<train::Metrics> metrics;
    std::vector<train::ImagePreview> previews;
    RunContext ctx()
    {
        RunContext c;
        c.onPartial = [this](Partial &&p) {
            if (auto m = train::Metrics::decode(p))
                metrics.push_back(*m);
            else if (auto i = train::ImagePreview::decode(p))
                previews.push_back(*i);
        };
        return c;
    }
};

} // namespace

class TestImageGan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void configValidationNamesTheField()
    {
        ImageGanConfig c;
        QVERIFY(c.validate().empty());
        c.imageSize = 30;
        QVERIFY(QString::fromStdString(c.validate()).contains(QLatin1String("image size")));
        c = {};
        c.channels = 2;
        QVERIFY(QString::fromStdString(c.validate()).contains(QLatin1String("channels")));
        c = {};
        c.latentDim = 1;
        QVERIFY(QString::fromStdString(c.validate()).contains(QLatin1String("latent size")));
        c = {};
        c.baseChannels = 4;
        QVERIFY(QString::fromStdString(c.validate()).contains(QLatin1String("base channels")));
        c = {};
        c.conditional = true;
        c.numClasses = 1;
        QVERIFY(QString::fromStdString(c.validate()).contains(QLatin1String("classes")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageGan::create(c, 1));

        c = tinyImageGanConfig(true);
        c.spectralNorm = true;
        std::string error;
        const ImageGanConfig back = ImageGanConfig::fromJson(c.toJson(), &error);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(back == c);
        ImageGanConfig::fromJson(R"({"architecture": "conv-vae"})", &error);
        QVERIFY(QString::fromStdString(error).contains(QLatin1String("conv-vae")));
    }

    void shapesForEverySizeAndColour_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("spectral");
        QTest::newRow("28 grey") << 28 << 1 << false;
        QTest::newRow("32 colour") << 32 << 3 << false;
        QTest::newRow("64 grey, spectral norm") << 64 << 1 << true;
        QTest::newRow("64 colour") << 64 << 3 << false;
    }
    void shapesForEverySizeAndColour()
    {
        QFETCH(int, size);
        QFETCH(int, channels);
        QFETCH(bool, spectral);
        ImageGanConfig c = tinyImageGanConfig();
        c.imageSize = size;
        c.channels = channels;
        c.spectralNorm = spectral;
        const ImageGan gan = ImageGan::create(c, 3);
        const auto images = gan.sample(5, 7);
        QCOMPARE(int(images.size()), 5);
        for (const auto &img : images) {
            QCOMPARE(img.width, size);
            QCOMPARE(img.height, size);
            QCOMPARE(img.channels, channels);
            QCOMPARE(img.pixels.size(), std::size_t(size) * size * channels);
        }
        QVERIFY(meanAbsDifference(images[0], images[1]) > 0.0); // different noise, different images
        FloatImage x;
        x.width = x.height = size;
        x.channels = channels;
        x.values.assign(std::size_t(size) * size * channels, 0.5f);
        const double score = gan.discriminate({x, x}, {});
        QVERIFY(score > 0.0 && score < 1.0);
        QVERIFY(gan.generatorParameterCount() > 0 && gan.discriminatorParameterCount() > 0);
    }

    void seededSamplingIsReproducible()
    {
        const ImageGan a = ImageGan::create(tinyImageGanConfig(), 11);
        const ImageGan b = ImageGan::create(tinyImageGanConfig(), 11);
        const auto x = a.sample(6, 42);
        const auto y = b.sample(6, 42);
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY(x[i].pixels == y[i].pixels);
        // A batch of one gives the same image as the first of a batch (eval-mode batch norm).
        QVERIFY(a.sample(1, 42)[0].pixels == x[0].pixels);
        const auto other = a.sample(6, 43);
        QVERIFY(meanAbsDifference(x[0], other[0]) > 0.0);
        // Truncation keeps every noise value inside the bound, and the same seed draws the same.
        const auto z = a.drawNoise(64, 5, 0.5);
        for (float v : z)
            QVERIFY(std::abs(v) <= 0.5f);
        QVERIFY(z == a.drawNoise(64, 5, 0.5));
        QVERIFY(a.drawNoise(4, 5) != a.drawNoise(4, 5, 0.5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, a.sample(2, 1, 0, 3)); // unconditional: no class
    }

    void conditionalSamplingRespectsTheClass()
    {
        const ImageGan gan = ImageGan::create(tinyImageGanConfig(true), 5);
        const auto noise = gan.drawNoise(1, 9);
        const auto three = gan.generate(noise, {3});
        const auto seven = gan.generate(noise, {7});
        QVERIFY(meanAbsDifference(three[0], seven[0]) > 0.0);
        QVERIFY(gan.generate(noise, {3})[0].pixels == three[0].pixels);
        // sample(): a fixed class for every image, or the classes in turn.
        const auto allSeven = gan.sample(3, 9, 0, 7);
        QVERIFY(allSeven[0].pixels == seven[0].pixels);
        const auto cycled = gan.sample(12, 9);
        QCOMPARE(int(cycled.size()), 12);
        QVERIFY(cycled[0].pixels == gan.generate(noise, {0})[0].pixels);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gan.sample(2, 1, 0, 10));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gan.generate(noise, {}));
    }

    void saveLoadRoundTripsAndRefusesAnotherArchitecture()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("gan"));
        ImageGanConfig c = tinyImageGanConfig(true);
        c.spectralNorm = true;
        const ImageGan gan = ImageGan::create(c, 2);
        gan.save(dir.toStdString(), ImageGanInfo{"procedural-digits", 0, {}, {}});
        const ImageGan back = ImageGan::load(dir.toStdString());
        QVERIFY(back.config() == c);
        QCOMPARE(back.info().datasetId, std::string("procedural-digits"));
        QVERIFY(back.sample(4, 1)[2].pixels == gan.sample(4, 1)[2].pixels);

        ImageGanConfig wider = c;
        wider.baseChannels = 16;
        try {
            ImageGan::load(dir.toStdString(), wider);
            QFAIL("a checkpoint of another width was accepted");
        } catch (const GanCheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("base channels: checkpoint has 8, expected 16")), e.what());
        }
        ImageGanConfig unconditional = c;
        unconditional.conditional = false;
        try {
            ImageGan::load(dir.toStdString(), unconditional);
            QFAIL("a conditional checkpoint was accepted as unconditional");
        } catch (const GanCheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("conditional")), e.what());
        }
        // A checkpoint of another kind of model: the architecture is named.
        QFile config(QDir(dir).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        text.replace("\"dcgan\"", "\"conv-vae\"");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();
        try {
            ImageGan::load(dir.toStdString());
            QFAIL("a conv-vae checkpoint was accepted");
        } catch (const GanCheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("conv-vae")), e.what());
        }
    }

    void aFewStepsLowerTheDiscriminatorLossAndChangeTheGenerator()
    {
        QTemporaryDir tmp;
        ImageGan gan = ImageGan::create(tinyImageGanConfig(true), 1);
        const auto before = gan.sample(4, 3);
        ImageTrainOptions o = tinyImageGanOptions(tmp.filePath(QStringLiteral("run")), 30);
        o.previewEvery = 15;
        o.learningRate = 1e-3;
        Recorder rec;
        const ImageTrainResult r = trainImageGan(gan, o, rec.ctx());
        QCOMPARE(r.step, std::int64_t(30));
        QCOMPARE(int(rec.metrics.size()), 30);
        for (const char *name : {"d_loss", "g_loss", "d_real", "d_fake", "g_grad_norm", "d_grad_norm"})
            QVERIFY2(rec.metrics.back().has(name), name);
        auto mean = [&](std::size_t from, std::size_t to) {
            double s = 0;
            for (std::size_t i = from; i < to; ++i)
                s += rec.metrics[i].value("d_loss", 0);
            return s / double(to - from);
        };
        // D starts at chance (2 log 2 = 1.39) and learns to tell the digits from the noise.
        QVERIFY2(mean(25, 30) < mean(0, 5), qPrintable(QStringLiteral("%1 -> %2").arg(mean(0, 5)).arg(mean(25, 30))));
        QVERIFY(rec.metrics.back().value("d_real", 0) > rec.metrics.back().value("d_fake", 1));
        const auto after = gan.sample(4, 3);
        QVERIFY(meanAbsDifference(before[0], after[0]) > 1.0);
        // Previews at 15 and 30: 4 rows, one column per class.
        QCOMPARE(int(rec.previews.size()), 2);
        QCOMPARE(rec.previews[0].what, std::string("samples"));
        QCOMPARE(rec.previews[0].rows, 4);
        QCOMPARE(rec.previews[0].cols, 10);
        QCOMPARE(int(rec.previews[0].images.size()), 40);
        QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("run/optimizer.safetensors"))));
    }

    void resumingGivesTheSameWeightsAsOneRun()
    {
        QTemporaryDir tmp;
        const QString once = tmp.filePath(QStringLiteral("once"));
        const QString twice = tmp.filePath(QStringLiteral("twice"));
        ImageGanConfig c = tinyImageGanConfig(true);
        c.spectralNorm = true;
        {
            ImageGan gan = ImageGan::create(c, 4);
            ImageTrainOptions o = tinyImageGanOptions(once, 12);
            o.discriminatorSteps = 2;
            trainImageGan(gan, o, {});
        }
        {
            ImageGan gan = ImageGan::create(c, 4);
            ImageTrainOptions o = tinyImageGanOptions(twice, 5);
            o.discriminatorSteps = 2;
            trainImageGan(gan, o, {});
        }
        {
            ImageGan gan = ImageGan::create(c, 99); // the checkpoint's weights replace these
            ImageTrainOptions o = tinyImageGanOptions(twice, 12);
            o.discriminatorSteps = 2;
            Recorder rec;
            const ImageTrainResult r = trainImageGan(gan, o, rec.ctx());
            QCOMPARE(r.stepsThisRun, std::int64_t(7));
            QCOMPARE(rec.metrics.front().step, std::int64_t(6));
        }
        QVERIFY(sameWeights(once, twice));
        QCOMPARE(ImageGan::load(twice.toStdString()).info().step, std::int64_t(12));
    }

    void otherLossesTrain_data()
    {
        QTest::addColumn<QString>("loss");
        QTest::newRow("minimax") << QStringLiteral("minimax");
        QTest::newRow("least-squares") << QStringLiteral("least-squares");
        QTest::newRow("hinge") << QStringLiteral("hinge");
    }
    void otherLossesTrain()
    {
        QFETCH(QString, loss);
        GanLoss kind;
        QVERIFY(parseLoss(loss.toStdString(), &kind));
        QCOMPARE(QString::fromStdString(lossName(kind)), loss);
        ImageGan gan = ImageGan::create(tinyImageGanConfig(), 1);
        ImageTrainOptions o = tinyImageGanOptions(QString(), 4);
        o.loss = kind;
        const ImageTrainResult r = trainImageGan(gan, o, {});
        QCOMPARE(r.step, std::int64_t(4));
        QVERIFY(std::isfinite(r.dLoss) && std::isfinite(r.gLoss));
        QVERIFY(!parseLoss("wasserstein-ish", &kind));
    }

    void nonFiniteLossIsCaughtWithNoBadCheckpoint()
    {
        // The kit caps the learning rate at 10, which this small GAN survives; a discriminator whose
        // last layer holds huge (finite) weights overflows at once, as a run blown up by an
        // absurd learning rate would.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("run"));
        {
            ImageGan gan = ImageGan::create(tinyImageGanConfig(), 1);
            trainImageGan(gan, tinyImageGanOptions(dir, 2), {});
        }
        QVERIFY(fillSafetensor(QDir(dir).filePath(QStringLiteral("model.safetensors")),
                            "discriminator.out.weight", 3e38f));
        ImageGan gan = ImageGan::create(tinyImageGanConfig(), 1);
        ImageTrainOptions o = tinyImageGanOptions(dir, 10);
        o.checkpointEvery = 1;
        std::vector<train::Divergence> divergences;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto d = train::Divergence::decode(p))
                divergences.push_back(*d);
        };
        try {
            trainImageGan(gan, o, ctx);
            QFAIL("an overflowing discriminator trained without diverging");
        } catch (const train::Diverged &e) {
            qInfo("%s", e.what());
            QCOMPARE(e.step(), std::int64_t(3));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("D loss")), e.what());
        }
        QCOMPARE(int(divergences.size()), 1);
        // The checkpoint on disk is still the last good one.
        QCOMPARE(ImageGan::load(dir.toStdString()).info().step, std::int64_t(2));
    }

    void conditionalOnUnlabelledDataIsAClearError()
    {
        QTemporaryDir tmp;
        ImageGanConfig c = tinyImageGanConfig(true);
        c.numClasses = 4;
        ImageGan gan = ImageGan::create(c, 1);
        ImageTrainOptions o = tinyImageGanOptions(QString(), 2);
        try {
            trainImageGan(gan, o, {});
            QFAIL("10 classes of data trained a 4-class model");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("classes")), e.what());
        }
        o.dataset = "folder:" + tmp.path().toStdString(); // no images at all
        QVERIFY_THROWS_EXCEPTION(std::exception, trainImageGan(gan, o, {}));
    }
};

QTEST_APPLESS_MAIN(TestImageGan)
#include "tst_imagegan.moc"
