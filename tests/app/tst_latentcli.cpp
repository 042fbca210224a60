// The latent lab's commands as a user runs them: `genlab sample`, `genlab interpolate` (GIF, MP4,
// PNG strip, each with its recipe; data-set indices and image files as endpoints), `genlab train
// vae` (train, refuse to overwrite, resume, bad data), the models it writes used by the other
// commands, the demo's latent step, and clear messages with exit codes for bad input.
#include "engine/imaging/animation.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"
#include "services/latentoutputs.h"
#include "services/resourcepaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBinary = QStringLiteral(GENLAB_BINARY_DIR "/app/genlab");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runGenlab(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.setProgram(kBinary);
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

} // namespace

class TestLatentCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model; // trained by trainsResumesAndRefuses, used by the others

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
        m_model = path(QStringLiteral("tiny-vae"));
    }

    void trainsResumesAndRefuses()
    {
        const QStringList common{QStringLiteral("train"), QStringLiteral("vae"), QStringLiteral("--dataset"),
                                 QStringLiteral("procedural-digits"), QStringLiteral("--latent"), QStringLiteral("3"),
                                 QStringLiteral("--width"), QStringLiteral("8"), QStringLiteral("--batch"), QStringLiteral("16"),
                                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), m_model};
        Run r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("step 4")));
        QVERIFY(QFileInfo::exists(m_model + QStringLiteral("/model.safetensors")));
        QFile config(m_model + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("latent_dim")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("step")).toInt(), 4);
        // The same command again would overwrite it: refused, exit 2.
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("4")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--resume")), qPrintable(describe(r)));
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("6"), QStringLiteral("--resume")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("step 6")));
        // Resuming with another latent size names the field.
        QStringList other = common;
        other[5] = QStringLiteral("5");
        r = runGenlab(other + QStringList{QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--resume")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("latent")), qPrintable(describe(r)));
        // Bad values and bad data.
        r = runGenlab({QStringLiteral("train"), QStringLiteral("vae"), QStringLiteral("--latent"), QStringLiteral("500"),
                    QStringLiteral("--out"), path(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--latent")));
        r = runGenlab({QStringLiteral("train"), QStringLiteral("vae"), QStringLiteral("--kind"), QStringLiteral("gan"),
                    QStringLiteral("--out"), path(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        const QString empty = path(QStringLiteral("empty images"));
        QDir().mkpath(empty);
        r = runGenlab({QStringLiteral("train"), QStringLiteral("vae"), QStringLiteral("--dataset"), QStringLiteral("folder:") + empty,
                    QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--out"), path(QStringLiteral("y"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty images")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("y/model.safetensors"))));
        r = runGenlab({QStringLiteral("train"), QStringLiteral("dragon")});
        QCOMPARE(r.code, 2);
    }

    void samplesAreReproducibleAndCarryTheirRecipe()
    {
        const QString a = path(QStringLiteral("a.png")), b = path(QStringLiteral("b.png")), c = path(QStringLiteral("c.png"));
        const QStringList args{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--seed"),
                               QStringLiteral("9"), QStringLiteral("--count"), QStringLiteral("10")};
        Run r = runGenlab(args + QStringList{QStringLiteral("--out"), a});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runGenlab(args + QStringList{QStringLiteral("--out"), b});
        QCOMPARE(r.code, 0);
        QCOMPARE(sha(a), sha(b));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--seed"), QStringLiteral("10"),
                    QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--out"), c});
        QCOMPARE(r.code, 0);
        QVERIFY(sha(a) != sha(c));
        QString error;
        const auto recipe = genlab::services::latent::readRecipe(a, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->action, QStringLiteral("sample"));
        QCOMPARE(recipe->seed, quint64(9));
        QCOMPARE(recipe->parameters.value(QStringLiteral("count")).toInt(), 10);
        QVERIFY(!recipe->modelHash.isEmpty());
        // A 4x3 grid of 28 px tiles drawn at 3x with 2 px padding.
        const auto info = genlab::engine::imaging::probeImageFile(a.toStdString());
        QCOMPARE(info.width, 4 * 84 + 5 * 2);
        // Bad input.
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--out"), path(QStringLiteral("x.bmp"))});
        QCOMPARE(r.code, 2);
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), path(QStringLiteral("missing")), QStringLiteral("--out"), a});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing")), qPrintable(describe(r)));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--count"), QStringLiteral("0"), QStringLiteral("--out"), a});
        QCOMPARE(r.code, 2);
    }

    void interpolatesToEveryFormat()
    {
        // An image file of the user's as one endpoint, a data-set index as the other.
        const QString mine = path(QStringLiteral("mine.png"));
        genlab::engine::Image image(50, 40, 3);
        for (std::size_t i = 0; i < image.pixels.size(); ++i)
            image.pixels[i] = std::uint8_t((i / 3) % 50 < 25 ? 255 : 0);
        genlab::engine::imaging::writePng(mine.toStdString(), image);
        const QStringList base{QStringLiteral("interpolate"), QStringLiteral("--model"), m_model, QStringLiteral("--from"), mine,
                               QStringLiteral("--to"), QStringLiteral("17"), QStringLiteral("--frames"), QStringLiteral("6"),
                               QStringLiteral("--method"), QStringLiteral("slerp")};
        const QString gif = path(QStringLiteral("walk.gif"));
        Run r = runGenlab(base + QStringList{QStringLiteral("--out"), gif});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(genlab::engine::imaging::countGifFrames(gif.toStdString()), 6);
        QString error;
        auto recipe = genlab::services::latent::readRecipe(gif, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->parameters.value(QStringLiteral("method")).toString(), QStringLiteral("slerp"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("endpoints")).toArray().size(), 2);
        QCOMPARE(recipe->parameters.value(QStringLiteral("sources")).toArray().at(1).toObject().value(QStringLiteral("index")).toInt(), 17);
        QCOMPARE(recipe->parameters.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("file")).toString(), mine);

        const QString png = path(QStringLiteral("walk.png"));
        r = runGenlab(base + QStringList{QStringLiteral("--out"), png});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(genlab::engine::imaging::probeImageFile(png.toStdString()).width, 6 * 84 + 7 * 2);
        QVERIFY(genlab::services::latent::readRecipe(png, &error));

        // Endpoints in between: the walk passes through each, in order.
        const QString through = path(QStringLiteral("through.gif"));
        r = runGenlab(base + QStringList{QStringLiteral("--via"), QStringLiteral("3"), QStringLiteral("--via"),
                                         QStringLiteral("40"), QStringLiteral("--out"), through});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(genlab::engine::imaging::countGifFrames(through.toStdString()), 6);
        recipe = genlab::services::latent::readRecipe(through, &error);
        QVERIFY2(recipe, qPrintable(error));
        const QJsonArray sources = recipe->parameters.value(QStringLiteral("sources")).toArray();
        QCOMPARE(recipe->parameters.value(QStringLiteral("endpoints")).toArray().size(), 4);
        QCOMPARE(sources.at(1).toObject().value(QStringLiteral("index")).toInt(), 3);
        QCOMPARE(sources.at(2).toObject().value(QStringLiteral("index")).toInt(), 40);
        QCOMPARE(sources.at(3).toObject().value(QStringLiteral("index")).toInt(), 17);
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--model"), m_model, QStringLiteral("--from"),
                       QStringLiteral("1"), QStringLiteral("--via"), QStringLiteral("2"), QStringLiteral("--to"),
                       QStringLiteral("3"), QStringLiteral("--frames"), QStringLiteral("2"), QStringLiteral("--out"),
                       path(QStringLiteral("short.gif"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("at least the number of endpoints")), qPrintable(describe(r)));

        const QString mp4 = path(QStringLiteral("walk.mp4"));
        r = runGenlab(base + QStringList{QStringLiteral("--out"), mp4});
        if (r.code == 1 && r.err.contains(QStringLiteral("no MP4 encoder")))
            qWarning("this OpenCV cannot write MP4; skipped that format");
        else {
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QCOMPARE(genlab::engine::imaging::readVideoInfo(mp4.toStdString()).frameCount, 6);
            QVERIFY(QFileInfo::exists(mp4 + QStringLiteral(".recipe.json")));
        }

        // Bad input: a file that is not an image, an index past the end, a bad method, no --to.
        const QString text = path(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--model"), m_model, QStringLiteral("--from"), text,
                    QStringLiteral("--to"), QStringLiteral("3"), QStringLiteral("--out"), path(QStringLiteral("bad.gif"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notes.txt")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("bad.gif"))));
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--model"), m_model, QStringLiteral("--from"), QStringLiteral("0"),
                    QStringLiteral("--to"), QStringLiteral("99999999"), QStringLiteral("--out"), path(QStringLiteral("bad.gif"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("99999999")), qPrintable(describe(r)));
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"),
                    QStringLiteral("1"), QStringLiteral("--method"), QStringLiteral("cubic"), QStringLiteral("--out"), gif});
        QCOMPARE(r.code, 2);
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--out"), gif});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--to")));
    }

    void shippedModelAndDemo()
    {
        if (genlab::services::shippedModelPath(QStringLiteral("vae-digits-16d")).isEmpty())
            QSKIP("the shipped models are missing");
        const QString out = path(QStringLiteral("demo"));
        Run r = runGenlab({QStringLiteral("demo"), QStringLiteral("--only"), QStringLiteral("latent"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/latent-samples.png")));
        QCOMPARE(genlab::engine::imaging::countGifFrames((out + QStringLiteral("/latent-interpolation.gif")).toStdString()), 24);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/latent-interpolation.gif.recipe.json")));
        // Without --model: the shipped 16-D model.
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--out"), path(QStringLiteral("shipped.png"))});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QString error;
        QCOMPARE(genlab::services::latent::readRecipe(path(QStringLiteral("shipped.png")), &error)->model, QStringLiteral("vae-digits-16d"));
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--model"), QStringLiteral("vae-digits-2d"), QStringLiteral("--from"),
                    QStringLiteral("0"), QStringLiteral("--to"), QStringLiteral("4999"), QStringLiteral("--out"),
                    path(QStringLiteral("2d.png"))});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void helpListsTheCommands()
    {
        Run r = runGenlab({QStringLiteral("train"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--latent")));
        QVERIFY(r.out.contains(QStringLiteral("--beta")));
        r = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--method")));
    }
};

QTEST_GUILESS_MAIN(TestLatentCli)
#include "tst_latentcli.moc"
