// The Tuning lab's in-context page on the shipped language model, through the real job manager: a
// small few-shot run fills the accuracy curve point by point for model A and model B side by side
// (the same folder twice answers the same), a point shows its prompts and answers; the user's own
// examples are checked line by line before a run and measured as a task; the copying measurement
// draws the loss per position, fills the head table, and choosing a head shows that head's maps in
// the Text lab's attention view; the form's state round-trips. With GENLAB_SCREENSHOT_DIR set it
// writes tuning-incontext.png (GENLAB_INCONTEXT_MODEL_B: a model folder measured beside the shipped one there,
// default the shipped in-context model; GENLAB_INCONTEXT_COPY_MODEL: a model folder whose copying is shown,
// default the same). By default model B is the shipped in-context model (lm-incontext) and the copying
// half measures it: it must beat the Shakespeare model on the next-letter task and copy a repeat.
#include "services/jobmanager.h"
#include "services/tuning/incontextjobs.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/textlab/attentionview.h"
#include "widgets/tuninglab/incontextpage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace genlab;
using widgets::tuninglab::InContextPage;

class TestInContextPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    InContextPage *m_page = nullptr;

    template <class T>
    T *child(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    // With GENLAB_SCREENSHOT_DIR set: the page as it is, for the README.
    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name)));
    }
    void selectTask(const QString &task) const
    {
        auto *combo = child<QComboBox>("fewShotTask");
        combo->setCurrentIndex(combo->findData(task));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (services::InContextJobs::shippedModelFolder().isEmpty())
            QSKIP("the shipped language model is missing");
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_page = new InContextPage(m_jobs.get(), engine::ResolvedDevice{});
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase()
    {
        delete m_page;
        m_jobs.reset();
    }

    // Run on the defaults: model A the Shakespeare model, model B the shipped in-context one, which
    // learns the task from the shots where A does not; the copying half measures B, which copies.
    void theDefaultsPairTheShippedModels()
    {
        const QString inContext = services::InContextJobs::shippedInContextModelFolder();
        if (inContext.isEmpty())
            QSKIP("the shipped in-context model (lm-incontext) is missing");
        QCOMPARE(child<QLineEdit>("fewShotModelA")->text(), QString());
        QCOMPARE(child<QLineEdit>("fewShotModelB")->text(), inContext);
        QCOMPARE(child<QComboBox>("copyModel")->currentIndex(), 1);
        selectTask(QStringLiteral("next"));
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 4"));
        child<QSpinBox>("fewShotQueries")->setValue(6);
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(done.wait(60000));
        QVERIFY2(m_page->hasFewShotResult(), qPrintable(m_page->fewShotMessage()));
        const auto &r = m_page->fewShotResult();
        QVERIFY(r.hasB());
        QCOMPARE(m_page->curvePoints(1), 2);
        // Four worked examples teach B the task (measured: every query right), not A.
        QVERIFY2(r.b.points[1].correct >= 5, qPrintable(QString::number(r.b.points[1].correct)));
        QVERIFY(r.b.points[1].correct > r.a.points[1].correct);

        child<QSpinBox>("copyLength")->setValue(16);
        child<QSpinBox>("copySeed")->setValue(2);
        QSignalSpy copied(m_page, &InContextPage::copyingFinished);
        m_page->runCopying();
        QVERIFY(copied.wait(60000));
        QVERIFY2(m_page->hasCopyingResult(), qPrintable(m_page->copyingMessage()));
        const auto &c = m_page->copyingResult().result;
        // The repeat is far easier than the first time: the model copies from its context.
        QVERIFY2(c.repeatLoss < 0.5 * c.firstLoss, qPrintable(QStringLiteral("%1 -> %2").arg(c.firstLoss).arg(c.repeatLoss)));
        child<QComboBox>("copyModel")->setCurrentIndex(0);
    }

    void fewShotFillsTheCurveSideBySide()
    {
        selectTask(QStringLiteral("lookup"));
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 2, 4"));
        child<QSpinBox>("fewShotQueries")->setValue(3);
        child<QLineEdit>("fewShotModelB")->setText(services::InContextJobs::shippedModelFolder());
        QSignalSpy points(m_page, &InContextPage::pointAdded);
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(m_page->isFewShotBusy());
        QVERIFY(done.wait(60000));
        QVERIFY2(m_page->hasFewShotResult(), qPrintable(m_page->fewShotMessage()));
        // Streamed: 3 points for each model, in order, then the result's again.
        QVERIFY(points.count() >= 6);
        QCOMPARE(points.at(0).at(0).toInt(), 0);
        QCOMPARE(points.at(0).at(1).toInt(), 0);
        QCOMPARE(points.at(2).at(1).toInt(), 4);
        QCOMPARE(points.at(3).at(0).toInt(), 1);
        QCOMPARE(m_page->curvePoints(0), 3);
        QCOMPARE(m_page->curvePoints(1), 3);
        const auto &r = m_page->fewShotResult();
        QVERIFY(r.hasB());
        QCOMPARE(r.a.task, std::string("lookup"));
        QCOMPARE(int(r.a.points.size()), 3);
        QCOMPARE(int(r.b.points.size()), 3);
        for (int i = 0; i < 3; ++i) {
            const auto &pa = r.a.points[std::size_t(i)];
            const auto &pb = r.b.points[std::size_t(i)];
            QCOMPARE(pa.total, 3);
            QCOMPARE(pb.correct, pa.correct); // the same model twice answers the same
            const auto data = m_page->accuracyPlot()->graph(0)->data()->at(i);
            QCOMPARE(data->key, double(pa.shots));
            QCOMPARE(data->value, 100.0 * pa.accuracy);
        }
        // A point shows its answers, each coloured right or wrong, and the prompt the model read.
        m_page->showPoint(0, 2);
        QTableWidget *answers = m_page->answerTable();
        QCOMPARE(answers->rowCount(), 3);
        const auto &a0 = r.a.points[2].answers[0];
        QCOMPARE(answers->item(0, 0)->text(), QString::fromStdString(a0.query));
        QCOMPARE(answers->item(0, 1)->text(), QString::fromStdString(a0.expected));
        QCOMPARE(answers->item(0, 3)->text(), a0.correct ? QStringLiteral("right") : QStringLiteral("wrong"));
        answers->selectRow(1);
        const QString prompt = m_page->promptView()->toPlainText();
        QVERIFY2(prompt.startsWith(QString::fromStdString(r.a.points[2].answers[1].prompt)), qPrintable(prompt));
        QCOMPARE(prompt.count(QLatin1Char('\n')), 4); // 4 shots, then the query
        child<QLineEdit>("fewShotModelB")->clear();
    }

    void stopKeepsThePointsSoFar()
    {
        selectTask(QStringLiteral("copy"));
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 1, 2, 4, 8, 16"));
        child<QSpinBox>("fewShotQueries")->setValue(60);
        QSignalSpy points(m_page, &InContextPage::pointAdded);
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(points.wait(60000));
        m_page->stopFewShot();
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY(!m_page->hasFewShotResult());
        QVERIFY(m_page->curvePoints(0) >= 1);
        QVERIFY(m_page->curvePoints(0) < 6);
        QVERIFY2(m_page->fewShotMessage().contains(QStringLiteral("Stopped")), qPrintable(m_page->fewShotMessage()));
    }

    void aMissingModelIsNamed()
    {
        selectTask(QStringLiteral("copy"));
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0"));
        child<QLineEdit>("fewShotModelB")->setText(QStringLiteral("/no/such/model"));
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(done.wait(60000));
        QVERIFY(!m_page->hasFewShotResult());
        QVERIFY2(m_page->fewShotMessage().contains(QStringLiteral("/no/such/model is not a folder")),
                 qPrintable(m_page->fewShotMessage()));
        child<QLineEdit>("fewShotModelB")->clear();
    }

    void ownExamplesAreCheckedAndMeasured()
    {
        selectTask(QStringLiteral("examples"));
        auto *editor = child<QPlainTextEdit>("fewShotExamples");
        QVERIFY(editor->isVisible());
        editor->setPlainText(QStringLiteral("cat -> cats\ndog dogs\nbird -> birds\n"));
        auto *problem = child<QLabel>("fewShotExamplesProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("line 2")), qPrintable(problem->text()));
        m_page->runFewShot();
        QVERIFY(!m_page->isFewShotBusy()); // nothing started
        QVERIFY2(m_page->fewShotMessage().contains(QStringLiteral("line 2")), qPrintable(m_page->fewShotMessage()));

        editor->setPlainText(QStringLiteral("cat -> cats\ndog -> dogs\nbird -> birds\nking -> kings\n"));
        QVERIFY(!problem->isVisible());
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 3"));
        child<QSpinBox>("fewShotQueries")->setValue(10);
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(done.wait(60000));
        QVERIFY2(m_page->hasFewShotResult(), qPrintable(m_page->fewShotMessage()));
        const auto &r = m_page->fewShotResult();
        QCOMPARE(r.a.task, std::string("examples"));
        QVERIFY(!r.hasB());
        QCOMPARE(m_page->curvePoints(0), 2);
        QCOMPARE(m_page->curvePoints(1), 0);
        QCOMPARE(r.a.points[1].total, 4); // each of the 4 examples asked once
        QCOMPARE(r.a.points[1].firstPrompt.find(r.a.points[1].answers[0].query + " -> " + r.a.points[1].answers[0].expected + "\n"),
                 std::string::npos);
        // k = 4 needs 5 examples: the job fails naming it, nothing crashes.
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("4"));
        m_page->runFewShot();
        QVERIFY(done.wait(60000));
        QVERIFY(!m_page->hasFewShotResult());
        QVERIFY2(m_page->fewShotMessage().contains(QStringLiteral("at least 5 examples")), qPrintable(m_page->fewShotMessage()));
    }

    void copyingFillsTheHeadsAndTheAttentionView()
    {
        child<QComboBox>("copyModel")->setCurrentIndex(0); // the Shakespeare model
        child<QSpinBox>("copyLength")->setValue(12);
        child<QSpinBox>("copySeed")->setValue(3);
        QSignalSpy done(m_page, &InContextPage::copyingFinished);
        m_page->runCopying();
        QVERIFY(done.wait(60000));
        QVERIFY2(m_page->hasCopyingResult(), qPrintable(m_page->copyingMessage()));
        const auto &r = m_page->copyingResult().result;
        QCOMPARE(r.length, 12);
        QCOMPARE(m_page->lossPlot()->graph(0)->dataCount(), 23);
        QCOMPARE(m_page->lossPlot()->graph(1)->data()->at(0)->value, r.firstLoss);
        QCOMPARE(m_page->lossPlot()->graph(2)->data()->at(0)->value, r.repeatLoss);
        QTableWidget *heads = m_page->headTable();
        QCOMPARE(heads->rowCount(), 16); // 4 layers x 4 heads, best induction score first
        QCOMPARE(heads->item(0, 0)->text(), QString::number(r.heads[0].layer + 1));
        QVERIFY(m_page->copyingMessage().contains(QStringLiteral("repeat")));

        // Choosing a head shows its maps on the repeated sequence in the Text lab's attention view.
        auto *view = m_page->attentionView();
        QVERIFY(QTest::qWaitFor([view] { return view->hasMaps(); }, 30000));
        QSignalSpy ready(view, &widgets::textlab::AttentionView::mapsReady);
        const auto &h = r.heads[3];
        heads->selectRow(3);
        QVERIFY(QTest::qWaitFor([&] { return view->attention().maps.tokens == 24; }, 10000));
        QCOMPARE(view->attention().ids, r.ids);
        const int q = 12 + 5, k = 6; // the induction position of the repeat's token 5
        QCOMPARE(view->weight(q, k), r.attention.at(h.layer, h.head, q, k));
        QCOMPARE(view->weight(20, 19), r.attention.at(h.layer, h.head, 20, 19));

        // Twice the length must fit the context of 128: the job names the limit.
        child<QSpinBox>("copyLength")->setValue(100);
        m_page->runCopying();
        QVERIFY(done.wait(60000));
        QVERIFY2(m_page->copyingMessage().contains(QStringLiteral("4..64")), qPrintable(m_page->copyingMessage()));
    }

    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("GENLAB_SCREENSHOT_DIR"))
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        // GENLAB_INCONTEXT_MODEL_B: a second model (one trained on few-shot text) beside the shipped
        // one; by default the shipped in-context model.
        QString modelB = qEnvironmentVariable("GENLAB_INCONTEXT_MODEL_B");
        if (modelB.isEmpty())
            modelB = services::InContextJobs::shippedInContextModelFolder();
        selectTask(modelB.isEmpty() ? QStringLiteral("lookup") : QStringLiteral("next"));
        child<QLineEdit>("fewShotModelB")->setText(modelB);
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 1, 2, 4, 8"));
        child<QSpinBox>("fewShotQueries")->setValue(10);
        QSignalSpy done(m_page, &InContextPage::fewShotFinished);
        m_page->runFewShot();
        QVERIFY(done.wait(60000));
        m_page->showPoint(modelB.isEmpty() ? 0 : 1, 2);
        // GENLAB_INCONTEXT_COPY_MODEL: the copying measurement on that folder (model B) instead.
        QString copyModel = qEnvironmentVariable("GENLAB_INCONTEXT_COPY_MODEL");
        if (copyModel.isEmpty())
            copyModel = services::InContextJobs::shippedInContextModelFolder();
        child<QLineEdit>("fewShotModelB")->setText(copyModel);
        child<QComboBox>("copyModel")->setCurrentIndex(copyModel.isEmpty() ? 0 : 1);
        child<QSpinBox>("copyLength")->setValue(copyModel.isEmpty() ? 24 : 12);
        child<QSpinBox>("copySeed")->setValue(1);
        QSignalSpy copied(m_page, &InContextPage::copyingFinished);
        m_page->runCopying();
        QVERIFY(copied.wait(60000));
        QVERIFY2(m_page->hasCopyingResult(), qPrintable(m_page->copyingMessage()));
        const int tokens = 2 * m_page->copyingResult().result.length;
        QVERIFY(QTest::qWaitFor([this, tokens] { return m_page->attentionView()->attention().maps.tokens == tokens; }, 10000));
        shoot(QStringLiteral("tuning-incontext.png"));
        child<QLineEdit>("fewShotModelB")->clear();
        child<QComboBox>("copyModel")->setCurrentIndex(0);
    }

    void stateRoundTrips()
    {
        selectTask(QStringLiteral("reverse"));
        child<QLineEdit>("fewShotShots")->setText(QStringLiteral("0, 1"));
        child<QSpinBox>("copyLength")->setValue(20);
        const QJsonObject s = m_page->saveState();
        InContextPage other(m_jobs.get(), engine::ResolvedDevice{});
        other.restoreState(s);
        QCOMPARE(other.saveState(), s);
        QCOMPARE(other.fewShotRequest().task, QStringLiteral("reverse"));
        QCOMPARE(other.fewShotRequest().shots, (QList<int>{0, 1}));
    }
};

QTEST_MAIN(TestInContextPage)
#include "tst_incontextpage.moc"
