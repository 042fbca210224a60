// The Tuning lab's instruction and preference pages driven as a user drives them, on the shipped
// model and few steps: instruction tuning fills its curve, loss mask, before/after table and
// accuracy, and names a broken JSONL file by line; preference tuning by a rule streams its
// curves and answers before/after; with "You" judging, the pairs come, verdicts count, a reward
// model is fitted after four, and a run before then is refused with a message.
// With GENLAB_SCREENSHOT_DIR set, longer runs write the README's pictures of both pages there.
#include "engine/runtime/compute.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"
#include "services/text/textservice.h"
#include "services/tuning/preferencejobs.h"
#include "services/tuning/sftjobs.h"
#include "widgets/tuninglab/instructpage.h"
#include "widgets/tuninglab/preferencepage.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::tuninglab::InstructPage;
using widgets::tuninglab::PreferencePage;

namespace {

QString tunePagesScreenshotDir()
{
    return qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
}

void tunePagesScreenshot(QWidget *w, const QString &name)
{
    const QString dir = tunePagesScreenshotDir();
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestTuningTunePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel)).isEmpty())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
    }

    void instructionTuningFillsTheTableAndCurve()
    {
        services::JobManager jobs({});
        InstructPage page(&jobs, engine::resolveDevice({}));
        page.resize(1400, 900);
        page.show();
        const bool pictures = !tunePagesScreenshotDir().isEmpty();
        page.findChild<QSpinBox *>(QStringLiteral("sftSteps"))->setValue(pictures ? 300 : 8);
        page.findChild<QSpinBox *>(QStringLiteral("sftBatch"))->setValue(pictures ? 16 : 4);
        page.findChild<QSpinBox *>(QStringLiteral("sftHeldOut"))->setValue(pictures ? 20 : 6);
        QPushButton *save = page.findChild<QPushButton *>(QStringLiteral("sftSave"));
        QVERIFY(!save->isEnabled()); // nothing tuned yet

        services::Job *job = page.run();
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, pictures ? 1800000 : 180000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        const int steps = pictures ? 300 : 8;
        // The page takes the outcome in its own slot, after the job's state changed.
        QVERIFY(QTest::qWaitFor([&] { return page.outcome().result.steps == steps; }, 30000));
        const auto &r = page.outcome().result;
        QCOMPARE(r.steps, pictures ? 300 : 8);
        QCOMPARE(r.heldOutPairs, pictures ? 20 : 6);
        QCOMPARE(int(r.trainLoss.size()), r.steps);
        QVERIFY(std::isfinite(r.heldOutLossBefore) && std::isfinite(r.heldOutLossAfter));
        QVERIFY(!r.example.empty());

        QTableWidget *table = page.findChild<QTableWidget *>(QStringLiteral("sftAnswers"));
        QCOMPARE(table->rowCount(), r.heldOutPairs);
        QVERIFY(!table->item(0, 0)->text().isEmpty()); // the instruction
        const QString accuracy = page.findChild<QLabel *>(QStringLiteral("sftAccuracy"))->text();
        QVERIFY2(accuracy.contains(QStringLiteral("%")), qPrintable(accuracy));
        QVERIFY(save->isEnabled());
        tunePagesScreenshot(&page, QStringLiteral("tuning-instruct.png"));

        // The user's own pairs with a broken line: the file and the line are named, nothing runs.
        const QString jsonl = m_dir.filePath(QStringLiteral("pairs.jsonl"));
        {
            QFile f(jsonl);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"instruction\": \"Say hi\", \"response\": \"hi\"}\n{\"instruction\": \"Say bye\"\n");
        }
        page.findChild<QComboBox *>(QStringLiteral("sftDataKind"))->setCurrentIndex(1);
        page.findChild<QLineEdit *>(QStringLiteral("sftDataFile"))->setText(jsonl);
        services::Job *bad = page.run();
        if (bad)
            QVERIFY(QTest::qWaitFor([&] { return bad->isFinished(); }, 60000));
        QLabel *statusLabel = page.findChild<QLabel *>(QStringLiteral("sftStatus"));
        QTest::qWaitFor([&] { return statusLabel->text().contains(QStringLiteral("pairs.jsonl")); }, 30000);
        const QString status = statusLabel->text();
        qInfo("accuracy: %s; broken file: %s", qPrintable(accuracy), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("pairs.jsonl")) && status.contains(QStringLiteral("2")), qPrintable(status));
        QCOMPARE(table->rowCount(), r.heldOutPairs); // the last result stays
    }

    void preferenceTuningByARuleStreamsItsCurves()
    {
        services::JobManager jobs({});
        PreferencePage page(&jobs, engine::resolveDevice({}));
        page.resize(1400, 900);
        page.show();
        const bool pictures = !tunePagesScreenshotDir().isEmpty();
        QComboBox *judge = page.findChild<QComboBox *>(QStringLiteral("preferenceJudge"));
        judge->setCurrentIndex(judge->findData(QStringLiteral("shorter")));
        QComboBox *method = page.findChild<QComboBox *>(QStringLiteral("preferenceMethod"));
        method->setCurrentIndex(method->findData(QStringLiteral("dpo")));
        page.findChild<QSpinBox *>(QStringLiteral("preferencePairs"))->setValue(pictures ? 120 : 12);
        page.findChild<QSpinBox *>(QStringLiteral("preferenceSteps"))->setValue(pictures ? 20 : 3);

        QSignalSpy finished(&page, &PreferencePage::runFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("preferenceRun")), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(finished.wait(pictures ? 1800000 : 180000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(page.hasResult());
        const auto &r = page.result().result;
        QCOMPARE(QString::fromStdString(r.method), QStringLiteral("dpo"));
        QVERIFY(r.pairs > 0);
        QVERIFY(std::isfinite(r.rewardBefore) && std::isfinite(r.rewardAfter) && r.kl >= 0);
        QVERIFY(r.winRate >= 0 && r.winRate <= 1);
        QVERIFY(page.curvePoints() >= 2); // step 0 and after
        QVERIFY(!r.samples.empty());
        QVERIFY(page.findChild<QTableWidget *>(QStringLiteral("preferenceSamples"))->rowCount() > 0);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("preferenceSummary"))->text().isEmpty());
        QVERIFY(!page.isRunning());
        tunePagesScreenshot(&page, QStringLiteral("tuning-preferences.png"));
    }

    void youJudgeAndARewardModelIsFitted()
    {
        services::JobManager jobs({});
        PreferencePage page(&jobs, engine::resolveDevice({}));
        page.show();
        QComboBox *judge = page.findChild<QComboBox *>(QStringLiteral("preferenceJudge"));
        QSignalSpy arrived(&page, &PreferencePage::pairsArrived);
        QVERIFY(judge->findData(QStringLiteral("you")) >= 0);
        judge->setCurrentIndex(judge->findData(QStringLiteral("you")));
        QVERIFY(page.judgedByYou());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("preferenceYouPanel"))->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return page.hasPairToJudge(); }, 120000));

        // Too few verdicts: the run is refused with a message.
        page.run();
        QVERIFY(!page.isRunning());
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("preferenceStatus"))->text().contains(QStringLiteral("4")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("preferenceStatus"))->text()));

        // Keys 1 and 2 judge; space skips. A reward model is fitted once four pairs are judged.
        QSignalSpy fitted(&page, &PreferencePage::rewardModelFitted);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // the keys are the window's shortcuts
        int verdicts = 0;
        QVERIFY(QTest::qWaitFor([&] { return page.hasPairToJudge(); }, 120000));
        QTest::keyClick(&page, Qt::Key_Space);
        for (int i = 0; verdicts < 5 && i < 40; ++i) {
            QVERIFY(QTest::qWaitFor([&] { return page.hasPairToJudge(); }, 120000));
            const int before = page.judgedPairs();
            QTest::keyClick(&page, i % 2 ? Qt::Key_2 : Qt::Key_1);
            verdicts += page.judgedPairs() > before ? 1 : 0; // identical answers cannot be preferred
        }
        QCOMPARE(page.judgedPairs(), 5);
        // A fit follows the 4th and the 5th verdict; the label names the pairs of the last one.
        QLabel *rewardModel = page.findChild<QLabel *>(QStringLiteral("preferenceRewardModel"));
        QVERIFY2(QTest::qWaitFor([&] { return rewardModel->text().contains(QStringLiteral("your 5 pairs")); }, 60000),
                 qPrintable(rewardModel->text()));
        QVERIFY(fitted.count() > 0);
        const double accuracy = fitted.last().first().toDouble();
        QVERIFY(accuracy >= 0 && accuracy <= 1);
        QCOMPARE(int(page.runRequest().options.humanPairs.size()), 5);
    }
};

QTEST_MAIN(TestTuningTunePages)
#include "tst_tuningtunepages.moc"
