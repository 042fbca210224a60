#pragma once
// The Retrieval lab's chunking A/B: the index's own chunking (A) against a second one the user
// picks (B: kind, size, overlap). The engine builds a temporary second index of the same sources
// with B (progress and cancel; kept while the index and B stay the same, so further queries are
// quick), runs the query under both and lists the two top-k side by side: which stretches of text
// stayed, which fell out and which came in, matched by file and overlapping bytes.
// Thread: GUI only.

#include "engine/retrieval/chunkingab.h"

#include <QMetaType>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace genlab::services {
class Job;
class RetrievalService;
} // namespace genlab::services

namespace genlab::widgets::retrievallab {

// What an A/B job returns. Plain data; the comparison is handed over to the page once (the job's
// copy is emptied then, so the temporary index lives exactly as long as the page keeps it).
struct ChunkingAbOutcome
{
    std::shared_ptr<std::shared_ptr<engine::retrieval::ChunkingComparison>> built; // set when B was built by this job
    engine::retrieval::ChunkingAbResult result;
    quint64 generation = 0;             // the index generation B was built from
};

class ChunkingAbPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChunkingAbPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~ChunkingAbPage() override;

    void setChunkingB(const engine::retrieval::ChunkingSpec &spec);
    engine::retrieval::ChunkingSpec chunkingB() const;
    void setQuery(const QString &query);
    // Builds B when needed, then runs the query under A and B.
    void compare();

    bool isBusy() const;
    const std::optional<engine::retrieval::ChunkingAbResult> &result() const { return m_result; }
    bool hasSecondIndex() const { return m_comparison != nullptr; }
    QString statusText() const;
    QString summaryText() const;
    QTableWidget *sideA() const { return m_tableA; }
    QTableWidget *sideB() const { return m_tableB; }

Q_SIGNALS:
    void compared();

private:
    void kindChanged();
    void showResult(const engine::retrieval::ChunkingAbResult &result);
    void fillSide(QTableWidget *table, const std::vector<engine::retrieval::AbPassage> &side, bool isA, int topK);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    void updateChunkingA();

    services::RetrievalService *m_service;
    std::shared_ptr<engine::retrieval::ChunkingComparison> m_comparison;
    quint64 m_comparisonGeneration = 0;
    std::optional<engine::retrieval::ChunkingAbResult> m_result;

    QLabel *m_chunkingA = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_overlap = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_retriever = nullptr;
    QSpinBox *m_topK = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_titleA = nullptr;
    QLabel *m_titleB = nullptr;
    QTableWidget *m_tableA = nullptr;
    QTableWidget *m_tableB = nullptr;
    QPointer<services::Job> m_job;
};

} // namespace genlab::widgets::retrievallab

Q_DECLARE_METATYPE(genlab::widgets::retrievallab::ChunkingAbOutcome)
