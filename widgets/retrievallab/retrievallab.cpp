#include "widgets/retrievallab/retrievallab.h"
#include "widgets/retrievallab/messageline.h"

#include "services/job.h"
#include "widgets/retrievallab/answerpage.h"
#include "widgets/retrievallab/evaluationpage.h"
#include "widgets/retrievallab/indexpage.h"
#include "widgets/retrievallab/searchpage.h"
#include "widgets/help/shortcutcatalog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace genlab::widgets::retrievallab {

using services::Job;
using services::JobState;

RetrievalLab::RetrievalLab(services::RetrievalService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("retrievalLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Index"), this));
    m_indexInfo = new QLabel(tr("not open yet"), this);
    m_indexInfo->setObjectName(QStringLiteral("retrievalIndexInfo"));
    m_indexInfo->setTextFormat(Qt::PlainText);
    m_indexInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_indexInfo, 1);
    auto *manage = new QPushButton(tr("Sources…"), this);
    manage->setToolTip(tr("Add your own documents on the Index page"));
    bar->addWidget(manage);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retrievalMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("retrievalTabs"));
    m_tabs->setDocumentMode(true);
    m_search = new SearchPage(service, m_tabs);
    m_answer = new AnswerPage(service, m_tabs);
    m_index = new IndexPage(service, m_tabs);
    addPage(m_search, tr("Search"), QStringLiteral("search"));
    addPage(m_answer, tr("Answer"), QStringLiteral("answer"));
    addPage(m_index, tr("Index"), QStringLiteral("index"));
    addAnalysisPages(this); // Evaluation, Map, Chunking A/B
    // Keys for the frequent actions of each page (one page shown at a time, so they share keys).
    help::bindLabKey(m_search, "retrievalSearchButton", help::runKeys());
    help::bindLabKey(m_answer, m_answer->answerButton(), help::runKeys());
    help::bindLabKey(m_index, m_index->updateButton(), help::runKeys());
    help::bindLabKey(m_index, m_index->cancelButton(), help::stopKeys());
    layout->addWidget(m_tabs, 1);

    connect(manage, &QPushButton::clicked, this, [this] { m_tabs->setCurrentWidget(m_index); });
    connect(m_service, &services::RetrievalService::indexChanged, this, &RetrievalLab::showIndex);
    connect(m_search, &SearchPage::searched, this, [this](const services::SearchOutcome &outcome) {
        m_answer->setSearch(outcome);
        m_firstSearchDone = true;
        checkReady();
    });
    connect(m_search, &SearchPage::failed, this, [this] {
        m_firstSearchDone = true;
        checkReady();
    });
    connect(m_index, &IndexPage::updateProgress, this, [this](double fraction, const QString &stage) {
        if (m_service->info().documentCount == 0)
            setMessage(tr("Indexing the studio's help pages so the lab works before you bring documents: %1 (%2 %)")
                           .arg(stage)
                           .arg(qRound(fraction * 100)),
                       false);
    });
    connect(m_index, &IndexPage::updateFinished, this, [this](bool succeeded) {
        if (succeeded) {
            setMessage(QString(), false);
            if (!m_search->query().isEmpty())
                m_search->search();
        } else {
            if (m_service->info().documentCount == 0)
                setMessage(tr("The index is empty: %1 Add documents on the Index page.").arg(m_index->messageText()), true);
            m_firstSearchDone = true;
            checkReady();
        }
    });
    connect(m_search, &SearchPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_answer, &AnswerPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_index, &IndexPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LabPage::stateChanged);
}

RetrievalLab::~RetrievalLab()
{
    if (m_open)
        m_open->cancel();
}

QString RetrievalLab::title() const
{
    return tr("Retrieval");
}

QString RetrievalLab::summary() const
{
    return tr("Index documents, see every score of BM25, dense and hybrid retrieval, and answer with citations");
}

QIcon RetrievalLab::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

