// The training monitor's replot time with 3 series x 100,000 points in a 1200x600 plot: what a lab
// pays per frame while a long run streams metrics. The peer is QCustomPlot drawing the same six
// curves (raw + smoothed per series, same pens and hints) from the full data with its own
// adaptive sampling.

#include "benchmark.h"

#ifdef GENLAB_WITH_WIDGETS

#include "widgets/components/qcustomplot_include.h"
#include "widgets/components/trainingmonitor.h"

#include <QApplication>

#include <chrono>
#include <cmath>

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kSeries = 3;
constexpr int kPoints = 100000;
constexpr int kRuns = 25;

double noisyLoss(int step, int series)
{
    const double noise = std::sin(step * 12.9898 + series * 78.233) * 43758.5453;
    return 2.5 * std::exp(-step / (20000.0 + 5000 * series)) + 0.2 + 0.15 * (noise - std::floor(noise) - 0.5);
}

template<class F>
double medianMs(F &&replot)
{
    std::vector<double> ms;
    replot(); // warm-up: buffers, glyph caches
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = Clock::now();
        replot();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return genlab::bench::percentile(ms, 50);
}

void replotBench(genlab::bench::Reporter &r)
{
    using genlab::widgets::TrainingMonitor;
    TrainingMonitor monitor;
    monitor.resize(1200, 600);
    monitor.show();
    QApplication::processEvents();
    const QStringList ids{QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("kl")};
    QList<QList<double>> values(kSeries);
    QList<double> steps;
    for (int i = 0; i < kPoints; ++i)
        steps << i;
    for (int s = 0; s < kSeries; ++s) {
        monitor.addSeries(ids[s], ids[s]);
        for (int i = 0; i < kPoints; ++i)
            values[s] << noisyLoss(i, s);
        monitor.appendPoints(ids[s], steps, values[s]);
    }
    monitor.setSmoothing(0.9);
    QApplication::processEvents();
    // resetView() drops the cached reduction: each run reduces all 3 x 2 curves and draws them.
    const double ours = medianMs([&] {
        monitor.resetView();
        monitor.replotNow();
    });
    int drawn = 0;
    for (const QString &id : ids)
        drawn += monitor.drawnPointCount(id);
    // With the reduction cached (a repaint without new data or a new range): drawing alone.
    const double drawOnly = medianMs([&] { monitor.replotNow(); });

    // The same curves in a bare QCustomPlot, full data, adaptive sampling on (its default).
    QCustomPlot plain;
    plain.resize(monitor.plot()->size());
    plain.show();
    plain.setPlottingHint(QCP::phFastPolylines, true);
    for (int s = 0; s < kSeries; ++s) {
        QList<double> smooth = values[s];
        double last = 0, power = 1;
        for (double &v : smooth) {
            last = last * 0.9 + 0.1 * v;
            power *= 0.9;
            v = last / (1 - power);
        }
        QCPGraph *raw = plain.addGraph();
        raw->setData(steps, values[s], true);
        raw->setPen(monitor.plot()->graph(2 * s)->pen());
        QCPGraph *smoothed = plain.addGraph();
        smoothed->setData(steps, smooth, true);
        smoothed->setPen(monitor.plot()->graph(2 * s + 1)->pen());
    }
    plain.rescaleAxes();
    QApplication::processEvents();
    const double peer = medianMs([&] { plain.replot(QCustomPlot::rpImmediateRefresh); });

    r.report({.name = "plot.replot_100k_ms",
              .value = ours,
              .unit = "ms",
              .peer = "QCustomPlot 2.1 adaptive sampling over the full data",
              .peerValue = peer,
              .ratio = peer / ours,
              .extra = {{"series", std::to_string(kSeries)},
                        {"points_per_series", std::to_string(kPoints)},
                        {"plot_px", std::to_string(monitor.plot()->width()) + "x" + std::to_string(monitor.plot()->height())},
                        {"points_drawn_per_curve", std::to_string(drawn / kSeries)},
                        {"draw_only_ms", std::to_string(drawOnly)},
                        {"platform", QApplication::platformName().toStdString()}},
              .note = "median of 25 full replots (reduction of raw + smoothed curves, then drawing); ratio = peer / ours, "
                      "> 1 means ours is faster"});
}

} // namespace

GENLAB_BENCHMARK("plot", replotBench);

#endif
