#include "engine/gan/imagegan.h"

#include "engine/base/version.h"
#include "engine/gan/detail/dcgan.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace genlab::engine::gan {

using detail::ImageGanState;

// --- config --------------------------------------------------------------------------------------

int ImageGanConfig::levels() const
{
    return imageSize >= 48 ? 3 : 2;
}

std::string ImageGanConfig::validate() const
{
    if (imageSize < kMinImageSize || imageSize > kMaxImageSize)
        return "image size " + std::to_string(imageSize) + " is outside " + std::to_string(kMinImageSize) + ".." +
               std::to_string(kMaxImageSize);
    if (imageSize % (1 << levels()) != 0)
        return "image size " + std::to_string(imageSize) + " is not a multiple of " + std::to_string(1 << levels()) +
               " (28, 32, 48, 56 and 64 are)";
    if (channels != 1 && channels != 3)
        return "channels must be 1 (grey) or 3 (colour), not " + std::to_string(channels);
    if (latentDim < kMinLatentDim || latentDim > kMaxLatentDim)
        return "latent size " + std::to_string(latentDim) + " is outside " + std::to_string(kMinLatentDim) + ".." +
               std::to_string(kMaxLatentDim);
    if (baseChannels < kMinBaseChannels || baseChannels > kMaxBaseChannels)
        return "base channels " + std::to_string(baseChannels) + " is outside " + std::to_string(kMinBaseChannels) +
               ".." + std::to_string(kMaxBaseChannels);
    if (conditional && (numClasses < 2 || numClasses > kMaxClasses))
        return "classes " + std::to_string(numClasses) + " is outside 2.." + std::to_string(kMaxClasses);
    return {};
}

std::string ImageGanConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["architecture"] = architecture();
    j["image_size"] = imageSize;
    j["channels"] = channels;
    j["latent_dim"] = latentDim;
    j["base_channels"] = baseChannels;
    j["conditional"] = conditional;
    j["num_classes"] = conditional ? numClasses : 0;
    j["spectral_norm"] = spectralNorm;
    return j.dump(2);
}

ImageGanConfig ImageGanConfig::fromJson(const std::string &json, std::string *error)
{
    std::string scratch;
    std::string &err = error ? *error : scratch;
    err.clear();
    ImageGanConfig c;
    nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    auto fail = [&](const std::string &message) {
        err = message;
        return ImageGanConfig{};
    };
    if (j.is_discarded())
        return fail("the model config is not valid JSON");
    if (!j.is_object())
        return fail("the model config is not a JSON object");
    auto a = j.find("architecture");
    if (a == j.end())
        return fail("architecture: missing");
    if (!a->is_string())
        return fail("architecture: expected a string");
    if (a->get<std::string>() != kImageGanArchitecture)
        return fail("architecture: \"" + a->get<std::string>().substr(0, 64) + "\" is not an image GAN (expected " +
                    kImageGanArchitecture + ")");
    auto readInt = [&](const char *key, int &out) -> bool {
        auto it = j.find(key);
        if (it == j.end())
            return true;
        if (!it->is_number_integer()) {
            err = std::string(key) + ": expected an integer";
            return false;
        }
        const auto v = it->get<std::int64_t>();
        if (v < -1000000 || v > 1000000000) {
            err = std::string(key) + ": out of range";
            return false;
        }
        out = int(v);
        return true;
    };
    auto readBool = [&](const char *key, bool &out) -> bool {
        auto it = j.find(key);
        if (it == j.end())
            return true;
        if (!it->is_boolean()) {
            err = std::string(key) + ": expected true or false";
            return false;
        }
        out = it->get<bool>();
        return true;
    };
    if (!readInt("image_size", c.imageSize) || !readInt("channels", c.channels) || !readInt("latent_dim", c.latentDim) ||
        !readInt("base_channels", c.baseChannels) || !readBool("conditional", c.conditional) ||
        !readInt("num_classes", c.numClasses) || !readBool("spectral_norm", c.spectralNorm))
        return ImageGanConfig{};
    if (!c.conditional)
        c.numClasses = ImageGanConfig{}.numClasses;
    if (std::string v = c.validate(); !v.empty())
        return fail(v);
    return c;
}

std::string ImageGanConfig::describe() const
{
    std::string s = architecture() + ", ";
    s += conditional ? "conditional on " + std::to_string(numClasses) + " classes" : std::string("unconditional");
    s += ", " + std::to_string(imageSize) + "x" + std::to_string(imageSize) + "x" + std::to_string(channels);
    s += ", noise " + std::to_string(latentDim) + ", width " + std::to_string(baseChannels);
    if (spectralNorm)
        s += ", spectral norm";
    return s;
}

