#include "widgets/retrievallab/indexpage.h"
#include "widgets/retrievallab/messageline.h"

#include "services/job.h"
#include "widgets/retrievallab/textmarks.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;
using Kind = er::ChunkingSpec::Kind;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString esc(const std::string &s)
{
    return services::retrieval::fromStd(s).toHtmlEscaped();
}

} // namespace

IndexPage::IndexPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("retrievalIndexPage"));
    const er::IndexOptions defaults = services::retrieval::defaultIndexOptions();
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    // Left: what is indexed and how, the update and its report.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *sourcesBox = new QGroupBox(tr("Sources"), left);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    m_sources = new QListWidget(sourcesBox);
    m_sources->setObjectName(QStringLiteral("retrievalSources"));
    m_sources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sources->setToolTip(tr("Folders are read recursively: .txt, .md, .html and .pdf files"));
    sourcesLayout->addWidget(m_sources, 1);
    auto *sourceButtons = new QHBoxLayout;
    auto *addFolder = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Add folder…"), sourcesBox);
    addFolder->setObjectName(QStringLiteral("retrievalAddFolder"));
    auto *addFiles = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Add files…"), sourcesBox);
    addFiles->setObjectName(QStringLiteral("retrievalAddFiles"));
    auto *remove = new QPushButton(tr("Remove"), sourcesBox);
    remove->setObjectName(QStringLiteral("retrievalRemoveSource"));
    auto *help = new QPushButton(tr("Help pages"), sourcesBox);
    help->setToolTip(tr("Add the studio's own help pages (the built-in corpus)"));
    sourceButtons->addWidget(addFolder);
    sourceButtons->addWidget(addFiles);
    sourceButtons->addWidget(remove);
    sourceButtons->addStretch(1);
    sourceButtons->addWidget(help);
    sourcesLayout->addLayout(sourceButtons);
    leftLayout->addWidget(sourcesBox, 2);

    auto *settings = new QGroupBox(tr("How"), left);
    auto *form = new QFormLayout(settings);
    auto *chunkRow = new QHBoxLayout;
    m_kind = new QComboBox(settings);
    m_kind->setObjectName(QStringLiteral("retrievalChunkKind"));
    m_kind->addItem(tr("Characters"), int(Kind::Characters));
    m_kind->addItem(tr("Words (tokens)"), int(Kind::Tokens));
    m_kind->addItem(tr("Sentences"), int(Kind::Sentences));
    m_kind->addItem(tr("Markdown headings"), int(Kind::Headings));
    m_kind->addItem(tr("One chunk per file"), int(Kind::File));
    chunkRow->addWidget(m_kind);
    chunkRow->addWidget(new QLabel(tr("size"), settings));
    m_size = new QSpinBox(settings);
    m_size->setObjectName(QStringLiteral("retrievalChunkSize"));
    m_size->setRange(1, 100000);
    chunkRow->addWidget(m_size);
    chunkRow->addWidget(new QLabel(tr("overlap"), settings));
    m_overlap = new QSpinBox(settings);
    m_overlap->setObjectName(QStringLiteral("retrievalChunkOverlap"));
    m_overlap->setRange(0, 100000);
    chunkRow->addWidget(m_overlap);
    chunkRow->addStretch(1);
    form->addRow(tr("Chunking"), chunkRow);
    auto *embedRow = new QHBoxLayout;
    m_embedder = new QComboBox(settings);
    m_embedder->setObjectName(QStringLiteral("retrievalEmbedder"));
    m_embedder->addItem(tr("LSA, fitted on these documents"), QStringLiteral("lsa"));
    m_embedder->setToolTip(tr("The dense retriever's encoder. LSA needs no model: TF-IDF and a truncated SVD of the indexed passages."));
    embedRow->addWidget(m_embedder, 1);
    auto *openBert = new QPushButton(tr("Open BERT folder…"), settings);
    openBert->setObjectName(QStringLiteral("retrievalOpenBert"));
    openBert->setToolTip(tr("A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)"));
    embedRow->addWidget(openBert);
    form->addRow(tr("Embedder"), embedRow);
    m_ann = new QComboBox(settings);
    m_ann->setObjectName(QStringLiteral("retrievalAnn"));
    m_ann->addItem(tr("Automatic (exact below %1 passages, HNSW above)").arg(er::kExactScanLimit), QStringLiteral("auto"));
    m_ann->addItem(tr("Exact scan"), QStringLiteral("exact"));
    m_ann->addItem(tr("HNSW (approximate, fast on large indexes)"), QStringLiteral("hnsw"));
    form->addRow(tr("Dense search"), m_ann);
    leftLayout->addWidget(settings);

    auto *updateRow = new QHBoxLayout;
    m_updateButton = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Update index"), left);
    m_updateButton->setObjectName(QStringLiteral("retrievalUpdateButton"));
    m_updateButton->setToolTip(tr("Read new and changed files, drop removed ones; unchanged files are kept as they are"));
    updateRow->addWidget(m_updateButton);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("retrievalUpdateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->hide();
    updateRow->addWidget(m_progress, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), left);
    m_cancelButton->setObjectName(QStringLiteral("retrievalCancelUpdate"));
    m_cancelButton->hide();
    updateRow->addWidget(m_cancelButton);
    leftLayout->addLayout(updateRow);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("retrievalIndexStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_status);
    m_message = new QLabel(left);
    m_message->setObjectName(QStringLiteral("retrievalIndexMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    leftLayout->addWidget(m_message);
    m_report = new QTextBrowser(left);
    m_report->setObjectName(QStringLiteral("retrievalReport"));
    m_report->setPlaceholderText(tr("The last update's report: files added, changed, unchanged, removed and skipped"));
    leftLayout->addWidget(m_report, 2);
    split->addWidget(left);

    // Right: the chunk preview.
    auto *right = new QGroupBox(tr("Chunk preview"), split);
    auto *rightLayout = new QVBoxLayout(right);
    auto *docRow = new QHBoxLayout;
    m_document = new QComboBox(right);
    m_document->setObjectName(QStringLiteral("retrievalPreviewDocument"));
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(20);
    docRow->addWidget(m_document, 1);
    auto *chooseDoc = new QPushButton(tr("Other file…"), right);
    docRow->addWidget(chooseDoc);
    auto *previewButton = new QPushButton(tr("Preview"), right);
    previewButton->setObjectName(QStringLiteral("retrievalPreviewButton"));
    docRow->addWidget(previewButton);
    rightLayout->addLayout(docRow);
    m_previewSummary = new QLabel(tr("Choose a document to see where the chunking above cuts it, before indexing."), right);
    m_previewSummary->setObjectName(QStringLiteral("retrievalPreviewSummary"));
    m_previewSummary->setWordWrap(true);
    rightLayout->addWidget(m_previewSummary);
    m_previewView = new QTextEdit(right);
    m_previewView->setObjectName(QStringLiteral("retrievalPreviewView"));
    m_previewView->setReadOnly(true);
    m_previewView->setLineWrapMode(QTextEdit::WidgetWidth);
    rightLayout->addWidget(m_previewView, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_previewDebounce = new QTimer(this);
    m_previewDebounce->setSingleShot(true);
    m_previewDebounce->setInterval(300);
    connect(m_previewDebounce, &QTimer::timeout, this, [this] { previewChunks(); });

    connect(addFolder, &QPushButton::clicked, this, &IndexPage::chooseFolder);
    connect(addFiles, &QPushButton::clicked, this, &IndexPage::chooseFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_sources->selectedItems())
            delete item;
        m_sourcesEdited = true;
        Q_EMIT settingsChanged();
    });
    connect(help, &QPushButton::clicked, this, [this] {
        const QString folder = services::retrieval::helpCorpusFolder();
        if (folder.isEmpty())
            setMessage(tr("The studio's help pages are not installed."), true);
        else
            addSource(folder);
    });
    connect(openBert, &QPushButton::clicked, this, &IndexPage::chooseEmbedder);
    connect(m_embedder, &QComboBox::currentIndexChanged, this, [this] {
        m_optionsEdited = true;
        Q_EMIT settingsChanged();
    });
    connect(m_ann, &QComboBox::currentIndexChanged, this, [this] {
        m_optionsEdited = true;
        Q_EMIT settingsChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateChunkingFields();
        chunkingChanged();
    });
    connect(m_size, &QSpinBox::valueChanged, this, &IndexPage::chunkingChanged);
    connect(m_overlap, &QSpinBox::valueChanged, this, &IndexPage::chunkingChanged);
    connect(m_updateButton, &QPushButton::clicked, this, &IndexPage::updateIndex);
    connect(m_cancelButton, &QPushButton::clicked, this, &IndexPage::cancelUpdate);
    connect(chooseDoc, &QPushButton::clicked, this, &IndexPage::choosePreviewFile);
    connect(previewButton, &QPushButton::clicked, this, [this] { previewChunks(); });
    connect(m_document, &QComboBox::activated, this, [this] { previewChunks(); });
    connect(m_service, &services::RetrievalService::indexChanged, this, &IndexPage::showIndex);

    setOptions(defaults);
    m_optionsEdited = false;
    showIndex();
}

IndexPage::~IndexPage()
{
    if (m_previewJob)
        m_previewJob->cancel();
    // An update in progress goes on: the service owns it, and the index commits or stays as it was.
}

QStringList IndexPage::sources() const
{
    QStringList out;
    for (int i = 0; i < m_sources->count(); ++i)
        out << m_sources->item(i)->data(Qt::UserRole).toString();
    return out;
}

void IndexPage::setSources(const QStringList &paths)
{
    m_sources->clear();
    const QString help = services::retrieval::helpCorpusFolder();
    for (const QString &p : paths) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        auto *item = new QListWidgetItem(abs == help ? tr("%1 (the studio's help pages)").arg(native(abs)) : native(abs), m_sources);
        item->setData(Qt::UserRole, abs);
        item->setIcon(style()->standardIcon(QFileInfo(abs).isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon));
    }
}

