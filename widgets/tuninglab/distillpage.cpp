#include "widgets/tuninglab/distillpage.h"

#include "engine/tuning/distillation.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/qcustomplot_include.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace genlab::widgets::tuninglab {

using services::Job;
using services::JobState;
namespace et = engine::tuning;

namespace {

const QColor kDistillStudentColor(200, 80, 40);  // the distilled student
const QColor kDistillDataOnlyColor(60, 110, 200); // the data-only student

enum DistillColumn {
    kDistillColModel,
    kDistillColPerplexity,
    kDistillColAgreement,
    kDistillColParameters,
    kDistillColBytes,
    kDistillColSpeed,
    kDistillColumns
};

QString distillBytes(std::int64_t bytes)
{
    return bytes >= (1 << 20) ? QStringLiteral("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 2)
                              : QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 0);
}

} // namespace

DistillPage::DistillPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent)
    : QWidget(parent), m_service(std::make_unique<services::DistillJobs>(jobs, device))
{
    const et::DistillOptions defaults;
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Knowledge distillation: a small student learns from a larger teacher's softened "
                                "next-token distributions (temperature T) instead of the data's one right token alone. "
                                "A second student of the same size, from the same seed and on the same batches, learns "
                                "from the data alone; both are scored on the corpus' held-out tail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_teacher = form::addFolderRow(form, tr("Teacher"), QString(), QStringLiteral("distillTeacher"),
                                   tr("Choose the teacher's model folder"));
    m_teacher->setPlaceholderText(tr("the shipped model (lm-shakespeare-bpe, 4 layers, 128 wide)"));
    m_teacher->setToolTip(tr("A language model folder (ours or a Hugging Face GPT-2); its tokenizer reads the corpus"));
    m_data = form::addFileRow(form, tr("Corpus"), QString(), QStringLiteral("distillData"), tr("Choose a text file"),
                              tr("Text files (*.txt);;All files (*)"));
    m_data->setPlaceholderText(tr("tiny Shakespeare (without it: the studio's help pages)"));
    m_data->setToolTip(tr("A UTF-8 text file; its last %1 % is held out for the scores").arg(qRound(100 * defaults.heldOutFraction)));
    m_layers = form::spinBox(this, 1, 12, defaults.studentLayers, QStringLiteral("distillStudentLayers"));
    m_layers->setToolTip(tr("The students' transformer blocks (default %1)").arg(defaults.studentLayers));
    form->addRow(tr("Student layers"), m_layers);
    m_width = form::spinBox(this, 8, 1024, defaults.studentWidth, QStringLiteral("distillStudentWidth"), defaults.studentHeads);
    m_width->setToolTip(tr("The students' width, a multiple of %1 (default %2)").arg(defaults.studentHeads).arg(defaults.studentWidth));
    form->addRow(tr("Student width"), m_width);
    m_temperature = form::doubleSpinBox(this, 0.1, 20, defaults.temperature, 2, 0.5, QStringLiteral("distillTemperature"));
    m_temperature->setToolTip(tr("T: both distributions are softened by dividing the logits by T before they are compared "
                                 "(default %1)").arg(defaults.temperature));
    form->addRow(tr("Temperature T"), m_temperature);
    m_alpha = form::doubleSpinBox(this, 0, 1, defaults.alpha, 2, 0.1, QStringLiteral("distillAlpha"));
    m_alpha->setToolTip(tr("The weight of the teacher's targets; 1 - alpha goes to the data (default %1)").arg(defaults.alpha));
    form->addRow(tr("Alpha"), m_alpha);
    m_steps = form::spinBox(this, 1, 100000, defaults.steps, QStringLiteral("distillSteps"), 50);
    m_steps->setToolTip(tr("Optimizer steps of each student, %1 windows of %2 tokens each (default %3)")
                            .arg(defaults.batchSize)
                            .arg(defaults.windowTokens)
                            .arg(defaults.steps));
    form->addRow(tr("Steps"), m_steps);
    m_seed = form::spinBox(this, 0, std::numeric_limits<int>::max(), int(defaults.seed), QStringLiteral("distillSeed"));
    m_seed->setToolTip(tr("The students' initial weights (the same for both) and the batches"));
    form->addRow(tr("Seed"), m_seed);
    top->addLayout(form, 1);

    auto *right = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("distillRun"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("distillStop"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    right->addLayout(buttons);
    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("distillStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("distillVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_verdict->setFont(big);
    right->addWidget(m_verdict);
    right->addStretch(1);
    top->addLayout(right, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_plot = new QCustomPlot(splitter);
    m_plot->setObjectName(QStringLiteral("distillCurves"));
    m_plot->setMinimumHeight(220);
    const QString names[] = {tr("distilled: training loss on the data"), tr("data only: training loss"),
                             tr("distilled: held-out loss"), tr("data only: held-out loss")};
    for (int i = 0; i < 4; ++i) {
        m_plot->addGraph();
        const QColor color = i % 2 == 0 ? kDistillStudentColor : kDistillDataOnlyColor;
        QPen pen(i < 2 ? color.lighter(140) : color, i < 2 ? 1 : 2);
        m_plot->graph(i)->setPen(pen);
        m_plot->graph(i)->setName(names[i]);
        if (i >= 2)
            m_plot->graph(i)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    }
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (nats per token)"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 170));
    splitter->addWidget(m_plot);

    m_table = new QTableWidget(0, kDistillColumns, splitter);
    m_table->setObjectName(QStringLiteral("distillTable"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Held-out perplexity"), tr("Agreement with the teacher"),
                                        tr("Parameters"), tr("Size"), tr("Tokens/s")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(120);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &DistillPage::stop);
    updateButtons();
}

DistillPage::~DistillPage() = default;

QJsonObject DistillPage::saveState() const
{
    return QJsonObject{{QStringLiteral("teacher"), m_teacher->text()},
                       {QStringLiteral("data"), m_data->text()},
                       {QStringLiteral("studentLayers"), m_layers->value()},
                       {QStringLiteral("studentWidth"), m_width->value()},
                       {QStringLiteral("temperature"), m_temperature->value()},
                       {QStringLiteral("alpha"), m_alpha->value()},
                       {QStringLiteral("steps"), m_steps->value()},
                       {QStringLiteral("seed"), m_seed->value()}};
}

void DistillPage::restoreState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("teacher")))
        m_teacher->setText(state.value(QStringLiteral("teacher")).toString());
    if (state.contains(QStringLiteral("data")))
        m_data->setText(state.value(QStringLiteral("data")).toString());
    if (state.contains(QStringLiteral("studentLayers")))
        m_layers->setValue(state.value(QStringLiteral("studentLayers")).toInt(m_layers->value()));
    if (state.contains(QStringLiteral("studentWidth")))
        m_width->setValue(state.value(QStringLiteral("studentWidth")).toInt(m_width->value()));
    if (state.contains(QStringLiteral("temperature")))
        m_temperature->setValue(state.value(QStringLiteral("temperature")).toDouble(m_temperature->value()));
    if (state.contains(QStringLiteral("alpha")))
        m_alpha->setValue(state.value(QStringLiteral("alpha")).toDouble(m_alpha->value()));
    if (state.contains(QStringLiteral("steps")))
        m_steps->setValue(state.value(QStringLiteral("steps")).toInt(m_steps->value()));
    if (state.contains(QStringLiteral("seed")))
        m_seed->setValue(state.value(QStringLiteral("seed")).toInt(m_seed->value()));
}

services::DistillRequest DistillPage::request() const
{
    services::DistillRequest r;
    r.teacher = m_teacher->text().trimmed();
    const QString data = m_data->text().trimmed();
    if (!data.isEmpty())
        r.options.dataPath = QDir::toNativeSeparators(data).toStdString();
    r.options.studentLayers = m_layers->value();
    r.options.studentWidth = m_width->value();
    r.options.temperature = m_temperature->value();
    r.options.alpha = m_alpha->value();
    r.options.steps = m_steps->value();
    r.options.seed = quint64(m_seed->value());
    return r;
}

Job *DistillPage::run()
{
    if (m_job && !m_job->isFinished())
        return m_job;
    const services::DistillRequest r = request();
    if (!r.teacher.isEmpty() && !QFileInfo(r.teacher).isDir()) {
        m_status->setText(tr("The teacher must be a model folder: %1 is not one.").arg(r.teacher));
        return nullptr;
    }
    const QString data = m_data->text().trimmed();
    if (!data.isEmpty() && !QFileInfo(data).isFile()) {
        m_status->setText(tr("The corpus must be a text file: %1 is not one.").arg(data));
        return nullptr;
    }
    if (data.isEmpty() && services::DistillJobs::defaultCorpus().isEmpty()) {
        m_status->setText(tr("The default corpus (tiny Shakespeare) was not found: choose a text file."));
        return nullptr;
    }
    try {
        et::DistillOptions check = r.options;
        if (check.dataPath.empty())
            check.dataPath = "default";
        et::validate(check);
    } catch (const std::exception &e) {
        m_status->setText(tr("The settings cannot be used: %1").arg(QString::fromStdString(e.what())));
        return nullptr;
    }
    clearResults();
    m_job = m_service->distill(r);
    m_status->setText(tr("Queued…"));
    connect(m_job, &Job::partialResult, this, &DistillPage::onPartial);
    connect(m_job, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_status->setText(tr("%1 % — %2").arg(qRound(100.0 * fraction)).arg(stage));
    });
    connect(m_job, &Job::finished, this, &DistillPage::onFinished);
    updateButtons();
    return m_job;
}

