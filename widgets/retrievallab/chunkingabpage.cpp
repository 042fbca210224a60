#include "widgets/retrievallab/chunkingabpage.h"
#include "widgets/retrievallab/messageline.h"

#include "services/job.h"
#include "services/retrieval/retrievalservice.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;
using Kind = er::ChunkingSpec::Kind;

namespace {

const QColor kDropped(248, 214, 210);
const QColor kAdded(208, 238, 208);

QString ranksText(const std::vector<std::int64_t> &ranks)
{
    QStringList parts;
    for (std::int64_t r : ranks)
        parts << QStringLiteral("#%1").arg(r);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChunkingAbPage::ChunkingAbPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How much does chunking matter? Pick a second chunking (B): a temporary index of the same "
                                "documents is built with it, the query runs under both, and the two top-k lists show side by "
                                "side. Passages are matched by file and overlapping text, whatever their boundaries."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_chunkingA = new QLabel(this);
    m_chunkingA->setTextFormat(Qt::PlainText);
    form->addRow(tr("A (the index):"), m_chunkingA);
    auto *bRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("characters"), int(Kind::Characters));
    m_kind->addItem(tr("words (tokens)"), int(Kind::Tokens));
    m_kind->addItem(tr("sentences"), int(Kind::Sentences));
    m_kind->addItem(tr("Markdown headings"), int(Kind::Headings));
    m_kind->addItem(tr("one per file"), int(Kind::File));
    m_size = new QSpinBox(this);
    m_size->setRange(1, 100000);
    m_size->setValue(300);
    m_size->setToolTip(tr("Characters, words or sentences per passage"));
    m_overlap = new QSpinBox(this);
    m_overlap->setRange(0, 99999);
    m_overlap->setValue(50);
    m_overlap->setToolTip(tr("Characters or words shared with the previous passage"));
    bRow->addWidget(m_kind);
    bRow->addWidget(new QLabel(tr("size"), this));
    bRow->addWidget(m_size);
    bRow->addWidget(new QLabel(tr("overlap"), this));
    bRow->addWidget(m_overlap);
    bRow->addStretch(1);
    form->addRow(tr("B (to compare):"), bRow);
    auto *queryRow = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("A query, e.g. why do GANs collapse?"));
    m_retriever = new QComboBox(this);
    m_retriever->addItem(tr("hybrid"), int(er::Retriever::Hybrid));
    m_retriever->addItem(tr("BM25"), int(er::Retriever::Bm25));
    m_retriever->addItem(tr("dense"), int(er::Retriever::Dense));
    m_topK = new QSpinBox(this);
    m_topK->setRange(1, 50);
    m_topK->setValue(10);
    m_topK->setPrefix(tr("top "));
    m_compare = new QPushButton(tr("Compare"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_retriever);
    queryRow->addWidget(m_topK);
    queryRow->addWidget(m_compare);
    queryRow->addWidget(m_cancel);
    queryRow->addWidget(m_progress);
    form->addRow(tr("Query:"), queryRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    auto makeSide = [this, sides](QLabel **title, QTableWidget **table) {
        auto *box = new QWidget(sides);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        *title = new QLabel(box);
        (*title)->setTextFormat(Qt::PlainText);
        v->addWidget(*title);
        *table = new QTableWidget(0, 4, box);
        (*table)->setHorizontalHeaderLabels({tr("#"), tr("Where"), tr("Passage"), tr("In the other list")});
        (*table)->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        (*table)->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
        (*table)->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        (*table)->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
        (*table)->setColumnWidth(1, 170);
        (*table)->verticalHeader()->setVisible(false);
        (*table)->setEditTriggers(QAbstractItemView::NoEditTriggers);
        (*table)->setSelectionBehavior(QAbstractItemView::SelectRows);
        (*table)->setWordWrap(true);
        v->addWidget(*table, 1);
        sides->addWidget(box);
    };
    makeSide(&m_titleA, &m_tableA);
    makeSide(&m_titleB, &m_tableB);
    layout->addWidget(sides, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChunkingAbPage::kindChanged);
    connect(m_compare, &QPushButton::clicked, this, &ChunkingAbPage::compare);
    connect(m_query, &QLineEdit::returnPressed, this, &ChunkingAbPage::compare);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_service, &services::RetrievalService::indexChanged, this, &ChunkingAbPage::updateChunkingA);
    kindChanged();
    updateChunkingA();
    m_titleA->setText(tr("A"));
    m_titleB->setText(tr("B"));
    setStatus(tr("The first comparison builds B's index (the same documents again); later queries reuse it."));
}

