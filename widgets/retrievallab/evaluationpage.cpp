#include "widgets/retrievallab/evaluationpage.h"
#include "widgets/retrievallab/messageline.h"

#include "services/job.h"
#include "services/retrieval/retrievalservice.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/retrievallab/chunkingabpage.h"
#include "widgets/retrievallab/mappage.h"
#include "widgets/retrievallab/retrievallab.h"
#include "widgets/retrievallab/searchpage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;

namespace {

const QColor kRetrieverColours[kEvaluatedRetrievers] = {QColor(90, 140, 210), QColor(230, 140, 40), QColor(70, 160, 90),
                                                        QColor(150, 100, 190)};

QString retrieverTitle(int i)
{
    switch (i) {
    case 0: return EvaluationPage::tr("BM25");
    case 1: return EvaluationPage::tr("Dense");
    case 2: return EvaluationPage::tr("Hybrid (RRF)");
    default: return EvaluationPage::tr("Hybrid (weighted)");
    }
}

QString metricTitle(int i)
{
    switch (i) {
    case 0: return EvaluationPage::tr("recall@5");
    case 1: return EvaluationPage::tr("recall@10");
    case 2: return EvaluationPage::tr("MRR");
    default: return EvaluationPage::tr("nDCG@10");
    }
}

double metricOf(const er::RetrievalMetrics &m, int i)
{
    switch (i) {
    case 0: return m.recallAt5;
    case 1: return m.recallAt10;
    case 2: return m.mrr;
    default: return m.ndcgAt10;
    }
}

// The engine's rule for a page label: the same path, the file name, or a trailing part of the path.
bool labelMatches(const QString &path, const QString &label)
{
    if (path == label)
        return true;
    if (!label.contains(QLatin1Char('/')))
        return QFileInfo(path).fileName() == label;
    return path.endsWith(QLatin1Char('/') + label);
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

void addAnalysisPages(RetrievalLab *lab)
{
    services::RetrievalService *service = lab->service();
    auto *map = new MapPage(service, lab->tabs());
    auto *ab = new ChunkingAbPage(service, lab->tabs());
    lab->addPage(new EvaluationPage(service, lab->tabs()), EvaluationPage::tr("Evaluation"), QStringLiteral("evaluation"));
    lab->addPage(map, EvaluationPage::tr("Map"), QStringLiteral("map"));
    lab->addPage(ab, EvaluationPage::tr("Chunking A/B"), QStringLiteral("chunking-ab"));
    QObject::connect(lab->searchPage(), &SearchPage::searched, map, [map, ab](const services::SearchOutcome &outcome) {
        std::vector<er::ChunkId> retrieved;
        for (const services::RetrievedPassage &p : outcome.passages)
            retrieved.push_back(p.hit.chunk);
        map->showQuery(outcome.query, retrieved);
        ab->setQuery(outcome.query);
    });
}

EvaluationPage::EvaluationPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Which retriever finds the right pages for your questions? Each question names the pages "
                                "that answer it; recall@k is the share of those pages among the first k, MRR rewards the "
                                "first relevant page coming early, nDCG@10 both."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(tr("Evaluate"), this);
    m_run->setToolTip(tr("Run every labelled question under BM25, dense and both fusions"));
    auto *open = new QPushButton(tr("Open questions…"), this);
    open->setToolTip(tr("A JSON file like the built-in one: {\"version\": 1, \"questions\": [{\"question\": …, \"relevant\": [file names]}]}"));
    auto *builtIn = new QPushButton(tr("Built-in questions"), this);
    auto *add = new QPushButton(tr("Add a question…"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    bar->addWidget(m_run);
    bar->addWidget(open);
    bar->addWidget(builtIn);
    bar->addWidget(add);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    layout->addWidget(m_fileLabel);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    auto *metricsBox = new QWidget(top);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    m_metrics = new QTableWidget(kEvaluatedRetrievers, 4, metricsBox);
    QStringList metricHeaders;
    for (int m = 0; m < 4; ++m)
        metricHeaders << metricTitle(m);
    m_metrics->setHorizontalHeaderLabels(metricHeaders);
    QStringList retrieverHeaders;
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        retrieverHeaders << retrieverTitle(r);
    m_metrics->setVerticalHeaderLabels(retrieverHeaders);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionMode(QAbstractItemView::NoSelection);
    m_metrics->setToolTip(tr("The best value of each column is in bold"));
    m_metrics->setFixedHeight(m_metrics->horizontalHeader()->sizeHint().height() +
                              kEvaluatedRetrievers * m_metrics->verticalHeader()->defaultSectionSize() + 2 * m_metrics->frameWidth());
    metricsLayout->addWidget(m_metrics);
    m_ann = new QLabel(metricsBox);
    m_ann->setTextFormat(Qt::PlainText);
    m_ann->setWordWrap(true);
    metricsLayout->addWidget(m_ann);
    metricsLayout->addStretch(1);

    m_bars = new QCustomPlot(top);
    m_bars->setMinimumSize(320, 200);
    auto *group = new QCPBarsGroup(m_bars);
    group->setSpacing(2);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int m = 0; m < 4; ++m)
        ticker->addTick(m + 1, metricTitle(m));
    m_bars->xAxis->setTicker(ticker);
    m_bars->xAxis->setRange(0.4, 4.6);
    m_bars->yAxis->setRange(0, 1.05);
    m_bars->yAxis->setLabel(tr("score (1 is perfect)"));
    for (int r = 0; r < kEvaluatedRetrievers; ++r) {
        auto *b = new QCPBars(m_bars->xAxis, m_bars->yAxis);
        b->setName(retrieverTitle(r));
        b->setWidth(0.18);
        b->setBrush(kRetrieverColours[r]);
        b->setPen(QPen(kRetrieverColours[r].darker(130)));
        b->setBarsGroup(group);
    }
    // The legend goes in a row of its own under the bars: inside the axis rect it hid the tallest ones.
    m_bars->legend->setVisible(true);
    m_bars->axisRect()->insetLayout()->take(m_bars->legend);
    m_bars->plotLayout()->addElement(1, 0, m_bars->legend);
    m_bars->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_bars->plotLayout()->setRowStretchFactor(1, 0.001);
    top->addWidget(metricsBox);
    top->addWidget(m_bars);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    m_perQuestion = new QTableWidget(0, 2 + kEvaluatedRetrievers, bottom);
    QStringList questionHeaders{tr("Question"), tr("Relevant pages")};
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        questionHeaders << retrieverTitle(r);
    m_perQuestion->setHorizontalHeaderLabels(questionHeaders);
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        m_perQuestion->horizontalHeaderItem(2 + r)->setToolTip(
            tr("Rank of the first relevant page among the distinct pages %1 ranks (– : not in its first 100)").arg(retrieverTitle(r)));
    m_perQuestion->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_perQuestion->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_perQuestion->setColumnWidth(1, 150);
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        m_perQuestion->horizontalHeader()->setSectionResizeMode(2 + r, QHeaderView::ResizeToContents);
    m_perQuestion->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_perQuestion->setSelectionMode(QAbstractItemView::SingleSelection);
    m_perQuestion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perQuestion->verticalHeader()->setVisible(false);

    auto *passagesBox = new QWidget(bottom);
    auto *passagesLayout = new QVBoxLayout(passagesBox);
    passagesLayout->setContentsMargins(0, 0, 0, 0);
    m_passagesTitle = new QLabel(tr("Select a question to see its top passages and tick the relevant ones."), passagesBox);
    m_passagesTitle->setTextFormat(Qt::PlainText);
    m_passagesTitle->setWordWrap(true);
    passagesLayout->addWidget(m_passagesTitle);
    m_passages = new QListWidget(passagesBox);
    m_passages->setWordWrap(true);
    m_passages->setToolTip(tr("Ticking a passage marks its page relevant for this question (the metrics count pages)"));
    passagesLayout->addWidget(m_passages, 1);
    bottom->addWidget(m_perQuestion);
    bottom->addWidget(passagesBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    vertical->addWidget(top);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    layout->addWidget(vertical, 1);

    connect(m_run, &QPushButton::clicked, this, &EvaluationPage::evaluate);
    connect(open, &QPushButton::clicked, this, &EvaluationPage::openQuestions);
    connect(builtIn, &QPushButton::clicked, this, &EvaluationPage::useBuiltIn);
    connect(add, &QPushButton::clicked, this, &EvaluationPage::askForQuestion);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (Job *job : {m_evaluateJob.data(), m_ranksJob.data()})
            if (job)
                job->cancel();
    });
    connect(m_perQuestion, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            selectQuestion(row);
    });
    connect(m_passages, &QListWidget::itemChanged, this, &EvaluationPage::passageToggled);
    // The user's labels follow the index: another index folder, other labels.
    connect(m_service, &services::RetrievalService::indexChanged, this, [this] {
        // The index that opened may keep the user's labels; a file the user opened stays.
        const QString user = userQuestionsFile();
        const bool onUserFile = QFileInfo(m_file).fileName() == QLatin1String("labelled-questions.json");
        const bool onBuiltIn = m_file == QFileInfo(services::retrieval::helpQuestionsFile()).absoluteFilePath();
        if (isBusy() || m_file == user)
            return;
        if (m_file.isEmpty() || onUserFile || (onBuiltIn && QFileInfo::exists(user)))
            useBuiltIn();
    });

