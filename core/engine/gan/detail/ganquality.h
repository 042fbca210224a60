// Private to the gan module: the sample-quality figures trainImageGan() reports every evalEvery
// steps (ImageTrainOptions::classifierDir). Torch-free: it talks to the generator through
// ImageGan::sample() and to the classifier through engine/evaluate.
#pragma once

#include "engine/base/runcontext.h"
#include "engine/gan/imagegan.h"

#include <cstdint>
#include <memory>
#include <string>

namespace genlab::engine::gan::detail {

// Samples the generator with one fixed seed (the same noise at every evaluation, so the curves
// follow the model, not the draw), measures the samples against a reference prepared once per run
// (the held-out split of the training data set: held-out digits for "digits", every 10th image of
// any other set) and reports train::Metrics{evaluation = true} with classes_covered and
// classes_total (when the reference is labelled with the classifier's classes), mean_confidence,
// frechet_distance, precision, recall, duplicate_rate and quality_ms (what the evaluation took).
// The classifier and the reference are loaded at the first evaluation; when either cannot be
// used, one LogLine says why and training goes on without the figures.
// Thread: the training worker.
class QualityProbe
{
public:
    QualityProbe(const ImageTrainOptions &options, const ImageGanConfig &config);
    ~QualityProbe();

    // False without a classifier folder: the trainer leaves LoopHooks::evaluate empty.
    bool enabled() const { return !m_classifierDir.empty(); }
    void evaluate(const ImageGan &gan, std::int64_t step, const RunContext &ctx);

private:
    struct Loaded;
    bool load(std::int64_t step, const RunContext &ctx);

    std::string m_classifierDir;
    std::string m_dataset;
    ImageGanConfig m_config;
    int m_samples;
    bool m_failed = false;
    std::unique_ptr<Loaded> m_loaded;
};

} // namespace genlab::engine::gan::detail
