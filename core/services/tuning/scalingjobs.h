#pragma once
// The Tuning lab's scaling experiment: one language-model training job per size on the Training lane
// (queued in size order, each pausable, each one engine::gpt::trainLanguageModel run spending the
// same compute), and the power-law fit once every size is done. The plan (sizes, parameters, the
// steps each budget buys) is made before anything is queued, so a bad budget fails at once.
// Thread: GUI only.

#include "engine/tuning/scaling.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

struct ScalingRequest
{
    // options.dataPath empty: DistillJobs::defaultCorpus(); options.tokenizerFolder empty: the
    // shipped model's BPE vocabulary; options.outDir empty: a folder under the temporary directory.
    engine::tuning::ScalingOptions options;
};

// One size's job result.
struct ScalingRunOutcome
{
    engine::tuning::ScalingRun run;
};

// The whole experiment, when every size has finished.
struct ScalingOutcome
{
    engine::tuning::ScalingOptions options; // as used (paths filled in)
    engine::tuning::ScalingResult result;
};

class ScalingJobs : public QObject
{
    Q_OBJECT
public:
    explicit ScalingJobs(JobManager *jobs, QObject *parent = nullptr);
    ~ScalingJobs() override;

    // Plans and queues one job per size (results: ScalingRunOutcome; partials: the trainer's
    // train::Metrics and engine::tuning::ScalingPoint). Returns the plans, smallest first, or an
    // empty list with *error set (a bad option, a missing corpus or tokenizer). A running
    // experiment is stopped first.
    std::vector<engine::tuning::ScalingPlan> start(const ScalingRequest &request, QString *error);
    // Cancels the sizes not yet finished.
    void stop();
    bool isRunning() const;
    // The job of size index (nullptr once pruned or before start).
    Job *jobAt(int index) const;

Q_SIGNALS:
    void runStarted(int index);
    void runFinished(int index, const genlab::services::ScalingRunOutcome &outcome);
    // Every size succeeded: the fit and the prediction.
    void finished(const genlab::services::ScalingOutcome &outcome);
    // A size failed or was stopped: the experiment ends without a fit (the finished sizes stay).
    void failed(const QString &message);

private:
    void onJobFinished(int index);

    JobManager *m_jobs;
    engine::tuning::ScalingOptions m_options;
    int m_vocab = 0;
    QList<QPointer<Job>> m_running;
    std::map<int, engine::tuning::ScalingRun> m_done;
    int m_planned = 0;
    QList<int> m_widths;
    bool m_active = false;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::ScalingRunOutcome)
Q_DECLARE_METATYPE(genlab::services::ScalingOutcome)
