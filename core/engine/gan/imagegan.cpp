#include "engine/gan/imagegan.h"

#include "engine/base/version.h"
#include "engine/gan/detail/dcgan.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/detail/tensors.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

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

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string shapeText(at::IntArrayRef shape)
{
    return shapeText(std::vector<std::int64_t>(shape.begin(), shape.end()));
}

torch::Tensor fromFloats(const std::vector<float> &values, at::IntArrayRef shape)
{
    return torch::from_blob(const_cast<float *>(values.data()), shape, torch::kFloat32).clone();
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
    std::vector<torch::Tensor> keep; // contiguous CPU copies alive until the write returns
    io::CheckpointData data;
    auto addTensor = [&](std::vector<io::TensorToWrite> &out, const std::string &name, const torch::Tensor &t) {
        auto c = t.detach().to(torch::kCPU).contiguous();
        if (c.scalar_type() != torch::kLong && c.scalar_type() != torch::kFloat32)
            c = c.to(torch::kFloat32);
        keep.push_back(c);
        io::TensorToWrite w;
        w.name = name;
        w.dtype = c.scalar_type() == torch::kLong ? io::DType::I64 : io::DType::F32;
        w.shape.assign(c.sizes().begin(), c.sizes().end());
        w.data = c.data_ptr();
        w.byteCount = std::size_t(c.numel()) * c.element_size();
        out.push_back(std::move(w));
    };
    for (const auto &[name, t] : detail::namedTensors(d->generator, d->discriminator)) {
        if (t.is_floating_point() && !torch::isfinite(t.detach()).all().item<bool>())
            throw std::runtime_error(dir + ": not saved: " + name + " holds NaN or infinity");
        addTensor(data.weights, name, t);
    }
    if (d->gOptimizer) {
        auto addState = [&](torch::optim::Adam &opt, const char *prefix, const torch::nn::Module &m) {
            auto &state = opt.state();
            for (const auto &item : m.named_parameters(true)) {
                auto it = state.find(c10::guts::to_string(item.value().unsafeGetTensorImpl()));
                if (it == state.end())
                    continue; // never stepped
                auto &s = static_cast<torch::optim::AdamParamState &>(*it->second);
                const std::string name = prefix + item.key();
                addTensor(data.optimizer, name + ".exp_avg", s.exp_avg());
                addTensor(data.optimizer, name + ".exp_avg_sq", s.exp_avg_sq());
                addTensor(data.optimizer, name + ".step", torch::tensor(std::int64_t(s.step()), torch::kLong).reshape({}));
            }
        };
        addState(*d->gOptimizer, "generator.", *d->generator);
        addState(*d->dOptimizer, "discriminator.", *d->discriminator);
    }
    auto j = nlohmann::ordered_json::parse(d->config.toJson());
    j["step"] = info.step;
    j["dataset"] = info.datasetId;
    j["app_version"] = info.appVersion.empty() ? std::string(kAppVersion) : info.appVersion;
    if (!info.recipeJson.empty()) {
        auto recipe = nlohmann::ordered_json::parse(info.recipeJson, nullptr, false);
        if (recipe.is_discarded())
            throw std::invalid_argument("recipe: not valid JSON");
        j["recipe"] = recipe;
    }
    if (d->gOptimizer) {
        j["optimizer"] = {{"kind", "adam"},
                          {"learning_rate", d->adam.learningRate},
                          {"beta1", d->adam.beta1},
                          {"beta2", d->adam.beta2},
                          {"eps", d->adam.eps}};
    }
    data.configJson = j.dump(2);
    data.weightsMetadata["architecture"] = d->config.architecture();
    io::saveCheckpoint(dir, data);
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
    const io::SafetensorsReader &weights = *ck.weights;
    std::vector<std::string> problems;
    std::set<std::string> names;
    for (const auto &[name, t] : tensors) {
        names.insert(name);
        const io::TensorInfo *info = weights.find(name);
        if (!info) {
            problems.push_back(name + " is missing (expected " + shapeText(t.sizes()) + ")");
            continue;
        }
        if (!std::equal(info->shape.begin(), info->shape.end(), t.sizes().begin(), t.sizes().end())) {
            problems.push_back(name + " has shape " + shapeText(info->shape) + ", expected " + shapeText(t.sizes()));
            continue;
        }
        if (t.is_floating_point() && !io::isFloatingPoint(info->dtype))
            problems.push_back(name + " is not a floating-point tensor");
    }
    for (const auto &t : weights.tensors())
        if (!names.count(t.name))
            problems.push_back("unexpected tensor " + t.name.substr(0, 128));
    if (!problems.empty()) {
        std::string msg = dir + "/model.safetensors does not fit a " + config.describe() + ": ";
        for (std::size_t i = 0; i < problems.size() && i < 8; ++i)
            msg += (i ? "; " : "") + problems[i];
        if (problems.size() > 8)
            msg += "; and " + std::to_string(problems.size() - 8) + " more";
        throw GanCheckpointError(msg);
    }
    {
        torch::NoGradGuard noGrad;
        for (const auto &[name, t] : tensors) {
            auto values = weights.readFloat32(*weights.find(name));
            auto target = t;
            target.copy_(fromFloats(values, t.sizes()).to(t.scalar_type()).to(t.device()));
        }
    }

    auto j = nlohmann::json::parse(ck.configJson, nullptr, false);
    state->info.step = ck.step;
    if (j.contains("dataset") && j["dataset"].is_string())
        state->info.datasetId = j["dataset"].get<std::string>();
    if (j.contains("app_version") && j["app_version"].is_string())
        state->info.appVersion = j["app_version"].get<std::string>();
    if (j.contains("recipe") && j["recipe"].is_object())
        state->info.recipeJson = j["recipe"].dump();

    if (ck.optimizer) {
        detail::AdamSettings adam;
        if (auto o = j.find("optimizer"); o != j.end() && o->is_object()) {
            auto num = [&](const char *key, double fallback) {
                auto it = o->find(key);
                return it != o->end() && it->is_number() ? it->get<double>() : fallback;
            };
            adam.learningRate = num("learning_rate", adam.learningRate);
            adam.beta1 = num("beta1", adam.beta1);
            adam.beta2 = num("beta2", adam.beta2);
            adam.eps = num("eps", adam.eps);
        }
        state->ensureOptimizers(adam);
        const io::SafetensorsReader &o = *ck.optimizer;
        auto restore = [&](torch::optim::Adam &opt, const char *prefix, const torch::nn::Module &m) {
            for (const auto &item : m.named_parameters(true)) {
                const std::string name = prefix + item.key();
                const torch::Tensor &p = item.value();
                const io::TensorInfo *mi = o.find(name + ".exp_avg");
                const io::TensorInfo *vi = o.find(name + ".exp_avg_sq");
                const io::TensorInfo *si = o.find(name + ".step");
                if (!mi && !vi && !si)
                    continue;
                auto sameShape = [&](const io::TensorInfo *t) {
                    return t && std::equal(t->shape.begin(), t->shape.end(), p.sizes().begin(), p.sizes().end());
                };
                if (!sameShape(mi) || !sameShape(vi) || !si || si->numel() != 1)
                    throw GanCheckpointError(dir + "/optimizer.safetensors: the state of " + name +
                                             " is missing or has the wrong shape");
                auto stepValues = o.readFloat32(*si);
                const double stepValue = stepValues.empty() ? -1.0 : double(stepValues[0]);
                if (!(stepValue >= 0.0) || stepValue > 1e12)
                    throw GanCheckpointError(dir + "/optimizer.safetensors: " + name + ".step is not a valid step count");
                auto st = std::make_unique<torch::optim::AdamParamState>();
                st->step(std::int64_t(stepValue));
                st->exp_avg(fromFloats(o.readFloat32(*mi), p.sizes()).to(p.device()));
                st->exp_avg_sq(fromFloats(o.readFloat32(*vi), p.sizes()).to(p.device()));
                opt.state()[c10::guts::to_string(p.unsafeGetTensorImpl())] = std::move(st);
            }
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
