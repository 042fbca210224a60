#include "engine/vae/latentmodel.h"

#include "engine/base/version.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/torchcheckpoint.h"
#include "engine/vae/detail/modelstate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace genlab::engine::vae {

using detail::LatentModelState;

namespace detail {

LatentModelState::LatentModelState(const VaeConfig &c, const ResolvedDevice &d)
    : config(c), device(d), torchDevice(engine::detail::toTorchDevice(d)), net(c)
{
    if (device.id.empty())
        device.id = "cpu";
    net->to(torchDevice);
}

torch::optim::Adam &LatentModelState::ensureOptimizer(const AdamSettings &settings)
{
    engine::detail::ensureAdam(optimizer, net->parameters(), settings);
    adam = settings;
    return *optimizer;
}

} // namespace detail

namespace {

constexpr int kEncodeChunk = 256;

std::string describe(const VaeConfig &c)
{
    return c.architecture() + " with latent size " + std::to_string(c.latentDim) + ", image size " +
           std::to_string(c.imageSize) + "x" + std::to_string(c.imageSize) + "x" + std::to_string(c.channels);
}

// The first architecture field that differs, as "latent size: checkpoint has 2, expected 16".
std::string firstDifference(const VaeConfig &have, const VaeConfig &want)
{
    auto num = [](const char *field, int h, int w) {
        return std::string(field) + ": checkpoint has " + std::to_string(h) + ", expected " + std::to_string(w);
    };
    if (have.kind != want.kind)
        return "architecture: checkpoint has " + have.architecture() + ", expected " + want.architecture();
    if (have.latentDim != want.latentDim)
        return num("latent size", have.latentDim, want.latentDim);
    if (have.imageSize != want.imageSize)
        return num("image size", have.imageSize, want.imageSize);
    if (have.channels != want.channels)
        return num("channels", have.channels, want.channels);
    if (have.baseChannels != want.baseChannels)
        return num("base channels", have.baseChannels, want.baseChannels);
    if (have.likelihood != want.likelihood)
        return std::string("likelihood: checkpoint has ") +
               (have.likelihood == VaeConfig::Likelihood::Bernoulli ? "bernoulli" : "gaussian") + ", expected " +
               (want.likelihood == VaeConfig::Likelihood::Bernoulli ? "bernoulli" : "gaussian");
    return {};
}

void checkImage(const FloatImage &img, const VaeConfig &c, std::size_t index)
{
    if (img.width != c.imageSize || img.height != c.imageSize || img.channels != c.channels ||
        img.values.size() != std::size_t(c.channels) * c.imageSize * c.imageSize) {
        throw std::invalid_argument("image " + std::to_string(index) + " is " + std::to_string(img.width) + "x" +
                                    std::to_string(img.height) + "x" + std::to_string(img.channels) +
                                    "; the model takes " + std::to_string(c.imageSize) + "x" +
                                    std::to_string(c.imageSize) + "x" + std::to_string(c.channels));
    }
}

torch::Tensor latentsToTensor(const std::vector<float> &latents, int dim, const torch::Device &device)
{
    if (latents.empty() || latents.size() % std::size_t(dim) != 0)
        throw std::invalid_argument("latents: expected a multiple of " + std::to_string(dim) + " values, got " +
                                    std::to_string(latents.size()));
    auto z = torch::from_blob(const_cast<float *>(latents.data()),
                              {std::int64_t(latents.size() / std::size_t(dim)), dim}, torch::kFloat32);
    return device.is_cpu() ? z : z.to(device);
}

// Sigmoid of logits straight into display bytes: one pass, no intermediate tensors.
void logitsToImage(const float *logits, int channels, int size, Image &out)
{
    out = Image(size, size, channels);
    const std::size_t plane = std::size_t(size) * size;
    for (int c = 0; c < channels; ++c) {
        const float *src = logits + std::size_t(c) * plane;
        std::uint8_t *dst = out.pixels.data() + c;
        for (std::size_t i = 0; i < plane; ++i) {
            float v = 1.f / (1.f + std::exp(-src[i]));
            if (!(v >= 0.f)) // NaN
                v = 0.f;
            dst[i * std::size_t(channels)] = static_cast<std::uint8_t>(std::min(v, 1.f) * 255.f + 0.5f);
        }
    }
}

} // namespace

LatentModel::LatentModel(std::unique_ptr<LatentModelState> state) : d(std::move(state)) {}
LatentModel::LatentModel(LatentModel &&) noexcept = default;
LatentModel &LatentModel::operator=(LatentModel &&) noexcept = default;
LatentModel::~LatentModel() = default;

LatentModelState &LatentModel::state() { return *d; }
const LatentModelState &LatentModel::state() const { return *d; }
const VaeConfig &LatentModel::config() const { return d->config; }
const ModelInfo &LatentModel::info() const { return d->info; }
int LatentModel::latentDim() const { return d->config.latentDim; }
std::string LatentModel::deviceId() const { return d->device.id; }

