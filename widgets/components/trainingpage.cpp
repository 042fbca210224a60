#include "widgets/components/trainingpage.h"

#include "widgets/components/trainingsession.h"

#include <QVBoxLayout>

namespace genlab::widgets {

TrainingPage::TrainingPage(QWidget *parent) : QWidget(parent), m_session(new TrainingSession(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_session);
}

TrainingPage::~TrainingPage() = default;

services::Job *TrainingPage::job() const
{
    return m_session->job();
}

bool TrainingPage::isRunning() const
{
    return m_session->isRunning();
}

QString TrainingPage::statusText() const
{
    return m_session->statusText();
}

TrainingMonitor *TrainingPage::monitor() const
{
    return m_session->monitor();
}

StepSlider *TrainingPage::stepSlider() const
{
    return m_session->stepSlider();
}

QPushButton *TrainingPage::useButton() const
{
    return m_session->useButton();
}

} // namespace genlab::widgets