    useBuiltIn();
}

EvaluationPage::~EvaluationPage()
{
    for (Job *job : {m_evaluateJob.data(), m_ranksJob.data(), m_searchJob.data()})
        if (job)
            job->cancel();
}

QString EvaluationPage::userQuestionsFile() const
{
    const QString folder = m_service->indexFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("labelled-questions.json"));
}

void EvaluationPage::useBuiltIn()
{
    const QString user = userQuestionsFile();
    if (!user.isEmpty() && QFileInfo::exists(user) && setQuestionsFile(user))
        return;
    const QString builtIn = services::retrieval::helpQuestionsFile();
    if (builtIn.isEmpty()) {
        m_file.clear();
        m_questions.clear();
        fillQuestionTable();
        m_fileLabel->setText(tr("The built-in questions (resources/help/questions.json) are not installed; open a file of your own."));
        return;
    }
    setQuestionsFile(builtIn);
}

bool EvaluationPage::setQuestionsFile(const QString &file)
{
    std::vector<Question> questions;
    try {
        // The service's reader checks the file and names what is wrong; the sections are kept from the JSON.
        const auto checked = services::retrieval::loadQuestions(file);
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("questions")).toArray();
        for (std::size_t i = 0; i < checked.size(); ++i) {
            Question q;
            q.text = services::retrieval::fromStd(checked[i].question);
            for (const std::string &d : checked[i].relevantDocuments)
                q.relevant << services::retrieval::fromStd(d);
            if (int(i) < list.size())
                q.sections = list.at(int(i)).toObject().value(QStringLiteral("sections")).toArray();
            questions.push_back(std::move(q));
        }
    } catch (const std::exception &e) {
        setStatus(QString::fromStdString(e.what()), true);
        return false;
    }
    m_file = QFileInfo(file).absoluteFilePath();
    m_questions = std::move(questions);
    m_hasResult = false;
    ++m_serial;
    const bool user = m_file == userQuestionsFile();
    const bool builtIn = m_file == QFileInfo(services::retrieval::helpQuestionsFile()).absoluteFilePath();
    m_fileLabel->setText(builtIn ? tr("%n built-in question(s) about the help pages (%1).", nullptr, int(m_questions.size())).arg(m_file)
                         : user  ? tr("%n question(s) with your labels (%1).", nullptr, int(m_questions.size())).arg(m_file)
                                 : tr("%n question(s) from %1.", nullptr, int(m_questions.size())).arg(m_file));
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        for (int m = 0; m < 4; ++m)
            m_metrics->setItem(r, m, readOnlyItem(QString()));
    for (int r = 0; r < kEvaluatedRetrievers; ++r)
        static_cast<QCPBars *>(m_bars->plottable(r))->data()->clear();
    m_bars->replot();
    m_ann->clear();
    m_passages->clear();
    m_shownQuestion = -1;
    fillQuestionTable();
    setStatus(tr("Press Evaluate to score the retrievers on these questions."));
    return true;
}

