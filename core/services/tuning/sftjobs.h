#pragma once
// The Tuning lab's instruction-tuning job: a language model fine-tuned on (instruction, response)
// pairs (the built-in set or the user's JSONL) with the loss only on the responses, the same
// held-out instructions answered before and after. Runs on the training lane (pausable, one at a
// time); the tuned model comes back in the outcome so the page can save it.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "engine/tuning/sft.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::services {

class Job;
class JobManager;

struct SftRequest
{
    QString model;    // a language model folder; empty: the shipped one (lm-shakespeare-bpe)
    QString dataFile; // a JSONL file of {"instruction", "response"}; empty: the built-in set
    int steps = engine::tuning::SftOptions{}.steps;
    int batch = engine::tuning::SftOptions{}.batch;
    double learningRate = engine::tuning::SftOptions{}.learningRate;
    quint64 seed = engine::tuning::SftOptions{}.seed;
    int heldOut = engine::tuning::SftOptions{}.heldOut;
};

struct SftOutcome
{
    SftRequest request;
    QString model; // the folder tuned
    engine::tuning::SftResult result;
    // The tuned weights (idle; save them with submitSaveTunedModel). Null only in a default outcome.
    std::shared_ptr<engine::gpt::GptModel> tuned;
};

// Result: SftOutcome. Partials: engine::tuning::SftCurvePoint per step, SftAnswersEvent before and
// after. Fails naming a bad option, the JSONL's file and line, or a model folder that does not open.
Job *submitSft(JobManager *jobs, const SftRequest &request, const engine::ResolvedDevice &device);

// Saves a tuned model into folder (created when missing) on the IO lane. Result: the folder (QString).
Job *submitSaveTunedModel(JobManager *jobs, std::shared_ptr<engine::gpt::GptModel> model, const QString &folder,
                          const SftRequest &recipe);

// The JSONL checked as the job will read it: empty when fine, else "FILE:LINE: problem".
QString sftDataProblem(const QString &file);

// The shipped language model's folder, or "" when it is missing.
QString sftShippedModelFolder();

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::SftOutcome)
