#pragma once

#include "engine/base/partial.h"
#include "engine/base/runcontext.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

namespace genlab::services {

// Where a job runs. Each lane is its own worker thread(s); see JobManager.
enum class Lane { Interactive, Training, IO };

// A job ends in exactly one of Succeeded, Failed, Canceled.
enum class JobState { Queued, Running, Paused, Succeeded, Failed, Canceled };

QString laneName(Lane lane);
QString jobStateName(JobState state);
inline bool isTerminal(JobState s)
{
    return s == JobState::Succeeded || s == JobState::Failed || s == JobState::Canceled;
}

// What a lab asks the job manager to run. Immutable once submitted.
struct JobRequest
{
    QString title;              // shown in the Jobs dock, e.g. "Train VAE (digits)"
    Lane lane = Lane::Interactive;
    QString coalesceKey;        // non-empty: a newer request with the same key drops queued older ones
    bool pausable = false;      // training jobs: pause / resume / single step from the dock
    bool hidden = false;        // tiny interactive requests (slider decodes) stay out of the dock
    // "latent", "text", "data": interactive work runs on this lab's own lane thread, so a long job
    // in one lab (a generation) never queues another lab's slider decodes behind it, and each lab's
    // models stay confined to one thread. Empty: the shared default interactive lane. Only the
    // Interactive lane looks at it.
    QString lab;
    // Runs on the lane's thread; returns the result (any QVariant) or throws. Engine code reports
    // through the RunContext and calls ctx.checkpoint() once per step.
    std::function<QVariant(const engine::RunContext &ctx)> work;
};

// Thrown by Job::resultAs<T>() when the job holds no result of exactly type T: a lab asking for the
// wrong type, or for the result of a job that did not succeed, is a programming error, not a default.
class JobResultMismatch : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

struct JobControl; // shared between the GUI-side Job and its worker; defined in job.cpp

// The handle a lab keeps for a submitted job. Signals are emitted on the GUI thread; finished()
// is emitted exactly once.
// Thread: GUI only (the worker talks to it through queued invocations).
class Job : public QObject
{
    Q_OBJECT
public:
    ~Job() override;

    quint64 id() const { return m_id; }
    const QString &title() const { return m_request.title; }
    Lane lane() const { return m_request.lane; }
    const QString &lab() const { return m_request.lab; }
    const QString &coalesceKey() const { return m_request.coalesceKey; }
    bool isPausable() const { return m_request.pausable; }
    bool isHidden() const { return m_request.hidden; }
    JobState state() const { return m_state; }
    bool isFinished() const { return isTerminal(m_state); }
    double progress() const { return m_progress; }
    const QString &stage() const { return m_stage; }
    const QString &message() const { return m_message; } // the failure's message, or why it was canceled
    // The result as the type its service documents, e.g. job->resultAs<SampleResult>(). Throws
    // JobResultMismatch unless the job succeeded and its result's type is exactly T (no conversions:
    // an int is not a double, a derived type is not its base).
    template <class T>
    T resultAs() const
    {
        const QMetaType asked = QMetaType::fromType<T>();
        if (m_state != JobState::Succeeded || m_result.metaType() != asked)
            throwResultMismatch(asked);
        return *static_cast<const T *>(m_result.constData());
    }
    // The untyped result, for generic views (the Jobs dock); labs use resultAs<T>().
    const QVariant &result() const { return m_result; }
    qint64 elapsedMs() const;

    // A queued job is removed at once; a running one stops at its next checkpoint.
    void cancel();
    void pause();
    void resume();
    void step(); // paused training jobs: run exactly one more step, then pause again

Q_SIGNALS:
    void stateChanged(genlab::services::JobState state);
    void progressChanged(double fraction, const QString &stage);
    void partialResult(const genlab::engine::Partial &partial);
    void finished(genlab::services::JobState state, const QString &message);

private:
    friend class JobManager;
    friend struct JobRunner;
    Job(quint64 id, JobRequest request, QObject *parent);

    void setState(JobState state);
    void finish(JobState state, const QString &message, const QVariant &result);
    void flushProgress();
    void flushPartials();
    [[noreturn]] void throwResultMismatch(QMetaType asked) const;

    quint64 m_id;
    JobRequest m_request;
    JobState m_state = JobState::Queued;
    double m_progress = 0;
    QString m_stage;
    QString m_message;
    QVariant m_result;
    QElapsedTimer m_started;
    qint64 m_elapsedAtEnd = -1;
    qint64 m_lastProgressEmitMs = -1000;
    std::shared_ptr<JobControl> m_control;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::engine::Partial)