void EvaluationPage::openQuestions()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open labelled questions"), QFileInfo(m_file).absolutePath(),
                                                      tr("Questions (*.json);;All files (*)"));
    if (!file.isEmpty() && setQuestionsFile(file))
        evaluate();
}

void EvaluationPage::askForQuestion()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add a question"),
                                               tr("Your question (then tick the passages that answer it):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addQuestion(text);
}

void EvaluationPage::addQuestion(const QString &question)
{
    const QString text = question.simplified();
    if (text.isEmpty()) {
        setStatus(tr("A question needs some words."), true);
        return;
    }
    Question q;
    q.text = text;
    m_questions.push_back(q);
    fillQuestionTable();
    setStatus(tr("Added “%1”: tick the passages that answer it; it is saved with its first tick.").arg(text));
    m_perQuestion->setCurrentCell(int(m_questions.size()) - 1, 0);
    selectQuestion(int(m_questions.size()) - 1);
}

std::vector<er::EvaluationQuestion> EvaluationPage::engineQuestions() const
{
    std::vector<er::EvaluationQuestion> out;
    for (const Question &q : m_questions) {
        er::EvaluationQuestion e;
        e.question = q.text.toStdString();
        for (const QString &r : q.relevant)
            e.relevantDocuments.push_back(r.toStdString());
        out.push_back(std::move(e));
    }
    return out;
}

