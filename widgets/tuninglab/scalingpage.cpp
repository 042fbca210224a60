#include "widgets/tuninglab/scalingpage.h"

#include "engine/tuning/scaling.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/qcustomplot_include.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace genlab::widgets::tuninglab {

using services::Job;
namespace et = engine::tuning;

namespace {

const QColor kScalingPointColor(40, 90, 180);
const QColor kScalingFitColor(220, 100, 40);
const QColor kScalingPredictionColor(30, 150, 70);

QColor scalingRunColor(int index, int count)
{
    return QColor::fromHsvF(0.62 - 0.55 * double(index) / double(std::max(1, count - 1)), 0.75, 0.8);
}

void scalingLogAxes(QCustomPlot *plot, const QString &xLabel, const QString &yLabel)
{
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(2);
    }
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 170));
    plot->setMinimumHeight(240);
}

} // namespace

ScalingPage::ScalingPage(services::JobManager *jobs, const engine::ResolvedDevice &, QWidget *parent)
    : QWidget(parent), m_service(std::make_unique<services::ScalingJobs>(jobs))
{
    const et::ScalingOptions defaults;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pretraining and scale: the same small GPT at several widths, each trained on the corpus as "
                                "its own training job. Their final held-out losses against their parameters on log-log axes "
                                "fall on a line when loss follows a power law, loss ≈ a · N^e; its slope e says how much a "
                                "bigger model buys, and the line predicts the next size up. Compute is counted as "
                                "6 × parameters × training tokens."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_data = form::addFileRow(form, tr("Corpus"), QString(), QStringLiteral("scalingData"), tr("Choose a text file"),
                              tr("Text files (*.txt);;All files (*)"));
    m_data->setPlaceholderText(tr("tiny Shakespeare (without it: the studio's help pages)"));
    m_data->setToolTip(tr("A UTF-8 text file, read with the shipped model's BPE vocabulary; its last 10 % is held out"));
    QStringList widths;
    for (int w : defaults.widths)
        widths << QString::number(w);
    m_sizes = new QLineEdit(widths.join(QStringLiteral(", ")), this);
    m_sizes->setObjectName(QStringLiteral("scalingSizes"));
    m_sizes->setToolTip(tr("The embedding widths, 2 to 12 of them, each 8..1024 (heads: one per 16 of width)"));
    form->addRow(tr("Widths"), m_sizes);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("scalingMode"));
    m_mode->addItem(tr("The same tokens for every size"));
    m_mode->addItem(tr("The same compute for every size"));
    m_mode->setToolTip(tr("The same compute gives the smaller sizes more steps; at the budgets a CPU affords in minutes "
                          "that favours the small ones: the loss rises with size"));
    form->addRow(tr("Each size gets"), m_mode);
    m_tokens = form::spinBox(this, 1024, 100000000, int(defaults.tokens), QStringLiteral("scalingTokens"), 8192);
    m_tokens->setToolTip(tr("Training tokens per size (steps × %1 windows × %2 tokens)").arg(defaults.batchSize).arg(defaults.contextLength));
    form->addRow(tr("Tokens"), m_tokens);
    m_budget = new QLineEdit(QStringLiteral("3e10"), this);
    m_budget->setObjectName(QStringLiteral("scalingBudget"));
    m_budget->setToolTip(tr("FLOPs per size, 6 × parameters × tokens, e.g. 3e10"));
    form->addRow(tr("Budget (FLOPs)"), m_budget);
    m_layers = form::spinBox(this, 1, 12, defaults.layers, QStringLiteral("scalingLayers"));
    m_layers->setToolTip(tr("Transformer blocks of every size (default %1)").arg(defaults.layers));
    form->addRow(tr("Layers"), m_layers);
    m_seed = form::spinBox(this, 0, std::numeric_limits<int>::max(), int(defaults.seed), QStringLiteral("scalingSeed"));
    m_seed->setToolTip(tr("The weights and the batches of every size"));
    form->addRow(tr("Seed"), m_seed);
    top->addLayout(form, 1);

    auto *right = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("scalingRun"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("scalingStop"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    right->addLayout(buttons);
    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("scalingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    m_exponent = new QLabel(this);
    m_exponent->setObjectName(QStringLiteral("scalingExponent"));
    m_exponent->setWordWrap(true);
    QFont big = m_exponent->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_exponent->setFont(big);
    right->addWidget(m_exponent);
    m_runs = new QListWidget(this);
    m_runs->setObjectName(QStringLiteral("scalingRuns"));
    right->addWidget(m_runs, 1);
    top->addLayout(right, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_byParameters = new QCustomPlot(splitter);
    m_byParameters->setObjectName(QStringLiteral("scalingByParameters"));
    scalingLogAxes(m_byParameters, tr("parameters N"), tr("final held-out loss (nats/token)"));
    m_byCompute = new QCustomPlot(splitter);
    m_byCompute->setObjectName(QStringLiteral("scalingByCompute"));
    scalingLogAxes(m_byCompute, tr("compute C (FLOPs)"), tr("held-out loss (nats/token)"));
    splitter->addWidget(m_byParameters);
    splitter->addWidget(m_byCompute);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &ScalingPage::stop);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScalingPage::updateModeRows);
    connect(m_service.get(), &services::ScalingJobs::runStarted, this, &ScalingPage::onRunStarted);
    connect(m_service.get(), &services::ScalingJobs::runFinished, this, &ScalingPage::onRunFinished);
    connect(m_service.get(), &services::ScalingJobs::finished, this, &ScalingPage::onFinished);
    connect(m_service.get(), &services::ScalingJobs::failed, this, &ScalingPage::onFailed);
    clearPlots();
    updateModeRows();
    updateButtons();
}

ScalingPage::~ScalingPage()
{
    m_service->disconnect(this);
}

QJsonObject ScalingPage::saveState() const
{
    return QJsonObject{{QStringLiteral("data"), m_data->text()},
                       {QStringLiteral("sizes"), m_sizes->text()},
                       {QStringLiteral("mode"), m_mode->currentIndex() == 1 ? QStringLiteral("compute") : QStringLiteral("tokens")},
                       {QStringLiteral("tokens"), m_tokens->value()},
                       {QStringLiteral("budget"), m_budget->text()},
                       {QStringLiteral("layers"), m_layers->value()},
                       {QStringLiteral("seed"), m_seed->value()}};
}

void ScalingPage::restoreState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("data")))
        m_data->setText(state.value(QStringLiteral("data")).toString());
    if (state.contains(QStringLiteral("sizes")))
        m_sizes->setText(state.value(QStringLiteral("sizes")).toString());
    if (state.contains(QStringLiteral("mode")))
        m_mode->setCurrentIndex(state.value(QStringLiteral("mode")).toString() == QLatin1String("compute") ? 1 : 0);
    if (state.contains(QStringLiteral("tokens")))
        m_tokens->setValue(state.value(QStringLiteral("tokens")).toInt(m_tokens->value()));
    if (state.contains(QStringLiteral("budget")))
        m_budget->setText(state.value(QStringLiteral("budget")).toString());
    if (state.contains(QStringLiteral("layers")))
        m_layers->setValue(state.value(QStringLiteral("layers")).toInt(m_layers->value()));
    if (state.contains(QStringLiteral("seed")))
        m_seed->setValue(state.value(QStringLiteral("seed")).toInt(m_seed->value()));
    updateModeRows();
}

