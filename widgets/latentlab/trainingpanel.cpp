#include "widgets/latentlab/trainingpanel.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/latentlab/klbarsplot.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace genlab::widgets {

namespace vae = engine::vae;

namespace {
const QString kFolderPicker = QStringLiteral("folder:");

// A folder name no checkpoint uses yet.
QString freshDefaultFolder()
{
    const QString base = services::LatentService::defaultTrainingFolder();
    QString candidate = base;
    for (int i = 2; services::LatentService::hasCheckpoint(candidate) || QFileInfo::exists(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(base).arg(i);
    return candidate;
}

QSpinBox *spin(QWidget *parent, int min, int max, int value, const QString &name, int step = 1)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setSingleStep(step);
    s->setObjectName(name);
    return s;
}
} // namespace

TrainingPanel::TrainingPanel(services::LatentService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("trainingPanel"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    // The form.
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formHost = new QWidget(scroll);
    auto *formLayout = new QVBoxLayout(formHost);
    scroll->setWidget(formHost);

    auto *dataBox = new QGroupBox(tr("Data"), formHost);
    auto *dataForm = new QFormLayout(dataBox);
    m_dataset = new QComboBox(dataBox);
    m_dataset->setObjectName(QStringLiteral("trainDataset"));
    QStringList unavailable;
    for (const auto &[id, name] : services::LatentService::trainingDatasets(&unavailable))
        m_dataset->addItem(name, id);
    m_dataset->addItem(tr("Image folder…"), kFolderPicker);
    if (!unavailable.isEmpty())
        m_dataset->setToolTip(tr("Not available: %1").arg(unavailable.join(QStringLiteral("; "))));
    dataForm->addRow(tr("Data set"), m_dataset);
    formLayout->addWidget(dataBox);

    auto *modelBox = new QGroupBox(tr("Model"), formHost);
    auto *modelForm = new QFormLayout(modelBox);
    m_kind = new QComboBox(modelBox);
    m_kind->setObjectName(QStringLiteral("trainKind"));
    m_kind->addItem(tr("VAE (stochastic encoder, KL term)"), int(vae::VaeConfig::Kind::Vae));
    m_kind->addItem(tr("Autoencoder (no KL)"), int(vae::VaeConfig::Kind::Autoencoder));
    modelForm->addRow(tr("Kind"), m_kind);
    m_latent = spin(modelBox, vae::kMinLatentDim, vae::kMaxLatentDim, 16, QStringLiteral("trainLatent"));
    modelForm->addRow(tr("Latent size"), m_latent);
    m_imageSize = spin(modelBox, vae::kMinImageSize, vae::kMaxImageSize, 28, QStringLiteral("trainImageSize"), 4);
    m_imageSize->setSuffix(tr(" px"));
    modelForm->addRow(tr("Image size"), m_imageSize);
    m_colour = new QCheckBox(tr("Colour (3 channels)"), modelBox);
    modelForm->addRow(QString(), m_colour);
    m_likelihood = new QComboBox(modelBox);
    m_likelihood->addItem(tr("Bernoulli (binary cross-entropy)"), int(vae::VaeConfig::Likelihood::Bernoulli));
    m_likelihood->addItem(tr("Gaussian (squared error)"), int(vae::VaeConfig::Likelihood::Gaussian));
    modelForm->addRow(tr("Likelihood"), m_likelihood);
    m_beta = new QDoubleSpinBox(modelBox);
    m_beta->setObjectName(QStringLiteral("trainBeta"));
    m_beta->setRange(0.0, 100.0);
    m_beta->setDecimals(2);
    m_beta->setSingleStep(0.1);
    m_beta->setValue(1.0);
    m_beta->setToolTip(tr("Weight of the KL term: larger values give a smoother, more prior-like latent space and "
                          "blurrier reconstructions, and more collapsed dimensions"));
    modelForm->addRow(tr("β (KL weight)"), m_beta);
    m_warmup = spin(modelBox, 0, 1000000, 0, QStringLiteral("trainWarmup"), 100);
    m_warmup->setSuffix(tr(" steps"));
    m_warmup->setToolTip(tr("β grows linearly from 0 over these steps (against posterior collapse)"));
    modelForm->addRow(tr("β warm-up"), m_warmup);
    formLayout->addWidget(modelBox);

    auto *trainBox = new QGroupBox(tr("Training"), formHost);
    auto *trainForm = new QFormLayout(trainBox);
    m_steps = spin(trainBox, 1, 10000000, 2000, QStringLiteral("trainSteps"), 100);
    trainForm->addRow(tr("Steps"), m_steps);
    m_batch = spin(trainBox, 1, 1024, 64, QStringLiteral("trainBatch"), 8);
    trainForm->addRow(tr("Batch"), m_batch);
    m_lr = new QDoubleSpinBox(trainBox);
    m_lr->setObjectName(QStringLiteral("trainLr"));
    m_lr->setDecimals(5);
    m_lr->setRange(0.00001, 1.0);
    m_lr->setSingleStep(0.0005);
    m_lr->setValue(0.001);
    trainForm->addRow(tr("Learning rate"), m_lr);
    m_seed = spin(trainBox, 0, 999999999, 1, QStringLiteral("trainSeed"));
    trainForm->addRow(tr("Seed"), m_seed);
    m_previewEvery = spin(trainBox, 1, 100000, 100, QStringLiteral("trainPreviewEvery"), 50);
    m_previewEvery->setSuffix(tr(" steps"));
    trainForm->addRow(tr("Reconstructions every"), m_previewEvery);
    m_checkpointEvery = spin(trainBox, 0, 1000000, 500, QStringLiteral("trainCheckpointEvery"), 100);
    m_checkpointEvery->setSuffix(tr(" steps"));
    m_checkpointEvery->setSpecialValueText(tr("at the end only"));
    trainForm->addRow(tr("Checkpoint every"), m_checkpointEvery);
    auto *outputRow = new QHBoxLayout;
    m_defaultOutput = freshDefaultFolder();
    m_output = new QLineEdit(m_defaultOutput, trainBox);
    m_output->setObjectName(QStringLiteral("trainOutput"));
    auto *browse = new QPushButton(tr("Browse…"), trainBox);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    trainForm->addRow(tr("Save in"), outputRow);
    m_resume = new QCheckBox(tr("Resume the checkpoint in this folder"), trainBox);
    m_resume->setObjectName(QStringLiteral("trainResume"));
    trainForm->addRow(QString(), m_resume);
    formLayout->addWidget(trainBox);

    auto *buttons = new QGridLayout;
    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), formHost);
    m_start->setObjectName(QStringLiteral("trainStart"));
    m_pause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), formHost);
    m_step = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Step"), formHost);
    m_step->setToolTip(tr("While paused: run exactly one more training step"));
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), formHost);
    m_cancel->setToolTip(tr("Stop training; the weights of the last step are saved as a checkpoint"));
    m_use = new QPushButton(tr("Use in the explorer"), formHost);
    m_use->setObjectName(QStringLiteral("trainUse"));
    m_use->setToolTip(tr("Load the latest checkpoint into the explorer (map, samples, sliders)"));
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(m_step, 0, 2);
    buttons->addWidget(m_cancel, 1, 0);
    buttons->addWidget(m_use, 1, 1, 1, 2);
    formLayout->addLayout(buttons);
    m_status = new QLabel(formHost);
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(m_status);
    formLayout->addStretch(1);
    // The form is never cut: its width is what its fields need.
    scroll->setMinimumWidth(formHost->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    split->addWidget(scroll);

    // What training shows.
    auto *right = new QSplitter(Qt::Vertical, split);
    m_monitor = new TrainingMonitor(right);
    m_monitor->setAxisTitles(tr("training step"), tr("nats per image"), tr("β"));
    m_monitor->addSeries(QStringLiteral("reconstruction"), tr("reconstruction"));
    m_monitor->addSeries(QStringLiteral("kl"), tr("KL"));
    m_monitor->addSeries(QStringLiteral("elbo"), tr("−ELBO"));
    m_monitor->addSeries(QStringLiteral("beta"), tr("β"), QColor(120, 120, 120), TrainingMonitor::Axis::Right);
    right->addWidget(m_monitor);
    auto *bottom = new QSplitter(Qt::Horizontal, right);
    m_klBars = new KlBarsPlot(bottom);
    bottom->addWidget(m_klBars);
    auto *gridHost = new QWidget(bottom);
    auto *gridLayout = new QVBoxLayout(gridHost);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    auto *gridCaption = new QLabel(tr("Reconstructions at the step picked below: inputs above, the model's outputs "
                                      "below. Click the curves to see those nearest a step."),
                                   gridHost);
    gridCaption->setWordWrap(true);
    gridLayout->addWidget(gridCaption);
    m_grid = new ImageGridView(gridHost);
    m_grid->setObjectName(QStringLiteral("reconstructionGrid"));
    m_grid->setEmptyText(tr("Reconstructions appear every few steps while training runs"));
    gridLayout->addWidget(m_grid, 1);
    m_stepSlider = new StepSlider(gridHost);
    gridLayout->addWidget(m_stepSlider);
    m_stepSlider->bind(m_monitor, m_grid);
    bottom->addWidget(gridHost);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 900});

    connect(m_dataset, &QComboBox::activated, this, [this](int index) {
        if (m_dataset->itemData(index).toString() == kFolderPicker)
            chooseFolder();
    });
    connect(browse, &QPushButton::clicked, this, &TrainingPanel::chooseOutput);
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->state() == services::JobState::Paused)
            m_job->resume();
        else
            m_job->pause();
    });
    connect(m_step, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->step();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_use, &QPushButton::clicked, this, [this] { Q_EMIT useModel(m_output->text().trimmed()); });
    connect(m_output, &QLineEdit::textChanged, this, &TrainingPanel::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool isVae = m_kind->currentData().toInt() == int(vae::VaeConfig::Kind::Vae);
        m_beta->setEnabled(isVae);
        m_warmup->setEnabled(isVae);
    });
    updateButtons();
    setStatus(tr("Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it runs; "
                 "pause, step and stop here or in the Jobs dock."));
}