std::string firstDifference(const ImageGanConfig &have, const ImageGanConfig &want)
{
    auto num = [](const char *field, int h, int w) {
        return std::string(field) + ": checkpoint has " + std::to_string(h) + ", expected " + std::to_string(w);
    };
    auto flag = [](const char *field, bool h, bool w) {
        return std::string(field) + ": checkpoint has " + (h ? "yes" : "no") + ", expected " + (w ? "yes" : "no");
    };
    if (have.imageSize != want.imageSize)
        return num("image size", have.imageSize, want.imageSize);
    if (have.channels != want.channels)
        return num("channels", have.channels, want.channels);
    if (have.latentDim != want.latentDim)
        return num("latent size", have.latentDim, want.latentDim);
    if (have.baseChannels != want.baseChannels)
        return num("base channels", have.baseChannels, want.baseChannels);
    if (have.conditional != want.conditional)
        return flag("conditional", have.conditional, want.conditional);
    if (have.conditional && have.numClasses != want.numClasses)
        return num("classes", have.numClasses, want.numClasses);
    if (have.spectralNorm != want.spectralNorm)
        return flag("spectral norm", have.spectralNorm, want.spectralNorm);
    return {};
}

// --- model ---------------------------------------------------------------------------------------

namespace {

// One player's parameters under its checkpoint prefix ("generator.", "discriminator."): what its
// Adam optimizer owns.
engine::detail::NamedTensors prefixedParameters(const std::string &prefix, const torch::nn::Module &module)
{
    engine::detail::NamedTensors out;
    for (const auto &item : module.named_parameters(/*recurse=*/true))
        out.emplace_back(prefix + item.key(), item.value());
    return out;
}

torch::Tensor labelsTensor(const ImageGanConfig &c, const std::vector<int> &labels, std::size_t count,
                           const torch::Device &device)
{
    if (!c.conditional) {
        if (!labels.empty())
            throw std::invalid_argument("class labels given to an unconditional GAN");
        return torch::zeros({std::int64_t(count)}, torch::kLong).to(device);
    }
    if (labels.size() != count)
        throw std::invalid_argument("expected " + std::to_string(count) + " class labels, got " +
                                    std::to_string(labels.size()));
    std::vector<std::int64_t> v(labels.begin(), labels.end());
    for (std::int64_t y : v)
        if (y < 0 || y >= c.numClasses)
            throw std::invalid_argument("class " + std::to_string(y) + " is outside 0.." +
                                        std::to_string(c.numClasses - 1));
    return torch::tensor(v, torch::kLong).to(device);
}

} // namespace

ImageGan::ImageGan(std::unique_ptr<ImageGanState> state) : d(std::move(state)) {}
ImageGan::ImageGan(ImageGan &&) noexcept = default;
ImageGan &ImageGan::operator=(ImageGan &&) noexcept = default;
ImageGan::~ImageGan() = default;

ImageGanState &ImageGan::state() { return *d; }
const ImageGanState &ImageGan::state() const { return *d; }
const ImageGanConfig &ImageGan::config() const { return d->config; }
const ImageGanInfo &ImageGan::info() const { return d->info; }
std::string ImageGan::deviceId() const { return d->device.id; }

std::int64_t ImageGan::generatorParameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->generator->parameters())
        n += p.numel();
    return n;
}

std::int64_t ImageGan::discriminatorParameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->discriminator->parameters())
        n += p.numel();
    return n;
}

ImageGan ImageGan::create(const ImageGanConfig &config, std::uint64_t seed, const ResolvedDevice &device)
{
    if (std::string v = config.validate(); !v.empty())
        throw std::invalid_argument("invalid GAN config: " + v);
    auto state = std::make_unique<ImageGanState>(config, device);
    detail::initialize(state->generator, state->discriminator, seed);
    return ImageGan(std::move(state));
}

void ImageGan::save(const std::string &dir, const ImageGanInfo &info) const
{
    engine::detail::CheckpointWriter writer(dir);
    writer.addWeights(detail::namedTensors(d->generator, d->discriminator), "");
    if (d->gOptimizer) {
        writer.addAdamState(*d->gOptimizer, prefixedParameters("generator.", *d->generator));
        writer.addAdamState(*d->dOptimizer, prefixedParameters("discriminator.", *d->discriminator));
    }
    writer.save(engine::detail::checkpointConfigJson(d->config.toJson(), engine::detail::checkpointFields(info),
                                                     d->gOptimizer ? &d->adam : nullptr),
                d->config.architecture());
    d->info = info;
    if (d->info.appVersion.empty())
        d->info.appVersion = kAppVersion;
}

ImageGan ImageGan::load(const std::string &dir, const ResolvedDevice &device)
{
    return loadImpl(dir, nullptr, device);
}

ImageGan ImageGan::load(const std::string &dir, const ImageGanConfig &expected, const ResolvedDevice &device)
{
    return loadImpl(dir, &expected, device);
}

