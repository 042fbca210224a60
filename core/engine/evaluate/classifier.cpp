#include "engine/evaluate/classifier.h"

#include "engine/base/version.h"
#include "engine/evaluate/detail/classifierstate.h"
#include "engine/io/checkpoint.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace genlab::engine::evaluate {

using detail::ClassifierState;

namespace {

constexpr int kBatch = 256;

// The first architecture field that differs: "width: checkpoint has 8, expected 16".
std::string firstDifference(const ClassifierConfig &have, const ClassifierConfig &want)
{
    auto num = [](const char *field, int h, int w) {
        return std::string(field) + ": checkpoint has " + std::to_string(h) + ", expected " + std::to_string(w);
    };
    if (have.imageSize != want.imageSize)
        return num("image size", have.imageSize, want.imageSize);
    if (have.channels != want.channels)
        return num("channels", have.channels, want.channels);
    if (have.classCount != want.classCount)
        return num("classes", have.classCount, want.classCount);
    if (have.width != want.width)
        return num("width", have.width, want.width);
    if (have.featureDim != want.featureDim)
        return num("feature size", have.featureDim, want.featureDim);
    return {};
}

} // namespace

// --- config ------------------------------------------------------------------------------------

std::string ClassifierConfig::validate() const
{
    if (imageSize != 28)
        return "image size must be 28 (got " + std::to_string(imageSize) + ")";
    if (channels != 1)
        return "channels must be 1 (grey; got " + std::to_string(channels) + ")";
    if (classCount < 2 || classCount > 100)
        return "classes must be 2..100 (got " + std::to_string(classCount) + ")";
    if (width < 4 || width > 64)
        return "width must be 4..64 (got " + std::to_string(width) + ")";
    if (featureDim < 8 || featureDim > 512)
        return "feature size must be 8..512 (got " + std::to_string(featureDim) + ")";
    if (!classNames.empty() && int(classNames.size()) != classCount)
        return "class names: " + std::to_string(classNames.size()) + " for " + std::to_string(classCount) + " classes";
    return {};
}

std::string ClassifierConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["architecture"] = kClassifierArchitecture;
    j["image_size"] = imageSize;
    j["channels"] = channels;
    j["classes"] = classCount;
    j["width"] = width;
    j["feature_dim"] = featureDim;
    j["class_names"] = classNames;
    return j.dump();
}

ClassifierConfig ClassifierConfig::fromJson(const std::string &json, std::string *error)
{
    ClassifierConfig c;
    std::string err;
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) {
        err = "not a JSON object";
    } else {
        auto num = [&](const char *key, int &field) {
            if (!err.empty())
                return;
            auto it = j.find(key);
            if (it == j.end())
                return;
            if (!it->is_number_integer() || it->get<std::int64_t>() < -1000000 || it->get<std::int64_t>() > 1000000)
                err = std::string("\"") + key + "\" must be an integer";
            else
                field = int(it->get<std::int64_t>());
        };
        num("image_size", c.imageSize);
        num("channels", c.channels);
        num("classes", c.classCount);
        num("width", c.width);
        num("feature_dim", c.featureDim);
        if (err.empty()) {
            if (auto it = j.find("class_names"); it != j.end()) {
                if (!it->is_array() || it->size() > 1000)
                    err = "\"class_names\" must be an array of strings";
                else
                    for (const auto &n : *it) {
                        if (!n.is_string()) {
                            err = "\"class_names\" must be an array of strings";
                            break;
                        }
                        c.classNames.push_back(n.get<std::string>().substr(0, 64));
                    }
            }
        }
        if (err.empty())
            err = c.validate();
    }
    if (error)
        *error = err;
    return err.empty() ? c : ClassifierConfig{};
}

// --- output ------------------------------------------------------------------------------------

int ClassifierOutput::predicted(int i) const
{
    const float *row = probabilities.data() + std::size_t(i) * std::size_t(classCount);
    return int(std::max_element(row, row + classCount) - row);
}

float ClassifierOutput::confidence(int i) const
{
    const float *row = probabilities.data() + std::size_t(i) * std::size_t(classCount);
    return *std::max_element(row, row + classCount);
}

// --- network -----------------------------------------------------------------------------------

