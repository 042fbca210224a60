#include "widgets/textlab/trainingpanel.h"

#include "services/job.h"
#include "widgets/components/trainingmonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

namespace {

struct SizePreset
{
    const char *name;
    int layers, heads, embed;
};

// Sizes that train in minutes on a laptop CPU.
const SizePreset kSizes[] = {
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Tiny: 2 layers, 64 wide (~0.1 M)"), 2, 2, 64},
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Small: 4 layers, 128 wide (~0.8 M)"), 4, 4, 128},
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Medium: 6 layers, 192 wide (~2.7 M)"), 6, 6, 192},
};

QString defaultOutDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/genlab");
    return QDir(base).filePath(QStringLiteral("models/lm-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

} // namespace

TrainingPanel::TrainingPanel(TextService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_data = new QLineEdit(left);
    m_data->setObjectName(QStringLiteral("trainDataEdit"));
    m_data->setPlaceholderText(tr("a text file"));
    auto *browseData = new QPushButton(tr("…"), left);
    browseData->setMaximumWidth(32);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_data, 1);
    dataRow->addWidget(browseData);
    form->addRow(tr("Text"), dataRow);
    m_out = new QLineEdit(defaultOutDir(), left);
    m_out->setObjectName(QStringLiteral("trainOutEdit"));
    m_out->setToolTip(tr("Checkpoints go here; training resumes from it when it already holds one of the same shape."));
    auto *browseOut = new QPushButton(tr("…"), left);
    browseOut->setMaximumWidth(32);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseOut);
    form->addRow(tr("Model folder"), outRow);
    m_tokenizer = new QComboBox(left);
    m_tokenizer->addItem(tr("Characters"), QStringLiteral("char"));
    m_tokenizer->addItem(tr("BPE, 512 tokens learned on the text"), QStringLiteral("bpe:512"));
    m_tokenizer->addItem(tr("BPE, 1024 tokens learned on the text"), QStringLiteral("bpe:1024"));
    form->addRow(tr("Tokenizer"), m_tokenizer);
    m_size = new QComboBox(left);
    for (const SizePreset &s : kSizes)
        m_size->addItem(tr(s.name));
    m_size->setCurrentIndex(1);
    form->addRow(tr("Size"), m_size);
    m_context = new QSpinBox(left);
    m_context->setRange(16, 1024);
    m_context->setValue(128);
    form->addRow(tr("Context"), m_context);
    m_steps = new QSpinBox(left);
    m_steps->setObjectName(QStringLiteral("trainStepsBox"));
    m_steps->setRange(1, 1000000);
    m_steps->setValue(2000);
    form->addRow(tr("Steps"), m_steps);
    m_batch = new QSpinBox(left);
    m_batch->setRange(1, 512);
    m_batch->setValue(16);
    form->addRow(tr("Batch"), m_batch);
    m_lr = new QDoubleSpinBox(left);
    m_lr->setDecimals(4);
    m_lr->setRange(0.0001, 0.1);
    m_lr->setSingleStep(0.0005);
    m_lr->setValue(0.002);
    m_lr->setToolTip(tr("Peak learning rate after the warm-up; a cosine brings it down to a tenth."));
    form->addRow(tr("Learning rate"), m_lr);
    leftLayout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Train"), left);
    m_start->setObjectName(QStringLiteral("trainStartButton"));
    m_pause = new QPushButton(tr("Pause"), left);
    m_step = new QPushButton(tr("Step"), left);
    m_step->setToolTip(tr("While paused: run exactly one more step"));
    m_stop = new QPushButton(tr("Stop"), left);
    m_stop->setToolTip(tr("Stop and save a checkpoint to resume from"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_step);
    buttons->addWidget(m_stop);
    leftLayout->addLayout(buttons);
    m_use = new QPushButton(tr("Generate with this model"), left);
    m_use->setObjectName(QStringLiteral("useModelButton"));
    leftLayout->addWidget(m_use);
    m_stats = new QLabel(tr("Choose a text file and press Train."), left);
    m_stats->setObjectName(QStringLiteral("trainStats"));
    m_stats->setTextFormat(Qt::PlainText);
    m_stats->setWordWrap(true);
    leftLayout->addWidget(m_stats);
    leftLayout->addStretch(1);

    auto *right = new QSplitter(Qt::Vertical, split);
    m_monitor = new TrainingMonitor(right);
    m_monitor->setObjectName(QStringLiteral("lmTrainingMonitor"));
    m_monitor->addSeries(QStringLiteral("loss"), tr("batch loss"));
    m_monitor->addSeries(QStringLiteral("train_loss"), tr("train loss (estimate)"));
    m_monitor->addSeries(QStringLiteral("val_loss"), tr("validation loss"));
    m_monitor->addSeries(QStringLiteral("learning_rate"), tr("learning rate"), QColor(), TrainingMonitor::Axis::Right);
    m_monitor->setAxisTitles(tr("training step"), tr("loss (nats per token)"), tr("learning rate"));
    auto *sampleBox = new QGroupBox(tr("Samples"), right);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    m_sampleTitle = new QLabel(tr("Samples appear here as the model learns; click the plot to see the one nearest a step."), sampleBox);
    m_sampleTitle->setTextFormat(Qt::PlainText);
    m_sampleTitle->setWordWrap(true);
    sampleLayout->addWidget(m_sampleTitle);
    m_samples = new QPlainTextEdit(sampleBox);
    m_samples->setObjectName(QStringLiteral("trainSamples"));
    m_samples->setReadOnly(true);
    sampleLayout->addWidget(m_samples);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 700});

    connect(browseData, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Text to train on"), QString(), tr("Text files (*.txt *.md);;All files (*)"));
        if (!path.isEmpty())
            m_data->setText(path);
    });
    connect(browseOut, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Model folder"));
        if (!path.isEmpty())
            m_out->setText(path);
    });
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->state() == JobState::Paused)
            m_job->resume();
        else
            m_job->pause();
    });
    connect(m_step, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->step();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!m_finishedDir.isEmpty())
            Q_EMIT useModelRequested(m_finishedDir);
    });
    connect(m_monitor, &TrainingMonitor::stepClicked, this, &TrainingPanel::showSampleNear);
    updateButtons();
}

