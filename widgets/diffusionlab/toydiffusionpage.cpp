#include "widgets/diffusionlab/toydiffusionpage.h"
#include "widgets/components/seedrange.h"

#include "engine/data/toys.h"
#include "services/job.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/diffusionlab/denoisingscrubber.h"
#include "widgets/diffusionlab/toyplaneview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
using services::Job;
using services::JobState;

namespace {

constexpr int kDefaultSampleSteps = 50;
constexpr int kDefaultPoints = 1000;
constexpr int kMinPoints = 10;
// A training chunk aims at this long, so the plane and the curves follow ~8 times a second
// whatever the machine's speed; within these bounds.
constexpr double kChunkSeconds = 0.12;
constexpr int kMinChunkSteps = 10;
constexpr int kMaxChunkSteps = 400;
// Fields are fetched ahead in batches of this many timesteps, so the first ones arrive at once and
// a single field asked for while scrubbing waits for one batch at most (~50 ms here).
constexpr int kPrefetchBatch = 64;

const engine::data::ToyKind kToys[] = {engine::data::ToyKind::Ring, engine::data::ToyKind::Grid,
                                       engine::data::ToyKind::TwoMoons, engine::data::ToyKind::Spiral};

QString toyId(engine::data::ToyKind kind)
{
    for (const auto &k : engine::data::toyKinds())
        if (k.kind == kind)
            return QString::fromStdString(k.id);
    return {};
}

void selectIfPresent(QComboBox *c, int value)
{
    const int i = c->findData(value);
    if (i >= 0)
        c->setCurrentIndex(i);
}

int currentInt(const QComboBox *c)
{
    return c->currentData().toInt();
}

QGroupBox *group(QWidget *parent, const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

QCheckBox *check(QWidget *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(name);
    c->setChecked(true);
    c->setToolTip(tip);
    return c;
}

} // namespace

ToyDiffusionPage::ToyDiffusionPage(services::ToyDiffusionService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("toyDiffusionPage"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_splitter);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form wraps; it never scrolls sideways
    scroll->setWidget(buildForm(scroll));
    scroll->setMinimumWidth(280);

    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(4, 0, 4, 0);
    m_view = new ToyPlaneView(centre);
    m_view->setPlaceholder(tr("Creating the toy model…"));
    centreLayout->addWidget(m_view, 1);
    m_scrubber = new DenoisingScrubber(centre);
    m_scrubber->setObjectName(QStringLiteral("toyScrubber"));
    m_scrubber->setStepCount(0);
    m_scrubber->slider()->setToolTip(
        tr("Drag over the sampling run's steps: the starting noise on the left, the samples "
           "on the right"));
    centreLayout->addWidget(m_scrubber);
    m_stepLabel = new QLabel(centre);
    m_stepLabel->setObjectName(QStringLiteral("toyStepLabel"));
    m_stepLabel->setTextFormat(Qt::PlainText);
    centreLayout->addWidget(m_stepLabel);

    m_monitor = new TrainingMonitor(m_splitter);
    m_monitor->setObjectName(QStringLiteral("toyLossMonitor"));
    m_monitor->addSeries(QStringLiteral("loss"), tr("loss (this batch)"), QColor(66, 133, 244));
    m_monitor->addSeries(QStringLiteral("val_loss"), tr("held-out loss"), QColor(200, 30, 160));
    m_monitor->setAxisTitles(tr("training step"), tr("noise-prediction error |ε̂ − ε|²"));
    m_monitor->setYScale(TrainingMonitor::YScale::Log);
    m_monitor->setReplotInterval(100); // the plane is what moves; the curves follow ten times a second
    m_monitor->setMinimumWidth(260);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_monitor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({320, 640, 440});

    connect(m_scrubber, &DenoisingScrubber::stepChanged, this, &ToyDiffusionPage::showStep);
    connect(m_scrubber, &DenoisingScrubber::speedChanged, this, &ToyDiffusionPage::stateChanged);
    updateSamplerFields();
    updateButtons();
    setStatus(tr("The toy model is created when the page is first shown."));
}

ToyDiffusionPage::~ToyDiffusionPage()
{
    cancelJobs();
}

QWidget *ToyDiffusionPage::buildForm(QWidget *parent)
{
    auto *host = new QWidget(parent);
    auto *column = new QVBoxLayout(host);

    // What the model is: a change starts a new one.
    QFormLayout *model = nullptr;
    column->addWidget(group(host, tr("Data and model"), &model));
    auto *modelNote = new QLabel(tr("A change here starts a new, untrained model."), host);
    modelNote->setWordWrap(true);
    model->addRow(modelNote);
    m_toy = new QComboBox(host);
    m_toy->setObjectName(QStringLiteral("toyData"));
    m_toy->addItem(tr("Ring of 8 Gaussians"), int(engine::data::ToyKind::Ring));
    m_toy->addItem(tr("Grid of 25 Gaussians"), int(engine::data::ToyKind::Grid));
    m_toy->addItem(tr("Two moons"), int(engine::data::ToyKind::TwoMoons));
    m_toy->addItem(tr("Spiral"), int(engine::data::ToyKind::Spiral));
    m_toy->setToolTip(tr("The 2-D distribution the model learns (the GAN lab's toys)"));
    model->addRow(tr("Data"), m_toy);
    m_schedule = new QComboBox(host);
    m_schedule->setObjectName(QStringLiteral("toySchedule"));
    m_schedule->addItem(tr("Linear"), int(ed::NoiseSchedule::Linear));
    m_schedule->addItem(tr("Cosine"), int(ed::NoiseSchedule::Cosine));
    m_schedule->addItem(tr("Sigmoid"), int(ed::NoiseSchedule::Sigmoid));
    m_schedule->setToolTip(
        tr("How fast the forward process drowns the data in noise: the share of the data left at "
           "step t (ᾱ_t) falls along a straight β ramp, a cosine or a sigmoid"));
    const ed::ToyDiffusionConfig defaults;
    selectIfPresent(m_schedule, int(defaults.schedule));
    model->addRow(tr("Noise schedule"), m_schedule);
    m_timesteps = form::spinBox(host, ed::kMinToyTimesteps, ed::kMaxToyTimesteps, defaults.timesteps,
                                QStringLiteral("toyTimesteps"), 50);
    m_timesteps->setKeyboardTracking(false);
    m_timesteps->setToolTip(tr("T: the forward process's steps from the data (t = 0) to pure noise (t = T)"));
    model->addRow(tr("Timesteps T"), m_timesteps);
    m_seed = form::spinBox(host, 0, kMaxSeed, 1, QStringLiteral("toySeed"));
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("The initial weights and the batches: the same seed trains the same model"));
    model->addRow(tr("Seed"), m_seed);
    m_reset = new QPushButton(tr("New model"), host);
    m_reset->setObjectName(QStringLiteral("toyReset"));
    m_reset->setToolTip(tr("Start again from untrained weights"));
    model->addRow(m_reset);

