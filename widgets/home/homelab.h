#pragma once

#include "widgets/shell/labpage.h"

#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QProgressBar;

namespace genlab::services {
class ComputeService;
class Job;
} // namespace genlab::services

namespace genlab::widgets {

// The first page: what the studio is, the labs, and the compute runtime (device, LibTorch, BLAS
// and its measured throughput, thread budget), measured by a job so the window never waits.
// Thread: GUI only.
class HomeLab : public LabPage
{
    Q_OBJECT
public:
    HomeLab(services::ComputeService *compute, QWidget *parent = nullptr);

    QString labId() const override { return QStringLiteral("home"); }
    QString helpPage() const override { return QStringLiteral("index.md"); } // the contents
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_ready; }
    void activated() override; // the first time: measures the throughput

    void setLabOverview(const QList<QPair<QString, QString>> &labs); // title, summary

private:
    void measure();

    services::ComputeService *m_compute;
    QLabel *m_labs;
    QPlainTextEdit *m_computeText;
    QPushButton *m_measureButton;
    QProgressBar *m_progress;
    QPointer<services::Job> m_job;
    bool m_ready = false;
};

} // namespace genlab::widgets
