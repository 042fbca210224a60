#include "widgets/retrievallab/searchpage.h"
#include "widgets/retrievallab/messageline.h"
#include "widgets/shell/presentation.h"

#include "services/job.h"
#include "widgets/retrievallab/passagedetail.h"
#include "widgets/retrievallab/textmarks.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;

namespace {

enum Column { ColRank, ColSource, ColBm25, ColDense, ColFused, ColText, ColumnCount };

QDoubleSpinBox *doubleBox(double min, double max, double step, int decimals, double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

QString shortText(const QString &text, int chars = 160)
{
    const QString s = text.simplified();
    return s.size() > chars ? s.left(chars - 1) + QStringLiteral("…") : s;
}

QString scoreText(const std::optional<er::RankScore> &r, const QString &name)
{
    return r ? QStringLiteral("#%1 (%2 %3)").arg(r->rank).arg(name).arg(QLocale().toString(r->score, 'f', 4)) : QStringLiteral("—");
}

} // namespace

QString SearchPage::defaultQuery()
{
    return QStringLiteral("why do GANs collapse?");
}

SearchPage::SearchPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("retrievalSearchPage"));
    const er::SearchOptions defaults;
    auto *layout = new QVBoxLayout(this);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(new QLabel(tr("Query"), this));
    m_query = new QLineEdit(defaultQuery(), this);
    m_query->setObjectName(QStringLiteral("retrievalQuery"));
    m_query->setPlaceholderText(tr("A question or some words, e.g. why do GANs collapse?"));
    m_query->setClearButtonEnabled(true);
    queryRow->addWidget(m_query, 1);
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("retrievalSearchButton"));
    m_searchButton->setDefault(true);
    queryRow->addWidget(m_searchButton);
    layout->addLayout(queryRow);

    auto *opts = new QHBoxLayout;
    opts->addWidget(new QLabel(tr("Retriever"), this));
    m_retriever = new QComboBox(this);
    m_retriever->setObjectName(QStringLiteral("retrievalRetriever"));
    m_retriever->addItem(tr("BM25"), int(er::Retriever::Bm25));
    m_retriever->addItem(tr("Dense"), int(er::Retriever::Dense));
    m_retriever->addItem(tr("Hybrid"), int(er::Retriever::Hybrid));
    m_retriever->setCurrentIndex(m_retriever->findData(int(defaults.retriever)));
    m_retriever->setToolTip(tr("BM25: exact words, weighted by rarity. Dense: the embedder's vectors, cosine similarity. "
                               "Hybrid: both lists fused."));
    opts->addWidget(m_retriever);
    opts->addWidget(new QLabel(tr("Top k"), this));
    m_topK = new QSpinBox(this);
    m_topK->setObjectName(QStringLiteral("retrievalTopK"));
    m_topK->setRange(1, 100);
    m_topK->setValue(defaults.topK);
    opts->addWidget(m_topK);
    opts->addSpacing(12);
    opts->addWidget(new QLabel(tr("Fusion"), this));
    m_fusion = new QComboBox(this);
    m_fusion->setObjectName(QStringLiteral("retrievalFusion"));
    m_fusion->addItem(tr("Reciprocal rank (RRF)"), int(er::FusionMethod::Rrf));
    m_fusion->addItem(tr("Weighted scores"), int(er::FusionMethod::Weighted));
    m_fusion->setToolTip(tr("RRF: each list adds weight / (k + rank). Weighted: each list's scores scaled to [0, 1], "
                            "then summed with the weights."));
    opts->addWidget(m_fusion);
    opts->addWidget(new QLabel(tr("k"), this));
    m_rrfK = doubleBox(0, 1000, 10, 0, defaults.rrfK, this);
    m_rrfK->setObjectName(QStringLiteral("retrievalRrfK"));
    m_rrfK->setToolTip(tr("RRF's k: larger values flatten the difference between ranks"));
    opts->addWidget(m_rrfK);
    opts->addWidget(new QLabel(tr("Weights: BM25"), this));
    m_bm25Weight = doubleBox(0, 10, 0.1, 2, defaults.bm25Weight, this);
    opts->addWidget(m_bm25Weight);
    opts->addWidget(new QLabel(tr("dense"), this));
    m_denseWeight = doubleBox(0, 10, 0.1, 2, defaults.denseWeight, this);
    opts->addWidget(m_denseWeight);
    opts->addSpacing(12);
    auto *k1Label = new QLabel(tr("BM25 k1"), this);
    opts->addWidget(k1Label);
    m_k1 = doubleBox(0, 5, 0.1, 2, defaults.bm25.k1, this);
    m_k1->setToolTip(tr("How quickly repeated words stop adding to the score (0: only presence counts)"));
    opts->addWidget(m_k1);
    auto *bLabel = new QLabel(tr("b"), this);
    opts->addWidget(bLabel);
    m_b = doubleBox(0, 1, 0.05, 2, defaults.bm25.b, this);
    m_b->setToolTip(tr("How much a long passage is penalised (0: not at all, 1: fully by its length)"));
    opts->addWidget(m_b);
    // BM25's own parameters are expert controls: presentation mode hides them with their labels.
    k1Label->setBuddy(m_k1);
    bLabel->setBuddy(m_b);
    presentation::markExpert(m_k1);
    presentation::markExpert(m_b);
    opts->addStretch(1);
    layout->addLayout(opts);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retrievalSearchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_hits = new QTableWidget(0, ColumnCount, split);
    m_hits->setObjectName(QStringLiteral("retrievalHitTable"));
    m_hits->setHorizontalHeaderLabels({tr("#"), tr("Source"), tr("BM25"), tr("Dense"), tr("Fused"), tr("Passage")});
    // Each retriever's cell is "rank · score"; the headers say so on hover.
    m_hits->horizontalHeaderItem(ColBm25)->setToolTip(tr("BM25: rank · score (empty: no query word in it, or BM25 not used)"));
    m_hits->horizontalHeaderItem(ColDense)->setToolTip(tr("Dense: rank · cosine similarity to the query"));
    m_hits->horizontalHeaderItem(ColFused)->setToolTip(tr("Fusion of both lists: rank · fused score (hybrid only)"));
    m_hits->horizontalHeader()->setSectionResizeMode(ColText, QHeaderView::Stretch);
    m_hits->setTextElideMode(Qt::ElideRight);
    m_hits->verticalHeader()->hide();
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->setWordWrap(false);
    m_hits->setAlternatingRowColors(true);
    split->addWidget(m_hits);

    m_detailTabs = new QTabWidget(split);
    m_detailTabs->setObjectName(QStringLiteral("retrievalDetailTabs"));
    m_detail = new PassageDetail(service, m_detailTabs);
    m_detailTabs->addTab(m_detail, tr("Passage"));

    auto *why = new QWidget(m_detailTabs);
    auto *whyLayout = new QVBoxLayout(why);
    auto *findRow = new QHBoxLayout;
    m_find = new QLineEdit(why);
    m_find->setObjectName(QStringLiteral("retrievalFindPassage"));
    m_find->setPlaceholderText(tr("Words of the passage you expected, e.g. mode collapse"));
    m_find->setClearButtonEnabled(true);
    findRow->addWidget(m_find, 1);
    auto *findButton = new QPushButton(tr("Find"), why);
    findRow->addWidget(findButton);
    whyLayout->addWidget(new QLabel(tr("Find any passage by its text, then pick it to see why it ranks where it does."), why));
    whyLayout->addLayout(findRow);
    m_matches = new QListWidget(why);
    m_matches->setObjectName(QStringLiteral("retrievalMatchList"));
    m_matches->setWordWrap(true);
    m_matches->setAlternatingRowColors(true);
    m_why = new QTextBrowser(why);
    m_why->setObjectName(QStringLiteral("retrievalExplanation"));
    m_why->setPlaceholderText(tr("Its ranks and scores under each retriever, the cut-offs of the top k, and what kept it out"));
    auto *whySplit = new QSplitter(Qt::Vertical, why);
    whySplit->addWidget(m_matches);
    whySplit->addWidget(m_why);
    whySplit->setStretchFactor(1, 2);
    whyLayout->addWidget(whySplit, 1);
    m_detailTabs->addTab(why, tr("Why not this one?"));
    split->addWidget(m_detailTabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 440});
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPage::search);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPage::search);
    connect(m_query, &QLineEdit::textEdited, this, &SearchPage::settingsChanged);
    connect(m_retriever, &QComboBox::currentIndexChanged, this, [this] {
        updateFusionFields();
        optionChanged();
    });
    connect(m_fusion, &QComboBox::currentIndexChanged, this, [this] {
        updateFusionFields();
        optionChanged();
    });
    connect(m_topK, &QSpinBox::valueChanged, this, &SearchPage::optionChanged);
    for (QDoubleSpinBox *box : {m_rrfK, m_bm25Weight, m_denseWeight, m_k1, m_b})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SearchPage::optionChanged);
    connect(m_hits, &QTableWidget::itemSelectionChanged, this, &SearchPage::showSelected);
    connect(findButton, &QPushButton::clicked, this, [this] { findPassages(m_find->text()); });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findPassages(m_find->text()); });
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_found.size()))
            explainPassage(m_found[std::size_t(row)].chunk);
    });
    connect(m_why, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // "Show it" in the explanation: the passage in the Passage tab.
        if (url.scheme() == QLatin1String("passage") && m_explanation) {
            m_detail->showPassage(m_explanation->query, m_explanation->passage, options().bm25);
            m_detailTabs->setCurrentWidget(m_detail);
        }
    });
    m_why->setOpenLinks(false);
    updateFusionFields();
}

