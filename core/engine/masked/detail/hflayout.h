// Private to the masked module: Hugging Face BERT weight names <-> BertNet. Never include from a
// public header.
#pragma once

#include "engine/masked/detail/bertnet.h"

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::io {
class SafetensorsReader;
}

namespace genlab::engine::masked::detail {

// What a Hugging Face BERT file holds, read from its tensor names.
struct HfBertLayout
{
    std::string prefix;       // "bert." (BertForMaskedLM, BertForPreTraining) or "" (BertModel)
    bool hasMlmHead = false;  // cls.predictions.transform.* present
};
HfBertLayout detectHfLayout(const io::SafetensorsReader &reader);

// Fills net (on the CPU; built with hasMlmHead == layout.hasMlmHead) from the file: q, k and v
// fused, "LayerNorm.gamma/beta" accepted for "weight/bias", F16/BF16 converted to float. Every
// missing or misshaped tensor is listed in one std::runtime_error naming the file, each tensor,
// its expected and actual shape; non-finite weights and tensors the model would silently ignore
// (an extra encoder layer, ...) are refused by name. The tied decoder, the pooler, the
// next-sentence head and position_ids buffers are skipped.
void loadHfWeights(BertNet &net, const io::SafetensorsReader &reader, const HfBertLayout &layout);

// The net's weights (CPU, float32, contiguous) under Hugging Face names: BertForMaskedLM's
// ("bert." prefix, cls.predictions.*, the decoder left tied) with a head, BertModel's without.
std::vector<std::pair<std::string, torch::Tensor>> hfWeights(const BertNet &net);

} // namespace genlab::engine::masked::detail