void DistillPage::stop()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void DistillPage::updateButtons()
{
    const bool running = m_job && !m_job->isFinished();
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
}

void DistillPage::clearResults()
{
    for (int i = 0; i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->data()->clear();
    m_plot->replot();
    m_table->setRowCount(0);
    m_verdict->clear();
}

void DistillPage::onPartial(const engine::Partial &partial)
{
    const auto p = et::DistillProgress::decode(partial);
    if (!p)
        return;
    const int series = p->distilled ? 0 : 1;
    m_plot->graph(series)->addData(double(p->step), p->dataLoss);
    if (p->heldOutLoss)
        m_plot->graph(series + 2)->addData(double(p->step), *p->heldOutLoss);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void DistillPage::fillTable(const et::DistillResult &r)
{
    const et::DistillFigures *rows[] = {&r.teacher, &r.distilled, &r.dataOnly};
    const QString names[] = {tr("Teacher (%1 layers × %2)").arg(r.teacher.layers).arg(r.teacher.width),
                             tr("Distilled student (%1 × %2)").arg(r.distilled.layers).arg(r.distilled.width),
                             tr("Data-only student (%1 × %2)").arg(r.dataOnly.layers).arg(r.dataOnly.width)};
    m_table->setRowCount(3);
    for (int i = 0; i < 3; ++i) {
        const et::DistillFigures &f = *rows[i];
        const QString cells[] = {names[i],
                                 QString::number(f.perplexity, 'f', 1),
                                 QStringLiteral("%1 %").arg(100.0 * f.agreement, 0, 'f', 1),
                                 QLocale().toString(qlonglong(f.parameters)),
                                 distillBytes(f.bytes),
                                 QString::number(f.tokensPerSecond, 'f', 0)};
        for (int c = 0; c < kDistillColumns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i > 0)
                item->setForeground(i == 1 ? kDistillStudentColor : kDistillDataOnlyColor);
            m_table->setItem(i, c, item);
        }
    }
}

void DistillPage::onFinished(JobState state, const QString &message)
{
    if (state == JobState::Succeeded && m_job) {
        m_outcome = m_job->resultAs<services::DistillOutcome>();
        const et::DistillResult &r = m_outcome.result;
        fillTable(r);
        const bool better = r.distilled.perplexity < r.dataOnly.perplexity;
        m_verdict->setText(better ? tr("The distilled student wins: perplexity %1 against %2 on the data alone.")
                                        .arg(r.distilled.perplexity, 0, 'f', 1)
                                        .arg(r.dataOnly.perplexity, 0, 'f', 1)
                                  : tr("The data-only student did as well: perplexity %1 against %2 distilled.")
                                        .arg(r.dataOnly.perplexity, 0, 'f', 1)
                                        .arg(r.distilled.perplexity, 0, 'f', 1));
        m_status->setText(tr("Done in %1 s: %2 steps per student, T %3, alpha %4; %5 held-out tokens.")
                              .arg(r.seconds, 0, 'f', 1)
                              .arg(r.steps)
                              .arg(r.temperature)
                              .arg(r.alpha)
                              .arg(r.heldOutTokens));
    } else if (state == JobState::Canceled) {
        m_status->setText(tr("Stopped."));
    } else {
        m_status->setText(tr("The run failed: %1").arg(message));
    }
    updateButtons();
}

} // namespace genlab::widgets::tuninglab
