// genlab-bench latent.drag_eventloop: the GUI event loop while a latent slider is dragged
// continuously through the real latent lab and LatentService (shipped 16-D model), each move
// decoding on the interactive lane with latest wins.
//   latent.drag_eventloop.p99_ms   lateness of a 4 ms GUI timer, 99th percentile (target < 16 ms)
#include "benchmark.h"

#ifdef GENLAB_WITH_WIDGETS

#include "engine/runtime/compute.h"
#include "services/jobmanager.h"
#include "services/latentservice.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/latentlab.h"
#include "widgets/latentlab/sliderspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMouseEvent>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace genlab;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void dragEventLoop(bench::Reporter &reporter)
{
    if (services::LatentService::shippedModels().isEmpty())
        throw std::runtime_error("the shipped latent models are missing (resources/models)");
    const engine::ThreadBudget budget = engine::planThreadBudget();
    services::JobManager::Options o;
    o.interactiveThreads = budget.interactive;
    o.trainingThreads = budget.training;
    o.ioThreads = budget.io;
    o.threadInit = [](services::Lane, int threads) { engine::configureWorkerThread(threads); };
    services::JobManager jobs(o);
    auto *service = new services::LatentService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::LatentLab(service);
    service->setParent(lab);
    lab->resize(1240, 820);
    lab->show();
    if (!waitFor([&] { return lab->isReady(); }, 120000))
        throw std::runtime_error("the latent lab did not get ready");
    lab->showTab(widgets::LatentLab::Tab::Sliders);
    waitFor([&] { return jobs.activeCount() == 0; }, 30000);
    QSlider *slider = lab->slidersPanel()->slider(0);

    // The drag: mouse moves on the slider handle every 8 ms (a 125 Hz mouse), sweeping back and forth.
    QStyleOptionSlider opt;
    opt.initFrom(slider);
    opt.orientation = Qt::Horizontal;
    opt.minimum = slider->minimum();
    opt.maximum = slider->maximum();
    opt.sliderPosition = slider->value();
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider);
    QPoint pos = handle.center();
    const int left = 8, right = slider->width() - 8;
    auto send = [&](QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(pos), slider->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(slider, &e);
    };
    send(QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton);
    int direction = 3;
    long moves = 0;
    QTimer mouse;
    mouse.setTimerType(Qt::PreciseTimer);
    mouse.setInterval(8);
    QObject::connect(&mouse, &QTimer::timeout, [&] {
        pos.rx() += direction;
        if (pos.x() >= right || pos.x() <= left)
            direction = -direction;
        send(QEvent::MouseMove, Qt::NoButton, Qt::LeftButton);
        ++moves;
    });

    constexpr int kIntervalMs = 4;
    constexpr int kDurationMs = 6000;
    const int requestedBefore = lab->state()->decodesRequested();
    const int shownBefore = lab->state()->decodesShown();
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kIntervalMs);
    QEventLoop loop;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - kIntervalMs));
        last = now;
        if (clock.elapsed() > kDurationMs)
            loop.quit();
    });
    mouse.start();
    probe.start();
    loop.exec();
    mouse.stop();
    send(QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton);
    waitFor([&] { return !lab->state()->isDecoding(); }, 10000);
    const int requested = lab->state()->decodesRequested() - requestedBefore;
    const int shown = lab->state()->decodesShown() - shownBefore;
    delete lab;
    jobs.shutdown(5000);

    std::vector<double> copy = lateness;
    bench::Result r;
    r.name = "latent.drag_eventloop.p99_ms";
    r.value = bench::percentile(copy, 99);
    r.unit = "ms";
    copy = lateness;
    r.extra["p50_ms"] = std::to_string(bench::percentile(copy, 50));
    r.extra["max_ms"] = std::to_string(*std::max_element(lateness.begin(), lateness.end()));
    r.extra["mouse_moves"] = std::to_string(moves);
    r.extra["decodes_requested"] = std::to_string(requested);
    r.extra["decodes_shown"] = std::to_string(shown);
    r.extra["frames_per_s"] = std::to_string(double(shown) / (kDurationMs / 1000.0));
    r.extra["samples"] = std::to_string(lateness.size());
    r.extra["model"] = "vae-digits-16d (shipped), real LatentLab + LatentService, offscreen";
    r.extra["threads_interactive"] = std::to_string(budget.interactive);
    reporter.report(r);
}

} // namespace

GENLAB_BENCHMARK("latent.drag_eventloop", dragEventLoop);

#endif
