#include "widgets/tuninglab/incontextpage.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/textlab/attentionview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::tuninglab {

using services::Job;
using services::JobState;
namespace ict = engine::tuning;

namespace {

const QColor kInContextColorA(31, 119, 180);
const QColor kInContextColorB(255, 127, 14);
const QColor kInContextRight(200, 235, 200);
const QColor kInContextWrong(245, 205, 205);

QString inContextText(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Shown where the user's examples go before they write any.
const char *const kInContextExampleText = "cat -> cats\n"
                                          "dog -> dogs\n"
                                          "bird -> birds\n"
                                          "horse -> horses\n"
                                          "king -> kings\n"
                                          "rose -> roses\n"
                                          "ship -> ships\n"
                                          "tower -> towers\n"
                                          "sword -> swords\n"
                                          "queen -> queens\n";

QTableWidgetItem *inContextCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

InContextPage::InContextPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent)
    : QWidget(parent), m_service(new services::InContextJobs(jobs, device, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildFewShot());
    split->addWidget(buildCopying());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    updateTaskRows();
}

InContextPage::~InContextPage()
{
    if (m_fewShotJob)
        m_fewShotJob->cancel();
    if (m_copyJob)
        m_copyJob->cancel();
}

// ---- few-shot --------------------------------------------------------------------------------

QWidget *InContextPage::buildFewShot()
{
    auto *box = new QGroupBox(tr("Few-shot: a task shown through k worked examples in the prompt"), this);
    auto *row = new QHBoxLayout(box);

    auto *formWidget = new QWidget(box);
    auto *form = new QFormLayout(formWidget);
    m_task = new QComboBox(formWidget);
    m_task->setObjectName(QStringLiteral("fewShotTask"));
    m_task->addItem(tr("Copy (\"k q z\" -> \"k q z\")"), QStringLiteral("copy"));
    m_task->addItem(tr("Reverse (\"k q z\" -> \"z q k\")"), QStringLiteral("reverse"));
    m_task->addItem(tr("Next in a sequence (\"d e f\" -> \"g\")"), QStringLiteral("next"));
    m_task->addItem(tr("Lookup table (\"crown\" -> \"blue\")"), QStringLiteral("lookup"));
    m_task->addItem(tr("Your own examples"), QString::fromLatin1(services::tuning::kOwnExamplesTask));
    m_task->setToolTip(tr("The built-in tasks are made from the seed, so everyone sees the same prompts. Each query is "
                          "held out: it never appears among its own examples."));
    form->addRow(tr("Task"), m_task);
    m_examplesLabel = new QLabel(tr("Examples"), formWidget);
    m_examples = new QPlainTextEdit(formWidget);
    m_examples->setObjectName(QStringLiteral("fewShotExamples"));
    m_examples->setPlainText(QString::fromLatin1(kInContextExampleText));
    m_examples->setToolTip(tr("One example a line: input -> output. Lines starting with # are skipped. Each query is one "
                              "of these lines; its shots are others."));
    m_examples->setMinimumHeight(90);
    form->addRow(m_examplesLabel, m_examples);
    m_examplesProblem = new QLabel(formWidget);
    m_examplesProblem->setObjectName(QStringLiteral("fewShotExamplesProblem"));
    m_examplesProblem->setTextFormat(Qt::PlainText);
    m_examplesProblem->setWordWrap(true);
    m_examplesProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(QString(), m_examplesProblem);
    m_shots = new QLineEdit(QStringLiteral("0, 1, 2, 4, 8"), formWidget);
    m_shots->setObjectName(QStringLiteral("fewShotShots"));
    m_shots->setToolTip(tr("The numbers of examples in the prompt to measure, 0..32, separated by commas"));
    form->addRow(tr("Shots (k)"), m_shots);
    m_queries = form::spinBox(formWidget, 1, 500, 20, QStringLiteral("fewShotQueries"));
    m_queries->setToolTip(tr("Held-out queries per k (your own examples: at most one per example)"));
    form->addRow(tr("Queries per k"), m_queries);
    m_seed = form::spinBox(formWidget, 0, 1000000, 1, QStringLiteral("fewShotSeed"));
    form->addRow(tr("Seed"), m_seed);
    m_modelA = form::addFolderRow(form, tr("Model A"), QString(), QStringLiteral("fewShotModelA"), tr("Model A: a language model folder"));
    m_modelA->setPlaceholderText(tr("the shipped model (%1)").arg(QString::fromLatin1(services::tuning::kShippedLanguageModel)));
    m_modelB = form::addFolderRow(form, tr("Model B"), QString(), QStringLiteral("fewShotModelB"), tr("Model B: a language model folder"));
    m_modelB->setPlaceholderText(tr("none (optional: a second model, side by side)"));
    // By default the shipped model trained on in-context text, so Run shows a model that learns
    // from the shots beside one that does not.
    m_modelB->setText(services::InContextJobs::shippedInContextModelFolder());
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), formWidget);
    m_run->setObjectName(QStringLiteral("fewShotRun"));
    m_stop = new QPushButton(tr("Stop"), formWidget);
    m_stop->setObjectName(QStringLiteral("fewShotStop"));
    m_stop->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_fewShotStatus = new QLabel(tr("Run to measure the accuracy as the examples in the prompt grow."), formWidget);
    m_fewShotStatus->setObjectName(QStringLiteral("fewShotStatus"));
    m_fewShotStatus->setTextFormat(Qt::PlainText);
    m_fewShotStatus->setWordWrap(true);
    form->addRow(m_fewShotStatus);
    row->addWidget(formWidget, 0);

    auto *results = new QSplitter(Qt::Horizontal, box);
    m_accuracyPlot = new QCustomPlot(results);
    m_accuracyPlot->setObjectName(QStringLiteral("fewShotPlot"));
    m_accuracyPlot->setMinimumSize(280, 200);
    m_accuracyPlot->xAxis->setLabel(tr("examples in the prompt (k)"));
    m_accuracyPlot->yAxis->setLabel(tr("held-out accuracy (%)"));
    m_accuracyPlot->yAxis->setRange(-2, 102);
    m_accuracyPlot->xAxis->setRange(-0.5, 8.5);
    for (const QColor &color : {kInContextColorA, kInContextColorB}) {
        QCPGraph *g = m_accuracyPlot->addGraph();
        g->setPen(QPen(color, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 7));
        g->setSelectable(QCP::stSingleData);
    }
    m_accuracyPlot->graph(0)->setName(tr("model A"));
    m_accuracyPlot->graph(1)->setName(tr("model B"));
    // The legend below the axes: the curves may run anywhere between 0 and 100 %.
    m_accuracyPlot->legend->setVisible(true);
    auto *accuracyLegendRow = new QCPLayoutGrid;
    m_accuracyPlot->plotLayout()->addElement(1, 0, accuracyLegendRow);
    accuracyLegendRow->setMargins(QMargins(5, 0, 5, 5));
    accuracyLegendRow->addElement(0, 0, m_accuracyPlot->legend);
    m_accuracyPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_accuracyPlot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_accuracyPlot->setInteraction(QCP::iSelectPlottables, true);
    connect(m_accuracyPlot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *plottable, int dataIndex, QMouseEvent *) {
        const int series = plottable == m_accuracyPlot->graph(1) ? 1 : 0;
        const double key = m_accuracyPlot->graph(series)->data()->at(dataIndex)->key;
        int index = 0;
        for (const SeriesPoint &p : m_points)
            if (p.series == series) {
                if (p.point.shots == int(key))
                    break;
                ++index;
            }
        showPoint(series, index);
    });
    results->addWidget(m_accuracyPlot);

    auto *detail = new QWidget(results);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_point = new QComboBox(detail);
    m_point->setObjectName(QStringLiteral("fewShotPoint"));
    m_point->setToolTip(tr("The point whose prompts and answers are shown (or click it in the plot)"));
    detailLayout->addWidget(m_point);
    m_answers = new QTableWidget(0, 4, detail);
    m_answers->setObjectName(QStringLiteral("fewShotAnswers"));
    m_answers->setHorizontalHeaderLabels({tr("Query"), tr("Expected"), tr("Got"), tr("Right")});
    m_answers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_answers->verticalHeader()->setVisible(false);
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    detailLayout->addWidget(m_answers, 1);
    auto *promptLabel = new QLabel(tr("The prompt the model read, then its answer (choose an answer to see its own prompt):"), detail);
    promptLabel->setWordWrap(true);
    detailLayout->addWidget(promptLabel);
    m_prompt = new QPlainTextEdit(detail);
    m_prompt->setObjectName(QStringLiteral("fewShotPrompt"));
    m_prompt->setReadOnly(true);
    m_prompt->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailLayout->addWidget(m_prompt, 1);
    results->addWidget(detail);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    row->addWidget(results, 1);

    connect(m_task, &QComboBox::currentIndexChanged, this, [this] {
        updateTaskRows();
        Q_EMIT settingsChanged();
    });
    connect(m_examples, &QPlainTextEdit::textChanged, this, [this] {
        updateTaskRows();
        Q_EMIT settingsChanged();
    });
    for (QLineEdit *edit : {m_shots, m_modelA, m_modelB})
        connect(edit, &QLineEdit::editingFinished, this, &InContextPage::settingsChanged);
    for (QSpinBox *spin : {m_queries, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &InContextPage::settingsChanged);
    connect(m_run, &QPushButton::clicked, this, &InContextPage::runFewShot);
    connect(m_stop, &QPushButton::clicked, this, &InContextPage::stopFewShot);
    connect(m_point, &QComboBox::activated, this, [this](int i) {
        const QPoint sp = m_point->itemData(i).toPoint();
        showPoint(sp.x(), sp.y());
    });
    connect(m_answers, &QTableWidget::itemSelectionChanged, this, &InContextPage::onAnswerChosen);
    return box;
}