TrainingPanel::~TrainingPanel()
{
    // Canceling saves a checkpoint (checkpointOnCancel), so closing loses at most the current step.
    if (m_job)
        m_job->cancel();
}

Job *TrainingPanel::job() const
{
    return m_job.data();
}

engine::gpt::TrainOptions TrainingPanel::options() const
{
    engine::gpt::TrainOptions o;
    o.dataPath = m_data->text().toStdString();
    o.outDir = m_out->text().toStdString();
    o.tokenizer = m_tokenizer->currentData().toString().toStdString();
    const SizePreset &size = kSizes[std::clamp(m_size->currentIndex(), 0, 2)];
    o.layers = m_customLayers > 0 ? m_customLayers : size.layers;
    o.embedDim = m_customEmbed > 0 ? m_customEmbed : size.embed;
    o.heads = m_customLayers > 0 || m_customEmbed > 0 ? 2 : size.heads;
    o.contextLength = m_context->value();
    o.steps = m_steps->value();
    o.batchSize = m_batch->value();
    o.learningRate = m_lr->value();
    o.warmupSteps = std::min(100, std::max(1, o.steps / 10));
    o.evalInterval = std::max(1, std::min(100, o.steps / 10));
    o.sampleInterval = std::max(1, std::min(250, o.steps / 4));
    o.checkpointInterval = std::max(1, std::min(500, o.steps / 2));
    o.evalBatches = 4;
    return o;
}

void TrainingPanel::setDataPath(const QString &path)
{
    m_data->setText(path);
}

void TrainingPanel::setOutDir(const QString &path)
{
    m_out->setText(path);
}

void TrainingPanel::setQuickSettings(int steps, int batch, int layers, int embed, int context)
{
    m_steps->setValue(steps);
    m_batch->setValue(batch);
    m_customLayers = layers;
    m_customEmbed = embed;
    m_context->setValue(context);
}

void TrainingPanel::setSizePreset(int index)
{
    m_size->setCurrentIndex(index);
}

bool TrainingPanel::start()
{
    if (m_job)
        return false;
    if (m_data->text().isEmpty() || !QFileInfo(m_data->text()).isFile()) {
        m_stats->setText(tr("Choose a text file to train on first."));
        return false;
    }
    if (m_out->text().isEmpty()) {
        m_stats->setText(tr("Choose a folder for the model."));
        return false;
    }
    const engine::gpt::TrainOptions o = options();
    m_totalSteps = o.steps;
    m_monitor->clearData();
    m_samples->clear();
    m_sampleByStep.clear();
    m_finishedDir.clear();
    m_lastVal = m_lastPerplexity = -1;
    m_job = m_service->train(o);
    connect(m_job, &Job::partialResult, this, &TrainingPanel::onPartial);
    connect(m_job, &Job::stateChanged, this, &TrainingPanel::updateButtons);
    connect(m_job, &Job::finished, this, &TrainingPanel::onFinished);
    m_stats->setText(tr("Starting…"));
    updateButtons();
    return true;
}