SearchPage::~SearchPage()
{
    for (const QPointer<Job> &job : {m_job, m_findJob, m_explainJob})
        if (job)
            job->cancel();
}

void SearchPage::setQuery(const QString &query)
{
    m_query->setText(query);
}

QString SearchPage::query() const
{
    return m_query->text().trimmed();
}

er::SearchOptions SearchPage::options() const
{
    er::SearchOptions o;
    o.retriever = er::Retriever(m_retriever->currentData().toInt());
    o.topK = m_topK->value();
    o.fusion = er::FusionMethod(m_fusion->currentData().toInt());
    o.rrfK = m_rrfK->value();
    o.bm25Weight = m_bm25Weight->value();
    o.denseWeight = m_denseWeight->value();
    o.bm25.k1 = m_k1->value();
    o.bm25.b = m_b->value();
    return o;
}

void SearchPage::setOptions(const er::SearchOptions &o)
{
    const QSignalBlocker blocks[] = {QSignalBlocker(m_retriever), QSignalBlocker(m_topK), QSignalBlocker(m_fusion),
                                     QSignalBlocker(m_rrfK), QSignalBlocker(m_bm25Weight), QSignalBlocker(m_denseWeight),
                                     QSignalBlocker(m_k1), QSignalBlocker(m_b)};
    m_retriever->setCurrentIndex(std::max(0, m_retriever->findData(int(o.retriever))));
    m_topK->setValue(o.topK);
    m_fusion->setCurrentIndex(std::max(0, m_fusion->findData(int(o.fusion))));
    m_rrfK->setValue(o.rrfK);
    m_bm25Weight->setValue(o.bm25Weight);
    m_denseWeight->setValue(o.denseWeight);
    m_k1->setValue(o.bm25.k1);
    m_b->setValue(o.bm25.b);
    updateFusionFields();
}

