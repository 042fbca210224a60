// genlab-bench gan.eventloop: the GUI event loop while the GAN lab's 2-D game plays in the real lab
// (GanService on the lab's own lane, every view redrawn after each frame of steps), alone and while
// an image GAN (the DCGAN family on OpenCV's digits) trains on the training lane at the same time.
//   gan.eventloop.p99_ms   lateness of a 4 ms GUI timer, 99th percentile, toy and image GAN together
//                          (target < 16 ms); extra: the toy alone, and the toy's steps and redraws per second
// genlab-bench gan.live_tax: what watching costs. The same image-GAN run (conditional DCGAN on the
// digits, the lab's default options: previews, feature maps and quality figures included) trained
// through the GAN service headless (nobody draws) and from the lab's Train images page while it
// draws every curve, grid and map; rounds alternate, best of each.
//   gan.live_tax           steps/s with the lab open and drawing / steps/s headless (target >= 0.95)
#include "benchmark.h"
#include "latencyresult.h"

#ifdef GENLAB_WITH_WIDGETS

#include "engine/gan/imagegan.h"
#include "engine/runtime/compute.h"
#include "services/gan/ganservice.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "services/training.h"
#include "widgets/ganlab/ganlab.h"
#include "widgets/ganlab/gantrainpanel.h"

#include <QTabWidget>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <stdexcept>

using namespace genlab;

