#pragma once

#include "services/retrieval/retrievalservice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::retrievallab {

// The selected passage in full: its ranks and scores under each retriever, the passage with the
// query's terms marked, where it comes from (file, page, line, heading) with "Open file", the
// chunk in its document (the text around it), and BM25's score broken down per query term (tf,
// df, idf, contribution). The detail is computed by RetrievalService::passage on the lab's lane.
// Thread: GUI only.
class PassageDetail : public QWidget
{
    Q_OBJECT
public:
    explicit PassageDetail(services::RetrievalService *service, QWidget *parent = nullptr);
    ~PassageDetail() override;

    // Shows passage (a hit of query): its ranks at once, the rest when the service has it.
    void showPassage(const QString &query, const services::RetrievedPassage &passage, const engine::retrieval::Bm25Params &bm25);
    void clear();

    bool hasDetail() const { return m_detail.has_value(); }
    const services::PassageDetail &detail() const { return *m_detail; }
    bool isBusy() const;
    QTableWidget *termTable() const { return m_terms; }
    QTextBrowser *passageView() const { return m_passage; }
    QTextBrowser *contextView() const { return m_context; }
    QLabel *locationLabel() const { return m_location; }
    QLabel *ranksLabel() const { return m_ranks; }

Q_SIGNALS:
    void detailShown();

private:
    void show(const services::PassageDetail &detail);

    services::RetrievalService *m_service;
    QLabel *m_location, *m_ranks, *m_message;
    QPushButton *m_open;
    QTextBrowser *m_passage, *m_context;
    QTableWidget *m_terms;
    QPointer<services::Job> m_job;
    std::optional<services::PassageDetail> m_detail;
    QString m_path;
};

// "4 · 3.210" columns and the readable ranks line of a passage ("BM25 #1 (4.21) · dense ...").
QString ranksLine(const engine::retrieval::SearchHit &hit);

} // namespace genlab::widgets::retrievallab
