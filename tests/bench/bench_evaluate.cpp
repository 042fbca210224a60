// genlab-bench gan.evaluate: the sample-quality evaluator the GAN and Diffusion labs share.
//   gan.evaluate_ms   1,000 samples measured against the default reference (the 500 held-out
//                     digits, prepared once, as the labs reuse it between evaluations): classify,
//                     class figures, Fréchet distance, precision/recall (k = 3), near duplicates
// The samples are 1,000 real digits of the training split (every 4th: all ten classes); the
// shipped classifier-digits measures them.
#include "benchmark.h"

#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/runtime/compute.h"

#include <algorithm>
#include <chrono>
#include <string>

using namespace genlab::engine;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void evaluateBench(genlab::bench::Reporter &r)
{
    const ThreadBudget budget = planThreadBudget();
    configureWorkerThread(budget.cli);
    genlab::bench::Result res;
    res.name = "gan.evaluate_ms";
    res.unit = "ms";
    evaluate::ImageSet training, heldOut;
    try {
        training = evaluate::openImageSet("digits", evaluate::Part::Training, 28, 1);
        heldOut = evaluate::openImageSet("digits", evaluate::Part::HeldOut, 28, 1);
    } catch (const std::exception &e) {
        res.note = std::string("not measured: ") + e.what();
        r.report(res);
        return;
    }
    const auto classifier = evaluate::DigitClassifier::load(GENLAB_SOURCE_DIR "/resources/models/classifier-digits");
    // Every 4th training image: all ten digits (the data set is sorted by class).
    std::vector<Image> samples;
    for (std::size_t i = 0; samples.size() < 1000 && i < training.images.size(); i += 4)
        samples.push_back(training.images[i]);

    auto t0 = Clock::now();
    const evaluate::PreparedReference reference = evaluate::prepareReference(classifier, heldOut);
    const double prepareMs = msSince(t0);
    (void)evaluate::evaluateSamples(classifier, samples, reference); // warm-up
    std::vector<double> ms;
    evaluate::SampleQuality q;
    // Where the time goes, from the stages the evaluator reports (the last repetition's).
    std::vector<std::pair<std::string, Clock::time_point>> stages;
    RunContext ctx;
    ctx.onProgress = [&](double, std::string_view stage) { stages.emplace_back(std::string(stage), Clock::now()); };
    for (int i = 0; i < 5; ++i) {
        stages.clear();
        t0 = Clock::now();
        q = evaluate::evaluateSamples(classifier, samples, reference, {}, ctx);
        ms.push_back(msSince(t0));
    }
    for (std::size_t i = 0; i + 1 < stages.size(); ++i) {
        std::string key = stages[i].first;
        for (auto &ch : key)
            if (ch == ' ')
                ch = '_';
        if (key.rfind("Fr", 0) == 0)
            key = "frechet_distance";
        res.extra["stage_" + key + "_ms"] =
            std::to_string(std::chrono::duration<double, std::milli>(stages[i + 1].second - stages[i].second).count());
    }
    std::vector<double> copy = ms;
    res.value = genlab::bench::percentile(ms, 50);
    res.extra["min_ms"] = std::to_string(*std::min_element(copy.begin(), copy.end()));
    res.extra["reference_prepare_ms"] = std::to_string(prepareMs);
    res.extra["samples"] = "1000";
    res.extra["reference"] = reference.description;
    res.extra["threads"] = std::to_string(budget.cli);
    res.extra["repetitions"] = "5";
    res.extra["precision"] = std::to_string(q.precisionRecall.precision);
    res.extra["recall"] = std::to_string(q.precisionRecall.recall);
    res.extra["frechet_distance"] = std::to_string(q.frechetDistance);
    r.report(res);
}

} // namespace

GENLAB_BENCHMARK("gan.evaluate", evaluateBench);