void SearchPage::updateFusionFields()
{
    const bool hybrid = er::Retriever(m_retriever->currentData().toInt()) == er::Retriever::Hybrid;
    const bool rrf = er::FusionMethod(m_fusion->currentData().toInt()) == er::FusionMethod::Rrf;
    m_fusion->setEnabled(hybrid);
    m_rrfK->setEnabled(hybrid && rrf);
    m_bm25Weight->setEnabled(hybrid);
    m_denseWeight->setEnabled(hybrid);
    const bool bm25 = er::Retriever(m_retriever->currentData().toInt()) != er::Retriever::Dense;
    m_k1->setEnabled(bm25);
    m_b->setEnabled(bm25);
}

void SearchPage::optionChanged()
{
    Q_EMIT settingsChanged();
    if (m_searchedOnce)
        m_debounce->start();
}

bool SearchPage::isBusy() const
{
    return (m_job && !m_job->isFinished()) || m_debounce->isActive();
}

void SearchPage::setMessage(const QString &text, bool error)
{
    showMessage(m_message, text, error);
    m_message->setVisible(!text.isEmpty());
}

QString SearchPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SearchPage::search()
{
    m_debounce->stop();
    const QString q = query();
    if (q.isEmpty()) {
        setMessage(tr("Type a question or some words to search for."), true);
        Q_EMIT failed(m_message->text());
        return;
    }
    if (!m_service->hasIndex()) {
        setMessage(tr("The index is not open yet."), true);
        Q_EMIT failed(m_message->text());
        return;
    }
    m_searchedOnce = true;
    setMessage(tr("Searching…"), false);
    Job *job = m_service->search(q, options());
    m_job = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_job)
            return;
        if (state == JobState::Succeeded) {
            show(job->resultAs<services::SearchOutcome>());
        } else if (state == JobState::Failed) {
            setMessage(tr("Search failed: %1").arg(message), true);
            Q_EMIT failed(message);
        }
    });
}

