// The GAN lab's commands as a user runs them: `genlab train gan` (an image GAN, continued, with
// every option; --toy for the 2-D toy GAN), `genlab sample --model GANDIR` (a PNG grid with its
// recipe, the same bytes for the same seed, a class, truncation) and clear messages with exit
// codes for bad input; the VAE path of `genlab sample` refuses the GAN-only options.
#include "clirun.h"
#include "services/recipe.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

namespace {

using namespace genlab::testing;
using Run = GenlabRun;

const QString kBinary = genlabBinary();

QStringList tinyGan(const QString &out, int steps)
{
    return {QStringLiteral("train"),       QStringLiteral("gan"),     QStringLiteral("--dataset"),
            QStringLiteral("procedural-digits"), QStringLiteral("--conditional"), QStringLiteral("--latent"),
            QStringLiteral("8"),           QStringLiteral("--width"), QStringLiteral("8"),
            QStringLiteral("--batch"),     QStringLiteral("16"),      QStringLiteral("--steps"),
            QString::number(steps),        QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--d-steps"),   QStringLiteral("2"),       QStringLiteral("--loss"),
            QStringLiteral("hinge"),       QStringLiteral("--spectral-norm"), QStringLiteral("--out"),
            out};
}

} // namespace

class TestGanCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(kBinary));
        m_model = m_tmp.filePath(QStringLiteral("gan"));
        // With --eval-every the shipped classifier measures the samples' quality, as the lab does.
        const Run r = runGenlab(tinyGan(m_model, 6) << QStringLiteral("--eval-every") << QStringLiteral("6"));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("saved")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("step 6/6 eval .*classes_covered \\d+ +classes_total 10 .*recall"))),
                 qPrintable(describe(r)));
        const QJsonObject c = checkpointConfig(m_model);
        QCOMPARE(c.value(QStringLiteral("architecture")).toString(), QStringLiteral("dcgan"));
        QCOMPARE(c.value(QStringLiteral("step")).toInt(), 6);
        QCOMPARE(c.value(QStringLiteral("conditional")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("spectral_norm")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("latent_dim")).toInt(), 8);
        QCOMPARE(c.value(QStringLiteral("recipe")).toObject().value(QStringLiteral("loss")).toString(), QStringLiteral("hinge"));
    }

    void theSameCommandContinuesTheRun()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("continued"));
        Run r = runGenlab(tinyGan(dir, 3));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runGenlab(tinyGan(dir, 5));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("resumed from step 3")), qPrintable(describe(r)));
        QCOMPARE(checkpointConfig(dir).value(QStringLiteral("step")).toInt(), 5);
        // Another shape in the same folder is refused, naming the field.
        QStringList wider = tinyGan(dir, 8);
        wider[wider.indexOf(QStringLiteral("--width")) + 1] = QStringLiteral("16");
        r = runGenlab(wider);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("base channels")), qPrintable(describe(r)));
    }

    void sampleWritesAGridWithItsRecipe()
    {
        const QString png = m_tmp.filePath(QStringLiteral("grid.png"));
        Run r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--count"),
                           QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), png});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QString error;
        const auto recipe = genlab::services::readRecipeFile(png, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("gan"));
        QCOMPARE(recipe->action, QStringLiteral("sample"));
        QCOMPARE(recipe->seed, quint64(7));
        QCOMPARE(recipe->parameters.value(QStringLiteral("count")).toInt(), 20);
        QCOMPARE(recipe->parameters.value(QStringLiteral("columns")).toInt(), 10); // one per class
        QVERIFY(!recipe->modelHash.isEmpty());
        // The same seed gives the same bytes; another seed or class other pixels.
        const QString again = m_tmp.filePath(QStringLiteral("again.png"));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--count"),
                       QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), again});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(fileSha256(again), fileSha256(png));
        const QString three = m_tmp.filePath(QStringLiteral("three.png"));
        r = runGenlab({QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--count"),
                       QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--class"),
                       QStringLiteral("3"), QStringLiteral("--truncation"), QStringLiteral("1.5"), QStringLiteral("--out"), three});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(fileSha256(three) != fileSha256(png));
        const auto threeRecipe = genlab::services::readRecipeFile(three, &error);
        QVERIFY2(threeRecipe, qPrintable(error));
        QCOMPARE(threeRecipe->parameters.value(QStringLiteral("class")).toInt(), 3);
        QCOMPARE(threeRecipe->parameters.value(QStringLiteral("truncation")).toDouble(), 1.5);
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
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--class"), QStringLiteral("10"),
              QStringLiteral("--out"), png},
             2, "--class"},
            {{QStringLiteral("sample"), QStringLiteral("--model"), m_model, QStringLiteral("--temperature"),
              QStringLiteral("0.5"), QStringLiteral("--out"), png},
             2, "--truncation"},
            // The VAE keeps its options: the GAN's are refused with the reason.
            {{QStringLiteral("sample"), QStringLiteral("--truncation"), QStringLiteral("1"), QStringLiteral("--out"), png},
             2, "GAN option"},
            {{QStringLiteral("train"), QStringLiteral("gan"), QStringLiteral("--loss"), QStringLiteral("wasserstein-ish"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--loss"},
            {{QStringLiteral("train"), QStringLiteral("gan"), QStringLiteral("--size"), QStringLiteral("30"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "image size"},
            {{QStringLiteral("train"), QStringLiteral("gan"), QStringLiteral("--toy"), QStringLiteral("donut"),
              QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--toy"},
            {{QStringLiteral("train"), QStringLiteral("gan"), QStringLiteral("--toy"), QStringLiteral("ring"),
              QStringLiteral("--conditional"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("x"))},
             2, "--conditional"},
        };
        for (const Case &c : cases) {
            const Run r = runGenlab(c.args);
            QVERIFY2(r.code == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
            QVERIFY2(r.err.contains(QLatin1String(c.says)), qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(r)));
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x/config.json"))));
    }

    void toyTrainsTheTwoDimensionalGan()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("toy"));
        const Run r = runGenlab({QStringLiteral("train"), QStringLiteral("gan"), QStringLiteral("--toy"), QStringLiteral("ring"),
                                 QStringLiteral("--steps"), QStringLiteral("20"), QStringLiteral("--threads"), QStringLiteral("1"),
                                 QStringLiteral("--out"), dir});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("saved")), qPrintable(describe(r)));
        QCOMPARE(checkpointConfig(dir).value(QStringLiteral("step")).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestGanCli)
#include "tst_gancli.moc"