bool IndexPage::addSource(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        setMessage(tr("%1 does not exist.").arg(native(path)), true);
        return false;
    }
    if (!fi.isReadable() || (fi.isDir() && !QDir(path).isReadable())) {
        setMessage(tr("%1 cannot be read (no permission).").arg(native(path)), true);
        return false;
    }
    if (fi.isFile() && er::formatForPath(fi.absoluteFilePath().toStdString()).empty()) {
        setMessage(tr("%1 is not a text, Markdown, HTML or PDF file.").arg(native(path)), true);
        return false;
    }
    QStringList list = sources();
    const QString abs = fi.absoluteFilePath();
    if (list.contains(abs)) {
        setMessage(tr("%1 is already a source.").arg(native(abs)), false);
        return true;
    }
    list << abs;
    setSources(list);
    m_sourcesEdited = true;
    setMessage(tr("Added %1: “Update index” reads it.").arg(native(abs)), false);
    if (fi.isFile()) {
        if (m_document->findData(abs) < 0)
            m_document->addItem(fi.fileName(), abs);
    }
    Q_EMIT settingsChanged();
    return true;
}

er::IndexOptions IndexPage::options() const
{
    er::IndexOptions o = m_service->hasIndex() ? m_service->info().options : services::retrieval::defaultIndexOptions();
    er::ChunkingSpec spec;
    spec.kind = Kind(m_kind->currentData().toInt());
    spec.size = m_size->value();
    spec.overlap = spec.kind == Kind::Characters || spec.kind == Kind::Tokens ? m_overlap->value() : 0;
    o.chunking = spec;
    o.embedder = m_embedder->currentData().toString().toStdString();
    o.ann = m_ann->currentData().toString().toStdString();
    return o;
}

