#include "engine/gan/detail/ganquality.h"

#include "engine/data/registry.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/train/events.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace genlab::engine::gan::detail {

namespace ev = engine::evaluate;

namespace {

// One noise for every evaluation of a run.
constexpr std::uint64_t kQualityNoiseSeed = 20240602;
// A larger reference sharpens the figures little and costs a classifier pass and a larger k-NN
// graph at every evaluation (its features are computed once, its k-NN radii at each call).
constexpr std::size_t kMaxReferenceImages = 1000;
constexpr int kMinSamples = 20;
constexpr int kMaxSamples = 5000;

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

struct QualityProbe::Loaded
{
    ev::DigitClassifier classifier;
    ev::PreparedReference reference;
};

QualityProbe::QualityProbe(const ImageTrainOptions &options, const ImageGanConfig &config)
    : m_classifierDir(options.classifierDir), m_dataset(options.dataset), m_config(config),
      m_samples(std::clamp(options.qualitySamples, kMinSamples, kMaxSamples))
{
}

QualityProbe::~QualityProbe() = default;

bool QualityProbe::load(std::int64_t step, const RunContext &ctx)
{
    if (m_loaded)
        return true;
    if (m_failed)
        return false;
    const auto start = std::chrono::steady_clock::now();
    try {
        ev::DigitClassifier classifier = ev::DigitClassifier::load(m_classifierDir);
        ev::ImageSet set = ev::openImageSet(m_dataset, ev::Part::HeldOut, m_config.imageSize, m_config.channels, ctx);
        if (set.images.size() > kMaxReferenceImages) {
            // Evenly spaced, so every class of an ordered set stays in.
            ev::ImageSet kept;
            kept.classNames = set.classNames;
            const double stride = double(set.images.size()) / double(kMaxReferenceImages);
            for (std::size_t i = 0; i < kMaxReferenceImages; ++i) {
                const std::size_t at = std::size_t(double(i) * stride);
                kept.images.push_back(std::move(set.images[at]));
                if (!set.labels.empty())
                    kept.labels.push_back(set.labels[at]);
            }
            kept.description = m_dataset + ", held-out split (" + std::to_string(kept.images.size()) + " images)";
            set = std::move(kept);
        }
        ev::PreparedReference reference = ev::prepareReference(classifier, set);
        m_loaded = std::make_unique<Loaded>(Loaded{std::move(classifier), std::move(reference)});
    } catch (const Canceled &) {
        throw;
    } catch (const std::exception &e) {
        // The run is worth more than its figures: say why they are missing and go on.
        m_failed = true;
        train::report(ctx, train::LogLine{step, std::string("sample quality is not measured: ") + e.what()});
        return false;
    }
    char line[200];
    std::snprintf(line, sizeof line, "sample quality: %d samples against %s (prepared in %.0f ms)", m_samples,
                  m_loaded->reference.description.c_str(), millisecondsSince(start));
    train::report(ctx, train::LogLine{step, line});
    return true;
}

void QualityProbe::evaluate(const ImageGan &gan, std::int64_t step, const RunContext &ctx)
{
    if (!enabled() || !load(step, ctx))
        return;
    const auto start = std::chrono::steady_clock::now();
    const std::vector<Image> samples = gan.sample(m_samples, kQualityNoiseSeed);
    ev::SampleQuality q;
    try {
        q = ev::evaluateSamples(m_loaded->classifier, samples, m_loaded->reference);
    } catch (const std::invalid_argument &e) {
        m_failed = true;
        m_loaded.reset();
        train::report(ctx, train::LogLine{step, std::string("sample quality is not measured: ") + e.what()});
        return;
    }
    train::Metrics m;
    m.step = step;
    m.evaluation = true;
    if (q.classes) {
        m.scalars.emplace_back("classes_covered", double(q.classes->covered));
        m.scalars.emplace_back("classes_total", double(q.classesTotal));
    }
    m.scalars.emplace_back("mean_confidence", q.meanConfidence);
    m.scalars.emplace_back("frechet_distance", q.frechetDistance);
    m.scalars.emplace_back("precision", q.precisionRecall.precision);
    m.scalars.emplace_back("recall", q.precisionRecall.recall);
    m.scalars.emplace_back("duplicate_rate", q.duplicates.rate);
    m.scalars.emplace_back("quality_ms", millisecondsSince(start));
    train::report(ctx, m);
}

} // namespace genlab::engine::gan::detail