namespace detail {

ClassifierNetImpl::ClassifierNetImpl(const ClassifierConfig &c)
{
    using namespace torch::nn;
    const int w = c.width;
    conv1 = register_module("conv1", Conv2d(Conv2dOptions(c.channels, w, 3).padding(1)));
    conv2 = register_module("conv2", Conv2d(Conv2dOptions(w, 2 * w, 3).padding(1)));
    conv3 = register_module("conv3", Conv2d(Conv2dOptions(2 * w, 4 * w, 3).padding(1)));
    features = register_module("features", Linear(4 * w * 3 * 3, c.featureDim));
    head = register_module("head", Linear(c.featureDim, c.classCount));
}

std::pair<torch::Tensor, torch::Tensor> ClassifierNetImpl::forward(const torch::Tensor &x)
{
    auto h = torch::max_pool2d(torch::relu(conv1(x)), 2);      // 14x14
    h = torch::max_pool2d(torch::relu(conv2(h)), 2);           // 7x7
    h = torch::max_pool2d(torch::relu(conv3(h)), 2);           // 3x3
    auto f = torch::relu(features(h.flatten(1)));
    return {head(f), f};
}

ClassifierState::ClassifierState(const ClassifierConfig &c, const ResolvedDevice &d)
    : config(c), device(d), torchDevice(engine::detail::toTorchDevice(d)), net(c)
{
    if (device.id.empty())
        device.id = "cpu";
    net->to(torchDevice);
}

torch::optim::Adam &ClassifierState::ensureOptimizer(const AdamSettings &settings)
{
    engine::detail::ensureAdam(optimizer, net->parameters(), settings);
    adam = settings;
    return *optimizer;
}

std::vector<std::pair<std::string, torch::Tensor>> ClassifierState::namedParameters() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &item : net->named_parameters())
        out.emplace_back(item.key(), item.value());
    return out;
}

torch::Tensor imagesToTensor(const std::vector<Image> &images, int size, int channels)
{
    const std::int64_t n = std::int64_t(images.size());
    auto bytes = torch::empty({n, size, size, channels}, torch::kUInt8);
    const std::size_t each = std::size_t(size) * std::size_t(size) * std::size_t(channels);
    auto *dst = bytes.data_ptr<std::uint8_t>();
    for (std::int64_t i = 0; i < n; ++i)
        std::memcpy(dst + std::size_t(i) * each, images[std::size_t(i)].pixels.data(), each);
    return bytes.permute({0, 3, 1, 2}).to(torch::kFloat32).div_(255.0f).contiguous();
}

} // namespace detail

// --- the classifier ----------------------------------------------------------------------------

DigitClassifier::DigitClassifier(std::unique_ptr<ClassifierState> state) : d(std::move(state)) {}
DigitClassifier::DigitClassifier(DigitClassifier &&) noexcept = default;
DigitClassifier &DigitClassifier::operator=(DigitClassifier &&) noexcept = default;
DigitClassifier::~DigitClassifier() = default;

ClassifierState &DigitClassifier::state() { return *d; }
const ClassifierState &DigitClassifier::state() const { return *d; }
const ClassifierConfig &DigitClassifier::config() const { return d->config; }
const ClassifierInfo &DigitClassifier::info() const { return d->info; }

std::int64_t DigitClassifier::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

DigitClassifier DigitClassifier::create(const ClassifierConfig &config, std::uint64_t seed, const ResolvedDevice &device)
{
    if (std::string v = config.validate(); !v.empty())
        throw std::invalid_argument("invalid classifier config: " + v);
    auto state = std::make_unique<ClassifierState>(config, device);
    // He-uniform weights from our own seeded generator (no global torch seed), zero biases.
    torch::NoGradGuard noGrad;
    std::uint64_t salt = 0;
    for (auto &[name, p] : state->namedParameters()) {
        ++salt;
        if (p.dim() <= 1) {
            p.zero_();
            continue;
        }
        const double fanIn = double(p.numel() / p.size(0));
        const double bound = std::sqrt(6.0 / fanIn);
        auto u = engine::detail::seededUniform(p.sizes(), seed * 0x9E3779B97F4A7C15ull + salt, state->torchDevice);
        p.copy_(u.mul_(2.0 * bound).sub_(bound));
    }
    return DigitClassifier(std::move(state));
}

void DigitClassifier::save(const std::string &dir, const ClassifierInfo &info) const
{
    engine::detail::CheckpointWriter writer(dir);
    const auto params = d->namedParameters();
    writer.addWeights(params, "weight ");
    if (d->optimizer)
        writer.addAdamState(*d->optimizer, params);
    // The classifier's own fields, between "dataset" and "app_version".
    nlohmann::ordered_json heldOut;
    heldOut["held_out"] = "every 10th image (index % 10 == 0), never trained on";
    if (info.heldOutAccuracy >= 0)
        heldOut["held_out_accuracy"] = info.heldOutAccuracy;
    writer.save(engine::detail::checkpointConfigJson(d->config.toJson(), engine::detail::checkpointFields(info),
                                                     d->optimizer ? &d->adam : nullptr, &heldOut),
                kClassifierArchitecture);
    d->info = info;
    if (d->info.appVersion.empty())
        d->info.appVersion = kAppVersion;
}

DigitClassifier DigitClassifier::load(const std::string &dir, const ResolvedDevice &device)
{
    return loadImpl(dir, nullptr, device);
}

