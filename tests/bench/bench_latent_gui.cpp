// genlab-bench latent.drag_eventloop: the GUI event loop while a latent slider is dragged
// continuously through the real latent lab and LatentService (shipped 16-D model), each move
// decoding on the interactive lane with latest wins.
//   latent.drag_eventloop.p99_ms   lateness of a 4 ms GUI timer, 99th percentile (target < 16 ms);
//                                  extra: the same while the lab trains a VAE on the training lane
#include "benchmark.h"
#include "latencyresult.h"

#ifdef GENLAB_WITH_WIDGETS

#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "services/latent/latentservice.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/latentlab.h"
#include "widgets/latentlab/sliderspanel.h"
#include "widgets/latentlab/trainingpanel.h"
#include "services/job.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace genlab;

namespace {

void dragEventLoop(bench::Reporter &reporter)
{
    if (services::LatentService::shippedModels().isEmpty())
        throw std::runtime_error("the shipped latent models are missing (resources/models)");
    const engine::ThreadBudget budget = engine::planThreadBudget();
    services::JobManager::Options o = services::studioJobOptions(budget);
    services::JobManager jobs(o);
    auto *service = new services::LatentService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::LatentLab(service);
    service->setParent(lab);
    lab->resize(1240, 820);
    lab->show();
    if (!bench::waitUntil([&] { return lab->isReady(); }, 120000))
        throw std::runtime_error("the latent lab did not get ready");
    lab->showTab(widgets::LatentLab::Tab::Sliders);
    bench::waitUntil([&] { return jobs.activeCount() == 0; }, 30000);
    QSlider *slider = lab->slidersPanel()->slider(0);

    // The drag: mouse moves on the slider handle every 8 ms (a 125 Hz mouse), sweeping back and forth.
    auto handleCentre = [slider] {
        QStyleOptionSlider opt;
        opt.initFrom(slider);
        opt.orientation = Qt::Horizontal;
        opt.minimum = slider->minimum();
        opt.maximum = slider->maximum();
        opt.sliderPosition = slider->sliderPosition();
        opt.sliderValue = slider->value();
        return slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider).center();
    };
    QPoint pos = handleCentre();
    const int left = 8, right = slider->width() - 8;
    auto send = [&](QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent e(type, QPointF(pos), slider->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(slider, &e);
    };
    struct Phase
    {
        std::vector<double> lateness;
        long moves = 0;
        int requested = 0;
        int shown = 0;
    };
    auto drag = [&]() {
        Phase phase;
        pos = handleCentre(); // where the last drag left it
        send(QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton);
        int direction = 3;
        QTimer mouse;
        mouse.setTimerType(Qt::PreciseTimer);
        mouse.setInterval(8);
        QObject::connect(&mouse, &QTimer::timeout, [&] {
            pos.rx() += direction;
            if (pos.x() >= right || pos.x() <= left)
                direction = -direction;
            send(QEvent::MouseMove, Qt::NoButton, Qt::LeftButton);
            ++phase.moves;
        });
        const int requestedBefore = lab->state()->decodesRequested();
        const int shownBefore = lab->state()->decodesShown();
        mouse.start();
        phase.lateness = bench::measureEventLoopLateness(6000);
        mouse.stop();
        send(QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton);
        bench::waitUntil([&] { return !lab->state()->isDecoding(); }, 10000);
        phase.requested = lab->state()->decodesRequested() - requestedBefore;
        phase.shown = lab->state()->decodesShown() - shownBefore;
        return phase;
    };
    const Phase alone = drag();

    // Again while the lab trains a VAE on the training lane (as in class: steer while it learns).
    QTemporaryDir scratch;
    services::LatentTrainRequest train;
    train.options.dataset = "digits";
    train.options.steps = 1000000;
    train.options.previewEvery = 50;
    train.options.checkpointEvery = 0;
    train.options.outDir = scratch.filePath(QStringLiteral("bench-vae")).toStdString();
    lab->trainingPanel()->setRequest(train);
    lab->trainingPanel()->start();
    int trainingSteps = 0;
    QObject::connect(lab->trainingPanel()->job(), &services::Job::partialResult, [&](const engine::Partial &p) {
        trainingSteps += engine::train::Metrics::decode(p) ? 1 : 0;
    });
    bench::waitUntil([&] { return trainingSteps > 5; }, 60000);
    const Phase training = drag();
    if (services::Job *job = lab->trainingPanel()->job())
        job->cancel();
    bench::waitUntil([&] { return !lab->trainingPanel()->isRunning(); }, 30000);
    delete lab;
    jobs.shutdown(5000);

    bench::Result r = bench::latencyResult("latent.drag_eventloop.p99_ms", alone.lateness, 99);
    r.extra["mouse_moves"] = std::to_string(alone.moves);
    r.extra["decodes_requested"] = std::to_string(alone.requested);
    r.extra["decodes_shown"] = std::to_string(alone.shown);
    r.extra["samples"] = std::to_string(alone.lateness.size());
    std::vector<double> copy = training.lateness;
    r.extra["while_training_p99_ms"] = std::to_string(copy.empty() ? 0.0 : bench::percentile(copy, 99));
    r.extra["while_training_decodes_shown"] = std::to_string(training.shown) + " of " + std::to_string(training.requested);
    r.extra["while_training_steps"] = std::to_string(trainingSteps);
    r.extra["model"] = "vae-digits-16d (shipped), real LatentLab + LatentService, offscreen";
    r.extra["threads_interactive"] = std::to_string(budget.interactive);
    r.extra["threads_training"] = std::to_string(budget.training);
    reporter.report(r);
}

} // namespace

GENLAB_BENCHMARK("latent.drag_eventloop", dragEventLoop);

#endif
