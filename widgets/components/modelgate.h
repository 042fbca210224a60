#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

// Holds what a lab cannot do before its model is in: a recipe or a project's saved state that
// arrives while the model it needs is still loading (or is about to be loaded). The lab tells
// the gate about its model loads; the held action runs once the load it waits for has finished,
// or its failure handler runs with the load's message. One action is held at a time (a newer
// recipe replaces an older one); a load of another model than the one the action waits for means
// that model is not coming, and the action is dropped.
// Thread: GUI only.
class ModelGate : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<void()>;
    using Failure = std::function<void(const QString &message)>;

    explicit ModelGate(QObject *parent = nullptr);

    // Holds action until the load of `model` (a name, a folder: the lab's key; empty: whichever
    // load comes next) finishes; replaces (drops) an action held before.
    void hold(const QString &model, Action action, Failure onFailure = {});
    // Runs action now when no load is under way (true), else holds it for the load under way.
    bool runWhenLoaded(Action action, Failure onFailure = {});

    // The lab started loading `model`: an action held for another model is dropped. With a job,
    // the gate follows it: success releases the action, a failure or cancel calls its handler.
    // Labs whose model is in only after a later signal (the service's modelChanged) pass no job
    // and call loaded() / failed() themselves.
    void loading(const QString &model, services::Job *job = nullptr);
    void loaded(const QString &model = {});
    void failed(const QString &message, const QString &model = {});

    bool isLoading() const { return m_loading; }
    bool isHolding() const { return bool(m_action); }
    QString heldModel() const { return m_heldModel; }
    void drop();

Q_SIGNALS:
    // The held action ran (ran = true) or its load failed (false).
    void released(bool ran);

private:
    bool matches(const QString &model) const;

    Action m_action;
    Failure m_failure;
    QString m_heldModel;
    QString m_loadingModel;
    bool m_loading = false;
    QPointer<services::Job> m_job;
};

} // namespace genlab::widgets