void InContextPage::updateTaskRows()
{
    const bool own = m_task->currentData().toString() == QLatin1String(services::tuning::kOwnExamplesTask);
    m_examples->setVisible(own);
    m_examplesLabel->setVisible(own);
    const QString problem = own ? services::InContextJobs::examplesProblem(m_examples->toPlainText()) : QString();
    m_examplesProblem->setText(problem);
    m_examplesProblem->setVisible(!problem.isEmpty());
}

services::FewShotRequest InContextPage::fewShotRequest() const
{
    services::FewShotRequest r;
    r.task = m_task->currentData().toString();
    r.examples = m_examples->toPlainText();
    r.shots.clear();
    for (const QString &part : m_shots->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = part.trimmed().toInt(&ok);
        r.shots.append(ok ? k : -1);
    }
    r.queries = m_queries->value();
    r.seed = quint64(m_seed->value());
    r.modelA = m_modelA->text().trimmed();
    r.modelB = m_modelB->text().trimmed();
    return r;
}

bool InContextPage::isFewShotBusy() const
{
    return m_fewShotJob && !m_fewShotJob->isFinished();
}

void InContextPage::setFewShotBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_stop->setEnabled(busy);
}

void InContextPage::runFewShot()
{
    if (isFewShotBusy())
        return;
    const services::FewShotRequest request = fewShotRequest();
    // Problems the form can name at once; the job checks everything again.
    if (request.shots.isEmpty() || std::any_of(request.shots.begin(), request.shots.end(), [](int k) { return k < 0 || k > 32; })) {
        m_fewShotStatus->setText(tr("Shots: give numbers in 0..32 separated by commas, e.g. 0, 1, 2, 4, 8."));
        return;
    }
    if (request.task == QLatin1String(services::tuning::kOwnExamplesTask)) {
        const QString problem = services::InContextJobs::examplesProblem(request.examples);
        if (!problem.isEmpty()) {
            m_fewShotStatus->setText(tr("Your examples: %1").arg(problem));
            return;
        }
    }
    m_points.clear();
    m_fewShot.reset();
    m_point->clear();
    m_answers->setRowCount(0);
    m_prompt->clear();
    m_shownAnswers.clear();
    const int maxShots = *std::max_element(request.shots.begin(), request.shots.end());
    m_accuracyPlot->xAxis->setRange(-0.5, std::max(1, maxShots) + 0.5);
    m_accuracyPlot->graph(1)->setVisible(!request.modelB.isEmpty());
    if (auto *item = m_accuracyPlot->legend->itemWithPlottable(m_accuracyPlot->graph(1)))
        item->setVisible(!request.modelB.isEmpty());
    redrawAccuracy();
    m_fewShotStatus->setText(tr("Starting…"));
    m_fewShotJob = m_service->fewShot(request);
    setFewShotBusy(true);
    connect(m_fewShotJob, &Job::partialResult, this, &InContextPage::onFewShotPartial);
    connect(m_fewShotJob, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_fewShotStatus->setText(tr("%1 % — %2").arg(int(std::lround(fraction * 100))).arg(stage));
    });
    connect(m_fewShotJob, &Job::finished, this, [this, job = m_fewShotJob](JobState state, const QString &message) {
        setFewShotBusy(false);
        if (state == JobState::Succeeded) {
            m_fewShot = job->resultAs<services::FewShotOutcome>();
            // The result is the record: the streamed points are replaced by it.
            m_points.clear();
            m_point->clear();
            for (const ict::FewShotPoint &p : m_fewShot->a.points)
                addPoint(0, p);
            for (const ict::FewShotPoint &p : m_fewShot->b.points)
                addPoint(1, p);
            redrawAccuracy();
            QString summary;
            auto line = [](const ict::FewShotResult &r) {
                QStringList parts;
                for (const ict::FewShotPoint &p : r.points)
                    parts << QStringLiteral("k=%1: %2 %").arg(p.shots).arg(QLocale().toString(100.0 * p.accuracy, 'f', 0));
                return parts.join(QStringLiteral(", "));
            };
            summary = tr("Model A (%1): %2").arg(QFileInfo(m_fewShot->modelA).fileName(), line(m_fewShot->a));
            if (m_fewShot->hasB())
                summary += QLatin1Char('\n') + tr("Model B (%1): %2").arg(QFileInfo(m_fewShot->modelB).fileName(), line(m_fewShot->b));
            m_fewShotStatus->setText(summary);
            if (!m_points.empty() && m_answers->rowCount() == 0)
                showPoint(0, 0);
        } else if (state == JobState::Canceled) {
            m_fewShotStatus->setText(tr("Stopped; the points measured so far stay on the curve."));
        } else {
            m_fewShotStatus->setText(tr("Few-shot failed: %1").arg(message));
        }
        Q_EMIT fewShotFinished();
    });
}