TrainingPanel::~TrainingPanel()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

services::LatentTrainRequest TrainingPanel::request() const
{
    services::LatentTrainRequest r;
    r.config.kind = vae::VaeConfig::Kind(m_kind->currentData().toInt());
    r.config.latentDim = m_latent->value();
    r.config.imageSize = m_imageSize->value();
    r.config.channels = m_colour->isChecked() ? 3 : 1;
    r.config.likelihood = vae::VaeConfig::Likelihood(m_likelihood->currentData().toInt());
    r.config.beta = m_beta->value();
    r.config.betaWarmupSteps = m_warmup->value();
    r.datasetId = m_dataset->currentData().toString();
    r.steps = m_steps->value();
    r.batchSize = m_batch->value();
    r.learningRate = m_lr->value();
    r.seed = quint64(m_seed->value());
    r.checkpointDir = m_output->text().trimmed();
    r.checkpointEvery = m_checkpointEvery->value();
    r.previewEvery = m_previewEvery->value();
    r.resume = m_resume->isChecked();
    return r;
}

void TrainingPanel::setRequest(const services::LatentTrainRequest &r)
{
    m_kind->setCurrentIndex(m_kind->findData(int(r.config.kind)));
    m_latent->setValue(r.config.latentDim);
    m_imageSize->setValue(r.config.imageSize);
    m_colour->setChecked(r.config.channels == 3);
    m_likelihood->setCurrentIndex(m_likelihood->findData(int(r.config.likelihood)));
    m_beta->setValue(r.config.beta);
    m_warmup->setValue(r.config.betaWarmupSteps);
    setDataset(r.datasetId);
    m_steps->setValue(int(r.steps));
    m_batch->setValue(r.batchSize);
    m_lr->setValue(r.learningRate);
    m_seed->setValue(int(r.seed));
    if (!r.checkpointDir.isEmpty())
        m_output->setText(r.checkpointDir);
    m_checkpointEvery->setValue(int(r.checkpointEvery));
    m_previewEvery->setValue(int(r.previewEvery));
    m_resume->setChecked(r.resume);
}