void IndexPage::setChunking(const er::ChunkingSpec &spec)
{
    {
        const QSignalBlocker a(m_kind), b(m_size), c(m_overlap);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(spec.kind))));
        m_size->setValue(spec.size);
        m_overlap->setValue(spec.overlap);
    }
    updateChunkingFields();
}

void IndexPage::setEmbedder(const QString &embedder)
{
    const QSignalBlocker block(m_embedder);
    const QString key = embedder == QLatin1String("lsa") ? embedder : QDir(embedder).absolutePath();
    int i = m_embedder->findData(key);
    if (i < 0) {
        m_embedder->addItem(tr("BERT: %1").arg(native(key)), key);
        i = m_embedder->count() - 1;
    }
    m_embedder->setCurrentIndex(i);
}

void IndexPage::setOptions(const er::IndexOptions &o)
{
    setChunking(o.chunking);
    setEmbedder(services::retrieval::fromStd(o.embedder));
    const QSignalBlocker block(m_ann);
    m_ann->setCurrentIndex(std::max(0, m_ann->findData(services::retrieval::fromStd(o.ann))));
}

void IndexPage::updateChunkingFields()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    const bool sized = kind == Kind::Characters || kind == Kind::Tokens || kind == Kind::Sentences;
    m_size->setEnabled(sized);
    m_overlap->setEnabled(kind == Kind::Characters || kind == Kind::Tokens);
    m_size->setSuffix(kind == Kind::Characters ? tr(" characters") : kind == Kind::Tokens ? tr(" words") : kind == Kind::Sentences ? tr(" sentences") : QString());
    m_overlap->setSuffix(kind == Kind::Tokens ? tr(" words") : tr(" characters"));
}