void InContextPage::stopFewShot()
{
    if (m_fewShotJob)
        m_fewShotJob->cancel();
}

void InContextPage::onFewShotPartial(const engine::Partial &partial)
{
    const auto event = ict::FewShotPointEvent::decode(partial);
    if (!event)
        return;
    addPoint(event->series, event->point);
    redrawAccuracy();
    if (m_answers->rowCount() == 0)
        showPoint(event->series, 0);
}

void InContextPage::addPoint(int series, const ict::FewShotPoint &point)
{
    int index = 0;
    for (const SeriesPoint &p : m_points)
        index += p.series == series ? 1 : 0;
    m_points.push_back({series, point});
    m_point->addItem((series == 0 ? tr("Model A, %1 shots: %2 of %3 right") : tr("Model B, %1 shots: %2 of %3 right"))
                         .arg(point.shots)
                         .arg(point.correct)
                         .arg(point.total),
                     QPoint(series, index));
    Q_EMIT pointAdded(series, point.shots);
}

int InContextPage::curvePoints(int series) const
{
    if (series < 0 || series > 1)
        return 0;
    return m_accuracyPlot->graph(series)->dataCount();
}

void InContextPage::redrawAccuracy()
{
    for (int series = 0; series < 2; ++series) {
        QVector<double> keys, values;
        for (const SeriesPoint &p : m_points)
            if (p.series == series) {
                keys << p.point.shots;
                values << 100.0 * p.point.accuracy;
            }
        m_accuracyPlot->graph(series)->setData(keys, values);
    }
    m_accuracyPlot->replot(QCustomPlot::rpQueuedReplot);
}