int RetrievalLab::addPage(QWidget *page, const QString &title, const QString &name, int index)
{
    const int at = index >= 0 && index <= m_tabs->count() ? m_tabs->insertTab(index, page, title) : m_tabs->addTab(page, title);
    m_tabNames.insert(at, name);
    if (!m_pendingTab.isEmpty() && m_pendingTab == name) {
        m_tabs->setCurrentIndex(at);
        m_pendingTab.clear();
    }
    return at;
}

void RetrievalLab::activated()
{
    if (m_activated)
        return;
    m_activated = true;
    // The index is opened when the lab is first shown, not when the studio starts.
    openIndex();
}

void RetrievalLab::openIndex()
{
    setMessage(tr("Opening the index…"), false);
    Job *job = m_service->open();
    m_open = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_open)
            return;
        if (state != JobState::Succeeded) {
            setMessage(tr("The index could not be opened: %1").arg(message), true);
            Q_EMIT statusMessage(m_message->text());
            m_firstSearchDone = true;
            checkReady();
            return;
        }
        // showIndex() has started indexing the help pages when the index is empty; the search
        // follows that update.
        if (m_index->isUpdating())
            return;
        setMessage(QString(), false);
        if (!m_search->query().isEmpty()) {
            m_search->search();
        } else {
            m_firstSearchDone = true;
            checkReady();
        }
    });
}

void RetrievalLab::showIndex()
{
    const services::RetrievalIndexInfo &info = m_service->info();
    if (info.folder != m_seenFolder) {
        // An index seen for the first time (the first launch, another project's): when it is
        // empty, the help pages, so the lab works before the user brings a document.
        m_seenFolder = info.folder;
        if (info.documentCount == 0 && !m_index->isUpdating() && !m_service->isUpdating()) {
            setMessage(tr("Indexing the studio's help pages so the lab works before you bring documents…"), false);
            m_index->indexBuiltIn();
        }
    }
    QString dense = info.denseAvailable ? (info.annMode == QLatin1String("hnsw") ? tr("dense: HNSW") : tr("dense: exact scan"))
                                        : tr("no dense vectors");
    m_indexInfo->setText(tr("%1%2 documents, %3 passages, %4")
                             .arg(info.builtIn ? tr("the studio's help pages: ") : QString())
                             .arg(info.documentCount)
                             .arg(info.chunkCount)
                             .arg(dense));
    m_indexInfo->setToolTip(QDir::toNativeSeparators(info.folder));
}

void RetrievalLab::setMessage(const QString &text, bool error)
{
    showMessage(m_message, text, error);
    m_message->setVisible(!text.isEmpty());
}

QString RetrievalLab::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RetrievalLab::checkReady()
{
    if (m_ready || !m_firstSearchDone)
        return;
    m_ready = true;
    Q_EMIT ready();
}

QJsonObject RetrievalLab::saveState() const
{
    QJsonObject o;
    const int tab = m_tabs->currentIndex();
    o.insert(QStringLiteral("tab"), tab >= 0 && tab < m_tabNames.size() ? m_tabNames[tab] : QStringLiteral("search"));
    o.insert(QStringLiteral("search"), m_search->saveState());
    o.insert(QStringLiteral("answer"), m_answer->saveState());
    o.insert(QStringLiteral("index"), m_index->saveState());
    return o;
}

void RetrievalLab::restoreState(const QJsonObject &state)
{
    if (const QJsonValue v = state.value(QStringLiteral("search")); v.isObject())
        m_search->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("answer")); v.isObject())
        m_answer->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("index")); v.isObject())
        m_index->restoreState(v.toObject());
    const QString tab = state.value(QStringLiteral("tab")).toString();
    const int at = m_tabNames.indexOf(tab);
    if (at >= 0)
        m_tabs->setCurrentIndex(at);
    else if (!tab.isEmpty())
        m_pendingTab = tab; // a page added later (addPage) may carry that name
}

} // namespace genlab::widgets::retrievallab