void TrainingPanel::setDataset(const QString &id)
{
    int index = m_dataset->findData(id);
    if (index < 0 && id.startsWith(kFolderPicker) && id.size() > kFolderPicker.size()) {
        const QString path = id.mid(kFolderPicker.size());
        m_dataset->insertItem(m_dataset->count() - 1, tr("Folder: %1").arg(QDir(path).dirName()), id);
        m_dataset->setItemData(m_dataset->count() - 2, QDir::toNativeSeparators(path), Qt::ToolTipRole);
        index = m_dataset->count() - 2;
    }
    if (index >= 0)
        m_dataset->setCurrentIndex(index);
}

void TrainingPanel::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("A folder of images (subfolders become classes)"));
    if (dir.isEmpty()) {
        m_dataset->setCurrentIndex(0);
        return;
    }
    setDataset(kFolderPicker + dir);
    // Photos: colour, and a size that still trains at a few steps per second on a CPU.
    m_colour->setChecked(true);
    m_imageSize->setValue(std::max(m_imageSize->value(), 32));
}

void TrainingPanel::chooseOutput()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Where the model is saved"), m_output->text());
    if (!dir.isEmpty())
        m_output->setText(dir);
}

services::Job *TrainingPanel::job() const
{
    return m_job;
}

bool TrainingPanel::isRunning() const
{
    return m_job && !m_job->isFinished();
}

