#pragma once

#include "services/textservice.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {
class TrainingMonitor;
}

namespace genlab::widgets::textlab {

// The Train tab: a small GPT-style model trained on a text file as a pausable job, with live
// train/validation loss and learning rate in the training monitor, perplexity and tokens/s, and
// the sample previews; a finished model opens in the Generate tab.
// Thread: GUI only.
class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPanel(services::TextService *service, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    engine::gpt::TrainOptions options() const;
    void setDataPath(const QString &path);
    void setOutDir(const QString &path);
    // Small settings for tests and quick looks: steps, batch, size.
    // layers/embed 0: the size preset's.
    void setQuickSettings(int steps, int batch, int layers, int embed, int context);
    void setSizePreset(int index); // 0 tiny, 1 small, 2 medium
    bool start();
    services::Job *job() const;
    TrainingMonitor *monitor() const { return m_monitor; }
    QPlainTextEdit *samples() const { return m_samples; }
    QLabel *stats() const { return m_stats; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *useButton() const { return m_use; }

Q_SIGNALS:
    void useModelRequested(const QString &folder);
    void trainingFinished(bool ok);

private:
    void onPartial(const engine::Partial &partial);
    void onFinished();
    void updateButtons();
    void showSampleNear(double step);

    services::TextService *m_service;
    QLineEdit *m_data, *m_out;
    QComboBox *m_tokenizer, *m_size;
    QSpinBox *m_context, *m_steps, *m_batch;
    QDoubleSpinBox *m_lr;
    QPushButton *m_start, *m_pause, *m_step, *m_stop, *m_use;
    QLabel *m_stats;
    QLabel *m_sampleTitle;
    TrainingMonitor *m_monitor;
    QPlainTextEdit *m_samples;
    QPointer<services::Job> m_job;
    QMap<qint64, QString> m_sampleByStep;
    QString m_finishedDir;
    int m_totalSteps = 0;
    int m_customLayers = 0, m_customEmbed = 0;
    double m_lastLoss = 0, m_lastVal = -1, m_lastPerplexity = -1, m_lastTokensPerSecond = 0, m_lastLr = 0;
    qint64 m_lastStep = 0;
};

} // namespace genlab::widgets::textlab
