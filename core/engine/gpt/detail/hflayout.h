// Private to the gpt module: Hugging Face GPT-2 weight layout <-> GptNet. Never include from a public header.
#pragma once

#include "engine/gpt/detail/gptnet.h"

#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::io {
class SafetensorsReader;
}

namespace genlab::engine::gpt::detail {

struct HfTensorSpec
{
    std::string name;                 // without the "transformer." prefix
    std::vector<std::int64_t> shape;  // as stored by Hugging Face (Conv1D: [in, out])
    bool conv1d = false;              // stored transposed relative to our [out, in]
};

std::vector<HfTensorSpec> hfTensorSpecs(const GptConfig &config);

// Fills net (on the CPU) from a reader of a Hugging Face layout file: names with or without
// "transformer.", Conv1D weights transposed, F16/BF16 converted. Every missing or misshaped tensor
// is listed in one std::runtime_error naming the file, the tensor, the expected and actual shapes;
// non-finite weights are refused by name. Extra tensors other than known buffers
// (attn.bias, attn.masked_bias, lm_head.weight) are reported in *extras when given.
void loadHfWeights(GptNet &net, const io::SafetensorsReader &reader, std::vector<std::string> *extras = nullptr);

// The net's weights in Hugging Face layout (CPU, contiguous), names without the prefix.
std::vector<std::pair<std::string, torch::Tensor>> hfWeights(const GptNet &net);

std::string shapeString(const std::vector<std::int64_t> &shape);

} // namespace genlab::engine::gpt::detail
