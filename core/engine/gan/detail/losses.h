// Private to the gan module: the image GAN's adversarial losses, shared by the trainer
// (dcgantraining.cpp) and the feature map's arrows (featuremap.cpp), so that the arrow is the
// gradient of exactly the loss G trains on.
#pragma once

#include "engine/gan/imagegan.h"

#include <torch/torch.h>

namespace genlab::engine::gan::detail {

// D's loss on its outputs for real and fake batches (logits for the logistic losses).
torch::Tensor discriminatorLoss(GanLoss kind, const torch::Tensor &real, const torch::Tensor &fake);
// G's loss on D's outputs for a fake batch, the mean over it.
torch::Tensor generatorLoss(GanLoss kind, const torch::Tensor &fake);
// Whether D's output reads as a logit (the logistic losses), so sigmoid(output) is its score.
bool scoresAreLogits(GanLoss kind);
// D's per-image score: a probability for the logistic losses, the raw output otherwise.
torch::Tensor scores(GanLoss kind, const torch::Tensor &out);
// The mean of scores(): what d_real / d_fake report.
double meanScore(GanLoss kind, const torch::Tensor &out);

} // namespace genlab::engine::gan::detail
