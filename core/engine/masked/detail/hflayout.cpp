#include "engine/masked/detail/hflayout.h"

#include "engine/io/safetensors.h"
#include "engine/tensorio/detail/tensorio.h"

#include <atomic>
#include <cstring>
#include <map>
#include <stdexcept>

namespace genlab::engine::masked::detail {

namespace {

// One Hugging Face tensor and where it lives in the net (q, k and v are row slices of the fused
// matrix, which narrow() keeps contiguous).
struct Spec
{
    std::string name; // full name in the file
    torch::Tensor target;
};

bool startsWith(const std::string &s, const char *p)
{
    return s.rfind(p, 0) == 0;
}

bool endsWith(const std::string &s, const char *p)
{
    const std::size_t n = std::strlen(p);
    return s.size() >= n && s.compare(s.size() - n, n, p) == 0;
}

std::vector<Spec> specs(const BertNet &net, const std::string &prefix)
{
    const std::int64_t h = net.config().hiddenSize;
    std::vector<Spec> out;
    const std::string e = prefix + "embeddings.";
    out.push_back({e + "word_embeddings.weight", net.wordEmbeddings});
    out.push_back({e + "position_embeddings.weight", net.positionEmbeddings});
    out.push_back({e + "token_type_embeddings.weight", net.tokenTypeEmbeddings});
    out.push_back({e + "LayerNorm.weight", net.embLnWeight});
    out.push_back({e + "LayerNorm.bias", net.embLnBias});
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
        const auto &l = net.layers[i];
        const std::string p = prefix + "encoder.layer." + std::to_string(i) + ".";
        const char *qkv[] = {"query", "key", "value"};
        for (int j = 0; j < 3; ++j) {
            out.push_back({p + "attention.self." + qkv[j] + ".weight", l.qkvWeight.narrow(0, j * h, h)});
            out.push_back({p + "attention.self." + qkv[j] + ".bias", l.qkvBias.narrow(0, j * h, h)});
        }
        out.push_back({p + "attention.output.dense.weight", l.attnOutWeight});
        out.push_back({p + "attention.output.dense.bias", l.attnOutBias});
        out.push_back({p + "attention.output.LayerNorm.weight", l.attnLnWeight});
        out.push_back({p + "attention.output.LayerNorm.bias", l.attnLnBias});
        out.push_back({p + "intermediate.dense.weight", l.fcWeight});
        out.push_back({p + "intermediate.dense.bias", l.fcBias});
        out.push_back({p + "output.dense.weight", l.outWeight});
        out.push_back({p + "output.dense.bias", l.outBias});
        out.push_back({p + "output.LayerNorm.weight", l.outLnWeight});
        out.push_back({p + "output.LayerNorm.bias", l.outLnBias});
    }
    if (net.hasMlmHead()) {
        out.push_back({"cls.predictions.transform.dense.weight", net.mlmDenseWeight});
        out.push_back({"cls.predictions.transform.dense.bias", net.mlmDenseBias});
        out.push_back({"cls.predictions.transform.LayerNorm.weight", net.mlmLnWeight});
        out.push_back({"cls.predictions.transform.LayerNorm.bias", net.mlmLnBias});
        out.push_back({"cls.predictions.bias", net.mlmBias});
    }
    return out;
}

// Tensors Hugging Face files carry that the model does not use or holds elsewhere: buffers, the
// pooler (sentence embeddings here are pooled from the last hidden states), the next-sentence
// head, and the decoder tied to the word embeddings.
bool isKnownExtra(const std::string &name)
{
    return endsWith(name, "embeddings.position_ids") || endsWith(name, "embeddings.token_type_ids") ||
           startsWith(name, "pooler.") || startsWith(name, "bert.pooler.") || startsWith(name, "cls.seq_relationship.") ||
           name == "cls.predictions.decoder.weight" || name == "cls.predictions.decoder.bias";
}

// Older TensorFlow-converted checkpoints name LayerNorm parameters gamma/beta.
std::string oldLayerNormName(const std::string &name)
{
    if (endsWith(name, "LayerNorm.weight"))
        return name.substr(0, name.size() - 6) + "gamma";
    if (endsWith(name, "LayerNorm.bias"))
        return name.substr(0, name.size() - 4) + "beta";
    return {};
}

} // namespace

