#pragma once

#include "engine/gpt/sampling.h"
#include "engine/gpt/weightformat.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace genlab::services {
struct TextModelInfo;
}

namespace genlab::widgets::textlab {

// The left column of the Generate tab: which model, the prompt, the sampling settings (greedy or
// sampled; temperature, top-k, top-p, min-p, repetition penalty, max tokens, seed, stop
// sequences), Generate and Stop, and the speed of the last run.
// Thread: GUI only.
class PromptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PromptPanel(QWidget *parent = nullptr);

    void setModel(const services::TextModelInfo &model);
    void setModelMessage(const QString &message, bool error);
    QString prompt() const;
    void setPrompt(const QString &prompt);
    engine::gpt::SamplingSettings settings() const;
    void setSettings(const engine::gpt::SamplingSettings &settings);
    void setRunning(bool running);
    void setReady(bool ready); // a model is loaded
    void setStatus(const QString &text);
    // How the next model load holds the weights (the combo beside the model); setting it does
    // not emit weightFormatChosen.
    engine::gpt::WeightFormat weightFormat() const;
    void setWeightFormat(engine::gpt::WeightFormat format);
    QComboBox *weightFormatCombo() const { return m_weights; }

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void generateRequested();
    void stopRequested();
    void openModelRequested();
    void shippedModelRequested();
    void weightFormatChosen(); // the user picked another weight format: load the model that way
    void settingsChanged(); // the prompt or a sampling setting

private:
    void updateEnabled();

    QLabel *m_model;
    QToolButton *m_open, *m_shipped;
    QComboBox *m_weights;
    QPlainTextEdit *m_prompt;
    QComboBox *m_mode;
    QDoubleSpinBox *m_temperature, *m_topP, *m_minP, *m_penalty;
    QSpinBox *m_topK, *m_maxTokens, *m_seed;
    QToolButton *m_newSeed;
    QLineEdit *m_stops;
    QPushButton *m_generate, *m_stop;
    QLabel *m_status;
    bool m_running = false;
    bool m_ready = false;
};

} // namespace genlab::widgets::textlab
