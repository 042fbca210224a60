#include "widgets/diffusionlab/diffusiontrainpanel.h"

#include "widgets/diffusionlab/losstimestepmap.h"

#include "engine/data/procedural.h"
#include "services/job.h"
#include "services/recipe.h"
#include "services/training.h"
#include "widgets/components/datasetfield.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/outputfield.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
namespace train = engine::train;

namespace {

const QString kSamples = QStringLiteral("samples");

// Two fields on one form row: the form stays short enough that the run's status shows below it.
QWidget *pair(QWidget *first, QWidget *second)
{
    auto *row = new QWidget(first->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, 1);
    layout->addWidget(second, 1);
    return row;
}

void select(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

DiffusionTrainPanel::DiffusionTrainPanel(services::DiffusionService *service, QWidget *parent)
    : TrainingPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("diffusionTrainPanel"));

    // Every field starts from the engine's defaults: the architecture's and the trainer's.
    const ed::DiffusionConfig config;
    const ed::TrainOptions options;
    auto *formHost = new QWidget(m_session);
    auto *formLayout = new QVBoxLayout(formHost);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto *dataBox = new QGroupBox(tr("Data"), formHost);
    auto *dataForm = new QFormLayout(dataBox);
    m_dataset = new form::DatasetField(dataForm, QStringLiteral("diffusionTrainDataset"));
    m_dataset->setId(QString::fromStdString(options.dataset));
    m_conditional = new QCheckBox(tr("Class-conditional"), dataBox);
    m_conditional->setObjectName(QStringLiteral("diffusionTrainConditional"));
    m_conditional->setChecked(config.conditional);
    m_conditional->setToolTip(tr("The network is told which class it denoises (the data set's labels; a folder's "
                                 "subfolders are its classes), so sampling can ask for a class and use guidance. The "
                                 "sample grid then has one column per class."));
    m_dropout = form::doubleSpinBox(dataBox, 0.0, 0.9, options.classDropout, 2, 0.05,
                                    QStringLiteral("diffusionTrainDropout"));
    m_dropout->setToolTip(tr("Share of labels replaced by “no class” while training, so the same network also "
                             "learns the unconditional prediction that classifier-free guidance needs; default %1")
                              .arg(options.classDropout));
    dataForm->addRow(QString(), m_conditional);
    dataForm->addRow(tr("Class dropout"), m_dropout);
    formLayout->addWidget(dataBox);

    auto *netBox = new QGroupBox(tr("UNet"), formHost);
    auto *netForm = new QFormLayout(netBox);
    // The sizes offered follow the device the lab trains on: up to 64 px on the CPU, 128 with CUDA.
    const int maxSize = ed::maxTrainingImageSize(m_service->device());
    m_imageSize = form::spinBox(netBox, ed::kMinImageSize, maxSize, config.imageSize,
                                QStringLiteral("diffusionTrainImageSize"), 4, tr(" px"));
    m_imageSize->setToolTip(maxSize > ed::kMaxCpuTrainingImageSize
                                ? tr("28 to %1 px on this GPU: a multiple of 4 below 48, of 8 from 48, of 16 from 80")
                                      .arg(maxSize)
                                : tr("28 to %1 px: a multiple of 4 below 48, of 8 from 48 (a GPU trains up to %2 px)")
                                      .arg(maxSize)
                                      .arg(ed::kMaxGpuTrainingImageSize));
    m_colour = new QCheckBox(tr("Colour"), netBox);
    m_colour->setObjectName(QStringLiteral("diffusionTrainColour"));
    m_colour->setChecked(config.channels == 3);
    m_colour->setToolTip(tr("3 channels; grey otherwise"));
    netForm->addRow(tr("Image size"), pair(m_imageSize, m_colour));
    m_width = form::spinBox(netBox, ed::kMinBaseChannels, ed::kMaxBaseChannels, config.baseChannels,
                            QStringLiteral("diffusionTrainWidth"), 8);
    m_width->setToolTip(tr("Channels of the first level (a multiple of 8); the lower levels have twice as many"));
    m_attention = new QCheckBox(tr("Attention"), netBox);
    m_attention->setObjectName(QStringLiteral("diffusionTrainAttention"));
    m_attention->setChecked(config.attention);
    m_attention->setToolTip(tr("Self-attention at the lowest resolution: every position sees the whole image"));
    netForm->addRow(tr("Width"), pair(m_width, m_attention));
    m_resBlocks = form::spinBox(netBox, 1, 3, config.resBlocks, QStringLiteral("diffusionTrainResBlocks"));
    m_resBlocks->setToolTip(tr("Residual blocks (group norm, time embedding) per level on the way down"));
    m_prediction = new QComboBox(netBox);
    m_prediction->setObjectName(QStringLiteral("diffusionTrainPrediction"));
    m_prediction->addItem(tr("predicts ε"), int(ed::Prediction::Epsilon));
    m_prediction->addItem(tr("predicts v"), int(ed::Prediction::V));
    m_prediction->setToolTip(tr("What the network outputs: the noise ε (DDPM), or v = √ᾱ·ε − √(1−ᾱ)·x₀, which "
                                "stays well scaled at high noise"));
    select(m_prediction, int(config.prediction));
    netForm->addRow(tr("Res blocks"), pair(m_resBlocks, m_prediction));
    formLayout->addWidget(netBox);

