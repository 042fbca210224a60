#pragma once

#include "engine/base/runcontext.h"
#include "engine/evaluate/classifier.h"
#include "engine/train/options.h"

#include <cstdint>
#include <string>

namespace genlab::engine::evaluate {

// The classifier trainer's defaults for the options every trainer shares (steps 600, batch 64,
// Adam at 0.002 with a 30-step warm-up and a cosine schedule, seed 1, a checkpoint every 200 steps,
// an evaluation on the held-out split every 100): the one place they are written.
train::CommonOptions defaultCommon();

// The common options (see train::CommonOptions; previewEvery is unused: a classifier has no
// images to show) and the classifier's own. Defaults in brackets.
struct TrainOptions : train::CommonOptions
{
    TrainOptions() : train::CommonOptions(defaultCommon()) {}

    std::string dataset = "digits"; // a labelled data set id ["digits"]; its held-out split (reference.h) is never trained on
};

struct TrainResult
{
    std::int64_t step = 0;
    std::int64_t stepsThisRun = 0;
    double loss = 0;             // last step's cross-entropy
    double accuracy = 0;         // last step's batch accuracy
    double heldOutAccuracy = -1; // at the last evaluation
    double heldOutLoss = -1;
    std::int64_t trainCount = 0; // images trained on
    std::int64_t heldOutCount = 0;
    double imagesPerSecond = 0;
    std::string lastCheckpoint;
};

// Trains classifier in place through the kit (train::runSteps): Adam on cross-entropy, batches
// drawn from the training part in a seeded order per epoch (a resumed run sees the batches an
// uninterrupted one would). Each step reports Metrics loss, accuracy, learning_rate; every
// evalEvery steps Metrics{evaluation} val_loss and val_accuracy on the held-out split.
// Checkpoints via DigitClassifier::save. Throws train::Diverged, Canceled, data::DatasetError
// (unlabelled data, classes that differ from the model's), ClassifierError, std::invalid_argument.
TrainResult train(DigitClassifier &classifier, const TrainOptions &options, const RunContext &ctx);

} // namespace genlab::engine::evaluate
