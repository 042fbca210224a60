#pragma once

#include "engine/runtime/compute.h"
#include "widgets/shell/labpage.h"

class QTabWidget;

namespace genlab::services {
class JobManager;
}

namespace genlab::widgets::tuninglab {

class DiscriminativePage;
class DistillPage;
class InContextPage;
class InstructPage;
class PreferencePage;
class ScalingPage;

// The Tuning lab: what turns a pretrained language model into an assistant, each idea an
// experiment with a measured before and after, on the Text lab's models (the shipped one by
// default, any GPT-2 folder). Six pages: in-context learning, instruction tuning, preference
// tuning (the RLHF family), knowledge distillation, pretraining and scale, and discriminative
// versus generative models. Nothing runs until the user starts an experiment; every experiment is
// a job (the long ones on the training lane: pause, step and stop from the Jobs dock).
// Thread: GUI only.
class TuningLab : public LabPage
{
    Q_OBJECT
public:
    TuningLab(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent = nullptr);
    ~TuningLab() override;

    QString labId() const override { return QStringLiteral("tuning"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    QTabWidget *tabs() const { return m_tabs; }
    InContextPage *inContextPage() const { return m_inContext; }
    InstructPage *instructPage() const { return m_instruct; }
    PreferencePage *preferencePage() const { return m_preference; }
    DistillPage *distillPage() const { return m_distill; }
    ScalingPage *scalingPage() const { return m_scaling; }
    DiscriminativePage *discriminativePage() const { return m_discriminative; }

    // Shows the page kept under name ("incontext", "instruct", "preference", "distill", "scaling",
    // "discriminative"); false for an unknown name.
    bool showPage(const QString &name);

private:
    QTabWidget *m_tabs = nullptr;
    InContextPage *m_inContext = nullptr;
    InstructPage *m_instruct = nullptr;
    PreferencePage *m_preference = nullptr;
    DistillPage *m_distill = nullptr;
    ScalingPage *m_scaling = nullptr;
    DiscriminativePage *m_discriminative = nullptr;
};

} // namespace genlab::widgets::tuninglab