void EvaluationPage::evaluate()
{
    if (m_file.isEmpty()) {
        setStatus(tr("There are no questions to evaluate: open a questions file."), true);
        return;
    }
    if (!m_service->hasIndex() || m_service->info().chunkCount == 0) {
        setStatus(tr("The index is empty: index some documents (or the help pages) first."), true);
        return;
    }
    for (Job *job : {m_evaluateJob.data(), m_ranksJob.data()})
        if (job)
            job->cancel();
    m_evaluateJob = m_service->evaluate(er::SearchOptions{}, m_file);
    setBusy(true);
    setStatus(tr("Evaluating %n question(s)…", nullptr, int(m_questions.size())));
    connect(m_evaluateJob, &Job::progressChanged, this, [this](double f) { m_progress->setValue(int(f * 500)); });
    Job *job = m_evaluateJob;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (state == JobState::Succeeded)
            showOutcome(job->resultAs<services::EvaluationOutcome>());
        else if (state == JobState::Failed)
            setStatus(tr("The evaluation failed: %1").arg(message), true);
        else
            setStatus(tr("Evaluation canceled."));
        if (!m_ranksJob || m_ranksJob->isFinished())
            setBusy(false);
    });
    rankQuestions(-1);
}

void EvaluationPage::rankQuestions(int only)
{
    std::vector<er::EvaluationQuestion> questions = engineQuestions();
    if (only >= 0)
        questions = {questions.at(std::size_t(only))};
    const quint64 serial = m_serial;
    auto work = [questions, serial, only](const er::RetrievalIndex &index, const engine::RunContext &ctx) {
        QuestionRanksResult out;
        out.serial = serial;
        out.only = only;
        engine::RunContext quiet = ctx;
        quiet.onProgress = nullptr;
        for (std::size_t i = 0; i < questions.size(); ++i) {
            ctx.checkpoint();
            ctx.progress(double(i) / double(questions.size()), "ranking each question");
            QuestionRanks ranks;
            ranks.labelled = !questions[i].relevantDocuments.empty();
            if (ranks.labelled) {
                // One question's MRR is 1 / the rank of its first relevant page: the engine's own
                // ranking, so these rows and the table above cannot disagree.
                const auto results = index.evaluate({questions[i]}, er::SearchOptions{}, quiet);
                for (std::size_t r = 0; r < results.size() && r < std::size_t(kEvaluatedRetrievers); ++r)
                    ranks.rank[r] = results[r].metrics.mrr > 0 ? int(std::lround(1.0 / results[r].metrics.mrr)) : 0;
            }
            out.rows.push_back(ranks);
        }
        return QVariant::fromValue(out);
    };
    Job *job = m_service->run(only >= 0 ? tr("Rank one question") : tr("Rank each labelled question"),
                              only >= 0 ? QStringLiteral("retrieval.evaluate.one") : QStringLiteral("retrieval.evaluate.each"), work,
                              only >= 0);
    if (only < 0) {
        m_ranksJob = job;
        connect(job, &Job::progressChanged, this, [this](double f) { m_progress->setValue(500 + int(f * 500)); });
    }
    connect(job, &Job::finished, this, [this, job, only](JobState state, const QString &message) {
        if (state == JobState::Succeeded)
            showRanks(job->resultAs<QuestionRanksResult>());
        else if (state == JobState::Failed)
            setStatus(tr("Ranking the questions failed: %1").arg(message), true);
        if (only < 0 && (!m_evaluateJob || m_evaluateJob->isFinished()))
            setBusy(false);
    });
}

