// The Tuning lab's "discriminative vs generative" page through the real page and job manager: a run
// on two moons shows both held-out accuracies (the figures the result holds), the discriminative
// panel says it cannot sample and its button stays off, "Sample new data" adds points from the
// Gaussians, the procedural digits give a grid of new digits, and the settings survive a project
// round trip (bad values ignored). With GENLAB_SCREENSHOT_DIR set it writes tuning-discriminative.png.
#include "services/jobmanager.h"
#include "widgets/tuninglab/discriminativepage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace genlab;
using widgets::tuninglab::DiscriminativePage;

class TestDiscriminativePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    DiscriminativePage *m_page = nullptr;

    template <class T> T *find(const char *name) const
    {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_page = new DiscriminativePage(m_jobs.get());
        m_page->resize(1300, 760);
        m_page->show();
    }

    void cleanupTestCase()
    {
        delete m_page;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void twoMoonsShowsBothAccuracies()
    {
        QVERIFY(!m_page->hasResult());
        QVERIFY(!find<QPushButton>("genSample")->isEnabled());
        auto *data = find<QComboBox>("discData");
        data->setCurrentIndex(data->findData(QStringLiteral("two-moons")));
        QCOMPARE(m_page->request().data, QStringLiteral("two-moons"));
        QCOMPARE(m_page->request().hidden, 0);
        QSignalSpy done(m_page, &DiscriminativePage::finished);
        QTest::mouseClick(find<QPushButton>("discRun"), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        QVERIFY(done.wait(30000));
        QVERIFY2(m_page->hasResult(), qPrintable(m_page->message()));
        const auto &r = *m_page->outcome().result;
        QCOMPARE(QString::fromStdString(r.data), QStringLiteral("two-moons"));
        QVERIFY(r.discriminativeAccuracy > 0.8);
        QVERIFY(r.generativeAccuracy > 0.8);
        // The panels show the result's own figures.
        const QLocale locale;
        const QString disc = locale.toString(100.0 * r.discriminativeAccuracy, 'f', 1);
        const QString gen = locale.toString(100.0 * r.generativeAccuracy, 'f', 1);
        QVERIFY2(find<QLabel>("discAccuracy")->text().contains(disc), qPrintable(find<QLabel>("discAccuracy")->text()));
        QVERIFY2(find<QLabel>("genAccuracy")->text().contains(gen), qPrintable(find<QLabel>("genAccuracy")->text()));
        QVERIFY(m_page->message().contains(disc) && m_page->message().contains(gen));
        // Only one side can sample.
        QVERIFY(!find<QPushButton>("discNoSample")->isEnabled());
        QVERIFY(!find<QLabel>("discCannotSample")->text().isEmpty());
        QVERIFY(find<QPushButton>("genSample")->isEnabled());
        QCOMPARE(m_page->sampleCount(), r.samples.count());
    }

    void samplingAddsPoints()
    {
        const int before = m_page->sampleCount();
        QVERIFY(before > 0);
        find<QSpinBox>("genSampleCount")->setValue(60);
        QSignalSpy sampled(m_page, &DiscriminativePage::sampled);
        QTest::mouseClick(find<QPushButton>("genSample"), Qt::LeftButton);
        QVERIFY(sampled.wait(10000));
        QCOMPARE(m_page->sampleCount(), before + 60);
        QTest::mouseClick(find<QPushButton>("genSample"), Qt::LeftButton);
        QVERIFY(sampled.wait(10000));
        QCOMPARE(m_page->sampleCount(), before + 120);
        screenshot(QStringLiteral("tuning-discriminative.png"));
    }

    void aNetworkBendsTheBoundary()
    {
        auto *model = find<QComboBox>("discModel");
        model->setCurrentIndex(1);
        QVERIFY(m_page->request().hidden > 0);
        QVERIFY(find<QWidget>("discPanel")->property("title").toString().contains(QString::number(m_page->request().hidden)));
        QSignalSpy done(m_page, &DiscriminativePage::finished);
        m_page->run();
        QVERIFY(done.wait(30000));
        QVERIFY2(m_page->hasResult(), qPrintable(m_page->message()));
        QVERIFY(m_page->outcome().result->discriminativeAccuracy > 0.97);
        QVERIFY(m_page->outcome().result->discriminativeAccuracy > m_page->outcome().result->generativeAccuracy);
        screenshot(QStringLiteral("tuning-discriminative-network.png"));
        model->setCurrentIndex(0);
    }

    void aMixtureFollowsTheMoons()
    {
        auto *components = find<QSpinBox>("genComponents");
        components->setValue(6);
        QCOMPARE(m_page->request().components, 6);
        QVERIFY(find<QWidget>("genPanel")->property("title").toString().contains(QStringLiteral("6")));
        QSignalSpy done(m_page, &DiscriminativePage::finished);
        m_page->run();
        QVERIFY(done.wait(30000));
        QVERIFY2(m_page->hasResult(), qPrintable(m_page->message()));
        QCOMPARE(m_page->outcome().result->generative.components, 6);
        QVERIFY(m_page->outcome().result->generativeAccuracy > 0.97);
        screenshot(QStringLiteral("tuning-discriminative-mixture.png"));
        components->setValue(1);
    }

    void digitsGiveAGridOfNewDigits()
    {
        auto *data = find<QComboBox>("discData");
        data->setCurrentIndex(data->findData(QStringLiteral("procedural-digits")));
        QSignalSpy done(m_page, &DiscriminativePage::finished);
        m_page->run();
        QVERIFY(done.wait(40000));
        QVERIFY2(m_page->hasResult(), qPrintable(m_page->message()));
        QCOMPARE(m_page->outcome().result->samples.dims, 400);
        QVERIFY(find<QLabel>("discDigitsText")->text().contains(QStringLiteral("<table")));
        QVERIFY(find<QWidget>("discWeights")->isVisible()); // logistic regression's weights, one per digit
        QSignalSpy sampled(m_page, &DiscriminativePage::sampled);
        find<QSpinBox>("genSampleCount")->setValue(30);
        m_page->sampleMore();
        QVERIFY(sampled.wait(10000));
        QCOMPARE(m_page->sampleCount(), 30); // a new grid, not added to the old one
        screenshot(QStringLiteral("tuning-discriminative-digits.png"));
    }

    void stateRoundTrip()
    {
        auto *data = find<QComboBox>("discData");
        data->setCurrentIndex(data->findData(QStringLiteral("spiral")));
        find<QComboBox>("discModel")->setCurrentIndex(1);
        find<QSpinBox>("discSeed")->setValue(7);
        find<QSpinBox>("genSampleCount")->setValue(40);
        find<QSpinBox>("genComponents")->setValue(3);
        const QJsonObject saved = m_page->saveState();
        data->setCurrentIndex(0);
        find<QComboBox>("discModel")->setCurrentIndex(0);
        find<QSpinBox>("discSeed")->setValue(1);
        m_page->restoreState(saved);
        QCOMPARE(m_page->request().data, QStringLiteral("spiral"));
        QVERIFY(m_page->request().hidden > 0);
        QCOMPARE(m_page->request().seed, quint64(7));
        QCOMPARE(m_page->request().components, 3);
        QCOMPARE(find<QSpinBox>("genSampleCount")->value(), 40);
        // Unknown names and out-of-range numbers are ignored or clamped.
        m_page->restoreState(QJsonObject{{QStringLiteral("data"), QStringLiteral("nonsense")},
                                         {QStringLiteral("hidden"), 999},
                                         {QStringLiteral("seed"), -5},
                                         {QStringLiteral("components"), 99},
                                         {QStringLiteral("samplesPerPress"), 1000000}});
        QCOMPARE(m_page->request().data, QStringLiteral("spiral"));
        QVERIFY(m_page->request().hidden > 0);
        QCOMPARE(m_page->request().seed, quint64(0));
        QCOMPARE(m_page->request().components, 8);
        QCOMPARE(find<QSpinBox>("genSampleCount")->value(), 2000);
    }
};

QTEST_MAIN(TestDiscriminativePage)
#include "tst_discriminativepage.moc"
