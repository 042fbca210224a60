// The command line as a user meets it: help, version, errors with clear messages and exit 2,
// info and the headless demo.
#include "clirun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = genlab::testing::GenlabRun;

// As a headless machine (no display at all) meets the command line.
Run runGenlab(const QStringList &args, int timeoutMs = 240000)
{
    return genlab::testing::runGenlab(args, timeoutMs, genlab::testing::Display::None);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpListsCommands()
    {
        Run r = runGenlab({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("info")));
        QVERIFY(r.out.contains(QStringLiteral("demo")));
        QVERIFY(r.out.contains(QStringLiteral("--device")));
        // The binary's name, not Qt's "<executable_name>" (no application object when it parsed).
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: genlab [options]")), qPrintable(r.out.left(80)));
        // --lab names the labs it takes.
        const QString lab = r.out.mid(r.out.indexOf(QStringLiteral("--lab")), 200).simplified();
        for (const char *id : {"home", "data", "latent", "text", "gan", "diffusion", "masked", "retrieval", "tuning"})
            QVERIFY2(lab.contains(QString::fromLatin1(id)), qPrintable(lab));
    }

    void versionPrintsTheVersion()
    {
        Run r = runGenlab({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))));
    }

    void commandHelp()
    {
        Run r = runGenlab({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--out")));
    }

    void trainHelpStatesEveryTrainersDefaults()
    {
        // One parser serves every trainer: a shared option's help gives each trainer's default
        // (from the engine's structs), an option a trainer does not take says so, old names stay.
        Run r = runGenlab({QStringLiteral("train"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        auto helpOf = [&r](const QString &option) {
            const QStringList lines = r.out.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (!lines[i].trimmed().startsWith(option + QLatin1Char(' ')) && !lines[i].trimmed().startsWith(option + QLatin1Char(',')))
                    continue;
                // Qt wraps long help onto lines indented deeper than the option lines' two spaces.
                QString text = lines[i];
                for (qsizetype j = i + 1; j < lines.size() && lines[j].startsWith(QStringLiteral("   ")); ++j)
                    text += QLatin1Char(' ') + lines[j].trimmed();
                return text.simplified();
            }
            return QString();
        };
        const QString steps = helpOf(QStringLiteral("--steps"));
        // Each trainer's own default, in the kinds' alphabetical order.
        QVERIFY2(steps.contains(QRegularExpression(QStringLiteral("lm: \\d+, .*vae: \\d+"))), qPrintable(r.out));
        // "not for vae" or, with other trainers that take no evaluation either, "not for gan, vae".
        QVERIFY2(helpOf(QStringLiteral("--eval-every")).contains(QRegularExpression(QStringLiteral("not for [a-z, ]*vae"))),
                 qPrintable(r.out));
        QVERIFY2(helpOf(QStringLiteral("--clip")).contains(QStringLiteral("vae: 0")), qPrintable(r.out));
        QVERIFY2(helpOf(QStringLiteral("--checkpoint-every")).contains(QStringLiteral("--checkpoint-interval")), qPrintable(r.out));
        QVERIFY(helpOf(QStringLiteral("--preview-every")).contains(QStringLiteral("--sample-interval")));
        QVERIFY(helpOf(QStringLiteral("--eval-every")).contains(QStringLiteral("--eval-interval")));
        // The resume policy is said once, for every trainer.
        QVERIFY2(helpOf(QStringLiteral("--resume")).contains(QStringLiteral("same kind and shape is continued")), qPrintable(r.out));
        QVERIFY(!helpOf(QStringLiteral("--no-resume")).isEmpty());
        // Each trainer's own options are there too.
        QVERIFY(!helpOf(QStringLiteral("--latent")).isEmpty());
        QVERIFY(!helpOf(QStringLiteral("--tokenizer")).isEmpty());
    }

    void errorsAreClearAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("bad device") << QStringList{QStringLiteral("info"), QStringLiteral("--device"), QStringLiteral("gpu")}
                                    << QStringLiteral("unknown device 'gpu'");
        QTest::newRow("bad cuda index") << QStringList{QStringLiteral("info"), QStringLiteral("--device"), QStringLiteral("cuda:x")}
                                        << QStringLiteral("cuda:x");
        QTest::newRow("missing value") << QStringList{QStringLiteral("demo"), QStringLiteral("--out")} << QStringLiteral("out");
        QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")} << QStringLiteral("--out DIR is required");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("info"), QStringLiteral("extra")} << QStringLiteral("unexpected argument 'extra'");
        QTest::newRow("gui unknown option") << QStringList{QStringLiteral("--nonsense")} << QStringLiteral("nonsense");
    }
    void errorsAreClearAndExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        Run r = runGenlab(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void infoShowsDeviceTorchBlasAndThreads()
    {
        Run r = runGenlab({QStringLiteral("info"), QStringLiteral("--device"), QStringLiteral("cpu")});
        QCOMPARE(r.code, 0);
        for (const char *field : {"device:", "LibTorch:", "BLAS:", "matmul:", "threads:"})
            QVERIFY2(r.out.contains(QLatin1String(field)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("GFLOP/s")));
    }

    void cudaRequestFallsBackWithAWarning()
    {
        Run r = runGenlab({QStringLiteral("info"), QStringLiteral("--no-measure"), QStringLiteral("--device"), QStringLiteral("cuda:9")});
        QCOMPARE(r.code, 0);
        if (!r.err.contains(QStringLiteral("using the CPU")))
            QSKIP("this machine has ten GPUs");
        QVERIFY(r.out.contains(QStringLiteral("(cpu)")));
    }

    void demoRunsHeadlessAndWritesASummary()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Run r = runGenlab({QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--only"), QStringLiteral("compute")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("summary.json"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("summary.txt"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("compute.txt"))));
        QFile f(dir.filePath(QStringLiteral("summary.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray steps = summary.value(QStringLiteral("steps")).toArray();
        QVERIFY(!steps.isEmpty());
        for (const auto &s : steps)
            QVERIFY(s.toObject().value(QStringLiteral("ok")).toBool());
    }

    // The Tuning lab's fast demo steps: the two accuracies with their pictures, the copying figures.
    void demoWritesTheTuningResults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &step : {QStringLiteral("tuning.discriminative"), QStringLiteral("tuning.copying")}) {
            Run r = runGenlab({QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--only"), step});
            QVERIFY2(r.code == 0, qPrintable(step + QLatin1Char('\n') + r.err + r.out));
        }
        const auto readJson = [&dir](const QString &name) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        };
        const QJsonObject disc = readJson(QStringLiteral("tuning-discriminative.json"));
        const double discAcc = disc.value(QStringLiteral("discriminative")).toObject().value(QStringLiteral("accuracy")).toDouble(-1);
        const double genAcc = disc.value(QStringLiteral("generative")).toObject().value(QStringLiteral("accuracy")).toDouble(-1);
        QVERIFY2(discAcc > 0.6 && discAcc <= 1.0, qPrintable(QString::number(discAcc))); // two moons: far above chance
        QVERIFY2(genAcc > 0.6 && genAcc <= 1.0, qPrintable(QString::number(genAcc)));
        for (const QString &png : {QStringLiteral("tuning-discriminative-regions.png"), QStringLiteral("tuning-generative-regions.png"),
                                   QStringLiteral("tuning-generative-samples.png"), QStringLiteral("tuning-copying-attention.png")}) {
            QFile f(dir.filePath(png));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(png));
            QVERIFY2(f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8), qPrintable(png));
        }
        const QJsonObject copying = readJson(QStringLiteral("tuning-copying.json"));
        QVERIFY(copying.value(QStringLiteral("first_loss")).toDouble(-1) > 0);
        QVERIFY(copying.value(QStringLiteral("repeat_loss")).toDouble(-1) > 0);
        // lm-incontext (2 layers x 4 heads) copies: the repeat costs far less than the first time.
        QCOMPARE(copying.value(QStringLiteral("heads")).toArray().size(), 8);
        QVERIFY2(copying.value(QStringLiteral("repeat_loss")).toDouble() < 0.5 * copying.value(QStringLiteral("first_loss")).toDouble(),
                 qPrintable(QJsonDocument(copying).toJson()));
    }

    void inspectDescribesFilesAndRejectsBadOnes()
    {
        QTemporaryDir dir;
        Run demo = runGenlab({QStringLiteral("demo"), QStringLiteral("--out"), dir.path(), QStringLiteral("--only"),
                           QStringLiteral("data.digits-grid")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        Run png = runGenlab({QStringLiteral("inspect"), dir.filePath(QStringLiteral("digits-grid.png"))});
        QCOMPARE(png.code, 0);
        QVERIFY2(png.out.contains(QStringLiteral("PNG image")), qPrintable(png.out));
        QVERIFY(png.out.contains(QStringLiteral("recipe:      data / grid")));

        // A text file pretending to be an image, a truncated safetensors file, a missing file.
        QFile fake(dir.filePath(QStringLiteral("fake.png")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("\x89PNG\r\n\x1a\nthis is not really a png");
        fake.close();
        Run bad = runGenlab({QStringLiteral("inspect"), fake.fileName()});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("fake.png")), qPrintable(bad.err));

        QFile st(dir.filePath(QStringLiteral("weights.safetensors")));
        QVERIFY(st.open(QIODevice::WriteOnly));
        st.write(QByteArray("\xff\xff\xff\xff\x00\x00\x00\x00{}", 10));
        st.close();
        Run badSt = runGenlab({QStringLiteral("inspect"), st.fileName()});
        QCOMPARE(badSt.code, 1);
        QVERIFY2(badSt.err.contains(QStringLiteral("weights.safetensors")), qPrintable(badSt.err));

        Run missing = runGenlab({QStringLiteral("inspect"), dir.filePath(QStringLiteral("nope.bin"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no such file")));

        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("caf\xe9 au lait\n"); // Latin-1
        text.close();
        Run latin = runGenlab({QStringLiteral("inspect"), text.fileName()});
        QCOMPARE(latin.code, 0);
        QVERIFY2(latin.out.contains(QStringLiteral("Latin-1")), qPrintable(latin.out));
        QVERIFY2(!latin.out.contains(QStringLiteral("WARNING")), qPrintable(latin.out));

        // Text named like an image: described as text, with a word that the name promises otherwise;
        // an image command refuses it. A real PNG named .txt gets the same word.
        QFile textPng(dir.filePath(QStringLiteral("holiday.png")));
        QVERIFY(textPng.open(QIODevice::WriteOnly));
        textPng.write("hello world\n");
        textPng.close();
        Run pretend = runGenlab({QStringLiteral("inspect"), textPng.fileName()});
        QCOMPARE(pretend.code, 0);
        QVERIFY2(pretend.out.contains(QStringLiteral("kind:        text")), qPrintable(pretend.out));
        QVERIFY2(pretend.out.contains(QStringLiteral("the name promises a PNG image, but the file holds text")),
                 qPrintable(pretend.out));
        Run refused = runGenlab({QStringLiteral("interpolate"), QStringLiteral("--from"), textPng.fileName(),
                                 QStringLiteral("--to"), QStringLiteral("3"), QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("walk.gif"))});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("holiday.png: not a PNG or JPEG image")), qPrintable(refused.err));
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("digits-grid.png")), dir.filePath(QStringLiteral("grid.txt"))));
        Run pngAsText = runGenlab({QStringLiteral("inspect"), dir.filePath(QStringLiteral("grid.txt"))});
        QCOMPARE(pngAsText.code, 0);
        QVERIFY2(pngAsText.out.contains(QStringLiteral("the name promises text, but the file holds a PNG image")),
                 qPrintable(pngAsText.out));
    }

    void noDisplayRunsTheDemoInstead()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(GENLAB_BIN), {});
        QVERIFY(p.waitForFinished(600000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("no display found")), qPrintable(err));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("demo-output/summary.txt"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
