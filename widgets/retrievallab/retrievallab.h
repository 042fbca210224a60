#pragma once

#include "services/retrieval/retrievalservice.h"
#include "widgets/shell/labpage.h"

#include <QJsonObject>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::retrievallab {

class AnswerPage;
class IndexPage;
class SearchPage;

// The Retrieval lab: index documents, see every score of BM25, dense and hybrid retrieval in a
// passage browser, and answer with citations. Pages on the tab widget "retrievalTabs": Search (the
// passage browser, SearchPage), Answer (AnswerPage), Index (IndexPage); other pages join with
// addPage(). The index is opened when the lab is first shown; when an index it opens holds no
// documents (the first launch, a new project) the studio's help pages are indexed at once, then
// the first query is searched.
// Every index and model step runs in RetrievalService's jobs.
// Thread: GUI only.
class RetrievalLab : public LabPage
{
    Q_OBJECT
public:
    explicit RetrievalLab(services::RetrievalService *service, QWidget *parent = nullptr);
    ~RetrievalLab() override;

    QString labId() const override { return QStringLiteral("retrieval"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    // The index is open (and filled on the first launch) and the first search has ended.
    bool isReady() const override { return m_ready; }
    void activated() override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // Adds a page as a tab (after the built-in ones unless index >= 0); name is the key the
    // project state keeps for the current tab. The page uses service() and, for the current query
    // and options, searchPage() (its searched() signal carries every search's hits).
    int addPage(QWidget *page, const QString &title, const QString &name, int index = -1);

    services::RetrievalService *service() const { return m_service; }
    QTabWidget *tabs() const { return m_tabs; }
    SearchPage *searchPage() const { return m_search; }
    AnswerPage *answerPage() const { return m_answer; }
    IndexPage *indexPage() const { return m_index; }
    QLabel *indexLabel() const { return m_indexInfo; }
    QString messageText() const;

private:
    void openIndex();
    void showIndex();
    void setMessage(const QString &text, bool error);
    void checkReady();

    services::RetrievalService *m_service;
    QTabWidget *m_tabs;
    SearchPage *m_search;
    AnswerPage *m_answer;
    IndexPage *m_index;
    QLabel *m_indexInfo, *m_message;
    QPointer<services::Job> m_open;
    QStringList m_tabNames;
    QString m_pendingTab;
    bool m_activated = false;
    bool m_firstSearchDone = false;
    bool m_ready = false;
    QString m_seenFolder; // the index folder whose first look (empty: help pages) is done
};

} // namespace genlab::widgets::retrievallab