ChunkingAbPage::~ChunkingAbPage()
{
    if (m_job)
        m_job->cancel();
}

void ChunkingAbPage::updateChunkingA()
{
    if (!m_service->hasIndex()) {
        m_chunkingA->setText(tr("(no index open)"));
        return;
    }
    const services::RetrievalIndexInfo &info = m_service->info();
    m_chunkingA->setText(tr("%1, %n passage(s)", nullptr, int(info.chunkCount))
                             .arg(services::retrieval::fromStd(info.options.chunking.toString())));
}

void ChunkingAbPage::kindChanged()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_size->setEnabled(kind == Kind::Characters || kind == Kind::Tokens || kind == Kind::Sentences);
    m_overlap->setEnabled(kind == Kind::Characters || kind == Kind::Tokens);
}

void ChunkingAbPage::setChunkingB(const er::ChunkingSpec &spec)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(spec.kind))));
    m_size->setValue(spec.size);
    m_overlap->setValue(spec.overlap);
}

er::ChunkingSpec ChunkingAbPage::chunkingB() const
{
    er::ChunkingSpec spec;
    spec.kind = Kind(m_kind->currentData().toInt());
    spec.size = m_size->value();
    spec.overlap = (spec.kind == Kind::Characters || spec.kind == Kind::Tokens) ? m_overlap->value() : 0;
    if (spec.kind == Kind::Headings || spec.kind == Kind::File)
        spec = er::ChunkingSpec::parse(spec.kind == Kind::Headings ? "headings" : "file"); // their canonical form
    return spec;
}

void ChunkingAbPage::setQuery(const QString &query)
{
    m_query->setText(query);
}

void ChunkingAbPage::compare()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        setStatus(tr("Type a query to compare the two chunkings on."), true);
        return;
    }
    if (!m_service->hasIndex() || m_service->info().documentCount == 0) {
        setStatus(tr("The index is empty: index some documents (or the help pages) first."), true);
        return;
    }
    er::ChunkingSpec spec = chunkingB();
    try {
        spec = er::ChunkingSpec::parse(spec.toString());
    } catch (const std::exception &e) {
        setStatus(tr("Chunking B is not valid: %1").arg(QString::fromStdString(e.what())), true);
        return;
    }
    if (spec == m_service->info().options.chunking) {
        setStatus(tr("B is the index's own chunking (%1): choose another kind, size or overlap.")
                      .arg(services::retrieval::fromStd(spec.toString())),
                  true);
        return;
    }
    if (m_job)
        m_job->cancel();
    const quint64 generation = m_service->info().generation;
    std::shared_ptr<er::ChunkingComparison> existing;
    if (m_comparison && m_comparisonGeneration == generation && m_comparison->chunking() == spec)
        existing = m_comparison;
    else
        m_comparison.reset(); // stale or another chunking: its temporary index goes now
    er::SearchOptions options;
    options.retriever = er::Retriever(m_retriever->currentData().toInt());
    options.topK = m_topK->value();
    const er::IngestLimits limits = services::retrieval::defaultIndexOptions().limits;
    auto work = [existing, spec, query, options, limits, generation](const er::RetrievalIndex &index, const engine::RunContext &ctx) {
        ChunkingAbOutcome out;
        out.generation = generation;
        std::shared_ptr<er::ChunkingComparison> comparison = existing;
        if (!comparison) {
            comparison = std::make_shared<er::ChunkingComparison>(index, spec, limits, std::string(), ctx);
            out.built = std::make_shared<std::shared_ptr<er::ChunkingComparison>>(comparison);
        }
        ctx.checkpoint();
        out.result = comparison->compare(index, query.toStdString(), options);
        return QVariant::fromValue(out);
    };
    m_job = m_service->run(existing ? tr("Compare chunkings") : tr("Build chunking B (%1) and compare").arg(services::retrieval::fromStd(spec.toString())),
                           QStringLiteral("retrieval.chunkingab"), work, existing != nullptr);
    setBusy(true);
    setStatus(existing ? tr("Running the query under A and B…")
                       : tr("Building B's index (%1) of the same documents…").arg(services::retrieval::fromStd(spec.toString())));
    Job *job = m_job;
    connect(job, &Job::progressChanged, this, [this](double f, const QString &stage) {
        m_progress->setValue(int(f * 1000));
        if (!stage.isEmpty())
            setStatus(tr("Building B's index: %1").arg(stage));
    });
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job == m_job)
            setBusy(false);
        if (state == JobState::Succeeded) {
            ChunkingAbOutcome out = job->resultAs<ChunkingAbOutcome>();
            if (out.built && *out.built) {
                m_comparison = std::move(*out.built); // the job's copy lets go of it
                m_comparisonGeneration = out.generation;
            }
            showResult(out.result);
        } else if (state == JobState::Failed) {
            setStatus(tr("The comparison failed: %1").arg(message), true);
        } else if (job == m_job) {
            setStatus(tr("Canceled; nothing of B was kept."));
        }
    });
}

