#include "engine/diffusion/diffusionmodel.h"

#include "engine/base/version.h"
#include "engine/diffusion/detail/unet.h"
#include "engine/io/checkpoint.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace genlab::engine::diffusion {

using detail::DiffusionState;

// --- config --------------------------------------------------------------------------------------

std::string predictionName(Prediction p)
{
    return p == Prediction::V ? "v" : "epsilon";
}

bool parsePrediction(const std::string &name, Prediction *out)
{
    Prediction p;
    if (name == "epsilon" || name == "eps" || name == "noise")
        p = Prediction::Epsilon;
    else if (name == "v")
        p = Prediction::V;
    else
        return false;
    if (out)
        *out = p;
    return true;
}

int DiffusionConfig::levels() const
{
    // One more halving per doubling of the size keeps the lowest level, where attention runs over
    // every position, at 5 to 11 px: 64 positions at 128 px as at 64 px.
    return imageSize >= 80 ? 5 : imageSize >= 48 ? 4 : 3;
}

int maxTrainingImageSize(const ResolvedDevice &device)
{
    return device.cuda ? kMaxGpuTrainingImageSize : kMaxCpuTrainingImageSize;
}

std::string trainingImageSizeProblem(int imageSize, const ResolvedDevice &device)
{
    const int cap = maxTrainingImageSize(device);
    if (imageSize <= cap)
        return {};
    const std::string size = std::to_string(imageSize);
    if (!device.cuda && imageSize <= kMaxGpuTrainingImageSize)
        return "image size " + size + " needs a GPU: on the CPU a diffusion model trains at up to " +
               std::to_string(cap) + " px (with CUDA up to " + std::to_string(kMaxGpuTrainingImageSize) + " px)";
    return "image size " + size + " is above the " + std::to_string(cap) + " px a diffusion model trains at on " +
           (device.cuda ? "a GPU" : "the CPU");
}

std::string DiffusionConfig::validate() const
{
    if (imageSize < kMinImageSize || imageSize > kMaxImageSize)
        return "image size " + std::to_string(imageSize) + " is outside " + std::to_string(kMinImageSize) + ".." +
               std::to_string(kMaxImageSize);
    const int multiple = 1 << (levels() - 1);
    if (imageSize % multiple != 0)
        return "image size " + std::to_string(imageSize) + " is not a multiple of " + std::to_string(multiple) +
               " (28, 32, 48, 56, 64, 96 and 128 are)";
    if (channels != 1 && channels != 3)
        return "channels must be 1 (grey) or 3 (colour), not " + std::to_string(channels);
    if (baseChannels < kMinBaseChannels || baseChannels > kMaxBaseChannels)
        return "base channels " + std::to_string(baseChannels) + " is outside " + std::to_string(kMinBaseChannels) +
               ".." + std::to_string(kMaxBaseChannels);
    if (baseChannels % detail::kGroups != 0)
        return "base channels " + std::to_string(baseChannels) + " is not a multiple of " +
               std::to_string(detail::kGroups) + " (group norm uses " + std::to_string(detail::kGroups) + " groups)";
    if (resBlocks < 1 || resBlocks > 3)
        return "res blocks " + std::to_string(resBlocks) + " is outside 1..3";
    if (conditional && (numClasses < 2 || numClasses > kMaxClasses))
        return "classes " + std::to_string(numClasses) + " is outside 2.." + std::to_string(kMaxClasses);
    if (prediction != Prediction::Epsilon && prediction != Prediction::V)
        return "prediction must be epsilon or v";
    if (schedule != NoiseSchedule::Linear && schedule != NoiseSchedule::Cosine && schedule != NoiseSchedule::Sigmoid)
        return "schedule must be linear, cosine or sigmoid";
    if (timesteps < kMinTimesteps || timesteps > kMaxTimesteps)
        return "timesteps " + std::to_string(timesteps) + " is outside " + std::to_string(kMinTimesteps) + ".." +
               std::to_string(kMaxTimesteps);
    return {};
}

std::string DiffusionConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["architecture"] = architecture();
    j["image_size"] = imageSize;
    j["channels"] = channels;
    j["base_channels"] = baseChannels;
    j["res_blocks"] = resBlocks;
    j["attention"] = attention;
    j["conditional"] = conditional;
    j["num_classes"] = conditional ? numClasses : 0;
    j["prediction"] = predictionName(prediction);
    j["schedule"] = scheduleName(schedule);
    j["timesteps"] = timesteps;
    return j.dump(2);
}