void IndexPage::chunkingChanged()
{
    m_optionsEdited = true;
    Q_EMIT settingsChanged();
    if (m_preview || m_document->currentIndex() >= 0)
        m_previewDebounce->start();
}

void IndexPage::setMessage(const QString &text, bool error)
{
    showMessage(m_message, text, error);
    m_message->setVisible(!text.isEmpty());
}

QString IndexPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString IndexPage::reportText() const
{
    return m_report->toPlainText();
}

void IndexPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("A folder of documents (.txt, .md, .html, .pdf)"), QDir::homePath());
    if (!dir.isEmpty())
        addSource(dir);
}

void IndexPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Documents to index"), QDir::homePath(),
                                                            tr("Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)"));
    for (const QString &f : files)
        addSource(f);
}

void IndexPage::chooseEmbedder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)"),
                                                          QDir::homePath());
    if (dir.isEmpty())
        return;
    if (!QFileInfo(QDir(dir).filePath(QStringLiteral("config.json"))).isFile()) {
        setMessage(tr("%1 has no config.json: not a BERT model folder.").arg(native(dir)), true);
        return;
    }
    setEmbedder(dir);
    m_optionsEdited = true;
    setMessage(tr("The next update embeds every passage with %1 (slower than LSA on the CPU).").arg(native(dir)), false);
    Q_EMIT settingsChanged();
}

void IndexPage::choosePreviewFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("A document to preview"), QDir::homePath(),
                                                      tr("Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)"));
    if (file.isEmpty())
        return;
    if (m_document->findData(file) < 0)
        m_document->addItem(QFileInfo(file).fileName(), file);
    m_document->setCurrentIndex(m_document->findData(file));
    previewChunks(file);
}

bool IndexPage::isUpdating() const
{
    return m_update && !m_update->isFinished();
}

void IndexPage::updateIndex()
{
    if (isUpdating())
        return;
    const QStringList paths = sources();
    if (paths.isEmpty()) {
        setMessage(tr("Add a folder or files first (or the help pages)."), true);
        return;
    }
    for (const QString &p : paths)
        if (!QFileInfo(p).isReadable()) {
            setMessage(tr("%1 cannot be read: remove it or fix its permissions.").arg(native(p)), true);
            return;
        }
    track(m_service->update(paths, options()), tr("Updating the index"));
}

void IndexPage::indexBuiltIn()
{
    if (isUpdating())
        return;
    track(m_service->indexBuiltIn(), tr("Indexing the studio's help pages"));
}

void IndexPage::cancelUpdate()
{
    if (m_update)
        m_update->cancel();
}

void IndexPage::track(Job *job, const QString &what)
{
    m_update = job;
    m_updateButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setFormat(what + QStringLiteral("… %p%"));
    m_progress->show();
    m_cancelButton->show();
    setMessage(QString(), false);
    connect(job, &Job::progressChanged, this, [this, job, what](double fraction, const QString &stage) {
        if (job != m_update)
            return;
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        m_progress->setFormat(QStringLiteral("%1: %2 %p%").arg(what, stage));
        Q_EMIT updateProgress(fraction, stage);
    });
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_update)
            return;
        m_progress->hide();
        m_cancelButton->hide();
        m_updateButton->setEnabled(true);
        if (state == JobState::Succeeded) {
            const auto result = job->resultAs<services::RetrievalUpdateResult>();
            m_sourcesEdited = false;
            m_optionsEdited = false;
            showReport(result.report);
            setMessage(result.report.modified ? QString() : tr("Nothing changed: the index is up to date."), false);
        } else if (state == JobState::Canceled) {
            setMessage(tr("Canceled: the index is as it was before the update."), false);
        } else {
            setMessage(tr("The update failed: %1. The index is as it was.").arg(message), true);
        }
        Q_EMIT updateFinished(state == JobState::Succeeded);
    });
}