void SearchPage::show(const services::SearchOutcome &outcome)
{
    m_result = outcome;
    const QSignalBlocker block(m_hits);
    m_hits->clearContents();
    m_hits->setRowCount(int(outcome.passages.size()));
    int row = 0;
    for (const services::RetrievedPassage &p : outcome.passages) {
        auto *rank = new QTableWidgetItem(QString::number(row + 1));
        rank->setData(Qt::UserRole, qlonglong(p.hit.chunk));
        rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_hits->setItem(row, ColRank, rank);
        auto *source = new QTableWidgetItem(p.location.fileName);
        source->setToolTip(p.location.describe() + QLatin1Char('\n') + QDir::toNativeSeparators(p.location.path));
        m_hits->setItem(row, ColSource, source);
        m_hits->setItem(row, ColBm25, new QTableWidgetItem(rankScore(p.hit.bm25, 3)));
        m_hits->setItem(row, ColDense, new QTableWidgetItem(rankScore(p.hit.dense, 3)));
        m_hits->setItem(row, ColFused, new QTableWidgetItem(rankScore(p.hit.fused, 4)));
        auto *text = new QTableWidgetItem(shortText(p.text));
        text->setToolTip(shortText(p.text, 600));
        m_hits->setItem(row, ColText, text);
        ++row;
    }
    for (int c = ColRank; c < ColText; ++c)
        m_hits->resizeColumnToContents(c);
    // Long file names are elided rather than pushing the passages out of view.
    m_hits->setColumnWidth(ColSource, std::min(m_hits->columnWidth(ColSource), 170));
    const QString retriever = m_retriever->currentText();
    QString summary = outcome.passages.empty()
                          ? tr("No passages.")
                          : tr("The best %1 by %2, of %3 passages in the index.")
                                .arg(outcome.passages.size())
                                .arg(retriever)
                                .arg(m_service->info().chunkCount);
    if (!outcome.notice.isEmpty())
        summary += QLatin1Char(' ') + tr("Note: %1.").arg(outcome.notice);
    setMessage(summary, false);
    if (outcome.passages.empty())
        m_detail->clear();
    else
        selectHit(0);
    Q_EMIT searched(outcome);
}

void SearchPage::selectHit(int row)
{
    if (row < 0 || row >= m_hits->rowCount())
        return;
    m_hits->selectRow(row);
    showSelected();
}

void SearchPage::showSelected()
{
    if (!m_result)
        return;
    const auto rows = m_hits->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.front().row();
    if (row < 0 || row >= int(m_result->passages.size()))
        return;
    m_detail->showPassage(m_result->query, m_result->passages[std::size_t(row)], m_result->options.bm25);
    if (m_detailTabs->currentWidget() != m_detail && !m_explanation)
        m_detailTabs->setCurrentWidget(m_detail);
}

void SearchPage::findPassages(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_why->setPlainText(tr("Type some words of the passage you are looking for."));
        return;
    }
    if (m_find->text().trimmed() != text.trimmed())
        m_find->setText(text.trimmed());
    m_detailTabs->setCurrentIndex(1);
    m_why->setPlainText(tr("Looking for passages with “%1”…").arg(text.trimmed()));
    Job *job = m_service->findPassages(text);
    m_findJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_findJob)
            return;
        if (state != JobState::Succeeded) {
            if (state == JobState::Failed)
                m_why->setPlainText(message);
            return;
        }
        const auto found = job->resultAs<services::PassageMatches>();
        m_found = found.matches;
        const QSignalBlocker block(m_matches);
        m_matches->clear();
        for (const auto &m : found.matches) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(m.location.describe(), m.snippet), m_matches);
            item->setToolTip(QDir::toNativeSeparators(m.location.path));
        }
        if (found.matches.empty())
            m_why->setPlainText(tr("No passage contains “%1”.").arg(found.text));
        else
            m_why->setPlainText(found.truncated ? tr("The first %1 passages that contain it; pick one.").arg(found.matches.size())
                                                : (found.matches.size() == 1 ? tr("One passage contains it.")
                                                                            : tr("%1 passages contain it; pick one.").arg(found.matches.size())));
        Q_EMIT matchesFound();
        if (found.matches.size() == 1)
            m_matches->setCurrentRow(0);
    });
}

void SearchPage::explainPassage(er::ChunkId chunk)
{
    const QString q = query();
    if (q.isEmpty()) {
        m_why->setPlainText(tr("Type the query first: the ranks depend on it."));
        return;
    }
    Job *job = m_service->explain(q, chunk, options());
    m_explainJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (job != m_explainJob)
            return;
        if (state == JobState::Succeeded)
            showExplanation(job->resultAs<services::ExplainOutcome>());
        else if (state == JobState::Failed)
            m_why->setPlainText(message);
    });
}

