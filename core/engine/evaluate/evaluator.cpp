#include "engine/evaluate/evaluator.h"

#include "engine/imaging/decode.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::evaluate {

namespace {

FeatureSet featuresOf(const ClassifierOutput &out)
{
    FeatureSet f;
    f.count = out.count;
    f.dim = out.featureDim;
    f.values = out.features;
    return f;
}

std::string fixed(double v, int digits)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// Reference labels are usable when the reference's classes are the classifier's (by name; a
// classifier without names takes the indices "0", "1", ...).
bool sameClasses(const std::vector<std::string> &reference, const ClassifierConfig &config)
{
    if (int(reference.size()) != config.classCount)
        return false;
    for (int c = 0; c < config.classCount; ++c) {
        const std::string mine = config.classNames.empty() ? std::to_string(c) : config.classNames[std::size_t(c)];
        if (reference[std::size_t(c)] != mine)
            return false;
    }
    return true;
}

} // namespace

std::vector<Image> toClassifierInput(const std::vector<Image> &images, const ClassifierConfig &config, int *converted,
                                     std::string *note)
{
    std::vector<Image> out;
    out.reserve(images.size());
    int n = 0;
    std::map<std::string, int> kinds;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Image &img = images[i];
        if (img.empty() || img.pixels.size() != std::size_t(img.width) * img.height * img.channels)
            throw std::invalid_argument("generated image " + std::to_string(i) + " is empty or malformed");
        if (img.width == config.imageSize && img.height == config.imageSize && img.channels == config.channels) {
            out.push_back(img);
            continue;
        }
        ++n;
        ++kinds[std::to_string(img.width) + "x" + std::to_string(img.height) + "x" + std::to_string(img.channels)];
        // As ResizedDataset (ResizeMode::Stretch) brings a data set to a model's size.
        Image c = img.channels == config.channels
                      ? img
                      : imaging::convertImage(img, config.channels == 1 ? imaging::ColorMode::Gray : imaging::ColorMode::Rgb);
        if (c.width != config.imageSize || c.height != config.imageSize)
            c = imaging::resizeImage(c, config.imageSize, config.imageSize);
        out.push_back(std::move(c));
    }
    if (converted)
        *converted = n;
    if (note) {
        note->clear();
        if (n > 0) {
            std::string from;
            for (const auto &[k, count] : kinds)
                from += (from.empty() ? "" : ", ") + std::to_string(count) + " of " + k;
            *note = std::to_string(n) + " of " + std::to_string(images.size()) + " images converted to " +
                    std::to_string(config.imageSize) + "x" + std::to_string(config.imageSize) +
                    (config.channels == 1 ? " grey" : " colour") + " (" + from +
                    "; grey by luma, alpha over white, area-averaged resize, as the data sets are)";
        }
    }
    return out;
}

PreparedReference prepareReference(const DigitClassifier &classifier, const ImageSet &reference)
{
    const ClassifierConfig &config = classifier.config();
    PreparedReference r;
    r.description = reference.description;
    int converted = 0;
    std::string note;
    const auto images = toClassifierInput(reference.images, config, &converted, &note);
    if (!note.empty())
        r.notes.push_back("reference: " + note);
    if (images.size() < 4)
        throw std::invalid_argument("the reference " + reference.description + " has " + std::to_string(images.size()) +
                                    " images; at least 4 are needed");
    const ClassifierOutput out = classifier.classify(images);
    r.features = featuresOf(out);
    r.stats = gaussianOf(r.features);
    if (reference.labelled() && sameClasses(reference.classNames, config)) {
        r.labels = reference.labels;
        r.classNames = reference.classNames;
        r.labelHistogram.assign(std::size_t(config.classCount), 0);
        for (int l : r.labels)
            if (l >= 0 && l < config.classCount)
                ++r.labelHistogram[std::size_t(l)];
    } else if (reference.labelled()) {
        r.notes.push_back("the reference's classes are not the classifier's: class figures omitted");
    } else {
        r.notes.push_back("the reference is unlabelled: class figures omitted");
    }
    return r;
}

