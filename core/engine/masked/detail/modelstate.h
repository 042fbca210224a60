// Private to the masked module. Never include from a public header.
#pragma once

#include "engine/masked/bertmodel.h"
#include "engine/masked/detail/bertnet.h"
#include "engine/runtime/compute.h"
#include "engine/text/wordpiecetokenizer.h"

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::masked::detail {

struct BertModelState
{
    BertModelState(const BertConfig &c, bool withMlmHead) : config(c), net(c, withMlmHead) {}

    BertConfig config;
    BertNet net;
    std::shared_ptr<const text::WordPieceTokenizer> tokenizer;
    Pooling pooling = Pooling::Mean;
    bool normalize = true;
    ResolvedDevice device;
    std::string source;
};

// Writes the model as a Hugging Face BertForMaskedLM folder that is also our checkpoint
// (io::saveCheckpoint: config.json with the Hugging Face keys plus architecture "bert", step and
// format_version; model.safetensors in Hugging Face names; optimizer.safetensors when optimizer
// is not empty), then vocab.txt beside it when the model has a tokenizer. extraConfigJson: a JSON
// object whose keys are added to config.json (existing keys win). Refuses to replace a folder that
// is neither empty nor one of our checkpoints.
void saveModelFolder(const BertModelState &state, const std::string &dir, std::int64_t step,
                     const std::string &extraConfigJson,
                     const std::vector<std::pair<std::string, torch::Tensor>> &optimizer);

} // namespace genlab::engine::masked::detail
