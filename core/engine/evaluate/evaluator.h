#pragma once
// Sample quality and mode collapse, measured: what the GAN and Diffusion labs (and `genlab
// evaluate`) report for a set of generated images against a reference set of real ones, in the
// digit classifier's feature space.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/metrics.h"
#include "engine/evaluate/reference.h"

#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::evaluate {

struct EvaluationOptions
{
    int k = 3;                      // precision/recall: the k of the k-NN radii [3]
    int minClassCount = 0;          // coverage threshold; < 1: defaultMinClassCount [0]
    double duplicateFraction = 0.1; // near duplicates: fraction of the reference's median NN distance [0.1]
};

// A reference set as the classifier sees it, computed once and reused for many evaluations
// (the GAN lab evaluates every few hundred steps against the same held-out digits).
struct PreparedReference
{
    std::string description;
    FeatureSet features;
    GaussianStats stats;
    std::vector<int> labels;              // empty when unlabelled
    std::vector<std::string> classNames;  // empty when the labels are not the classifier's classes
    std::vector<int> labelHistogram;      // per class, when labelled
    std::vector<std::string> notes;       // conversions made
};

struct SampleQuality
{
    int count = 0;
    std::string reference;         // its description
    int referenceCount = 0;
    // Class figures: present when the reference is labelled with the classifier's classes.
    std::optional<ClassFigures> classes;
    int classesTotal = 0;
    std::vector<std::string> classNames;
    std::vector<double> referenceHistogram; // fraction of the reference per class
    double histogramDistance = -1;          // total variation between the two histograms (0..1)
    double frechetDistance = 0;
    PrecisionRecall precisionRecall;
    int k = 3;
    DuplicateRate duplicates;
    // Classifier-based figures that need no labels (also given for unlabelled references).
    double meanConfidence = 0;
    double inceptionScore = 0;
    std::vector<std::string> notes; // conversions, omitted figures, ...
};

// Brings images to the classifier's size and colour the way the data module's ResizedDataset does
// (gray by ITU-R BT.601 luma, alpha over white, area averaging when shrinking). *converted gets how
// many needed it.
std::vector<Image> toClassifierInput(const std::vector<Image> &images, const ClassifierConfig &config,
                                     int *converted = nullptr, std::string *note = nullptr);

// Throws std::invalid_argument for a reference of fewer than k + 1 images.
PreparedReference prepareReference(const DigitClassifier &classifier, const ImageSet &reference);

// Throws std::invalid_argument for fewer than k + 1 generated images or a bad option.
SampleQuality evaluateSamples(const DigitClassifier &classifier, const std::vector<Image> &generated,
                              const PreparedReference &reference, const EvaluationOptions &options = {},
                              const RunContext &ctx = {});

// One line per figure, for people (the CLI prints it).
std::string describe(const SampleQuality &quality);

} // namespace genlab::engine::evaluate