DigitClassifier DigitClassifier::load(const std::string &dir, const ClassifierConfig &expected, const ResolvedDevice &device)
{
    return loadImpl(dir, &expected, device);
}

DigitClassifier DigitClassifier::loadImpl(const std::string &dir, const ClassifierConfig *expected,
                                          const ResolvedDevice &device)
{
    io::LoadedCheckpoint ck;
    try {
        ck = io::loadCheckpoint(dir);
    } catch (const std::exception &e) {
        throw ClassifierError(e.what());
    }
    if (ck.architecture != kClassifierArchitecture)
        throw ClassifierError(dir + ": architecture \"" + ck.architecture.substr(0, 64) + "\" is not a classifier (expected " +
                              kClassifierArchitecture + ")");
    std::string error;
    const ClassifierConfig config = ClassifierConfig::fromJson(ck.configJson, &error);
    if (!error.empty())
        throw ClassifierError(dir + "/config.json: " + error);
    if (expected) {
        if (std::string diff = firstDifference(config, *expected); !diff.empty())
            throw ClassifierError(dir + ": " + diff);
    }
    if (!ck.weights)
        throw ClassifierError(dir + ": no model.safetensors");
    auto state = std::make_unique<ClassifierState>(config, device);
    const auto params = state->namedParameters();
    const std::string description = std::string(kClassifierArchitecture) + " of width " + std::to_string(config.width);
    if (std::string problem = engine::detail::weightsMismatch(*ck.weights, params, dir, description); !problem.empty())
        throw ClassifierError(problem);
    engine::detail::copyWeights(*ck.weights, params);
    engine::detail::assignCheckpointFields(state->info, engine::detail::readCheckpointFields(ck));
    auto j = nlohmann::json::parse(ck.configJson, nullptr, false);
    if (j.contains("held_out_accuracy") && j["held_out_accuracy"].is_number())
        state->info.heldOutAccuracy = j["held_out_accuracy"].get<double>();
    if (ck.optimizer) {
        detail::AdamSettings adam;
        engine::detail::readAdamSettings(ck.configJson, adam);
        auto &optimizer = state->ensureOptimizer(adam);
        if (std::string problem = engine::detail::restoreAdamState(*ck.optimizer, optimizer, params, dir);
            !problem.empty())
            throw ClassifierError(problem);
    }
    state->net->eval();
    return DigitClassifier(std::move(state));
}

ClassifierOutput DigitClassifier::classify(const std::vector<Image> &images) const
{
    const ClassifierConfig &c = d->config;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Image &img = images[i];
        if (img.width != c.imageSize || img.height != c.imageSize || img.channels != c.channels ||
            img.pixels.size() != std::size_t(c.imageSize) * c.imageSize * c.channels)
            throw std::invalid_argument("image " + std::to_string(i) + " is " + std::to_string(img.width) + "x" +
                                        std::to_string(img.height) + "x" + std::to_string(img.channels) +
                                        "; the classifier takes " + std::to_string(c.imageSize) + "x" +
                                        std::to_string(c.imageSize) + "x" + std::to_string(c.channels));
    }
    c10::InferenceMode guard;
    const bool wasTraining = d->net->is_training();
    d->net->eval();
    ClassifierOutput out;
    out.count = int(images.size());
    out.classCount = c.classCount;
    out.featureDim = c.featureDim;
    out.probabilities.resize(images.size() * std::size_t(c.classCount));
    out.features.resize(images.size() * std::size_t(c.featureDim));
    for (std::size_t begin = 0; begin < images.size(); begin += kBatch) {
        const std::size_t end = std::min(images.size(), begin + kBatch);
        std::vector<Image> chunk(images.begin() + std::ptrdiff_t(begin), images.begin() + std::ptrdiff_t(end));
        auto x = detail::imagesToTensor(chunk, c.imageSize, c.channels).to(d->torchDevice);
        auto [logits, features] = d->net->forward(x);
        auto p = torch::softmax(logits, 1).to(torch::kCPU).contiguous();
        auto f = features.to(torch::kCPU).contiguous();
        std::memcpy(out.probabilities.data() + begin * std::size_t(c.classCount), p.data_ptr<float>(),
                    std::size_t(p.numel()) * sizeof(float));
        std::memcpy(out.features.data() + begin * std::size_t(c.featureDim), f.data_ptr<float>(),
                    std::size_t(f.numel()) * sizeof(float));
    }
    if (wasTraining)
        d->net->train();
    return out;
}

double DigitClassifier::accuracy(const std::vector<Image> &images, const std::vector<int> &labels) const
{
    if (images.empty() || labels.size() != images.size())
        throw std::invalid_argument("accuracy: one label per image is needed");
    const ClassifierOutput out = classify(images);
    int right = 0;
    for (int i = 0; i < out.count; ++i)
        right += out.predicted(i) == labels[std::size_t(i)];
    return double(right) / out.count;
}

} // namespace genlab::engine::evaluate