HfBertLayout detectHfLayout(const io::SafetensorsReader &reader)
{
    HfBertLayout layout;
    for (const auto &info : reader.tensors()) {
        if (startsWith(info.name, "bert."))
            layout.prefix = "bert.";
        if (startsWith(info.name, "cls.predictions.transform."))
            layout.hasMlmHead = true;
    }
    return layout;
}

void loadHfWeights(BertNet &net, const io::SafetensorsReader &reader, const HfBertLayout &layout)
{
    const auto wanted = specs(net, layout.prefix);
    // File name for each spec (gamma/beta when that is what the file has).
    std::vector<std::string> fileNames;
    engine::detail::ShapeMap expected;
    for (const auto &spec : wanted) {
        std::string name = spec.name;
        if (!reader.find(name)) {
            const std::string old = oldLayerNormName(name);
            if (!old.empty() && reader.find(old))
                name = old;
        }
        expected.emplace(name, spec.target.sizes().vec());
        fileNames.push_back(name);
    }

    // Shapes are checked on size-only placeholders first, so a file for another model size fails
    // before hundreds of megabytes are copied.
    engine::detail::TensorMap placeholders;
    std::vector<std::string> unexpected;
    for (const auto &info : reader.tensors()) {
        if (!expected.count(info.name)) {
            if (!isKnownExtra(info.name) && !(layout.hasMlmHead == false && startsWith(info.name, "cls.predictions.")))
                unexpected.push_back(info.name);
            continue;
        }
        if (!io::isFloatingPoint(info.dtype))
            throw std::runtime_error(reader.path() + ": tensor " + info.name + " has dtype " +
                                     std::string(io::dtypeName(info.dtype)) + ", expected a floating-point type");
        placeholders[info.name] = torch::empty({}, torch::kFloat32).expand(info.shape);
    }
    if (auto problem = engine::detail::checkShapes(expected, placeholders); !problem.empty()) {
        const auto &c = net.config();
        throw std::runtime_error(reader.path() + ": not the BERT model config.json describes (" +
                                 std::to_string(c.layers) + " layers, hidden size " + std::to_string(c.hiddenSize) +
                                 ", intermediate size " + std::to_string(c.intermediateSize) + ", vocabulary " +
                                 std::to_string(c.vocabSize) + ", " + std::to_string(c.maxPositions) +
                                 " positions): " + problem);
    }
    if (!unexpected.empty())
        throw std::runtime_error(reader.path() + ": unexpected tensor " + unexpected.front() +
                                 (unexpected.size() > 1 ? " and " + std::to_string(unexpected.size() - 1) + " more" : "") +
                                 " for a BERT model of the shape config.json describes");

    torch::NoGradGuard noGrad;
    // fp32 tensors are read straight into the parameter (or its q/k/v slice), each slice checked
    // for NaN/Inf while still in cache. The net is a fresh one: a bad tensor half-way leaves nothing.
    constexpr std::int64_t kSliceBytes = 8 << 20;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const io::TensorInfo &info = *reader.find(fileNames[i]);
        torch::Tensor target = wanted[i].target;
        std::atomic<bool> nonFinite{false};
        if (info.dtype == io::DType::F32 && target.device().is_cpu() && target.is_contiguous() &&
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
            if (!nonFinite)
                target.copy_(loaded);
        }
        if (nonFinite)
            throw std::runtime_error(reader.path() + ": tensor " + info.name + " holds NaN or infinite values");
    }
}

std::vector<std::pair<std::string, torch::Tensor>> hfWeights(const BertNet &net)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &spec : specs(net, net.hasMlmHead() ? "bert." : ""))
        out.emplace_back(spec.name, spec.target.detach().to(torch::kCPU, torch::kFloat32).contiguous());
    return out;
}

} // namespace genlab::engine::masked::detail