    QFormLayout *training = nullptr;
    column->addWidget(group(host, tr("Training"), &training));
    const ed::ToyDiffusionTrainOptions trainDefaults;
    m_common = std::make_unique<form::CommonFields>(
        training, trainDefaults,
        form::CommonFields::Steps | form::CommonFields::Batch | form::CommonFields::LearningRate, QString());
    m_common->steps->setKeyboardTracking(false);
    m_common->steps->setToolTip(
        tr("Steps of one training run (default %1); Train after a run ends trains as many "
           "more")
            .arg(QLocale().toString(qint64(trainDefaults.steps))));
    m_train = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), host);
    m_train->setObjectName(QStringLiteral("toyTrain"));
    m_train->setToolTip(tr("Train or pause; the plane and the curves follow as it learns"));
    training->addRow(m_train);
    m_status = new QLabel(host);
    m_status->setObjectName(QStringLiteral("toyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    training->addRow(m_status);

    QFormLayout *sampling = nullptr;
    column->addWidget(group(host, tr("Sampling (the reverse process)"), &sampling));
    m_sampler = new QComboBox(host);
    m_sampler->setObjectName(QStringLiteral("toySampler"));
    m_sampler->addItem(tr("DDPM (ancestral)"), int(ed::SamplerKind::Ddpm));
    m_sampler->setItemData(
        0,
        tr("Each step adds fresh noise, as the reverse of training's process: the points jitter "
           "on their way"),
        Qt::ToolTipRole);
    m_sampler->addItem(tr("DDIM"), int(ed::SamplerKind::Ddim));
    m_sampler->setItemData(1, tr("Deterministic at η 0: every point follows a smooth path"), Qt::ToolTipRole);
    m_sampler->addItem(tr("DPM-Solver++ (2M)"), int(ed::SamplerKind::DpmSolver2M));
    m_sampler->setItemData(2, tr("A second-order solver of DDIM's path: good in 10-20 steps"),
                           Qt::ToolTipRole);
    selectIfPresent(m_sampler, int(ed::SamplerKind::Ddim));
    sampling->addRow(tr("Sampler"), m_sampler);
    m_eta = form::doubleSpinBox(host, 0, 1, 0, 2, 0.1, QStringLiteral("toyEta"));
    m_eta->setToolTip(tr("DDIM's η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM"));
    sampling->addRow(tr("η"), m_eta);
    m_sampleSteps =
        form::spinBox(host, 1, defaults.timesteps, kDefaultSampleSteps, QStringLiteral("toySampleSteps"), 10);
    m_sampleSteps->setToolTip(tr("Denoising steps, evenly spread over T (at most T)"));
    sampling->addRow(tr("Steps"), m_sampleSteps);
    m_points = form::spinBox(host, kMinPoints, services::toydiffusion::kMaxPoints, kDefaultPoints,
                             QStringLiteral("toyPoints"), 100);
    m_points->setToolTip(tr("Points drawn from noise (every step of each is kept)"));
    sampling->addRow(tr("Points"), m_points);
    m_sampleSeed = form::spinBox(host, 0, kMaxSeed, 1, QStringLiteral("toySampleSeed"));
    m_sampleSeed->setToolTip(
        tr("The starting noise (and DDPM's noise on the way): the same seed gives the same points"));
    sampling->addRow(tr("Seed"), m_sampleSeed);
    m_sample = new QPushButton(tr("Sample"), host);
    m_sample->setObjectName(QStringLiteral("toySample"));
    m_sample->setToolTip(tr("Run the reverse process from fresh noise and play it"));
    sampling->addRow(m_sample);

    auto *showBox = new QGroupBox(tr("Show"), host);
    auto *show = new QGridLayout(showBox);
    column->addWidget(showBox);
    m_showData =
        check(host, tr("Data points"), QStringLiteral("toyShowData"), tr("The toy's own points, faint"));
    m_showSamples = check(host, tr("Sampled points"), QStringLiteral("toyShowSamples"),
                          tr("The run's points at the step shown"));
    m_showField = check(host, tr("Arrows (−ε̂)"), QStringLiteral("toyShowField"),
                        tr("−ε̂ at the step's t on a grid: the way denoising moves a point there"));
    m_showPaths = check(host, tr("Paths"), QStringLiteral("toyShowPaths"),
                        tr("The way %1 of the points came from the noise").arg(ToyPlaneView::kPathCount));
    show->addWidget(m_showData, 0, 0);
    show->addWidget(m_showSamples, 0, 1);
    show->addWidget(m_showField, 1, 0);
    show->addWidget(m_showPaths, 1, 1);

    auto *explain = new QLabel(host);
    explain->setObjectName(QStringLiteral("toyExplanation"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    explain->setText(
        tr("Training adds noise to data points (more at larger t) and teaches a small network to guess "
           "that noise, ε̂. Sampling starts from pure noise and removes the guessed noise step by step. "
           "The arrows are −ε̂ at the slider's t: near t = T they all point inwards, near t = 0 to the "
           "nearest part of the data."));
    column->addWidget(explain);
    column->addStretch(1);

    auto modelChanged = [this] {
        configChanged();
        Q_EMIT stateChanged();
    };
    connect(m_toy, &QComboBox::currentIndexChanged, this, modelChanged);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, modelChanged);
    connect(m_timesteps, &QSpinBox::valueChanged, this, [this, modelChanged](int T) {
        m_sampleSteps->setMaximum(T);
        modelChanged();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, modelChanged);
    connect(m_reset, &QPushButton::clicked, this, &ToyDiffusionPage::reset);
    connect(m_train, &QPushButton::clicked, this,
            [this] { m_training || m_trainAfterReset ? pauseTraining() : startTraining(); });
    connect(m_sample, &QPushButton::clicked, this, &ToyDiffusionPage::sample);
    connect(m_sampler, &QComboBox::currentIndexChanged, this, [this] {
        updateSamplerFields();
        Q_EMIT stateChanged();
    });
    for (QWidget *w : m_common->widgets()) {
        if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, &ToyDiffusionPage::stateChanged);
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            connect(d, &QDoubleSpinBox::valueChanged, this, &ToyDiffusionPage::stateChanged);
    }
    connect(m_common->steps, &QSpinBox::valueChanged, this, [this] {
        if (m_training)
            setStatus(statusText()); // the run now ends at runStart + the new count
    });
    for (QSpinBox *s : {m_sampleSteps, m_points, m_sampleSeed})
        connect(s, &QSpinBox::valueChanged, this, &ToyDiffusionPage::stateChanged);
    connect(m_eta, &QDoubleSpinBox::valueChanged, this, &ToyDiffusionPage::stateChanged);
    auto layersChanged = [this] {
        int layers = 0;
        if (m_showData->isChecked())
            layers |= ToyPlaneView::Data;
        if (m_showSamples->isChecked())
            layers |= ToyPlaneView::Samples;
        if (m_showField->isChecked())
            layers |= ToyPlaneView::Field;
        if (m_showPaths->isChecked())
            layers |= ToyPlaneView::Paths;
        m_view->setLayers(layers);
        showStep(shownStep()); // the paths are built only when shown
        Q_EMIT stateChanged();
    };
    for (QCheckBox *c : {m_showData, m_showSamples, m_showField, m_showPaths})
        connect(c, &QCheckBox::toggled, this, layersChanged);
    return host;
}

ed::ToyDiffusionConfig ToyDiffusionPage::config() const
{
    ed::ToyDiffusionConfig c;
    c.data = engine::data::ToyKind(currentInt(m_toy));
    c.schedule = ed::NoiseSchedule(currentInt(m_schedule));
    c.timesteps = m_timesteps->value();
    return c;
}

quint64 ToyDiffusionPage::seed() const
{
    return quint64(m_seed->value());
}

ed::SamplerSettings ToyDiffusionPage::samplerSettings() const
{
    ed::SamplerSettings s;
    s.kind = ed::SamplerKind(currentInt(m_sampler));
    s.eta = s.kind == ed::SamplerKind::Ddim ? m_eta->value() : 0;
    s.steps = std::min(m_sampleSteps->value(), hasModel() ? m_info.config.timesteps : m_timesteps->value());
    s.count = m_points->value();
    s.seed = quint64(m_sampleSeed->value());
    return s;
}

void ToyDiffusionPage::updateSamplerFields()
{
    m_eta->setEnabled(ed::SamplerKind(currentInt(m_sampler)) == ed::SamplerKind::Ddim);
}

void ToyDiffusionPage::configChanged()
{
    // Before the first activation the form only holds settings: activated() creates the model.
    if (hasModel() || m_resetJob)
        reset();
}

void ToyDiffusionPage::activated()
{
    if (m_activated)
        return;
    m_activated = true;
    if (!hasModel() && !m_resetJob) {
        m_trainAfterReset = true;
        reset();
    }
}

void ToyDiffusionPage::cancelJobs()
{
    for (const QPointer<Job> &job : {m_resetJob, m_trainJob, m_sampleJob, m_fieldJob, m_prefetchJob})
        if (job && !job->isFinished())
            job->cancel();
    m_trainJob = nullptr;
    m_sampleJob = nullptr;
    m_fieldJob = nullptr;
    m_prefetchJob = nullptr;
    m_fieldJobT = -1;
}

void ToyDiffusionPage::reset()
{
    m_trainAfterReset = m_trainAfterReset || m_training;
    m_training = false;
    cancelJobs();
    m_scrubber->stop();
    m_run.reset();
    m_fields.clear();
    m_scrubber->setStepCount(0);
    m_view->clearPoints();
    m_view->clearField();
    m_view->setDataPoints({});
    m_view->setCaption(QString());
    m_view->setPlaceholder(tr("Creating the toy model…"));
    m_stepLabel->clear();
    m_monitor->clearData();
    m_modelStep = 0;
    m_runStart = 0;
    m_lastLoss = m_lastHeldOut = -1;
    m_stepsPerSecond = 0;
    Job *job = m_service->reset(config(), seed());
    m_resetJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_resetJob != job)
            return; // a newer reset replaced it
        m_resetJob = nullptr;
        if (state == JobState::Succeeded) {
            onReset(job->resultAs<services::ToyDiffusionInfo>());
        } else if (state == JobState::Failed) {
            m_trainAfterReset = false;
            setStatus(tr("The model could not be created: %1").arg(message), true);
        }
        updateButtons();
    });
    setStatus(tr("Creating a new model…"));
    updateButtons();
}

