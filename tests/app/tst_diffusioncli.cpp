// The Diffusion lab's commands as a user runs them: `genlab train diffusion` (a tiny UNet, continued
// by the same command, another shape refused), `genlab sample --model DIFFDIR` (a grid with its
// recipe, the same bytes for the same seed, every step as a GIF / PNG strip with --save-steps),
// `genlab evaluate --model DIFFDIR`, and clear messages with exit codes for bad input.
#include "clirun.h"
#include "engine/imaging/animation.h"
#include "services/recipe.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using namespace genlab::testing;
using Run = GenlabRun;

const QString kBinary = genlabBinary();

QStringList tinyDiffusion(const QString &out, int steps)
{
    return {QStringLiteral("train"),   QStringLiteral("diffusion"), QStringLiteral("--dataset"),
            QStringLiteral("procedural-digits"), QStringLiteral("--conditional"), QStringLiteral("--width"),
            QStringLiteral("8"),       QStringLiteral("--timesteps"), QStringLiteral("100"),
            QStringLiteral("--batch"), QStringLiteral("8"),         QStringLiteral("--steps"),
            QString::number(steps),    QStringLiteral("--threads"),  QStringLiteral("1"),
            QStringLiteral("--preview-every"), QStringLiteral("0"), QStringLiteral("--out"),
            out};
}

} // namespace

class TestDiffusionCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(kBinary));
        m_model = m_tmp.filePath(QStringLiteral("diffusion"));
        const Run r = runGenlab(tinyDiffusion(m_model, 4));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("saved")), qPrintable(describe(r)));
        const QJsonObject c = checkpointConfig(m_model);
        QCOMPARE(c.value(QStringLiteral("architecture")).toString(), QStringLiteral("ddpm-unet"));
        QCOMPARE(c.value(QStringLiteral("step")).toInt(), 4);
        QCOMPARE(c.value(QStringLiteral("conditional")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("timesteps")).toInt(), 100);
    }

    void theSameCommandContinuesTheRun()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("continued"));
        Run r = runGenlab(tinyDiffusion(dir, 2));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runGenlab(tinyDiffusion(dir, 3));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("resumed from step 2")), qPrintable(describe(r)));
        QStringList wider = tinyDiffusion(dir, 5);
        wider[wider.indexOf(QStringLiteral("--width")) + 1] = QStringLiteral("16");
        r = runGenlab(wider);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("width")) || r.err.contains(QLatin1String("channels")), qPrintable(describe(r)));
    }

    void sampleWritesAGridAndEveryStep()
    {
        const QString png = m_tmp.filePath(QStringLiteral("grid.png"));
        const QString gif = m_tmp.filePath(QStringLiteral("steps.gif"));
        Run r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--sampler"),
                           QStringLiteral("ddim"), QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--seed"),
                           QStringLiteral("7"), QStringLiteral("--guidance"), QStringLiteral("3"), QStringLiteral("--out"), png,
                           QStringLiteral("--save-steps"), gif});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QString error;
        const auto recipe = genlab::services::readRecipeFile(png, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("diffusion"));
        QCOMPARE(recipe->action, QStringLiteral("sample"));
        QCOMPARE(recipe->seed, quint64(7));
        QCOMPARE(recipe->parameters.value(QStringLiteral("sampler")).toString(), QStringLiteral("ddim"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("steps")).toInt(), 8);
        QCOMPARE(recipe->parameters.value(QStringLiteral("columns")).toInt(), 10);
        QCOMPARE(genlab::engine::imaging::countGifFrames(gif.toStdString()), 9);
        QVERIFY(genlab::services::readRecipeFile(gif, &error));
        // The same seed gives the same bytes; a PNG strip of the steps carries its recipe.
        const QString again = m_tmp.filePath(QStringLiteral("again.png"));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--sampler"),
                       QStringLiteral("ddim"), QStringLiteral("--steps"), QStringLiteral("8"), QStringLiteral("--seed"),
                       QStringLiteral("7"), QStringLiteral("--guidance"), QStringLiteral("3"), QStringLiteral("--out"), again});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(fileSha256(again), fileSha256(png));
        const QString strip = m_tmp.filePath(QStringLiteral("strip.png"));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--sampler"),
                       QStringLiteral("dpm"), QStringLiteral("--steps"), QStringLiteral("5"), QStringLiteral("--class"),
                       QStringLiteral("3"), QStringLiteral("--save-steps"), strip});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const auto stripRecipe = genlab::services::readRecipeFile(strip, &error);
        QVERIFY2(stripRecipe, qPrintable(error));
        QCOMPARE(stripRecipe->parameters.value(QStringLiteral("sampler")).toString(), QStringLiteral("dpm"));
        QCOMPARE(stripRecipe->parameters.value(QStringLiteral("class")).toInt(), 3);
    }

    void evaluateMeasuresTheSamples()
    {
        const Run r = runGenlab({QStringLiteral("evaluate"), QStringLiteral("--model"), m_model, QStringLiteral("--count"),
                                 QStringLiteral("30"), QStringLiteral("--steps"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.contains(QStringLiteral("frechet_distance")) || r.out.contains(QLatin1String("frechet")), qPrintable(describe(r)));
    }

    void badInputGetsAClearMessage()
    {
        const QString png = m_tmp.filePath(QStringLiteral("bad.png"));
        struct Case
        {
            QStringList args;
            int code;
            const char *says;
        };
        const QList<Case> cases = {
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--steps"), QStringLiteral("5000"),
              QStringLiteral("--out"), png},
             2, "--steps"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--guidance"), QStringLiteral("99"),
              QStringLiteral("--out"), png},
             2, "--guidance"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--sampler"), QStringLiteral("euler"),
              QStringLiteral("--out"), png},
             2, "--sampler"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--class"), QStringLiteral("10"),
              QStringLiteral("--out"), png},
             2, "--class"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model}, 2, "--save-steps"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--save-steps"),
              m_tmp.filePath(QStringLiteral("x.bmp"))},
             2, "--save-steps"},
            // Other models keep their options: the diffusion ones are refused with the reason.
            {{QStringLiteral("sample"), QStringLiteral("--guidance"), QStringLiteral("2"), QStringLiteral("--out"), png},
             2, "diffusion option"},
            {{QStringLiteral("train"), QStringLiteral("diffusion"), QStringLiteral("--prediction"), QStringLiteral("x0"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--prediction"},
            {{QStringLiteral("train"), QStringLiteral("diffusion"), QStringLiteral("--noise-schedule"), QStringLiteral("square"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--noise-schedule"},
            {{QStringLiteral("train"), QStringLiteral("diffusion"), QStringLiteral("--size"), QStringLiteral("30"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "image size"},
            // 96 px trains where CUDA does (--device cpu: the same answer on a machine with a GPU).
            {{QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("train"), QStringLiteral("diffusion"),
              QStringLiteral("--size"), QStringLiteral("96"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--size 96: image size 96 needs a GPU"},
        };
        for (const Case &c : cases) {
            const Run r = runGenlab(c.args);
            QVERIFY2(r.code == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
            QVERIFY2(r.err.contains(QLatin1String(c.says)), qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x/config.json"))));
        QVERIFY(!QFileInfo::exists(png));
    }
};

QTEST_GUILESS_MAIN(TestDiffusionCli)
#include "tst_diffusioncli.moc"
