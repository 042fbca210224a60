// genlab-bench text.stream_eventloop: the GUI event loop while the real Text lab streams a long
// generation from the shipped model (thousands of tokens, each drawn as a coloured cell, the
// surprise timeline and the tree updated as they come).
//   text.stream_eventloop.p99_ms   lateness of a 4 ms GUI timer, 99th percentile (target < 16 ms)
#include "benchmark.h"
#include "latencyresult.h"

#ifdef GENLAB_WITH_WIDGETS

#include "engine/runtime/compute.h"
#include "services/jobmanager.h"
#include "services/studiojobs.h"
#include "services/resourcepaths.h"
#include "services/text/textservice.h"
#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/generationtree.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/textlab.h"
#include "widgets/textlab/surprisetimeline.h"
#include "widgets/components/qcustomplot_include.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <stdexcept>

using namespace genlab;

namespace {

void streamEventLoop(bench::Reporter &reporter)
{
    if (services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel)).isEmpty())
        throw std::runtime_error("the shipped language model is missing (resources/models)");
    const engine::ThreadBudget budget = engine::planThreadBudget();
    services::JobManager::Options o = services::studioJobOptions(budget);
    services::JobManager jobs(o);
    auto *service = new services::TextService(&jobs, engine::resolveDevice({}));
    auto *lab = new widgets::textlab::TextLab(service);
    service->setParent(lab);
    lab->resize(1240, 820);
    lab->show();
    if (!bench::waitUntil([&] { return lab->isReady(); }, 120000))
        throw std::runtime_error("the text lab did not get ready");
    widgets::textlab::GeneratePage *page = lab->generatePage();
    bench::waitUntil([&] { return !page->isBusy(); }, 60000);

    engine::gpt::SamplingSettings settings = page->promptPanel()->settings();
    settings.maxTokens = 4096; // the most the lab offers: the context window slides many times
    settings.seed = 3;
    page->promptPanel()->setSettings(settings);

    // The surprise timeline's redraws: how often and how long (they were the cost of streaming).
    QElapsedTimer replotClock;
    double replotMs = 0;
    int replots = 0;
    QObject::connect(page->timeline()->plot(), &QCustomPlot::beforeReplot, [&] { replotClock.start(); });
    QObject::connect(page->timeline()->plot(), &QCustomPlot::afterReplot, [&] {
        replotMs += replotClock.nsecsElapsed() / 1e6;
        ++replots;
    });
    // Generations back to back for 8 s; the measurement ends with the last one.
    constexpr int kDurationMs = 8000;
    int generations = 0;
    long tokens = 0;
    QElapsedTimer clock;
    clock.start();
    const std::vector<double> lateness = bench::measureEventLoopLateness(60000, [&] {
        if (page->isBusy())
            return false;
        const int current = page->tree()->current();
        if (generations > 0 && current >= 0)
            tokens += long(page->tree()->branch(current).tokens.size());
        if (clock.elapsed() > kDurationMs)
            return true;
        generations += page->generate() ? 1 : 0;
        return false;
    });
    delete lab;
    jobs.shutdown(5000);
    if (lateness.empty() || tokens == 0)
        throw std::runtime_error("no tokens were streamed");

    bench::Result r = bench::latencyResult("text.stream_eventloop.p99_ms", lateness, 99);
    r.extra["samples"] = std::to_string(lateness.size());
    r.extra["timeline_replots"] = std::to_string(replots);
    r.extra["timeline_replot_ms_total"] = std::to_string(replotMs);
    r.extra["generations"] = std::to_string(generations);
    r.extra["tokens_streamed"] = std::to_string(tokens);
    r.extra["tokens_per_generation"] = "up to 4096 (shipped model, context 128, sliding)";
    r.extra["model"] = "lm-shakespeare-bpe (shipped), real TextLab + TextService, offscreen";
    r.extra["threads_interactive"] = std::to_string(budget.interactive);
    reporter.report(r);
}

} // namespace

GENLAB_BENCHMARK("text.stream_eventloop", streamEventLoop);

#endif
