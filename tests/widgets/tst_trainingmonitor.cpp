// The training monitor and the step slider, driven as a person would: the smoothing slider, the
// log checkbox, clicks, hover, wheel and double-click on the plot.

#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using genlab::widgets::ImageGridView;
using genlab::widgets::StepSlider;
using genlab::widgets::TrainingMonitor;

namespace {

// A loss-like curve: decaying, noisy, deterministic.
double lossAt(double step, int series)
{
    const double noise = std::sin(step * 12.9898 + series * 78.233) * 43758.5453;
    return 2.5 * std::exp(-step / (20000.0 + 5000 * series)) + 0.2 + 0.15 * (noise - std::floor(noise) - 0.5);
}

void fill(TrainingMonitor &m, const QString &id, int count, int series, int batch = 1000)
{
    for (int start = 0; start < count; start += batch) {
        QList<double> steps, values;
        for (int i = start; i < std::min(count, start + batch); ++i) {
            steps << i;
            values << lossAt(i, series);
        }
        m.appendPoints(id, steps, values);
    }
}

QPoint plotPoint(TrainingMonitor &m, double step, double value)
{
    return QPoint(int(m.plot()->xAxis->coordToPixel(step)), int(m.plot()->yAxis->coordToPixel(value)));
}

} // namespace

class TestTrainingMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandPointsPerSeries()
    {
        TrainingMonitor m;
        m.resize(900, 500);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.addSeries(QStringLiteral("a"), QStringLiteral("train loss"));
        m.addSeries(QStringLiteral("b"), QStringLiteral("validation loss"));
        m.addSeries(QStringLiteral("c"), QStringLiteral("KL (nats)"), {}, TrainingMonitor::Axis::Right);
        for (int s = 0; s < 3; ++s)
            fill(m, QStringList{"a", "b", "c"}[s], 100000, s);
        m.replotNow();
        const int width = m.plot()->axisRect()->width();
        QVERIFY(width > 100);
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            QCOMPARE(m.pointCount(id), 100000);
            QCOMPARE(m.rawValues(id).size(), std::size_t(100000));
            const int drawn = m.drawnPointCount(id);
            QVERIFY2(drawn > width / 2 && drawn <= 2 * width + 2,
                     qPrintable(QStringLiteral("%1 points drawn for a plot %2 px wide").arg(drawn).arg(width)));
        }
        // The whole step range is shown while following the data.
        QCOMPARE(m.plot()->xAxis->range().lower, 0.0);
        QCOMPARE(m.plot()->xAxis->range().upper, 99999.0);

        // Zoomed into a few hundred steps, every point is drawn again.
        m.plot()->xAxis->setRange(1000, 1300);
        m.replotNow();
        QVERIFY(!m.isFollowing());
        QCOMPARE(m.drawnPointCount(QStringLiteral("a")), 301 + 2); // plus a neighbour on each side
    }

    void smoothingChangesSmoothedOnly()
    {
        TrainingMonitor m;
        m.addSeries(QStringLiteral("loss"), QStringLiteral("loss"));
        fill(m, QStringLiteral("loss"), 500, 0, 37);
        const std::vector<double> raw = m.rawValues(QStringLiteral("loss"));

        auto *slider = m.findChild<QSlider *>(QStringLiteral("smoothingSlider"));
        QVERIFY(slider);
        QSignalSpy changed(&m, &TrainingMonitor::smoothingChanged);
        slider->setValue(0);
        QCOMPARE(m.smoothing(), 0.0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m.smoothedValues(QStringLiteral("loss")), raw);

        slider->setValue(900);
        QCOMPARE(m.smoothing(), 0.9);
        const std::vector<double> smooth = m.smoothedValues(QStringLiteral("loss"));
        QCOMPARE(m.rawValues(QStringLiteral("loss")), raw); // untouched
        QVERIFY(smooth != raw);
        // Debiased EMA: the first value is the first raw value, then the recurrence.
        QCOMPARE(smooth[0], raw[0]);
        double last = 0, power = 1;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            last = last * 0.9 + 0.1 * raw[i];
            power *= 0.9;
            QVERIFY(std::abs(smooth[i] - last / (1 - power)) < 1e-12);
        }
        // Smoothing takes noise out: the smoothed curve moves less from step to step.
        double rawVar = 0, smoothVar = 0;
        for (std::size_t i = 1; i < raw.size(); ++i) {
            rawVar += std::pow(raw[i] - raw[i - 1], 2);
            smoothVar += std::pow(smooth[i] - smooth[i - 1], 2);
        }
        QVERIFY(smoothVar < rawVar / 10);

        // Appending after a change continues the same average as smoothing everything at once.
        m.appendPoints(QStringLiteral("loss"), {500, 501}, {1.0, 2.0});
        TrainingMonitor whole;
        whole.setSmoothing(0.9);
        QList<double> steps, values;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            steps << double(i);
            values << raw[i];
        }
        steps << 500 << 501;
        values << 1.0 << 2.0;
        whole.appendPoints(QStringLiteral("loss"), steps, values);
        QCOMPARE(m.smoothedValues(QStringLiteral("loss")), whole.smoothedValues(QStringLiteral("loss")));

        // A constant curve stays constant (no pull towards zero at the start); NaN leaves a gap only.
        TrainingMonitor c;
        c.setSmoothing(0.99);
        c.appendPoints(QStringLiteral("k"), {0, 1, 2, 3}, {3.0, 3.0, std::nan(""), 3.0});
        const std::vector<double> k = c.smoothedValues(QStringLiteral("k"));
        QVERIFY(std::abs(k[0] - 3.0) < 1e-9 && std::abs(k[1] - 3.0) < 1e-9 && std::abs(k[3] - 3.0) < 1e-9);
        QVERIFY(std::isnan(k[2]));
    }

    void logToggle()
    {
        TrainingMonitor m;
        m.resize(600, 400);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.addSeries(QStringLiteral("loss"), QStringLiteral("loss"));
        fill(m, QStringLiteral("loss"), 1000, 0);
        auto *log = m.findChild<QCheckBox *>(QStringLiteral("logScale"));
        QVERIFY(log);
        QCOMPARE(m.plot()->yAxis->scaleType(), QCPAxis::stLinear);
        QTest::mouseClick(log, Qt::LeftButton, {}, log->rect().center());
        QCOMPARE(m.yScale(), TrainingMonitor::YScale::Log);
        QCOMPARE(m.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        m.replotNow();
        QVERIFY(m.plot()->yAxis->range().lower > 0);
        QTest::mouseClick(log, Qt::LeftButton, {}, log->rect().center());
        QCOMPARE(m.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    }

    // A learning rate held constant, and the smoothed copy of any constant series (whose last bits
    // wobble through the debiased EMA), used to get an axis a few 1e-19 wide: rounding noise drawn
    // as a full-height sawtooth. Now a flat series is a level line with room around it.
    void flatSeriesGetsASensibleRange_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("wobble");
        QTest::addColumn<bool>("log");
        QTest::addColumn<bool>("right");
        QTest::newRow("lr 1e-3, smoothed") << 1e-3 << false << false << false;
        QTest::newRow("lr 1e-3, last-bit wobble") << 1e-3 << true << false << false;
        QTest::newRow("lr 1e-3, log") << 1e-3 << true << true << false;
        QTest::newRow("beta 1 on the right axis") << 1.0 << true << false << true;
        QTest::newRow("loss 2.3, log") << 2.3 << true << true << false;
        QTest::newRow("negative") << -40.0 << true << false << false;
        QTest::newRow("zero") << 0.0 << false << false << false;
    }

    void flatSeriesGetsASensibleRange()
    {
        QFETCH(double, value);
        QFETCH(bool, wobble);
        QFETCH(bool, log);
        QFETCH(bool, right);
        TrainingMonitor m;
        m.resize(600, 400);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.addSeries(QStringLiteral("lr"), QStringLiteral("learning rate"), {},
                    right ? TrainingMonitor::Axis::Right : TrainingMonitor::Axis::Left);
        QList<double> steps, values;
        const double next = std::nextafter(value, 1e300);
        for (int i = 0; i < 500; ++i) {
            steps << i;
            values << (wobble && i % 3 == 1 ? next : value);
        }
        m.appendPoints(QStringLiteral("lr"), steps, values);
        if (log)
            m.setYScale(TrainingMonitor::YScale::Log);
        m.replotNow();
        const QCPRange r = (right ? m.plot()->yAxis2 : m.plot()->yAxis)->range();
        const double magnitude = std::max(std::abs(value), 1.0e-300);
        const QString why = QStringLiteral("range [%1, %2] for %3").arg(r.lower, 0, 'g', 17).arg(r.upper, 0, 'g', 17).arg(value);
        // The value sits inside with a visible margin on both sides (not pressed against an edge)...
        QVERIFY2(r.lower < value && r.upper > value, qPrintable(why));
        QVERIFY2(value - r.lower > 0.02 * r.size() && r.upper - value > 0.02 * r.size(), qPrintable(why));
        // ...and the span is far above rounding noise.
        QVERIFY2(r.size() > 1e-6 * magnitude, qPrintable(why));
        // Drawn, the line stays within a pixel or two: no zigzag.
        QCPAxis *axis = right ? m.plot()->yAxis2 : m.plot()->yAxis;
        const double top = axis->coordToPixel(value), bottom = axis->coordToPixel(next);
        QVERIFY2(std::abs(top - bottom) < 1.0, qPrintable(why));
    }

    // Real variation, however small next to the value, is still fitted tightly.
    void smallRealVariationIsStillFitted()
    {
        TrainingMonitor m;
        m.resize(600, 400);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.setSmoothing(0);
        QList<double> steps, values;
        for (int i = 0; i < 200; ++i) {
            steps << i;
            values << 2.30 + 0.01 * (i % 7) / 6.0; // 2.30 .. 2.31
        }
        m.appendPoints(QStringLiteral("loss"), steps, values);
        m.replotNow();
        const QCPRange r = m.plot()->yAxis->range();
        QVERIFY2(r.lower < 2.30 && r.upper > 2.31 && r.size() < 0.02,
                 qPrintable(QStringLiteral("[%1, %2]").arg(r.lower, 0, 'g', 10).arg(r.upper, 0, 'g', 10)));
    }

    // A resumed run retraces the steps after its checkpoint: those points go, the rest stay smoothed.
    void removePointsFromAStep()
    {
        TrainingMonitor m;
        m.addSeries(QStringLiteral("a"), QStringLiteral("a"));
        m.addSeries(QStringLiteral("b"), QStringLiteral("b"));
        fill(m, QStringLiteral("a"), 100, 0);
        fill(m, QStringLiteral("b"), 50, 1);
        const std::vector<double> smoothedBefore = m.smoothedValues(QStringLiteral("a"));
        m.removePointsFrom(60);
        QCOMPARE(m.pointCount(QStringLiteral("a")), 60);
        QCOMPARE(m.pointCount(QStringLiteral("b")), 50);
        QCOMPARE(m.steps(QStringLiteral("a")).back(), 59.0);
        const std::vector<double> smoothed = m.smoothedValues(QStringLiteral("a"));
        for (std::size_t i = 0; i < smoothed.size(); ++i)
            QCOMPARE(smoothed[i], smoothedBefore[i]);
        // Appending again carries on from the kept points' average.
        m.appendPoint(QStringLiteral("a"), 60, lossAt(60, 0));
        QCOMPARE(m.smoothedValues(QStringLiteral("a")).back(), smoothedBefore[60]);
        m.removePointsFrom(std::nan(""));
        QCOMPARE(m.pointCount(QStringLiteral("a")), 61);
        m.removePointsFrom(0);
        QCOMPARE(m.pointCount(QStringLiteral("a")), 0);
        QCOMPARE(m.pointCount(QStringLiteral("b")), 0);
    }

    void csvExport()
    {
        TrainingMonitor m;
        m.setSmoothing(0.5);
        m.addSeries(QStringLiteral("t"), QStringLiteral("train loss"));
        m.addSeries(QStringLiteral("v"), QStringLiteral("val, loss")); // a comma must be quoted
        m.appendPoints(QStringLiteral("t"), {0, 1, 2, 3}, {4.0, 2.0, 1.0, 0.5});
        m.appendPoints(QStringLiteral("v"), {0, 2}, {5.0, 3.0});
        const QStringList lines = m.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("step,train loss,train loss (smoothed),\"val, loss\",\"val, loss (smoothed)\""));
        // Debiased EMA with weight 0.5: 4, (0.5*2 + 0.25*4)/0.75 = 2.6666..., ...
        QCOMPARE(lines[1], QStringLiteral("0,4,4,5,5"));
        QVERIFY(lines[2].startsWith(QStringLiteral("1,2,2.666666666666666")));
        QVERIFY(lines[2].endsWith(QStringLiteral(",,"))); // no validation point at step 1
        QCOMPARE(lines[3].section(QLatin1Char(','), 0, 1), QStringLiteral("2,1"));
        QCOMPARE(lines[3].section(QLatin1Char(','), 3, 3), QStringLiteral("3"));
        QCOMPARE(lines[4].count(QLatin1Char(',')), 4);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("curves.csv"));
        QString error;
        QVERIFY2(m.exportCsv(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), m.csv());
        QVERIFY(!m.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/dir")));

        const QString png = dir.filePath(QStringLiteral("plot.png"));
        m.resize(500, 300);
        QVERIFY2(m.exportPng(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 2 * m.plot()->width()); // twice the screen resolution
    }

    void replotsAreCoalesced()
    {
        TrainingMonitor m;
        m.resize(600, 400);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.addSeries(QStringLiteral("loss"), QStringLiteral("loss"));
        QTest::qWait(50);
        const int before = m.replotCount();
        for (int i = 0; i < 500; ++i)
            m.appendPoint(QStringLiteral("loss"), i, lossAt(i, 0));
        QCOMPARE(m.replotCount(), before); // nothing drawn while the appends keep coming
        QTRY_VERIFY(m.replotCount() > before);
        QTest::qWait(50);
        QVERIFY2(m.replotCount() - before <= 2, qPrintable(QString::number(m.replotCount() - before)));
        QCOMPARE(m.drawnPointCount(QStringLiteral("loss")), 500);
    }

    void clickHoverZoomAndCursor()
    {
        TrainingMonitor m;
        m.resize(800, 450);
        m.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m));
        m.addSeries(QStringLiteral("loss"), QStringLiteral("loss"));
        QList<double> steps, values;
        for (int i = 0; i <= 100; ++i) {
            steps << i * 10.0;
            values << 1.0 + i * 0.01;
        }
        m.appendPoints(QStringLiteral("loss"), steps, values);
        m.setSmoothing(0);
        m.replotNow();

        // A click picks the data step nearest to it.
        QSignalSpy clicked(&m, &TrainingMonitor::stepClicked);
        QTest::mouseClick(m.plot(), Qt::LeftButton, {}, plotPoint(m, 503, 1.5));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toDouble(), 500.0);

        // Hovering reads out the step and value under the mouse.
        QTest::mouseMove(m.plot(), plotPoint(m, 251, 1.25));
        QTRY_VERIFY(m.readout().contains(QStringLiteral("step 250")));
        QVERIFY2(m.readout().contains(QStringLiteral("loss 1.25")), qPrintable(m.readout()));

        m.setStepCursor(400);
        QCOMPARE(m.stepCursor(), 400.0);
        m.clearStepCursor();
        QVERIFY(std::isnan(m.stepCursor()));

        // Wheel zooms (the view stops following the data); double-click shows everything again.
        const QCPRange before = m.plot()->xAxis->range();
        const QPoint centre = plotPoint(m, 500, 1.5);
        QWheelEvent wheel(centre, m.plot()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m.plot(), &wheel);
        QVERIFY(m.plot()->xAxis->range().size() < before.size());
        QVERIFY(!m.isFollowing());
        QTest::mouseDClick(m.plot(), Qt::LeftButton, {}, centre);
        QVERIFY(m.isFollowing());
        m.replotNow();
        QCOMPARE(m.plot()->xAxis->range().lower, 0.0);
        QCOMPARE(m.plot()->xAxis->range().upper, 1000.0);
    }

    void stepSliderTiesCurvesToImages()
    {
        TrainingMonitor monitor;
        ImageGridView view;
        StepSlider slider;
        monitor.resize(600, 300);
        monitor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&monitor));
        slider.bind(&monitor, &view);
        QList<double> steps, values;
        for (int i = 0; i <= 1000; ++i) {
            steps << i;
            values << lossAt(i, 0);
        }
        monitor.appendPoints(QStringLiteral("loss"), steps, values);
        QSignalSpy changed(&slider, &StepSlider::stepChanged);
        for (int step : {0, 250, 500, 750, 1000}) {
            genlab::engine::Image im(4, 4, 1);
            im.pixels.assign(im.pixels.size(), std::uint8_t(step / 4));
            slider.record(step, {im, im}, {QString::number(step), QString::number(step)});
        }
        // Live: it follows the newest step, the cursor and images with it.
        QCOMPARE(slider.currentStep(), 1000);
        QCOMPARE(monitor.stepCursor(), 1000.0);
        QCOMPARE(view.count(), 2);
        QCOMPARE(view.labels().first(), QStringLiteral("1000"));

        // Moving the slider shows the images of that step and moves the cursor.
        auto *bar = slider.findChild<QSlider *>(QStringLiteral("steps"));
        QVERIFY(bar);
        bar->setValue(1);
        QCOMPARE(slider.currentStep(), 250);
        QVERIFY(!slider.isLive());
        QCOMPARE(monitor.stepCursor(), 250.0);
        QCOMPARE(view.labels().first(), QStringLiteral("250"));
        QCOMPARE(changed.last().first().toLongLong(), 250);

        // Nearest recorded step: a click on the plot near step 560 shows step 500.
        monitor.replotNow();
        QTest::mouseClick(monitor.plot(), Qt::LeftButton, {}, plotPoint(monitor, 560, lossAt(560, 0)));
        QCOMPARE(slider.currentStep(), 500);
        QCOMPARE(monitor.stepCursor(), 500.0);
        QCOMPARE(slider.nearestStep(874), 750);
        QCOMPARE(slider.nearestStep(876), 1000);
        QCOMPARE(slider.nearestStep(-5), 0);

        // Not live: a new recording does not move away from what the user looks at.
        slider.record(1250, {}, {});
        QCOMPARE(slider.currentStep(), 500);
        QCOMPARE(slider.snapshotCount(), 6);
    }

    void stepSliderRemovesThinsAndClears()
    {
        TrainingMonitor monitor;
        ImageGridView view;
        StepSlider slider;
        slider.bind(&monitor, &view);
        auto image = [](int step) {
            genlab::engine::Image im(2, 2, 1);
            im.pixels.assign(im.pixels.size(), std::uint8_t(step % 256));
            return std::vector<genlab::engine::Image>{im};
        };
        for (int step = 10; step <= 100; step += 10)
            slider.record(step, image(step), {QString::number(step)});
        QCOMPARE(slider.snapshotCount(), 10);

        // A resumed run retraces from step 61: 70..100 go; the one shown was among them.
        QSignalSpy changed(&slider, &StepSlider::stepChanged);
        slider.removeFrom(61);
        QCOMPARE(slider.steps(), (QList<qint64>{10, 20, 30, 40, 50, 60}));
        QCOMPARE(slider.currentStep(), 60);
        QCOMPARE(monitor.stepCursor(), 60.0);
        QCOMPARE(view.labels(), QStringList{QStringLiteral("60")});
        QCOMPARE(changed.count(), 1);
        // Not live, an older step shown: removing later ones leaves it.
        slider.setLive(false);
        slider.setCurrentStep(20);
        slider.removeFrom(50);
        QCOMPARE(slider.currentStep(), 20);
        QCOMPARE(slider.snapshotCount(), 4);
        slider.removeFrom(1000); // nothing there
        QCOMPARE(slider.snapshotCount(), 4);

        // Bounded memory: past the maximum, older snapshots thin out; the first, the newest and
        // the one shown stay, and the rest still spans the run.
        slider.clear();
        QVERIFY(slider.isLive()); // a new run is followed again
        QVERIFY(std::isnan(monitor.stepCursor()));
        slider.setMaxSnapshots(8);
        qint64 shown = -1;
        for (int step = 1; step <= 100; ++step) {
            slider.record(step, image(step), {QString::number(step)});
            QVERIFY(slider.snapshotCount() <= 8);
            if (step == 30) {
                slider.setLive(false);
                slider.setCurrentStep(17);
                shown = slider.currentStep();
                QVERIFY(shown > 1 && shown < 30);
            }
        }
        const QList<qint64> kept = slider.steps();
        QVERIFY(kept.size() >= 4);
        QCOMPARE(kept.first(), 1);
        QCOMPARE(kept.last(), 100);
        QVERIFY(kept.contains(shown));
        QCOMPARE(slider.currentStep(), shown);
        QCOMPARE(view.labels(), QStringList{QString::number(shown)});
        QVERIFY(std::is_sorted(kept.begin(), kept.end()));
        // Live again: the newest is shown as soon as it arrives.
        slider.setLive(true);
        slider.record(101, image(101), {QStringLiteral("101")});
        QCOMPARE(slider.currentStep(), 101);
        QCOMPARE(monitor.stepCursor(), 101.0);
    }

    // Writes docs/images/training-monitor.png when GENLAB_SCREENSHOT_DIR is set.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set GENLAB_SCREENSHOT_DIR to write training-monitor.png");
        QWidget frame; // the margins a lab gives it
        auto *layout = new QVBoxLayout(&frame);
        layout->setContentsMargins(10, 8, 10, 6);
        auto *monitor = new TrainingMonitor(&frame);
        layout->addWidget(monitor);
        TrainingMonitor &m = *monitor;
        frame.resize(1100, 560);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        m.setAxisTitles(QStringLiteral("training step"), QStringLiteral("loss (nats per pixel)"),
                        QStringLiteral("sample accuracy (%)"));
        m.addSeries(QStringLiteral("train"), QStringLiteral("train loss"));
        m.addSeries(QStringLiteral("val"), QStringLiteral("validation loss"));
        m.addSeries(QStringLiteral("acc"), QStringLiteral("classifier accuracy on samples (%)"), {},
                    TrainingMonitor::Axis::Right);
        fill(m, QStringLiteral("train"), 60000, 0, 500);
        QList<double> steps, val, acc;
        for (int s = 0; s <= 60000; s += 500) {
            steps << s;
            val << lossAt(s, 2) + 0.05;
            acc << 100.0 * (1 - std::exp(-s / 12000.0)) * 0.93 + 3 * std::sin(s * 0.37);
        }
        m.appendPoints(QStringLiteral("val"), steps, val);
        m.appendPoints(QStringLiteral("acc"), steps, acc);
        m.setSmoothing(0.95);
        m.setStepCursor(36000);
        m.replotNow();
        QTest::mouseMove(m.plot(), plotPoint(m, 24000, lossAt(24000, 0)));
        QTest::qWait(100);
        m.replotNow();
        QDir().mkpath(dir);
        QVERIFY(frame.grab().save(QDir(dir).filePath(QStringLiteral("training-monitor.png"))));
    }
};

QTEST_MAIN(TestTrainingMonitor)
#include "tst_trainingmonitor.moc"