void IndexPage::showIndex()
{
    const services::RetrievalIndexInfo &info = m_service->info();
    if (!m_service->hasIndex()) {
        m_status->setText(tr("The index is not open yet."));
        return;
    }
    if (!m_sourcesEdited)
        setSources(info.roots);
    if (!m_optionsEdited && info.documentCount > 0) {
        setOptions(info.options);
        m_optionsEdited = false;
    }
    // The preview offers the indexed documents (and keeps the one shown).
    const QString current = m_document->currentData().toString();
    {
        const QSignalBlocker block(m_document);
        m_document->clear();
        for (const QString &d : info.documents)
            m_document->addItem(QFileInfo(d).fileName(), d);
        if (!current.isEmpty() && m_document->findData(current) < 0)
            m_document->addItem(QFileInfo(current).fileName(), current);
        m_document->setCurrentIndex(std::max(0, m_document->findData(current)));
    }
    QString dense = info.denseAvailable
                        ? tr("dense search by %1 (%2)").arg(info.annMode == QLatin1String("hnsw") ? tr("HNSW") : tr("exact scan"),
                                                            info.embedder.section(QLatin1Char(':'), 0, 0))
                        : tr("no dense search (%1)").arg(info.denseProblem);
    m_status->setText(tr("Index in %1: %2 documents, %3 passages; %4.")
                          .arg(native(info.folder))
                          .arg(info.documentCount)
                          .arg(info.chunkCount)
                          .arg(dense));
    if (!info.openNotes.isEmpty())
        setMessage(tr("When the index was opened: %1").arg(info.openNotes.join(QStringLiteral("; "))), false);
}

void IndexPage::showReport(const er::UpdateReport &r)
{
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("%1 added, %2 changed, %3 unchanged, %4 removed; %5 skipped.")
                                .arg(r.added)
                                .arg(r.changed)
                                .arg(r.unchanged)
                                .arg(r.removed)
                                .arg(r.skipped.size())
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The index now holds %1 documents and %2 passages; %3 passages were embedded in this update; dense search: %4.")
                         .arg(r.documents)
                         .arg(r.chunks)
                         .arg(r.embeddedChunks)
                         .arg(services::retrieval::fromStd(r.ann))
                         .toHtmlEscaped());
    if (!r.skipped.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Skipped").toHtmlEscaped());
        for (const auto &s : r.skipped)
            html += QStringLiteral("<li>%1: <span style=\"color:#b00020\">%2</span></li>").arg(esc(s.path), esc(s.reason));
        html += QStringLiteral("</ul>");
    }
    if (!r.decodeNotes.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Decoded from other encodings").toHtmlEscaped());
        for (const auto &d : r.decodeNotes)
            html += QStringLiteral("<li>%1: %2%3</li>")
                        .arg(esc(d.path), esc(d.encoding),
                             d.replacedBytes > 0 ? tr(", %1 bytes replaced").arg(d.replacedBytes).toHtmlEscaped() : QString());
        html += QStringLiteral("</ul>");
    }
    if (!r.notes.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Notes").toHtmlEscaped());
        for (const auto &n : r.notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(n));
        html += QStringLiteral("</ul>");
    }
    if (!r.reread.empty() && r.reread.size() <= 50) {
        html += QStringLiteral("<p style=\"color:#555\">%1</p><ul style=\"color:#555\">").arg(tr("Read:").toHtmlEscaped());
        for (const auto &p : r.reread)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    m_report->setHtml(html);
}

void IndexPage::previewChunks(const QString &path)
{
    m_previewDebounce->stop();
    const QString file = path.isEmpty() ? m_document->currentData().toString() : path;
    if (file.isEmpty()) {
        m_previewSummary->setText(tr("Choose a document to preview."));
        return;
    }
    if (!path.isEmpty()) {
        // The box names the document shown.
        const QSignalBlocker block(m_document);
        if (m_document->findData(file) < 0)
            m_document->addItem(QFileInfo(file).fileName(), file);
        m_document->setCurrentIndex(m_document->findData(file));
    }
    er::ChunkingSpec spec = options().chunking;
    m_previewSummary->setText(tr("Cutting %1 into chunks…").arg(QFileInfo(file).fileName()));
    Job *job = m_service->previewChunks(file, spec);
    m_previewJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_previewJob)
            return;
        if (state == JobState::Succeeded)
            showPreview(job->resultAs<services::ChunkPreview>());
        else if (state == JobState::Failed)
            m_previewSummary->setText(tr("No preview: %1").arg(message));
    });
}

