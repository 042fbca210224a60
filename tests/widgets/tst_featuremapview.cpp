// The GAN lab's feature map view: it keeps a map per step and shows the one at or before the
// slider's step, finds the point under the mouse and shows that image enlarged, colours points
// by D's score, and takes its maps from the training session's otherPartial signal. With
// GENLAB_SCREENSHOT_DIR set it writes gan-featuremap.png from the shipped GAN and classifier.
#include "engine/data/registry.h"
#include "engine/gan/featuremap.h"
#include "engine/gan/imagegan.h"
#include "engine/train/events.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingsession.h"
#include "widgets/ganlab/featuremapview.h"

#include <QDir>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace genlab;
using engine::gan::FeatureMapPoint;
using engine::gan::FeatureMapPreview;
using widgets::ganlab::FeatureMapView;

namespace {

// A solid colour image: the popup's enlarged copy can be found by its pixels.
engine::Image solid(int r, int g, int b)
{
    engine::Image im(28, 28, 3);
    for (std::size_t i = 0; i < im.pixels.size(); i += 3) {
        im.pixels[i] = std::uint8_t(r);
        im.pixels[i + 1] = std::uint8_t(g);
        im.pixels[i + 2] = std::uint8_t(b);
    }
    return im;
}

// Four real points on a square, four fakes beside them shifted by offset; D says "real" (1) to
// the real ones and "fake" (0) to the fakes.
FeatureMapPreview mapAt(qint64 step, float offset)
{
    FeatureMapPreview m;
    m.step = step;
    m.axes = "test axes";
    for (int i = 0; i < 8; ++i) {
        FeatureMapPoint p;
        p.fake = i >= 4;
        p.x = float(i % 2) * 4.0f + (p.fake ? offset : 0.0f);
        p.y = float((i / 2) % 2) * 4.0f + (p.fake ? 1.0f : 0.0f);
        p.score = p.fake ? 0.0f : 1.0f;
        p.label = i % 4;
        p.predicted = i % 4;
        p.confidence = 0.9f;
        p.dx = p.fake ? 0.5f : 0.0f;
        p.scoreAfter = p.fake ? 0.2f : 0.0f;
        p.image = p.fake ? solid(0, 200, 0) : solid(200, 0, 200);
        m.points.push_back(p);
    }
    return m;
}

int countPixels(const QImage &image, QRgb colour)
{
    int n = 0;
    const QImage im = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < im.height(); ++y)
        for (int x = 0; x < im.width(); ++x)
            n += (im.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    return n;
}

void hover(QWidget *w, QPointF pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
}

} // namespace

class TestFeatureMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheMapAtOrBeforeTheStep()
    {
        FeatureMapView view;
        QCOMPARE(view.shownStep(), qint64(-1));
        view.record(mapAt(100, 0.0f));
        view.record(mapAt(200, 1.0f));
        QCOMPARE(view.mapCount(), 2);
        QCOMPARE(view.shownStep(), qint64(200)); // following the latest
        view.showStep(150);
        QCOMPARE(view.shownStep(), qint64(100));
        view.showStep(200);
        QCOMPARE(view.shownStep(), qint64(200));
        view.showStep(99);
        QCOMPARE(view.shownStep(), qint64(-1));
        QVERIFY(!view.shownMap());
        view.showStep(-1);
        QCOMPARE(view.shownStep(), qint64(200));
        QCOMPARE(view.shownMap()->points[4].x, 1.0f);

        // A resumed run retraces step 200: a new map of 100 drops the later one.
        view.record(mapAt(100, 2.0f));
        QCOMPARE(view.mapCount(), 1);
        QCOMPARE(view.shownStep(), qint64(100));
        QCOMPARE(view.shownMap()->points[4].x, 2.0f);

        // Only feature maps are taken from partials.
        QVERIFY(!view.recordPartial(engine::train::TextPreview{300, "text"}.encode()));
        QCOMPARE(view.mapCount(), 1);
        QVERIFY(view.recordPartial(mapAt(300, 0.0f).encode()));
        QCOMPARE(view.shownStep(), qint64(300));
        view.clear();
        QCOMPARE(view.mapCount(), 0);
        QCOMPARE(view.shownStep(), qint64(-1));
    }

    void pointAtAndHoverShowTheImage()
    {
        FeatureMapView view;
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.record(mapAt(100, 1.0f));
        QCOMPARE(view.pointAt(QPointF(2, 2)), -1);
        for (int i = 0; i < 8; ++i) {
            const QPointF at = view.pointPosition(i);
            QVERIFY(view.rect().contains(at.toPoint()));
            QCOMPARE(view.pointAt(at), i);
            QCOMPARE(view.pointAt(at + QPointF(2, 1)), i); // a little off the centre still picks it
        }
        // Points are placed by their coordinates: x grows to the right, y upwards.
        QVERIFY(view.pointPosition(1).x() > view.pointPosition(0).x() + 50);
        QVERIFY(view.pointPosition(2).y() < view.pointPosition(0).y() - 50);

        // Colour by D's score: the real points (score 1) orange, the fakes (score 0) blue.
        const QImage plain = view.grab().toImage();
        const QColor real = plain.pixelColor(view.pointPosition(0).toPoint());
        const QColor fake = plain.pixelColor(view.pointPosition(5).toPoint() + QPoint(0, 1));
        QVERIFY2(real.red() > 200 && real.blue() < 80, qPrintable(real.name()));
        QVERIFY2(fake.blue() > 200 && fake.red() < 120, qPrintable(fake.name()));
        QCOMPARE(countPixels(plain, qRgb(0, 200, 0)), 0);

        // Hovering a fake shows its (green) image enlarged, four times: 112 x 112 pixels.
        QSignalSpy hovered(&view, &FeatureMapView::hoveredChanged);
        hover(&view, view.pointPosition(5));
        QCOMPARE(view.hoveredIndex(), 5);
        QCOMPARE(hovered.count(), 1);
        const int green = countPixels(view.grab().toImage(), qRgb(0, 200, 0));
        QVERIFY2(green >= 112 * 112 * 9 / 10, qPrintable(QString::number(green)));
        hover(&view, view.pointPosition(0));
        QCOMPARE(view.hoveredIndex(), 0);
        QVERIFY(countPixels(view.grab().toImage(), qRgb(200, 0, 200)) >= 112 * 112 * 9 / 10);
        hover(&view, QPointF(3, 3));
        QCOMPARE(view.hoveredIndex(), -1);
        QCOMPARE(countPixels(view.grab().toImage(), qRgb(200, 0, 200)), 0);
    }

    void sessionPassesOnKindsItDoesNotDecode()
    {
        services::JobManager jobs(services::JobManager::Options{});
        widgets::TrainingSession session;
        FeatureMapView view;
        connect(&session, &widgets::TrainingSession::otherPartial, &view, &FeatureMapView::recordPartial);
        connect(&session, &widgets::TrainingSession::shownStepChanged, &view, &FeatureMapView::showStep);
        QSignalSpy other(&session, &widgets::TrainingSession::otherPartial);
        QSignalSpy shown(&session, &widgets::TrainingSession::shownStepChanged);
        QSignalSpy finished(&session, &widgets::TrainingSession::finished);

        services::JobRequest r;
        r.title = QStringLiteral("fake GAN training");
        r.lane = services::Lane::Training;
        r.work = [](const engine::RunContext &ctx) -> QVariant {
            for (qint64 step : {5, 10}) {
                engine::train::Metrics m;
                m.step = step;
                m.scalars = {{"g_loss", 1.0}};
                engine::train::report(ctx, m);
                engine::train::ImagePreview p;
                p.step = step;
                p.what = "samples";
                p.cols = 1;
                p.images = {solid(1, 2, 3)};
                engine::train::report(ctx, p);
                engine::train::report(ctx, mapAt(step, float(step)));
            }
            return QVariant(10);
        };
        engine::train::CommonOptions o;
        o.steps = 10;
        session.attach(jobs.submit(r), o);
        QVERIFY(finished.wait(10000));
        // Metrics and image previews are the session's own; the two maps come out.
        QCOMPARE(other.count(), 2);
        const auto first = FeatureMapPreview::decode(other.at(0).at(0).value<engine::Partial>());
        QVERIFY(first);
        QCOMPARE(first->step, std::int64_t(5));
        QVERIFY(shown.count() >= 1);
        QCOMPARE(shown.last().at(0).toLongLong(), qint64(10));
        QCOMPARE(view.mapCount(), 2);
        QCOMPARE(view.shownStep(), qint64(10));
        // Scrubbing the session's slider back picks the earlier map.
        session.stepSlider()->setCurrentStep(5);
        QCOMPARE(session.shownStep(), qint64(5));
        QCOMPARE(view.shownStep(), qint64(5));
    }

    // The real thing for the README and for judging the look: the shipped GAN's map, one fake hovered.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("GENLAB_SCREENSHOT_DIR is not set");
        const std::string models = GENLAB_SOURCE_DIR "/resources/models/";
        engine::gan::ImageGan gan = engine::gan::ImageGan::load(models + "gan-digits");
        // Real images: the digits when at hand (they are what the shipped GAN learned), else the
        // procedural ones, which need no files.
        std::string dataset = "procedural-digits";
        for (const auto &d : engine::data::availableImageDatasets())
            if (d.id == "digits" && d.available)
                dataset = "digits";
        engine::data::OpenOptions open;
        open.width = open.height = 28;
        open.channels = 1;
        auto set = engine::data::openImageDataset(dataset, open);
        std::vector<engine::Image> real;
        std::vector<int> labels;
        const std::int64_t stride = std::max<std::int64_t>(1, set->info().size / 256);
        for (std::int64_t i = 0; i < 256; ++i) {
            real.push_back(set->image(i * stride));
            labels.push_back(set->label(i * stride));
        }
        engine::gan::FeatureMapper mapper(engine::evaluate::DigitClassifier::load(models + "classifier-digits"),
                                          real, labels, dataset);
        FeatureMapView view;
        view.resize(760, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.record(mapper.compute(gan, engine::gan::GanLoss::NonSaturating, 2000));
        int fake = -1;
        for (int i = 0; i < int(view.shownMap()->points.size()); ++i)
            if (view.shownMap()->points[std::size_t(i)].fake) {
                fake = i;
                break;
            }
        hover(&view, view.pointPosition(fake));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("gan-featuremap.png"))));
    }
};

QTEST_MAIN(TestFeatureMapView)
#include "tst_featuremapview.moc"
