// The toy GAN's plain parts: names, validation, the trainer's defaults and the presets.
#include "engine/gan/toygan.h"

#include <cmath>
#include <stdexcept>

namespace genlab::engine::gan {

namespace {

void fail(const std::string &what)
{
    throw std::invalid_argument("toy GAN: " + what);
}

void validateMlp(const MlpConfig &m, const char *who)
{
    if (m.layers < 1 || m.layers > 8)
        fail(std::string(who) + " layers must be 1 to 8 (got " + std::to_string(m.layers) + ")");
    if (m.width < 1 || m.width > 1024)
        fail(std::string(who) + " width must be 1 to 1024 (got " + std::to_string(m.width) + ")");
}

void validateOptimizer(const OptimizerSettings &o, const char *who)
{
    if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
        fail(std::string(who) + " learning rate must be a positive number");
    if (!(o.momentum >= 0 && o.momentum < 1))
        fail(std::string(who) + " momentum must be in [0, 1)");
    if (!(o.beta1 >= 0 && o.beta1 < 1) || !(o.beta2 >= 0 && o.beta2 < 1))
        fail(std::string(who) + " Adam betas must be in [0, 1)");
}

} // namespace

void validate(const ToyConfig &c)
{
    validateMlp(c.generator, "generator");
    validateMlp(c.discriminator, "discriminator");
    if (c.noiseDim < 1 || c.noiseDim > 64)
        fail("noise dimension must be 1 to 64 (got " + std::to_string(c.noiseDim) + ")");
    if (c.data == data::ToyKind::UserPoints) {
        if (c.userPoints.size() % 2 != 0)
            fail("the drawn points have an odd number of coordinates");
        const std::size_t n = c.userPoints.size() / 2;
        if (n < std::size_t(kMinUserPoints))
            fail("draw at least " + std::to_string(kMinUserPoints) + " points (there are " + std::to_string(n) + ")");
        for (float v : c.userPoints)
            if (!std::isfinite(v))
                fail("a drawn point is not a finite number");
    }
}

void validate(const ToySettings &s)
{
    validateOptimizer(s.generator, "generator");
    validateOptimizer(s.discriminator, "discriminator");
    if (s.discriminatorSteps < 1 || s.discriminatorSteps > 50)
        fail("D steps per G step must be 1 to 50 (got " + std::to_string(s.discriminatorSteps) + ")");
    if (s.batchSize < 1 || s.batchSize > 8192)
        fail("batch size must be 1 to 8192 (got " + std::to_string(s.batchSize) + ")");
    if (!(s.gradientPenalty >= 0) || !std::isfinite(s.gradientPenalty))
        fail("the gradient penalty must be >= 0");
}

std::string activationName(Activation a)
{
    switch (a) {
    case Activation::Relu: return "relu";
    case Activation::LeakyRelu: return "leaky-relu";
    case Activation::Tanh: return "tanh";
    case Activation::Elu: return "elu";
    }
    return "relu";
}

std::string noiseName(NoiseKind n)
{
    return n == NoiseKind::Uniform ? "uniform" : "gaussian";
}

std::string lossName(Loss l)
{
    switch (l) {
    case Loss::Minimax: return "minimax";
    case Loss::NonSaturating: return "non-saturating";
    case Loss::LeastSquares: return "least-squares";
    case Loss::Wasserstein: return "wasserstein";
    case Loss::Hinge: return "hinge";
    }
    return "non-saturating";
}

std::string optimizerName(OptimizerKind o)
{
    return o == OptimizerKind::Sgd ? "sgd" : "adam";
}

bool parseActivation(const std::string &name, Activation *out)
{
    for (Activation a : {Activation::Relu, Activation::LeakyRelu, Activation::Tanh, Activation::Elu})
        if (activationName(a) == name) {
            *out = a;
            return true;
        }
    return false;
}

bool parseNoise(const std::string &name, NoiseKind *out)
{
    for (NoiseKind n : {NoiseKind::Gaussian, NoiseKind::Uniform})
        if (noiseName(n) == name) {
            *out = n;
            return true;
        }
    return false;
}

bool parseLoss(const std::string &name, Loss *out)
{
    for (Loss l : {Loss::Minimax, Loss::NonSaturating, Loss::LeastSquares, Loss::Wasserstein, Loss::Hinge})
        if (lossName(l) == name) {
            *out = l;
            return true;
        }
    return false;
}

bool parseOptimizer(const std::string &name, OptimizerKind *out)
{
    for (OptimizerKind o : {OptimizerKind::Sgd, OptimizerKind::Adam})
        if (optimizerName(o) == name) {
            *out = o;
            return true;
        }
    return false;
}

train::CommonOptions defaultToyCommon()
{
    train::CommonOptions c;
    c.steps = 2000;
    c.batchSize = 128;
    c.learningRate = 1e-3;
    c.schedule = train::Schedule::Constant;
    c.seed = 1;
    c.checkpointEvery = 500;
    c.previewEvery = 100;
    c.evalEvery = 100;
    return c;
}

const std::vector<ToyPreset> &toyPresets()
{
    static const std::vector<ToyPreset> presets = [] {
        std::vector<ToyPreset> out;
        return out;
    }();
    return presets;
}

const ToyPreset *findToyPreset(const std::string &id)
{
    for (const auto &p : toyPresets())
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace genlab::engine::gan