    auto *noiseBox = new QGroupBox(tr("Noise"), formHost);
    auto *noiseForm = new QFormLayout(noiseBox);
    m_schedule = new QComboBox(noiseBox);
    m_schedule->setObjectName(QStringLiteral("diffusionTrainSchedule"));
    m_schedule->addItem(tr("linear"), int(ed::NoiseSchedule::Linear));
    m_schedule->addItem(tr("cosine"), int(ed::NoiseSchedule::Cosine));
    m_schedule->addItem(tr("sigmoid"), int(ed::NoiseSchedule::Sigmoid));
    m_schedule->setToolTip(tr("How fast ᾱ(t) falls from 1 to 0; the Forward process page plots all three"));
    select(m_schedule, int(config.schedule));
    m_timesteps = form::spinBox(noiseBox, ed::kMinTimesteps, ed::kMaxTimesteps, config.timesteps,
                                QStringLiteral("diffusionTrainT"), 100);
    m_timesteps->setPrefix(tr("T "));
    m_timesteps->setToolTip(tr("Timesteps from the clean image to pure noise"));
    noiseForm->addRow(tr("Schedule"), pair(m_schedule, m_timesteps));
    formLayout->addWidget(noiseBox);

    auto *trainBox = new QGroupBox(tr("Training"), formHost);
    auto *trainForm = new QFormLayout(trainBox);
    m_common = std::make_unique<form::CommonFields>(trainForm, options,
                                                    form::CommonFields::All | form::CommonFields::EvalEvery,
                                                    tr("Samples every"));
    if (auto *label = qobject_cast<QLabel *>(trainForm->labelForField(m_common->evalEvery)))
        label->setText(tr("Loss by t every"));
    m_common->evalEvery->setToolTip(tr("Steps between measurements of the loss at each noise level (%1 held-out images "
                                       "at fixed noise): the heat map's columns; default %2")
                                        .arg(options.evalImages)
                                        .arg(options.evalEvery));
    m_ema = form::doubleSpinBox(trainBox, 0.0, 0.99999, options.emaDecay, 4, 0.001, QStringLiteral("diffusionTrainEma"));
    m_ema->setToolTip(tr("The sampled weights are a moving average of the trained ones: ema = decay·ema + (1 − "
                         "decay)·w; default %1")
                          .arg(options.emaDecay));
    m_previewSteps = form::spinBox(trainBox, 1, ed::kMaxSamplerSteps, options.previewSteps,
                                   QStringLiteral("diffusionTrainPreviewSteps"), 5);
    m_previewSteps->setToolTip(tr("DDIM steps of the preview samples (one fixed seed); default %1").arg(options.previewSteps));
    m_previewSteps->setSuffix(tr(" DDIM steps"));
    trainForm->addRow(tr("EMA decay"), m_ema);
    trainForm->addRow(tr("Previews with"), m_previewSteps);
    m_processes = form::addProcessesRow(trainForm);
    m_output = new form::OutputField(trainForm, QStringLiteral("diffusionTrain"),
                                     &services::diffusion::defaultTrainingFolder);
    formLayout->addWidget(trainBox);
    m_session->setForm(formHost);

    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), formHost);
    m_start->setObjectName(QStringLiteral("diffusionTrainStart"));
    m_session->setStartButton(m_start);
    QPushButton *use = m_session->useButton();
    use->setText(tr("Use this model"));
    use->setObjectName(QStringLiteral("diffusionTrainUse"));
    use->setToolTip(tr("Load the latest checkpoint into the lab: sample it on the Sample page"));
    m_session->statusLabel()->setObjectName(QStringLiteral("diffusionTrainStatus"));
    m_session->setAdvice(tr("use it in the lab"), tr("tick “Resume” to continue"));
    m_session->setModelFolder(m_output->folder());

    m_session->setAxisTitles(tr("training step"), tr("loss (mean squared error)"), tr("gradient norm"));
    m_session->addCurve(QStringLiteral("loss"), tr("loss"));
    m_session->addCurve(QStringLiteral("val_loss"), tr("held-out loss"));
    m_session->addCurve(QStringLiteral("grad_norm"), tr("gradient norm"), TrainingMonitor::Axis::Right);

    // The loss by timestep under the curves, as the GAN lab puts its quality plot: beside the
    // samples the page would be wider than a laptop screen leaves it.
    m_heatMap = new LossTimestepMap(m_session);
    m_heatMap->setTimesteps(config.timesteps);
    if (auto *right = qobject_cast<QSplitter *>(m_session->monitor()->parentWidget())) {
        right->insertWidget(right->indexOf(m_session->monitor()) + 1, m_heatMap);
        right->widget(2)->setMinimumHeight(220);
        right->setStretchFactor(0, 2);
        right->setStretchFactor(1, 2);
        right->setStretchFactor(2, 3);
        right->setSizes({230, 230, 320});
    } else {
        m_session->addSideView(m_heatMap);
    }

    m_samples = m_session->addImagePreview(
        kSamples, tr("Samples"), tr("The same noise denoised by the EMA weights at the step picked below."),
        tr("The model's samples appear every few steps while training runs"),
        [this](const train::ImagePreview &p) {
            QStringList labels;
            if (m_previewLabels.isEmpty() || p.cols <= 0)
                return labels;
            for (std::size_t i = 0; i < p.images.size(); ++i)
                labels << m_previewLabels.value(int(i) % p.cols);
            return labels;
        });
    m_samples->setObjectName(QStringLiteral("diffusionSamples"));

    connect(m_dataset, &form::DatasetField::folderChosen, this, [this] {
        // Photos: colour, and a size that still trains at a few steps per second on a CPU.
        m_colour->setChecked(true);
        m_imageSize->setValue(std::max(m_imageSize->value(), 32));
    });
    connect(m_conditional, &QCheckBox::toggled, m_dropout, &QWidget::setEnabled);
    // The previews cannot take more sampler steps than the schedule has.
    m_previewSteps->setMaximum(m_timesteps->value());
    connect(m_timesteps, &QSpinBox::valueChanged, m_previewSteps, &QSpinBox::setMaximum);
    connect(m_start, &QPushButton::clicked, this, &DiffusionTrainPanel::start);
    connect(m_session, &TrainingSession::useModel, this, &DiffusionTrainPanel::useModel);
    connect(m_output->edit(), &QLineEdit::textChanged, this,
            [this](const QString &text) { m_session->setModelFolder(text.trimmed()); });
    connect(m_session, &TrainingSession::metricsReported, this, &DiffusionTrainPanel::onMetrics);
    connect(m_session, &TrainingSession::cleared, m_heatMap, &LossTimestepMap::clear);
    connect(m_session->stepSlider(), &StepSlider::stepChanged, m_heatMap, &LossTimestepMap::setStepCursor);
    connect(m_session, &TrainingSession::finished, this, [this](services::JobState state, const QString &) {
        if (state == services::JobState::Succeeded) {
            const auto r = m_session->job()->resultAs<services::DiffusionTrainResult>();
            m_session->setStatus(tr("Done: %1 steps, loss %2, %3 steps/s. Saved in %4. Press “Use this model” to "
                                    "sample it.")
                                     .arg(QLocale().toString(r.step))
                                     .arg(QLocale().toString(r.loss, 'f', 4))
                                     .arg(QLocale().toString(r.stepsPerSecond, 'f', 1))
                                     .arg(QDir::toNativeSeparators(r.checkpointDir)));
        }
        Q_EMIT finished(state == services::JobState::Succeeded);
    });
    for (QCheckBox *b : {m_conditional, m_colour, m_attention})
        connect(b, &QCheckBox::toggled, this, &DiffusionTrainPanel::settingsChanged);
    for (QComboBox *c : {m_prediction, m_schedule, m_dataset->combo()})
        connect(c, &QComboBox::currentIndexChanged, this, &DiffusionTrainPanel::settingsChanged);
    m_session->setStatus(tr("Pick a data set and press Train. The loss, the loss at each noise level and the model's "
                            "samples appear as it runs; pause, step and stop here or in the Jobs dock."));
}