DiffusionConfig DiffusionConfig::fromJson(const std::string &json, std::string *error)
{
    std::string scratch;
    std::string &err = error ? *error : scratch;
    err.clear();
    DiffusionConfig c;
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    auto fail = [&](const std::string &message) {
        err = message;
        return DiffusionConfig{};
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
    if (a->get<std::string>() != kDiffusionArchitecture)
        return fail("architecture: \"" + a->get<std::string>().substr(0, 64) + "\" is not a diffusion model (expected " +
                    kDiffusionArchitecture + ")");
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
    auto readName = [&](const char *key, auto parse, auto &out, const char *allowed) -> bool {
        auto it = j.find(key);
        if (it == j.end())
            return true;
        if (!it->is_string() || !parse(it->template get<std::string>(), &out)) {
            err = std::string(key) + ": expected " + allowed;
            return false;
        }
        return true;
    };
    if (!readInt("image_size", c.imageSize) || !readInt("channels", c.channels) ||
        !readInt("base_channels", c.baseChannels) || !readInt("res_blocks", c.resBlocks) ||
        !readBool("attention", c.attention) || !readBool("conditional", c.conditional) ||
        !readInt("num_classes", c.numClasses) ||
        !readName("prediction", parsePrediction, c.prediction, "\"epsilon\" or \"v\"") ||
        !readName("schedule", parseSchedule, c.schedule, "\"linear\", \"cosine\" or \"sigmoid\"") ||
        !readInt("timesteps", c.timesteps))
        return DiffusionConfig{};
    if (!c.conditional)
        c.numClasses = DiffusionConfig{}.numClasses;
    if (std::string v = c.validate(); !v.empty())
        return fail(v);
    return c;
}

std::string DiffusionConfig::describe() const
{
    std::string s = architecture() + ", ";
    s += conditional ? "conditional on " + std::to_string(numClasses) + " classes" : std::string("unconditional");
    s += ", " + std::to_string(imageSize) + "x" + std::to_string(imageSize) + "x" + std::to_string(channels);
    s += ", width " + std::to_string(baseChannels);
    if (resBlocks != 1)
        s += ", " + std::to_string(resBlocks) + " res blocks";
    if (!attention)
        s += ", no attention";
    s += prediction == Prediction::V ? ", v-prediction" : ", ε-prediction";
    s += ", " + scheduleName(schedule) + " schedule, T " + std::to_string(timesteps);
    return s;
}

std::string firstDifference(const DiffusionConfig &have, const DiffusionConfig &want)
{
    auto num = [](const char *field, int h, int w) {
        return std::string(field) + ": checkpoint has " + std::to_string(h) + ", expected " + std::to_string(w);
    };
    auto flag = [](const char *field, bool h, bool w) {
        return std::string(field) + ": checkpoint has " + (h ? "yes" : "no") + ", expected " + (w ? "yes" : "no");
    };
    auto name = [](const char *field, const std::string &h, const std::string &w) {
        return std::string(field) + ": checkpoint has " + h + ", expected " + w;
    };
    if (have.imageSize != want.imageSize)
        return num("image size", have.imageSize, want.imageSize);
    if (have.channels != want.channels)
        return num("channels", have.channels, want.channels);
    if (have.baseChannels != want.baseChannels)
        return num("base channels", have.baseChannels, want.baseChannels);
    if (have.resBlocks != want.resBlocks)
        return num("res blocks", have.resBlocks, want.resBlocks);
    if (have.attention != want.attention)
        return flag("attention", have.attention, want.attention);
    if (have.conditional != want.conditional)
        return flag("conditional", have.conditional, want.conditional);
    if (have.conditional && have.numClasses != want.numClasses)
        return num("classes", have.numClasses, want.numClasses);
    if (have.prediction != want.prediction)
        return name("prediction", predictionName(have.prediction), predictionName(want.prediction));
    if (have.schedule != want.schedule)
        return name("schedule", scheduleName(have.schedule), scheduleName(want.schedule));
    if (have.timesteps != want.timesteps)
        return num("timesteps", have.timesteps, want.timesteps);
    return {};
}

// --- model ---------------------------------------------------------------------------------------

namespace {

constexpr const char *kNetPrefix = "unet.";
constexpr const char *kEmaPrefix = "ema.";

std::unique_ptr<DiffusionState> loadState(const std::string &dir, const DiffusionConfig *expected,
                                          const ResolvedDevice &device);

// One class label per image for the network: -1 (or none) is the "no class" row numClasses.
torch::Tensor labelTensor(const std::vector<int> &labels, int count, int numClasses, const char *what)
{
    if (labels.size() != 1 && labels.size() != std::size_t(count))
        throw std::invalid_argument(std::string(what) + ": expected 1 or " + std::to_string(count) + " classes, got " +
                                    std::to_string(labels.size()));
    auto t = torch::empty({count}, torch::kLong);
    auto *dst = t.data_ptr<std::int64_t>();
    for (int i = 0; i < count; ++i) {
        const int y = labels.size() == 1 ? labels[0] : labels[std::size_t(i)];
        if (y < -1 || y >= numClasses)
            throw std::invalid_argument("class " + std::to_string(y) + " is outside 0.." +
                                        std::to_string(numClasses - 1));
        dst[i] = y < 0 ? numClasses : y;
    }
    return t;
}

} // namespace

DiffusionModel::DiffusionModel(std::unique_ptr<DiffusionState> state) : d(std::move(state)) {}
DiffusionModel::DiffusionModel(DiffusionModel &&) noexcept = default;
DiffusionModel &DiffusionModel::operator=(DiffusionModel &&) noexcept = default;
DiffusionModel::~DiffusionModel() = default;

DiffusionState &DiffusionModel::state() { return *d; }
const DiffusionState &DiffusionModel::state() const { return *d; }
const DiffusionConfig &DiffusionModel::config() const { return d->config; }
const DiffusionInfo &DiffusionModel::info() const { return d->info; }
std::string DiffusionModel::deviceId() const { return d->device.id; }
int DiffusionModel::channels() const { return d->config.channels; }
int DiffusionModel::height() const { return d->config.imageSize; }
int DiffusionModel::width() const { return d->config.imageSize; }
int DiffusionModel::classCount() const { return d->config.conditional ? d->config.numClasses : 0; }
const DiffusionSchedule &DiffusionModel::schedule() const { return d->schedule; }
void DiffusionModel::useEma(bool ema) { d->useEma = ema; }
bool DiffusionModel::usesEma() const { return d->useEma; }

std::int64_t DiffusionModel::parameterCount() const
{
    std::int64_t n = 0;
    for (const auto &p : d->net->parameters())
        n += p.numel();
    return n;
}

DiffusionModel DiffusionModel::create(const DiffusionConfig &config, std::uint64_t seed, const ResolvedDevice &device)
{
    if (std::string v = config.validate(); !v.empty())
        throw std::invalid_argument("invalid diffusion config: " + v);
    auto state = std::make_unique<DiffusionState>(config, device);
    detail::initialize(state->net, seed);
    state->resetEma();
    return DiffusionModel(std::move(state));
}

void DiffusionModel::save(const std::string &dir, const DiffusionInfo &info, bool withOptimizer) const
{
    engine::detail::CheckpointWriter writer(dir);
    writer.addWeights(detail::namedTensors(d->net, kNetPrefix), "weight ");
    writer.addWeights(detail::namedTensors(d->ema, kEmaPrefix), "weight ");
    const bool optimizer = withOptimizer && d->optimizer;
    if (optimizer)
        writer.addAdamState(*d->optimizer, detail::namedParameters(d->net, kNetPrefix));
    writer.save(engine::detail::checkpointConfigJson(d->config.toJson(), engine::detail::checkpointFields(info),
                                                     optimizer ? &d->adam : nullptr),
                d->config.architecture());
    d->info = info;
    if (d->info.appVersion.empty())
        d->info.appVersion = kAppVersion;
}

DiffusionModel DiffusionModel::load(const std::string &dir, const ResolvedDevice &device)
{
    return DiffusionModel(loadState(dir, nullptr, device));
}

DiffusionModel DiffusionModel::load(const std::string &dir, const DiffusionConfig &expected, const ResolvedDevice &device)
{
    return DiffusionModel(loadState(dir, &expected, device));
}

namespace {

std::unique_ptr<DiffusionState> loadState(const std::string &dir, const DiffusionConfig *expected,
                                          const ResolvedDevice &device)
{
    io::LoadedCheckpoint ck;
    try {
        ck = io::loadCheckpoint(dir);
    } catch (const std::exception &e) {
        throw DiffusionCheckpointError(e.what());
    }
    if (ck.architecture != kDiffusionArchitecture)
        throw DiffusionCheckpointError(dir + ": architecture \"" + ck.architecture.substr(0, 64) +
                                       "\" is not a diffusion model (expected " + kDiffusionArchitecture + ")");
    std::string error;
    const DiffusionConfig config = DiffusionConfig::fromJson(ck.configJson, &error);
    if (!error.empty())
        throw DiffusionCheckpointError(dir + "/config.json: " + error);
    if (expected)
        if (std::string diff = firstDifference(config, *expected); !diff.empty())
            throw DiffusionCheckpointError(dir + ": " + diff);
    if (!ck.weights)
        throw DiffusionCheckpointError(dir + ": no model.safetensors");

    auto state = std::make_unique<DiffusionState>(config, device);
    auto tensors = detail::namedTensors(state->net, kNetPrefix);
    const auto emaTensors = detail::namedTensors(state->ema, kEmaPrefix);
    tensors.insert(tensors.end(), emaTensors.begin(), emaTensors.end());
    if (std::string problem = engine::detail::weightsMismatch(*ck.weights, tensors, dir, config.describe());
        !problem.empty())
        throw DiffusionCheckpointError(problem);
    {
        torch::NoGradGuard noGrad;
        engine::detail::copyWeights(*ck.weights, tensors);
    }
    engine::detail::assignCheckpointFields(state->info, engine::detail::readCheckpointFields(ck));
    if (ck.optimizer) {
        detail::AdamSettings adam;
        engine::detail::readAdamSettings(ck.configJson, adam);
        state->ensureOptimizer(adam);
        if (std::string problem = engine::detail::restoreAdamState(
                *ck.optimizer, *state->optimizer, detail::namedParameters(state->net, kNetPrefix), dir);
            !problem.empty())
            throw DiffusionCheckpointError(problem);
    }
    return state;
}

} // namespace

std::vector<float> DiffusionModel::predictNoise(const std::vector<float> &xt, int count, int t,
                                                const Conditioning &conditioning) const
{
    const DiffusionConfig &c = d->config;
    const std::int64_t per = std::int64_t(c.channels) * c.imageSize * c.imageSize;
    if (count <= 0)
        throw std::invalid_argument("predictNoise: count must be positive, not " + std::to_string(count));
    if (std::int64_t(xt.size()) != per * count)
        throw std::invalid_argument("predictNoise: expected " + std::to_string(per * count) + " values (" +
                                    std::to_string(count) + " images of " + std::to_string(c.imageSize) + "x" +
                                    std::to_string(c.imageSize) + "x" + std::to_string(c.channels) + "), got " +
                                    std::to_string(xt.size()));
    if (t < 1 || t > c.timesteps)
        throw std::invalid_argument("predictNoise: timestep " + std::to_string(t) + " is outside 1.." +
                                    std::to_string(c.timesteps));
    if (!std::isfinite(conditioning.guidance))
        throw std::invalid_argument("predictNoise: guidance must be a finite number");

    // The conditioning: a conditional model's class embeddings, or none ("no class").
    torch::Tensor labels, blendTo;
    bool guided = false;
    if (!conditioning.labels.empty()) {
        if (!c.conditional) {
            for (int y : conditioning.labels)
                if (y >= 0)
                    throw std::invalid_argument("class " + std::to_string(y) + ": the model is not class-conditional");
        } else {
            labels = labelTensor(conditioning.labels, count, c.numClasses, "labels");
            if (!conditioning.blendTo.empty() && conditioning.blend != 0) {
                if (conditioning.blendTo.size() != conditioning.labels.size())
                    throw std::invalid_argument("blendTo: expected as many classes as labels (" +
                                                std::to_string(conditioning.labels.size()) + "), got " +
                                                std::to_string(conditioning.blendTo.size()));
                blendTo = labelTensor(conditioning.blendTo, count, c.numClasses, "blendTo");
            }
            guided = conditioning.guidance != 1.0;
        }
    }

    c10::InferenceMode inference;
    detail::UNet &net = d->inference();
    const torch::Device device = d->torchDevice;
    auto x = torch::from_blob(const_cast<float *>(xt.data()), {count, c.channels, c.imageSize, c.imageSize},
                              torch::kFloat32);
    if (!device.is_cpu())
        x = x.to(device);
    const bool unconditionalOnly = guided && conditioning.guidance == 0.0;
    torch::Tensor classEmb;
    if (labels.defined() && !unconditionalOnly)
        classEmb = net->embedClasses(labels.to(device), blendTo.defined() ? blendTo.to(device) : torch::Tensor(),
                                     conditioning.blend);
    torch::Tensor out;
    if (guided && !unconditionalOnly) {
        // Conditional and unconditional halves in one batch of 2N.
        auto none = net->embedClasses(torch::full({count}, std::int64_t(c.numClasses), torch::kLong).to(device));
        auto both = net->forwardEmbedded(torch::cat({x, x}, 0), torch::full({2 * count}, double(t), torch::kFloat32).to(device),
                                         torch::cat({classEmb, none}, 0));
        auto cond = both.narrow(0, 0, count), uncond = both.narrow(0, count, count);
        out = uncond + (cond - uncond) * conditioning.guidance;
    } else {
        out = net->forwardEmbedded(x, torch::full({count}, double(t), torch::kFloat32).to(device), classEmb);
    }
    if (c.prediction == Prediction::V) {
        // v = sqrt(ᾱ) ε - sqrt(1 - ᾱ) x_0 and x_t = sqrt(ᾱ) x_0 + sqrt(1 - ᾱ) ε give
        // ε = sqrt(1 - ᾱ) x_t + sqrt(ᾱ) v.
        out = x * d->schedule.noise(t) + out * d->schedule.signal(t);
    }
    out = out.to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

} // namespace genlab::engine::diffusion