SampleQuality evaluateSamples(const DigitClassifier &classifier, const std::vector<Image> &generated,
                              const PreparedReference &reference, const EvaluationOptions &options,
                              const RunContext &ctx)
{
    if (options.k < 1 || options.k > 100)
        throw std::invalid_argument("k must be 1..100 (got " + std::to_string(options.k) + ")");
    if (!(options.duplicateFraction > 0) || options.duplicateFraction > 10)
        throw std::invalid_argument("the duplicate threshold fraction must be in (0, 10]");
    if (int(generated.size()) <= options.k)
        throw std::invalid_argument("evaluating needs more than " + std::to_string(options.k) + " generated images (got " +
                                    std::to_string(generated.size()) + ")");
    if (reference.features.count <= options.k)
        throw std::invalid_argument("the reference needs more than " + std::to_string(options.k) + " images");
    const ClassifierConfig &config = classifier.config();
    SampleQuality q;
    q.count = int(generated.size());
    q.reference = reference.description;
    q.referenceCount = reference.features.count;
    q.k = options.k;
    q.notes = reference.notes;

    ctx.progress(0.0, "classifying");
    std::string note;
    const auto images = toClassifierInput(generated, config, nullptr, &note);
    if (!note.empty())
        q.notes.push_back(note);
    const ClassifierOutput out = classifier.classify(images);
    ctx.checkpoint();
    const FeatureSet features = featuresOf(out);

    const ClassFigures figures = classFigures(out.probabilities, out.count, out.classCount, options.minClassCount);
    q.meanConfidence = figures.meanConfidence;
    q.inceptionScore = figures.inceptionScore;
    if (!reference.labelHistogram.empty()) {
        q.classes = figures;
        q.classesTotal = config.classCount;
        q.classNames = reference.classNames;
        const double refTotal = double(reference.labels.size());
        double tv = 0;
        for (int c = 0; c < config.classCount; ++c) {
            const double ref = reference.labelHistogram[std::size_t(c)] / refTotal;
            q.referenceHistogram.push_back(ref);
            tv += std::abs(ref - double(figures.histogram[std::size_t(c)]) / q.count);
        }
        q.histogramDistance = 0.5 * tv;
    }

    ctx.progress(0.3, "Fréchet distance");
    q.frechetDistance = frechetDistance(gaussianOf(features), reference.stats);
    ctx.checkpoint();
    ctx.progress(0.5, "precision and recall");
    q.precisionRecall = precisionRecall(reference.features, features, options.k);
    ctx.checkpoint();
    ctx.progress(0.8, "near duplicates");
    q.duplicates = duplicateRate(features, reference.features, options.duplicateFraction);
    ctx.progress(1.0, "done");
    return q;
}

std::string describe(const SampleQuality &q)
{
    std::ostringstream s;
    s << q.count << " samples against " << q.reference << "\n";
    if (q.classes) {
        s << "classes covered:  " << q.classes->covered << " of " << q.classesTotal << " (a class counts with at least "
          << q.classes->minCount << " samples)\n";
        s << "class histogram: ";
        for (std::size_t c = 0; c < q.classes->histogram.size(); ++c)
            s << " " << (c < q.classNames.size() ? q.classNames[c] : std::to_string(c)) << ":" << q.classes->histogram[c];
        s << "\n";
        s << "histogram distance to the reference's: " << fixed(q.histogramDistance, 3) << " (total variation)\n";
    }
    s << "mean confidence:  " << fixed(q.meanConfidence, 3) << "\n";
    s << "inception score:  " << fixed(q.inceptionScore, 2) << "\n";
    s << "Fréchet distance: " << fixed(q.frechetDistance, 3) << " (classifier features)\n";
    s << "precision:        " << fixed(q.precisionRecall.precision, 3) << " (k = " << q.k << ")\n";
    s << "recall:           " << fixed(q.precisionRecall.recall, 3) << "\n";
    s << "duplicate rate:   " << fixed(q.duplicates.rate, 3) << " (nearest sample closer than "
      << fixed(q.duplicates.threshold, 3) << ")\n";
    for (const auto &n : q.notes)
        s << "note: " << n << "\n";
    return s.str();
}

} // namespace genlab::engine::evaluate
