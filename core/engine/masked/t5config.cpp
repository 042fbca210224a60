#include "engine/masked/t5config.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace genlab::engine::masked {

namespace {

using Json = nlohmann::json;

int t5ConfigInt(const Json &j, const char *name)
{
    auto it = j.find(name);
    if (it == j.end() || it->is_null())
        throw std::runtime_error(std::string("model config: missing \"") + name + "\"");
    if (!it->is_number_integer())
        throw std::runtime_error(std::string("model config: \"") + name + "\" is not an integer");
    const auto v = it->get<std::int64_t>();
    if (v < -1 || v > (std::int64_t(1) << 30))
        throw std::runtime_error(std::string("model config: \"") + name + "\" is out of range (" + std::to_string(v) + ")");
    return int(v);
}

} // namespace

int t5RelativeBucket(int relative, bool bidirectional, int numBuckets, int maxDistance)
{
    int bucket = 0;
    if (bidirectional) {
        numBuckets /= 2;
        if (relative > 0)
            bucket += numBuckets;
        relative = relative < 0 ? -relative : relative;
    } else {
        relative = relative < 0 ? -relative : 0;
    }
    const int maxExact = numBuckets / 2;
    if (relative < maxExact)
        return bucket + relative;
    // float32 throughout, as the reference's tensors are.
    volatile float scaled = std::log(float(relative) / float(maxExact));
    scaled = scaled / float(std::log(double(maxDistance) / double(maxExact)));
    scaled = scaled * float(numBuckets - maxExact);
    return bucket + std::min(maxExact + int(scaled), numBuckets - 1);
}

std::string feedForwardName(T5FeedForward f)
{
    return f == T5FeedForward::Relu ? "relu" : "gated-gelu";
}

bool parseFeedForward(const std::string &name, T5FeedForward *out)
{
    if (name == "relu")
        *out = T5FeedForward::Relu;
    else if (name == "gated-gelu")
        *out = T5FeedForward::GatedGelu;
    else
        return false;
    return true;
}

std::int64_t T5Config::parameterCount() const
{
    const std::int64_t d = dModel, inner = std::int64_t(heads) * dKv;
    const std::int64_t attention = 4 * d * inner;
    const std::int64_t ff = (feedForward == T5FeedForward::GatedGelu ? 3 : 2) * d * dFf;
    const std::int64_t encoderBlock = attention + ff + 2 * d;
    const std::int64_t decoderBlock = 2 * attention + ff + 3 * d;
    const std::int64_t bias = 2 * std::int64_t(relativeBuckets) * heads;
    return std::int64_t(vocabSize) * d + encoderLayers * encoderBlock + decoderLayers * decoderBlock + bias + 2 * d;
}

void T5Config::validate() const
{
    auto need = [](bool ok, const std::string &msg) {
        if (!ok)
            throw std::invalid_argument("model config: " + msg);
    };
    auto range = [&](int v, int lo, int hi, const char *name) {
        need(v >= lo && v <= hi, std::string(name) + " must be in [" + std::to_string(lo) + ", " + std::to_string(hi) +
                                     "], got " + std::to_string(v));
    };
    range(vocabSize, 8, 4'000'000, "vocabSize");
    range(dModel, 8, 16384, "dModel");
    range(dKv, 1, 4096, "dKv");
    range(dFf, 1, 65536, "dFf");
    range(encoderLayers, 1, 128, "encoderLayers");
    range(decoderLayers, 1, 128, "decoderLayers");
    range(heads, 1, 256, "heads");
    range(relativeBuckets, 2, 1024, "relativeBuckets");
    range(relativeMaxDistance, 2, 1 << 20, "relativeMaxDistance");
    need(relativeBuckets % 4 == 0, "relativeBuckets must be a multiple of 4, got " + std::to_string(relativeBuckets));
    need(relativeMaxDistance > relativeBuckets / 4,
         "relativeMaxDistance must exceed relativeBuckets / 4 (the exact buckets)");
    need(layerNormEps > 0 && layerNormEps < 1, "layerNormEps must be in (0, 1)");
    range(sentinels, 1, 1000, "sentinels");
    range(padId, 0, vocabSize - 1, "padId");
    range(endId, 0, vocabSize - 1, "endId");
    need(padId != endId, "padId and endId must differ");
}

