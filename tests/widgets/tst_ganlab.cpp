// The GAN lab's 2-D game through the real lab and GanService: it opens on the first preset with
// points and D's heat map drawn, one D, G and full step each advance the game by one step, Play
// keeps it moving while the curves fill, a preset explains itself, a changed setting applies at the
// next step, and the lab's state survives a project round trip. With GENLAB_SCREENSHOT_DIR set it
// writes gan-toy.png for the README.
#include "services/gan/ganservice.h"
#include "services/jobmanager.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/ganlab/ganlab.h"
#include "widgets/ganlab/toyganview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace genlab;
using widgets::ganlab::GanLab;

class TestGanLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    GanLab *m_lab = nullptr;

    template <class T>
    T *find(const char *name) const
    {
        T *w = m_lab->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    bool idle(int ms = 20000) const
    {
        return QTest::qWaitFor([this] { return find<QPushButton>("fullStepButton")->isEnabled(); }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        auto *service = new services::GanService(m_jobs.get());
        m_lab = new GanLab(service);
        service->setParent(m_lab);
        m_lab->resize(1400, 860);
        m_lab->show();
        QVERIFY(QTest::qWaitFor([this] { return m_lab->isReady(); }, 60000));
    }

    void cleanupTestCase()
    {
        delete m_lab;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void opensOnAPresetWithEveryViewDrawn()
    {
        const auto &s = m_lab->view()->snapshot();
        QVERIFY(m_lab->view()->hasSnapshot());
        QCOMPARE(int(s.real.size()), 2 * s.view.realCount);
        QCOMPARE(int(s.fake.size()), 2 * s.view.fakeCount);
        QCOMPARE(s.fakeGradients.size(), s.fake.size());
        QCOMPARE(int(s.heatmap.size()), s.heatmapSize * s.heatmapSize);
        QVERIFY(s.manifoldRows > 0 && s.manifoldCols > 0);
        QVERIFY(!m_lab->explanation()->text().isEmpty());
        QVERIFY(m_lab->coverageLabel()->text().contains(QStringLiteral("modes covered")));
        // It fits a 1366-pixel laptop screen beside the navigation and the Jobs dock.
        QVERIFY2(m_lab->minimumSizeHint().width() <= 1000, qPrintable(QString::number(m_lab->minimumSizeHint().width())));
    }

    void eachStepButtonTakesOneStep()
    {
        QVERIFY(idle());
        const qint64 before = m_lab->stepCount();
        QTest::mouseClick(find<QPushButton>("dStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before + 1);
        QTest::mouseClick(find<QPushButton>("gStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before + 2);
        const auto fakeBefore = m_lab->view()->snapshot().fake;
        QTest::mouseClick(find<QPushButton>("fullStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before + 3);
        QVERIFY(m_lab->view()->snapshot().fake != fakeBefore); // G moved its points
    }

    void playMovesTheGameAndFillsTheCurves()
    {
        QTest::mouseClick(find<QPushButton>("playButton"), Qt::LeftButton);
        QVERIFY(m_lab->isPlaying());
        const qint64 start = m_lab->stepCount();
        QVERIFY(QTest::qWaitFor([&] { return m_lab->stepCount() >= start + 60; }, 30000));
        QTest::mouseClick(find<QPushButton>("playButton"), Qt::LeftButton);
        QVERIFY(!m_lab->isPlaying());
        QVERIFY(idle());
        QVERIFY(m_lab->lossCurves()->csv().count(QLatin1Char('\n')) > 60);
        QVERIFY(m_lab->coverageLabel()->text().contains(QStringLiteral("KL")));
    }

    void aSettingAppliesAtTheNextStepWithoutARestart()
    {
        QVERIFY(idle());
        const qint64 before = m_lab->stepCount();
        auto *lr = find<QDoubleSpinBox>("gLrSpin");
        lr->setValue(lr->value() / 2);
        QCOMPARE(m_lab->settings().generator.learningRate, lr->value());
        QTest::mouseClick(find<QPushButton>("fullStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before + 1); // the same game, one step on
    }

    void presetsExplainThemselvesAndStartANewGame()
    {
        const auto &presets = engine::gan::toyPresets();
        QVERIFY(presets.size() >= 5);
        const QString id = QString::fromStdString(presets[3].id);
        QVERIFY(m_lab->applyPreset(id));
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), qint64(0));
        QVERIFY(m_lab->explanation()->text().startsWith(QString::fromStdString(presets[3].explanation).left(30)));
        QCOMPARE(find<QComboBox>("presetCombo")->currentData().toString(), id);
        QVERIFY(!m_lab->applyPreset(QStringLiteral("no-such-preset")));
    }

    void stateRoundTrips()
    {
        QVERIFY(idle());
        const QJsonObject state = m_lab->saveState();
        find<QComboBox>("lossCombo")->setCurrentIndex(0);
        m_lab->restoreState(state);
        QVERIFY(idle());
        QCOMPARE(m_lab->saveState(), state);
        // Damaged state: wrong types are ignored, the lab keeps working.
        m_lab->restoreState(QJsonObject{{QStringLiteral("loss"), 7}, {QStringLiteral("k"), QStringLiteral("many")}});
        QVERIFY(idle());
        QVERIFY(m_lab->view()->hasSnapshot());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        QVERIFY(m_lab->applyPreset(QString::fromStdString(engine::gan::toyPresets().front().id)));
        QVERIFY(idle());
        m_lab->play();
        QVERIFY(QTest::qWaitFor([this] { return m_lab->stepCount() >= 400; }, 60000));
        m_lab->pause();
        QVERIFY(idle());
        QTest::qWait(300);
        m_lab->grab().save(QDir(dir).filePath(QStringLiteral("gan-toy.png")));
    }
};

QTEST_MAIN(TestGanLab)
#include "tst_ganlab.moc"