void ToyDiffusionPage::onReset(const services::ToyDiffusionInfo &info)
{
    m_info = info;
    m_modelStep = info.step;
    m_runStart = info.step;
    m_view->setDataPoints(info.dataPoints);
    m_view->setPlaceholder(QString());
    showStep(0);
    setStatus(tr("A new model (%1 parameters), untrained: press Train.")
                  .arg(QLocale().toString(info.parameterCount)));
    if (m_trainAfterReset) {
        m_trainAfterReset = false;
        startTraining();
    }
}

void ToyDiffusionPage::startTraining()
{
    if (!hasModel()) {
        m_trainAfterReset = true;
        if (!m_resetJob)
            reset();
        updateButtons();
        return;
    }
    if (m_modelStep >= m_runStart + m_common->steps->value())
        m_runStart = m_modelStep; // the run ended: a new one of as many steps
    m_training = true;
    m_scrubber->stop();
    if (m_prefetchJob) {
        m_prefetchJob->cancel(); // the fields of a model about to change
        m_prefetchJob = nullptr;
    }
    updateButtons();
    setStatus(statusText());
    submitChunk();
}

void ToyDiffusionPage::pauseTraining()
{
    m_training = false;
    m_trainAfterReset = false;
    updateButtons();
    setStatus(statusText());
}

