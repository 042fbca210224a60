#pragma once

#include "services/text/textservice.h"
#include "widgets/components/trainingpage.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace genlab::services {
class Job;
}

namespace genlab::engine::train {
struct Metrics;
}

namespace genlab::widgets {
namespace form {
class CommonFields;
}
} // namespace genlab::widgets

namespace genlab::widgets::textlab {

// The Train tab: a small GPT-style model trained on a text file as a pausable job on the shared
// training session: live train/validation loss and learning rate, perplexity and tokens/s, the
// sample texts on the step slider (scrub, or click the curves); a finished model opens in the
// Generate tab. Training again into the same folder resumes its checkpoint.
// Thread: GUI only.
class TrainingPanel : public TrainingPage
{
    Q_OBJECT
public:
    explicit TrainingPanel(services::TextService *service, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    engine::gpt::TrainOptions options() const;
    void setDataPath(const QString &path);
    void setOutDir(const QString &path);
    // Small settings for tests and quick looks: steps, batch, size (a sample every quarter).
    // layers/embed 0: the size preset's.
    void setQuickSettings(int steps, int batch, int layers, int embed, int context);
    void setSizePreset(int index); // 0 tiny, 1 small, 2 medium
    bool start();
    QPlainTextEdit *samples() const;
    QLabel *stats() const;
    QPushButton *startButton() const { return m_start; }
    QToolButton *pauseButton() const;
    QToolButton *stepButton() const;
    QToolButton *stopButton() const;

Q_SIGNALS:
    void useModelRequested(const QString &folder);
    void trainingFinished(bool ok);

private:
    void onMetrics(const engine::train::Metrics &metrics);

    services::TextService *m_service;
    QWidget *m_form;
    QLineEdit *m_data, *m_out;
    QComboBox *m_tokenizer, *m_size;
    QSpinBox *m_context;
    std::unique_ptr<form::CommonFields> m_common;
    QPushButton *m_start;
    qint64 m_totalSteps = 0;
    int m_customLayers = 0, m_customEmbed = 0;
    double m_lastLoss = 0, m_lastVal = -1, m_lastPerplexity = -1, m_lastTokensPerSecond = 0, m_lastLr = 0;
};

} // namespace genlab::widgets::textlab