void EvaluationPage::showOutcome(const services::EvaluationOutcome &outcome)
{
    m_hasResult = true;
    std::array<int, 4> best{};
    for (int m = 0; m < 4; ++m)
        for (int r = 0; r < int(outcome.results.size()) && r < kEvaluatedRetrievers; ++r)
            if (metricOf(outcome.results[std::size_t(r)].metrics, m) > metricOf(outcome.results[std::size_t(best[m])].metrics, m))
                best[std::size_t(m)] = r;
    for (int r = 0; r < int(outcome.results.size()) && r < kEvaluatedRetrievers; ++r) {
        const er::RetrievalMetrics &metrics = outcome.results[std::size_t(r)].metrics;
        auto *bars = static_cast<QCPBars *>(m_bars->plottable(r));
        QVector<double> keys, values;
        for (int m = 0; m < 4; ++m) {
            auto *item = readOnlyItem(QString::number(metricOf(metrics, m), 'f', 3));
            item->setTextAlignment(Qt::AlignCenter);
            if (best[std::size_t(m)] == r) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_metrics->setItem(r, m, item);
            keys << m + 1;
            values << metricOf(metrics, m);
        }
        bars->setData(keys, values);
    }
    m_bars->replot();

    int counted = outcome.results.empty() ? 0 : outcome.results.front().metrics.queries;
    QString status = tr("%1 of %2 questions scored; best MRR: %3 (%4).")
                         .arg(counted)
                         .arg(outcome.questions)
                         .arg(retrieverTitle(best[2]))
                         .arg(QLocale().toString(outcome.results.empty() ? 0.0 : outcome.results[std::size_t(best[2])].metrics.mrr, 'f', 3));
    if (!outcome.notes.isEmpty())
        status += QLatin1Char(' ') + outcome.notes.join(QStringLiteral("; ")) + QLatin1Char('.');
    setStatus(status);
    if (outcome.annRecall)
        m_ann->setText(tr("HNSW recall@10 against the exact scan for these questions: %1 (1 means the approximate "
                          "index found every one of the exact scan's ten nearest passages).")
                           .arg(QLocale().toString(*outcome.annRecall, 'f', 3)));
    else if (m_service->annMode() == QLatin1String("hnsw"))
        m_ann->setText(tr("The index uses HNSW, but its recall could not be measured (no dense vectors for these questions)."));
    else
        m_ann->setText(tr("Dense search scans every vector exactly here (%1 passages; HNSW takes over at %2), so there is "
                          "no approximation to measure.")
                           .arg(m_service->info().chunkCount)
                           .arg(er::kExactScanLimit));
    Q_EMIT evaluated();
}