void ToyDiffusionPage::submitChunk()
{
    if (!m_training || m_trainJob || !hasModel())
        return;
    ed::ToyDiffusionTrainOptions o;
    const ed::ToyDiffusionTrainOptions defaults;
    m_common->read(o);
    o.steps = m_runStart + m_common->steps->value();
    // The cosine ends at the same fraction of the peak as the defaults' (a tenth), whatever the peak.
    o.minLearningRate = o.learningRate * defaults.minLearningRate / defaults.learningRate;
    Job *job = m_service->train(m_chunkSteps, o, shownT());
    m_trainJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_trainJob != job)
            return; // canceled by a reset
        m_trainJob = nullptr;
        if (state == JobState::Succeeded) {
            const auto u = job->resultAs<services::ToyTrainUpdate>();
            onTrainUpdate(u);
            if (u.finished && m_training) {
                m_training = false;
                updateButtons();
                setStatus(statusText());
                sample(); // the run ended: show what it learned at once
                return;
            }
            if (m_training)
                QTimer::singleShot(0, this, &ToyDiffusionPage::submitChunk);
        } else if (state == JobState::Failed) {
            m_training = false;
            setStatus(tr("Training stopped: %1").arg(message), true);
            Q_EMIT statusMessage(message);
        }
        updateButtons();
    });
}

