#include "engine/gpt/detail/hflayout.h"

#include "engine/io/safetensors.h"
#include "engine/tensorio/detail/tensorio.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace genlab::engine::gpt::detail {

namespace {

// dst (cols x rows) = src (rows x cols) transposed, in cache-sized tiles over the intra-op
// threads: a strided copy_ of the transposed view took a third of opening a 124M model.
void transposeInto(const float *src, std::int64_t rows, std::int64_t cols, float *dst)
{
    constexpr std::int64_t kTile = 32;
    at::parallel_for(0, (rows + kTile - 1) / kTile, 4, [&](std::int64_t first, std::int64_t last) {
        for (std::int64_t rt = first; rt < last; ++rt) {
            const std::int64_t r0 = rt * kTile, r1 = std::min(rows, r0 + kTile);
            for (std::int64_t c0 = 0; c0 < cols; c0 += kTile) {
                const std::int64_t c1 = std::min(cols, c0 + kTile);
                for (std::int64_t r = r0; r < r1; ++r)
                    for (std::int64_t c = c0; c < c1; ++c)
                        dst[c * rows + r] = src[r * cols + c];
            }
        }
    });
}

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
    std::unordered_map<std::string, torch::Tensor> targets;
    for (auto &[name, t] : net.namedParameters())
        targets.emplace(name, t);
    torch::NoGradGuard noGrad;
    // One pass over the bytes where it can: fp32 tensors stored in our layout are read straight
    // into the parameter, and each slice is checked for NaN/Inf while it is still in cache. The
    // net is a fresh one, so a bad tensor half-way leaves nothing behind.
    constexpr std::int64_t kSliceBytes = 8 << 20;
    for (const auto &spec : specs) {
        const io::TensorInfo &info = *byName.at(spec.name);
        torch::Tensor &target = targets.at(spec.name);
        std::atomic<bool> nonFinite{false};
        if (info.dtype == io::DType::F32 && !spec.conv1d && target.device().is_cpu() && target.is_contiguous() &&
            target.scalar_type() == torch::kFloat32 && std::uint64_t(target.nbytes()) == info.byteCount()) {
            auto *destination = static_cast<std::byte *>(target.data_ptr());
            at::parallel_for(0, std::int64_t(info.byteCount()), kSliceBytes, [&](std::int64_t begin, std::int64_t end) {
                reader.readBytes(info, std::uint64_t(begin), destination + begin, std::size_t(end - begin));
                if (io::holdsNonFinite(io::DType::F32, destination + begin, std::size_t(end - begin)))
                    nonFinite = true;
            });
        } else {
            auto loaded = engine::detail::loadTensor(reader, info, engine::detail::HalfPrecision::ToFloat32)
                              .to(torch::kFloat32)
                              .contiguous();
            nonFinite = io::holdsNonFinite(io::DType::F32, loaded.data_ptr<float>(), std::size_t(loaded.nbytes()));
            const bool tiled = spec.conv1d && target.device().is_cpu() && target.is_contiguous() &&
                               target.scalar_type() == torch::kFloat32 && loaded.dim() == 2;
            if (!nonFinite && tiled)
                transposeInto(loaded.data_ptr<float>(), loaded.size(0), loaded.size(1), target.data_ptr<float>());
            else if (!nonFinite)
                target.copy_(spec.conv1d ? loaded.t() : loaded);
        }
        if (nonFinite)
            throw std::runtime_error(reader.path() + ": tensor " + info.name + " holds NaN or infinite values");
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