std::int64_t LatentModel::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

LatentModel LatentModel::create(const VaeConfig &config, std::uint64_t seed, const ResolvedDevice &device)
{
    if (std::string v = config.validate(); !v.empty())
        throw std::invalid_argument("invalid model config: " + v);
    auto state = std::make_unique<LatentModelState>(config, device);
    state->net->initialize(seed);
    return LatentModel(std::move(state));
}

void LatentModel::save(const std::string &checkpointDir, const ModelInfo &info) const
{
    engine::detail::CheckpointWriter writer(checkpointDir);
    const auto params = detail::namedParameters(d->net);
    writer.addWeights(params, "weight ");
    if (d->optimizer)
        writer.addAdamState(*d->optimizer, params);
    writer.save(engine::detail::checkpointConfigJson(d->config.toJson(), engine::detail::checkpointFields(info),
                                                     d->optimizer ? &d->adam : nullptr),
                d->config.architecture());
    d->info = info;
    if (d->info.appVersion.empty())
        d->info.appVersion = kAppVersion;
}

LatentModel LatentModel::load(const std::string &checkpointDir, const ResolvedDevice &device)
{
    return loadImpl(checkpointDir, nullptr, device);
}

LatentModel LatentModel::load(const std::string &checkpointDir, const VaeConfig &expected, const ResolvedDevice &device)
{
    return loadImpl(checkpointDir, &expected, device);
}

LatentModel LatentModel::loadImpl(const std::string &dir, const VaeConfig *expected, const ResolvedDevice &device)
{
    io::LoadedCheckpoint ck;
    try {
        ck = io::loadCheckpoint(dir);
    } catch (const std::exception &e) {
        throw CheckpointError(e.what());
    }
    return fromCheckpoint(ck, dir, expected, device);
}

LatentModel LatentModel::loadFromMemory(const std::string &configJson, std::vector<std::byte> weights,
                                        const std::string &name, const ResolvedDevice &device)
{
    io::LoadedCheckpoint ck;
    ck.dir = name;
    ck.configJson = configJson;
    auto j = nlohmann::json::parse(configJson, nullptr, false);
    if (!j.is_object())
        throw CheckpointError(name + "/config.json: not a JSON object");
    auto version = j.find("format_version");
    if (version == j.end() || !version->is_number_integer())
        throw CheckpointError(name + "/config.json: lacks \"format_version\" (an integer)");
    if (version->get<std::int64_t>() > io::kCheckpointFormatVersion)
        throw CheckpointError(name + "/config.json: made by a newer version of GenLab Studio (checkpoint format_version " +
                              std::to_string(version->get<std::int64_t>()) + ", this version reads " +
                              std::to_string(io::kCheckpointFormatVersion) + ")");
    ck.formatVersion = int(version->get<std::int64_t>());
    if (auto a = j.find("architecture"); a != j.end() && a->is_string())
        ck.architecture = a->get<std::string>();
    if (auto st = j.find("step"); st != j.end() && st->is_number_integer())
        ck.step = std::max<std::int64_t>(0, st->get<std::int64_t>());
    try {
        ck.weights = io::SafetensorsReader::openBytes(std::move(weights), name + "/model.safetensors");
        if (auto bad = ck.weights->nonFiniteTensors(); !bad.empty())
            throw CheckpointError(name + "/model.safetensors: tensor " + bad.front() + " holds NaN or infinity");
    } catch (const io::FileError &e) {
        throw CheckpointError(e.what());
    }
    return fromCheckpoint(ck, name, nullptr, device);
}

LatentModel LatentModel::fromCheckpoint(const io::LoadedCheckpoint &ck, const std::string &dir, const VaeConfig *expected,
                                        const ResolvedDevice &device)
{
    if (ck.architecture != "conv-vae" && ck.architecture != "conv-ae")
        throw CheckpointError(dir + ": architecture \"" + ck.architecture.substr(0, 64) +
                              "\" is not a latent model (expected conv-vae or conv-ae)");
    std::string error;
    VaeConfig config = VaeConfig::fromJson(ck.configJson, &error);
    if (!error.empty())
        throw CheckpointError(dir + "/config.json: " + error);
    if (expected) {
        if (std::string diff = firstDifference(config, *expected); !diff.empty())
            throw CheckpointError(dir + ": " + diff);
    }
    if (!ck.weights)
        throw CheckpointError(dir + ": no model.safetensors");

    auto state = std::make_unique<LatentModelState>(config, device);
    const auto params = detail::namedParameters(state->net);
    if (std::string problem = engine::detail::weightsMismatch(*ck.weights, params, dir, describe(config));
        !problem.empty())
        throw CheckpointError(problem);
    engine::detail::copyWeights(*ck.weights, params);
    engine::detail::assignCheckpointFields(state->info, engine::detail::readCheckpointFields(ck));
    if (ck.optimizer) {
        detail::AdamSettings adam;
        engine::detail::readAdamSettings(ck.configJson, adam);
        auto &optimizer = state->ensureOptimizer(adam);
        if (std::string problem = engine::detail::restoreAdamState(*ck.optimizer, optimizer, params, dir);
            !problem.empty())
            throw CheckpointError(problem);
    }
    return LatentModel(std::move(state));
}

