#include "widgets/components/modelgate.h"

#include "services/job.h"

#include <utility>

namespace genlab::widgets {

using services::Job;
using services::JobState;

ModelGate::ModelGate(QObject *parent) : QObject(parent) {}

void ModelGate::hold(const QString &model, Action action, Failure onFailure)
{
    m_action = std::move(action);
    m_failure = std::move(onFailure);
    m_heldModel = model;
}

bool ModelGate::runWhenLoaded(Action action, Failure onFailure)
{
    if (!m_loading) {
        action();
        return true;
    }
    hold(m_loadingModel, std::move(action), std::move(onFailure));
    return false;
}

bool ModelGate::matches(const QString &model) const
{
    return m_heldModel.isEmpty() || model.isEmpty() || m_heldModel == model;
}

void ModelGate::loading(const QString &model, Job *job)
{
    // Another model than the one the held action waits for: that one is not coming.
    if (m_action && !matches(model))
        drop();
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_loading = true;
    m_loadingModel = model;
    m_job = job;
    if (!job)
        return;
    connect(job, &Job::finished, this, [this, job, model](JobState state, const QString &message) {
        if (job != m_job)
            return; // a newer load took over
        if (state == JobState::Succeeded)
            loaded(model);
        else
            failed(message, model);
    });
}

void ModelGate::loaded(const QString &model)
{
    m_loading = false;
    m_job = nullptr;
    if (!m_action || !matches(model))
        return;
    // Taken out first: the action may hold another one (a recipe that loads yet another model).
    Action action = std::exchange(m_action, {});
    m_failure = {};
    m_heldModel.clear();
    action();
    Q_EMIT released(true);
}

void ModelGate::failed(const QString &message, const QString &model)
{
    m_loading = false;
    m_job = nullptr;
    if (!m_action || !matches(model))
        return;
    Failure failure = std::exchange(m_failure, {});
    m_action = {};
    m_heldModel.clear();
    if (failure)
        failure(message);
    Q_EMIT released(false);
}

void ModelGate::drop()
{
    m_action = {};
    m_failure = {};
    m_heldModel.clear();
}

} // namespace genlab::widgets
