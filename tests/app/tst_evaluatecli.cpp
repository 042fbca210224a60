// `genlab evaluate` and `genlab train classifier` as a user runs them: a folder of 200 copies of
// one digit comes out collapsed, other real digits near-perfect, a folder with a file that is not
// an image still evaluates and names it, a model is sampled and measured, bad arguments exit 2
// with a message, and checkpoints of the wrong kind are refused by name.
#include "clirun.h"
#include "engine/evaluate/reference.h"
#include "engine/gan/imagegan.h"
#include "engine/imaging/png.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using namespace genlab::testing;
using Run = GenlabRun;

const QString kBinary = genlabBinary();

} // namespace

class TestEvaluateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_digits = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
        using namespace genlab::engine;
        evaluate::ImageSet all;
        try {
            all = evaluate::openImageSet("digits", evaluate::Part::All, 28, 1);
        } catch (const std::exception &e) {
            qWarning("digits unavailable: %s", e.what());
            return;
        }
        m_digits = true;
        // Real digits the reference (the held-out split, index % 10 == 0) does not hold.
        QVERIFY(QDir().mkpath(path(QStringLiteral("real"))));
        for (std::size_t i = 5; i < all.images.size(); i += 10)
            imaging::writePng(path(QStringLiteral("real/%1.png").arg(i, 4, 10, QLatin1Char('0'))).toStdString(), all.images[i]);
        // 200 copies of one "3".
        QVERIFY(QDir().mkpath(path(QStringLiteral("collapsed"))));
        for (int i = 0; i < 200; ++i)
            imaging::writePng(path(QStringLiteral("collapsed/%1.png").arg(i, 3, 10, QLatin1Char('0'))).toStdString(),
                              all.images[1505]);
        // 40 real digits, at another size and in colour, beside two files that are not images.
        QVERIFY(QDir().mkpath(path(QStringLiteral("mixed"))));
        for (int i = 0; i < 40; ++i) {
            const Image &g = all.images[std::size_t(i * 125 + 3)];
            Image big(56, 56, 3);
            for (int y = 0; y < 56; ++y)
                for (int x = 0; x < 56; ++x)
                    for (int c = 0; c < 3; ++c)
                        big.row(y)[x * 3 + c] = g.row(y / 2)[x / 2];
            imaging::writePng(path(QStringLiteral("mixed/%1.png").arg(i)).toStdString(), big);
        }
        QFile notes(path(QStringLiteral("mixed/notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image\n");
        notes.close();
        QFile bad(path(QStringLiteral("mixed/broken.png")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("\x89PNG\r\n\x1a\n garbage");
        bad.close();
    }

    void collapsedFolderIsFlagged()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("collapsed")),
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json();
        qInfo("collapsed: %s", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(o.value(QStringLiteral("classes_covered")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("classes_total")).toInt(), 10);
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 200);
        QVERIFY2(o.value(QStringLiteral("recall")).toDouble() < 0.02, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("duplicate_rate")).toDouble() > 0.9, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("frechet_distance")).toDouble() > 100, qPrintable(r.out));
        for (const char *key : {"mean_confidence", "precision", "inception_score", "reference", "notes"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void realDigitsAreNearPerfect()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("real")),
                                 QStringLiteral("--reference"), QStringLiteral("digits"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json();
        qInfo("real: %s", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 500);
        QCOMPARE(o.value(QStringLiteral("classes_covered")).toInt(), 10);
        QVERIFY2(o.value(QStringLiteral("precision")).toDouble() > 0.8, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("recall")).toDouble() > 0.8, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("duplicate_rate")).toDouble() < 0.05, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("frechet_distance")).toDouble() < 20, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("mean_confidence")).toDouble() > 0.9, qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("inception_score")).toDouble() > 8, qPrintable(r.out));
        // The same folder as its own (unlabelled) reference, in words: perfect, no class figures.
        const Run self = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("real")),
                                    QStringLiteral("--reference"), path(QStringLiteral("real"))});
        QVERIFY2(self.code == 0, qPrintable(describe(self)));
        QVERIFY2(self.out.contains(QStringLiteral("precision:        1.000")) &&
                     self.out.contains(QStringLiteral("recall:           1.000")) &&
                     self.out.contains(QStringLiteral("Fréchet distance: 0.000")),
                 qPrintable(self.out));
        QVERIFY2(!self.out.contains(QStringLiteral("classes covered")) && self.out.contains(QStringLiteral("unlabelled")),
                 qPrintable(self.out));
    }

    void skipsFilesThatAreNotImagesAndSaysSo()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("mixed")),
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("notes.txt")) && r.err.contains(QStringLiteral("broken.png")), qPrintable(describe(r)));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 40);
        QCOMPARE(o.value(QStringLiteral("skipped")).toArray().size(), 2);
        QVERIFY2(o.value(QStringLiteral("source")).toString().contains(QStringLiteral("2 files skipped")), qPrintable(r.out));
        // Another size and colour: converted, and said so.
        const QString notes = QJsonDocument(o.value(QStringLiteral("notes")).toArray()).toJson();
        QVERIFY2(notes.contains(QStringLiteral("40 of 40 images were not 28x28 grey")), qPrintable(r.out));
        QVERIFY(o.contains(QStringLiteral("classes_covered")));
    }

    void samplesAModel()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("vae-digits-16d"),
                                 QStringLiteral("--count"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("4"),
                                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 300);
        QVERIFY(o.value(QStringLiteral("classes_covered")).toInt() >= 8);
        QVERIFY(o.value(QStringLiteral("recall")).toDouble() > 0.3);
        QVERIFY(o.value(QStringLiteral("source")).toString().contains(QStringLiteral("vae-digits-16d")));
    }

    void samplesAnImageGan()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        // An untrained class-conditional DCGAN: sampled with its classes in turn, and measured.
        genlab::engine::gan::ImageGanConfig c;
        c.latentDim = 8;
        c.baseChannels = 8;
        c.conditional = true;
        const QString dir = path(QStringLiteral("tiny-gan"));
        genlab::engine::gan::ImageGan::create(c, 1).save(dir.toStdString(), {});
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), dir, QStringLiteral("--count"),
                                 QStringLiteral("60"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 60);
        QVERIFY2(o.value(QStringLiteral("source")).toString().contains(QStringLiteral("GAN")), qPrintable(r.out));
        QVERIFY2(o.value(QStringLiteral("precision")).toDouble() < 0.5, qPrintable(r.out)); // noise is no digit
    }

    void trainsAClassifierAndUsesIt()
    {
        if (!m_digits)
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const QString dir = path(QStringLiteral("tiny-classifier"));
        Run r = runGenlab({QStringLiteral("train"), QStringLiteral("classifier"), QStringLiteral("--steps"), QStringLiteral("30"),
                           QStringLiteral("--batch"), QStringLiteral("32"), QStringLiteral("--width"), QStringLiteral("8"),
                           QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), dir});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("held-out accuracy")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("val_accuracy")), qPrintable(r.err));
        r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("collapsed")),
                       QStringLiteral("--classifier"), dir, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().value(QStringLiteral("classes_covered")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("classifier")).toString(), QDir::toNativeSeparators(dir));
        // --preview-every is not a classifier option.
        r = runGenlab({QStringLiteral("train"), QStringLiteral("classifier"), QStringLiteral("--preview-every"),
                       QStringLiteral("5"), QStringLiteral("--out"), dir});
        QCOMPARE(r.code, 2);
    }

    void refusesTheWrongKindOfCheckpoint()
    {
        // A latent model given as the classifier.
        const QString vaeDir = QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/vae-digits-2d");
        Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("vae-digits-2d"),
                           QStringLiteral("--classifier"), vaeDir});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not a classifier")), qPrintable(describe(r)));
        // A generator of a kind evaluate cannot sample: the kinds it can are named.
        const QString other = path(QStringLiteral("other-model"));
        QVERIFY(QDir().mkpath(other));
        QFile config(other + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"architecture": "pixel-rnn", "step": 1, "format_version": 1})");
        config.close();
        r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), other});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pixel-rnn")) && r.err.contains(QStringLiteral("conv-vae")) &&
                     r.err.contains(QStringLiteral("dcgan")) &&
                     r.err.contains(QStringLiteral("--images")),
                 qPrintable(describe(r)));
        r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), path(QStringLiteral("missing"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.isEmpty(), qPrintable(describe(r)));
    }

    void badArgumentsExitTwo()
    {
        const QList<QStringList> cases{
            {QStringLiteral("evaluate")},
            {QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("vae-digits-16d"), QStringLiteral("--images"),
             path(QStringLiteral("real"))},
            {QStringLiteral("evaluate"), QStringLiteral("--model"), QStringLiteral("vae-digits-16d"), QStringLiteral("--count"),
             QStringLiteral("2")},
            {QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("no-such-folder"))},
            {QStringLiteral("evaluate"), QStringLiteral("--images"), path(QStringLiteral("real")), QStringLiteral("--k"),
             QStringLiteral("0")},
            {QStringLiteral("evaluate"), QStringLiteral("--frobnicate")},
        };
        for (const QStringList &args : cases) {
            const Run r = runGenlab(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral("\n") + describe(r)));
            QVERIFY2(r.err.startsWith(QStringLiteral("genlab evaluate: ")), qPrintable(describe(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "tst_evaluatecli.moc"