void SearchPage::showExplanation(const services::ExplainOutcome &outcome)
{
    m_explanation = outcome;
    const er::PassageExplanation &e = outcome.explanation;
    const QString retriever = m_retriever->currentText();
    QString html = QStringLiteral("<p><b>%1</b> &nbsp;<a href=\"passage:show\">%2</a></p>")
                       .arg(outcome.passage.location.describe().toHtmlEscaped(), tr("show the passage"));
    html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                .arg(e.inTopK ? QStringLiteral("#1b7f2a") : QStringLiteral("#b00020"),
                     (e.inTopK ? tr("In the top %1 of %2 (rank %3).").arg(e.topK).arg(retriever).arg(e.finalRank)
                      : e.finalRank > 0
                          ? tr("Not in the top %1 of %2: it ranks %3.").arg(e.topK).arg(retriever).arg(e.finalRank)
                          : tr("Not in the top %1 of %2: it is not ranked at all.").arg(e.topK).arg(retriever))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse\">");
    html += QStringLiteral("<tr><th></th><th>%1</th><th>%2</th></tr>").arg(tr("Its rank and score"), tr("Cut-off (score of #%1)").arg(e.topK));
    auto row = [&](const QString &name, const std::optional<er::RankScore> &r, const std::optional<double> &cut, const QString &scoreName) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name, scoreText(r, scoreName).toHtmlEscaped(),
                         cut ? QString::number(*cut, 'f', 4) : QStringLiteral("—"));
    };
    row(tr("BM25"), e.bm25, e.bm25CutOff, tr("score"));
    row(tr("Dense"), e.dense, e.denseCutOff, tr("cosine"));
    row(tr("Fused"), e.fused, e.fusedCutOff, tr("score"));
    html += QStringLiteral("</table>");
    if (!e.missingTerms.empty()) {
        QStringList missing;
        for (const auto &t : e.missingTerms)
            missing << services::retrieval::fromStd(t);
        html += QStringLiteral("<p>%1</p>").arg(tr("Query words not in it: %1").arg(missing.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    if (!e.reasons.empty()) {
        html += QStringLiteral("<ul>");
        for (const auto &r : e.reasons)
            html += QStringLiteral("<li>%1</li>").arg(services::retrieval::fromStd(r).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"color:#555\">%1</p>").arg(shortText(outcome.passage.text, 400).toHtmlEscaped());
    m_why->setHtml(html);
    Q_EMIT explained();
}

QJsonObject SearchPage::saveState() const
{
    const er::SearchOptions o = options();
    QJsonObject s;
    s.insert(QStringLiteral("query"), m_query->text());
    s.insert(QStringLiteral("retriever"), QString::fromStdString(er::retrieverName(o.retriever)));
    s.insert(QStringLiteral("topK"), o.topK);
    s.insert(QStringLiteral("fusion"), o.fusion == er::FusionMethod::Rrf ? QStringLiteral("rrf") : QStringLiteral("weighted"));
    s.insert(QStringLiteral("rrfK"), o.rrfK);
    s.insert(QStringLiteral("bm25Weight"), o.bm25Weight);
    s.insert(QStringLiteral("denseWeight"), o.denseWeight);
    s.insert(QStringLiteral("k1"), o.bm25.k1);
    s.insert(QStringLiteral("b"), o.bm25.b);
    return s;
}

void SearchPage::restoreState(const QJsonObject &s)
{
    er::SearchOptions o = options();
    if (const QJsonValue v = s.value(QStringLiteral("query")); v.isString())
        m_query->setText(v.toString().left(2000));
    if (const QJsonValue v = s.value(QStringLiteral("retriever")); v.isString()) {
        try {
            o.retriever = er::retrieverFromName(v.toString().toStdString());
        } catch (const std::invalid_argument &) {
            // An unknown name keeps the current retriever.
        }
    }
    auto number = [&s](const char *key, double current, double min, double max) {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isDouble() && std::isfinite(v.toDouble()) ? std::clamp(v.toDouble(), min, max) : current;
    };
    o.topK = int(number("topK", o.topK, 1, 100));
    if (const QJsonValue v = s.value(QStringLiteral("fusion")); v.isString())
        o.fusion = v.toString() == QLatin1String("weighted") ? er::FusionMethod::Weighted : er::FusionMethod::Rrf;
    o.rrfK = number("rrfK", o.rrfK, 0, 1000);
    o.bm25Weight = number("bm25Weight", o.bm25Weight, 0, 10);
    o.denseWeight = number("denseWeight", o.denseWeight, 0, 10);
    o.bm25.k1 = number("k1", o.bm25.k1, 0, 5);
    o.bm25.b = number("b", o.bm25.b, 0, 1);
    setOptions(o);
}

} // namespace genlab::widgets::retrievallab
