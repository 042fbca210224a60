#include "services/job.h"

#include "services/jobcontrol.h"

#include <QCoreApplication>
#include <QTimer>

#include <string>

namespace genlab::services {


QString laneName(Lane lane)
{
    switch (lane) {
    case Lane::Interactive:
        return QCoreApplication::translate("genlab", "interactive");
    case Lane::Training:
        return QCoreApplication::translate("genlab", "training");
    case Lane::IO:
        return QCoreApplication::translate("genlab", "I/O");
    }
    return {};
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("genlab", "queued");
    case JobState::Running:
        return QCoreApplication::translate("genlab", "running");
    case JobState::Paused:
        return QCoreApplication::translate("genlab", "paused");
    case JobState::Succeeded:
        return QCoreApplication::translate("genlab", "done");
    case JobState::Failed:
        return QCoreApplication::translate("genlab", "failed");
    case JobState::Canceled:
        return QCoreApplication::translate("genlab", "canceled");
    }
    return {};
}

void JobControl::pauseGate()
{
    std::unique_lock lock(mutex);
    wake.wait(lock, [&] { return !paused || stepAllowance > 0 || stop.stop_requested(); });
    if (paused && stepAllowance > 0)
        --stepAllowance;
}

Job::Job(quint64 id, JobRequest request, QObject *parent)
    : QObject(parent), m_id(id), m_request(std::move(request)), m_control(std::make_shared<JobControl>())
{
    m_control->job = this;
    m_control->request = m_request;
}

Job::~Job()
{
    // A handle destroyed while its work still runs must not leave the worker spinning.
    m_control->stop.request_stop();
    m_control->wake.notify_all();
}

qint64 Job::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_started.isValid() ? m_started.elapsed() : 0;
}

void Job::cancel()
{
    if (isFinished())
        return;
    m_control->stop.request_stop();
    m_control->wake.notify_all();
    // Queued jobs are removed by the manager (it listens for this through cancelQueued()).
    if (m_state == JobState::Queued)
        QMetaObject::invokeMethod(parent(), "cancelQueued", Qt::DirectConnection, Q_ARG(quint64, m_id));
}

void Job::pause()
{
    if (!m_request.pausable || isFinished() || m_state == JobState::Paused)
        return;
    {
        std::lock_guard lock(m_control->mutex);
        m_control->paused = true;
        m_control->stepAllowance = 0;
    }
    setState(JobState::Paused);
}

void Job::resume()
{
    if (m_state != JobState::Paused)
        return;
    {
        std::lock_guard lock(m_control->mutex);
        m_control->paused = false;
    }
    m_control->wake.notify_all();
    setState(m_started.isValid() ? JobState::Running : JobState::Queued);
}

void Job::step()
{
    if (m_state != JobState::Paused)
        return;
    {
        std::lock_guard lock(m_control->mutex);
        ++m_control->stepAllowance;
    }
    m_control->wake.notify_all();
}

void Job::setState(JobState state)
{
    if (isFinished() || m_state == state)
        return;
    if (state == JobState::Running && !m_started.isValid())
        m_started.start();
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Job::finish(JobState state, const QString &message, const QVariant &result)
{
    if (isFinished())
        return; // exactly one terminal state
    flushPartials();
    m_control->progressFlushScheduled = false;
    if (state == JobState::Succeeded && m_progress < 1.0) {
        m_progress = 1.0;
        Q_EMIT progressChanged(m_progress, m_stage);
    }
    m_elapsedAtEnd = m_started.isValid() ? m_started.elapsed() : 0;
    m_message = message;
    m_result = result;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT finished(state, message);
}

void Job::throwResultMismatch(QMetaType asked) const
{
    // Untranslated: this names a programming error for a developer, not a state for the user.
    static constexpr const char *kStates[] = {"queued", "running", "paused", "succeeded", "failed", "canceled"};
    const char *askedName = asked.name() ? asked.name() : "?";
    std::string why;
    if (m_state != JobState::Succeeded) {
        why = std::string(isFinished() ? "it ended " : "it is still ") + kStates[int(m_state)];
        if (!m_message.isEmpty())
            why += " (" + m_message.toStdString() + ")";
        why += " and holds no result";
    } else if (!m_result.isValid()) {
        why = "it holds no result";
    } else {
        const char *stored = m_result.metaType().name();
        why = std::string("it holds a ") + (stored ? stored : "?");
    }
    throw JobResultMismatch("job '" + m_request.title.toStdString() + "': asked for its result as " + askedName +
                            ", but " + why);
}

void Job::flushProgress()
{
    double fraction;
    std::string stage;
    {
        std::lock_guard lock(m_control->mutex);
        m_control->progressFlushScheduled = false;
        fraction = m_control->progress;
        stage = m_control->stage;
    }
    if (isFinished())
        return;
    m_progress = fraction;
    m_stage = QString::fromStdString(stage);
    m_lastProgressEmitMs = elapsedMs();
    Q_EMIT progressChanged(m_progress, m_stage);
}

void Job::flushPartials()
{
    std::vector<engine::Partial> batch;
    {
        std::lock_guard lock(m_control->mutex);
        batch.swap(m_control->partials);
        m_control->partialFlushScheduled = false;
    }
    for (const auto &p : batch)
        Q_EMIT partialResult(p);
}

} // namespace genlab::services
