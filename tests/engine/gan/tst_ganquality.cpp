// The sample-quality figures the image GAN trainer reports every evalEvery steps (imagegan.h,
// ImageTrainOptions::classifierDir), measured with the shipped digit classifier.
#include "engine/gan/imagegan.h"

#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "tinyimagegan.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace genlab::engine;
using namespace genlab::engine::gan;
using genlab::testing::tinyImageGanConfig;
using genlab::testing::tinyImageGanOptions;

namespace {

const std::string kClassifier = GENLAB_SOURCE_DIR "/resources/models/classifier-digits";

ImageTrainOptions tinyOptions(const QString &outDir, std::int64_t steps)
{
    ImageTrainOptions o = tinyImageGanOptions(outDir, steps, "digits");
    o.evalEvery = 2;
    o.classifierDir = kClassifier;
    o.qualitySamples = 100;
    return o;
}

struct Reports
{
    std::vector<train::Metrics> evaluations;
    std::vector<std::string> log;
    int stepMetrics = 0;
    RunContext context()
    {
        RunContext ctx;
        ctx.onPartial = [this](Partial &&p) {
            if (auto m = train::Metrics::decode(p)) {
                if (m->evaluation)
                    evaluations.push_back(*m);
                else
                    ++stepMetrics;
            } else if (auto l = train::LogLine::decode(p)) {
                log.push_back(l->text);
            }
        };
        return ctx;
    }
};

} // namespace

class TestGanQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        configureWorkerThread(1);
        if (!QFileInfo::exists(QString::fromStdString(kClassifier + "/config.json")))
            QSKIP("the shipped classifier-digits is missing");
    }

    void theDefaultsMeasureEveryFewHundredSteps()
    {
        // The form and `genlab train gan` start from these; 0 would never measure.
        QVERIFY(defaultImageCommon().evalEvery > 0);
        QVERIFY(defaultImageCommon().evalEvery < defaultImageCommon().steps);
        QVERIFY(ImageTrainOptions().classifierDir.empty()); // the caller names the classifier
    }

    void aRunWithAClassifierReportsTheQualityFigures()
    {
        QTemporaryDir tmp;
        ImageGan gan = ImageGan::create(tinyImageGanConfig(), 3);
        Reports reports;
        QElapsedTimer timer;
        timer.start();
        trainImageGan(gan, tinyOptions(tmp.filePath(QStringLiteral("run")), 4), reports.context());
        qInfo("4 steps with 2 evaluations of 100 samples: %lld ms", qint64(timer.elapsed()));
        QCOMPARE(reports.stepMetrics, 4);
        QCOMPARE(int(reports.evaluations.size()), 2);
        QCOMPARE(reports.evaluations[0].step, std::int64_t(2));
        QCOMPARE(reports.evaluations[1].step, std::int64_t(4));
        for (const auto &m : reports.evaluations) {
            for (const char *name : {"classes_covered", "classes_total", "mean_confidence", "frechet_distance", "precision",
                                     "recall", "duplicate_rate", "quality_ms"})
                QVERIFY2(m.has(name), name);
            QCOMPARE(m.value("classes_total", 0), 10.0);
            const double covered = m.value("classes_covered", -1);
            QVERIFY(covered >= 0 && covered <= 10);
            QVERIFY(m.value("mean_confidence", -1) >= 0.1 && m.value("mean_confidence", -1) <= 1.0);
            QVERIFY(m.value("precision", -1) >= 0 && m.value("precision", -1) <= 1);
            QVERIFY(m.value("recall", -1) >= 0 && m.value("recall", -1) <= 1);
            QVERIFY(m.value("duplicate_rate", -1) >= 0 && m.value("duplicate_rate", -1) <= 1);
            // An untrained generator makes noise, far from real digits.
            QVERIFY2(m.value("frechet_distance", 0) > 1.0, std::to_string(m.value("frechet_distance", 0)).c_str());
            qInfo("step %lld: %g of 10 classes, confidence %.3f, FD %.2f, precision %.3f, recall %.3f, duplicates %.3f, "
                  "%.0f ms",
                  qint64(m.step), covered, m.value("mean_confidence", 0), m.value("frechet_distance", 0),
                  m.value("precision", 0), m.value("recall", 0), m.value("duplicate_rate", 0), m.value("quality_ms", 0));
        }
        // The same noise at each evaluation: the figures move only because G did.
        QVERIFY(reports.evaluations[0].value("frechet_distance", 0) != reports.evaluations[1].value("frechet_distance", 0));
        QVERIFY(!reports.log.empty());
        QVERIFY2(QString::fromStdString(reports.log.front()).contains(QLatin1String("held-out")), reports.log.front().c_str());
    }

    void withoutAClassifierNothingIsMeasured()
    {
        QTemporaryDir tmp;
        ImageGan gan = ImageGan::create(tinyImageGanConfig(), 3);
        ImageTrainOptions o = tinyOptions(tmp.filePath(QStringLiteral("run")), 2);
        o.classifierDir.clear();
        Reports reports;
        trainImageGan(gan, o, reports.context());
        QCOMPARE(reports.stepMetrics, 2);
        QVERIFY(reports.evaluations.empty());
    }

    void anUnusableClassifierIsOneLineAndTrainingGoesOn()
    {
        QTemporaryDir tmp;
        ImageGan gan = ImageGan::create(tinyImageGanConfig(), 3);
        ImageTrainOptions o = tinyOptions(tmp.filePath(QStringLiteral("run")), 4);
        o.classifierDir = tmp.filePath(QStringLiteral("no-such-classifier")).toStdString();
        Reports reports;
        const ImageTrainResult r = trainImageGan(gan, o, reports.context());
        QCOMPARE(r.step, std::int64_t(4));
        QVERIFY(reports.evaluations.empty());
        int said = 0;
        for (const auto &line : reports.log)
            said += QString::fromStdString(line).startsWith(QLatin1String("sample quality is not measured")) ? 1 : 0;
        QCOMPARE(said, 1); // once, not at every evaluation
    }

    void anUnlabelledReferenceHasNoClassFigures()
    {
        // Shapes are labelled, but not with the digit classifier's classes: no coverage, the
        // label-free figures still come.
        QTemporaryDir tmp;
        ImageGanConfig config = tinyImageGanConfig();
        config.imageSize = 32;
        config.channels = 3;
        ImageGan gan = ImageGan::create(config, 3);
        ImageTrainOptions o = tinyOptions(tmp.filePath(QStringLiteral("run")), 2);
        o.dataset = "shapes";
        Reports reports;
        trainImageGan(gan, o, reports.context());
        QCOMPARE(int(reports.evaluations.size()), 1);
        const auto &m = reports.evaluations.front();
        QVERIFY(!m.has("classes_covered"));
        QVERIFY(!m.has("classes_total"));
        QVERIFY(m.has("recall"));
        QVERIFY(m.has("frechet_distance"));
    }
};

QTEST_APPLESS_MAIN(TestGanQuality)
#include "tst_ganquality.moc"
