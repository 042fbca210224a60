#include "engine/gpt/gptconfig.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace genlab::engine::gpt {

namespace {

using Json = nlohmann::json;

int intField(const Json &j, std::initializer_list<const char *> names, const char *what)
{
    for (const char *name : names) {
        auto it = j.find(name);
        if (it == j.end() || it->is_null())
            continue;
        if (!it->is_number_integer())
            throw std::runtime_error(std::string("model config: \"") + name + "\" is not an integer");
        auto v = it->get<std::int64_t>();
        if (v < 0 || v > (std::int64_t(1) << 30))
            throw std::runtime_error(std::string("model config: \"") + name + "\" is out of range (" +
                                     std::to_string(v) + ")");
        return int(v);
    }
    std::string list;
    for (const char *name : names)
        list += std::string(list.empty() ? "" : " or ") + "\"" + name + "\"";
    throw std::runtime_error(std::string("model config: missing ") + what + " (" + list + ")");
}

} // namespace

std::int64_t GptConfig::parameterCount() const
{
    const std::int64_t e = embedDim;
    const std::int64_t perLayer = 2 * e /*ln1*/ + e * 3 * e + 3 * e /*qkv*/ + e * e + e /*proj*/ + 2 * e /*ln2*/ +
                                  e * 4 * e + 4 * e /*fc*/ + 4 * e * e + e /*fc2*/;
    return std::int64_t(vocabSize) * e + std::int64_t(contextLength) * e + layers * perLayer + 2 * e;
}

std::int64_t GptConfig::decodeWeightBytes() const
{
    return (parameterCount() - std::int64_t(contextLength - 1) * embedDim) * 4;
}

void GptConfig::validate() const
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("model config: " + msg);
    };
    need(vocabSize >= 2 && vocabSize <= 4'000'000, "vocabSize must be in [2, 4000000], got " + std::to_string(vocabSize));
    need(contextLength >= 1 && contextLength <= 1'048'576,
         "contextLength must be in [1, 1048576], got " + std::to_string(contextLength));
    need(layers >= 1 && layers <= 1024, "layers must be in [1, 1024], got " + std::to_string(layers));
    need(heads >= 1 && heads <= 1024, "heads must be in [1, 1024], got " + std::to_string(heads));
    need(embedDim >= 1 && embedDim <= 65536, "embedDim must be in [1, 65536], got " + std::to_string(embedDim));
    need(embedDim % heads == 0,
         "embedDim (" + std::to_string(embedDim) + ") must be a multiple of heads (" + std::to_string(heads) + ")");
    need(layerNormEps > 0 && layerNormEps < 1, "layerNormEps must be in (0, 1)");
}

std::string GptConfig::difference(const GptConfig &o) const
{
    std::string out;
    auto add = [&](const char *name, auto a, auto b) {
        if (a != b)
            out += std::string(out.empty() ? "" : ", ") + name + ": " + std::to_string(a) + " vs " + std::to_string(b);
    };
    add("vocabSize", vocabSize, o.vocabSize);
    add("contextLength", contextLength, o.contextLength);
    add("layers", layers, o.layers);
    add("heads", heads, o.heads);
    add("embedDim", embedDim, o.embedDim);
    add("layerNormEps", layerNormEps, o.layerNormEps);
    return out;
}

std::string GptConfig::toJson() const
{
    Json j;
    j["architecture"] = "gpt2";
    j["vocab_size"] = vocabSize;
    j["context_length"] = contextLength;
    j["layers"] = layers;
    j["heads"] = heads;
    j["embed_dim"] = embedDim;
    j["layer_norm_eps"] = layerNormEps;
    return j.dump(2);
}

GptConfig GptConfig::fromJson(const std::string &text)
{
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw std::runtime_error("model config: not valid JSON");
    if (!j.is_object())
        throw std::runtime_error("model config: not a JSON object");

    if (auto it = j.find("model_type"); it != j.end() && it->is_string() && *it != "gpt2")
        throw std::runtime_error("model config: model_type \"" + it->get<std::string>() +
                                 "\" is not supported (only GPT-2-family models)");
    if (auto it = j.find("architecture"); it != j.end() && it->is_string() && *it != "gpt2")
        throw std::runtime_error("model config: architecture \"" + it->get<std::string>() +
                                 "\" is not supported (expected \"gpt2\")");
    // Variants whose arithmetic differs from the plain GPT-2 block are refused rather than run wrong.
    if (auto it = j.find("activation_function"); it != j.end() && it->is_string()) {
        const auto act = it->get<std::string>();
        if (act != "gelu_new" && act != "gelu_pytorch_tanh" && act != "gelu_fast")
            throw std::runtime_error("model config: activation_function \"" + act +
                                     "\" is not supported (GPT-2 uses the tanh GELU, \"gelu_new\")");
    }
    for (const char *flag : {"scale_attn_by_inverse_layer_idx", "reorder_and_upcast_attn"}) {
        if (auto it = j.find(flag); it != j.end() && it->is_boolean() && it->get<bool>())
            throw std::runtime_error(std::string("model config: \"") + flag + "\" is not supported");
    }
    if (auto it = j.find("scale_attn_weights"); it != j.end() && it->is_boolean() && !it->get<bool>())
        throw std::runtime_error("model config: \"scale_attn_weights\": false is not supported");

    GptConfig c;
    c.vocabSize = intField(j, {"vocab_size"}, "the vocabulary size");
    c.contextLength = intField(j, {"context_length", "n_positions", "n_ctx"}, "the context length");
    c.layers = intField(j, {"layers", "n_layer"}, "the layer count");
    c.heads = intField(j, {"heads", "n_head"}, "the head count");
    c.embedDim = intField(j, {"embed_dim", "n_embd"}, "the embedding width");
    if (auto it = j.find("n_inner"); it != j.end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() != 4 * std::int64_t(c.embedDim))
            throw std::runtime_error("model config: \"n_inner\" other than 4 x n_embd is not supported");
    }
    for (const char *name : {"layer_norm_eps", "layer_norm_epsilon"}) {
        if (auto it = j.find(name); it != j.end() && !it->is_null()) {
            if (!it->is_number())
                throw std::runtime_error(std::string("model config: \"") + name + "\" is not a number");
            c.layerNormEps = it->get<double>();
            break;
        }
    }
    try {
        c.validate();
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(e.what());
    }
    return c;
}

} // namespace genlab::engine::gpt
