#include "engine/vae/vaeconfig.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace genlab::engine::vae {

namespace {

const char *kindName(VaeConfig::Kind k)
{
    return k == VaeConfig::Kind::Vae ? "conv-vae" : "conv-ae";
}

const char *likelihoodName(VaeConfig::Likelihood l)
{
    return l == VaeConfig::Likelihood::Bernoulli ? "bernoulli" : "gaussian";
}

} // namespace

std::string VaeConfig::architecture() const
{
    return kindName(kind);
}

double VaeConfig::betaAt(std::int64_t step) const
{
    if (kind == Kind::Autoencoder)
        return 0.0;
    if (betaWarmupSteps <= 0)
        return beta;
    // Step s (1-based) is the s-th optimizer step: beta reaches its full value at the end of warm-up.
    double f = std::clamp(double(step) / double(betaWarmupSteps), 0.0, 1.0);
    return beta * f;
}

std::string VaeConfig::validate() const
{
    if (latentDim < kMinLatentDim || latentDim > kMaxLatentDim)
        return "latent size " + std::to_string(latentDim) + " is outside " + std::to_string(kMinLatentDim) + ".." +
               std::to_string(kMaxLatentDim);
    if (imageSize < kMinImageSize || imageSize > kMaxImageSize)
        return "image size " + std::to_string(imageSize) + " is outside " + std::to_string(kMinImageSize) + ".." +
               std::to_string(kMaxImageSize);
    if (channels != 1 && channels != 3)
        return "channels must be 1 (grayscale) or 3 (colour), not " + std::to_string(channels);
    if (!std::isfinite(beta) || beta < 0.0 || beta > 1000.0)
        return "beta must be a number in 0..1000";
    if (betaWarmupSteps < 0)
        return "beta warm-up steps must not be negative";
    if (baseChannels < 8 || baseChannels > 256)
        return "base channels " + std::to_string(baseChannels) + " is outside 8..256";
    return {};
}

std::string VaeConfig::toJson() const
{
    nlohmann::ordered_json j;
    j["architecture"] = architecture();
    j["latent_dim"] = latentDim;
    j["image_size"] = imageSize;
    j["channels"] = channels;
    j["likelihood"] = likelihoodName(likelihood);
    j["beta"] = beta;
    j["beta_warmup_steps"] = betaWarmupSteps;
    j["base_channels"] = baseChannels;
    return j.dump(2);
}

VaeConfig VaeConfig::fromJson(const std::string &json, std::string *error)
{
    std::string scratch;
    std::string &err = error ? *error : scratch;
    err.clear();
    VaeConfig c;
    nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        err = "the model config is not valid JSON";
        return {};
    }
    if (!j.is_object()) {
        err = "the model config is not a JSON object";
        return {};
    }
    auto fail = [&](const std::string &message) {
        err = message;
        return VaeConfig{};
    };
    if (auto it = j.find("architecture"); it != j.end()) {
        if (!it->is_string())
            return fail("architecture: expected a string");
        auto a = it->get<std::string>();
        if (a == "conv-vae")
            c.kind = Kind::Vae;
        else if (a == "conv-ae")
            c.kind = Kind::Autoencoder;
        else
            return fail("architecture: \"" + a.substr(0, 64) + "\" is not a latent model (expected conv-vae or conv-ae)");
    } else {
        return fail("architecture: missing");
    }
    auto readInt = [&](const char *key, int &out) -> bool {
        auto it = j.find(key);
        if (it == j.end())
            return true;
        if (!it->is_number_integer()) {
            err = std::string(key) + ": expected an integer";
            return false;
        }
        auto v = it->get<std::int64_t>();
        if (v < -1000000 || v > 1000000000) {
            err = std::string(key) + ": out of range";
            return false;
        }
        out = int(v);
        return true;
    };
    if (!readInt("latent_dim", c.latentDim) || !readInt("image_size", c.imageSize) ||
        !readInt("channels", c.channels) || !readInt("beta_warmup_steps", c.betaWarmupSteps) ||
        !readInt("base_channels", c.baseChannels))
        return VaeConfig{};
    if (auto it = j.find("beta"); it != j.end()) {
        if (!it->is_number())
            return fail("beta: expected a number");
        c.beta = it->get<double>();
    }
    if (auto it = j.find("likelihood"); it != j.end()) {
        std::string l = it->is_string() ? it->get<std::string>() : std::string();
        if (l == "bernoulli")
            c.likelihood = Likelihood::Bernoulli;
        else if (l == "gaussian")
            c.likelihood = Likelihood::Gaussian;
        else
            return fail("likelihood: expected \"bernoulli\" or \"gaussian\"");
    }
    if (std::string v = c.validate(); !v.empty())
        return fail(v);
    return c;
}

} // namespace genlab::engine::vae
