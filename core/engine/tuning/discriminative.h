#pragma once
// Discriminative against generative, on the same labelled data. The discriminative model learns
// p(class | x) directly (logistic regression, or a small neural network): it draws a decision
// boundary and nothing else. The generative one learns p(x | class) — one Gaussian per class (or a mixture of a few), in
// PCA space for images — and the class priors p(class), and classifies by Bayes' rule,
// argmax_c p(c) p(x | c); because it models x itself it can also draw new x for any class. Both are
// measured on the same held-out points. Plain C++, seeded: the same options give the same numbers.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::tuning {

enum class ClassifierData {
    TwoMoons,         // the toys' two moons, each half a class
    Ring,             // the toys' ring of 8 Gaussians, each mode a class
    Spiral,           // two interleaved arms of the toys' spiral (the second turned by 180 degrees)
    Blobs,            // three round Gaussian clouds (sigma 0.5) on a triangle: the easy case
    Digits,           // OpenCV's 5,000 handwritten 20x20 digits (digits.png), 10 classes
    ProceduralDigits, // digits drawn from fonts (engine/data/procedural.h), 20x20: always available
};

std::string classifierDataName(ClassifierData data); // "two-moons", "ring", "spiral", "blobs", "digits", "procedural-digits"
bool parseClassifierData(const std::string &name, ClassifierData *out);
std::vector<std::string> classifierDataNames();
inline bool isImageData(ClassifierData d) { return d == ClassifierData::Digits || d == ClassifierData::ProceduralDigits; }

// The plane every 2-D toy here lies in: [-kClassifierExtent, kClassifierExtent]^2.
inline constexpr double kClassifierExtent = 3.5;
inline constexpr int kDigitImageSide = 20;

struct LabelledPoints
{
    std::vector<float> xy;  // x0, y0, x1, y1, ...
    std::vector<int> labels; // one per point, in [0, classes)
    int classes = 0;
};

// count labelled points of a 2-D toy (not Digits); the same (data, count, seed) gives the same
// points. Throws std::invalid_argument for image data or a count outside 1..1,000,000.
LabelledPoints makeLabelledToy(ClassifierData data, int count, std::uint64_t seed);

// The fitted generative model, plain numbers, enough to classify and to sample without the data.
// Features z are x itself for the toys (dims = 2), PCA coordinates for images: z = basis (x - mean).
struct GaussianClassModel
{
    int inputDims = 0;              // 2, or 400 for 20x20 images
    int dims = 0;                   // of z: 2, or the PCA dimensions
    int classes = 0;
    int components = 1;             // Gaussians per class (a mixture when > 1)
    std::vector<double> pcaMean;    // inputDims (empty for the toys)
    std::vector<double> pcaBasis;   // dims x inputDims, orthonormal rows (empty for the toys)
    std::vector<double> priors;     // classes, the training set's class shares
    // Per component j = class * components + i:
    std::vector<double> weights;    // the component's share within its class (sums to 1 per class)
    std::vector<double> means;      // (classes * components) x dims
    std::vector<double> covariances; // (classes * components) x dims x dims (regularised)
    std::vector<double> cholesky;   // the same shape, lower triangular factors of the above
    std::vector<double> logDets;    // classes * components
    double explainedVariance = 1;   // share of the pixel variance the PCA keeps (1 for the toys)
};

struct GenerativeSamples
{
    int dims = 0;               // 2 (points) or 400 (a 20x20 image, values in [0, 1])
    std::vector<float> values;  // count x dims
    std::vector<int> labels;    // the class each sample was drawn from
    int count() const { return dims > 0 ? int(values.size() / std::size_t(dims)) : 0; }
};

// count samples, spread evenly over the classes (class c gets the samples i with i % classes == c);
// the same (model, count, seed) gives the same samples. Throws std::invalid_argument for an empty
// model or a count outside 0..100,000.
GenerativeSamples sampleGaussianClasses(const GaussianClassModel &model, int count, std::uint64_t seed);

// log p(x | c) + log p(c) for every class, in input space (x has model.inputDims values).
std::vector<double> gaussianClassLogJoint(const GaussianClassModel &model, const float *x);

