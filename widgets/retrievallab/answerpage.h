#pragma once

#include "services/retrieval/retrievalservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::retrievallab {

// Answering from the retrieved passages: the question (the search's query unless the user typed
// another), the passages with Pin and Drop boxes, the prompt assembled from the chosen ones
// (editable: an edited prompt is what the GPT model reads; the extractive answer reads no prompt,
// so the box is read-only and greyed while it is chosen), the extractive answer (the passages' sentences
// that best match the question, each with its [n] citation; clicking one selects its passage),
// and after "Answer again" the sentences added and removed since the previous answer. Or, with
// "Generate with a GPT model" (the shipped lm-shakespeare-bpe, which the page says plainly is no
// question answerer, or a GPT-2-family folder), the model's answer streams in, then each sentence
// is coloured supported (with its [n]) or unsupported by the passages.
// Thread: GUI only.
class AnswerPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~AnswerPage() override;

    // The passages of a search (and its query as the question, unless the user typed one).
    void setSearch(const services::SearchOutcome &outcome);
    void setQuestion(const QString &question);
    QString question() const;
    // Pin (kept first, whatever its rank) or drop (left out) the passage in row.
    void setPinned(int row, bool pinned);
    void setDropped(int row, bool dropped);
    // A fresh answer (the previous one forgotten), or one compared with the previous answer.
    void answer();
    void answerAgain();
    // Selects the passage cited as [n] in the last answer.
    void selectCitation(int n);

    // Where answers come from: the passages' sentences, the shipped model or a model folder.
    enum class Generator { Extractive, ShippedModel, ModelFolder };
    void setGenerator(Generator generator, const QString &modelFolder = {});
    Generator generator() const { return m_generator; }
    bool hasGenerated() const { return m_generated.has_value(); }
    const services::GenerativeOutcome &lastGenerated() const { return *m_generated; }

    bool hasAnswer() const { return m_answer.has_value(); }
    const services::AnswerOutcome &lastAnswer() const { return *m_answer; }
    bool hasPrevious() const { return m_previous.has_value(); }
    bool isBusy() const;
    QString messageText() const;

    QTableWidget *passageTable() const { return m_passages; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QLabel *promptNote() const { return m_promptNote; }
    // The user changed the prompt's text (a generated answer then reads it as written).
    bool isPromptEdited() const { return m_promptEdited; }
    // Forgets the edit: the prompt is assembled from the chosen passages again.
    void resetPrompt();
    QTextBrowser *answerView() const { return m_answerView; }
    QTextBrowser *diffView() const { return m_diff; }
    QPushButton *answerButton() const { return m_answerButton; }
    QPushButton *againButton() const { return m_againButton; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void answered();
    void failed(const QString &message);
    void settingsChanged();

private:
    void run(bool compare);
    void show(const services::AnswerOutcome &outcome, bool compare);
    void showGenerated(const services::GenerativeOutcome &outcome);
    void generatorChosen(int index);
    void rebuildPrompt();
    void updatePromptState();
    std::vector<services::RetrievedPassage> chosenPassages() const;
    services::AnswerRequest request() const;
    void setMessage(const QString &text, bool error);

    services::RetrievalService *m_service;
    QLineEdit *m_question;
    QSpinBox *m_sentences;
    QComboBox *m_generatorBox;
    QSpinBox *m_seed;
    QTableWidget *m_passages;
    QPlainTextEdit *m_prompt;
    QLabel *m_promptNote;
    QPushButton *m_promptReset;
    QPushButton *m_answerButton, *m_againButton;
    QLabel *m_message;
    QTextBrowser *m_answerView, *m_diff;
    QPointer<services::Job> m_job;
    std::optional<services::SearchOutcome> m_search;
    std::optional<services::AnswerOutcome> m_answer, m_previous;
    std::optional<services::GenerativeOutcome> m_generated;
    Generator m_generator = Generator::Extractive;
    QString m_modelFolder;
    bool m_showingGenerated = false; // [n] links then name the generated answer's passages
    QString m_streamed;
    bool m_questionTyped = false;
    bool m_promptEdited = false;
    bool m_settingPrompt = false;
};

} // namespace genlab::widgets::retrievallab