void IndexPage::showPreview(const services::ChunkPreview &p)
{
    m_preview = p;
    m_previewView->setPlainText(p.text);
    const Utf8Positions map(p.text.toUtf8());
    // Alternating backgrounds show where each chunk starts and ends; text shared by two chunks
    // (the overlap) gets a third colour.
    const QColor colours[] = {QColor(0xdc, 0xeb, 0xff), QColor(0xdf, 0xf5, 0xe1)};
    const QColor overlap(0xff, 0xe2, 0x7a);
    QTextCursor cursor(m_previewView->document());
    QTextCharFormat format;
    std::int64_t previousEnd = -1;
    double totalChars = 0;
    int overlaps = 0;
    for (std::size_t i = 0; i < p.chunks.size(); ++i) {
        const auto &c = p.chunks[i];
        const int from = map.at(c.begin), to = map.at(c.end);
        totalChars += to - from;
        format.setBackground(colours[i % 2]);
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
        if (previousEnd > c.begin) {
            ++overlaps;
            format.setBackground(overlap);
            cursor.setPosition(from);
            cursor.setPosition(map.at(previousEnd), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
        previousEnd = std::max<std::int64_t>(previousEnd, c.end);
    }
    cursor.setPosition(0);
    m_previewView->setTextCursor(cursor);
    QString summary = tr("%1 under %2: %3 chunks").arg(QFileInfo(p.path).fileName(), p.spec).arg(p.chunks.size());
    if (!p.chunks.empty())
        summary += tr(", %1 characters on average").arg(qRound(totalChars / double(p.chunks.size())));
    if (overlaps > 0)
        summary += tr("; shared text (overlap) in yellow");
    summary += QLatin1Char('.');
    if (!p.notice.isEmpty())
        summary += QLatin1Char(' ') + p.notice + QLatin1Char('.');
    m_previewSummary->setText(summary);
    Q_EMIT previewShown();
}

QJsonObject IndexPage::saveState() const
{
    const er::IndexOptions o = options();
    QJsonObject s;
    s.insert(QStringLiteral("chunking"), services::retrieval::fromStd(o.chunking.toString()));
    s.insert(QStringLiteral("embedder"), services::retrieval::fromStd(o.embedder));
    s.insert(QStringLiteral("ann"), services::retrieval::fromStd(o.ann));
    if (m_sourcesEdited) {
        QJsonArray list;
        for (const QString &p : sources())
            list.append(p);
        s.insert(QStringLiteral("sources"), list);
    }
    return s;
}

void IndexPage::restoreState(const QJsonObject &s)
{
    if (const QJsonValue v = s.value(QStringLiteral("chunking")); v.isString()) {
        try {
            setChunking(er::ChunkingSpec::parse(v.toString().toStdString()));
            m_optionsEdited = true;
        } catch (const std::invalid_argument &e) {
            setMessage(tr("The project's chunking is not valid (%1); the lab keeps its own.").arg(QString::fromUtf8(e.what())), true);
        }
    }
    if (const QJsonValue v = s.value(QStringLiteral("embedder")); v.isString() && !v.toString().isEmpty()) {
        if (v.toString() == QLatin1String("lsa") || QFileInfo(v.toString()).isDir())
            setEmbedder(v.toString());
        else
            setMessage(tr("The project's embedder folder %1 no longer exists; LSA is used.").arg(native(v.toString())), true);
    }
    if (const QJsonValue v = s.value(QStringLiteral("ann")); v.isString() && m_ann->findData(v.toString()) >= 0)
        m_ann->setCurrentIndex(m_ann->findData(v.toString()));
    if (const QJsonValue v = s.value(QStringLiteral("sources")); v.isArray()) {
        QStringList list;
        for (const QJsonValue &p : v.toArray())
            if (p.isString() && !p.toString().isEmpty())
                list << p.toString();
        setSources(list);
        m_sourcesEdited = true;
    }
}

} // namespace genlab::widgets::retrievallab
