#pragma once

#include "services/text/textservice.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {

class TokenView;

// One side of the tokenizer comparison: a tokenizer picked from a list, the text as coloured
// tokens, the counts and the ids.
// Thread: GUI only.
class TokenizerSide : public QWidget
{
    Q_OBJECT
public:
    explicit TokenizerSide(QWidget *parent = nullptr);

    QComboBox *choice() const { return m_choice; }
    TokenView *tokenView() const { return m_tokens; }
    QLabel *stats() const { return m_stats; }
    QPlainTextEdit *ids() const { return m_ids; }
    QPushButton *openButton() const { return m_open; }
    void showResult(const services::TokenizedText &tokens, int vocabSize);
    void showMessage(const QString &message);

private:
    QComboBox *m_choice;
    QPushButton *m_open;
    TokenView *m_tokens;
    QLabel *m_stats;
    QPlainTextEdit *m_ids;
};

// The Tokenizers tab: one text, two tokenizers side by side (the model's, character-level, GPT-2
// or any tokenizer folder, or a BPE vocabulary learned here), and learning a BPE vocabulary on a
// text file with the merges listed as they are learned.
// Thread: GUI only.
class TokenizerView : public QWidget
{
    Q_OBJECT
public:
    explicit TokenizerView(services::TextService *service, QWidget *parent = nullptr);
    ~TokenizerView() override;

    void setModelTokenizer(std::shared_ptr<const engine::text::Tokenizer> tokenizer, const QString &name);
    // Adds (or replaces by name) a tokenizer to both sides' lists; selects it on `side` (0, 1; -1: none).
    void addTokenizer(const QString &name, std::shared_ptr<const engine::text::Tokenizer> tokenizer, int side = -1);
    void setText(const QString &text);
    void refresh(); // tokenizes now (normally after a short pause in typing)
    void learnBpe(const QString &corpusPath, int vocabSize);

    TokenizerSide *side(int index) const { return index == 0 ? m_left : m_right; }
    QListWidget *merges() const { return m_merges; }
    QPlainTextEdit *input() const { return m_input; }

Q_SIGNALS:
    void tokenized(int side);
    void bpeLearned(bool ok);

private:
    struct Choice
    {
        QString name;
        std::shared_ptr<const engine::text::Tokenizer> tokenizer; // null: character-level from the text
    };
    void rebuildChoices();
    void tokenizeSide(int side);
    void openFolder(int side);

    services::TextService *m_service;
    QList<Choice> m_choices;
    QPlainTextEdit *m_input;
    TokenizerSide *m_left, *m_right;
    QTimer *m_debounce;
    QLineEdit *m_corpus;
    QSpinBox *m_vocab;
    QPushButton *m_learn, *m_cancelLearn;
    QProgressBar *m_progress;
    QListWidget *m_merges;
    QLabel *m_learnStatus;
    QPointer<services::Job> m_learnJob;
    QPointer<services::Job> m_sideJobs[2];
};

} // namespace genlab::widgets::textlab
