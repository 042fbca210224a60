// Private to the engine: what the checkpoints of the torch models (the VAE, the image GAN, the
// digit classifier) share on top of engine/io/checkpoint.h: their weights and Adam state as tensors
// on disk and back, config.json's common fields, and the check that the weights fit the
// architecture. Never include from a public header.
//
// Each model keeps its own error type: the checks here return a problem message (empty when there
// is none) for the caller to throw; a save refuses as before (std::runtime_error for weights that
// are not finite, std::invalid_argument for a recipe that is not JSON, io::FileError from the write).
#pragma once

#include "engine/io/checkpoint.h"

#include <nlohmann/json_fwd.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genlab::engine::detail {

// Tensors by their names in the checkpoint, in the order they are written.
using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Adam's hyperparameters, saved beside the moments so a resume continues with the same update
// rule. Each model derives its own with its defaults.
struct AdamSettings
{
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
};

// Creates the optimizer over these parameters with the settings when it is missing; otherwise
// applies the settings to its parameter groups, keeping the moments.
void ensureAdam(std::unique_ptr<torch::optim::Adam> &optimizer, const std::vector<torch::Tensor> &parameters,
                const AdamSettings &settings);

// What config.json says besides the architecture, for every model (each model's Info struct holds
// these fields under these names; the templates below copy them).
struct CheckpointFields
{
    std::int64_t step = 0;
    std::string datasetId;
    std::string appVersion; // empty: this version writes its own
    std::string recipeJson; // optional JSON object, stored as "recipe"
};

template <class Info>
CheckpointFields checkpointFields(const Info &info)
{
    return {info.step, info.datasetId, info.appVersion, info.recipeJson};
}

template <class Info>
void assignCheckpointFields(Info &info, const CheckpointFields &fields)
{
    info.step = fields.step;
    info.datasetId = fields.datasetId;
    info.appVersion = fields.appVersion;
    info.recipeJson = fields.recipeJson;
}

// --- saving ------------------------------------------------------------------------------------

// The config.json text of a save: the model's own config (a JSON object, its key order kept), then
// "step", "dataset", the fields of afterDataset (a JSON object; may be null), "app_version",
// "recipe" (when given) and, with adam, "optimizer" {kind, learning_rate, beta1, beta2, eps}.
// Throws std::invalid_argument("recipe: not valid JSON").
std::string checkpointConfigJson(const std::string &modelConfigJson, const CheckpointFields &fields,
                                 const AdamSettings *adam, const nlohmann::ordered_json *afterDataset = nullptr);

// Collects one save's tensors as contiguous CPU copies (int64 stays I64, everything else is
// written as F32) and keeps them alive until save() has written the folder.
// Thread: the caller's; one save per writer.
class CheckpointWriter
{
public:
    explicit CheckpointWriter(std::string dir);

    // Adds the tensors to model.safetensors. Throws std::runtime_error
    // "<dir>: not saved: <nounBeforeName><name> holds NaN or infinity" for a floating-point tensor
    // that is not finite (nounBeforeName: "weight " or "", as each model has always said).
    void addWeights(const NamedTensors &tensors, std::string_view nounBeforeName);
    // Adds each parameter's Adam state to optimizer.safetensors as <name>.exp_avg,
    // <name>.exp_avg_sq and <name>.step (a scalar int64); parameters never stepped have none.
    void addAdamState(torch::optim::Adam &optimizer, const NamedTensors &parameters);
    // io::saveCheckpoint of the folder, "architecture" recorded in model.safetensors' metadata.
    void save(std::string configJson, const std::string &architecture);

private:
    void add(std::vector<io::TensorToWrite> &out, const std::string &name, const torch::Tensor &tensor);

    std::string m_dir;
    io::CheckpointData m_data;
    std::vector<torch::Tensor> m_keepAlive; // the bytes m_data points into
};

// --- loading -----------------------------------------------------------------------------------

// Empty when weights hold exactly these tensors with their shapes (floating-point data where the
// tensor is floating point); otherwise "<dir>/model.safetensors does not fit a <description>: "
// and the first 8 problems ("... and N more").
std::string weightsMismatch(const io::SafetensorsReader &weights, const NamedTensors &tensors,
                            const std::string &dir, const std::string &description);
// Copies the file's values into the tensors, each keeping its dtype and device. Call once
// weightsMismatch() is empty.
void copyWeights(const io::SafetensorsReader &weights, const NamedTensors &tensors);

// The common fields back from a loaded checkpoint (step from ck.step; "recipe" when an object).
CheckpointFields readCheckpointFields(const io::LoadedCheckpoint &ck);
// The "optimizer" settings config.json records; a field it lacks keeps its value in settings.
void readAdamSettings(const std::string &configJson, AdamSettings &settings);
// Restores the Adam state the file holds for these parameters (one without any state stays fresh).
// Returns "" or "<dir>/optimizer.safetensors: ..." naming the parameter whose state is incomplete,
// misshaped or has an invalid step.
std::string restoreAdamState(const io::SafetensorsReader &optimizerFile, torch::optim::Adam &optimizer,
                             const NamedTensors &parameters, const std::string &dir);

} // namespace genlab::engine::detail
