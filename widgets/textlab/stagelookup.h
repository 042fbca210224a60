#pragma once
// Reading one token's probability out of a sampling stage's candidate list.

#include "engine/gpt/sampling.h"

#include <optional>

namespace genlab::widgets::textlab {

// The probability `id` has in stage's top list, or nothing when it is not among them.
inline std::optional<float> probabilityIn(const engine::gpt::StageCandidates &stage, int id)
{
    for (const auto &[candidate, p] : stage.top)
        if (candidate == id)
            return p;
    return std::nullopt;
}

} // namespace genlab::widgets::textlab
