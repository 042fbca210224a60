#include "engine/masked/bertmodel.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace genlab::engine::masked {

namespace {

using Json = nlohmann::json;

int intField(const Json &j, const char *name, std::optional<int> fallback = std::nullopt)
{
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
        if (fallback)
            return *fallback;
        throw std::runtime_error(std::string("model config: missing \"") + name + "\"");
    }
    if (!it->is_number_integer())
        throw std::runtime_error(std::string("model config: \"") + name + "\" is not an integer");
    const auto v = it->get<std::int64_t>();
    if (v < 0 || v > (std::int64_t(1) << 30))
        throw std::runtime_error(std::string("model config: \"") + name + "\" is out of range (" + std::to_string(v) +
                                 ")");
    return int(v);
}

} // namespace

std::int64_t BertConfig::parameterCount(bool withMlmHead) const
{
    const std::int64_t h = hiddenSize, in = intermediateSize;
    const std::int64_t embeddings = (std::int64_t(vocabSize) + maxPositions + typeVocabSize) * h + 2 * h;
    const std::int64_t perLayer = 3 * h * h + 3 * h /*qkv*/ + h * h + h /*attention output*/ + 2 * h /*ln*/ +
                                  in * h + in /*intermediate*/ + h * in + h /*output*/ + 2 * h /*ln*/;
    const std::int64_t head = withMlmHead ? h * h + h + 2 * h + vocabSize : 0; // decoder tied
    return embeddings + layers * perLayer + head;
}

void BertConfig::validate() const
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("model config: " + msg);
    };
    need(vocabSize >= 2 && vocabSize <= 4'000'000, "vocabSize must be in [2, 4000000], got " + std::to_string(vocabSize));
    need(maxPositions >= 1 && maxPositions <= 1'048'576,
         "maxPositions must be in [1, 1048576], got " + std::to_string(maxPositions));
    need(layers >= 1 && layers <= 1024, "layers must be in [1, 1024], got " + std::to_string(layers));
    need(heads >= 1 && heads <= 1024, "heads must be in [1, 1024], got " + std::to_string(heads));
    need(hiddenSize >= 1 && hiddenSize <= 65536, "hiddenSize must be in [1, 65536], got " + std::to_string(hiddenSize));
    need(hiddenSize % heads == 0, "hiddenSize (" + std::to_string(hiddenSize) + ") must be a multiple of heads (" +
                                      std::to_string(heads) + ")");
    need(intermediateSize >= 1 && intermediateSize <= 1'048'576,
         "intermediateSize must be in [1, 1048576], got " + std::to_string(intermediateSize));
    need(typeVocabSize >= 1 && typeVocabSize <= 1024,
         "typeVocabSize must be in [1, 1024], got " + std::to_string(typeVocabSize));
    need(layerNormEps > 0 && layerNormEps < 1, "layerNormEps must be in (0, 1)");
    need(padTokenId >= 0 && padTokenId < vocabSize,
         "padTokenId must be in [0, vocabSize), got " + std::to_string(padTokenId));
}

std::string BertConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["model_type"] = "bert";
    j["architectures"] = {"BertForMaskedLM"};
    j["vocab_size"] = vocabSize;
    j["max_position_embeddings"] = maxPositions;
    j["num_hidden_layers"] = layers;
    j["num_attention_heads"] = heads;
    j["hidden_size"] = hiddenSize;
    j["intermediate_size"] = intermediateSize;
    j["type_vocab_size"] = typeVocabSize;
    j["layer_norm_eps"] = layerNormEps;
    j["pad_token_id"] = padTokenId;
    j["hidden_act"] = "gelu";
    j["position_embedding_type"] = "absolute";
    j["hidden_dropout_prob"] = 0.1;
    j["attention_probs_dropout_prob"] = 0.1;
    j["initializer_range"] = 0.02;
    j["tie_word_embeddings"] = true;
    return j.dump(2);
}

BertConfig BertConfig::fromJson(const std::string &text)
{
    const Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw std::runtime_error("model config: not valid JSON");
    if (!j.is_object())
        throw std::runtime_error("model config: not a JSON object");

    // Other architectures are named, not misread: their names overlap ours (vocab_size, ...).
    if (auto it = j.find("model_type"); it != j.end()) {
        if (!it->is_string())
            throw std::runtime_error("model config: \"model_type\" is not a string");
        const auto type = it->get<std::string>();
        if (type != "bert")
            throw std::runtime_error("model config: \"model_type\": \"" + type +
                                     "\" is not a BERT encoder (only model_type \"bert\" is supported)");
    } else if (auto arch = j.find("architecture"); arch != j.end() && arch->is_string() && *arch != "bert") {
        throw std::runtime_error("model config: \"architecture\": \"" + arch->get<std::string>() +
                                 "\" is not a BERT encoder");
    } else if (!j.contains("num_hidden_layers") || !j.contains("hidden_size")) {
        throw std::runtime_error("model config: neither \"model_type\": \"bert\" nor BERT's fields "
                                 "(\"num_hidden_layers\", \"hidden_size\"): not a BERT config");
    }
    // Variants whose arithmetic differs from BERT's block are refused rather than run wrong.
    if (auto it = j.find("hidden_act"); it != j.end() && !it->is_null()) {
        if (!it->is_string() || it->get<std::string>() != "gelu")
            throw std::runtime_error("model config: \"hidden_act\": " + it->dump() +
                                     " is not supported (BERT uses the exact GELU, \"gelu\")");
    }
    if (auto it = j.find("position_embedding_type"); it != j.end() && !it->is_null()) {
        if (!it->is_string() || it->get<std::string>() != "absolute")
            throw std::runtime_error("model config: \"position_embedding_type\": " + it->dump() +
                                     " is not supported (only \"absolute\")");
    }
    if (auto it = j.find("is_decoder"); it != j.end() && it->is_boolean() && it->get<bool>())
        throw std::runtime_error("model config: \"is_decoder\": true is not supported (a BERT encoder)");

    BertConfig c;
    c.vocabSize = intField(j, "vocab_size");
    c.maxPositions = intField(j, "max_position_embeddings");
    c.layers = intField(j, "num_hidden_layers");
    c.heads = intField(j, "num_attention_heads");
    c.hiddenSize = intField(j, "hidden_size");
    c.intermediateSize = intField(j, "intermediate_size", 4 * c.hiddenSize);
    c.typeVocabSize = intField(j, "type_vocab_size", 2);
    c.padTokenId = intField(j, "pad_token_id", 0);
    if (auto it = j.find("layer_norm_eps"); it != j.end() && !it->is_null()) {
        if (!it->is_number())
            throw std::runtime_error("model config: \"layer_norm_eps\" is not a number");
        c.layerNormEps = it->get<double>();
    }
    try {
        c.validate();
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(e.what());
    }
    return c;
}

} // namespace genlab::engine::masked