void ToyDiffusionPage::onTrainUpdate(const services::ToyTrainUpdate &u)
{
    if (u.generation != m_info.generation)
        return;
    QList<double> steps, losses, heldSteps, held;
    for (std::size_t i = 0; i < u.steps.size() && i < u.losses.size(); ++i) {
        steps << double(u.steps[i]);
        losses << u.losses[i];
    }
    for (std::size_t i = 0; i < u.heldOutSteps.size() && i < u.heldOutLosses.size(); ++i) {
        heldSteps << double(u.heldOutSteps[i]);
        held << u.heldOutLosses[i];
    }
    if (!steps.isEmpty()) {
        m_monitor->appendPoints(QStringLiteral("loss"), steps, losses);
        m_lastLoss = losses.back();
    }
    if (!held.isEmpty()) {
        m_monitor->appendPoints(QStringLiteral("val_loss"), heldSteps, held);
        m_lastHeldOut = held.back();
    }
    if (u.stepsPerSecond > 0 && !u.steps.empty()) {
        m_stepsPerSecond = u.stepsPerSecond;
        m_chunkSteps = std::clamp(int(u.stepsPerSecond * kChunkSeconds), kMinChunkSteps, kMaxChunkSteps);
    }
    if (u.step != m_modelStep) {
        m_modelStep = u.step;
        m_fields.clear(); // the model changed: every cached field is stale
        m_fieldJobT = -1;
    }
    if (u.field.size > 0)
        m_fields[u.field.t] = u.field;
    showField(shownT());
    if (m_run)
        showStep(shownStep()); // the caption says the run came from an older model
    setStatus(statusText());
    Q_EMIT trainingUpdated(m_modelStep);
}

