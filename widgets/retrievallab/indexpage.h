#pragma once

#include "services/retrieval/retrievalservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTextEdit;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::retrievallab {

// What is indexed and how: the sources (folders and files), the chunking (kind, size, overlap),
// the embedder (LSA fitted on the documents, or a BERT / sentence-transformers folder), the ANN
// mode; "Update index" with progress and Cancel (only changed files are read again); the last
// update's report (added, changed, unchanged, removed, skipped files with the reason, decoding
// notes); and a preview of the chunk boundaries on one document before indexing, computed on the
// lab's lane.
// Thread: GUI only.
class IndexPage : public QWidget
{
    Q_OBJECT
public:
    explicit IndexPage(services::RetrievalService *service, QWidget *parent = nullptr);
    ~IndexPage() override;

    QStringList sources() const;
    void setSources(const QStringList &paths);
    // Adds a folder or file; false (with a message) when it cannot be read.
    bool addSource(const QString &path);
    engine::retrieval::IndexOptions options() const;
    void setOptions(const engine::retrieval::IndexOptions &options);
    void setChunking(const engine::retrieval::ChunkingSpec &spec);
    // "lsa" or a BERT folder.
    void setEmbedder(const QString &embedder);

    // Updates the index from the sources with these settings; shows progress, Cancel stops it.
    void updateIndex();
    // Indexes the studio's help pages (the first launch) with the same progress and Cancel.
    void indexBuiltIn();
    void cancelUpdate();
    bool isUpdating() const;
    // Shows the chunks of path under the current chunking (path "" : the chosen document).
    void previewChunks(const QString &path = {});

    bool hasPreview() const { return m_preview.has_value(); }
    const services::ChunkPreview &preview() const { return *m_preview; }
    QString messageText() const;
    QString reportText() const;

    QListWidget *sourceList() const { return m_sources; }
    QPushButton *updateButton() const { return m_updateButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QTextEdit *previewView() const { return m_previewView; }
    QComboBox *documentBox() const { return m_document; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    // An update ended: succeeded (report shown), failed or canceled (message shown).
    void updateFinished(bool succeeded);
    void updateProgress(double fraction, const QString &stage);
    void previewShown();
    void settingsChanged();

private:
    void track(services::Job *job, const QString &what);
    void showIndex();
    void showReport(const engine::retrieval::UpdateReport &report);
    void showPreview(const services::ChunkPreview &preview);
    void setMessage(const QString &text, bool error);
    void chooseFolder();
    void chooseFiles();
    void chooseEmbedder();
    void choosePreviewFile();
    void chunkingChanged();
    void updateChunkingFields();

    services::RetrievalService *m_service;
    QListWidget *m_sources;
    QComboBox *m_kind, *m_embedder, *m_ann, *m_document;
    QSpinBox *m_size, *m_overlap;
    QPushButton *m_updateButton, *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status, *m_message, *m_previewSummary;
    QTextBrowser *m_report;
    QTextEdit *m_previewView;
    QTimer *m_previewDebounce;
    QPointer<services::Job> m_update, m_previewJob;
    std::optional<services::ChunkPreview> m_preview;
    bool m_sourcesEdited = false;
    bool m_optionsEdited = false;
};

} // namespace genlab::widgets::retrievallab