bool ScalingPage::isRunning() const
{
    return m_service->isRunning();
}

services::ScalingRequest ScalingPage::request(QString *problem) const
{
    services::ScalingRequest r;
    et::ScalingOptions &o = r.options;
    const QString data = m_data->text().trimmed();
    if (!data.isEmpty())
        o.dataPath = QDir::toNativeSeparators(data).toStdString();
    o.widths.clear();
    for (const QString &part : m_sizes->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int w = part.toInt(&ok);
        if (!ok) {
            *problem = tr("The widths must be whole numbers separated by commas (got '%1').").arg(part);
            return r;
        }
        o.widths.push_back(w);
    }
    if (m_mode->currentIndex() == 1) {
        bool ok = false;
        o.budget = m_budget->text().trimmed().toDouble(&ok);
        if (!ok || !(o.budget > 0)) {
            *problem = tr("The budget must be a positive number of FLOPs, e.g. 3e10 (got '%1').").arg(m_budget->text());
            return r;
        }
    } else {
        o.budget = 0;
        o.tokens = m_tokens->value();
    }
    o.layers = m_layers->value();
    o.seed = quint64(m_seed->value());
    return r;
}

bool ScalingPage::run()
{
    if (isRunning())
        return false;
    QString problem;
    const services::ScalingRequest r = request(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    const QString data = m_data->text().trimmed();
    if (!data.isEmpty() && !QFileInfo(data).isFile()) {
        m_status->setText(tr("The corpus must be a text file: %1 is not one.").arg(data));
        return false;
    }
    QString error;
    m_plans = m_service->start(r, &error);
    if (m_plans.empty()) {
        m_status->setText(tr("The experiment cannot start: %1").arg(error));
        return false;
    }
    clearPlots();
    m_runs->clear();
    m_exponent->clear();
    const int count = int(m_plans.size());
    for (const et::ScalingPlan &plan : m_plans) {
        m_runs->addItem(tr("Width %1: %2 parameters, %3 steps, %4 FLOPs — queued")
                            .arg(plan.width)
                            .arg(QLocale().toString(qlonglong(plan.parameters)))
                            .arg(plan.steps)
                            .arg(plan.compute, 0, 'g', 3));
        QCPGraph *g = m_byCompute->addGraph();
        g->setName(tr("width %1").arg(plan.width));
        g->setPen(QPen(scalingRunColor(plan.index, count), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        if (Job *job = m_service->jobAt(plan.index)) {
            const int index = plan.index;
            connect(job, &Job::partialResult, this, [this, index](const engine::Partial &p) { onPartial(index, p); });
            connect(job, &Job::progressChanged, this, [this, index](double fraction, const QString &) {
                if (index < m_runs->count() && index < int(m_plans.size()))
                    m_runs->item(index)->setText(tr("Width %1: %2 parameters, %3 steps — running, %4 %")
                                                     .arg(m_plans[std::size_t(index)].width)
                                                     .arg(QLocale().toString(qlonglong(m_plans[std::size_t(index)].parameters)))
                                                     .arg(m_plans[std::size_t(index)].steps)
                                                     .arg(qRound(100.0 * fraction)));
            });
        }
    }
    m_status->setText(tr("%1 sizes queued as training jobs.").arg(count));
    updateButtons();
    return true;
}

void ScalingPage::stop()
{
    m_service->stop();
    updateButtons();
}

void ScalingPage::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
}

void ScalingPage::updateModeRows()
{
    const bool compute = m_mode->currentIndex() == 1;
    m_tokens->setEnabled(!compute);
    m_budget->setEnabled(compute);
}

void ScalingPage::clearPlots()
{
    m_byParameters->clearGraphs();
    QCPGraph *points = m_byParameters->addGraph();
    points->setName(tr("final loss of each size"));
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(kScalingPointColor), QBrush(kScalingPointColor), 8));
    QCPGraph *fit = m_byParameters->addGraph();
    fit->setName(tr("power-law fit"));
    fit->setPen(QPen(kScalingFitColor, 2, Qt::DashLine));
    QCPGraph *prediction = m_byParameters->addGraph();
    prediction->setName(tr("prediction, next size"));
    prediction->setLineStyle(QCPGraph::lsNone);
    prediction->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kScalingPredictionColor, 2), Qt::NoBrush, 11));
    m_byCompute->clearGraphs();
    m_byParameters->replot();
    m_byCompute->replot();
}

