#include "engine/diffusion/diffusionmodel.h"

#include "engine/runtime/compute.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <functional>
#include <cmath>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::diffusion;

namespace {

// The smallest model: width 8, 28 px grey, conditional on 10 classes, T 100.
DiffusionConfig tinyConfig(bool conditional = true)
{
    DiffusionConfig c;
    c.baseChannels = 8;
    c.conditional = conditional;
    c.timesteps = 100;
    return c;
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

double maxAbsDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return 1e30;
    double m = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, double(std::abs(a[i] - b[i])));
    return m;
}

double rms(const std::vector<float> &a)
{
    double s = 0;
    for (float v : a)
        s += double(v) * v;
    return std::sqrt(s / double(std::max<std::size_t>(a.size(), 1)));
}

template <class F>
QString thrownMessage(F &&f)
{
    try {
        f();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(nothing thrown)");
}

// The best of reps runs after one warm-up: on a shared machine the minimum is the figure least
// disturbed by other load.
double bestMs(const std::function<void()> &f, int reps)
{
    f();
    double best = 1e30;
    for (int i = 0; i < reps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

} // namespace

class TestDiffusionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void configRoundTripsThroughJson()
    {
        DiffusionConfig c;
        QVERIFY2(c.validate().empty(), c.validate().c_str());
        QCOMPARE(c.levels(), 3);
        QCOMPARE(QString::fromStdString(c.describe()),
                 QStringLiteral("ddpm-unet, conditional on 10 classes, 28x28x1, width 32, ε-prediction, cosine schedule, T 1000"));
        std::string error = "stale";
        QVERIFY(DiffusionConfig::fromJson(c.toJson(), &error) == c);
        QVERIFY(error.empty());

        DiffusionConfig other;
        other.imageSize = 64;
        other.channels = 3;
        other.baseChannels = 16;
        other.resBlocks = 2;
        other.attention = false;
        other.conditional = false;
        other.prediction = Prediction::V;
        other.schedule = NoiseSchedule::Linear;
        other.timesteps = 500;
        QCOMPARE(other.levels(), 4);
        QVERIFY(DiffusionConfig::fromJson(other.toJson(), &error) == other);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(QString::fromStdString(other.describe()).contains(QLatin1String("v-prediction")));
        QVERIFY(QString::fromStdString(other.describe()).contains(QLatin1String("no attention")));

        // Missing keys keep their defaults, extra keys are ignored.
        QVERIFY(DiffusionConfig::fromJson(R"({"architecture": "ddpm-unet", "whatever": 1})", &error) == DiffusionConfig{});
        QVERIFY(error.empty());

        Prediction p;
        QVERIFY(parsePrediction("v", &p) && p == Prediction::V);
        QVERIFY(parsePrediction(predictionName(Prediction::Epsilon), &p) && p == Prediction::Epsilon);
        QVERIFY(!parsePrediction("x0", &p));
    }

    void configValidationNamesTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("size") << R"({"architecture": "ddpm-unet", "image_size": 30})"
                              << "image size 30 is not a multiple of 4";
        QTest::newRow("size from 48") << R"({"architecture": "ddpm-unet", "image_size": 52})"
                                      << "image size 52 is not a multiple of 8";
        QTest::newRow("too big") << R"({"architecture": "ddpm-unet", "image_size": 144})" << "image size 144 is outside 28..128";
        QTest::newRow("size from 80") << R"({"architecture": "ddpm-unet", "image_size": 120})"
                                      << "image size 120 is not a multiple of 16";
        QTest::newRow("channels") << R"({"architecture": "ddpm-unet", "channels": 2})" << "channels must be 1";
        QTest::newRow("width") << R"({"architecture": "ddpm-unet", "base_channels": 12})"
                               << "base channels 12 is not a multiple of 8";
        QTest::newRow("blocks") << R"({"architecture": "ddpm-unet", "res_blocks": 4})" << "res blocks 4 is outside 1..3";
        QTest::newRow("classes") << R"({"architecture": "ddpm-unet", "num_classes": 1})" << "classes 1 is outside 2..1000";
        QTest::newRow("prediction") << R"({"architecture": "ddpm-unet", "prediction": "x0"})" << "prediction: expected";
        QTest::newRow("schedule") << R"({"architecture": "ddpm-unet", "schedule": "quadratic"})" << "schedule: expected";
        QTest::newRow("timesteps") << R"({"architecture": "ddpm-unet", "timesteps": 5})" << "timesteps 5 is outside";
        QTest::newRow("type") << R"({"architecture": "ddpm-unet", "attention": 1})" << "attention: expected true or false";
        QTest::newRow("architecture") << R"({"architecture": "dcgan"})" << "\"dcgan\" is not a diffusion model";
        QTest::newRow("not json") << "{" << "not valid JSON";
    }
    void configValidationNamesTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        std::string error;
        const DiffusionConfig c = DiffusionConfig::fromJson(json.toStdString(), &error);
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QVERIFY(c == DiffusionConfig{});
    }

    // The size a model trains at follows the device; any size up to 128 px is an architecture
    // (a checkpoint trained on a GPU loads and samples on the CPU).
    void trainingSizeFollowsTheDevice()
    {
        ResolvedDevice cpu;
        ResolvedDevice gpu;
        gpu.cuda = true;
        gpu.id = "cuda:0";
        QCOMPARE(maxTrainingImageSize(cpu), 64);
        QCOMPARE(maxTrainingImageSize(gpu), 128);
        for (int size : {28, 64})
            QVERIFY(trainingImageSizeProblem(size, cpu).empty());
        for (int size : {64, 96, 128})
            QVERIFY(trainingImageSizeProblem(size, gpu).empty());
        QCOMPARE(QString::fromStdString(trainingImageSizeProblem(96, cpu)),
                 QStringLiteral("image size 96 needs a GPU: on the CPU a diffusion model trains at up to 64 px (with "
                                "CUDA up to 128 px)"));
        QVERIFY(QString::fromStdString(trainingImageSizeProblem(256, gpu)).contains(QLatin1String("above the 128 px")));
        DiffusionConfig c;
        for (int size : {72, 80, 96, 112, 128}) {
            c.imageSize = size;
            QVERIFY2(c.validate().empty(), c.validate().c_str());
        }
        c.imageSize = 64;
        QCOMPARE(c.levels(), 4);
        c.imageSize = 128;
        QCOMPARE(c.levels(), 5); // 128 -> 64 -> 32 -> 16 -> 8: attention over 64 positions, as at 64 px
    }

    void aUNetOf128PxKeepsItsShape()
    {
        DiffusionConfig c;
        c.imageSize = 128;
        c.channels = 3;
        c.baseChannels = 8;
        c.conditional = false;
        c.timesteps = 100;
        const DiffusionModel m = DiffusionModel::create(c, 1);
        QCOMPARE(m.height(), 128);
        const auto x = noiseBatch(m, 1, 3);
        QCOMPARE(x.size(), std::size_t(3 * 128 * 128));
        const auto eps = m.predictNoise(x, 1, 50, {});
        QCOMPARE(eps.size(), x.size());
        QVERIFY(std::all_of(eps.begin(), eps.end(), [](float v) { return std::isfinite(v); }));
    }

    void firstDifferenceNamesTheField()
    {
        DiffusionConfig a, b;
        QVERIFY(firstDifference(a, b).empty());
        b.imageSize = 32;
        QCOMPARE(QString::fromStdString(firstDifference(a, b)), QStringLiteral("image size: checkpoint has 28, expected 32"));
        b = a;
        b.prediction = Prediction::V;
        QCOMPARE(QString::fromStdString(firstDifference(a, b)), QStringLiteral("prediction: checkpoint has epsilon, expected v"));
        b = a;
        b.attention = false;
        QCOMPARE(QString::fromStdString(firstDifference(a, b)), QStringLiteral("attention: checkpoint has yes, expected no"));
        b = a;
        b.timesteps = 500;
        QCOMPARE(QString::fromStdString(firstDifference(a, b)), QStringLiteral("timesteps: checkpoint has 1000, expected 500"));
    }

    void theShippedArchitectureHasItsParameterCount()
    {
        // The shipped configuration (28 px, width 32, one res block, attention, 10 classes): the
        // count a PyTorch rebuild of the structure in detail/unet.h gives (the benchmark's peer).
        const DiffusionModel m = DiffusionModel::create(DiffusionConfig{}, 1);
        QCOMPARE(m.parameterCount(), std::int64_t(1063905));
        QCOMPARE(m.classCount(), 10);
        QCOMPARE(m.channels(), 1);
        QCOMPARE(m.height(), 28);
        QCOMPARE(m.schedule().timesteps(), 1000);
        QVERIFY(m.usesEma());
        QCOMPARE(QString::fromStdString(m.deviceId()), QStringLiteral("cpu"));
    }

    void sameSeedSameWeights()
    {
        const DiffusionModel a = DiffusionModel::create(tinyConfig(), 7);
        const DiffusionModel b = DiffusionModel::create(tinyConfig(), 7);
        const DiffusionModel c = DiffusionModel::create(tinyConfig(), 8);
        const auto x = noiseBatch(a, 3, 1);
        Conditioning cond;
        cond.labels = {1, 2, 3};
        const auto ea = a.predictNoise(x, 3, 50, cond);
        QCOMPARE(ea.size(), x.size());
        QVERIFY(ea == b.predictNoise(x, 3, 50, cond));
        QVERIFY(ea == a.predictNoise(x, 3, 50, cond)); // deterministic
        QVERIFY(maxAbsDifference(ea, c.predictNoise(x, 3, 50, cond)) > 1e-3);
        // A fresh model's EMA is its weights.
        DiffusionModel raw = DiffusionModel::create(tinyConfig(), 7);
        raw.useEma(false);
        QVERIFY(!raw.usesEma());
        QVERIFY(ea == raw.predictNoise(x, 3, 50, cond));
    }

    void predictionsDependOnTimeClassAndImage()
    {
        const DiffusionModel m = DiffusionModel::create(tinyConfig(), 3);
        const auto x = noiseBatch(m, 2, 2);
        Conditioning seven;
        seven.labels = {7};
        const auto base = m.predictNoise(x, 2, 40, seven);
        QVERIFY(std::all_of(base.begin(), base.end(), [](float v) { return std::isfinite(v); }));
        QVERIFY(rms(base) > 1e-3);
        QVERIFY(maxAbsDifference(base, m.predictNoise(x, 2, 41, seven)) > 1e-5);
        Conditioning three;
        three.labels = {3};
        QVERIFY(maxAbsDifference(base, m.predictNoise(x, 2, 40, three)) > 1e-5);
        QVERIFY(maxAbsDifference(base, m.predictNoise(x, 2, 40, Conditioning{})) > 1e-5);
        // One label for all is the same as one per image; -1 is "no class".
        Conditioning each;
        each.labels = {7, 7};
        QVERIFY(maxAbsDifference(base, m.predictNoise(x, 2, 40, each)) < 1e-5);
        Conditioning none;
        none.labels = {-1};
        QVERIFY(maxAbsDifference(m.predictNoise(x, 2, 40, Conditioning{}), m.predictNoise(x, 2, 40, none)) < 1e-5);
        // Each image is predicted on its own: the second image's answer does not see the first (and
        // batch 1, which runs its small convolutions through oneDNN, computes the same function).
        const std::vector<float> second(x.begin() + std::ptrdiff_t(m.imageValues()), x.end());
        const auto alone = m.predictNoise(second, 1, 40, seven);
        QVERIFY(maxAbsDifference(alone, std::vector<float>(base.begin() + std::ptrdiff_t(m.imageValues()), base.end())) < 1e-4);
    }

    void badInputIsRefused()
    {
        const DiffusionModel m = DiffusionModel::create(tinyConfig(), 3);
        const auto x = noiseBatch(m, 2, 2);
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 3, 10, {}); }).contains(QLatin1String("expected 2352 values")));
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 2, 0, {}); }).contains(QLatin1String("timestep 0 is outside 1..100")));
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 2, 101, {}); }).contains(QLatin1String("outside 1..100")));
        Conditioning bad;
        bad.labels = {10};
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 2, 10, bad); }).contains(QLatin1String("class 10 is outside 0..9")));
        bad.labels = {1, 2, 3};
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 2, 10, bad); }).contains(QLatin1String("expected 1 or 2 classes")));
        bad.labels = {1, 2};
        bad.blendTo = {3};
        bad.blend = 0.5f;
        QVERIFY(thrownMessage([&] { m.predictNoise(x, 2, 10, bad); }).contains(QLatin1String("blendTo")));
        const DiffusionModel u = DiffusionModel::create(tinyConfig(false), 3);
        QCOMPARE(u.classCount(), 0);
        Conditioning one;
        one.labels = {1};
        QVERIFY(thrownMessage([&] { u.predictNoise(x, 2, 10, one); }).contains(QLatin1String("not class-conditional")));
        DiffusionConfig wrong = tinyConfig();
        wrong.baseChannels = 12;
        QVERIFY(thrownMessage([&] { DiffusionModel::create(wrong, 1); }).contains(QLatin1String("base channels 12")));
    }

    void guidanceCombinesTheConditionalAndUnconditionalPredictions()
    {
        const DiffusionModel m = DiffusionModel::create(tinyConfig(), 5);
        const int n = 3;
        const auto x = noiseBatch(m, n, 4);
        Conditioning cond;
        cond.labels = {2, 5, 9};
        const auto ec = m.predictNoise(x, n, 60, cond);
        const auto eu = m.predictNoise(x, n, 60, Conditioning{});
        QVERIFY(maxAbsDifference(ec, eu) > 1e-4);
        for (double w : {0.0, 3.0, -0.5}) {
            Conditioning g = cond;
            g.guidance = w;
            const auto eg = m.predictNoise(x, n, 60, g);
            std::vector<float> expected(ec.size());
            for (std::size_t i = 0; i < ec.size(); ++i)
                expected[i] = float(eu[i] + w * (double(ec[i]) - eu[i]));
            QVERIFY2(maxAbsDifference(eg, expected) < 2e-4 * std::max(1.0, std::abs(w)),
                     qPrintable(QStringLiteral("w %1: %2").arg(w).arg(maxAbsDifference(eg, expected))));
        }
        // An unconditional model ignores the guidance.
        const DiffusionModel u = DiffusionModel::create(tinyConfig(false), 5);
        Conditioning g;
        g.guidance = 4;
        QVERIFY(u.predictNoise(x, n, 60, g) == u.predictNoise(x, n, 60, Conditioning{}));
    }

    void blendingTravelsBetweenTwoClasses()
    {
        const DiffusionModel m = DiffusionModel::create(tinyConfig(), 5);
        const auto x = noiseBatch(m, 1, 4);
        Conditioning a, b;
        a.labels = {1};
        b.labels = {8};
        const auto ea = m.predictNoise(x, 1, 30, a);
        const auto eb = m.predictNoise(x, 1, 30, b);
        Conditioning blend = a;
        blend.blendTo = {8};
        blend.blend = 0;
        QVERIFY(maxAbsDifference(m.predictNoise(x, 1, 30, blend), ea) < 1e-6);
        blend.blend = 1;
        QVERIFY(maxAbsDifference(m.predictNoise(x, 1, 30, blend), eb) < 1e-5);
        blend.blend = 0.5f;
        const auto half = m.predictNoise(x, 1, 30, blend);
        QVERIFY(maxAbsDifference(half, ea) > 1e-5);
        QVERIFY(maxAbsDifference(half, eb) > 1e-5);
    }

    void vPredictionIsConvertedToNoise()
    {
        // Same seed, same weights: the v-model's network outputs what the ε-model's does, and
        // predictNoise turns that v into ε = sqrt(1 - ᾱ) x_t + sqrt(ᾱ) v.
        DiffusionConfig cv = tinyConfig();
        cv.prediction = Prediction::V;
        const DiffusionModel eps = DiffusionModel::create(tinyConfig(), 11);
        const DiffusionModel v = DiffusionModel::create(cv, 11);
        const auto x = noiseBatch(eps, 2, 6);
        Conditioning cond;
        cond.labels = {4};
        for (int t : {1, 37, 100}) {
            const auto raw = eps.predictNoise(x, 2, t, cond);
            const auto converted = v.predictNoise(x, 2, t, cond);
            const double a = v.schedule().signal(t), s = v.schedule().noise(t);
            std::vector<float> expected(raw.size());
            for (std::size_t i = 0; i < raw.size(); ++i)
                expected[i] = float(s * x[i] + a * raw[i]);
            QVERIFY2(maxAbsDifference(converted, expected) < 1e-5, qPrintable(QString::number(t)));
        }
    }

    void saveLoadRoundTripsBitForBit()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("model"));
        const DiffusionModel m = DiffusionModel::create(tinyConfig(), 9);
        m.save(dir.toStdString(), DiffusionInfo{"procedural-digits", 12, {}, R"({"command": "train diffusion"})"});
        QVERIFY(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("config.json"))));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("optimizer.safetensors")))); // never trained
        DiffusionModel back = DiffusionModel::load(dir.toStdString());
        QVERIFY(back.config() == m.config());
        QCOMPARE(back.info().datasetId, std::string("procedural-digits"));
        QCOMPARE(back.info().step, std::int64_t(12));
        QVERIFY(!back.info().appVersion.empty());
        const auto x = noiseBatch(m, 2, 8);
        Conditioning cond;
        cond.labels = {0, 6};
        cond.guidance = 2;
        QVERIFY(back.predictNoise(x, 2, 70, cond) == m.predictNoise(x, 2, 70, cond));
        back.useEma(false);
        QVERIFY(back.predictNoise(x, 2, 70, cond) == m.predictNoise(x, 2, 70, cond));
        QVERIFY(DiffusionModel::load(dir.toStdString(), tinyConfig()).config() == tinyConfig());
    }

    void anotherArchitectureOrSizeIsRefusedNamingTheFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("model"));
        DiffusionModel::create(tinyConfig(), 9).save(dir.toStdString(), DiffusionInfo{});
        DiffusionConfig bigger = tinyConfig();
        bigger.imageSize = 32;
        QString message = thrownMessage([&] { DiffusionModel::load(dir.toStdString(), bigger); });
        QVERIFY2(message.contains(dir) && message.contains(QLatin1String("image size: checkpoint has 28, expected 32")),
                 qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(DiffusionCheckpointError, DiffusionModel::load(dir.toStdString(), bigger));
        DiffusionConfig wider = tinyConfig();
        wider.baseChannels = 16;
        message = thrownMessage([&] { DiffusionModel::load(dir.toStdString(), wider); });
        QVERIFY2(message.contains(QLatin1String("base channels: checkpoint has 8, expected 16")), qPrintable(message));

        // The shipped GAN: another architecture, named with its folder.
        const QString gan = QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/gan-digits");
        if (QFileInfo::exists(gan)) {
            message = thrownMessage([&] { DiffusionModel::load(gan.toStdString()); });
            QVERIFY2(message.contains(gan) && message.contains(QLatin1String("dcgan")) &&
                         message.contains(QLatin1String("is not a diffusion model")),
                     qPrintable(message));
            QVERIFY_THROWS_EXCEPTION(DiffusionCheckpointError, DiffusionModel::load(gan.toStdString()));
        }
        // A config.json that says ddpm-unet over weights that do not fit: the tensor is named.
        QFile config(QDir(dir).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        text.replace("\"base_channels\": 8", "\"base_channels\": 16");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();
        message = thrownMessage([&] { DiffusionModel::load(dir.toStdString()); });
        QVERIFY2(message.contains(dir) && message.contains(QLatin1String("unet.conv_in.weight")), qPrintable(message));
        // No checkpoint at all.
        message = thrownMessage([&] { DiffusionModel::load(tmp.filePath(QStringLiteral("nothing")).toStdString()); });
        QVERIFY2(message.contains(QLatin1String("nothing")), qPrintable(message));
    }

    void theShippedModelLoadsAndDenoises()
    {
        const QString dir = QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/diffusion-digits");
        if (!QFileInfo::exists(dir))
            QSKIP("resources/models/diffusion-digits is not there");
        const DiffusionModel m = DiffusionModel::load(dir.toStdString());
        QCOMPARE(m.classCount(), 10);
        QCOMPARE(m.height(), 28);
        QVERIFY(m.info().step > 0);
        // It finds the noise in a noised black image at a middle t: most of it (a fresh model's
        // guess misses it by about its own size).
        const int t = 500;
        const double a = m.schedule().signal(t), s = m.schedule().noise(t);
        const auto eps = noiseBatch(m, 1, 3);
        std::vector<float> xt(eps.size());
        for (std::size_t i = 0; i < xt.size(); ++i)
            xt[i] = float(a * -1.0 + s * eps[i]); // x_0 = -1: a black image
        Conditioning none;
        const auto predicted = m.predictNoise(xt, 1, t, none);
        std::vector<float> miss(eps.size());
        for (std::size_t i = 0; i < eps.size(); ++i)
            miss[i] = predicted[i] - eps[i];
        qInfo("rms(ε̂ - ε) %.3f of rms(ε) %.3f; a fresh model: %.3f", rms(miss), rms(eps), [&] {
            const auto fresh = DiffusionModel::create(m.config(), 1).predictNoise(xt, 1, t, none);
            std::vector<float> d(eps.size());
            for (std::size_t i = 0; i < eps.size(); ++i)
                d[i] = fresh[i] - eps[i];
            return rms(d);
        }());
        QVERIFY2(rms(miss) < 0.3 * rms(eps), qPrintable(QStringLiteral("rms(ε̂ - ε) %1").arg(rms(miss))));
        Conditioning guided;
        guided.labels = {7};
        guided.guidance = 3;
        qInfo("the shipped model (%s, %lld parameters), 1 thread: %.2f ms per forward at batch 1, %.2f ms with guidance",
              m.config().describe().c_str(), (long long)m.parameterCount(),
              bestMs([&] { (void)m.predictNoise(xt, 1, t, none); }, 20),
              bestMs([&] { (void)m.predictNoise(xt, 1, t, guided); }, 20));
    }

    void shippedSizeForwardTime()
    {
        // Not a timed test: the figure is printed for the record (diffusion.step_ms is the
        // benchmark's). One intra-op thread, as the interactive lane runs it.
        const DiffusionModel m = DiffusionModel::create(DiffusionConfig{}, 1);
        for (int n : {1, 2, 16}) {
            const auto x = noiseBatch(m, n, 1);
            Conditioning cond;
            cond.labels = {3};
            const double ms = bestMs([&] { (void)m.predictNoise(x, n, 500, cond); }, n >= 16 ? 5 : 20);
            qInfo("shipped UNet (%lld parameters), batch %d, 1 thread: %.2f ms per forward (best of %d)",
                  (long long)m.parameterCount(), n, ms, n >= 16 ? 5 : 20);
        }
        const auto x = noiseBatch(m, 1, 1);
        Conditioning guided;
        guided.labels = {3};
        guided.guidance = 3;
        qInfo("one image with guidance (one batch of 2): %.2f ms",
              bestMs([&] { (void)m.predictNoise(x, 1, 500, guided); }, 20));
    }
};

QTEST_APPLESS_MAIN(TestDiffusionModel)
#include "tst_diffusionmodel.moc"