std::string T5Config::difference(const T5Config &o) const
{
    std::string out;
    auto add = [&](const char *name, const std::string &a, const std::string &b) {
        if (a != b)
            out += std::string(out.empty() ? "" : ", ") + name + ": " + a + " vs " + b;
    };
    auto num = [](auto v) { return std::to_string(v); };
    add("vocabSize", num(vocabSize), num(o.vocabSize));
    add("dModel", num(dModel), num(o.dModel));
    add("dKv", num(dKv), num(o.dKv));
    add("dFf", num(dFf), num(o.dFf));
    add("encoderLayers", num(encoderLayers), num(o.encoderLayers));
    add("decoderLayers", num(decoderLayers), num(o.decoderLayers));
    add("heads", num(heads), num(o.heads));
    add("relativeBuckets", num(relativeBuckets), num(o.relativeBuckets));
    add("relativeMaxDistance", num(relativeMaxDistance), num(o.relativeMaxDistance));
    add("feedForward", feedForwardName(feedForward), feedForwardName(o.feedForward));
    add("layerNormEps", num(layerNormEps), num(o.layerNormEps));
    add("padId", num(padId), num(o.padId));
    add("endId", num(endId), num(o.endId));
    add("sentinels", num(sentinels), num(o.sentinels));
    add("lowerCase", lowerCase ? "true" : "false", o.lowerCase ? "true" : "false");
    return out;
}

std::string T5Config::toJson() const
{
    Json j;
    j["architecture"] = kT5Architecture;
    j["vocab_size"] = vocabSize;
    j["d_model"] = dModel;
    j["d_kv"] = dKv;
    j["d_ff"] = dFf;
    j["num_layers"] = encoderLayers;
    j["num_decoder_layers"] = decoderLayers;
    j["num_heads"] = heads;
    j["relative_attention_num_buckets"] = relativeBuckets;
    j["relative_attention_max_distance"] = relativeMaxDistance;
    j["feed_forward_proj"] = feedForwardName(feedForward);
    j["layer_norm_epsilon"] = layerNormEps;
    j["pad_token_id"] = padId;
    j["decoder_start_token_id"] = padId;
    j["eos_token_id"] = endId;
    j["num_sentinels"] = sentinels;
    j["lower_case"] = lowerCase;
    return j.dump(2);
}

T5Config T5Config::fromJson(const std::string &text)
{
    const Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw std::runtime_error("model config: not valid JSON");
    if (!j.is_object())
        throw std::runtime_error("model config: not a JSON object");
    const auto architecture = j.find("architecture");
    if (architecture == j.end() || !architecture->is_string()) {
        if (auto type = j.find("model_type"); type != j.end() && type->is_string())
            throw std::runtime_error("model config: a Hugging Face \"" + type->get<std::string>() +
                                     "\" model, not the studio's T5 (\"architecture\": \"" + kT5Architecture + "\")");
        throw std::runtime_error(std::string("model config: no \"architecture\" (expected \"") + kT5Architecture + "\")");
    }
    if (architecture->get<std::string>() != kT5Architecture)
        throw std::runtime_error("model config: architecture \"" + architecture->get<std::string>() +
                                 "\" is not the studio's T5 (expected \"" + kT5Architecture + "\")");
    T5Config c;
    c.vocabSize = t5ConfigInt(j, "vocab_size");
    c.dModel = t5ConfigInt(j, "d_model");
    c.dKv = t5ConfigInt(j, "d_kv");
    c.dFf = t5ConfigInt(j, "d_ff");
    c.encoderLayers = t5ConfigInt(j, "num_layers");
    c.decoderLayers = t5ConfigInt(j, "num_decoder_layers");
    c.heads = t5ConfigInt(j, "num_heads");
    c.relativeBuckets = t5ConfigInt(j, "relative_attention_num_buckets");
    c.relativeMaxDistance = t5ConfigInt(j, "relative_attention_max_distance");
    c.padId = t5ConfigInt(j, "pad_token_id");
    c.endId = t5ConfigInt(j, "eos_token_id");
    c.sentinels = t5ConfigInt(j, "num_sentinels");
    if (auto it = j.find("decoder_start_token_id"); it != j.end() && !(it->is_number_integer() && it->get<int>() == c.padId))
        throw std::runtime_error("model config: \"decoder_start_token_id\" other than \"pad_token_id\" is not supported");
    const auto ff = j.find("feed_forward_proj");
    if (ff == j.end() || !ff->is_string() || !parseFeedForward(ff->get<std::string>(), &c.feedForward))
        throw std::runtime_error("model config: \"feed_forward_proj\" must be \"relu\" or \"gated-gelu\"");
    const auto eps = j.find("layer_norm_epsilon");
    if (eps == j.end() || !eps->is_number())
        throw std::runtime_error("model config: \"layer_norm_epsilon\" is missing or not a number");
    c.layerNormEps = eps->get<double>();
    if (auto it = j.find("lower_case"); it != j.end()) {
        if (!it->is_boolean())
            throw std::runtime_error("model config: \"lower_case\" is not true or false");
        c.lowerCase = it->get<bool>();
    }
    try {
        c.validate();
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(e.what());
    }
    return c;
}

} // namespace genlab::engine::masked
