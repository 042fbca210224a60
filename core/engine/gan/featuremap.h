#pragma once
// GAN Lab's views lifted to images: real and fake samples as points in a fixed 2-D projection of
// the digit classifier's features, coloured by D's score, each fake with the arrow along which
// G's gradient pushes it. FeatureMapPreview is the training event (one per preview step);
// FeatureMapper computes it. Plain types only: the torch work is in featuremap.cpp.

#include "engine/base/image.h"
#include "engine/base/partial.h"
#include "engine/evaluate/classifier.h"
#include "engine/gan/imagegan.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genlab::engine::gan {

// One sample on the map.
//   x, y          its position: the classifier's features projected on the map's two axes
//   fake          G's image (else a real one from the data set)
//   score         D's score of the image: a probability (sigmoid of the logit) for the logistic
//                 losses, D's raw output for least squares and hinge (FeatureMapPreview says which)
//   label         the class it is known to be: a real image's label, the class a conditional G
//                 was asked for; -1 when none
//   predicted     the classifier's class for it, and its confidence (0..1)
//   dx, dy        fakes only: where one step along -dL_G/dx (G's loss through D, the gradient
//                 normalised to an RMS of 1 per image, times the mapper's stepSize) moves the point
//                 on the map; in map units, unscaled (views scale them for display)
//   scoreAfter    fakes only: D's score of the image after that step (> score when the step helps G)
//   image         the image itself, at the GAN's size
struct FeatureMapPoint
{
    float x = 0;
    float y = 0;
    bool fake = false;
    float score = 0;
    int label = -1;
    int predicted = -1;
    float confidence = 0;
    float dx = 0;
    float dy = 0;
    float scoreAfter = 0;
    Image image;
};

// The map at one step: a training event like those of engine/train/events.h.
struct FeatureMapPreview
{
    static constexpr std::string_view kKind = "gan.featuremap";
    std::int64_t step = 0;
    std::string axes;                 // "classifier features, PCA fitted on 256 real images of digits"
    bool scoreIsProbability = true;   // false: D's raw output (least squares, hinge)
    std::vector<std::string> classNames; // the classifier's; empty: the indices
    std::vector<FeatureMapPoint> points; // the real ones first, then the fakes

    Partial encode() const;
    static std::optional<FeatureMapPreview> decode(const Partial &partial);
};

// How a map is drawn. Defaults in brackets.
struct FeatureMapOptions
{
    int realPoints = 64;      // real images shown (the first of those given) [64]
    int fakePoints = 64;      // fakes shown, from a fixed noise (the same fakes move from step to step) [64]
    double stepSize = 0.25;   // the arrow's step in the GAN's [-1, 1] pixel units, at an RMS of 1 [0.25]
    std::uint64_t noiseSeed = 20240602;
};

// Fits the projection once, on real images, and then maps a GAN at any step onto it. The axes
// are the two leading principal components of the classifier's features of the real images, each
// signed so that its largest coefficient is positive: the same images and classifier always give
// the same axes, so a point moves only when its image does.
// Thread: one worker at a time (it runs the classifier and the GAN of the caller's thread).
class FeatureMapper
{
public:
    // realImages (at the GAN's size) fit the projection and the first options.realPoints of them
    // are shown; realLabels: one per image or empty; datasetName names them in the axes'
    // description. Throws std::invalid_argument for fewer than 3 real images or bad labels.
    FeatureMapper(evaluate::DigitClassifier classifier, std::vector<Image> realImages, std::vector<int> realLabels,
                  const std::string &datasetName, const FeatureMapOptions &options = {});
    FeatureMapper(FeatureMapper &&) noexcept;
    FeatureMapper &operator=(FeatureMapper &&) noexcept;
    ~FeatureMapper();

    // The map of gan at step, for a run of the given loss. G and D run in eval mode (D's
    // spectral-norm vectors and G's batch-norm statistics are not changed) and get back the mode
    // they had; no parameter gradient is touched.
    FeatureMapPreview compute(ImageGan &gan, GanLoss loss, std::int64_t step) const;

    // The fitted projection: the mean feature and the two axes (featureDim floats each).
    const std::vector<float> &mean() const;
    const std::vector<float> &axis(int which) const;
    // Where features (featureDim floats) land on the map.
    std::pair<float, float> project(const float *features) const;
    const FeatureMapOptions &options() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace genlab::engine::gan
