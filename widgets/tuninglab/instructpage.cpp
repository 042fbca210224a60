#include "widgets/tuninglab/instructpage.h"

#include "engine/tuning/sft.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/textlab/tokenview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
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

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace genlab::widgets::tuninglab {

using services::Job;
using services::JobState;
namespace et = engine::tuning;

namespace {

const QColor kInstructResponseColor(255, 214, 102); // the tokens the loss counts
const QColor kInstructRightColor(198, 239, 206);
const QColor kInstructWrongColor(255, 205, 210);

enum InstructColumn { kInstructColInstruction, kInstructColExpected, kInstructColBefore, kInstructColAfter, kInstructColumns };

QString instructPercent(double fraction)
{
    return QStringLiteral("%1 %").arg(100.0 * fraction, 0, 'f', 1);
}

} // namespace

InstructPage::InstructPage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_device(device)
{
    const et::SftOptions defaults;
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Instruction tuning teaches a pretrained language model to follow instructions: it is "
                                "fine-tuned on (instruction, response) pairs with the loss counted only on the response. "
                                "The same held-out instructions, never seen in training, are answered before and after."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_model = form::addFolderRow(form, tr("Model"), QString(), QStringLiteral("sftModel"), tr("Choose a language model folder"));
    m_model->setPlaceholderText(tr("the shipped model (lm-shakespeare-bpe)"));
    m_model->setToolTip(tr("A language model folder (ours or a Hugging Face GPT-2); empty: the shipped model"));
    m_dataKind = new QComboBox(this);
    m_dataKind->setObjectName(QStringLiteral("sftDataKind"));
    m_dataKind->addItem(tr("Built-in instructions (repeat, reverse, first, last, count)"));
    m_dataKind->addItem(tr("My pairs (JSONL file)"));
    m_dataKind->setToolTip(tr("The built-in pairs are made from templates over common words; the held-out ones use "
                              "word combinations never trained on"));
    form->addRow(tr("Data"), m_dataKind);
    m_dataFile = form::addFileRow(form, tr("JSONL file"), QString(), QStringLiteral("sftDataFile"), tr("Choose instruction pairs"),
                                  tr("JSON lines (*.jsonl *.json);;All files (*)"));
    m_dataFile->setToolTip(tr("One {\"instruction\": \"...\", \"response\": \"...\"} object per line"));
    m_steps = form::spinBox(this, 1, 100000, defaults.steps, QStringLiteral("sftSteps"), 50);
    m_steps->setToolTip(tr("Optimizer steps (default %1)").arg(defaults.steps));
    form->addRow(tr("Steps"), m_steps);
    m_batch = form::spinBox(this, 1, 512, defaults.batch, QStringLiteral("sftBatch"));
    m_batch->setToolTip(tr("Pairs per step (default %1)").arg(defaults.batch));
    form->addRow(tr("Batch"), m_batch);
    m_learningRate = form::doubleSpinBox(this, form::kMinLearningRate, 0.1, defaults.learningRate, 5, 0.0005,
                                         QStringLiteral("sftLearningRate"));
    m_learningRate->setToolTip(tr("Peak learning rate, warmed up and then decayed along a cosine (default %1)")
                                   .arg(defaults.learningRate));
    form->addRow(tr("Learning rate"), m_learningRate);
    m_seed = form::spinBox(this, 0, std::numeric_limits<int>::max(), int(defaults.seed), QStringLiteral("sftSeed"));
    m_seed->setToolTip(tr("The built-in pairs, the held-out split and the batches"));
    form->addRow(tr("Seed"), m_seed);
    m_heldOut = form::spinBox(this, 1, 1000, defaults.heldOut, QStringLiteral("sftHeldOut"));
    m_heldOut->setToolTip(tr("Held-out instructions answered before and after tuning"));
    form->addRow(tr("Held out"), m_heldOut);
    top->addLayout(form, 1);

    auto *right = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(QStringLiteral("sftRun"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("sftStop"));
    m_saveButton = new QPushButton(tr("Save tuned model…"), this);
    m_saveButton->setObjectName(QStringLiteral("sftSave"));
    m_saveButton->setToolTip(tr("Save the tuned model as a model folder the Text lab opens"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    right->addLayout(buttons);
    m_status = new QLabel(tr("Ready."), this);
    m_status->setObjectName(QStringLiteral("sftStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_status);
    m_accuracy = new QLabel(this);
    m_accuracy->setObjectName(QStringLiteral("sftAccuracy"));
    QFont big = m_accuracy->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_accuracy->setFont(big);
    right->addWidget(m_accuracy);
    m_exampleCaption = new QLabel(tr("The loss mask on an example: grey tokens are the prompt (no loss), highlighted "
                                     "tokens the response the model learns to write."),
                                  this);
    m_exampleCaption->setWordWrap(true);
    right->addWidget(m_exampleCaption);
    m_example = new textlab::TokenView(this);
    m_example->setObjectName(QStringLiteral("sftExample"));
    m_example->setSelectable(false);
    m_example->setPlaceholder(tr("Run to see an example's tokens and its mask."));
    right->addWidget(m_example);
    right->addStretch(1);
    top->addLayout(right, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_plot = new QCustomPlot(splitter);
    m_plot->setObjectName(QStringLiteral("sftCurve"));
    m_plot->setMinimumHeight(220);
    m_plot->setMinimumWidth(320);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("training loss (response tokens)"));
    m_plot->graph(0)->setPen(QPen(QColor(70, 120, 200)));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("held-out loss"));
    m_plot->graph(1)->setPen(QPen(QColor(220, 100, 40), 2));
    m_plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss (nats per response token)"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 170));
    QFont legendFont = m_plot->legend->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_plot->legend->setFont(legendFont);
    splitter->addWidget(m_plot);

    m_table = new QTableWidget(0, kInstructColumns, splitter);
    m_table->setObjectName(QStringLiteral("sftAnswers"));
    m_table->setHorizontalHeaderLabels({tr("Held-out instruction"), tr("Expected"), tr("Before"), tr("After")});
    m_table->horizontalHeader()->setSectionResizeMode(kInstructColInstruction, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stopButton, &QPushButton::clicked, this, &InstructPage::stop);
    connect(m_saveButton, &QPushButton::clicked, this, &InstructPage::saveModel);
    connect(m_dataKind, &QComboBox::currentIndexChanged, this, &InstructPage::updateDataRow);
    updateDataRow();
    updateButtons();
}

InstructPage::~InstructPage() = default;

QJsonObject InstructPage::saveState() const
{
    return QJsonObject{{QStringLiteral("model"), m_model->text()},
                       {QStringLiteral("data"), m_dataKind->currentIndex() == 1 ? QStringLiteral("jsonl") : QStringLiteral("built-in")},
                       {QStringLiteral("dataFile"), m_dataFile->text()},
                       {QStringLiteral("steps"), m_steps->value()},
                       {QStringLiteral("batch"), m_batch->value()},
                       {QStringLiteral("learningRate"), m_learningRate->value()},
                       {QStringLiteral("seed"), m_seed->value()},
                       {QStringLiteral("heldOut"), m_heldOut->value()}};
}

void InstructPage::restoreState(const QJsonObject &state)
{
    if (state.contains(QStringLiteral("model")))
        m_model->setText(state.value(QStringLiteral("model")).toString());
    if (state.contains(QStringLiteral("data")))
        m_dataKind->setCurrentIndex(state.value(QStringLiteral("data")).toString() == QLatin1String("jsonl") ? 1 : 0);
    if (state.contains(QStringLiteral("dataFile")))
        m_dataFile->setText(state.value(QStringLiteral("dataFile")).toString());
    if (state.contains(QStringLiteral("steps")))
        m_steps->setValue(state.value(QStringLiteral("steps")).toInt(m_steps->value()));
    if (state.contains(QStringLiteral("batch")))
        m_batch->setValue(state.value(QStringLiteral("batch")).toInt(m_batch->value()));
    if (state.contains(QStringLiteral("learningRate")))
        m_learningRate->setValue(state.value(QStringLiteral("learningRate")).toDouble(m_learningRate->value()));
    if (state.contains(QStringLiteral("seed")))
        m_seed->setValue(state.value(QStringLiteral("seed")).toInt(m_seed->value()));
    if (state.contains(QStringLiteral("heldOut")))
        m_heldOut->setValue(state.value(QStringLiteral("heldOut")).toInt(m_heldOut->value()));
    updateDataRow();
}

services::SftRequest InstructPage::request() const
{
    services::SftRequest r;
    r.model = m_model->text().trimmed();
    r.dataFile = m_dataKind->currentIndex() == 1 ? m_dataFile->text().trimmed() : QString();
    r.steps = m_steps->value();
    r.batch = m_batch->value();
    r.learningRate = m_learningRate->value();
    r.seed = quint64(m_seed->value());
    r.heldOut = m_heldOut->value();
    return r;
}

Job *InstructPage::run()
{
    if (m_job && !m_job->isFinished())
        return m_job;
    const services::SftRequest r = request();
    if (m_dataKind->currentIndex() == 1) {
        if (r.dataFile.isEmpty()) {
            m_status->setText(tr("Choose a JSONL file of instruction pairs, or use the built-in set."));
            return nullptr;
        }
        const QString problem = services::sftDataProblem(r.dataFile);
        if (!problem.isEmpty()) {
            m_status->setText(tr("The data cannot be used: %1").arg(problem));
            return nullptr;
        }
    }
    clearResults();
    // The held-out instructions are known before the model answers them: the split is made from
    // the seed alone (a few thousand strings), so the table shows what will be asked at once.
    try {
        et::SftOptions o;
        o.seed = r.seed;
        o.heldOut = r.heldOut;
        if (!r.dataFile.isEmpty())
            o.pairs = et::readInstructionsJsonl(QDir::toNativeSeparators(r.dataFile).toStdString());
        const et::InstructionSplit split = et::sftSplit(o);
        m_table->setRowCount(int(split.heldOut.size()));
        for (int i = 0; i < int(split.heldOut.size()); ++i) {
            const et::InstructionPair &p = split.heldOut[std::size_t(i)];
            m_expected.push_back(et::trimmedAnswer(p.response));
            m_table->setItem(i, kInstructColInstruction, new QTableWidgetItem(QString::fromStdString(p.instruction)));
            m_table->setItem(i, kInstructColExpected, new QTableWidgetItem(QString::fromStdString(m_expected.back())));
        }
        m_table->resizeColumnToContents(kInstructColExpected);
    } catch (const std::exception &e) {
        m_status->setText(tr("The data cannot be used: %1").arg(QString::fromStdString(e.what())));
        return nullptr;
    }
    m_job = services::submitSft(m_jobs, r, m_device);
    m_status->setText(tr("Queued…"));
    connect(m_job, &Job::partialResult, this, &InstructPage::onPartial);
    connect(m_job, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_status->setText(tr("%1 % — %2").arg(qRound(100.0 * fraction)).arg(stage));
    });
    connect(m_job, &Job::finished, this, &InstructPage::onFinished);
    updateButtons();
    return m_job;
}

void InstructPage::stop()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void InstructPage::saveModel()
{
    if (!m_outcome.tuned)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the tuned model in a folder"));
    if (folder.isEmpty())
        return;
    m_saveJob = services::submitSaveTunedModel(m_jobs, m_outcome.tuned, folder, m_outcome.request);
    connect(m_saveJob, &Job::finished, this, [this, folder](JobState state, const QString &message) {
        m_status->setText(state == JobState::Succeeded ? tr("The tuned model is saved in %1.").arg(QDir::toNativeSeparators(folder))
                                                       : tr("The model was not saved: %1").arg(message));
    });
}

void InstructPage::clearResults()
{
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->replot();
    m_table->setRowCount(0);
    m_accuracy->clear();
    m_expected.clear();
}

void InstructPage::showExample(const std::vector<et::MaskedToken> &tokens)
{
    QList<textlab::TokenCell> cells;
    for (const et::MaskedToken &t : tokens) {
        textlab::TokenCell c;
        c.text = QString::fromStdString(t.text);
        c.muted = t.weight <= 0;
        if (!c.muted)
            c.background = kInstructResponseColor;
        c.toolTip = c.muted ? tr("prompt token %1: weight 0, no loss").arg(t.id)
                            : tr("response token %1: weight %2, the loss counts").arg(t.id).arg(double(t.weight));
        cells << c;
    }
    m_example->setTokens(cells);
}

void InstructPage::setAnswers(const QString &phase, const std::vector<std::string> &answers)
{
    const int column = phase == QLatin1String("after") ? kInstructColAfter : kInstructColBefore;
    if (m_table->rowCount() < int(answers.size()))
        m_table->setRowCount(int(answers.size()));
    for (int i = 0; i < int(answers.size()); ++i) {
        const QString answer = QString::fromStdString(answers[std::size_t(i)]);
        const bool known = i < int(m_expected.size());
        const bool right = known && et::sameAnswer(answers[std::size_t(i)], m_expected[std::size_t(i)]);
        auto *item = new QTableWidgetItem((known ? (right ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) : QString()) +
                                          (answer.isEmpty() ? tr("(nothing)") : answer));
        if (known)
            item->setBackground(right ? kInstructRightColor : kInstructWrongColor);
        m_table->setItem(i, column, item);
    }
}

void InstructPage::onPartial(const engine::Partial &partial)
{
    if (auto point = et::SftCurvePoint::decode(partial)) {
        if (point->trainLoss >= 0)
            m_plot->graph(0)->addData(double(point->step), point->trainLoss);
        if (point->heldOutLoss >= 0)
            m_plot->graph(1)->addData(double(point->step), point->heldOutLoss);
        m_plot->rescaleAxes();
        m_plot->yAxis->setRangeLower(0);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (auto example = et::SftExampleEvent::decode(partial)) {
        showExample(example->tokens);
        m_exampleCaption->setText(tr("The loss mask on a training example (\"%1\" → \"%2\"): grey tokens are the prompt "
                                     "(weight 0, no loss), highlighted tokens the response and its end of line (weight 1).")
                                      .arg(QString::fromStdString(example->instruction), QString::fromStdString(example->response)));
    } else if (auto answers = et::SftAnswersEvent::decode(partial)) {
        setAnswers(QString::fromStdString(answers->phase), answers->answers);
        if (answers->phase == "before")
            m_accuracy->setText(tr("Accuracy before: %1").arg(instructPercent(answers->accuracy)));
    }
}

void InstructPage::fillTable(const services::SftOutcome &outcome)
{
    const auto &answers = outcome.result.answers;
    m_expected.clear();
    m_table->setRowCount(int(answers.size()));
    for (int i = 0; i < int(answers.size()); ++i) {
        const et::SftAnswer &a = answers[std::size_t(i)];
        m_expected.push_back(a.expected);
        m_table->setItem(i, kInstructColInstruction, new QTableWidgetItem(QString::fromStdString(a.instruction)));
        m_table->setItem(i, kInstructColExpected, new QTableWidgetItem(QString::fromStdString(a.expected)));
    }
    std::vector<std::string> before, after;
    for (const et::SftAnswer &a : answers) {
        before.push_back(a.before);
        after.push_back(a.after);
    }
    setAnswers(QStringLiteral("before"), before);
    setAnswers(QStringLiteral("after"), after);
    m_table->resizeColumnToContents(kInstructColExpected);
    m_table->resizeColumnToContents(kInstructColBefore);
    m_table->resizeColumnToContents(kInstructColAfter);
}

void InstructPage::onFinished(JobState state, const QString &message)
{
    if (state == JobState::Succeeded && m_job) {
        m_outcome = m_job->resultAs<services::SftOutcome>();
        const et::SftResult &r = m_outcome.result;
        fillTable(m_outcome);
        showExample(r.example);
        m_accuracy->setText(tr("Accuracy %1 → %2").arg(instructPercent(r.beforeAccuracy), instructPercent(r.afterAccuracy)));
        m_status->setText(tr("Done in %1 s: %2 steps on %3 training pairs; held-out response loss %4 → %5.")
                              .arg(r.seconds, 0, 'f', 1)
                              .arg(r.steps)
                              .arg(r.trainPairs)
                              .arg(r.heldOutLossBefore, 0, 'f', 3)
                              .arg(r.heldOutLossAfter, 0, 'f', 3));
    } else if (state == JobState::Canceled) {
        m_status->setText(tr("Stopped."));
    } else {
        m_status->setText(tr("The run failed: %1").arg(message));
    }
    updateButtons();
}

void InstructPage::updateDataRow()
{
    m_dataFile->setEnabled(m_dataKind->currentIndex() == 1);
}

void InstructPage::updateButtons()
{
    const bool running = m_job && !m_job->isFinished();
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_saveButton->setEnabled(!running && m_outcome.tuned != nullptr);
}

} // namespace genlab::widgets::tuninglab