LatentCodes LatentModel::encode(const std::vector<FloatImage> &images) const
{
    c10::InferenceMode guard;
    const VaeConfig &c = d->config;
    for (std::size_t i = 0; i < images.size(); ++i)
        checkImage(images[i], c, i);
    LatentCodes codes;
    codes.count = int(images.size());
    codes.dim = c.latentDim;
    codes.means.resize(images.size() * std::size_t(c.latentDim));
    const bool vae = c.kind == VaeConfig::Kind::Vae;
    if (vae)
        codes.logVariances.resize(codes.means.size());
    for (std::size_t begin = 0; begin < images.size(); begin += kEncodeChunk) {
        const std::size_t end = std::min(images.size(), begin + kEncodeChunk);
        std::vector<const float *> planes;
        for (std::size_t i = begin; i < end; ++i)
            planes.push_back(images[i].values.data());
        auto x = detail::imagesToTensor(planes, c.channels, c.imageSize).to(d->torchDevice);
        auto enc = d->net->encode(x);
        auto mean = enc.mean.to(torch::kCPU).contiguous();
        std::memcpy(codes.means.data() + begin * c.latentDim, mean.data_ptr<float>(),
                    std::size_t(mean.numel()) * sizeof(float));
        if (vae) {
            auto lv = enc.logVar.to(torch::kCPU).contiguous();
            std::memcpy(codes.logVariances.data() + begin * c.latentDim, lv.data_ptr<float>(),
                        std::size_t(lv.numel()) * sizeof(float));
        }
    }
    return codes;
}

std::vector<FloatImage> LatentModel::decode(const std::vector<float> &latents) const
{
    c10::InferenceMode guard;
    const VaeConfig &c = d->config;
    auto z = latentsToTensor(latents, c.latentDim, d->torchDevice);
    auto out = torch::sigmoid(d->net->decodeLogits(z)).to(torch::kCPU).contiguous();
    std::vector<FloatImage> images(std::size_t(out.size(0)));
    for (std::size_t i = 0; i < images.size(); ++i)
        images[i] = engine::detail::tensorToFloatImage(out[std::int64_t(i)]);
    return images;
}

Image LatentModel::decodeImage(const std::vector<float> &latent) const
{
    if (latent.size() != std::size_t(d->config.latentDim))
        throw std::invalid_argument("latent: expected " + std::to_string(d->config.latentDim) + " values, got " +
                                    std::to_string(latent.size()));
    c10::InferenceMode guard;
    auto logits = d->net->decodeLogits(latentsToTensor(latent, d->config.latentDim, d->torchDevice));
    if (!logits.is_cpu())
        logits = logits.to(torch::kCPU);
    logits = logits.contiguous();
    Image img;
    logitsToImage(logits.data_ptr<float>(), d->config.channels, d->config.imageSize, img);
    return img;
}

std::vector<Image> LatentModel::decodeImages(const std::vector<float> &latents) const
{
    c10::InferenceMode guard;
    const VaeConfig &c = d->config;
    auto logits = d->net->decodeLogits(latentsToTensor(latents, c.latentDim, d->torchDevice));
    logits = logits.to(torch::kCPU).contiguous();
    const std::size_t per = std::size_t(c.channels) * c.imageSize * c.imageSize;
    std::vector<Image> images(std::size_t(logits.size(0)));
    const float *src = logits.data_ptr<float>();
    for (std::size_t i = 0; i < images.size(); ++i)
        logitsToImage(src + i * per, c.channels, c.imageSize, images[i]);
    return images;
}

std::vector<Image> LatentModel::sample(int count, std::uint64_t seed, double temperature) const
{
    if (count <= 0)
        return {};
    if (!std::isfinite(temperature) || temperature < 0.0)
        throw std::invalid_argument("temperature must be a finite number >= 0");
    std::vector<float> z;
    {
        c10::InferenceMode guard;
        auto noise = engine::detail::seededNormal({count, d->config.latentDim}, seed, torch::kCPU) * temperature;
        noise = noise.contiguous();
        z.assign(noise.data_ptr<float>(), noise.data_ptr<float>() + noise.numel());
    }
    return decodeImages(z);
}

std::vector<FloatImage> LatentModel::reconstruct(const std::vector<FloatImage> &images) const
{
    if (images.empty())
        return {};
    return decode(encode(images).means);
}

} // namespace genlab::engine::vae
