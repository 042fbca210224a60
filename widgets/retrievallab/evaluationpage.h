#pragma once
// The Retrieval lab's Evaluation page: the labelled questions (the help pages' built-in set, the
// user's labels kept in the index folder, or a file the user opens) run against the index, and
// recall@5, recall@10, MRR and nDCG@10 of BM25, dense and both fusions shown as a table and as
// grouped bars; one row per question with the rank of its first relevant page under each
// retriever; a question's top passages with a tick box each, so the user marks what is relevant
// (labels are per page, as the metrics count them) and adds questions of their own; HNSW's
// recall@10 against the exact scan where the index uses HNSW.
// Thread: GUI only.

#include "engine/retrieval/retrievalindex.h"

#include <QJsonArray>
#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QCustomPlot;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace genlab::services {
class Job;
class RetrievalService;
struct EvaluationOutcome;
struct SearchOutcome;
} // namespace genlab::services

namespace genlab::widgets::retrievallab {

class RetrievalLab;

// Adds the Evaluation, Map and Chunking A/B pages to the lab; the map and the A/B take the query
// of each search on the Search page.
void addAnalysisPages(RetrievalLab *lab);

// The retrievers in the order the service reports them: bm25, dense, hybrid (rrf), hybrid (weighted).
inline constexpr int kEvaluatedRetrievers = 4;

// One question's standing: the rank of its first relevant page among the distinct pages each
// retriever ranks (0: none in the first ranks, or the question has no label). Plain data.
struct QuestionRanks
{
    std::array<int, kEvaluatedRetrievers> rank{};
    bool labelled = false;
};

struct QuestionRanksResult
{
    std::vector<QuestionRanks> rows;    // in the order of the questions asked
    quint64 serial = 0;                 // which request it answers
    int only = -1;                      // >= 0: one question was re-ranked (row index)
};

class EvaluationPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~EvaluationPage() override;

    // The file evaluated: the user's labels in the index folder when there are any, else the built-in set.
    QString questionsFile() const { return m_file; }
    // Loads file's questions (a bad file: the message names it and the previous questions stay).
    bool setQuestionsFile(const QString &file);
    // Where ticks and added questions are saved: labelled-questions.json in the index folder.
    QString userQuestionsFile() const;
    // Runs the service's evaluation and the per-question ranks.
    void evaluate();
    // Adds a question of the user's (unlabelled until a passage is ticked) and selects it.
    void addQuestion(const QString &question);
    // Selects a question's row: its top passages show with their tick boxes.
    void selectQuestion(int row);

    bool isBusy() const;
    bool hasResult() const { return m_hasResult; }
    int questionCount() const { return int(m_questions.size()); }
    QStringList relevantOf(int row) const;
    QString statusText() const;
    QString annText() const;
    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *questionTable() const { return m_perQuestion; }
    QListWidget *passageList() const { return m_passages; }
    QCustomPlot *bars() const { return m_bars; }

Q_SIGNALS:
    void evaluated();
    void passagesShown();

private:
    struct Question
    {
        QString text;
        QStringList relevant;           // page labels: file names, or absolute paths
        QJsonArray sections;            // kept as read (the built-in set names sections too)
        std::optional<QuestionRanks> ranks;
    };

    void openQuestions();
    void useBuiltIn();
    void askForQuestion();
    void showOutcome(const services::EvaluationOutcome &outcome);
    void showRanks(const QuestionRanksResult &result);
    void showPassages(const services::SearchOutcome &outcome);
    void passageToggled(QListWidgetItem *item);
    bool saveLabels();
    void rankQuestions(int only);
    void fillQuestionTable();
    void fillQuestionRow(int row);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    std::vector<engine::retrieval::EvaluationQuestion> engineQuestions() const;
    // The label a page gets when the user ticks one of its passages: its file name when no other
    // indexed page has that name, else its absolute path.
    QString labelFor(const QString &path) const;

    services::RetrievalService *m_service;
    QString m_file;
    std::vector<Question> m_questions;
    bool m_hasResult = false;
    quint64 m_serial = 0;

    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_metrics = nullptr;
    QCustomPlot *m_bars = nullptr;
    QLabel *m_ann = nullptr;
    QTableWidget *m_perQuestion = nullptr;
    QLabel *m_passagesTitle = nullptr;
    QListWidget *m_passages = nullptr;
    bool m_fillingPassages = false;
    int m_shownQuestion = -1;

    QPointer<services::Job> m_evaluateJob;
    QPointer<services::Job> m_ranksJob;
    QPointer<services::Job> m_searchJob;
};

} // namespace genlab::widgets::retrievallab

Q_DECLARE_METATYPE(genlab::widgets::retrievallab::QuestionRanksResult)