void EvaluationPage::showRanks(const QuestionRanksResult &result)
{
    if (result.serial != m_serial)
        return; // answers questions that are no longer shown
    if (result.only >= 0) {
        if (result.only < int(m_questions.size()) && !result.rows.empty()) {
            m_questions[std::size_t(result.only)].ranks = result.rows.front();
            fillQuestionRow(result.only);
        }
        return;
    }
    for (std::size_t i = 0; i < result.rows.size() && i < m_questions.size(); ++i)
        m_questions[i].ranks = result.rows[i];
    for (int row = 0; row < int(m_questions.size()); ++row)
        fillQuestionRow(row);
}

void EvaluationPage::fillQuestionTable()
{
    const int current = m_perQuestion->currentRow();
    m_perQuestion->blockSignals(true);
    m_perQuestion->setRowCount(int(m_questions.size()));
    for (int row = 0; row < int(m_questions.size()); ++row)
        fillQuestionRow(row);
    m_perQuestion->blockSignals(false);
    if (current >= 0 && current < int(m_questions.size()))
        m_perQuestion->setCurrentCell(current, 0);
}

void EvaluationPage::fillQuestionRow(int row)
{
    const Question &q = m_questions[std::size_t(row)];
    auto *question = readOnlyItem(q.text);
    question->setToolTip(q.text);
    m_perQuestion->setItem(row, 0, question);
    auto *relevant = readOnlyItem(q.relevant.isEmpty() ? tr("(none yet: tick passages)") : q.relevant.join(QStringLiteral(", ")));
    relevant->setToolTip(q.relevant.join(QLatin1Char('\n')));
    m_perQuestion->setItem(row, 1, relevant);
    for (int r = 0; r < kEvaluatedRetrievers; ++r) {
        QString text;
        QColor background;
        if (q.ranks && q.ranks->labelled) {
            const int rank = q.ranks->rank[std::size_t(r)];
            text = rank > 0 ? QString::number(rank) : QStringLiteral("–");
            // Green at rank 1, amber within the first 10, red beyond or never.
            background = rank == 1 ? QColor(200, 235, 200) : (rank > 0 && rank <= 10) ? QColor(250, 235, 190) : QColor(245, 200, 200);
        }
        auto *item = readOnlyItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        if (background.isValid()) {
            item->setBackground(background);
            item->setForeground(QColor(20, 20, 20));
        }
        m_perQuestion->setItem(row, 2 + r, item);
    }
}

void EvaluationPage::selectQuestion(int row)
{
    if (row < 0 || row >= int(m_questions.size()))
        return;
    if (m_perQuestion->currentRow() != row) {
        m_perQuestion->blockSignals(true);
        m_perQuestion->setCurrentCell(row, 0);
        m_perQuestion->blockSignals(false);
    }
    m_shownQuestion = row;
    m_passagesTitle->setText(tr("Top passages (hybrid) for “%1”: tick those that answer it.").arg(m_questions[std::size_t(row)].text));
    m_fillingPassages = true;
    m_passages->clear();
    m_fillingPassages = false;
    if (m_searchJob)
        m_searchJob->cancel();
    er::SearchOptions options;
    options.topK = 10;
    m_searchJob = m_service->search(m_questions[std::size_t(row)].text, options);
    Job *job = m_searchJob;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (state == JobState::Succeeded)
            showPassages(job->resultAs<services::SearchOutcome>());
        else if (state == JobState::Failed)
            m_passagesTitle->setText(tr("The passages could not be found: %1").arg(message));
    });
}

void EvaluationPage::showPassages(const services::SearchOutcome &outcome)
{
    if (m_shownQuestion < 0 || m_shownQuestion >= int(m_questions.size()) || outcome.query != m_questions[std::size_t(m_shownQuestion)].text)
        return;
    const Question &q = m_questions[std::size_t(m_shownQuestion)];
    m_fillingPassages = true;
    m_passages->clear();
    int rank = 0;
    for (const services::RetrievedPassage &p : outcome.passages) {
        QString firstLine = p.text.section(QLatin1Char('\n'), 0, 0).simplified();
        if (firstLine.size() > 140)
            firstLine = firstLine.left(140) + QStringLiteral("…");
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2\n%3").arg(++rank).arg(p.location.describe(), firstLine), m_passages);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        bool relevant = false;
        for (const QString &label : q.relevant)
            relevant = relevant || labelMatches(p.location.path, label);
        item->setCheckState(relevant ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, p.location.path);
        item->setToolTip(p.text.left(1500));
    }
    if (outcome.passages.empty())
        new QListWidgetItem(outcome.notice.isEmpty() ? tr("No passage matches this question.") : outcome.notice, m_passages);
    m_fillingPassages = false;
    Q_EMIT passagesShown();
}