QString TrainingPanel::statusText() const
{
    return m_status->text();
}

void TrainingPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

bool TrainingPanel::start()
{
    if (isRunning())
        return false;
    const services::LatentTrainRequest r = request();
    if (r.datasetId == kFolderPicker) {
        setStatus(tr("Pick an image folder first."), true);
        return false;
    }
    if (r.checkpointDir.isEmpty()) {
        setStatus(tr("Say where the model is saved."), true);
        return false;
    }
    bool exists = services::LatentService::hasCheckpoint(r.checkpointDir);
    if (exists && !r.resume && m_output->text() == m_defaultOutput) {
        // The folder we proposed is taken by the previous run: propose a fresh one.
        m_defaultOutput = freshDefaultFolder();
        m_output->setText(m_defaultOutput);
        return start();
    }
    if (exists && !r.resume) {
        setStatus(tr("%1 already holds a model. Tick “Resume” to continue it, or choose another folder.")
                      .arg(QDir::toNativeSeparators(r.checkpointDir)),
                  true);
        return false;
    }
    if (!exists && r.resume) {
        setStatus(tr("%1 holds no checkpoint to resume.").arg(QDir::toNativeSeparators(r.checkpointDir)), true);
        return false;
    }
    if (!r.resume) {
        m_monitor->clearData();
        m_klBars->clear();
        m_stepSlider->clear();
        m_grid->clear();
    }
    m_lastKlStep = -1000000;
    m_lastCheckpointStep = -1;
    m_firstStep = -1;
    m_divergedStep = -1;
    m_divergedWhat.clear();
    m_resuming = r.resume;
    m_learningRate = r.learningRate;
    m_trimOnFirstStep = r.resume;
    m_totalSteps = r.steps;
    m_isVae = r.config.kind == vae::VaeConfig::Kind::Vae;
    if (!m_isVae)
        m_klBars->setNotApplicable(tr("An autoencoder has no KL term: its codes are not pulled towards a prior, so no "
                                      "dimension collapses (and sampling from N(0, I) means little)."));
    m_job = m_service->train(r);
    services::Job *job = m_job;
    connect(job, &services::Job::partialResult, this, &TrainingPanel::onPartial);
    connect(job, &services::Job::stateChanged, this, &TrainingPanel::updateButtons);
    connect(job, &services::Job::progressChanged, this, [this](double, const QString &stage) {
        if (m_job && m_job->state() == services::JobState::Running)
            setStatus(tr("Training: %1").arg(stage));
    });
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        const QString dir = QDir::toNativeSeparators(m_output->text().trimmed());
        if (state == services::JobState::Succeeded) {
            const services::LatentTrainResult result = job->resultAs<services::LatentTrainResult>();
            setStatus(tr("Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.")
                          .arg(result.step)
                          .arg(result.reconstruction, 0, 'f', 1)
                          .arg(result.kl, 0, 'f', 1)
                          .arg(result.imagesPerSecond, 0, 'f', 0)
                          .arg(dir));
        } else if (state == services::JobState::Canceled) {
            setStatus(services::LatentService::hasCheckpoint(m_output->text().trimmed())
                          ? tr("Stopped. The last completed step is saved in %1: tick “Resume” to continue.").arg(dir)
                          : tr("Stopped before the first step; nothing was saved."));
        } else if (m_divergedStep >= 0) {
            setStatus(divergedMessage(), true);
        } else {
            setStatus(tr("Training failed: %1").arg(message), true);
        }
        updateButtons();
        Q_EMIT finished(state == services::JobState::Succeeded);
    });
    setStatus(tr("Starting…"));
    updateButtons();
    return true;
}

