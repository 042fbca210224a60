#include "engine/vae/latentmodel.h"

#include "engine/runtime/compute.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <random>

using namespace genlab::engine;
using namespace genlab::engine::vae;

namespace {

VaeConfig smallConfig(int latent = 4)
{
    VaeConfig c;
    c.latentDim = latent;
    c.baseChannels = 8;
    return c;
}

std::vector<float> randomLatents(int count, int dim, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.f, 1.f);
    std::vector<float> z(std::size_t(count) * dim);
    for (auto &v : z)
        v = n(rng);
    return z;
}

std::vector<FloatImage> blobs(int count, int size, int channels, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.25f, 0.75f);
    std::vector<FloatImage> out;
    for (int i = 0; i < count; ++i) {
        FloatImage img;
        img.width = img.height = size;
        img.channels = channels;
        img.values.resize(std::size_t(channels) * size * size);
        const float cx = u(rng) * size, cy = u(rng) * size, r = size * 0.15f;
        for (int c = 0; c < channels; ++c)
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    img.values[(std::size_t(c) * size + y) * size + x] =
                        std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * r * r));
        out.push_back(std::move(img));
    }
    return out;
}

bool sameImages(const std::vector<FloatImage> &a, const std::vector<FloatImage> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].values != b[i].values)
            return false;
    return true;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

} // namespace

class TestLatentModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void decodesDeterministicallyForASeed()
    {
        auto a = LatentModel::create(smallConfig(), 7);
        auto b = LatentModel::create(smallConfig(), 7);
        auto c = LatentModel::create(smallConfig(), 8);
        auto z = randomLatents(3, 4, 1);
        QVERIFY(sameImages(a.decode(z), b.decode(z)));
        QVERIFY(!sameImages(a.decode(z), c.decode(z)));
        auto s1 = a.sample(4, 99, 1.0), s2 = a.sample(4, 99, 1.0), s3 = a.sample(4, 100, 1.0);
        QCOMPARE(s1.size(), std::size_t(4));
        QVERIFY(s1[0].pixels == s2[0].pixels && s1[3].pixels == s2[3].pixels);
        QVERIFY(s1[0].pixels != s3[0].pixels);
        // Temperature 0 decodes the prior's mean for every draw.
        auto t0 = a.sample(2, 5, 0.0);
        QVERIFY(t0[0].pixels == t0[1].pixels);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, a.sample(2, 5, -1.0));
    }

    void decodePathsAgree()
    {
        auto m = LatentModel::create(smallConfig(), 3);
        auto z = randomLatents(5, 4, 2);
        auto floats = m.decode(z);
        auto images = m.decodeImages(z);
        QCOMPARE(floats.size(), std::size_t(5));
        QCOMPARE(images.size(), std::size_t(5));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(images[std::size_t(i)].width, 28);
            QCOMPARE(images[std::size_t(i)].channels, 1);
            std::vector<float> one(z.begin() + i * 4, z.begin() + (i + 1) * 4);
            Image single = m.decodeImage(one);
            Image viaFloat = toImage(floats[std::size_t(i)]);
            QCOMPARE(single.pixels.size(), viaFloat.pixels.size());
            for (std::size_t p = 0; p < single.pixels.size(); ++p) {
                QVERIFY(std::abs(int(single.pixels[p]) - int(viaFloat.pixels[p])) <= 1);
                QCOMPARE(single.pixels[p], images[std::size_t(i)].pixels[p]);
            }
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.decodeImage({1.f, 2.f}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.decode({1.f, 2.f, 3.f}));
    }

    void encodesMeansAndLogVariances()
    {
        auto m = LatentModel::create(smallConfig(), 3);
        auto imgs = blobs(300, 28, 1, 1); // more than one encode chunk
        LatentCodes codes = m.encode(imgs);
        QCOMPARE(codes.count, 300);
        QCOMPARE(codes.dim, 4);
        QCOMPARE(codes.means.size(), std::size_t(1200));
        QCOMPARE(codes.logVariances.size(), std::size_t(1200));
        // Chunked encoding equals encoding one at a time.
        LatentCodes one = m.encode({imgs[299]});
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::abs(one.means[std::size_t(i)] - codes.means[std::size_t(299 * 4 + i)]) < 1e-5);
        QCOMPARE(m.reconstruct({imgs[0]}).size(), std::size_t(1));
        auto wrong = blobs(1, 32, 1, 2);
        try {
            m.encode(wrong);
            QFAIL("a 32x32 image was accepted by a 28x28 model");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("28x28x1")), e.what());
        }
    }

    void autoencoderIsDeterministicWithoutLogVariances()
    {
        VaeConfig c = smallConfig(3);
        c.kind = VaeConfig::Kind::Autoencoder;
        auto m = LatentModel::create(c, 1);
        auto codes = m.encode(blobs(4, 28, 1, 3));
        QVERIFY(codes.logVariances.empty());
        QCOMPARE(codes.means.size(), std::size_t(12));
        QCOMPARE(m.sample(2, 1).size(), std::size_t(2));
    }

    void supportsOtherSizesAndColour()
    {
        for (auto [size, channels] : {std::pair{64, 3}, std::pair{30, 1}, std::pair{45, 3}, std::pair{28, 3}}) {
            VaeConfig c = smallConfig(8);
            c.imageSize = size;
            c.channels = channels;
            auto m = LatentModel::create(c, 2);
            auto out = m.reconstruct(blobs(2, size, channels, 4));
            QCOMPARE(out.size(), std::size_t(2));
            QCOMPARE(out[0].width, size);
            QCOMPARE(out[0].height, size);
            QCOMPARE(out[0].channels, channels);
            Image img = m.decodeImage(std::vector<float>(8, 0.5f));
            QCOMPARE(img.width, size);
            QCOMPARE(img.channels, channels);
        }
        VaeConfig bad = smallConfig(200);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LatentModel::create(bad, 1));
    }

    void checkpointRoundTripGivesIdenticalDecodes()
    {
        QTemporaryDir tmp;
        const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("ckpt")).toStdString();
        VaeConfig c = smallConfig(6);
        c.beta = 0.5;
        c.likelihood = VaeConfig::Likelihood::Gaussian;
        auto m = LatentModel::create(c, 11);
        ModelInfo info;
        info.datasetId = "digits";
        info.step = 1234;
        info.recipeJson = R"({"seed": 3})";
        m.save(dir, info);
        auto loaded = LatentModel::load(dir);
        QVERIFY(loaded.config() == c);
        QCOMPARE(loaded.info().step, std::int64_t(1234));
        QCOMPARE(QString::fromStdString(loaded.info().datasetId), QStringLiteral("digits"));
        QVERIFY(!loaded.info().appVersion.empty());
        auto z = randomLatents(4, 6, 5);
        QVERIFY(sameImages(m.decode(z), loaded.decode(z)));
        auto imgs = blobs(3, 28, 1, 6);
        QCOMPARE(m.encode(imgs).means, loaded.encode(imgs).means);
        const QString config = readFile(QString::fromStdString(dir) + QStringLiteral("/config.json"));
        for (const char *key : {"\"architecture\": \"conv-vae\"", "\"latent_dim\": 6", "\"step\": 1234", "\"dataset\": \"digits\"",
                                "\"format_version\"", "\"app_version\"", "\"recipe\""})
            QVERIFY2(config.contains(QLatin1String(key)), key);
        // Loading with the matching expectation works too.
        QVERIFY(LatentModel::load(dir, c).latentDim() == 6);
    }

    void loadingAnotherLatentSizeNamesTheField()
    {
        QTemporaryDir tmp;
        const std::string dir = QDir(tmp.path()).filePath(QStringLiteral("two")).toStdString();
        LatentModel::create(smallConfig(2), 1).save(dir, {});
        try {
            LatentModel::load(dir, smallConfig(16));
            QFAIL("a latent-2 checkpoint loaded as latent 16");
        } catch (const CheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("latent size: checkpoint has 2, expected 16")),
                     e.what());
        }
        VaeConfig ae = smallConfig(2);
        ae.kind = VaeConfig::Kind::Autoencoder;
        try {
            LatentModel::load(dir, ae);
            QFAIL("a VAE checkpoint loaded as an autoencoder");
        } catch (const CheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("architecture: checkpoint has conv-vae, expected conv-ae")),
                     e.what());
        }
    }

    void weightsThatDoNotFitTheConfigAreNamed()
    {
        QTemporaryDir tmp;
        const QString dir = QDir(tmp.path()).filePath(QStringLiteral("m"));
        LatentModel::create(smallConfig(2), 1).save(dir.toStdString(), {});
        // The config claims latent 16, the weights are for latent 2.
        QString config = readFile(dir + QStringLiteral("/config.json"));
        config.replace(QStringLiteral("\"latent_dim\": 2"), QStringLiteral("\"latent_dim\": 16"));
        writeFile(dir + QStringLiteral("/config.json"), config);
        try {
            LatentModel::load(dir.toStdString());
            QFAIL("mismatched weights loaded");
        } catch (const CheckpointError &e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains(QStringLiteral("to_latent.weight has shape [4, 784], expected [32, 784]")), e.what());
            QVERIFY2(msg.contains(QStringLiteral("model.safetensors")), e.what());
        }
        // Another architecture altogether.
        config.replace(QStringLiteral("\"conv-vae\""), QStringLiteral("\"gpt2\""));
        writeFile(dir + QStringLiteral("/config.json"), config);
        try {
            LatentModel::load(dir.toStdString());
            QFAIL("a gpt2 checkpoint loaded as a VAE");
        } catch (const CheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("\"gpt2\" is not a latent model")), e.what());
        }
        // No checkpoint at all.
        QVERIFY_THROWS_EXCEPTION(CheckpointError, LatentModel::load(QDir(tmp.path()).filePath(QStringLiteral("none")).toStdString()));
    }

    void loadsACheckpointFromMemory()
    {
        QTemporaryDir tmp;
        const QString dir = QDir(tmp.path()).filePath(QStringLiteral("mem"));
        auto m = LatentModel::create(smallConfig(2), 4);
        ModelInfo info;
        info.step = 42;
        m.save(dir.toStdString(), info);
        QFile w(dir + QStringLiteral("/model.safetensors"));
        QVERIFY(w.open(QIODevice::ReadOnly));
        const QByteArray bytes = w.readAll();
        auto toBytes = [](const QByteArray &b) {
            std::vector<std::byte> out(std::size_t(b.size()));
            std::memcpy(out.data(), b.constData(), out.size());
            return out;
        };
        const std::string config = readFile(dir + QStringLiteral("/config.json")).toStdString();
        auto loaded = LatentModel::loadFromMemory(config, toBytes(bytes), ":/models/test");
        QCOMPARE(loaded.info().step, std::int64_t(42));
        auto z = randomLatents(2, 2, 9);
        QVERIFY(sameImages(m.decode(z), loaded.decode(z)));

        QString newer = QString::fromStdString(config);
        newer.replace(QRegularExpression(QStringLiteral("\"format_version\": *1")), QStringLiteral("\"format_version\": 99"));
        QVERIFY(newer != QString::fromStdString(config));
        try {
            LatentModel::loadFromMemory(newer.toStdString(), toBytes(bytes), ":/models/test");
            QFAIL("a newer format_version was accepted");
        } catch (const CheckpointError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("newer version")), e.what());
        }
        // The same file on disk is refused by the checkpoint loader too.
        writeFile(dir + QStringLiteral("/config.json"), newer);
        QVERIFY_THROWS_EXCEPTION(CheckpointError, LatentModel::load(dir.toStdString()));
        // Truncated weights: a message, not a crash.
        QVERIFY_THROWS_EXCEPTION(CheckpointError,
                                 LatentModel::loadFromMemory(config, toBytes(bytes.left(bytes.size() / 2)), ":/models/test"));
    }
};

QTEST_APPLESS_MAIN(TestLatentModel)
#include "tst_latentmodel.moc"