void InContextPage::showPoint(int series, int index)
{
    int seen = 0;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        if (m_points[i].series != series)
            continue;
        if (seen++ != index)
            continue;
        const QSignalBlocker block(m_point);
        m_point->setCurrentIndex(m_point->findData(QPoint(series, index)));
        fillAnswers(m_points[i].point);
        return;
    }
}

void InContextPage::fillAnswers(const ict::FewShotPoint &point)
{
    m_shownAnswers = point.answers;
    {
        const QSignalBlocker block(m_answers);
        m_answers->setRowCount(int(point.answers.size()));
        for (int r = 0; r < int(point.answers.size()); ++r) {
            const ict::FewShotAnswer &a = point.answers[std::size_t(r)];
            m_answers->setItem(r, 0, inContextCell(inContextText(a.query)));
            m_answers->setItem(r, 1, inContextCell(inContextText(a.expected)));
            m_answers->setItem(r, 2, inContextCell(a.answer.empty() ? tr("(nothing)") : inContextText(a.answer)));
            m_answers->setItem(r, 3, inContextCell(a.correct ? tr("right") : tr("wrong")));
            for (int c = 0; c < 4; ++c)
                m_answers->item(r, c)->setBackground(a.correct ? kInContextRight : kInContextWrong);
        }
    }
    m_prompt->setPlainText(inContextText(point.firstPrompt));
    if (!point.answers.empty()) {
        const QSignalBlocker block(m_answers);
        m_answers->selectRow(0);
    }
    onAnswerChosen();
}

