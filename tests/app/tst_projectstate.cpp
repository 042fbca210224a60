// Each lab's state travels in the project: settings changed in the Data, Latent and Text labs come
// back in a fresh studio that opens the saved project; garbage lab state (wrong types, out-of-range
// numbers, model folders that are gone) opens with defaults and a message naming the folder;
// changing a setting marks the open project modified; recovering an autosave restores its state.
// A grid the data browser exported carries its recipe: opening it in the window (File > Open
// Recipe, or a drop) routes to the data browser.
// Scenes: a lab's state saved by name in the project comes back (lab shown, settings restored) when
// recalled, also with its key, and the scenes travel with the saved project.
#include "services/jobmanager.h"
#include "services/latent/latentservice.h"
#include "services/projectservice.h"
#include "studio.h"
#include "widgets/databrowser/databrowserlab.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/interpolationpanel.h"
#include "widgets/latentlab/latentlab.h"
#include "widgets/latentlab/samplepanel.h"
#include "widgets/shell/labpage.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/textlab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab;

namespace {

const QString kLatent2d = QString::fromLatin1(services::latent::kShipped2d);

std::unique_ptr<app::Studio> makeStudio()
{
    engine::ResolvedDevice cpu = engine::resolveDevice(*engine::DeviceSpec::parse("cpu", nullptr));
    auto studio = std::make_unique<app::Studio>(cpu, engine::planThreadBudget());
    studio->window()->show();
    return studio;
}

template <typename Lab>
Lab *labOf(app::Studio &studio, const QString &id)
{
    for (widgets::LabPage *lab : studio.window()->labs())
        if (lab->labId() == id)
            return qobject_cast<Lab *>(lab);
    return nullptr;
}

QAction *menuAction(widgets::MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

bool idle(app::Studio &studio, int ms = 60000)
{
    return QTest::qWaitFor([&] { return studio.jobs()->activeCount() == 0; }, ms);
}

} // namespace

class TestProjectState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GenLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_projectstate"));
        if (services::LatentService::shippedModels().size() < 2)
            QSKIP("the shipped latent models are missing (resources/models)");
    }

    void settingsComeBackInAFreshStudio()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("project"));
        const QString prompt = QStringLiteral("ROMEO:\nBut soft, what light");
        std::vector<float> point;
        {
            auto studio = makeStudio();
            auto *data = labOf<widgets::DataBrowserLab>(*studio, QStringLiteral("data"));
            auto *latent = labOf<widgets::LatentLab>(*studio, QStringLiteral("latent"));
            auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
            QVERIFY(data && latent && text);
            QString error;
            QVERIFY2(studio->projects()->create(folder, &error), qPrintable(error));

            // Data: shapes, class 2, in the data set's own order, 50 per page.
            QVERIFY(studio->window()->selectLab(QStringLiteral("data")));
            QVERIFY(data->selectDataset(QStringLiteral("shapes")));
            data->setClassFilter(2);
            data->findChild<QCheckBox *>(QStringLiteral("shuffle"))->setChecked(false);
            QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->currentPage().id == QLatin1String("shapes"); }, 30000));
            QCOMPARE(data->currentPage().classFilter, 2);

            // Latent: the 2-D model, a point of our own, samples and interpolation settings.
            QVERIFY(studio->window()->selectLab(QStringLiteral("latent"))); // labs load when first shown
            latent->loadModel(kLatent2d);
            QVERIFY(QTest::qWaitFor([&] { return latent->state()->latentDim() == 2 && latent->state()->hasMap(); }, 60000));
            latent->samplePanel()->findChild<QSpinBox *>(QStringLiteral("sampleSeed"))->setValue(1234);
            latent->samplePanel()->findChild<QDoubleSpinBox *>(QStringLiteral("sampleTemperature"))->setValue(0.7);
            latent->interpolationPanel()->setFrameCount(7);
            latent->interpolationPanel()->setExportMethod(engine::vae::PathMethod::Lerp);
            point = {1.25f, -0.5f};
            latent->state()->setCurrent(point, widgets::ExplorerState::Origin::Sliders);
            latent->showTab(widgets::LatentLab::Tab::Samples);

            // Text: prompt, every sampling setting, the tab.
            QVERIFY(studio->window()->selectLab(QStringLiteral("text")));
            auto *panel = text->generatePage()->promptPanel();
            panel->promptEdit()->setPlainText(prompt);
            panel->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"))->setValue(1.35);
            panel->findChild<QSpinBox *>(QStringLiteral("topKBox"))->setValue(5);
            panel->findChild<QDoubleSpinBox *>(QStringLiteral("topPBox"))->setValue(0.9);
            panel->findChild<QDoubleSpinBox *>(QStringLiteral("minPBox"))->setValue(0.05);
            panel->findChild<QDoubleSpinBox *>(QStringLiteral("penaltyBox"))->setValue(1.2);
            panel->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(33);
            panel->findChild<QSpinBox *>(QStringLiteral("seedBox"))->setValue(4242);
            panel->findChild<QLineEdit *>(QStringLiteral("stopEdit"))->setText(QStringLiteral("\\n\\n | THE END"));
            text->tabs()->setCurrentIndex(2);

            QVERIFY(studio->projects()->isModified());
            QAction *save = menuAction(studio->window(), QStringLiteral("&Save Project"));
            QVERIFY(save);
            save->trigger();
            QVERIFY(!studio->projects()->isModified());
            QVERIFY(idle(*studio));
        }

        auto studio = makeStudio();
        auto *data = labOf<widgets::DataBrowserLab>(*studio, QStringLiteral("data"));
        auto *latent = labOf<widgets::LatentLab>(*studio, QStringLiteral("latent"));
        auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
        QString error;
        QVERIFY2(studio->projects()->open(folder, &error), qPrintable(error));

        // Text: at once.
        auto *panel = text->generatePage()->promptPanel();
        QCOMPARE(panel->prompt(), prompt);
        const auto s = panel->settings();
        QCOMPARE(s.greedy, false);
        QCOMPARE(s.temperature, 1.35);
        QCOMPARE(s.topK, 5);
        QCOMPARE(s.topP, 0.9);
        QCOMPARE(s.minP, 0.05);
        QCOMPARE(s.repetitionPenalty, 1.2);
        QCOMPARE(s.maxTokens, 33);
        QCOMPARE(s.seed, quint64(4242));
        QCOMPARE(s.stopSequences.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(s.stopSequences[0]), QStringLiteral("\n\n"));
        QCOMPARE(QString::fromStdString(s.stopSequences[1]), QStringLiteral("THE END"));
        QCOMPARE(text->tabs()->currentIndex(), 2);
        QCOMPARE(text->saveState().value(QStringLiteral("model")).toString(), QStringLiteral("shipped"));

        // Latent: once its model is loaded (the lab, not shown yet, loads the project's model).
        QVERIFY(QTest::qWaitFor([&] { return latent->state()->latentDim() == 2 && latent->samplePanel()->seed() == 1234; }, 60000));
        QCOMPARE(latent->samplePanel()->temperature(), 0.7);
        QCOMPARE(latent->interpolationPanel()->frameCount(), 7);
        QCOMPARE(latent->interpolationPanel()->exportMethod(), engine::vae::PathMethod::Lerp);
        QCOMPARE(latent->state()->current(), point);
        QCOMPARE(latent->findChild<QTabWidget *>(QStringLiteral("latentTools"))->currentWidget(),
                 static_cast<QWidget *>(latent->samplePanel()));

        // Data: chosen at once, loaded when the lab is first shown.
        QCOMPARE(data->saveState().value(QStringLiteral("dataset")).toString(), QStringLiteral("shapes"));
        QVERIFY(studio->window()->selectLab(QStringLiteral("data")));
        QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->currentPage().id == QLatin1String("shapes"); }, 30000));
        QCOMPARE(data->currentPage().classFilter, 2);
        QVERIFY(!data->findChild<QCheckBox *>(QStringLiteral("shuffle"))->isChecked());
        QCOMPARE(data->findChild<QComboBox *>(QStringLiteral("datasetCombo"))->currentData().toString(), QStringLiteral("shapes"));

        // Opening and restoring changed nothing the project holds.
        QVERIFY(idle(*studio));
        for (widgets::LabPage *lab : studio->window()->labs())
            QCOMPARE(QJsonDocument(lab->saveState()).toJson(),
                     QJsonDocument(studio->projects()->labState(lab->labId())).toJson());
        QVERIFY(!studio->projects()->isModified());
    }

    void scenesRecallAStateAndTravelWithTheProject()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("scenes"));
        {
            auto studio = makeStudio();
            widgets::MainWindow *w = studio->window();
            auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
            QVERIFY(text);
            QString error;
            QVERIFY2(studio->projects()->create(folder, &error), qPrintable(error));
            QVERIFY(w->selectLab(QStringLiteral("text")));
            auto *panel = text->generatePage()->promptPanel();
            auto *temperature = panel->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
            auto *topK = panel->findChild<QSpinBox *>(QStringLiteral("topKBox"));
            temperature->setValue(1.35);
            topK->setValue(5);
            text->tabs()->setCurrentIndex(2);
            QCOMPARE(w->saveScene(QStringLiteral("Hot and narrow")), 0);

            // The lab changed and another shown: recalling gives the saved state back.
            temperature->setValue(0.5);
            topK->setValue(40);
            text->tabs()->setCurrentIndex(0);
            QVERIFY(w->selectLab(QStringLiteral("home")));
            QVERIFY(w->recallScene(0));
            QCOMPARE(w->currentLab()->labId(), QStringLiteral("text"));
            QCOMPARE(temperature->value(), 1.35);
            QCOMPARE(topK->value(), 5);
            QCOMPARE(text->tabs()->currentIndex(), 2);
            QVERIFY(!w->recallScene(3));

            // An unnamed scene takes the lab's title; each has its key and says its name.
            temperature->setValue(0.7);
            QCOMPARE(w->saveScene(QString()), 1);
            QCOMPARE(studio->projects()->scenes().at(1).name, text->title());
            QCOMPARE(w->sceneActions().at(0)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
            QVERIFY(w->sceneActions().at(0)->text().contains(QStringLiteral("Hot and narrow")));
            QVERIFY(studio->projects()->isModified());
            QVERIFY(studio->projects()->save(&error));
            QVERIFY(idle(*studio));
        }

        auto studio = makeStudio();
        widgets::MainWindow *w = studio->window();
        auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
        QString error;
        QVERIFY2(studio->projects()->open(folder, &error), qPrintable(error));
        const QList<services::Scene> scenes = studio->projects()->scenes();
        QCOMPARE(scenes.size(), 2);
        QCOMPARE(scenes[0].name, QStringLiteral("Hot and narrow"));
        QCOMPARE(scenes[0].labId, QStringLiteral("text"));
        auto *temperature = text->generatePage()->promptPanel()->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureBox"));
        QCOMPARE(temperature->value(), 0.7); // the lab state saved last
        w->sceneActions().at(0)->trigger();  // Alt+1
        QCOMPARE(w->currentLab()->labId(), QStringLiteral("text"));
        QCOMPARE(temperature->value(), 1.35);
        QCOMPARE(text->generatePage()->promptPanel()->findChild<QSpinBox *>(QStringLiteral("topKBox"))->value(), 5);
        QVERIFY(w->deleteScene(0));
        QCOMPARE(studio->projects()->scenes().size(), 1);
        QCOMPARE(studio->projects()->scenes().at(0).name, text->title());
        QVERIFY(!w->deleteScene(5));
        QVERIFY(idle(*studio));
    }

    void garbageLabStateOpensWithDefaultsAndAMessage()
    {
        QTemporaryDir dir;
        const QString missingLatent = dir.filePath(QStringLiteral("gone/latent-model"));
        const QString missingText = dir.filePath(QStringLiteral("gone/text-model"));
        const QString missingImages = dir.filePath(QStringLiteral("gone/images"));
        const QJsonObject labs{
            {QStringLiteral("latent"),
             QJsonObject{{QStringLiteral("model"), missingLatent},
                         {QStringLiteral("samples"), QJsonObject{{QStringLiteral("seed"), QStringLiteral("abc")},
                                                                 {QStringLiteral("temperature"), 1e9},
                                                                 {QStringLiteral("count"), QJsonArray{1, 2}}}},
                         {QStringLiteral("current"), QJsonArray{1, QStringLiteral("x")}},
                         {QStringLiteral("interpolation"), QJsonObject{{QStringLiteral("endpoints"), 5},
                                                                       {QStringLiteral("frames"), QStringLiteral("many")},
                                                                       {QStringLiteral("method"), 3}}},
                         {QStringLiteral("arithmetic"), QJsonObject{{QStringLiteral("towards"), 1e300}}},
                         {QStringLiteral("tab"), 7}}},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("model"), missingText},
                         {QStringLiteral("prompt"), 42},
                         {QStringLiteral("sampling"), QJsonObject{{QStringLiteral("temperature"), QStringLiteral("hot")},
                                                                  {QStringLiteral("top_k"), -100},
                                                                  {QStringLiteral("max_tokens"), 1e300},
                                                                  {QStringLiteral("greedy"), QJsonArray{}},
                                                                  {QStringLiteral("seed"), -5},
                                                                  {QStringLiteral("stop_sequences"), QJsonArray{1, QJsonValue(), QStringLiteral("ok")}}}},
                         {QStringLiteral("tab"), QJsonObject{}}}},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("dataset"), QStringLiteral("folder:") + missingImages},
                         {QStringLiteral("class"), QStringLiteral("x")},
                         {QStringLiteral("per_page"), 7},
                         {QStringLiteral("page"), -3},
                         {QStringLiteral("shuffled"), QStringLiteral("no")},
                         {QStringLiteral("toy"), QJsonObject{{QStringLiteral("kind"), 5},
                                                             {QStringLiteral("count"), -1},
                                                             {QStringLiteral("points"), QJsonArray{QJsonArray{1}, QStringLiteral("a")}}}}}},
            {QStringLiteral("home"), QStringLiteral("not an object")},
        };
        const QString folder = dir.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(folder));
        QFile manifest(QDir(folder).filePath(QStringLiteral("project.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("format_version"), 1},
                                                 {QStringLiteral("name"), QStringLiteral("garbage")},
                                                 {QStringLiteral("labs"), labs}})
                           .toJson());
        manifest.close();

        auto studio = makeStudio();
        auto *data = labOf<widgets::DataBrowserLab>(*studio, QStringLiteral("data"));
        auto *latent = labOf<widgets::LatentLab>(*studio, QStringLiteral("latent"));
        auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
        QSignalSpy latentMessages(latent, &widgets::LabPage::statusMessage);
        QSignalSpy textMessages(text, &widgets::LabPage::statusMessage);
        QSignalSpy dataMessages(data, &widgets::LabPage::statusMessage);
        auto said = [](const QSignalSpy &spy, const QString &what) {
            for (const QList<QVariant> &args : spy)
                if (args.value(0).toString().contains(what))
                    return true;
            return false;
        };
        QString error;
        QVERIFY2(studio->projects()->open(folder, &error), qPrintable(error));

        // Each missing folder is named; the labs keep their models and data set.
        QVERIFY(said(latentMessages, missingLatent));
        QVERIFY(said(textMessages, missingText));
        QVERIFY(said(dataMessages, missingImages));
        QVERIFY(data->errorText().contains(missingImages));
        QVERIFY(QTest::qWaitFor([&] { return latent->state()->latentDim() == 16 && latent->state()->hasMap(); }, 60000));
        QCOMPARE(latent->saveState().value(QStringLiteral("model")).toString(),
                 QString::fromLatin1(services::latent::kShipped16d));
        QCOMPARE(text->saveState().value(QStringLiteral("model")).toString(), QStringLiteral("shipped"));

        // Wrong types leave the defaults; out-of-range numbers are clamped.
        QCOMPARE(latent->samplePanel()->seed(), quint64(1));
        QCOMPARE(latent->samplePanel()->temperature(), 3.0);
        QCOMPARE(latent->samplePanel()->count(), 36);
        QCOMPARE(latent->interpolationPanel()->frameCount(), 10);
        QCOMPARE(latent->state()->current(), std::vector<float>(16, 0.f));
        auto *panel = text->generatePage()->promptPanel();
        QCOMPARE(panel->prompt(), QStringLiteral("JULIET:\nO Romeo, Romeo!"));
        QCOMPARE(panel->settings().temperature, 0.8);
        QCOMPARE(panel->settings().topK, 0);
        QCOMPARE(panel->settings().maxTokens, 4096);
        QCOMPARE(panel->settings().stopSequences, std::vector<std::string>{"ok"});
        QCOMPARE(panel->settings().seed, std::uint64_t(0));
        QVERIFY(!panel->settings().greedy);
        QCOMPARE(text->tabs()->currentIndex(), 0);
        QVERIFY(studio->window()->selectLab(QStringLiteral("data")));
        QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->isReady(); }, 30000));
        QVERIFY(!data->currentPage().id.startsWith(QLatin1String("folder:")));
        QCOMPARE(data->currentPage().classFilter, -1);
        QVERIFY(idle(*studio));
    }

    void changingASettingMarksTheProjectModified()
    {
        QTemporaryDir dir;
        auto studio = makeStudio();
        auto *latent = labOf<widgets::LatentLab>(*studio, QStringLiteral("latent"));
        auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
        auto *data = labOf<widgets::DataBrowserLab>(*studio, QStringLiteral("data"));
        // Labs load when first shown.
        QVERIFY(studio->window()->selectLab(QStringLiteral("latent")));
        QVERIFY(studio->window()->selectLab(QStringLiteral("text")));
        QVERIFY(QTest::qWaitFor([&] { return latent->isReady() && text->isReady(); }, 60000));
        QVERIFY(idle(*studio));
        QString error;
        services::ProjectService *project = studio->projects();
        QVERIFY2(project->create(dir.filePath(QStringLiteral("p")), &error), qPrintable(error));
        QVERIFY(!project->isModified());
        QAction *save = menuAction(studio->window(), QStringLiteral("&Save Project"));
        QVERIFY(save);

        latent->samplePanel()->findChild<QSpinBox *>(QStringLiteral("sampleSeed"))->setValue(77);
        QVERIFY(project->isModified());
        QVERIFY(studio->window()->windowTitle().startsWith(QStringLiteral("p *")));
        save->trigger();
        QVERIFY(!project->isModified());
        QCOMPARE(project->labState(QStringLiteral("latent")).value(QStringLiteral("samples")).toObject()
                     .value(QStringLiteral("seed")).toInt(), 77);

        text->generatePage()->promptPanel()->findChild<QSpinBox *>(QStringLiteral("topKBox"))->setValue(3);
        QVERIFY(project->isModified());
        save->trigger();
        QVERIFY(!project->isModified());

        QVERIFY(studio->window()->selectLab(QStringLiteral("data")));
        QVERIFY(QTest::qWaitFor([&] { return data->isReady() && !data->isLoading(); }, 30000));
        QVERIFY(!project->isModified()); // showing the lab is no change
        data->findChild<QCheckBox *>(QStringLiteral("shuffle"))->toggle();
        QVERIFY(project->isModified());
        QVERIFY(idle(*studio));
    }

    void recoveredStateIsRestored()
    {
        // A studio that crashed left its autosave (newer lab state) and its session lock behind.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(folder));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(folder).filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        auto manifest = [](const QString &prompt) {
            const QJsonObject labs{{QStringLiteral("text"), QJsonObject{{QStringLiteral("prompt"), prompt}}}};
            return QJsonDocument(QJsonObject{{QStringLiteral("format_version"), 1}, {QStringLiteral("labs"), labs}}).toJson();
        };
        QVERIFY(write(QStringLiteral("project.json"), manifest(QStringLiteral("saved prompt"))));
        QVERIFY(write(QStringLiteral("project.autosave.json"), manifest(QStringLiteral("autosaved prompt"))));
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(write(QStringLiteral(".genlab-session"), QByteArray::number(pid)));

        auto studio = makeStudio();
        auto *text = labOf<widgets::textlab::TextLab>(*studio, QStringLiteral("text"));
        QString error;
        QVERIFY2(studio->projects()->open(folder, &error), qPrintable(error));
        QCOMPARE(text->generatePage()->promptPanel()->prompt(), QStringLiteral("saved prompt"));
        QVERIFY(studio->projects()->recoveryAvailable());
        QVERIFY2(studio->projects()->recover(&error), qPrintable(error));
        QCOMPARE(text->generatePage()->promptPanel()->prompt(), QStringLiteral("autosaved prompt"));
        QVERIFY(studio->projects()->isModified());
        QVERIFY(idle(*studio));
    }

    void aDataGridRecipeOpensInTheDataBrowser()
    {
        QTemporaryDir dir;
        auto studio = makeStudio();
        auto *data = labOf<widgets::DataBrowserLab>(*studio, QStringLiteral("data"));
        QVERIFY(studio->window()->selectLab(QStringLiteral("data")));
        QVERIFY(data->selectDataset(QStringLiteral("procedural-digits")));
        data->setClassFilter(5);
        QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->currentPage().classFilter == 5; }, 30000));
        const QList<qint64> shown = data->currentPage().indices;
        const QString path = dir.filePath(QStringLiteral("fives.png"));
        QSignalSpy exported(data, &widgets::DataBrowserLab::exported);
        QVERIFY(data->exportGridTo(path));
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.first().at(1).toBool());

        QVERIFY(data->selectDataset(QStringLiteral("shapes")));
        QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->currentPage().id == QLatin1String("shapes"); }, 30000));
        QVERIFY(studio->window()->selectLab(QStringLiteral("home")));
        QVERIFY(studio->window()->openRecipe(path));
        QCOMPARE(studio->window()->currentLab(), static_cast<widgets::LabPage *>(data));
        QVERIFY(QTest::qWaitFor([&] { return !data->isLoading() && data->currentPage().id == QLatin1String("procedural-digits"); }, 30000));
        QCOMPARE(data->currentPage().classFilter, 5);
        QCOMPARE(data->currentPage().indices, shown);
        QVERIFY(idle(*studio));
    }
};

QTEST_MAIN(TestProjectState)
#include "tst_projectstate.moc"
