// The data browser against the real engine and a real JobManager: what a person sees after picking
// a data set, filtering a class, paging, opening a folder with a broken file, drawing toy points.

#include "services/datasetservice.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/databrowser/databrowserlab.h"
#include "widgets/databrowser/toydistributionstab.h"

#include "engine/data/digits.h"
#include "engine/imaging/compose.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <numbers>

using namespace genlab;

class TestDataBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<services::DatasetService> m_datasets;
    std::unique_ptr<widgets::DataBrowserLab> m_lab;

    QString text(const char *name) const { return m_lab->findChild<QLabel *>(QLatin1String(name))->text(); }

    // Waits until the page asked for is on screen.
    bool waitForPage(QSignalSpy &spy)
    {
        if (!spy.wait(30000))
            return false;
        return !m_lab->isLoading();
    }

private Q_SLOTS:
    void init()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_datasets = std::make_unique<services::DatasetService>(m_jobs.get());
        m_lab = std::make_unique<widgets::DataBrowserLab>(m_datasets.get());
        m_lab->resize(1100, 750);
    }

    void cleanup()
    {
        m_lab.reset();
        m_datasets.reset();
        m_jobs->shutdown(5000);
        m_jobs.reset();
    }

    void digitsShowTenClasses()
    {
        if (engine::data::findDigitsPng().empty())
            QSKIP("OpenCV's digits.png is not installed (apt-get install opencv-doc)");
        QSignalSpy shown(m_lab.get(), &widgets::DataBrowserLab::pageShown);
        QSignalSpy ready(m_lab.get(), &widgets::LabPage::ready);
        QVERIFY(!m_lab->isReady());
        m_lab->show(); // the first showing loads the first data set: the digits when installed
        QVERIFY(waitForPage(shown));
        QCOMPARE(ready.size(), 1);
        QVERIFY(m_lab->isReady());
        QVERIFY2(m_lab->errorText().isEmpty(), qPrintable(m_lab->errorText()));

        auto *datasets = m_lab->findChild<QComboBox *>(QStringLiteral("datasetCombo"));
        QCOMPARE(datasets->currentData().toString(), QStringLiteral("digits"));
        auto *classes = m_lab->findChild<QComboBox *>(QStringLiteral("classCombo"));
        QCOMPARE(classes->count(), 11); // "All classes" and 0..9
        QCOMPARE(classes->itemText(4), QStringLiteral("3 (500)"));
        QVERIFY2(text("classesValue").startsWith(QStringLiteral("10 classes: 0, 1, 2")), qPrintable(text("classesValue")));
        QVERIFY2(text("sizeValue").remove(QLatin1Char(',')).startsWith(QStringLiteral("5000 images")), qPrintable(text("sizeValue")));
        QVERIFY2(text("imageSizeValue").startsWith(QStringLiteral("20 × 20 pixels, gray")), qPrintable(text("imageSizeValue")));
        QVERIFY(text("sourceValue").endsWith(QStringLiteral("digits.png")));

        // The first page: 100 thumbnails, labelled, shuffled so that every class is on it.
        widgets::ImageGridView *grid = m_lab->grid();
        QCOMPARE(grid->count(), 100);
        QCOMPARE(grid->labels().size(), 100);
        QCOMPARE(QSet<QString>(grid->labels().begin(), grid->labels().end()).size(), 10);
        QCOMPARE(grid->images().first().size(), QSize(20, 20));
        QVERIFY(grid->zoom() >= 2); // 20 px digits are enlarged to be readable

        // Keyboard on the class filter: "0" only; every tile says 0 and there are 500 of them.
        classes->setFocus();
        QTest::keyClick(classes, Qt::Key_Down);
        QVERIFY(waitForPage(shown));
        QCOMPARE(m_lab->currentPage().classFilter, 0);
        QCOMPARE(QSet<QString>(grid->labels().begin(), grid->labels().end()), QSet<QString>{QStringLiteral("0")});
        QVERIFY2(text("rangeLabel").remove(QLatin1Char(',')).contains(QStringLiteral("1–100 of 500")), qPrintable(text("rangeLabel")));

        // The next page.
        auto *next = m_lab->findChild<QToolButton *>(QStringLiteral("nextPage"));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitForPage(shown));
        QVERIFY2(text("rangeLabel").contains(QStringLiteral("101–200")), qPrintable(text("rangeLabel")));
        QCOMPARE(m_lab->currentPage().offset, 100);
        QVERIFY(m_lab->findChild<QToolButton *>(QStringLiteral("previousPage"))->isEnabled());
    }

    void proceduralDigitsAlwaysWork()
    {
        QSignalSpy shown(m_lab.get(), &widgets::DataBrowserLab::pageShown);
        m_lab->show();
        if (!engine::data::findDigitsPng().empty())
            QVERIFY(waitForPage(shown)); // the digits come first when installed
        QVERIFY(m_lab->selectDataset(QStringLiteral("procedural-digits")));
        QVERIFY(waitForPage(shown));
        QVERIFY2(m_lab->errorText().isEmpty(), qPrintable(m_lab->errorText()));
        QCOMPARE(m_lab->findChild<QComboBox *>(QStringLiteral("classCombo"))->count(), 11);
        QVERIFY(text("classesValue").startsWith(QStringLiteral("10 classes")));
        QVERIFY(text("imageSizeValue").startsWith(QStringLiteral("28 × 28 pixels")));
        QCOMPARE(m_lab->grid()->count(), 100);
        // The thumbnails are drawn digits, not blank tiles.
        const QImage first = m_lab->grid()->images().first();
        int bright = 0;
        for (int y = 0; y < first.height(); ++y)
            for (int x = 0; x < first.width(); ++x)
                bright += qGray(first.pixel(x, y)) > 128;
        QVERIFY(bright > 10);

        // Shapes are colour images with their shape names as labels.
        QVERIFY(m_lab->selectDataset(QStringLiteral("shapes")));
        QVERIFY(waitForPage(shown));
        QVERIFY(text("imageSizeValue").contains(QStringLiteral("RGB")));
        QVERIFY(!m_lab->grid()->labels().first().isEmpty());
        QVERIFY(!m_lab->selectDataset(QStringLiteral("no-such-set")));
    }

    void folderListsSkippedFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i) {
            QImage im(16, 12, QImage::Format_RGB32);
            im.fill(QColor(40 * i, 100, 200));
            QVERIFY(im.save(dir.filePath(QStringLiteral("good%1.png").arg(i))));
        }
        QFile broken(dir.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n this is not really a PNG");
        broken.close();

        QSignalSpy shown(m_lab.get(), &widgets::DataBrowserLab::pageShown);
        m_lab->openFolder(dir.path());
        m_lab->show();
        QVERIFY(waitForPage(shown));
        QVERIFY2(m_lab->errorText().isEmpty(), qPrintable(m_lab->errorText()));
        QCOMPARE(m_lab->grid()->count(), 3);
        auto *box = m_lab->findChild<QGroupBox *>(QStringLiteral("skippedBox"));
        QVERIFY(box->isVisible());
        QVERIFY(box->title().startsWith(QStringLiteral("1 file")));
        auto *list = m_lab->findChild<QTreeWidget *>(QStringLiteral("skippedList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).endsWith(QStringLiteral("broken.png")));
        QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());
        QVERIFY(text("sourceValue").contains(QDir(dir.path()).dirName()));
        QVERIFY(text("classesValue").startsWith(QStringLiteral("none")));

        // A folder that does not exist: a message naming it, no crash, the studio goes on.
        const QString missing = dir.filePath(QStringLiteral("not-here"));
        m_lab->openFolder(missing);
        QVERIFY(waitForPage(shown));
        QVERIFY2(m_lab->errorText().contains(QStringLiteral("not-here")), qPrintable(m_lab->errorText()));
        QCOMPARE(m_lab->grid()->count(), 0);
    }

    void exportWritesAGridWithItsRecipe()
    {
        QSignalSpy shown(m_lab.get(), &widgets::DataBrowserLab::pageShown);
        QVERIFY(m_lab->selectDataset(QStringLiteral("procedural-digits")));
        m_lab->show();
        QVERIFY(waitForPage(shown));
        m_lab->setClassFilter(3);
        QVERIFY(waitForPage(shown));
        m_lab->showPage(1);
        QVERIFY(waitForPage(shown));
        const services::DatasetPage page = m_lab->currentPage();
        QCOMPARE(page.offset, 100);
        QCOMPARE(int(page.images.size()), 100);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.png"));
        QSignalSpy exported(m_lab.get(), &widgets::DataBrowserLab::exported);
        services::Job *job = m_lab->exportGridTo(path);
        QVERIFY(job);
        QCOMPARE(job->lane(), services::Lane::IO);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));

        // A real grid, not a screen grab: 10 x 10 digits at 3x with their labels, 4 px apart.
        const QImage image(path);
        QVERIFY(!image.isNull());
        const int cell = 28 * 3;
        QCOMPARE(image.width(), 10 * cell + 11 * 4);
        QCOMPARE(image.height(), 10 * (cell + engine::imaging::gridLabelBandHeight()) + 11 * 4);

        QString error;
        const auto recipe = services::readRecipeFile(path, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("data"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("dataset")).toString(), QStringLiteral("procedural-digits"));
        QCOMPARE(recipe->parameters.value(QStringLiteral("class_filter")).toInt(), 3);
        const QJsonArray indices = recipe->parameters.value(QStringLiteral("indices")).toArray();
        QCOMPARE(indices.size(), 100);
        QCOMPARE(qint64(indices.first().toDouble()), page.indices.first());

        // Opening the recipe (as File > Open Recipe does) shows the same page again.
        QVERIFY(m_lab->selectDataset(QStringLiteral("shapes")));
        QVERIFY(waitForPage(shown));
        QVERIFY(m_lab->openRecipe(path));
        QVERIFY(waitForPage(shown));
        QCOMPARE(m_lab->currentPage().id, QStringLiteral("procedural-digits"));
        QCOMPARE(m_lab->currentPage().classFilter, 3);
        QCOMPARE(m_lab->currentPage().indices, page.indices);
        QCOMPARE(m_lab->findChild<QComboBox *>(QStringLiteral("datasetCombo"))->currentData().toString(),
                 QStringLiteral("procedural-digits"));

        // Not a recipe: a message naming the file, the page stays.
        const QString plain = dir.filePath(QStringLiteral("plain.png"));
        QImage blank(8, 8, QImage::Format_RGB32); // (a QImage of the export would keep its recipe text)
        blank.fill(Qt::white);
        QVERIFY(blank.save(plain));
        QVERIFY(!m_lab->openRecipe(plain));
        QVERIFY2(m_lab->errorText().contains(QStringLiteral("plain.png")), qPrintable(m_lab->errorText()));
        QCOMPARE(m_lab->currentPage().id, QStringLiteral("procedural-digits"));
    }

    void toyViewSamplesAndDraws()
    {
        m_lab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_lab.get()));
        QSignalSpy sampled(m_lab.get(), &widgets::DataBrowserLab::toySampled);
        auto *tabs = m_lab->findChild<QTabWidget *>(QStringLiteral("dataTabs"));
        tabs->setCurrentIndex(1);
        QVERIFY(sampled.wait(10000));
        QCOMPARE(m_lab->toyPoints().size(), 2000);
        // The ring: every point near radius 2.
        for (const QPointF &p : m_lab->toyPoints())
            QVERIFY(std::abs(std::hypot(p.x(), p.y()) - 2.0) < 0.6);

        // A click on the plot draws a point and samples around it.
        QCustomPlot *plot = m_lab->toyPlot();
        QTRY_VERIFY(plot->axisRect()->width() > 50);
        const QPoint at(int(plot->xAxis->coordToPixel(1.0)), int(plot->yAxis->coordToPixel(-1.0)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(m_lab->drawnPoints().size(), 1);
        QVERIFY(std::abs(m_lab->drawnPoints().first().x() - 1.0) < 0.05);
        QVERIFY(std::abs(m_lab->drawnPoints().first().y() + 1.0) < 0.05);
        QCOMPARE(m_lab->findChild<QComboBox *>(QStringLiteral("toyCombo"))->currentData().toString(), QStringLiteral("user"));
        QVERIFY(sampled.wait(10000));
        QCOMPARE(m_lab->toyPoints().size(), 2000);
        for (const QPointF &p : m_lab->toyPoints())
            QVERIFY(std::hypot(p.x() - 1.0, p.y() + 1.0) < 0.5);

        // With GENLAB_SCREENSHOT_DIR set: the toy view with a drawn "smile", for the README.
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (int i = 0; i <= 12; ++i) {
                const double a = std::numbers::pi * (1.15 + 0.7 * i / 12.0);
                QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(int(plot->xAxis->coordToPixel(1.6 * std::cos(a))),
                                                                   int(plot->yAxis->coordToPixel(1.6 * std::sin(a)))));
                QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(int(plot->xAxis->coordToPixel(1.6 * std::cos(a))),
                                                                     int(plot->yAxis->coordToPixel(1.6 * std::sin(a)))));
            }
            QTRY_VERIFY(!m_lab->toyPoints().isEmpty() && m_lab->drawnPoints().size() == 14);
            QTest::qWait(300);
            QVERIFY(m_lab->grab().save(QDir(dir).filePath(QStringLiteral("data-browser-toys.png"))));
        }
    }

    // The lab hands each tab its part of the project: what is restored is what saveState() reports,
    // and a project that opens on the toys tab samples the drawn points once.
    void stateRoundTripsThroughTheTabs()
    {
        QSignalSpy sampled(m_lab.get(), &widgets::DataBrowserLab::toySampled);
        const QJsonArray points{QJsonArray{0.5, -0.5}, QJsonArray{1.0, 1.0}};
        const QJsonObject state{
            {QStringLiteral("dataset"), QStringLiteral("shapes")},
            {QStringLiteral("class"), 1},
            {QStringLiteral("shuffled"), false},
            {QStringLiteral("per_page"), 50},
            {QStringLiteral("page"), 2},
            {QStringLiteral("tab"), QStringLiteral("toys")},
            {QStringLiteral("toy"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("user")},
                                                {QStringLiteral("count"), 500},
                                                {QStringLiteral("seed"), 7},
                                                {QStringLiteral("points"), points}}},
        };
        m_lab->restoreState(state);
        QCOMPARE(m_lab->saveState(), state);
        QCOMPARE(m_lab->findChild<QTabWidget *>(QStringLiteral("dataTabs"))->currentWidget(),
                 static_cast<QWidget *>(m_lab->toysTab()));
        QVERIFY(sampled.wait(10000));
        QCOMPARE(sampled.count(), 1);
        QCOMPARE(m_lab->toyPoints().size(), 500);
        QCOMPARE(m_lab->drawnPoints().size(), 2);
        QVERIFY(!m_lab->isLoading()); // the images tab only loads when the lab is first shown
    }
};

QTEST_MAIN(TestDataBrowser)
#include "tst_databrowser.moc"
