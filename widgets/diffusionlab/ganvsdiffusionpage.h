#pragma once

#include "services/diffusion/diffusionservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace genlab::widgets {
class ImageGridView;
}

namespace genlab::widgets::diffusionlab {

// "GAN vs diffusion": the shipped GAN and the lab's diffusion model on the same data (digits),
// measured with the same evaluator (DiffusionService::compareWithGan, a job with progress and
// cancel): both models' samples side by side, a table of the figures (Fréchet distance,
// precision, recall, classes covered, time per image), the diffusion model's Fréchet distance
// against its number of sampling steps (log scale) with the GAN's single step as a point, and a
// few sentences on what each gets wrong, written from the figures shown.
// Thread: GUI only.
class GanVsDiffusionPage : public QWidget
{
    Q_OBJECT
public:
    explicit GanVsDiffusionPage(services::DiffusionService *service, QWidget *parent = nullptr);
    ~GanVsDiffusionPage() override;

    // The diffusion model measured (the lab's loaded one); Measure is enabled once there is one.
    void setModel(const services::DiffusionModelInfo &info);

    services::GanVsDiffusionRequest request() const;
    void setRequest(const services::GanVsDiffusionRequest &request);
    // Starts a measurement; false (and a message) without a model, while one runs or with bad step counts.
    bool measure();
    void cancel();
    bool isBusy() const;
    // Shows a measurement (what measure() does when its job succeeds).
    void showResult(const services::GanVsDiffusionResult &result);
    bool hasResult() const { return m_result.has_value(); }
    const services::GanVsDiffusionResult &result() const { return *m_result; }
    QString statusText() const;

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    QPushButton *measureButton() const { return m_measure; }
    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }
    ImageGridView *ganSamples() const { return m_ganSamples; }
    ImageGridView *diffusionSamples() const { return m_diffusionSamples; }
    QLabel *verdictLabel() const { return m_verdict; }

    // The sentences on what each model gets wrong, from a result's figures (rich text).
    static QString verdict(const services::GanVsDiffusionResult &result);

Q_SIGNALS:
    void measured(bool succeeded);
    void settingsChanged();

private:
    void fillTable(const services::GanVsDiffusionResult &result);
    void drawChart(const services::GanVsDiffusionResult &result);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();
    std::vector<int> stepCounts(QString *error) const;

    services::DiffusionService *m_service;
    std::optional<services::DiffusionModelInfo> m_model;
    QSpinBox *m_samples, *m_largeSamples, *m_seed;
    QLineEdit *m_steps;
    QPushButton *m_measure, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status, *m_ganTitle, *m_diffusionTitle, *m_verdict;
    ImageGridView *m_ganSamples, *m_diffusionSamples;
    QCustomPlot *m_chart;
    QCPGraph *m_diffusionGraph, *m_ganGraph;
    QCPItemStraightLine *m_ganLevel;
    QCPItemText *m_ganText, *m_emptyText;
    QTableWidget *m_table;
    QPointer<services::Job> m_job;
    std::optional<services::GanVsDiffusionResult> m_result;
};

} // namespace genlab::widgets::diffusionlab
