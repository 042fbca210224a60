#include "engine/gpt/detail/hflayout.h"

#include "engine/io/safetensors.h"

#include <cstring>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace genlab::engine::gpt::detail {

namespace {

bool isConv1dWeight(const std::string &name)
{
    for (const char *suffix : {"attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight"}) {
        const std::size_t n = std::strlen(suffix);
        if (name.size() >= n && name.compare(name.size() - n, n, suffix) == 0)
            return true;
    }
    return false;
}

// Buffers Hugging Face files carry that are not weights (the causal mask) or are tied (lm_head).
bool isKnownExtra(const std::string &name)
{
    auto endsWith = [&](const char *s) {
        const std::size_t n = std::strlen(s);
        return name.size() >= n && name.compare(name.size() - n, n, s) == 0;
    };
    return endsWith(".attn.bias") || endsWith(".attn.masked_bias") || name == "lm_head.weight";
}

} // namespace

std::string shapeString(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::vector<HfTensorSpec> hfTensorSpecs(const GptConfig &c)
{
    const std::int64_t e = c.embedDim;
    std::vector<HfTensorSpec> specs;
    specs.push_back({"wte.weight", {c.vocabSize, e}, false});
    specs.push_back({"wpe.weight", {c.contextLength, e}, false});
    for (int i = 0; i < c.layers; ++i) {
        const std::string p = "h." + std::to_string(i) + ".";
        specs.push_back({p + "ln_1.weight", {e}, false});
        specs.push_back({p + "ln_1.bias", {e}, false});
        specs.push_back({p + "attn.c_attn.weight", {e, 3 * e}, true});
        specs.push_back({p + "attn.c_attn.bias", {3 * e}, false});
        specs.push_back({p + "attn.c_proj.weight", {e, e}, true});
        specs.push_back({p + "attn.c_proj.bias", {e}, false});
        specs.push_back({p + "ln_2.weight", {e}, false});
        specs.push_back({p + "ln_2.bias", {e}, false});
        specs.push_back({p + "mlp.c_fc.weight", {e, 4 * e}, true});
        specs.push_back({p + "mlp.c_fc.bias", {4 * e}, false});
        specs.push_back({p + "mlp.c_proj.weight", {4 * e, e}, true});
        specs.push_back({p + "mlp.c_proj.bias", {e}, false});
    }
    specs.push_back({"ln_f.weight", {e}, false});
    specs.push_back({"ln_f.bias", {e}, false});
    return specs;
}

void loadHfWeights(GptNet &net, const io::SafetensorsReader &reader, std::vector<std::string> *extras)
{
    const auto specs = hfTensorSpecs(net.config());
    std::vector<const io::TensorInfo *> found(specs.size(), nullptr);
    std::vector<std::string> problems;
    std::set<std::string> used;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto &spec = specs[i];
        const io::TensorInfo *info = reader.find(spec.name);
        if (!info)
            info = reader.find("transformer." + spec.name);
        if (!info) {
            problems.push_back("missing tensor " + spec.name + " (expected shape " + shapeString(spec.shape) + ")");
            continue;
        }
        used.insert(info->name);
        if (info->shape != spec.shape) {
            problems.push_back("tensor " + info->name + " has shape " + shapeString(info->shape) + ", expected " +
                               shapeString(spec.shape));
            continue;
        }
        if (!io::isFloatingPoint(info->dtype)) {
            problems.push_back("tensor " + info->name + " has dtype " + std::string(io::dtypeName(info->dtype)) +
                               ", expected a floating-point type");
            continue;
        }
        found[i] = info;
    }
    if (!problems.empty()) {
        std::string msg = reader.path() + ": the weights do not fit a GPT-2 model with " +
                          std::to_string(net.config().layers) + " layers, width " +
                          std::to_string(net.config().embedDim) + ", vocabulary " +
                          std::to_string(net.config().vocabSize) + " and context " +
                          std::to_string(net.config().contextLength) + ": ";
        const std::size_t shown = std::min<std::size_t>(problems.size(), 12);
        for (std::size_t i = 0; i < shown; ++i)
            msg += (i ? "; " : "") + problems[i];
        if (problems.size() > shown)
            msg += "; and " + std::to_string(problems.size() - shown) + " more";
        throw std::runtime_error(msg);
    }
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (reader.hasNonFinite(*found[i]))
            throw std::runtime_error(reader.path() + ": tensor " + found[i]->name + " holds NaN or infinite values");

    std::unordered_map<std::string, torch::Tensor> targets;
    for (auto &[name, t] : net.namedParameters())
        targets.emplace(name, t);

    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto &spec = specs[i];
        const io::TensorInfo &info = *found[i];
        auto staged = torch::empty(spec.shape, torch::kFloat32);
        if (info.dtype == io::DType::F32) {
            auto raw = reader.bytes(info);
            if (!raw.empty())
                std::memcpy(staged.data_ptr<float>(), raw.data(), raw.size()); // copy: the file may be misaligned
        } else {
            auto values = reader.readFloat32(info);
            if (!values.empty())
                std::memcpy(staged.data_ptr<float>(), values.data(), values.size() * sizeof(float));
        }
        torch::Tensor &target = targets.at(spec.name);
        target.copy_(spec.conv1d ? staged.t() : staged);
    }

    if (extras) {
        for (const auto &t : reader.tensors())
            if (!used.count(t.name) && !isKnownExtra(t.name) &&
                !(t.name.rfind("transformer.", 0) == 0 && isKnownExtra(t.name.substr(12))))
                extras->push_back(t.name);
    }
}

std::vector<std::pair<std::string, torch::Tensor>> hfWeights(const GptNet &net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (auto &[name, t] : net.namedParameters()) {
        auto cpu = t.detach().to(torch::kCPU, torch::kFloat32);
        out.emplace_back(name, (isConv1dWeight(name) ? cpu.t() : cpu).contiguous());
    }
    return out;
}

} // namespace genlab::engine::gpt::detail