void TrainingPanel::onPartial(const engine::Partial &p)
{
    if (p.kind == "metrics") {
        if (m_trimOnFirstStep) {
            // What the previous run drew past the checkpoint (it may have diverged there) is
            // replaced by what this run does from it.
            m_trimOnFirstStep = false;
            m_monitor->removePointsFrom(double(p.step));
            m_stepSlider->removeFrom(p.step);
        }
        if (m_firstStep < 0)
            m_firstStep = p.step;
        for (const auto &[name, value] : p.scalars) {
            if (name == "elbo")
                m_monitor->appendPoint(QStringLiteral("elbo"), double(p.step), -value);
            else if (name == "reconstruction" || name == "kl" || name == "beta")
                m_monitor->appendPoint(QString::fromStdString(name), double(p.step), value);
        }
        // Bars at most every few steps: the numbers move slowly and the plot need not redraw per step.
        if (m_isVae && !p.values.empty() && (p.step - m_lastKlStep >= 10 || p.step == m_totalSteps)) {
            m_lastKlStep = p.step;
            m_klBars->setValues(p.values, p.step);
        }
    } else if (p.kind == "reconstructions") {
        // Inputs in the first row, their reconstructions in the second; the outputs carry their
        // step, so a grid exported from any point of the slider says when it was made.
        const int cols = std::max(1, int(p.images.size()) / 2);
        QStringList labels;
        for (int i = 0; i < int(p.images.size()); ++i)
            labels << (i < cols ? tr("input") : tr("step %1").arg(p.step));
        m_grid->setColumns(cols);
        m_stepSlider->record(p.step, p.images, labels);
    } else if (p.kind == "checkpoint") {
        m_lastCheckpointStep = p.step;
        updateButtons();
    } else if (p.kind == "diverged") {
        m_divergedStep = p.step;
        m_divergedWhat = QString::fromStdString(p.text);
        if (m_firstStep < 0)
            m_firstStep = p.step;
    }
}

QString TrainingPanel::divergedMessage() const
{
    // Adam's steps scale with the learning rate: a third of it usually stays finite.
    const QString lower = QLocale().toString(std::max(m_learningRate / 3, m_lr->minimum()), 'g', 2);
    // The steps before it were finite and stay drawn, whichever run drew them.
    const QString kept = m_divergedStep > 1
                             ? tr("The curves and reconstructions up to step %1 are kept.").arg(m_divergedStep - 1)
                             : tr("It diverged at its first step.");
    qint64 saved = m_lastCheckpointStep;
    if (saved < 0 && m_resuming && m_firstStep > 0)
        saved = m_firstStep - 1; // the checkpoint this run resumed from, untouched
    const QString dir = QDir::toNativeSeparators(m_output->text().trimmed());
    if (saved >= 0 && services::LatentService::hasCheckpoint(m_output->text().trimmed()))
        return tr("Training diverged: %1. %2 The model saved at step %3 in %4 is intact: use it in the explorer, or "
                  "lower the learning rate (try %5) and tick “Resume” to continue from step %3.")
            .arg(m_divergedWhat, kept)
            .arg(saved)
            .arg(dir, lower);
    return tr("Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the "
              "learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a "
              "run that diverges.")
        .arg(m_divergedWhat, kept, lower);
}

void TrainingPanel::updateButtons()
{
    const bool running = isRunning();
    const bool paused = running && m_job->state() == services::JobState::Paused;
    m_start->setEnabled(!running);
    m_pause->setEnabled(running);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_step->setEnabled(paused);
    m_cancel->setEnabled(running);
    m_use->setEnabled(services::LatentService::hasCheckpoint(m_output->text().trimmed()));
    if (paused)
        setStatus(tr("Paused. Resume, or run one step at a time."));
}

} // namespace genlab::widgets