void InContextPage::onAnswerChosen()
{
    const auto rows = m_answers->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int r = rows.first().row();
    if (r < 0 || r >= int(m_shownAnswers.size()))
        return;
    const ict::FewShotAnswer &a = m_shownAnswers[std::size_t(r)];
    m_prompt->setPlainText(inContextText(a.prompt) + QLatin1Char(' ') + inContextText(a.answer));
}

QString InContextPage::fewShotMessage() const
{
    return m_fewShotStatus->text();
}

// ---- copying ---------------------------------------------------------------------------------

QWidget *InContextPage::buildCopying()
{
    auto *box = new QGroupBox(tr("In-context copying: a random token sequence, then the same again"), this);
    auto *row = new QHBoxLayout(box);

    auto *formWidget = new QWidget(box);
    auto *form = new QFormLayout(formWidget);
    m_copyModel = new QComboBox(formWidget);
    m_copyModel->setObjectName(QStringLiteral("copyModel"));
    m_copyModel->addItem(tr("Model A"));
    m_copyModel->addItem(tr("Model B"));
    m_copyModel->setToolTip(tr("The model of the few-shot form above to measure"));
    // Model B by default when it is there: the shipped in-context model is the one that copies.
    if (!m_modelB->text().trimmed().isEmpty())
        m_copyModel->setCurrentIndex(1);
    form->addRow(tr("Model"), m_copyModel);
    m_length = form::spinBox(formWidget, 4, 512, 32, QStringLiteral("copyLength"));
    m_length->setToolTip(tr("Tokens of the random sequence; it is shown twice, so twice this must fit the model's context"));
    form->addRow(tr("Length"), m_length);
    m_copySeed = form::spinBox(formWidget, 0, 1000000, 1, QStringLiteral("copySeed"));
    form->addRow(tr("Seed"), m_copySeed);
    m_copyRun = new QPushButton(tr("Run"), formWidget);
    m_copyRun->setObjectName(QStringLiteral("copyRun"));
    form->addRow(m_copyRun);
    m_copyStatus = new QLabel(tr("Run to see how much easier a sequence is the second time."), formWidget);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));
    m_copyStatus->setTextFormat(Qt::PlainText);
    m_copyStatus->setWordWrap(true);
    form->addRow(m_copyStatus);
    m_copyFigures = new QLabel(formWidget);
    m_copyFigures->setObjectName(QStringLiteral("copyFigures"));
    m_copyFigures->setTextFormat(Qt::PlainText);
    m_copyFigures->setWordWrap(true);
    form->addRow(m_copyFigures);
    m_heads = new QTableWidget(0, 4, formWidget);
    m_heads->setObjectName(QStringLiteral("copyHeads"));
    m_heads->setHorizontalHeaderLabels({tr("Layer"), tr("Head"), tr("Induction"), tr("Previous token")});
    m_heads->horizontalHeaderItem(2)->setToolTip(
        tr("Mean attention, over the repeat, on the token that followed the current token's first occurrence"));
    m_heads->horizontalHeaderItem(3)->setToolTip(tr("Mean attention on the token just before"));
    m_heads->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_heads->verticalHeader()->setVisible(false);
    m_heads->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_heads->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heads->setMinimumHeight(120);
    form->addRow(m_heads);
    row->addWidget(formWidget, 0);

    auto *results = new QSplitter(Qt::Horizontal, box);
    m_lossPlot = new QCustomPlot(results);
    m_lossPlot->setObjectName(QStringLiteral("copyLossPlot"));
    m_lossPlot->setMinimumSize(280, 200);
    m_lossPlot->xAxis->setLabel(tr("position of the predicted token"));
    m_lossPlot->yAxis->setLabel(tr("loss (nats)"));
    QCPGraph *loss = m_lossPlot->addGraph();
    loss->setPen(QPen(kInContextColorA, 1.5));
    loss->setName(tr("loss at each position"));
    QCPGraph *first = m_lossPlot->addGraph();
    first->setPen(QPen(QColor(120, 120, 120), 2));
    first->setName(tr("mean, first time"));
    QCPGraph *repeat = m_lossPlot->addGraph();
    repeat->setPen(QPen(QColor(44, 160, 44), 2));
    repeat->setName(tr("mean, on the repeat"));
    QCPGraph *uniform = m_lossPlot->addGraph();
    uniform->setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
    uniform->setName(tr("knowing nothing: ln(vocabulary)"));
    // The legend below the axes, in two columns, so it never covers the curve or the halves' labels.
    m_lossPlot->legend->setVisible(true);
    m_lossPlot->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    auto *legendRow = new QCPLayoutGrid;
    m_lossPlot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, m_lossPlot->legend);
    m_lossPlot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    m_lossPlot->legend->setWrap(2);
    m_lossPlot->plotLayout()->setRowStretchFactor(1, 0.001);
    results->addWidget(m_lossPlot);

    m_attention = new textlab::AttentionView(
        textlab::AttentionSource{
            [this] { return m_copying.has_value(); },
            [this](const std::vector<int> &) { return m_service->attentionOf(*m_copying); },
            [this](int id) {
                if (m_copying) {
                    const auto &r = m_copying->result;
                    for (std::size_t i = 0; i < r.ids.size() && i < r.pieces.size(); ++i)
                        if (r.ids[i] == id)
                            return inContextText(r.pieces[i]);
                }
                return QStringLiteral("<%1>").arg(id);
            },
            true},
        results);
    m_attention->setObjectName(QStringLiteral("copyAttention"));
    m_attention->setPlaceholder(tr("Run, then choose a head in the table: its attention on the repeated sequence shows here. "
                                   "An induction head draws a stripe parallel to the diagonal, (length - 1) columns to its left, "
                                   "in the repeat's rows."));
    results->addWidget(m_attention);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    row->addWidget(results, 1);

    connect(m_copyRun, &QPushButton::clicked, this, &InContextPage::runCopying);
    connect(m_heads, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_heads->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            chooseHead(rows.first().row());
    });
    connect(m_attention, &textlab::AttentionView::mapsReady, this, [this] {
        if (m_pendingLayer >= 0)
            m_attention->setLayerHead(m_pendingLayer, m_pendingHead);
    });
    for (QSpinBox *spin : {m_length, m_copySeed})
        connect(spin, &QSpinBox::valueChanged, this, &InContextPage::settingsChanged);
    connect(m_copyModel, &QComboBox::currentIndexChanged, this, &InContextPage::settingsChanged);
    return box;
}

