#pragma once

#include "services/retrieval/retrievalservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::retrievallab {

class PassageDetail;

// The passage browser: a query, the retriever (BM25, dense or hybrid), top-k, the fusion (RRF
// with its k, or weighted scores) with each retriever's weight, BM25's k1 and b; the hits as a
// table with every retriever's rank and score (empty where a retriever did not rank the passage);
// the selected hit in full (PassageDetail); and "Why not this one?": find any passage by its text
// and see its ranks, scores, the top-k cut-offs and what kept it out. A retrieval dry run: nothing
// is generated here. Every search runs in RetrievalService's jobs.
// Thread: GUI only.
class SearchPage : public QWidget
{
    Q_OBJECT
public:
    // What a new user sees first (the help pages answer it).
    static QString defaultQuery();

    explicit SearchPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~SearchPage() override;

    void setQuery(const QString &query);
    QString query() const;
    engine::retrieval::SearchOptions options() const;
    void setOptions(const engine::retrieval::SearchOptions &options);
    // Searches with the current settings (also after a settings change, debounced, once a query
    // was searched). An empty query shows a message and searches nothing.
    void search();
    void selectHit(int row);

    // "Why not this one?"
    void findPassages(const QString &text);
    void explainPassage(engine::retrieval::ChunkId chunk);

    bool hasResult() const { return m_result.has_value(); }
    const services::SearchOutcome &result() const { return *m_result; }
    bool hasExplanation() const { return m_explanation.has_value(); }
    const services::ExplainOutcome &explanation() const { return *m_explanation; }
    bool isBusy() const;
    QString messageText() const;

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *retrieverBox() const { return m_retriever; }
    QSpinBox *topKBox() const { return m_topK; }
    QTableWidget *hitTable() const { return m_hits; }
    PassageDetail *detail() const { return m_detail; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    QLineEdit *findEdit() const { return m_find; }
    QListWidget *matchList() const { return m_matches; }
    QTextBrowser *explanationView() const { return m_why; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void searched(const services::SearchOutcome &outcome);
    void failed(const QString &message);
    void settingsChanged();
    void explained();
    void matchesFound();

private:
    void show(const services::SearchOutcome &outcome);
    void showSelected();
    void showExplanation(const services::ExplainOutcome &outcome);
    void setMessage(const QString &text, bool error);
    void updateFusionFields();
    void optionChanged();

    services::RetrievalService *m_service;
    QLineEdit *m_query;
    QPushButton *m_searchButton;
    QComboBox *m_retriever, *m_fusion;
    QSpinBox *m_topK;
    QDoubleSpinBox *m_rrfK, *m_bm25Weight, *m_denseWeight, *m_k1, *m_b;
    QLabel *m_message;
    QTableWidget *m_hits;
    QTabWidget *m_detailTabs;
    PassageDetail *m_detail;
    QLineEdit *m_find;
    QListWidget *m_matches;
    QTextBrowser *m_why;
    QTimer *m_debounce;
    QPointer<services::Job> m_job, m_findJob, m_explainJob;
    std::optional<services::SearchOutcome> m_result;
    std::optional<services::ExplainOutcome> m_explanation;
    std::vector<services::PassageMatch> m_found;
    bool m_searchedOnce = false;
};

} // namespace genlab::widgets::retrievallab