ImageGan ImageGan::loadImpl(const std::string &dir, const ImageGanConfig *expected, const ResolvedDevice &device)
{
    io::LoadedCheckpoint ck;
    try {
        ck = io::loadCheckpoint(dir);
    } catch (const std::exception &e) {
        throw GanCheckpointError(e.what());
    }
    if (ck.architecture != kImageGanArchitecture)
        throw GanCheckpointError(dir + ": architecture \"" + ck.architecture.substr(0, 64) +
                                 "\" is not an image GAN (expected " + kImageGanArchitecture + ")");
    std::string error;
    const ImageGanConfig config = ImageGanConfig::fromJson(ck.configJson, &error);
    if (!error.empty())
        throw GanCheckpointError(dir + "/config.json: " + error);
    if (expected)
        if (std::string diff = firstDifference(config, *expected); !diff.empty())
            throw GanCheckpointError(dir + ": " + diff);
    if (!ck.weights)
        throw GanCheckpointError(dir + ": no model.safetensors");

    auto state = std::make_unique<ImageGanState>(config, device);
    const auto tensors = detail::namedTensors(state->generator, state->discriminator);
    if (std::string problem = engine::detail::weightsMismatch(*ck.weights, tensors, dir, config.describe());
        !problem.empty())
        throw GanCheckpointError(problem);
    engine::detail::copyWeights(*ck.weights, tensors);
    engine::detail::assignCheckpointFields(state->info, engine::detail::readCheckpointFields(ck));
    if (ck.optimizer) {
        detail::AdamSettings adam;
        engine::detail::readAdamSettings(ck.configJson, adam);
        state->ensureOptimizers(adam);
        auto restore = [&](torch::optim::Adam &optimizer, const std::string &prefix, const torch::nn::Module &module) {
            if (std::string problem = engine::detail::restoreAdamState(*ck.optimizer, optimizer,
                                                                       prefixedParameters(prefix, module), dir);
                !problem.empty())
                throw GanCheckpointError(problem);
        };
        restore(*state->gOptimizer, "generator.", *state->generator);
        restore(*state->dOptimizer, "discriminator.", *state->discriminator);
    }
    return ImageGan(std::move(state));
}

std::vector<float> ImageGan::drawNoise(int count, std::uint64_t seed, double truncation) const
{
    if (count <= 0)
        return {};
    if (!std::isfinite(truncation))
        throw std::invalid_argument("truncation must be a finite number");
    auto z = detail::drawNoise(count, d->config.latentDim, seed, truncation).contiguous();
    return std::vector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel());
}

std::vector<Image> ImageGan::generate(const std::vector<float> &noise, const std::vector<int> &labels) const
{
    const int dim = d->config.latentDim;
    if (noise.empty() || noise.size() % std::size_t(dim) != 0)
        throw std::invalid_argument("noise: expected a multiple of " + std::to_string(dim) + " values, got " +
                                    std::to_string(noise.size()));
    const std::size_t count = noise.size() / std::size_t(dim);
    c10::InferenceMode guard;
    auto y = labelsTensor(d->config, labels, count, d->torchDevice);
    auto z = torch::from_blob(const_cast<float *>(noise.data()), {std::int64_t(count), dim}, torch::kFloat32)
                 .to(d->torchDevice);
    const bool training = d->generator->is_training();
    d->generator->eval();
    auto x = d->generator->forward(z, y);
    if (training)
        d->generator->train();
    return detail::toImages(x);
}

std::vector<Image> ImageGan::sample(int count, std::uint64_t seed, double truncation, int classLabel) const
{
    if (count <= 0)
        return {};
    const ImageGanConfig &c = d->config;
    if (!c.conditional && classLabel != -1)
        throw std::invalid_argument("class " + std::to_string(classLabel) + ": the model is not class-conditional");
    if (c.conditional && (classLabel < -1 || classLabel >= c.numClasses))
        throw std::invalid_argument("class " + std::to_string(classLabel) + " is outside 0.." +
                                    std::to_string(c.numClasses - 1));
    std::vector<int> labels;
    if (c.conditional)
        for (int i = 0; i < count; ++i)
            labels.push_back(classLabel >= 0 ? classLabel : i % c.numClasses);
    return generate(drawNoise(count, seed, truncation), labels);
}

double ImageGan::discriminate(const std::vector<FloatImage> &images, const std::vector<int> &labels) const
{
    if (images.empty())
        return 0;
    const ImageGanConfig &c = d->config;
    const std::int64_t per = std::int64_t(c.channels) * c.imageSize * c.imageSize;
    auto x = torch::empty({std::int64_t(images.size()), c.channels, c.imageSize, c.imageSize}, torch::kFloat32);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto &img = images[i];
        if (img.width != c.imageSize || img.height != c.imageSize || img.channels != c.channels ||
            std::int64_t(img.values.size()) != per)
            throw std::invalid_argument("image " + std::to_string(i) + " does not have the model's size " +
                                        std::to_string(c.imageSize) + "x" + std::to_string(c.imageSize) + "x" +
                                        std::to_string(c.channels));
        std::memcpy(x.data_ptr<float>() + std::int64_t(i) * per, img.values.data(), std::size_t(per) * sizeof(float));
    }
    c10::InferenceMode guard;
    auto y = labelsTensor(c, labels, images.size(), d->torchDevice);
    const bool training = d->discriminator->is_training();
    d->discriminator->eval();
    auto out = d->discriminator->forward((x * 2.0 - 1.0).to(d->torchDevice), y);
    if (training)
        d->discriminator->train();
    return torch::sigmoid(out).mean().item<double>();
}

} // namespace genlab::engine::gan
