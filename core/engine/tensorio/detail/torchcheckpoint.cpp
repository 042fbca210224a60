#include "engine/tensorio/detail/torchcheckpoint.h"

#include "engine/base/version.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace genlab::engine::detail {

namespace {

std::string shapeText(at::IntArrayRef shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

bool sameShape(const io::TensorInfo &info, at::IntArrayRef shape)
{
    return std::equal(info.shape.begin(), info.shape.end(), shape.begin(), shape.end());
}

// An owning float32 tensor of the file's values (readFloat32's vector dies with the call).
torch::Tensor fromFloats(const std::vector<float> &values, at::IntArrayRef shape)
{
    return torch::from_blob(const_cast<float *>(values.data()), shape, torch::kFloat32).clone();
}

// How many problems a "does not fit" message lists before "and N more": a file of another
// architecture can differ in every tensor.
constexpr std::size_t kProblemsShown = 8;

} // namespace

void ensureAdam(std::unique_ptr<torch::optim::Adam> &optimizer, const std::vector<torch::Tensor> &parameters,
                const AdamSettings &settings)
{
    if (!optimizer) {
        optimizer = std::make_unique<torch::optim::Adam>(
            parameters,
            torch::optim::AdamOptions(settings.learningRate).betas({settings.beta1, settings.beta2}).eps(settings.eps));
        return;
    }
    for (auto &group : optimizer->param_groups())
        static_cast<torch::optim::AdamOptions &>(group.options())
            .lr(settings.learningRate)
            .betas({settings.beta1, settings.beta2})
            .eps(settings.eps);
}

// --- saving ------------------------------------------------------------------------------------

std::string checkpointConfigJson(const std::string &modelConfigJson, const CheckpointFields &fields,
                                 const AdamSettings *adam, const nlohmann::ordered_json *afterDataset)
{
    auto j = nlohmann::ordered_json::parse(modelConfigJson);
    j["step"] = fields.step;
    j["dataset"] = fields.datasetId;
    if (afterDataset)
        for (const auto &[key, value] : afterDataset->items())
            j[key] = value;
    j["app_version"] = fields.appVersion.empty() ? std::string(kAppVersion) : fields.appVersion;
    if (!fields.recipeJson.empty()) {
        auto recipe = nlohmann::ordered_json::parse(fields.recipeJson, nullptr, false);
        if (recipe.is_discarded())
            throw std::invalid_argument("recipe: not valid JSON");
        j["recipe"] = recipe;
    }
    if (adam) {
        j["optimizer"] = {{"kind", "adam"},
                          {"learning_rate", adam->learningRate},
                          {"beta1", adam->beta1},
                          {"beta2", adam->beta2},
                          {"eps", adam->eps}};
    }
    return j.dump(2);
}

CheckpointWriter::CheckpointWriter(std::string dir) : m_dir(std::move(dir)) {}

void CheckpointWriter::add(std::vector<io::TensorToWrite> &out, const std::string &name, const torch::Tensor &tensor)
{
    auto c = tensor.detach().to(torch::kCPU).contiguous();
    if (c.scalar_type() != torch::kLong && c.scalar_type() != torch::kFloat32)
        c = c.to(torch::kFloat32);
    m_keepAlive.push_back(c);
    io::TensorToWrite w;
    w.name = name;
    w.dtype = c.scalar_type() == torch::kLong ? io::DType::I64 : io::DType::F32;
    w.shape.assign(c.sizes().begin(), c.sizes().end());
    w.data = c.data_ptr();
    w.byteCount = std::size_t(c.numel()) * c.element_size();
    out.push_back(std::move(w));
}

void CheckpointWriter::addWeights(const NamedTensors &tensors, std::string_view nounBeforeName)
{
    for (const auto &[name, t] : tensors) {
        if (t.is_floating_point() && !torch::isfinite(t.detach()).all().item<bool>())
            throw std::runtime_error(m_dir + ": not saved: " + std::string(nounBeforeName) + name +
                                     " holds NaN or infinity");
        add(m_data.weights, name, t);
    }
}

void CheckpointWriter::addAdamState(torch::optim::Adam &optimizer, const NamedTensors &parameters)
{
    auto &state = optimizer.state();
    for (const auto &[name, p] : parameters) {
        auto it = state.find(c10::guts::to_string(p.unsafeGetTensorImpl()));
        if (it == state.end())
            continue; // never stepped
        auto &s = static_cast<torch::optim::AdamParamState &>(*it->second);
        add(m_data.optimizer, name + ".exp_avg", s.exp_avg());
        add(m_data.optimizer, name + ".exp_avg_sq", s.exp_avg_sq());
        add(m_data.optimizer, name + ".step", torch::tensor(std::int64_t(s.step()), torch::kLong).reshape({}));
    }
}

void CheckpointWriter::save(std::string configJson, const std::string &architecture)
{
    m_data.configJson = std::move(configJson);
    m_data.weightsMetadata["architecture"] = architecture;
    io::saveCheckpoint(m_dir, m_data);
}

// --- loading -----------------------------------------------------------------------------------

std::string weightsMismatch(const io::SafetensorsReader &weights, const NamedTensors &tensors,
                            const std::string &dir, const std::string &description)
{
    std::vector<std::string> problems;
    std::set<std::string> names;
    for (const auto &[name, t] : tensors) {
        names.insert(name);
        const io::TensorInfo *info = weights.find(name);
        if (!info)
            problems.push_back(name + " is missing (expected " + shapeText(t.sizes()) + ")");
        else if (!sameShape(*info, t.sizes()))
            problems.push_back(name + " has shape " + shapeText(info->shape) + ", expected " + shapeText(t.sizes()));
        else if (t.is_floating_point() && !io::isFloatingPoint(info->dtype))
            problems.push_back(name + " is not a floating-point tensor");
    }
    for (const auto &t : weights.tensors())
        if (!names.count(t.name))
            problems.push_back("unexpected tensor " + t.name.substr(0, 128));
    if (problems.empty())
        return {};
    std::string msg = dir + "/model.safetensors does not fit a " + description + ": ";
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        msg += (i ? "; " : "") + problems[i];
    if (problems.size() > kProblemsShown)
        msg += "; and " + std::to_string(problems.size() - kProblemsShown) + " more";
    return msg;
}

void copyWeights(const io::SafetensorsReader &weights, const NamedTensors &tensors)
{
    torch::NoGradGuard noGrad;
    for (const auto &[name, t] : tensors) {
        auto target = t; // shares t's storage
        target.copy_(fromFloats(weights.readFloat32(*weights.find(name)), t.sizes()).to(t.scalar_type()).to(t.device()));
    }
}

CheckpointFields readCheckpointFields(const io::LoadedCheckpoint &ck)
{
    CheckpointFields fields;
    fields.step = ck.step;
    auto j = nlohmann::json::parse(ck.configJson, nullptr, false);
    if (j.contains("dataset") && j["dataset"].is_string())
        fields.datasetId = j["dataset"].get<std::string>();
    if (j.contains("app_version") && j["app_version"].is_string())
        fields.appVersion = j["app_version"].get<std::string>();
    if (j.contains("recipe") && j["recipe"].is_object())
        fields.recipeJson = j["recipe"].dump();
    return fields;
}

void readAdamSettings(const std::string &configJson, AdamSettings &settings)
{
    auto j = nlohmann::json::parse(configJson, nullptr, false);
    auto o = j.find("optimizer");
    if (o == j.end() || !o->is_object())
        return;
    auto num = [&](const char *key, double fallback) {
        auto it = o->find(key);
        return it != o->end() && it->is_number() ? it->get<double>() : fallback;
    };
    settings.learningRate = num("learning_rate", settings.learningRate);
    settings.beta1 = num("beta1", settings.beta1);
    settings.beta2 = num("beta2", settings.beta2);
    settings.eps = num("eps", settings.eps);
}

std::string restoreAdamState(const io::SafetensorsReader &o, torch::optim::Adam &optimizer,
                             const NamedTensors &parameters, const std::string &dir)
{
    for (const auto &[name, p] : parameters) {
        const io::TensorInfo *m = o.find(name + ".exp_avg");
        const io::TensorInfo *v = o.find(name + ".exp_avg_sq");
        const io::TensorInfo *s = o.find(name + ".step");
        if (!m && !v && !s)
            continue;
        if (!m || !sameShape(*m, p.sizes()) || !v || !sameShape(*v, p.sizes()) || !s || s->numel() != 1)
            return dir + "/optimizer.safetensors: the state of " + name + " is missing or has the wrong shape";
        auto stepValues = o.readFloat32(*s);
        const double stepValue = stepValues.empty() ? -1.0 : double(stepValues[0]);
        if (!(stepValue >= 0.0) || stepValue > 1e12)
            return dir + "/optimizer.safetensors: " + name + ".step is not a valid step count";
        auto st = std::make_unique<torch::optim::AdamParamState>();
        st->step(std::int64_t(stepValue));
        st->exp_avg(fromFloats(o.readFloat32(*m), p.sizes()).to(p.device()));
        st->exp_avg_sq(fromFloats(o.readFloat32(*v), p.sizes()).to(p.device()));
        optimizer.state()[c10::guts::to_string(p.unsafeGetTensorImpl())] = std::move(st);
    }
    return {};
}

} // namespace genlab::engine::detail
