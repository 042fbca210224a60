// The Tuning lab's distillation and scale pages run end to end through their jobs, on a small
// corpus and few steps: distillation fills its table (teacher, distilled, data-only) and both
// curves; scaling queues one job per size, then fits the power law through them and shows its
// exponent. A bad list of sizes is named, not run.
#include "engine/runtime/compute.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/tuning/distilljobs.h"
#include "services/tuning/scalingjobs.h"
#include "widgets/tuninglab/distillpage.h"
#include "widgets/tuninglab/scalingpage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using widgets::tuninglab::DistillPage;
using widgets::tuninglab::ScalingPage;

class TestTuningTrainPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        // The first 60 KB of the default corpus (tiny Shakespeare, or the help pages without it).
        const QString source = services::DistillJobs::defaultCorpus();
        QVERIFY2(!source.isEmpty(), "no default corpus");
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        m_corpus = m_dir.filePath(QStringLiteral("corpus.txt"));
        QFile out(m_corpus);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(60 * 1024));
    }

    void distillationFillsItsTable()
    {
        services::JobManager jobs({});
        DistillPage page(&jobs, engine::resolveDevice({}));
        page.findChild<QLineEdit *>(QStringLiteral("distillData"))->setText(m_corpus);
        page.findChild<QSpinBox *>(QStringLiteral("distillSteps"))->setValue(6);
        services::Job *job = page.run();
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 120000));
        QCOMPARE(job->state(), services::JobState::Succeeded);
        const auto &r = page.outcome().result;
        QCOMPARE(r.steps, 6);
        QVERIFY(r.distilled.perplexity > 1 && r.dataOnly.perplexity > 1 && r.teacher.perplexity > 1);
        QCOMPARE(r.distilled.parameters, r.dataOnly.parameters);
        QVERIFY(r.teacher.parameters > r.distilled.parameters);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("distillTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
    }

    void scalingFitsThroughEverySize()
    {
        services::JobManager jobs({});
        ScalingPage page(&jobs, engine::resolveDevice({}));
        page.findChild<QLineEdit *>(QStringLiteral("scalingData"))->setText(m_corpus);
        auto *sizes = page.findChild<QLineEdit *>(QStringLiteral("scalingSizes"));
        sizes->setText(QStringLiteral("16, zero"));
        QVERIFY(!page.run()); // named in the status line
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("scalingStatus"))->text().isEmpty());
        sizes->setText(QStringLiteral("16, 24"));
        page.findChild<QSpinBox *>(QStringLiteral("scalingTokens"))->setValue(48 * 8 * 64);
        QVERIFY(page.run());
        QVERIFY(page.isRunning());
        QVERIFY(QTest::qWaitFor([&] { return !page.isRunning(); }, 120000));
        const auto &r = page.outcome().result;
        QVERIFY2(r.runs.size() == 2, qPrintable(page.findChild<QLabel *>(QStringLiteral("scalingStatus"))->text()));
        QVERIFY(r.runs[0].parameters < r.runs[1].parameters);
        QVERIFY(std::isfinite(r.fit.exponent));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("scalingExponent"))->text().isEmpty());
    }
};

QTEST_MAIN(TestTuningTrainPages)
#include "tst_tuningtrainpages.moc"
