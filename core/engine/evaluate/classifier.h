#pragma once
// The small digit classifier the sample-quality evaluator (evaluator.h) measures with: a CNN for
// 28x28 grey images with a 64-D feature layer (the penultimate activations) that the Fréchet
// distance, precision/recall and the near-duplicate rate are computed in, and a softmax over the
// classes that coverage, confidence and the Inception Score come from. Trained by training.h,
// saved in the studio's one checkpoint format (engine/io/checkpoint.h).

#include "engine/base/image.h"
#include "engine/runtime/compute.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace genlab::engine::evaluate {

namespace detail {
struct ClassifierState;
}

inline constexpr const char *kClassifierArchitecture = "digit-classifier";

// The architecture, as config.json holds it. Plain data.
//   imageSize   28 (square; the only size the shipped network is built for)
//   channels    1 (grey)
//   classCount  2..100 (10 for digits)
//   width       channels of the first convolution, 4..64; the next two have 2x and 4x
//   featureDim  size of the feature layer, 8..512
// Network: conv3x3(1->w) ReLU maxpool2 (14x14), conv3x3(w->2w) ReLU maxpool2 (7x7),
// conv3x3(2w->4w) ReLU maxpool2 (3x3), linear(36w -> featureDim) ReLU = features, linear -> classes.
struct ClassifierConfig
{
    int imageSize = 28;
    int channels = 1;
    int classCount = 10;
    int width = 16;
    int featureDim = 64;
    std::vector<std::string> classNames; // classCount names ("0".."9"); empty: the indices

    std::string validate() const; // empty when valid, else the first bad field and its range
    std::string toJson() const;   // {"architecture": "digit-classifier", "image_size": ..., ...}
    static ClassifierConfig fromJson(const std::string &json, std::string *error);
    bool operator==(const ClassifierConfig &) const = default;
};

// A checkpoint that cannot be used: the message names the folder and what is wrong.
class ClassifierError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct ClassifierInfo
{
    std::string datasetId;      // what it was trained on ("digits")
    std::int64_t step = 0;
    double heldOutAccuracy = -1; // on the held-out split at the last evaluation; < 0: unknown
    std::string appVersion;
    std::string recipeJson;     // optional JSON object (the training options)
};

// What the classifier says about a batch of images: per image, the class probabilities and the
// feature vector, row-major.
struct ClassifierOutput
{
    int count = 0;
    int classCount = 0;
    int featureDim = 0;
    std::vector<float> probabilities; // count * classCount, rows sum to 1
    std::vector<float> features;      // count * featureDim

    int predicted(int i) const;       // argmax of row i
    float confidence(int i) const;    // max of row i
};

// Thread: one worker at a time.
class DigitClassifier
{
public:
    // Fresh weights; one seed gives one set of weights. Throws std::invalid_argument for a bad config.
    static DigitClassifier create(const ClassifierConfig &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // Loads a folder written by save(). Throws ClassifierError naming the folder and the problem
    // (another architecture, a differing field, missing or misshapen tensors, NaN weights, ...).
    static DigitClassifier load(const std::string &dir, const ResolvedDevice &device = {});
    // Like load(), and refuses a checkpoint whose architecture differs from expected, naming the field.
    static DigitClassifier load(const std::string &dir, const ClassifierConfig &expected,
                                const ResolvedDevice &device = {});

    DigitClassifier(DigitClassifier &&) noexcept;
    DigitClassifier &operator=(DigitClassifier &&) noexcept;
    ~DigitClassifier();

    // Weights, config.json and (after training) the Adam state, atomically. Refuses NaN weights.
    void save(const std::string &dir, const ClassifierInfo &info) const;

    const ClassifierConfig &config() const;
    const ClassifierInfo &info() const;
    std::int64_t parameterCount() const;

    // Images must be imageSize x imageSize x channels (std::invalid_argument naming the first one
    // that is not; evaluator.h converts other sizes). Runs in batches, inference mode.
    ClassifierOutput classify(const std::vector<Image> &images) const;
    // Fraction of images whose predicted class is its label (labels in [0, classCount)).
    double accuracy(const std::vector<Image> &images, const std::vector<int> &labels) const;

    detail::ClassifierState &state(); // for train() and tests
    const detail::ClassifierState &state() const;

private:
    explicit DigitClassifier(std::unique_ptr<detail::ClassifierState> state);
    static DigitClassifier loadImpl(const std::string &dir, const ClassifierConfig *expected,
                                    const ResolvedDevice &device);
    std::unique_ptr<detail::ClassifierState> d;
};

} // namespace genlab::engine::evaluate
