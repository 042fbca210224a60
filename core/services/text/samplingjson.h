#pragma once
// The sampling settings as JSON, spelled one way for recipes, projects and `genlab generate
// --json`: greedy, temperature, top_k, top_p, min_p, repetition_penalty, max_tokens,
// stop_sequences, seed.

#include "engine/gpt/sampling.h"

#include <QJsonObject>

namespace genlab::services {

QJsonObject samplingToJson(const engine::gpt::SamplingSettings &settings);

// For untrusted JSON (a project file, a recipe): a key counts only with the right type; numbers
// are clamped to the ranges the Text lab offers (NaN and infinities are ignored); at most 32 stop
// sequences of up to 1,000 characters. Keys that are missing or unusable keep `base`'s values.
engine::gpt::SamplingSettings samplingFromJson(const QJsonObject &json, engine::gpt::SamplingSettings base);

} // namespace genlab::services
