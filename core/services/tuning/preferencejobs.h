#pragma once
// The Tuning lab's preference-tuning jobs: answer pairs sampled for a person to judge (on the lab's
// interactive lane, "tuning", where the model they come from stays loaded), a reward model fitted to
// the pairs judged so far (the same lane), and the tuning run itself, DPO or the KL-penalised policy
// gradient (Training lane, pausable), which opens its own copy of the model.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "engine/tuning/preferencetuning.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <vector>

namespace genlab::services {

class Job;
class JobManager;

struct PreferencePairsRequest
{
    QString model;     // a language model folder; empty: the shipped one
    int count = 6;     // pairs to draw
    quint64 seed = 1;  // draws with seed, seed + 1, ... give new pairs each time
    engine::tuning::AnswerSampling sampling;
};

struct PreferencePairsOutcome
{
    PreferencePairsRequest request;
    QString model; // the folder used
    std::vector<engine::tuning::AnswerPair> pairs;
};

struct RewardModelOutcome
{
    int pairs = 0;
    engine::tuning::RewardModelReport report;
};

struct PreferenceRunRequest
{
    QString model;  // a language model folder; empty: the shipped one
    engine::tuning::PreferenceTuningOptions options;
    QString outDir; // empty: the tuned model is not saved
};

struct PreferenceRunOutcome
{
    PreferenceRunRequest request;
    QString model;   // the folder used
    QString savedTo; // empty when not saved
    engine::tuning::PreferenceTuningResult result;
};

class PreferenceJobs : public QObject
{
    Q_OBJECT
public:
    explicit PreferenceJobs(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~PreferenceJobs() override;

    // Result: PreferencePairsOutcome. The model is opened on the lane the first time (and again when
    // the folder changes). Latest wins.
    Job *samplePairs(const PreferencePairsRequest &request);
    // Result: RewardModelOutcome: a reward model fitted to the pairs, measured on a held-out part.
    // Needs the model samplePairs() opened (its tokenizer); fails without one.
    Job *fitRewardModel(const std::vector<engine::tuning::PreferencePair> &pairs);
    // Result: PreferenceRunOutcome. Partials: engine::tuning::PreferenceProgress, PreferenceSamples,
    // PreferenceRewardModelReady. Training lane, pausable.
    Job *tune(const PreferenceRunRequest &request);

    // The shipped language model's folder, or "".
    static QString shippedModelFolder();
    // The folder an empty request means, checked: throws std::invalid_argument / std::runtime_error naming it.
    static QString modelFolder(const QString &requested);

    struct Slot;

private:
    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::PreferencePairsOutcome)
Q_DECLARE_METATYPE(genlab::services::RewardModelOutcome)
Q_DECLARE_METATYPE(genlab::services::PreferenceRunOutcome)