void ChunkingAbPage::showResult(const er::ChunkingAbResult &r)
{
    m_result = r;
    const QString a = services::retrieval::fromStd(r.chunkingA), b = services::retrieval::fromStd(r.chunkingB);
    m_titleA->setText(tr("A: %1 (%n passage(s))", nullptr, int(r.chunksA)).arg(a));
    m_titleB->setText(tr("B: %1 (%n passage(s))", nullptr, int(r.chunksB)).arg(b));
    fillSide(m_tableA, r.a, true, r.topK);
    fillSide(m_tableB, r.b, false, r.topK);
    // Counts need not balance: one long passage of B can overlap two of A's.
    m_summary->setText(tr("Of A's top %1, %2 are still in B's top %1 (the same text, cut differently) and %3 dropped out; "
                          "%n passage(s) of B's top %1 are new.",
                          nullptr, r.added)
                           .arg(r.topK)
                           .arg(r.kept)
                           .arg(r.dropped));
    QString status = tr("“%1” under %2.").arg(services::retrieval::fromStd(r.query), services::retrieval::fromStd(r.retriever));
    if (!r.notice.empty())
        status += QLatin1Char(' ') + services::retrieval::fromStd(r.notice);
    if (m_comparison && !m_comparison->report().skipped.empty())
        status += QLatin1Char(' ') + tr("%n file(s) could not be read for B.", nullptr, int(m_comparison->report().skipped.size()));
    setStatus(status);
    Q_EMIT compared();
}

void ChunkingAbPage::fillSide(QTableWidget *table, const std::vector<er::AbPassage> &side, bool isA, int topK)
{
    table->setRowCount(int(side.size()));
    for (int row = 0; row < int(side.size()); ++row) {
        const er::AbPassage &p = side[std::size_t(row)];
        QString where = QFileInfo(services::retrieval::fromStd(p.path)).fileName();
        if (p.page > 0)
            where += tr(", page %1").arg(p.page);
        where += tr(", line %1").arg(p.line);
        if (!p.heading.empty())
            where += QStringLiteral("\n“%1”").arg(services::retrieval::fromStd(p.heading));
        QString text = services::retrieval::fromStd(p.text).simplified();
        const QString full = text;
        if (text.size() > 220)
            text = text.left(220) + QStringLiteral("…");
        QString other;
        QColor background;
        if (p.otherRanks.empty()) {
            other = isA ? tr("not in B's top %1").arg(topK) : tr("new: not in A's top %1").arg(topK);
            background = isA ? kDropped : kAdded;
        } else {
            other = (isA ? tr("B %1") : tr("A %1")).arg(ranksText(p.otherRanks));
        }
        const QStringList cells{QString::number(p.rank), where, text, other};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 2)
                item->setToolTip(full.left(2000));
            if (background.isValid()) {
                item->setBackground(background);
                item->setForeground(QColor(20, 20, 20));
            }
            table->setItem(row, c, item);
        }
    }
    table->resizeRowsToContents();
}

bool ChunkingAbPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString ChunkingAbPage::statusText() const
{
    return m_status->text();
}

QString ChunkingAbPage::summaryText() const
{
    return m_summary->text();
}

void ChunkingAbPage::setBusy(bool busy)
{
    m_compare->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void ChunkingAbPage::setStatus(const QString &text, bool error)
{
    showMessage(m_status, text, error);
}

} // namespace genlab::widgets::retrievallab