void TrainingPanel::onPartial(const engine::Partial &p)
{
    if (p.kind == "metrics") {
        for (const auto &[name, value] : p.scalars) {
            const QString id = QString::fromStdString(name);
            if (id == QLatin1String("loss") || id == QLatin1String("train_loss") || id == QLatin1String("val_loss") ||
                id == QLatin1String("learning_rate"))
                m_monitor->appendPoint(id, double(p.step), value);
            if (name == "loss")
                m_lastLoss = value;
            else if (name == "val_loss")
                m_lastVal = value;
            else if (name == "val_perplexity")
                m_lastPerplexity = value;
            else if (name == "tokens_per_s")
                m_lastTokensPerSecond = value;
            else if (name == "learning_rate")
                m_lastLr = value;
        }
        m_lastStep = p.step;
        const QLocale locale;
        QString text = tr("Step %1 of %2 · loss %3").arg(m_lastStep).arg(m_totalSteps).arg(m_lastLoss, 0, 'f', 3);
        if (m_lastVal >= 0)
            text += tr(" · validation %1 (perplexity %2)").arg(m_lastVal, 0, 'f', 3).arg(m_lastPerplexity, 0, 'f', 2);
        text += tr(" · %1 tokens/s · learning rate %2").arg(locale.toString(m_lastTokensPerSecond, 'f', 0)).arg(m_lastLr, 0, 'e', 2);
        if (m_job && m_job->state() == JobState::Paused)
            text += tr(" · paused");
        m_stats->setText(text);
    } else if (p.kind == "samples") {
        const QString sample = QString::fromStdString(p.text);
        m_sampleByStep.insert(p.step, sample);
        m_samples->appendPlainText(tr("— step %1 —").arg(p.step));
        m_samples->appendPlainText(sample);
        m_samples->appendPlainText(QString());
    } else if (p.kind == "log") {
        m_samples->appendPlainText(QStringLiteral("[%1]").arg(QString::fromStdString(p.text)));
    }
}

void TrainingPanel::showSampleNear(double step)
{
    if (m_sampleByStep.isEmpty())
        return;
    auto it = m_sampleByStep.lowerBound(qint64(std::llround(step)));
    if (it == m_sampleByStep.end())
        --it;
    else if (it != m_sampleByStep.begin()) {
        auto before = std::prev(it);
        if (step - double(before.key()) < double(it.key()) - step)
            it = before;
    }
    m_sampleTitle->setText(tr("Sample at step %1:").arg(it.key()));
    m_samples->setPlainText(it.value());
    m_monitor->setStepCursor(double(it.key()));
}

void TrainingPanel::onFinished()
{
    Job *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    const JobState state = job->state();
    if (state == JobState::Succeeded) {
        const engine::gpt::TrainResult r = job->resultAs<engine::gpt::TrainResult>();
        m_finishedDir = QString::fromStdString(r.outDir);
        m_stats->setText(tr("Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters")
                             .arg(r.steps)
                             .arg(r.seconds, 0, 'f', 0)
                             .arg(r.validationLoss, 0, 'f', 3)
                             .arg(r.validationPerplexity, 0, 'f', 2)
                             .arg(QLocale().toString(r.tokensPerSecond, 'f', 0))
                             .arg(QLocale().toString(r.parameterCount)));
    } else if (state == JobState::Canceled) {
        m_finishedDir = m_out->text();
        m_stats->setText(tr("Stopped at step %1; the checkpoint in the model folder resumes it (press Train).").arg(m_lastStep));
    } else {
        m_stats->setText(tr("Training failed: %1").arg(job->message()));
    }
    updateButtons();
    Q_EMIT trainingFinished(state == JobState::Succeeded);
}

void TrainingPanel::updateButtons()
{
    const bool running = m_job != nullptr;
    const bool paused = running && m_job->state() == JobState::Paused;
    m_start->setEnabled(!running);
    m_pause->setEnabled(running);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_step->setEnabled(paused);
    m_stop->setEnabled(running);
    m_use->setEnabled(!running && !m_finishedDir.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_data), static_cast<QWidget *>(m_out), static_cast<QWidget *>(m_tokenizer),
                       static_cast<QWidget *>(m_size), static_cast<QWidget *>(m_context), static_cast<QWidget *>(m_steps),
                       static_cast<QWidget *>(m_batch), static_cast<QWidget *>(m_lr)})
        w->setEnabled(!running);
}

} // namespace genlab::widgets::textlab
