// The latent lab's commands as a user runs them: `genlab sample`, `genlab interpolate` (GIF, MP4,
// PNG strip, each with its recipe; data-set indices and image files as endpoints), `genlab train
// vae` (train, continue, start over, Ctrl+C, old option names, bad data), the models it writes
// used by the other commands, the demo's latent step, and clear messages with exit codes for bad
// input.
#include "clirun.h"
#include "engine/imaging/animation.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"
#include "services/latent/latentoutputs.h"
#include "services/resourcepaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <sys/types.h>

namespace {

using namespace genlab::testing;
using Run = GenlabRun;

const QString kBinary = genlabBinary();

// The step a checkpoint folder holds (config.json), -1 when none.
int stepOf(const QString &dir)
{
    return checkpointConfig(dir).value(QStringLiteral("step")).toInt(-1);
}

const QStringList kTinyVae{QStringLiteral("train"), QStringLiteral("vae"), QStringLiteral("--dataset"),
                           QStringLiteral("procedural-digits"), QStringLiteral("--latent"), QStringLiteral("3"),
                           QStringLiteral("--width"), QStringLiteral("8"), QStringLiteral("--batch"), QStringLiteral("16"),
                           QStringLiteral("--threads"), QStringLiteral("1")};

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
        const QStringList common = kTinyVae + QStringList{QStringLiteral("--out"), m_model};
        Run r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("step 4")));
        QVERIFY(QFileInfo::exists(m_model + QStringLiteral("/model.safetensors")));
        const QJsonObject o = checkpointConfig(m_model);
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("latent_dim")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("step")).toInt(), 4);
        // The same folder again continues the checkpoint there (the default resume policy).
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("6")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("step 6, resumed from step 4")), qPrintable(describe(r)));
        QCOMPARE(stepOf(m_model), 6);
        // --resume still says "continue it"; nothing left to do is not an error.
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--resume")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("step 8, resumed from step 6")));
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("8")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("nothing to do")), qPrintable(describe(r)));
        // Another latent size: the checkpoint is not continued, and the message names the field.
        QStringList other = common;
        other[5] = QStringLiteral("5");
        r = runGenlab(other + QStringList{QStringLiteral("--steps"), QStringLiteral("10")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("latent")), qPrintable(describe(r)));
        QCOMPARE(stepOf(m_model), 8);
        // --no-resume starts over (and replaces the checkpoint).
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("5"), QStringLiteral("--no-resume")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("step 5")) && !r.out.contains(QStringLiteral("resumed")), qPrintable(describe(r)));
        QCOMPARE(stepOf(m_model), 5);
        // --resume with nothing to resume fails and names the folder.
        const QString none = path(QStringLiteral("nothing here"));
        QStringList fresh = common;
        fresh.last() = none;
        r = runGenlab(fresh + QStringList{QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--resume")});
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("nothing here")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(none + QStringLiteral("/model.safetensors")));
        r = runGenlab(common + QStringList{QStringLiteral("--resume"), QStringLiteral("--no-resume")});
        QCOMPARE(r.code, 2);
        // A shared option the VAE does not use is refused, not ignored.
        r = runGenlab(common + QStringList{QStringLiteral("--eval-every"), QStringLiteral("1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--eval-every is not an option of 'train vae'")), qPrintable(describe(r)));
        r = runGenlab(common + QStringList{QStringLiteral("--steps"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--steps")), qPrintable(describe(r)));
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

    void oldOptionNamesPreviewsAndCheckpoints()
    {
        // --checkpoint-interval and --sample-interval are the old names of --checkpoint-every and
        // --preview-every; the runner says each checkpoint and names the previews it cannot show.
        const QString a = path(QStringLiteral("aliases"));
        Run r = runGenlab(kTinyVae + QStringList{QStringLiteral("--out"), a, QStringLiteral("--steps"), QStringLiteral("4"),
                                                 QStringLiteral("--checkpoint-interval"), QStringLiteral("2"),
                                                 QStringLiteral("--sample-interval"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("checkpoint: step 2 in ")), qPrintable(describe(r)));
        QVERIFY(r.err.contains(QStringLiteral("checkpoint: step 4 in ")));
        QVERIFY(!r.err.contains(QStringLiteral("checkpoint: step 3 ")));
        QVERIFY2(r.err.contains(QStringLiteral("preview at step 2: reconstructions, samples")), qPrintable(describe(r)));
        QVERIFY(r.err.contains(QStringLiteral("step 4/4")));
        QVERIFY(QDir(a).entryList(QStringList{QStringLiteral("*.png")}, QDir::Files).isEmpty());
        // Previews change nothing: the weights equal those of a run without them.
        const QString b = path(QStringLiteral("no previews"));
        r = runGenlab(kTinyVae + QStringList{QStringLiteral("--out"), b, QStringLiteral("--steps"), QStringLiteral("4"),
                                             QStringLiteral("--preview-every"), QStringLiteral("0")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QStringLiteral("preview at")));
        QCOMPARE(fileSha256(b + QStringLiteral("/model.safetensors")), fileSha256(a + QStringLiteral("/model.safetensors")));
    }

    void ctrlCSavesACheckpointAndStops()
    {
        const QString dir = path(QStringLiteral("interrupted"));
        QProcess p;
        p.setProgram(kBinary);
        p.setArguments(kTinyVae + QStringList{QStringLiteral("--out"), dir, QStringLiteral("--steps"), QStringLiteral("1000000"),
                                              QStringLiteral("--checkpoint-every"), QStringLiteral("0")});
        p.setReadChannel(QProcess::StandardError);
        p.start();
        QVERIFY(p.waitForStarted());
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QStringLiteral("step 1/")) && timer.elapsed() < 120000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(500);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(err.contains(QStringLiteral("step 1/")), qPrintable(err));
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(120000));
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains(QStringLiteral("interrupted; the checkpoint in")), qPrintable(err));
        const int saved = stepOf(dir);
        QVERIFY2(saved >= 1, qPrintable(err));
        // And the run continues from there.
        Run r = runGenlab(kTinyVae + QStringList{QStringLiteral("--out"), dir, QStringLiteral("--steps"), QString::number(saved + 1)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("resumed from step %1").arg(saved)));
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
        QCOMPARE(fileSha256(a), fileSha256(b));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--seed"), QStringLiteral("10"),
                    QStringLiteral("--count"), QStringLiteral("10"), QStringLiteral("--out"), c});
        QCOMPARE(r.code, 0);
        QVERIFY(fileSha256(a) != fileSha256(c));
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
