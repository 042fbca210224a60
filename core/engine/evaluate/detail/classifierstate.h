// Private to the evaluate module: the torch network and what a DigitClassifier holds.
#pragma once

#include "engine/evaluate/classifier.h"
#include "engine/tensorio/detail/torchcheckpoint.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::evaluate::detail {

struct ClassifierNetImpl : torch::nn::Module
{
    explicit ClassifierNetImpl(const ClassifierConfig &c);
    // Returns {logits [N, classes], features [N, featureDim]}; x is [N, 1, 28, 28] in [0,1].
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor &x);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::Linear features{nullptr}, head{nullptr};
};
TORCH_MODULE(ClassifierNet);

// Adam's hyperparameters with the classifier's defaults.
struct AdamSettings : engine::detail::AdamSettings
{
    AdamSettings() : engine::detail::AdamSettings{2e-3, 0.9, 0.999, 1e-8} {}
};

struct ClassifierState
{
    ClassifierState(const ClassifierConfig &c, const ResolvedDevice &d);

    ClassifierConfig config;
    ClassifierInfo info;
    ResolvedDevice device;
    torch::Device torchDevice;
    ClassifierNet net;
    std::unique_ptr<torch::optim::Adam> optimizer; // after training or a load with optimizer state
    AdamSettings adam;

    torch::optim::Adam &ensureOptimizer(const AdamSettings &settings);
    std::vector<std::pair<std::string, torch::Tensor>> namedParameters() const;
};

// [N, 1, S, S] float in [0,1] from 8-bit grey images of size S (already checked).
torch::Tensor imagesToTensor(const std::vector<Image> &images, int size, int channels);

} // namespace genlab::engine::evaluate::detail