namespace {

struct Phase
{
    std::vector<double> lateness;
    qint64 steps = 0;
    int redraws = 0;
    double seconds = 0;
};

void ganEventLoop(bench::Reporter &reporter)
{
    services::JobManager jobs(services::studioJobOptions());
    auto *service = new services::GanService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::ganlab::GanLab(service);
    service->setParent(lab);
    lab->resize(1400, 860);
    lab->show();
    if (!bench::waitUntil([&] { return lab->isReady(); }, 60000))
        throw std::runtime_error("the GAN lab did not get ready");
    int redraws = 0;
    QObject::connect(lab, &widgets::ganlab::GanLab::updated, [&] { ++redraws; });

    auto play = [&](int durationMs) {
        Phase phase;
        const qint64 stepsBefore = lab->stepCount();
        const int redrawsBefore = redraws;
        lab->play();
        bench::waitUntil([&] { return lab->stepCount() > stepsBefore + 20; }, 20000); // warm
        const qint64 from = lab->stepCount();
        const int redrawFrom = redraws;
        QElapsedTimer t;
        t.start();
        phase.lateness = bench::measureEventLoopLateness(durationMs);
        phase.seconds = double(t.elapsed()) / 1000.0;
        phase.steps = lab->stepCount() - from;
        phase.redraws = redraws - redrawFrom;
        lab->pause();
        bench::waitUntil([&] { return jobs.activeCount() == 0 || !lab->isPlaying(); }, 10000);
        (void)redrawsBefore;
        return phase;
    };
    const Phase alone = play(5000);

    // An image GAN training on the training lane meanwhile, as a class would train one while the
    // toy plays on the projector.
    QTemporaryDir scratch;
    std::atomic<long> imageSteps{0};
    services::Job *training = services::submitTraining(&jobs, QStringLiteral("bench image GAN"), [&](const engine::RunContext &ctx) {
        engine::gan::ImageGanConfig c;
        c.conditional = true;
        auto gan = engine::gan::ImageGan::create(c, 1);
        engine::gan::ImageTrainOptions t;
        t.steps = 1000000;
        t.previewEvery = 50;
        t.checkpointEvery = 0;
        t.outDir = scratch.filePath(QStringLiteral("gan")).toStdString();
        engine::RunContext inner = ctx;
        inner.onPartial = [&, forward = ctx.onPartial](engine::Partial &&p) {
            ++imageSteps;
            if (forward)
                forward(std::move(p));
        };
        engine::gan::trainImageGan(gan, t, inner);
        return QVariant();
    });
    bench::waitUntil([&] { return imageSteps > 5; }, 60000);
    const long imageBefore = imageSteps;
    const Phase together = play(5000);
    const long imageDuring = imageSteps - imageBefore;
    training->cancel();
    bench::waitUntil([&] { return training->isFinished(); }, 30000);
    delete lab;
    jobs.shutdown(5000);

    bench::Result r = bench::latencyResult("gan.eventloop.p99_ms", together.lateness, 99);
    r.extra["toy_steps_per_s"] = std::to_string(double(together.steps) / together.seconds);
    r.extra["toy_redraws_per_s"] = std::to_string(double(together.redraws) / together.seconds);
    r.extra["image_gan_events_during"] = std::to_string(imageDuring);
    std::vector<double> copy = alone.lateness;
    r.extra["toy_alone_p99_ms"] = std::to_string(copy.empty() ? 0.0 : bench::percentile(copy, 99));
    r.extra["toy_alone_steps_per_s"] = std::to_string(double(alone.steps) / alone.seconds);
    r.extra["toy_alone_redraws_per_s"] = std::to_string(double(alone.redraws) / alone.seconds);
    r.extra["target_ms"] = "< 16";
    r.extra["load"] = "the real GanLab playing the default preset (views redrawn every frame) + a conditional DCGAN "
                      "training on digits on the training lane";
    reporter.report(r);
}

constexpr int kTaxSteps = 160;
constexpr int kTaxRounds = 2;

// The engine's own steps/s of a finished run (the time in the trainer's loop, not the job's start).
double stepsPerSecond(services::Job *job)
{
    if (!bench::waitUntil([&] { return job->isFinished(); }, 600000))
        throw std::runtime_error("a gan.live_tax run did not finish in 10 minutes");
    if (job->state() != services::JobState::Succeeded)
        throw std::runtime_error("a gan.live_tax run failed: " + job->message().toStdString());
    return job->resultAs<services::GanTrainResult>().stepsPerSecond;
}

void ganLiveTax(bench::Reporter &reporter)
{
    services::JobManager jobs(services::studioJobOptions());
    auto *service = new services::GanService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::ganlab::GanLab(service);
    service->setParent(lab);
    lab->resize(1400, 860);
    lab->show();
    if (!bench::waitUntil([&] { return lab->isReady(); }, 60000))
        throw std::runtime_error("the GAN lab did not get ready");
    lab->pause(); // the 2-D game stays still: only the image GAN's views draw
    widgets::ganlab::GanTrainPanel *panel = lab->trainPanel();
    lab->tabs()->setCurrentWidget(panel);
    QTemporaryDir scratch;

    services::GanTrainRequest base = panel->request(); // the page's defaults: what a student starts with
    base.options.steps = kTaxSteps;
    base.options.checkpointEvery = 0;
    base.options.previewEvery = 20; // eight sample grids and feature maps drawn during the run, not one
    base.options.evalEvery = 80;    // quality figures inside the run, as a long default run has every 250 steps
    base.options.resume = engine::train::Resume::Never;
    std::vector<double> live, headless;
    int run = 0;
    for (int round = 0; round < kTaxRounds; ++round) {
        services::GanTrainRequest r = base;
        r.options.outDir = scratch.filePath(QStringLiteral("headless-%1").arg(run++)).toStdString();
        headless.push_back(stepsPerSecond(service->trainImage(r)));

        r.options.outDir = scratch.filePath(QStringLiteral("live-%1").arg(run++)).toStdString();
        panel->setRequest(r);
        if (!panel->start())
            throw std::runtime_error("the Train images page did not start: " + panel->statusText().toStdString());
        live.push_back(stepsPerSecond(panel->job()));
        QCoreApplication::processEvents(); // the last previews drawn before the next round
    }
    delete lab;
    jobs.shutdown(5000);

    const double bestLive = *std::max_element(live.begin(), live.end());
    const double bestHeadless = *std::max_element(headless.begin(), headless.end());
    bench::Result r;
    r.name = "gan.live_tax";
    r.value = bestHeadless > 0 ? bestLive / bestHeadless : 0.0;
    r.unit = "ratio";
    r.extra["live_steps_per_s"] = std::to_string(bestLive);
    r.extra["headless_steps_per_s"] = std::to_string(bestHeadless);
    std::string rounds;
    for (std::size_t i = 0; i < live.size(); ++i)
        rounds += (i ? ", " : "") + std::to_string(headless[i]) + " / " + std::to_string(live[i]);
    r.extra["rounds_headless_live"] = rounds;
    r.extra["steps"] = std::to_string(kTaxSteps);
    r.extra["model"] = engine::gan::ImageGanConfig(base.config).describe() + ", batch " + std::to_string(base.options.batchSize) +
                       ", samples and feature map every " + std::to_string(base.options.previewEvery) + " steps, quality every 80" +
                       (base.options.classifierDir.empty() ? " (no classifier found)" : "");
    r.extra["target"] = ">= 0.95";
    reporter.report(r);
}

} // namespace

GENLAB_BENCHMARK("gan.eventloop", ganEventLoop);
GENLAB_BENCHMARK("gan.live_tax", ganLiveTax);

#endif