bool InContextPage::isCopyingBusy() const
{
    return m_copyJob && !m_copyJob->isFinished();
}

void InContextPage::runCopying()
{
    services::CopyingRequest request;
    const bool useB = m_copyModel->currentIndex() == 1;
    if (useB && m_modelB->text().trimmed().isEmpty()) {
        m_copyStatus->setText(tr("Choose a model B folder in the few-shot form first."));
        return;
    }
    request.model = (useB ? m_modelB : m_modelA)->text().trimmed();
    request.length = m_length->value();
    request.seed = quint64(m_copySeed->value());
    m_copyStatus->setText(tr("Measuring…"));
    m_copyRun->setEnabled(false);
    m_copyJob = m_service->copying(request);
    connect(m_copyJob, &Job::finished, this, [this, job = m_copyJob](JobState state, const QString &message) {
        m_copyRun->setEnabled(true);
        if (state == JobState::Succeeded) {
            m_copying = job->resultAs<services::CopyingOutcome>();
            showCopying();
        } else if (state == JobState::Canceled) {
            m_copyStatus->setText(tr("Stopped."));
        } else {
            m_copyStatus->setText(tr("Copying failed: %1").arg(message));
        }
        Q_EMIT copyingFinished();
    });
}

void InContextPage::showCopying()
{
    const ict::CopyingResult &r = m_copying->result;
    const QLocale locale;
    m_copyStatus->setText(tr("%1: a random sequence of %2 tokens (seed %3), then the same again.")
                              .arg(QFileInfo(m_copying->model).fileName())
                              .arg(r.length)
                              .arg(m_copying->request.seed));
    m_copyFigures->setText(tr("Mean loss the first time: %1 nats; on the repeat: %2 nats (knowing nothing: %3). %4")
                               .arg(locale.toString(r.firstLoss, 'f', 2), locale.toString(r.repeatLoss, 'f', 2),
                                    locale.toString(r.uniformLoss, 'f', 2))
                               .arg(r.repeatLoss < 0.5 * r.firstLoss ? tr("The model copies from its context.")
                                                                     : tr("Little copying: the repeat is hardly easier."))
                           + QLatin1Char(' ') +
                           tr("An induction head attends from each repeated token to the one that followed its first "
                              "occurrence: a stripe %1 columns left of the diagonal, in the repeat's rows.")
                               .arg(r.length - 1));
    // Loss of predicting token i + 1, drawn at its position i + 1.
    QVector<double> keys, values;
    double top = r.uniformLoss;
    for (std::size_t i = 0; i < r.lossPerPosition.size(); ++i) {
        keys << double(i + 1);
        values << r.lossPerPosition[i];
        top = std::max(top, r.lossPerPosition[i]);
    }
    m_lossPlot->graph(0)->setData(keys, values);
    m_lossPlot->graph(1)->setData(QVector<double>{1.0, double(r.length - 1)}, QVector<double>{r.firstLoss, r.firstLoss});
    m_lossPlot->graph(2)->setData(QVector<double>{double(r.length + 1), double(2 * r.length - 1)},
                                  QVector<double>{r.repeatLoss, r.repeatLoss});
    m_lossPlot->graph(3)->setData(QVector<double>{0.0, double(2 * r.length)}, QVector<double>{r.uniformLoss, r.uniformLoss});
    m_lossPlot->clearItems();
    auto *repeatHalf = new QCPItemRect(m_lossPlot);
    repeatHalf->topLeft->setCoords(r.length - 0.5, top * 1.1);
    repeatHalf->bottomRight->setCoords(2 * r.length - 0.5, 0);
    repeatHalf->setPen(Qt::NoPen);
    repeatHalf->setBrush(QColor(44, 160, 44, 30));
    repeatHalf->setLayer(QStringLiteral("background"));
    auto *firstLabel = new QCPItemText(m_lossPlot);
    firstLabel->position->setCoords(r.length / 2.0, top * 1.05);
    firstLabel->setText(tr("first time"));
    auto *repeatLabel = new QCPItemText(m_lossPlot);
    repeatLabel->position->setCoords(r.length * 1.5, top * 1.05);
    repeatLabel->setText(tr("repeat"));
    m_lossPlot->xAxis->setRange(0, 2 * r.length);
    m_lossPlot->yAxis->setRange(0, top * 1.1);
    m_lossPlot->replot(QCustomPlot::rpQueuedReplot);

    {
        const QSignalBlocker block(m_heads);
        m_heads->setRowCount(int(r.heads.size()));
        for (int i = 0; i < int(r.heads.size()); ++i) {
            const ict::HeadScore &h = r.heads[std::size_t(i)];
            m_heads->setItem(i, 0, inContextCell(QString::number(h.layer + 1)));
            m_heads->setItem(i, 1, inContextCell(QString::number(h.head + 1)));
            m_heads->setItem(i, 2, inContextCell(locale.toString(h.inductionScore, 'f', 3)));
            m_heads->setItem(i, 3, inContextCell(locale.toString(h.previousTokenScore, 'f', 3)));
        }
    }
    // The view shows the new maps (the same tokens may come from another model: clear it first).
    m_attention->setIds({});
    m_attention->setIds(r.ids);
    if (!r.heads.empty())
        m_heads->selectRow(0); // the best induction head
}