void ScalingPage::onPartial(int index, const engine::Partial &partial)
{
    const auto point = et::ScalingPoint::decode(partial);
    if (!point || index >= m_byCompute->graphCount())
        return;
    if (point->compute > 0 && point->loss > 0) {
        m_byCompute->graph(index)->addData(point->compute, point->loss);
        m_byCompute->rescaleAxes();
        m_byCompute->replot(QCustomPlot::rpQueuedReplot);
    }
}

void ScalingPage::onRunStarted(int index)
{
    if (index < m_runs->count() && index < int(m_plans.size()))
        m_runs->item(index)->setText(tr("Width %1: %2 parameters, %3 steps — running")
                                         .arg(m_plans[std::size_t(index)].width)
                                         .arg(QLocale().toString(qlonglong(m_plans[std::size_t(index)].parameters)))
                                         .arg(m_plans[std::size_t(index)].steps));
}

void ScalingPage::onRunFinished(int index, const services::ScalingRunOutcome &outcome)
{
    const et::ScalingRun &run = outcome.run;
    if (index < m_runs->count())
        m_runs->item(index)->setText(tr("Width %1: %2 parameters, %3 steps — loss %4 (%5 s)")
                                         .arg(run.width)
                                         .arg(QLocale().toString(qlonglong(run.parameters)))
                                         .arg(run.steps)
                                         .arg(run.loss, 0, 'f', 4)
                                         .arg(run.seconds, 0, 'f', 1));
    m_byParameters->graph(0)->addData(double(run.parameters), run.loss);
    m_byParameters->rescaleAxes();
    m_byParameters->replot(QCustomPlot::rpQueuedReplot);
}

