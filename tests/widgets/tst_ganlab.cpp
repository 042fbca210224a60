// The GAN lab's 2-D game through the real lab and GanService: it opens on the first preset with
// points and D's heat map drawn, one D, G and full step each advance the game by one step, Play
// keeps it moving while the curves fill, a preset explains itself, a changed setting applies at the
// next step, and the lab's state survives a project round trip. With GENLAB_SCREENSHOT_DIR set it
// writes gan-toy.png for the README.
#include "engine/imaging/animation.h"
#include "services/gan/ganservice.h"
#include "services/gan/gantraining.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/ganlab/ganlab.h"
#include "widgets/ganlab/gantrainpanel.h"
#include "widgets/ganlab/generatorexplorer.h"
#include "widgets/ganlab/toyganview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;
using widgets::ganlab::GanLab;

class TestGanLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    GanLab *m_lab = nullptr;
    QTemporaryDir m_dir;

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

    // Clicks at plane points (x, y) on the view, as a person would.
    void clickAt(const std::vector<QPointF> &points, Qt::MouseButton button = Qt::LeftButton)
    {
        for (const QPointF &q : points)
            QTest::mouseClick(m_lab->view(), button, {}, m_lab->view()->planeToWidget(q.x(), q.y()).toPoint());
    }

    void tooFewDrawnPointsGiveAMessageAndTheGameGoesOn()
    {
        QVERIFY(idle());
        auto *draw = find<QPushButton>("drawButton");
        QTest::mouseClick(draw, Qt::LeftButton);
        QVERIFY(m_lab->view()->drawMode());
        QTest::mouseClick(find<QPushButton>("clearDrawnButton"), Qt::LeftButton);
        clickAt({{-1, -1}, {-0.5, -1}, {0, -1}, {0.5, -1}, {1, -1}});
        QCOMPARE(m_lab->view()->drawnCount(), 5);
        const auto data = m_lab->config().data;
        QVERIFY(data != engine::data::ToyKind::UserPoints);
        const qint64 before = m_lab->stepCount();
        QTest::mouseClick(find<QPushButton>("useDrawnButton"), Qt::LeftButton);
        const QString status = find<QLabel>("ganStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("at least 8")) && status.contains(QStringLiteral("5 drawn")), qPrintable(status));
        // Choosing "Drawn points" in the data list says the same; the game that ran is untouched.
        auto *dataCombo = find<QComboBox>("dataCombo");
        const int drawnItem = dataCombo->findData(int(engine::data::ToyKind::UserPoints));
        QVERIFY(drawnItem >= 0);
        dataCombo->setCurrentIndex(drawnItem);
        Q_EMIT dataCombo->activated(drawnItem);
        QCOMPARE(m_lab->config().data, data);
        QVERIFY(m_lab->view()->drawMode());
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before);
        QTest::mouseClick(find<QPushButton>("fullStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), before + 1);
        // A right-click clears the drawing.
        clickAt({{0, 0}}, Qt::RightButton);
        QCOMPARE(m_lab->view()->drawnCount(), 0);
    }

    void enoughDrawnPointsStartAGameOnThem()
    {
        QVERIFY(idle());
        QVERIFY(m_lab->view()->drawMode());
        // A cluster near (2, 2): a few clicks and a drag that sprays points along its way.
        clickAt({{1.8, 1.8}, {2.2, 2.2}, {1.8, 2.2}});
        QWidget *view = m_lab->view();
        const QPoint from = m_lab->view()->planeToWidget(1.7, 2.0).toPoint();
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i) // 10 px a move: each sprays a few points
            QTest::mouseMove(view, from + QPoint(10 * i, 0));
        QTest::mouseRelease(view, Qt::LeftButton, {}, from + QPoint(60, 0));
        const int count = m_lab->view()->drawnCount();
        QVERIFY2(count >= 4 + 6 * 2, qPrintable(QString::number(count))); // 4 presses and 6 sprays
        const std::vector<float> drawn = m_lab->view()->drawnPoints();
        for (std::size_t i = 0; i < drawn.size(); i += 2)
            QVERIFY(std::abs(drawn[i] - 2.0f) < 1.5f && std::abs(drawn[i + 1] - 2.0f) < 0.6f);
        const QString shots = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            m_lab->grab().save(QDir(shots).filePath(QStringLiteral("gan-toy-drawing.png")));
        QTest::mouseClick(find<QPushButton>("useDrawnButton"), Qt::LeftButton);
        QVERIFY(!m_lab->view()->drawMode());
        QVERIFY(idle());
        QCOMPARE(m_lab->config().data, engine::data::ToyKind::UserPoints);
        QCOMPARE(m_lab->config().userPoints, drawn);
        QCOMPARE(m_lab->stepCount(), qint64(0));
        // The real points the game shows lie around the drawn ones.
        const auto &real = m_lab->view()->snapshot().real;
        QVERIFY(!real.empty());
        for (std::size_t i = 0; i < real.size(); i += 2) {
            double nearest = 1e9;
            for (std::size_t j = 0; j < drawn.size(); j += 2)
                nearest = std::min(nearest, std::hypot(double(real[i] - drawn[j]), double(real[i + 1] - drawn[j + 1])));
            QVERIFY2(nearest < 0.5, qPrintable(QStringLiteral("%1, %2").arg(real[i]).arg(real[i + 1])));
        }
        QTest::mouseClick(find<QPushButton>("fullStepButton"), Qt::LeftButton);
        QVERIFY(idle());
        QCOMPARE(m_lab->stepCount(), qint64(1));

        // A project keeps them: the state carries the points and brings the game back on them.
        const QJsonObject state = m_lab->saveState();
        QCOMPARE(state.value(QStringLiteral("drawn_points")).toArray().size(), qsizetype(drawn.size()));
        QVERIFY(m_lab->applyPreset(QString::fromStdString(engine::gan::toyPresets().front().id)));
        m_lab->view()->clearDrawnPoints();
        QVERIFY(idle());
        m_lab->restoreState(state);
        QVERIFY(idle());
        QCOMPARE(m_lab->view()->drawnPoints(), drawn);
        QCOMPARE(m_lab->config().data, engine::data::ToyKind::UserPoints);
        QCOMPARE(m_lab->config().userPoints, drawn);
    }

    void aTrainingRecipeSetsUpTheTrainImagesPage()
    {
        // The recipe beside an exported evolution describes its run: opening it fills the form.
        services::GanTrainRequest run;
        run.config.conditional = true;
        run.config.latentDim = 24;
        run.options.loss = engine::gan::GanLoss::Hinge;
        run.options.discriminatorSteps = 2;
        run.options.steps = 777;
        run.options.learningRate = 5e-4;
        run.options.seed = 42;
        run.options.outDir = m_dir.filePath(QStringLiteral("finished-run")).toStdString();
        const QString recipePath = m_dir.filePath(QStringLiteral("evolution.gif.recipe.json"));
        engine::imaging::writeSidecar(m_dir.filePath(QStringLiteral("evolution.gif")).toStdString(),
                                      services::gan::evolutionRecipe(run, {100, 200}).toJson().toStdString());
        QVERIFY(QFileInfo::exists(recipePath));
        QSignalSpy status(m_lab, &widgets::LabPage::statusMessage);
        QVERIFY(m_lab->openRecipe(recipePath));
        QCOMPARE(m_lab->tabs()->currentWidget(), m_lab->trainPanel());
        const services::GanTrainRequest form = m_lab->trainPanel()->request();
        QVERIFY(form.config.conditional);
        QCOMPARE(form.config.latentDim, 24);
        QCOMPARE(form.options.loss, engine::gan::GanLoss::Hinge);
        QCOMPARE(form.options.discriminatorSteps, 2);
        QCOMPARE(form.options.steps, 777);
        QCOMPARE(form.options.learningRate, 5e-4);
        QCOMPARE(form.options.seed, quint64(42));
        QVERIFY(form.outDir() != QString::fromStdString(run.options.outDir)); // a new run, a new folder
        QVERIFY(!status.isEmpty());

        // A damaged one says what is wrong and changes nothing.
        QFile f(recipePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll().replace("\"hinge\"", "\"sideways\"");
        f.resize(0);
        f.write(text);
        f.close();
        status.clear();
        QVERIFY(!m_lab->openRecipe(recipePath));
        QVERIFY(status.last().first().toString().contains(QStringLiteral("sideways")));
        QCOMPARE(m_lab->trainPanel()->request().options.steps, 777);
        m_lab->tabs()->setCurrentIndex(0);
    }

    void theExplorePageIsTheLastTab()
    {
        QVERIFY(m_lab->explorer() != nullptr);
        QCOMPARE(m_lab->tabs()->tabText(m_lab->tabs()->count() - 1), QStringLiteral("Explore"));
        QCOMPARE(m_lab->tabs()->widget(m_lab->tabs()->count() - 1), static_cast<QWidget *>(m_lab->explorer()));
        // "Use this model" on the training page opens the Explore page on that checkpoint.
        const QString shipped = services::shippedModelPath(QStringLiteral("gan-digits"));
        if (shipped.isEmpty())
            QSKIP("the shipped gan-digits model is not found");
        QSignalSpy loaded(m_lab->explorer(), &widgets::ganlab::GeneratorExplorer::modelLoaded);
        Q_EMIT m_lab->trainPanel()->useModel(shipped);
        QCOMPARE(m_lab->tabs()->currentWidget(), static_cast<QWidget *>(m_lab->explorer()));
        QVERIFY(loaded.count() == 1 || loaded.wait(20000));
        QCOMPARE(m_lab->explorer()->model().source.folder, QDir(shipped).absolutePath());
        QVERIFY(QTest::qWaitFor([this] { return !m_lab->explorer()->isBusy(); }, 20000));
        QVERIFY(m_lab->explorer()->sampleGrid()->count() > 0);
        m_lab->tabs()->setCurrentIndex(0);
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