void InContextPage::chooseHead(int row)
{
    if (!m_copying || row < 0 || row >= int(m_copying->result.heads.size()))
        return;
    const ict::HeadScore &h = m_copying->result.heads[std::size_t(row)];
    m_pendingLayer = h.layer;
    m_pendingHead = h.head;
    if (m_attention->hasMaps() && m_attention->attention().ids == m_copying->result.ids &&
        m_attention->attention().maps.weights.size() == m_copying->result.attention.weights.size())
        m_attention->setLayerHead(h.layer, h.head);
    if (!m_attention->hasMaps() || m_attention->attention().ids != m_copying->result.ids)
        m_attention->computeNow();
}

QString InContextPage::copyingMessage() const
{
    return m_copyStatus->text() + QLatin1Char('\n') + m_copyFigures->text();
}

// ---- state -----------------------------------------------------------------------------------

QJsonObject InContextPage::saveState() const
{
    QJsonObject s;
    s.insert(QStringLiteral("task"), m_task->currentData().toString());
    s.insert(QStringLiteral("examples"), m_examples->toPlainText());
    s.insert(QStringLiteral("shots"), m_shots->text());
    s.insert(QStringLiteral("queries"), m_queries->value());
    s.insert(QStringLiteral("seed"), m_seed->value());
    s.insert(QStringLiteral("modelA"), m_modelA->text());
    s.insert(QStringLiteral("modelB"), m_modelB->text());
    s.insert(QStringLiteral("copyModel"), m_copyModel->currentIndex() == 1 ? QStringLiteral("B") : QStringLiteral("A"));
    s.insert(QStringLiteral("copyLength"), m_length->value());
    s.insert(QStringLiteral("copySeed"), m_copySeed->value());
    return s;
}

