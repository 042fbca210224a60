// Private to the masked module: what a T5Model holds. Never include from a public header.
#pragma once

#include "engine/io/safetensors.h"
#include "engine/masked/detail/t5net.h"
#include "engine/runtime/compute.h"
#include "engine/text/wordpiecetokenizer.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::masked::detail {

struct T5ModelState
{
    explicit T5ModelState(const T5Config &config) : net(config) {}

    T5Net net;
    std::shared_ptr<const text::WordPieceTokenizer> tokenizer;
    std::vector<int> sentinelIds;
    std::string source;
    ResolvedDevice device;
};

// Writes the model as our checkpoint folder (architecture "t5-studio") with vocab.txt beside it.
// optimizer: state for resuming; may be empty.
void saveT5Folder(const T5ModelState &state, const std::string &dir, std::int64_t step,
                  const std::string &extraConfigJson,
                  const std::vector<std::pair<std::string, torch::Tensor>> &optimizer);

// Copies the checkpoint's tensors into net after checking every name and shape; throws
// io::FileError naming the file, the missing, unexpected or misshaped tensors.
void loadT5Weights(T5Net &net, const io::SafetensorsReader &reader);

// vocab.txt of a T5 folder, with the config's casing.
std::shared_ptr<const text::WordPieceTokenizer> loadT5Tokenizer(const std::string &dir, const T5Config &config);

// Ids of "<extra_id_k>" for k < config.sentinels; throws std::runtime_error naming `where` and the
// missing sentinel, or a [PAD]/[SEP] at other ids than the config's.
std::vector<int> t5SentinelIds(const text::WordPieceTokenizer &tokenizer, const T5Config &config, const std::string &where);

// [B, S] int64 ids and their keep mask from ragged rows, padded with padId.
std::pair<torch::Tensor, torch::Tensor> padRows(const std::vector<std::vector<int>> &rows, int padId);

} // namespace genlab::engine::masked::detail