struct DiscriminativeOptions
{
    ClassifierData data = ClassifierData::TwoMoons;
    std::uint64_t seed = 1;
    int hidden = 0;           // 0: logistic regression (softmax); 1..256: one tanh hidden layer of that width
    int toyTrain = 800;       // 2-D toys: training points (20..100,000)
    int toyHeldOut = 400;     //           held-out points (20..100,000)
    int epochs = 0;           // 0: the data's default (toys 400 full-batch steps, digits 12 epochs)
    double learningRate = 0;  // 0: the default (Adam, 0.05 toys, 0.002 digits)
    int components = 1;       // Gaussians per class: 1 (the classic generative classifier) or a mixture of up to 16 (EM)
    int pcaDims = 30;         // images: PCA dimensions the Gaussians live in (2..100)
    int samples = 0;          // generated samples in the result; 0: 240 points or 40 digits (4 per class)
    int gridSize = 160;       // 2-D toys: cells per side of the region maps (8..512)
    std::string digitsPath;   // Digits: digits.png; empty: engine::data::findDigitsPng()
    int imageHeldOutPercent = 20; // images: held-out share (5..50 %)
};

struct DiscriminativeResult
{
    std::string data;                    // classifierDataName()
    std::string source;                  // the digits file, "procedural", or "toy"
    std::string discriminativeName;      // "logistic regression" or "neural network (32 tanh units)"
    int classes = 0;
    int inputDims = 0;                   // 2 or 400
    int trainCount = 0;
    int heldOutCount = 0;
    double discriminativeAccuracy = 0;   // on the held-out points
    double generativeAccuracy = 0;
    double discriminativeTrainAccuracy = 0;
    double generativeTrainAccuracy = 0;
    std::vector<double> lossCurve;       // the discriminative model's training loss per epoch/step (mean nats)
    int discriminativeParameters = 0;
    int generativeParameters = 0;

    // 2-D toys: the points themselves (for plots) and each model's held-out predictions.
    std::vector<float> trainPoints;      // xy pairs
    std::vector<int> trainLabels;
    std::vector<float> heldOutPoints;    // xy pairs (images: empty)
    std::vector<int> heldOutLabels;      // always filled (images too)
    std::vector<int> discriminativePredictions; // per held-out point
    std::vector<int> generativePredictions;

    // 2-D toys: the region maps on a gridSize x gridSize grid over [-extent, extent]^2, row 0 at the
    // top (y = +extent), column 0 on the left. Class per cell and the winning class's probability.
    int gridSize = 0;
    double extent = kClassifierExtent;
    std::vector<int> discriminativeGridClass;
    std::vector<float> discriminativeGridConfidence;
    std::vector<int> generativeGridClass;
    std::vector<float> generativeGridConfidence;
    std::vector<float> generativeGridLogDensity; // log p(x) = log sum_c p(c) p(x | c)

    // Images: each class's mean image (classes x 400, values in [0, 1]) as the generative model sees it.
    std::vector<float> classMeanImages;
    // Images with logistic regression: each class's weights (classes x 400), what the discriminative
    // model looks at: pixels that speak for the class (> 0) or against it (< 0), not a picture of it.
    std::vector<float> discriminativeWeightImages;

    GaussianClassModel generative;
    GenerativeSamples samples;
};

// Loads or draws the data, trains both models, measures both on the held-out split, draws
// options.samples new samples from the generative one. Throws std::invalid_argument naming a bad
// option, std::runtime_error when digits.png is missing or unreadable (the message names every
// place looked in and the package to install); Canceled through ctx (checked once per epoch).
// Reports progress. Thread: any (one call per thread).
DiscriminativeResult runDiscriminativeVsGenerative(const DiscriminativeOptions &options, const RunContext &ctx = {});

// Pictures for files and reports (plain RGB images):
// the region map of one model (generative = true: the Gaussians') at size x size pixels, cells
// coloured by class, paler where the model is less sure, held-out points on top.
Image renderRegions(const DiscriminativeResult &result, bool generative, int size = 384);
// Points: a size x size plot of the samples over faint training data. Images: a grid of the
// samples, one row per class (gap pixels between digits), upscaled by scale.
Image renderSamples(const DiscriminativeResult &result, const GenerativeSamples &samples, int size = 384, int scale = 2);
// An RGB colour per class (classes up to 10 distinct).
void classColour(int cls, std::uint8_t rgb[3]);

} // namespace genlab::engine::tuning
