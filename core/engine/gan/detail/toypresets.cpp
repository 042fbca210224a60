// The toy GAN's plain parts: names, validation, the trainer's defaults and the presets.
#include "engine/gan/toygan.h"

#include "engine/base/translatable.h"

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
    if (!(s.gradientClip >= 0) || !std::isfinite(s.gradientClip))
        fail("the gradient clip must be >= 0");
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
    // Chosen by experiment (tests/engine/gan/tst_toygan.cpp's explore, and the tests that check each
    // preset's evidence with its seed). All of them play on the ring with the default networks.
    static const std::vector<ToyPreset> presets = [] {
        std::vector<ToyPreset> out;
        {
            ToyPreset p;
            p.id = "discriminator-first";
            p.name = QT_TRANSLATE_NOOP("GanPreset", "Discriminator first");
            p.explanation = QT_TRANSLATE_NOOP(
                "GanPreset",
                "The standard schedule: each step first trains the discriminator once on real points and on the "
                "generator's current fakes, then trains the generator once to be classified as real (non-saturating "
                "loss, Adam for both). Watch the heat map: D rates the regions around the real points high, and the "
                "arrows push every fake point uphill towards them. After a few hundred steps the fake points spread "
                "over all eight modes of the ring, KL and JS fall, and D(x) and D(G(z)) both settle near 0.5: D can no "
                "longer tell real from fake.");
            p.seed = 1;
            p.evidenceSteps = 600;
            out.push_back(p);
        }
        {
            ToyPreset p;
            p.id = "discriminator-too-strong";
            p.name = QT_TRANSLATE_NOOP("GanPreset", "Discriminator too strong");
            p.explanation = QT_TRANSLATE_NOOP(
                "GanPreset",
                "The original minimax loss (G minimises log(1 - D(G(z)))) with a discriminator that learns fast and "
                "takes ten steps for each generator step. D quickly rejects every fake point with near certainty: "
                "D(G(z)) drops to about 0. Where D is that sure, log(1 - D) is flat, so the generator's gradient "
                "vanishes: the arrows shrink to nothing, G's gradient norm falls by orders of magnitude, and the fake "
                "points stay where they started. The generator cannot learn from a discriminator that wins too easily.");
            p.settings.loss = Loss::Minimax;
            p.settings.discriminator.learningRate = 5e-3;
            p.settings.discriminatorSteps = 10;
            p.settings.generator.kind = OptimizerKind::Sgd;
            p.settings.generator.learningRate = 0.01;
            p.settings.generator.momentum = 0.9;
            p.seed = 1;
            p.evidenceSteps = 150;
            out.push_back(p);
        }
        {
            ToyPreset p;
            p.id = "generator-fools-discriminator";
            p.name = QT_TRANSLATE_NOOP("GanPreset", "Generator fools D too easily");
            p.explanation = QT_TRANSLATE_NOOP(
                "GanPreset",
                "The discriminator is starved: plain SGD with a learning rate fifty times smaller than the "
                "generator's. It never learns to tell the real points from the fakes, so D(x) and D(G(z)) both sit "
                "at about 0.5 and the heat map stays almost flat. The generator fools it without effort, but a "
                "discriminator that knows nothing cannot teach anything: the fake points wander without finding the "
                "ring, and KL, JS and the mode coverage do not improve.");
            p.settings.discriminator.kind = OptimizerKind::Sgd;
            p.settings.discriminator.learningRate = 1e-5;
            p.settings.generator.learningRate = 5e-4;
            p.seed = 1;
            p.evidenceSteps = 300;
            out.push_back(p);
        }
        {
            ToyPreset p;
            p.id = "mode-collapse";
            p.name = QT_TRANSLATE_NOOP("GanPreset", "Mode collapse");
            p.explanation = QT_TRANSLATE_NOOP(
                "GanPreset",
                "The same strong discriminator as in \"Discriminator too strong\" (minimax loss, ten fast D steps "
                "per G step), but the generator uses Adam, which rescales its tiny gradients so it does move. It moves "
                "all its points together towards whatever region D currently rates highest, and they land on one or "
                "two modes of the ring. Those points fool D well enough that nothing pulls them apart: the other modes "
                "stay empty, and the coverage figure says so (one or two of eight).");
            p.settings.loss = Loss::Minimax;
            p.settings.discriminator.learningRate = 5e-3;
            p.settings.discriminatorSteps = 10;
            p.seed = 2;
            p.evidenceSteps = 300;
            out.push_back(p);
        }
        {
            ToyPreset p;
            p.id = "non-saturating-fixes-it";
            p.name = QT_TRANSLATE_NOOP("GanPreset", "Non-saturating loss fixes it");
            p.explanation = QT_TRANSLATE_NOOP(
                "GanPreset",
                "Exactly the \"Discriminator too strong\" game, with one change: the generator maximises log D(G(z)) "
                "instead of minimising log(1 - D(G(z))). Both push fakes towards being called real, but -log D is "
                "steep exactly where D rejects a fake with confidence. So the arrows stay long, G's gradient norm "
                "stays thousands of times larger than with the saturating loss, and the fake points climb onto the "
                "ring while D is still winning: KL falls from the first hundred steps. Keep it running, though: a "
                "discriminator ten steps ahead later herds the points onto one mode again. The loss cures the "
                "vanishing gradient, not an unbalanced game.");
            p.settings.loss = Loss::NonSaturating;
            p.settings.discriminator.learningRate = 5e-3;
            p.settings.discriminatorSteps = 10;
            p.settings.generator.kind = OptimizerKind::Sgd;
            p.settings.generator.learningRate = 0.01;
            p.settings.generator.momentum = 0.9;
            p.seed = 1;
            p.evidenceSteps = 150;
            out.push_back(p);
        }
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
