// Private to the gpt module. Never include from a public header.
#pragma once

#include "engine/gpt/detail/gptnet.h"
#include "engine/runtime/compute.h"
#include "engine/text/tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::gpt::detail {

struct GptModelState
{
    explicit GptModelState(const GptConfig &config) : net(config) {}

    GptNet net;
    std::unique_ptr<KvDecoder> decoder;
    std::vector<int> cachedIds; // the sequence whose keys/values the decoder holds
    std::shared_ptr<const text::Tokenizer> tokenizer;
    std::string source;
    ResolvedDevice device;
};

} // namespace genlab::engine::gpt::detail

namespace genlab::engine::gpt::detail {

// Writes the model as our checkpoint folder (io::saveCheckpoint, architecture "gpt2", Hugging Face
// layout weights) and the tokenizer files beside it. optimizer: state for resuming; may be empty.
void saveModelFolder(const GptModelState &state, const std::string &dir, std::int64_t step,
                     const std::string &extraConfigJson,
                     const std::vector<std::pair<std::string, torch::Tensor>> &optimizer);

// Throws std::runtime_error unless dir is absent, empty, or one of our GPT checkpoints: a save
// replaces the whole folder, which must never take a user's other files with it.
void checkReplaceableModelFolder(const std::string &dir);

// The tokenizer a checkpoint folder names in its config ("tokenizer": {"kind": ...}).
std::shared_ptr<const text::Tokenizer> loadFolderTokenizer(const std::string &dir, const std::string &configJson);

} // namespace genlab::engine::gpt::detail