void InContextPage::restoreState(const QJsonObject &s)
{
    const QSignalBlocker b1(m_task), b2(m_examples), b3(m_queries), b4(m_seed), b5(m_copyModel), b6(m_length), b7(m_copySeed);
    const int task = m_task->findData(s.value(QStringLiteral("task")).toString());
    if (task >= 0)
        m_task->setCurrentIndex(task);
    if (s.value(QStringLiteral("examples")).isString())
        m_examples->setPlainText(s.value(QStringLiteral("examples")).toString().left(200000));
    if (s.value(QStringLiteral("shots")).isString())
        m_shots->setText(s.value(QStringLiteral("shots")).toString().left(200));
    if (s.value(QStringLiteral("queries")).isDouble())
        m_queries->setValue(std::clamp(s.value(QStringLiteral("queries")).toInt(), m_queries->minimum(), m_queries->maximum()));
    if (s.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(std::clamp(s.value(QStringLiteral("seed")).toInt(), m_seed->minimum(), m_seed->maximum()));
    if (s.value(QStringLiteral("modelA")).isString())
        m_modelA->setText(s.value(QStringLiteral("modelA")).toString());
    if (s.value(QStringLiteral("modelB")).isString())
        m_modelB->setText(s.value(QStringLiteral("modelB")).toString());
    if (s.value(QStringLiteral("copyModel")).isString())
        m_copyModel->setCurrentIndex(s.value(QStringLiteral("copyModel")).toString() == QLatin1String("B") ? 1 : 0);
    if (s.value(QStringLiteral("copyLength")).isDouble())
        m_length->setValue(std::clamp(s.value(QStringLiteral("copyLength")).toInt(), m_length->minimum(), m_length->maximum()));
    if (s.value(QStringLiteral("copySeed")).isDouble())
        m_copySeed->setValue(std::clamp(s.value(QStringLiteral("copySeed")).toInt(), m_copySeed->minimum(), m_copySeed->maximum()));
    updateTaskRows();
}

} // namespace genlab::widgets::tuninglab