QString EvaluationPage::labelFor(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    int same = 0;
    for (const QString &doc : m_service->documents())
        if (QFileInfo(doc).fileName() == name)
            ++same;
    return same > 1 ? path : name;
}

void EvaluationPage::passageToggled(QListWidgetItem *item)
{
    if (m_fillingPassages || m_shownQuestion < 0 || m_shownQuestion >= int(m_questions.size()))
        return;
    const QString path = item->data(Qt::UserRole).toString();
    if (path.isEmpty())
        return;
    Question &q = m_questions[std::size_t(m_shownQuestion)];
    const bool relevant = item->checkState() == Qt::Checked;
    if (relevant) {
        bool already = false;
        for (const QString &label : q.relevant)
            already = already || labelMatches(path, label);
        if (!already)
            q.relevant << labelFor(path);
    } else {
        QStringList kept;
        for (const QString &label : q.relevant)
            if (!labelMatches(path, label))
                kept << label;
        q.relevant = kept;
    }
    // Labels are per page: every passage of the same page follows the tick.
    m_fillingPassages = true;
    for (int i = 0; i < m_passages->count(); ++i)
        if (m_passages->item(i)->data(Qt::UserRole).toString() == path)
            m_passages->item(i)->setCheckState(item->checkState());
    m_fillingPassages = false;
    q.ranks.reset();
    fillQuestionRow(m_shownQuestion);
    if (saveLabels()) {
        if (!q.relevant.isEmpty())
            rankQuestions(m_shownQuestion);
        setStatus(tr("Labels saved to %1. Press Evaluate to update the table.").arg(m_file));
    }
}

bool EvaluationPage::saveLabels()
{
    const QString file = userQuestionsFile();
    if (file.isEmpty()) {
        setStatus(tr("No index is open, so there is no folder to keep your labels in."), true);
        return false;
    }
    QJsonArray list;
    for (const Question &q : m_questions) {
        if (q.relevant.isEmpty())
            continue; // the format needs a relevant page; an added question stays on the page until ticked
        QJsonObject o{{QStringLiteral("question"), q.text}, {QStringLiteral("relevant"), QJsonArray::fromStringList(q.relevant)}};
        if (!q.sections.isEmpty())
            o.insert(QStringLiteral("sections"), q.sections);
        list.append(o);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("questions"), list}}).toJson()) < 0 ||
        !out.commit()) {
        setStatus(tr("%1: the labels could not be saved (%2)").arg(file, out.errorString()), true);
        return false;
    }
    if (m_file != file) {
        m_file = file;
        m_fileLabel->setText(tr("%n question(s) with your labels (%1).", nullptr, int(m_questions.size())).arg(m_file));
    }
    return true;
}

QStringList EvaluationPage::relevantOf(int row) const
{
    return row >= 0 && row < int(m_questions.size()) ? m_questions[std::size_t(row)].relevant : QStringList();
}

bool EvaluationPage::isBusy() const
{
    return (m_evaluateJob && !m_evaluateJob->isFinished()) || (m_ranksJob && !m_ranksJob->isFinished());
}

QString EvaluationPage::statusText() const
{
    return m_status->text();
}

QString EvaluationPage::annText() const
{
    return m_ann->text();
}

void EvaluationPage::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void EvaluationPage::setStatus(const QString &text, bool error)
{
    showMessage(m_status, text, error);
}

} // namespace genlab::widgets::retrievallab
