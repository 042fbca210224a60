#pragma once

#include "services/masked/maskedservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {
class AttentionView;
class TokenView;
} // namespace genlab::widgets::textlab

namespace genlab::widgets::maskedlab {

class CandidateBars;

// Fill-mask: the user's sentence as the model's word pieces; a click on a word masks it (every
// piece of it with whole-word masking), [MASK] can be typed too; the top-k candidates of every mask
// as bars; filling the masks one at a time, most confident first, each step listed; the encoder's
// attention (the Text lab's view, both directions) of the masked input.
// Thread: GUI only.
class FillMaskPage : public QWidget
{
    Q_OBJECT
public:
    // A line of Hamlet with "king" masked: what a new user sees first.
    static QString defaultSentence();

    explicit FillMaskPage(services::MaskedService *service, QWidget *parent = nullptr);
    ~FillMaskPage() override;

    void setText(const QString &text);
    QString text() const;
    // Masks (or unmasks) a word of the sentence (WordPiece word index) and predicts again.
    void toggleWord(int word);
    void setMaskedWords(const QList<int> &words);
    QList<int> maskedWords() const { return m_masked; }
    // Masks the first word equal to `word` (case-insensitive); false when the sentence has none.
    bool maskWord(const QString &word);
    // Masks the first word equal to `word` once the next prediction is in (the first-launch example).
    void maskWhenShown(const QString &word) { m_pendingMask = word; }
    void setTopK(int k);
    // Predicts with the current settings (also after every edit, debounced).
    void refresh();
    // Fills the masks one at a time, most confident first; the steps appear in the list.
    void fillIteratively();

    bool hasResult() const { return m_result.has_value(); }
    const services::FillMaskOutcome &result() const { return *m_result; }
    bool isBusy() const;
    QString messageText() const;

    CandidateBars *bars() const { return m_bars; }
    textlab::TokenView *words() const { return m_words; }
    textlab::AttentionView *attentionView() const { return m_attention; }
    QListWidget *steps() const { return m_steps; }
    QLineEdit *sentenceEdit() const { return m_sentence; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void updated();
    void failed(const QString &message);
    void settingsChanged();

private:
    void run(bool iterative);
    void show(const services::FillMaskOutcome &outcome);
    void showWords();
    void showStep(int index);
    void setMessage(const QString &text);
    void remapMasksAfterEdit();

    services::MaskedService *m_service;
    QLineEdit *m_sentence;
    QSpinBox *m_topK;
    QCheckBox *m_wholeWord;
    QPushButton *m_iterate, *m_clear;
    QLabel *m_message, *m_summary;
    textlab::TokenView *m_words;
    CandidateBars *m_bars;
    QListWidget *m_steps;
    textlab::AttentionView *m_attention;
    QTimer *m_debounce;
    QPointer<services::Job> m_job;
    QList<int> m_masked;
    // The masked words' text and occurrence, so an edit elsewhere in the sentence keeps them.
    QList<QPair<QString, int>> m_maskedText;
    std::optional<services::FillMaskOutcome> m_result;
    bool m_textSetByCode = false;
    QString m_pendingMask;
};

} // namespace genlab::widgets::maskedlab