void ToyDiffusionPage::sample()
{
    if (!hasModel())
        return;
    // Latest wins, also over one already running; fields fetched ahead for the old run would only
    // delay the new one on the lane.
    for (QPointer<Job> *job : {&m_sampleJob, &m_prefetchJob}) {
        if (*job && !(*job)->isFinished())
            (*job)->cancel();
        *job = nullptr;
    }
    const ed::SamplerSettings s = samplerSettings();
    Job *job = m_service->sample(s);
    m_sampleJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_sampleJob != job)
            return;
        m_sampleJob = nullptr;
        if (state == JobState::Succeeded)
            onSample(std::make_shared<const services::ToySampleResult>(
                job->resultAs<services::ToySampleResult>()));
        else if (state == JobState::Failed)
            setStatus(tr("Sampling failed: %1").arg(message), true);
        updateButtons();
    });
    setStatus(tr("Sampling %1 points…").arg(QLocale().toString(s.count)));
    updateButtons();
}

void ToyDiffusionPage::onSample(std::shared_ptr<const services::ToySampleResult> result)
{
    if (result->generation != m_info.generation || result->points.empty())
        return;
    m_run = std::move(result);
    m_scrubber->stop();
    m_scrubber->setStepCount(m_run->stepCount());
    {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setStep(0);
    }
    showStep(0);
    prefetchFields();
    setStatus(statusText());
    m_scrubber->play(); // from the noise to the data
    Q_EMIT sampled();
}

int ToyDiffusionPage::shownStep() const
{
    return m_run ? std::clamp(m_scrubber->step(), 0, m_run->stepCount()) : 0;
}

int ToyDiffusionPage::shownT() const
{
    const int T = hasModel() ? m_info.config.timesteps : m_timesteps->value();
    // Without a run the field is shown near the data's end of the process, where its shape shows.
    const int t = m_run ? m_run->timesteps[std::size_t(shownStep())] : T / 10;
    return std::clamp(t, 1, T);
}

void ToyDiffusionPage::showStep(int step)
{
    if (!hasModel())
        return;
    const QLocale locale;
    const int T = m_info.config.timesteps;
    if (m_run) {
        step = std::clamp(step, 0, m_run->stepCount());
        std::vector<const std::vector<float> *> trail;
        if (m_view->layers() & ToyPlaneView::Paths) {
            trail.reserve(std::size_t(step));
            for (int i = 0; i < step; ++i)
                trail.push_back(&m_run->points[std::size_t(i)]);
        }
        m_view->setPoints(m_run->points[std::size_t(step)], std::move(trail));
        const int t = m_run->timesteps[std::size_t(step)];
        QString caption = tr("step %1 of %2 · t = %3 of %4").arg(step).arg(m_run->stepCount()).arg(t).arg(T);
        if (step == 0)
            caption += tr(" · pure noise");
        else if (step == m_run->stepCount())
            caption += tr(" · the samples");
        m_view->setCaption(caption);
        QString line =
            tr("%1 points, %2 steps · step %3: t = %4, ᾱ_t = %5")
                .arg(locale.toString(m_run->pointCount()))
                .arg(m_run->stepCount())
                .arg(step)
                .arg(t)
                .arg(locale.toString(ed::DiffusionSchedule(m_info.config.schedule, T).alphaBar(t), 'f', 3));
        if (m_run->modelStep != m_modelStep)
            line += tr(" · sampled at training step %1").arg(locale.toString(m_run->modelStep));
        m_stepLabel->setText(line);
    } else {
        m_view->setCaption(tr("learned noise prediction at t = %1 of %2").arg(shownT()).arg(T));
        m_stepLabel->setText(tr("Sample to run the reverse process; the slider then moves over its steps."));
    }
    showField(shownT());
}

