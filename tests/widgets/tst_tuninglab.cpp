// The Tuning lab as the studio builds it: six pages in the order, nothing run before the
// user asks (no job at construction), the page shown kept in the project state and restored,
// untrusted state ignored.
#include "engine/runtime/compute.h"
#include "services/jobmanager.h"
#include "services/job.h"
#include "services/tuning/distilljobs.h"
#include "widgets/tuninglab/discriminativepage.h"
#include "widgets/tuninglab/distillpage.h"
#include "widgets/tuninglab/incontextpage.h"
#include "widgets/tuninglab/tuninglab.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTabWidget>
#include <QtTest>

using namespace genlab;
using widgets::tuninglab::TuningLab;

class TestTuningLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixPagesAndNothingRunsUntilAsked()
    {
        services::JobManager jobs({});
        TuningLab lab(&jobs, engine::resolveDevice({}));
        lab.resize(1400, 900);
        lab.show();
        QCOMPARE(lab.labId(), QStringLiteral("tuning"));
        QCOMPARE(lab.tabs()->count(), 6);
        QVERIFY(lab.inContextPage() && lab.instructPage() && lab.preferencePage() && lab.distillPage() &&
                lab.scalingPage() && lab.discriminativePage());
        QCOMPARE(lab.tabs()->widget(0), static_cast<QWidget *>(lab.inContextPage()));
        QCOMPARE(lab.tabs()->widget(5), static_cast<QWidget *>(lab.discriminativePage()));
        QTest::qWait(200);
        QCOMPARE(jobs.jobs().size(), 0);
        QVERIFY(!lab.title().isEmpty() && !lab.summary().isEmpty());
        // Each page fits a 1366-pixel laptop screen beside the studio's navigation and the Jobs dock.
        QStringList tooWide;
        for (int i = 0; i < lab.tabs()->count(); ++i) {
            const int width = lab.tabs()->widget(i)->minimumSizeHint().width();
            qInfo("%s: %d px", qPrintable(lab.tabs()->tabText(i)), width);
            if (width > 1000)
                tooWide << QStringLiteral("%1 (%2 px)").arg(lab.tabs()->tabText(i)).arg(width);
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
        // GENLAB_SCREENSHOT_DIR: each page as it opens (tuning-page-N.png), to look at.
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        for (int i = 0; !dir.isEmpty() && i < lab.tabs()->count(); ++i) {
            lab.tabs()->setCurrentIndex(i);
            QTest::qWait(100);
            QVERIFY(lab.grab().save(QDir(dir).filePath(QStringLiteral("tuning-page-%1.png").arg(i))));
        }
    }

    void theDefaultCorpusExistsOnEveryInstallation()
    {
        // Without tiny Shakespeare (an installed studio), distillation and scaling read the help pages.
        const QString help = services::DistillJobs::helpPagesCorpus();
        QVERIFY2(QFileInfo(help).size() > 50000, qPrintable(help));
        QCOMPARE(services::DistillJobs::helpPagesCorpus(), help); // written once, the same file
        QVERIFY(!services::DistillJobs::defaultCorpus().isEmpty());
    }

    void thePageShownRoundTrips()
    {
        services::JobManager jobs({});
        TuningLab lab(&jobs, engine::resolveDevice({}));
        QVERIFY(lab.showPage(QStringLiteral("distill")));
        QCOMPARE(lab.tabs()->currentWidget(), static_cast<QWidget *>(lab.distillPage()));
        const QJsonObject state = lab.saveState();
        QCOMPARE(state.value(QStringLiteral("tab")).toString(), QStringLiteral("distill"));
        for (const char *key : {"incontext", "instruct", "preference", "distill", "scaling", "discriminative"})
            QVERIFY2(state.value(QLatin1String(key)).isObject(), key);

        TuningLab other(&jobs, engine::resolveDevice({}));
        other.restoreState(state);
        QCOMPARE(other.tabs()->currentWidget(), static_cast<QWidget *>(other.distillPage()));
        QCOMPARE(other.saveState(), state);

        // A project file is untrusted: unknown pages and wrong types change nothing.
        QVERIFY(!other.showPage(QStringLiteral("nonsense")));
        other.restoreState(QJsonObject{{QStringLiteral("tab"), 7}, {QStringLiteral("instruct"), QStringLiteral("x")}});
        QCOMPARE(other.saveState(), state);
    }
};

QTEST_MAIN(TestTuningLab)
#include "tst_tuninglab.moc"
