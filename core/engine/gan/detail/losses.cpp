#include "engine/gan/detail/losses.h"

namespace genlab::engine::gan::detail {

torch::Tensor discriminatorLoss(GanLoss kind, const torch::Tensor &real, const torch::Tensor &fake)
{
    switch (kind) {
    case GanLoss::NonSaturating:
    case GanLoss::Minimax:
        return torch::softplus(-real).mean() + torch::softplus(fake).mean();
    case GanLoss::LeastSquares:
        return 0.5 * ((real - 1.0).square().mean() + fake.square().mean());
    case GanLoss::Hinge:
        return torch::relu(1.0 - real).mean() + torch::relu(1.0 + fake).mean();
    }
    return {};
}

torch::Tensor generatorLoss(GanLoss kind, const torch::Tensor &fake)
{
    switch (kind) {
    case GanLoss::NonSaturating:
        return torch::softplus(-fake).mean();
    case GanLoss::Minimax:
        return -torch::softplus(fake).mean(); // log(1 - sigmoid(f)) = -softplus(f)
    case GanLoss::LeastSquares:
        return 0.5 * (fake - 1.0).square().mean();
    case GanLoss::Hinge:
        return -fake.mean();
    }
    return {};
}

bool scoresAreLogits(GanLoss kind)
{
    return kind == GanLoss::NonSaturating || kind == GanLoss::Minimax;
}

torch::Tensor scores(GanLoss kind, const torch::Tensor &out)
{
    return scoresAreLogits(kind) ? torch::sigmoid(out) : out;
}

double meanScore(GanLoss kind, const torch::Tensor &out)
{
    return scores(kind, out).mean().item<double>();
}

} // namespace genlab::engine::gan::detail