DiffusionTrainPanel::~DiffusionTrainPanel() = default;

int DiffusionTrainPanel::classCount(const QString &datasetId) const
{
    if (datasetId == QLatin1String("shapes"))
        return int(engine::data::shapeNames().size());
    if (const QString folder = form::DatasetField::folderOf(datasetId); !folder.isEmpty()) {
        // A folder's classes are its subfolders (the data module's rule); the trainer checks again.
        return int(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }
    return 10; // digits, procedural digits
}

QStringList DiffusionTrainPanel::classNames(const QString &datasetId, int count) const
{
    QStringList names;
    if (datasetId == QLatin1String("shapes")) {
        for (const std::string &name : engine::data::shapeNames())
            names << QString::fromStdString(name);
    } else if (const QString folder = form::DatasetField::folderOf(datasetId); !folder.isEmpty()) {
        names = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }
    while (names.size() < count)
        names << QString::number(names.size());
    return names.mid(0, count);
}

services::DiffusionTrainRequest DiffusionTrainPanel::request() const
{
    services::DiffusionTrainRequest r;
    r.config.imageSize = m_imageSize->value();
    r.config.channels = m_colour->isChecked() ? 3 : 1;
    r.config.baseChannels = m_width->value();
    r.config.resBlocks = m_resBlocks->value();
    r.config.attention = m_attention->isChecked();
    r.config.conditional = m_conditional->isChecked();
    r.config.prediction = ed::Prediction(m_prediction->currentData().toInt());
    r.config.schedule = ed::NoiseSchedule(m_schedule->currentData().toInt());
    r.config.timesteps = m_timesteps->value();
    r.options.dataset = m_dataset->id().toStdString();
    if (r.config.conditional)
        r.config.numClasses = classCount(m_dataset->id());
    r.options.classDropout = m_dropout->value();
    r.options.emaDecay = m_ema->value();
    r.options.previewSteps = m_previewSteps->value();
    m_common->read(r.options);
    r.options.outDir = m_output->folder().toStdString();
    r.options.resume = m_output->resume();
    r.processes = form::processes(m_processes);
    return r;
}

void DiffusionTrainPanel::setRequest(const services::DiffusionTrainRequest &r)
{
    m_imageSize->setValue(r.config.imageSize);
    m_colour->setChecked(r.config.channels == 3);
    m_width->setValue(r.config.baseChannels);
    m_resBlocks->setValue(r.config.resBlocks);
    m_attention->setChecked(r.config.attention);
    m_conditional->setChecked(r.config.conditional);
    select(m_prediction, int(r.config.prediction));
    select(m_schedule, int(r.config.schedule));
    m_timesteps->setValue(r.config.timesteps);
    setDataset(QString::fromStdString(r.options.dataset));
    m_dropout->setValue(r.options.classDropout);
    m_ema->setValue(r.options.emaDecay);
    m_previewSteps->setValue(r.options.previewSteps);
    m_common->set(r.options);
    m_output->set(QString::fromStdString(r.options.outDir), r.options.resume);
    form::setProcesses(m_processes, r.processes);
}

void DiffusionTrainPanel::setDataset(const QString &id)
{
    m_dataset->setId(id);
}

QJsonObject DiffusionTrainPanel::saveState() const
{
    const services::DiffusionTrainRequest r = request();
    QJsonObject o;
    o.insert(QStringLiteral("config"), QJsonDocument::fromJson(QByteArray::fromStdString(r.config.toJson())).object());
    o.insert(QStringLiteral("dataset"), QString::fromStdString(r.options.dataset));
    o.insert(QStringLiteral("class_dropout"), r.options.classDropout);
    o.insert(QStringLiteral("ema_decay"), r.options.emaDecay);
    o.insert(QStringLiteral("preview_steps"), r.options.previewSteps);
    o.insert(QStringLiteral("steps"), qint64(r.options.steps));
    o.insert(QStringLiteral("batch"), r.options.batchSize);
    o.insert(QStringLiteral("lr"), r.options.learningRate);
    o.insert(QStringLiteral("seed"), qint64(r.options.seed));
    o.insert(QStringLiteral("preview_every"), qint64(r.options.previewEvery));
    o.insert(QStringLiteral("eval_every"), qint64(r.options.evalEvery));
    o.insert(QStringLiteral("checkpoint_every"), qint64(r.options.checkpointEvery));
    o.insert(QStringLiteral("out"), QString::fromStdString(r.options.outDir));
    o.insert(QStringLiteral("processes"), r.processes);
    return o;
}

services::DiffusionTrainRequest DiffusionTrainPanel::fromJson(const QJsonObject &state, QString *error) const
{
    services::DiffusionTrainRequest r = request();
    if (state.value(QStringLiteral("config")).isObject()) {
        std::string problem;
        const ed::DiffusionConfig config = ed::DiffusionConfig::fromJson(
            QJsonDocument(state.value(QStringLiteral("config")).toObject()).toJson(QJsonDocument::Compact).toStdString(),
            &problem);
        if (problem.empty())
            problem = config.validate();
        if (problem.empty()) // a recipe from a machine with a GPU, opened on the CPU
            problem = ed::trainingImageSizeProblem(config.imageSize, m_service->device());
        if (problem.empty())
            r.config = config;
        else if (error)
            *error = QString::fromStdString(problem);
    }
    if (const QJsonValue v = state.value(QStringLiteral("dataset")); v.isString())
        r.options.dataset = v.toString().toStdString();
    // Untrusted: wrong types keep the current value; the spin boxes clamp the numbers.
    r.options.classDropout = state.value(QStringLiteral("class_dropout")).toDouble(r.options.classDropout);
    r.options.emaDecay = state.value(QStringLiteral("ema_decay")).toDouble(r.options.emaDecay);
    r.options.previewSteps = state.value(QStringLiteral("preview_steps")).toInt(r.options.previewSteps);
    r.options.steps = state.value(QStringLiteral("steps")).toInteger(r.options.steps);
    r.options.batchSize = state.value(QStringLiteral("batch")).toInt(r.options.batchSize);
    r.options.learningRate = state.value(QStringLiteral("lr")).toDouble(r.options.learningRate);
    r.options.seed = quint64(state.value(QStringLiteral("seed")).toInteger(qint64(r.options.seed)));
    r.options.previewEvery = state.value(QStringLiteral("preview_every")).toInteger(r.options.previewEvery);
    r.options.evalEvery = state.value(QStringLiteral("eval_every")).toInteger(r.options.evalEvery);
    r.options.checkpointEvery = state.value(QStringLiteral("checkpoint_every")).toInteger(r.options.checkpointEvery);
    r.processes = std::clamp(state.value(QStringLiteral("processes")).toInt(r.processes), 1, 64);
    r.options.resume = train::Resume::Never; // a restored form never continues a run by itself
    return r;
}

void DiffusionTrainPanel::restoreState(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    services::DiffusionTrainRequest r = fromJson(state, nullptr);
    if (const QString out = state.value(QStringLiteral("out")).toString(); !out.isEmpty())
        r.options.outDir = out.toStdString();
    setRequest(r);
}

bool DiffusionTrainPanel::applyRecipe(const services::Recipe &recipe, QString *error)
{
    QString problem;
    services::DiffusionTrainRequest r = fromJson(recipe.parameters, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (recipe.seed != 0 && !recipe.parameters.contains(QStringLiteral("seed")))
        r.options.seed = recipe.seed;
    // A new run, a new folder: the recipe's run stays as it is.
    r.options.outDir = services::diffusion::defaultTrainingFolder().toStdString();
    setRequest(r);
    return true;
}

bool DiffusionTrainPanel::start()
{
    if (isRunning())
        return false;
    services::DiffusionTrainRequest r = request();
    if (const QString problem = m_dataset->problem(); !problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    if (r.config.conditional && r.config.numClasses < 2) {
        m_session->setStatus(tr("A class-conditional model needs classes: this folder has no subfolders of images. "
                                "Untick “Class-conditional” or pick a folder with one subfolder per class."),
                             TrainingSession::Tone::Error);
        return false;
    }
    if (std::string problem = r.config.validate(); !problem.empty() ||
        !(problem = ed::trainingImageSizeProblem(r.config.imageSize, m_service->device())).empty()) {
        m_session->setStatus(QString::fromStdString(problem), TrainingSession::Tone::Error);
        return false;
    }
    if (const QString problem = m_output->problem(); !problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    if (r.processes > 1 && r.options.batchSize % r.processes != 0) {
        m_session->setStatus(tr("The batch of %1 does not split evenly over %2 processes: choose a batch that is a "
                                "multiple of %2.")
                                 .arg(r.options.batchSize)
                                 .arg(r.processes),
                             TrainingSession::Tone::Error);
        return false;
    }
    r.options.outDir = m_output->folder().toStdString(); // a taken folder we proposed was replaced
    services::Job *job = m_service->train(r);
    const QString datasetId = QString::fromStdString(r.options.dataset);
    m_previewLabels = r.config.conditional ? classNames(datasetId, r.config.numClasses) : QStringList();
    // A fresh run empties the views (cleared(), during attach), the heat map with them.
    m_session->attach(job, r.options);
    m_heatMap->setTimesteps(r.config.timesteps);
    return true;
}

void DiffusionTrainPanel::onMetrics(const train::Metrics &m)
{
    if (m.evaluation && int(m.values.size()) == ed::kLossBuckets)
        m_heatMap->addMetrics(m);
}

} // namespace genlab::widgets::diffusionlab
