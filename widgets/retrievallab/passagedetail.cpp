#include "widgets/retrievallab/passagedetail.h"

#include "services/job.h"
#include "widgets/retrievallab/textmarks.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace genlab::widgets::retrievallab {

using services::Job;
using services::JobState;

namespace {

const QString kMark = QStringLiteral("background-color:#ffe27a; font-weight:600;");

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QString ranksLine(const engine::retrieval::SearchHit &hit)
{
    QStringList parts;
    auto part = [&](const QString &name, const std::optional<engine::retrieval::RankScore> &r, const QString &scoreName) {
        if (r)
            parts << QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "%1 #%2 (%3 %4)")
                         .arg(name)
                         .arg(r->rank)
                         .arg(scoreName)
                         .arg(QLocale().toString(r->score, 'f', 3));
        else
            parts << QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "%1: not ranked").arg(name);
    };
    part(QStringLiteral("BM25"), hit.bm25, QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "score"));
    part(QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "Dense"), hit.dense,
         QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "cosine"));
    if (hit.fused)
        part(QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "Fused"), hit.fused,
             QCoreApplication::translate("genlab::widgets::retrievallab::PassageDetail", "score"));
    return parts.join(QStringLiteral("   ·   "));
}

PassageDetail::PassageDetail(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("retrievalPassageDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_location = new QLabel(tr("Select a passage to see its scores."), this);
    m_location->setObjectName(QStringLiteral("retrievalPassageLocation"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_location, 1);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open file"), this);
    m_open->setObjectName(QStringLiteral("retrievalOpenFile"));
    m_open->setToolTip(tr("Open the passage's file in the application your desktop uses for it"));
    m_open->setEnabled(false);
    top->addWidget(m_open);
    layout->addLayout(top);
    m_ranks = new QLabel(this);
    m_ranks->setObjectName(QStringLiteral("retrievalPassageRanks"));
    m_ranks->setTextFormat(Qt::PlainText);
    m_ranks->setWordWrap(true);
    layout->addWidget(m_ranks);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_passage = new QTextBrowser(split);
    m_passage->setObjectName(QStringLiteral("retrievalPassageText"));
    m_passage->setPlaceholderText(tr("The passage, with the query's words marked"));
    m_context = new QTextBrowser(split);
    m_context->setObjectName(QStringLiteral("retrievalPassageContext"));
    m_context->setPlaceholderText(tr("The passage in its document"));
    m_terms = new QTableWidget(0, 5, split);
    m_terms->setObjectName(QStringLiteral("retrievalTermTable"));
    m_terms->setHorizontalHeaderLabels({tr("Term"), tr("tf"), tr("df"), tr("idf"), tr("Contribution")});
    m_terms->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_terms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_terms->verticalHeader()->hide();
    m_terms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_terms->setSelectionMode(QAbstractItemView::NoSelection);
    m_terms->setToolTip(tr("BM25's score of this passage, term by term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))"));
    split->addWidget(m_passage);
    split->addWidget(m_context);
    split->addWidget(m_terms);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)))
            m_message->setText(tr("No application opened %1.").arg(QDir::toNativeSeparators(m_path))), m_message->show();
    });
}

PassageDetail::~PassageDetail()
{
    if (m_job)
        m_job->cancel();
}

bool PassageDetail::isBusy() const
{
    return m_job && !m_job->isFinished();
}

void PassageDetail::clear()
{
    if (m_job)
        m_job->cancel();
    m_detail.reset();
    m_path.clear();
    m_location->setText(tr("Select a passage to see its scores."));
    m_ranks->clear();
    m_message->hide();
    m_passage->clear();
    m_context->clear();
    m_terms->setRowCount(0);
    m_open->setEnabled(false);
}

void PassageDetail::showPassage(const QString &query, const services::RetrievedPassage &passage, const engine::retrieval::Bm25Params &bm25)
{
    m_detail.reset();
    m_message->hide();
    m_path = passage.location.path;
    m_location->setText(passage.location.describe());
    m_location->setToolTip(QDir::toNativeSeparators(passage.location.path));
    m_open->setEnabled(QFileInfo(m_path).isFile());
    m_ranks->setText(ranksLine(passage.hit));
    m_passage->setPlainText(passage.text);
    m_context->clear();
    m_terms->setRowCount(0);
    Job *job = m_service->passage(query, passage.hit.chunk, bm25);
    m_job = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_job)
            return;
        if (state == JobState::Succeeded)
            show(job->resultAs<services::PassageDetail>());
        else if (state == JobState::Failed)
            m_message->setText(message), m_message->show();
    });
}

void PassageDetail::show(const services::PassageDetail &d)
{
    m_detail = d;
    m_passage->setHtml(markedHtml(reflowed(d.text), d.highlights, kMark));
    // The passage in its document: the text before and after in grey, the passage on a tint.
    auto plain = [](const QString &s) { return reflowed(s).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    QString html = QStringLiteral("<span style=\"color:#777\">%1%2</span>").arg(d.before.isEmpty() ? QString() : QStringLiteral("… "), plain(d.before));
    html += QStringLiteral("<span style=\"background-color:#dcebff\">%1</span>").arg(plain(d.text));
    html += QStringLiteral("<span style=\"color:#777\">%1%2</span>").arg(plain(d.after), d.after.isEmpty() ? QString() : QStringLiteral(" …"));
    if (!d.contextFromFile)
        html += QStringLiteral("<p style=\"color:#996\"><i>%1</i></p>")
                    .arg(tr("(From the neighbouring passages: the file has changed or cannot be read.)").toHtmlEscaped());
    m_context->setHtml(html);
    // Scroll so the passage is in view, not the text before it.
    QTextCursor cursor(m_context->document());
    cursor.setPosition(std::min<int>(int(d.before.size()) + int(d.text.size()) / 2, m_context->document()->characterCount() - 1));
    m_context->setTextCursor(cursor);
    m_context->ensureCursorVisible();

    m_terms->setRowCount(int(d.terms.size()) + 1);
    int row = 0;
    for (const auto &t : d.terms) {
        auto *term = new QTableWidgetItem(services::retrieval::fromStd(t.term));
        if (t.tf == 0)
            term->setForeground(QColor(0x99, 0x99, 0x99)), term->setToolTip(tr("Not in this passage: it adds nothing"));
        m_terms->setItem(row, 0, term);
        m_terms->setItem(row, 1, numberItem(QString::number(t.tf)));
        m_terms->setItem(row, 2, numberItem(QString::number(t.documentFrequency)));
        m_terms->setItem(row, 3, numberItem(QString::number(t.idf, 'f', 3)));
        m_terms->setItem(row, 4, numberItem(QString::number(t.score, 'f', 3)));
        ++row;
    }
    auto *total = new QTableWidgetItem(tr("BM25 score"));
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    m_terms->setItem(row, 0, total);
    for (int c = 1; c < 4; ++c)
        m_terms->setItem(row, c, new QTableWidgetItem);
    auto *sum = numberItem(QString::number(d.bm25Score, 'f', 3));
    sum->setFont(bold);
    m_terms->setItem(row, 4, sum);
    Q_EMIT detailShown();
}

} // namespace genlab::widgets::retrievallab