void ToyDiffusionPage::showField(int t)
{
    if (!hasModel())
        return;
    t = std::clamp(t, 1, m_info.config.timesteps);
    m_wantedT = t;
    if (const auto hit = m_fields.find(t); hit != m_fields.end()) {
        m_view->setField(hit->second);
        return;
    }
    // Not cached yet: the nearest cached t stands in until the exact one arrives.
    if (!m_fields.empty()) {
        auto after = m_fields.lower_bound(t);
        auto nearest = after == m_fields.end() ? std::prev(after) : after;
        if (after != m_fields.begin() && after != m_fields.end()) {
            const auto before = std::prev(after);
            if (t - before->first < after->first - t)
                nearest = before;
        }
        m_view->setField(nearest->second);
    }
    if (m_training || (m_fieldJob && m_fieldJobT == t))
        return; // the next chunk brings the field at the t shown
    Job *job = m_service->field(t);
    m_fieldJob = job;
    m_fieldJobT = t;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &) {
        if (m_fieldJob == job) {
            m_fieldJob = nullptr;
            m_fieldJobT = -1;
        }
        if (state == JobState::Succeeded)
            onFields(job->resultAs<services::ToyFieldResult>());
    });
}

void ToyDiffusionPage::prefetchFields()
{
    if (!m_run || m_training || !hasModel())
        return;
    std::vector<int> wanted; // in the run's order: Play starts at the noise
    for (int t : m_run->timesteps) {
        t = std::clamp(t, 1, m_info.config.timesteps);
        if (!m_fields.count(t) && (wanted.empty() || wanted.back() != t))
            wanted.push_back(t);
    }
    if (wanted.empty() || m_prefetchJob)
        return;
    if (int(wanted.size()) > kPrefetchBatch)
        wanted.resize(std::size_t(kPrefetchBatch));
    Job *job = m_service->fields(wanted);
    m_prefetchJob = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &) {
        if (m_prefetchJob != job)
            return; // canceled by a reset, a new run or training
        m_prefetchJob = nullptr;
        if (state == JobState::Succeeded && onFields(job->resultAs<services::ToyFieldResult>()))
            prefetchFields(); // the next batch
    });
}

bool ToyDiffusionPage::onFields(const services::ToyFieldResult &result)
{
    if (result.generation != m_info.generation || result.modelStep != m_modelStep)
        return false; // from a model that has trained on since
    for (const auto &f : result.fields)
        m_fields[f.t] = f;
    if (const auto hit = m_fields.find(m_wantedT); hit != m_fields.end())
        m_view->setField(hit->second);
    return true;
}

QString ToyDiffusionPage::statusText() const
{
    const QLocale locale;
    if (!hasModel())
        return m_resetJob ? tr("Creating a new model…") : tr("No model yet.");
    QString losses;
    if (m_lastLoss >= 0)
        losses = tr(" · loss %1").arg(locale.toString(m_lastLoss, 'f', 3));
    if (m_lastHeldOut >= 0)
        losses += tr(" · held-out %1").arg(locale.toString(m_lastHeldOut, 'f', 3));
    const qint64 end = m_runStart + m_common->steps->value();
    if (m_training) {
        QString s =
            tr("Training: step %1 of %2%3").arg(locale.toString(m_modelStep), locale.toString(end), losses);
        if (m_stepsPerSecond > 0)
            s += tr(" · %1 steps/s").arg(locale.toString(m_stepsPerSecond, 'f', 0));
        return s;
    }
    if (m_modelStep == 0)
        return tr("Untrained: press Train.");
    QString s = m_modelStep >= end ? tr("Trained %1 steps%2.").arg(locale.toString(m_modelStep), losses)
                                   : tr("Paused at step %1 of %2%3.")
                                         .arg(locale.toString(m_modelStep), locale.toString(end), losses);
    if (m_run)
        s += QLatin1Char(' ') + tr("Sampled %1 points in %2 steps (%3 s).")
                                    .arg(locale.toString(m_run->pointCount()))
                                    .arg(m_run->stepCount())
                                    .arg(locale.toString(m_run->seconds, 'f', 2));
    return s;
}

void ToyDiffusionPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ToyDiffusionPage::updateButtons()
{
    const bool training = m_training || m_trainAfterReset;
    m_train->setText(training ? tr("Pause") : tr("Train"));
    m_train->setIcon(style()->standardIcon(training ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_sample->setEnabled(hasModel() && !m_resetJob);
    m_sample->setText(m_sampleJob ? tr("Sampling…") : tr("Sample"));
}

QJsonObject ToyDiffusionPage::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("toy"), toyId(engine::data::ToyKind(currentInt(m_toy))));
    o.insert(QStringLiteral("schedule"),
             QString::fromStdString(ed::scheduleName(ed::NoiseSchedule(currentInt(m_schedule)))));
    o.insert(QStringLiteral("timesteps"), m_timesteps->value());
    o.insert(QStringLiteral("seed"), m_seed->value());
    o.insert(QStringLiteral("trainSteps"), m_common->steps->value());
    o.insert(QStringLiteral("batch"), m_common->batch->value());
    o.insert(QStringLiteral("learningRate"), m_common->learningRate->value());
    o.insert(QStringLiteral("sampler"),
             QString::fromStdString(ed::samplerName(ed::SamplerKind(currentInt(m_sampler)))));
    o.insert(QStringLiteral("eta"), m_eta->value());
    o.insert(QStringLiteral("sampleSteps"), m_sampleSteps->value());
    o.insert(QStringLiteral("points"), m_points->value());
    o.insert(QStringLiteral("sampleSeed"), m_sampleSeed->value());
    o.insert(QStringLiteral("speed"), m_scrubber->speed());
    o.insert(QStringLiteral("layers"), m_view->layers());
    return o;
}

void ToyDiffusionPage::restoreState(const QJsonObject &state)
{
    const ed::ToyDiffusionConfig before = config();
    const quint64 seedBefore = seed();
    {
        // Settings only: whether the model starts again is decided once, below.
        const QSignalBlocker b1(m_toy), b2(m_schedule), b3(m_timesteps), b4(m_seed);
        if (const QJsonValue v = state.value(QStringLiteral("toy")); v.isString())
            for (engine::data::ToyKind kind : kToys)
                if (toyId(kind) == v.toString())
                    selectIfPresent(m_toy, int(kind));
        if (const QJsonValue v = state.value(QStringLiteral("schedule")); v.isString()) {
            ed::NoiseSchedule s;
            if (ed::parseSchedule(v.toString().toStdString(), &s))
                selectIfPresent(m_schedule, int(s));
        }
        if (const QJsonValue v = state.value(QStringLiteral("timesteps")); v.isDouble())
            m_timesteps->setValue(v.toInt()); // clamped by the spin box
        if (const QJsonValue v = state.value(QStringLiteral("seed")); v.isDouble())
            m_seed->setValue(v.toInt());
    }
    m_sampleSteps->setMaximum(m_timesteps->value());
    auto setSpin = [&state](QSpinBox *s, const char *key) {
        if (const QJsonValue v = state.value(QLatin1String(key)); v.isDouble())
            s->setValue(int(std::clamp(v.toDouble(), double(s->minimum()), double(s->maximum()))));
    };
    auto setDouble = [&state](QDoubleSpinBox *s, const char *key) {
        if (const QJsonValue v = state.value(QLatin1String(key)); v.isDouble() && std::isfinite(v.toDouble()))
            s->setValue(v.toDouble());
    };
    setSpin(m_common->steps, "trainSteps");
    setSpin(m_common->batch, "batch");
    setDouble(m_common->learningRate, "learningRate");
    if (const QJsonValue v = state.value(QStringLiteral("sampler")); v.isString()) {
        ed::SamplerKind kind;
        if (ed::parseSampler(v.toString().toStdString(), &kind))
            selectIfPresent(m_sampler, int(kind));
    }
    setDouble(m_eta, "eta");
    setSpin(m_sampleSteps, "sampleSteps");
    setSpin(m_points, "points");
    setSpin(m_sampleSeed, "sampleSeed");
    if (const QJsonValue v = state.value(QStringLiteral("speed")); v.isDouble())
        m_scrubber->setSpeed(std::clamp(v.toInt(), 1, 60));
    if (const QJsonValue v = state.value(QStringLiteral("layers")); v.isDouble()) {
        const int layers = v.toInt() & ToyPlaneView::AllLayers;
        m_showData->setChecked(layers & ToyPlaneView::Data);
        m_showSamples->setChecked(layers & ToyPlaneView::Samples);
        m_showField->setChecked(layers & ToyPlaneView::Field);
        m_showPaths->setChecked(layers & ToyPlaneView::Paths);
    }
    const ed::ToyDiffusionConfig after = config();
    if (after.data != before.data || after.schedule != before.schedule ||
        after.timesteps != before.timesteps || seed() != seedBefore)
        configChanged();
}

} // namespace genlab::widgets::diffusionlab