void ScalingPage::drawFit(const et::ScalingResult &r)
{
    QCPGraph *points = m_byParameters->graph(0);
    points->data()->clear();
    for (const et::ScalingRun &run : r.runs)
        points->addData(double(run.parameters), run.loss);
    QCPGraph *fit = m_byParameters->graph(1);
    fit->data()->clear();
    const double lo = double(r.runs.front().parameters) * 0.8;
    const double hi = double(std::max(r.next.parameters, r.runs.back().parameters)) * 1.2;
    for (int i = 0; i <= 20; ++i) {
        const double n = lo * std::pow(hi / lo, double(i) / 20);
        fit->addData(n, r.fit.predict(n));
    }
    QCPGraph *prediction = m_byParameters->graph(2);
    prediction->data()->clear();
    if (r.next.parameters > 0)
        prediction->addData(double(r.next.parameters), r.next.loss);
    m_byParameters->rescaleAxes();
    m_byParameters->replot();
}

void ScalingPage::onFinished(const services::ScalingOutcome &outcome)
{
    m_outcome = outcome;
    const et::ScalingResult &r = outcome.result;
    drawFit(r);
    m_exponent->setText(tr("loss ≈ %1 · N^%2 (r² %3)").arg(r.fit.a, 0, 'f', 3).arg(r.fit.exponent, 0, 'f', 3).arg(r.fit.r2, 0, 'f', 3));
    const QString verdict = r.fit.exponent < 0 ? tr("Bigger is better here: each doubling of N multiplies the loss by %1.")
                                                     .arg(std::pow(2.0, r.fit.exponent), 0, 'f', 3)
                                               : tr("Bigger is not better here: at this budget the smaller sizes win.");
    m_status->setText(tr("Done: %1 sizes in %2 s of training. %3 The next size up, width %4 (%5 parameters), is predicted "
                         "to reach %6.")
                          .arg(r.runs.size())
                          .arg(r.seconds, 0, 'f', 0)
                          .arg(verdict)
                          .arg(r.next.width)
                          .arg(QLocale().toString(qlonglong(r.next.parameters)))
                          .arg(r.next.loss, 0, 'f', 4));
    updateButtons();
}

void ScalingPage::onFailed(const QString &message)
{
    m_status->setText(tr("The experiment ended without a fit: %1").arg(message));
    updateButtons();
}

} // namespace genlab::widgets::tuninglab
