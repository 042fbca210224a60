#include "engine/gpt/detail/hflayout.h"

#include "engine/io/safetensors.h"
#include "engine/tensorio/detail/tensorio.h"

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
    return endsWith(".attn.bias") || endsWith(".attn.masked_bias") || endsWith("lm_head.weight");
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
    engine::detail::ShapeMap expected;
    for (const auto &spec : specs)
        expected.emplace(spec.name, spec.shape);

    // Shapes are checked on size-only placeholders first, so a file for another model size fails
    // before gigabytes are copied.
    std::map<std::string, const io::TensorInfo *> byName;
    engine::detail::TensorMap placeholders;
    for (const auto &info : reader.tensors()) {
        std::string name = info.name.rfind("transformer.", 0) == 0 ? info.name.substr(12) : info.name;
        if (!expected.count(name)) {
            if (extras && !isKnownExtra(name))
                extras->push_back(info.name);
            continue;
        }
        if (!io::isFloatingPoint(info.dtype))
            throw std::runtime_error(reader.path() + ": tensor " + info.name + " has dtype " +
                                     std::string(io::dtypeName(info.dtype)) + ", expected a floating-point type");
        placeholders[name] = torch::empty({}, torch::kFloat32).expand(info.shape);
        byName[name] = &info;
    }
    if (auto problem = engine::detail::checkShapes(expected, placeholders); !problem.empty()) {
        const auto &c = net.config();
        throw std::runtime_error(reader.path() + ": not a GPT-2 model with " + std::to_string(c.layers) +
                                 " layers, width " + std::to_string(c.embedDim) + ", vocabulary " +
                                 std::to_string(c.vocabSize) + " and context " + std::to_string(c.contextLength) +
                                 ": " + problem);
    }
    for (const auto &[name, info] : byName)
        if (reader.hasNonFinite(*info))
            throw std::runtime_error(reader.path() + ": tensor " + info->name + " holds NaN or infinite values");

    std::unordered_map<std::string, torch::Tensor> targets;
    for (auto &[name, t] : net.namedParameters())
        targets.emplace(name, t);
    torch::NoGradGuard noGrad;
    for (const auto &spec : specs) {
        auto loaded = engine::detail::loadTensor(reader, *byName.at(spec.name), engine::detail::HalfPrecision::ToFloat32)
                          .to(torch::kFloat32);
        targets.at(spec.name).copy_(spec.conv1d ? loaded.t() : loaded);
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
