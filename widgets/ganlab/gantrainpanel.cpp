#include "widgets/ganlab/gantrainpanel.h"

#include "widgets/ganlab/featuremapview.h"

#include "engine/data/procedural.h"
#include "services/gan/ganservice.h"
#include "services/job.h"
#include "services/training.h"
#include "widgets/components/datasetfield.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/outputfield.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
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

namespace genlab::widgets::ganlab {

namespace eg = engine::gan;
namespace ev = engine::evaluate;
namespace train = engine::train;

namespace {

const QString kSamples = QStringLiteral("samples");
// The recorded grids an export can hold: a 3,000-step run previewed every 100 steps is 30.
constexpr std::size_t kMaxRecordedGrids = 400;

const QColor kWarning(190, 30, 30);

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

GanTrainPanel::GanTrainPanel(services::GanService *service, QWidget *parent) : TrainingPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("ganTrainPanel"));

    // Every field starts from the engine's defaults: the architecture's and the trainer's.
    const services::GanTrainRequest defaults;
    auto *formHost = new QWidget(m_session);
    auto *formLayout = new QVBoxLayout(formHost);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto *dataBox = new QGroupBox(tr("Data"), formHost);
    auto *dataForm = new QFormLayout(dataBox);
    m_dataset = new form::DatasetField(dataForm, QStringLiteral("ganTrainDataset"));
    m_dataset->setId(QString::fromStdString(defaults.options.dataset));
    m_conditional = new QCheckBox(tr("Class-conditional"), dataBox);
    m_conditional->setObjectName(QStringLiteral("ganTrainConditional"));
    m_conditional->setChecked(defaults.config.conditional);
    m_conditional->setToolTip(tr("G is told which class to draw and D which class it judges (the data set's labels; "
                                 "a folder's subfolders are its classes). The sample grid then has one column per class."));
    dataForm->addRow(QString(), m_conditional);
    formLayout->addWidget(dataBox);

    auto *modelBox = new QGroupBox(tr("Networks"), formHost);
    auto *modelForm = new QFormLayout(modelBox);
    m_imageSize = form::spinBox(modelBox, eg::kMinImageSize, eg::kMaxImageSize, defaults.config.imageSize,
                                QStringLiteral("ganTrainImageSize"), 4, tr(" px"));
    m_imageSize->setToolTip(tr("28 to 64 px: a multiple of 4 below 48, of 8 from 48"));
    m_colour = new QCheckBox(tr("Colour"), modelBox);
    m_colour->setObjectName(QStringLiteral("ganTrainColour"));
    m_colour->setChecked(defaults.config.channels == 3);
    m_colour->setToolTip(tr("3 channels; grey otherwise"));
    modelForm->addRow(tr("Image size"), pair(m_imageSize, m_colour));
    m_latent = form::spinBox(modelBox, eg::kMinLatentDim, eg::kMaxLatentDim, defaults.config.latentDim,
                             QStringLiteral("ganTrainLatent"));
    m_latent->setToolTip(tr("How many random values G turns into an image"));
    modelForm->addRow(tr("Noise size"), m_latent);
    m_width = form::spinBox(modelBox, eg::kMinBaseChannels, eg::kMaxBaseChannels, defaults.config.baseChannels,
                            QStringLiteral("ganTrainWidth"), 8);
    m_width->setToolTip(tr("Channels of D's first and G's last hidden layer; deeper layers double it"));
    m_spectral = new QCheckBox(tr("Spectral norm in D"), modelBox);
    m_spectral->setObjectName(QStringLiteral("ganTrainSpectral"));
    m_spectral->setChecked(defaults.config.spectralNorm);
    m_spectral->setToolTip(tr("Divides D's weights by their largest singular value: a smoother, less overconfident "
                              "discriminator, so G keeps getting useful gradients"));
    modelForm->addRow(tr("Width"), pair(m_width, m_spectral));
    formLayout->addWidget(modelBox);

    auto *gameBox = new QGroupBox(tr("Game"), formHost);
    auto *gameForm = new QFormLayout(gameBox);
    m_loss = new QComboBox(gameBox);
    m_loss->setObjectName(QStringLiteral("ganTrainLoss"));
    m_loss->addItem(tr("Non-saturating"), int(eg::GanLoss::NonSaturating));
    m_loss->addItem(tr("Minimax (saturating)"), int(eg::GanLoss::Minimax));
    m_loss->addItem(tr("Least squares"), int(eg::GanLoss::LeastSquares));
    m_loss->addItem(tr("Hinge"), int(eg::GanLoss::Hinge));
    select(m_loss, int(defaults.options.loss));
    gameForm->addRow(tr("Loss"), m_loss);
    m_dSteps = form::spinBox(gameBox, 1, 16, defaults.options.discriminatorSteps, QStringLiteral("ganTrainDSteps"));
    gameForm->addRow(tr("D steps per G step"), m_dSteps);
    m_beta1 = form::doubleSpinBox(gameBox, 0.0, 0.999, defaults.options.beta1, 3, 0.05, QStringLiteral("ganTrainBeta1"));
    m_beta2 = form::doubleSpinBox(gameBox, 0.0, 0.9999, defaults.options.beta2, 4, 0.001, QStringLiteral("ganTrainBeta2"));
    m_beta1->setToolTip(tr("Adam's momentum for both players; DCGAN uses 0.5 (a lower value than usual steadies the game)"));
    m_beta2->setToolTip(tr("Adam's decay of the squared gradients, for both players"));
    gameForm->addRow(tr("Adam β1, β2"), pair(m_beta1, m_beta2));
    formLayout->addWidget(gameBox);

    auto *trainBox = new QGroupBox(tr("Training"), formHost);
    auto *trainForm = new QFormLayout(trainBox);
    m_common = std::make_unique<form::CommonFields>(trainForm, defaults.options,
                                                    form::CommonFields::All | form::CommonFields::EvalEvery,
                                                    tr("Samples every"));
    if (auto *label = qobject_cast<QLabel *>(trainForm->labelForField(m_common->evalEvery)))
        label->setText(tr("Quality every"));
    m_common->evalEvery->setToolTip(tr("Steps between measurements of sample quality (%1 samples against held-out real "
                                       "images, with the digit classifier); default %2")
                                        .arg(defaults.options.qualitySamples)
                                        .arg(defaults.options.evalEvery));
    m_measure = new QCheckBox(tr("Measure sample quality"), trainBox);
    m_measure->setObjectName(QStringLiteral("ganTrainMeasure"));
    m_measure->setChecked(!defaults.options.classifierDir.empty());
    m_measure->setEnabled(!defaults.options.classifierDir.empty());
    m_measure->setToolTip(defaults.options.classifierDir.empty()
                              ? tr("The shipped digit classifier was not found: no quality figures")
                              : tr("Classes covered, confidence, precision, recall, Fréchet distance and near "
                                   "duplicates, with the shipped digit classifier"));
    trainForm->addRow(QString(), m_measure);
    m_output = new form::OutputField(trainForm, QStringLiteral("ganTrain"), &services::gan::defaultTrainingFolder);
    formLayout->addWidget(trainBox);

    m_export = new QPushButton(tr("Export evolution…"), formHost);
    m_export->setObjectName(QStringLiteral("ganTrainExport"));
    m_export->setToolTip(tr("The sample grids recorded so far, step by step, as an animated GIF or an MP4 video "
                            "(with its recipe beside it)"));
    formLayout->addWidget(m_export);
    m_session->setForm(formHost);

    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), formHost);
    m_start->setObjectName(QStringLiteral("ganTrainStart"));
    m_session->setStartButton(m_start);
    QPushButton *use = m_session->useButton();
    use->setText(tr("Explore this generator"));
    use->setObjectName(QStringLiteral("ganTrainUse"));
    use->setToolTip(tr("Open the latest checkpoint in the generator explorer"));
    m_session->statusLabel()->setObjectName(QStringLiteral("ganTrainStatus"));
    m_session->setAdvice(tr("explore it"), tr("tick “Resume” to continue"));
    m_session->setModelFolder(m_output->folder());

    // The game, step by step: both losses and D's scores on the left, gradient norms on the right.
    m_session->setAxisTitles(tr("generator step"), tr("loss / D's score"), tr("gradient norm"));
    m_session->addCurve(QStringLiteral("d_loss"), tr("D loss"));
    m_session->addCurve(QStringLiteral("g_loss"), tr("G loss"));
    m_session->addCurve(QStringLiteral("d_real"), tr("mean D(x)"));
    m_session->addCurve(QStringLiteral("d_fake"), tr("mean D(G(z))"));
    m_session->addCurve(QStringLiteral("d_grad_norm"), tr("D gradient norm"), TrainingMonitor::Axis::Right);
    m_session->addCurve(QStringLiteral("g_grad_norm"), tr("G gradient norm"), TrainingMonitor::Axis::Right);

    // The quality figures have their own plot: fractions on the left, the Fréchet distance on the
    // right; the collapse flag above it and a line at the step it began.
    auto *qualityHost = new QWidget(m_session);
    qualityHost->setObjectName(QStringLiteral("ganQuality"));
    auto *qualityLayout = new QVBoxLayout(qualityHost);
    qualityLayout->setContentsMargins(0, 0, 0, 0);
    // The title and how the figures are measured on one row: the plot keeps the height.
    auto *titleRow = new QHBoxLayout;
    auto *qualityTitle = new QLabel(tr("<b>Sample quality</b>"), qualityHost);
    titleRow->addWidget(qualityTitle);
    m_qualityNote = new QLabel(qualityHost);
    m_qualityNote->setObjectName(QStringLiteral("ganQualityNote"));
    m_qualityNote->setTextFormat(Qt::PlainText);
    m_qualityNote->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_qualityNote->setText(tr("every few hundred steps, on samples of one fixed noise; a collapse is flagged when "
                              "half the classes or more stay absent"));
    m_qualityNote->setMinimumWidth(0);
    m_qualityNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the lab
    titleRow->addWidget(m_qualityNote, 1);
    qualityLayout->addLayout(titleRow);
    m_collapseLabel = new QLabel(qualityHost);
    m_collapseLabel->setObjectName(QStringLiteral("ganCollapse"));
    m_collapseLabel->setWordWrap(true);
    m_collapseLabel->setTextFormat(Qt::PlainText);
    m_collapseLabel->hide();
    qualityLayout->addWidget(m_collapseLabel);
    m_quality = new TrainingMonitor(qualityHost);
    m_quality->setObjectName(QStringLiteral("ganQualityMonitor"));
    m_quality->setAxisTitles(tr("generator step"), tr("fraction (0–1)"), tr("Fréchet distance"));
    m_quality->addSeries(QStringLiteral("coverage"), tr("classes covered"));
    m_quality->addSeries(QStringLiteral("recall"), tr("recall"));
    m_quality->addSeries(QStringLiteral("precision"), tr("precision"));
    m_quality->addSeries(QStringLiteral("mean_confidence"), tr("confidence"));
    m_quality->addSeries(QStringLiteral("duplicate_rate"), tr("near duplicates"));
    m_quality->addSeries(QStringLiteral("frechet_distance"), tr("Fréchet distance"), QColor(110, 110, 110),
                         TrainingMonitor::Axis::Right);
    m_quality->setSmoothing(0); // a point every few hundred steps: each one is a measurement, not noise
    // Six series over a 0-1 range: every corner holds a curve, so the legend lets them show through.
    m_quality->plot()->legend->setBrush(QColor(255, 255, 255, 170));
    m_quality->setMinimumHeight(150);
    qualityLayout->addWidget(m_quality, 1);
    // Under the game's curves, above the samples: beside the samples it would make the lab wider
    // than a laptop screen leaves it (each plot's tool row needs its width).
    if (auto *right = qobject_cast<QSplitter *>(m_session->monitor()->parentWidget())) {
        right->insertWidget(right->indexOf(m_session->monitor()) + 1, qualityHost);
        // The samples keep room for their 4 rows at twice their size (28 px digits).
        right->widget(2)->setMinimumHeight(300);
        right->setStretchFactor(0, 2);
        right->setStretchFactor(1, 2);
        right->setStretchFactor(2, 3);
        right->setSizes({230, 250, 340});
    } else {
        m_session->addSideView(qualityHost);
    }

    m_samples = m_session->addImagePreview(
        kSamples, tr("Samples"), tr("The same noise through G at the step picked below."),
        tr("The generator's samples appear every few steps while training runs"));
    m_samples->setObjectName(QStringLiteral("ganSamples"));
    // GAN Lab's plane lifted to images: real and fake samples on the classifier's features, coloured
    // by D's score, with G's push on each fake; it follows the same step slider.
    m_featureMap = new FeatureMapView(this);
    m_session->previews()->addTab(m_featureMap, tr("Feature map"));
    connect(m_session, &TrainingSession::otherPartial, m_featureMap, &FeatureMapView::recordPartial);
    connect(m_session, &TrainingSession::shownStepChanged, m_featureMap, &FeatureMapView::showStep);
    connect(m_session, &TrainingSession::cleared, m_featureMap, &FeatureMapView::clear);

    connect(m_dataset, &form::DatasetField::folderChosen, this, [this] {
        // Photos: colour, and a size that still trains at a few steps per second on a CPU.
        m_colour->setChecked(true);
        m_imageSize->setValue(std::max(m_imageSize->value(), 32));
    });
    connect(m_start, &QPushButton::clicked, this, &GanTrainPanel::start);
    connect(m_export, &QPushButton::clicked, this, &GanTrainPanel::chooseExport);
    connect(m_session, &TrainingSession::useModel, this, &GanTrainPanel::useModel);
    connect(m_output->edit(), &QLineEdit::textChanged, this,
            [this](const QString &text) { m_session->setModelFolder(text.trimmed()); });
    connect(m_measure, &QCheckBox::toggled, m_common->evalEvery, &QWidget::setEnabled);
    connect(m_session, &TrainingSession::metricsReported, this, &GanTrainPanel::onMetrics);
    connect(m_session, &TrainingSession::cleared, this, &GanTrainPanel::clearRun);
    connect(m_session->stepSlider(), &StepSlider::stepChanged, this,
            [this](qint64 step) { m_quality->setStepCursor(step < 0 ? std::nan("") : double(step)); });
    connect(m_quality, &TrainingMonitor::stepClicked, m_session->stepSlider(), &StepSlider::setCurrentStep);
    connect(m_session, &TrainingSession::finished, this, [this](services::JobState state, const QString &) {
        if (state == services::JobState::Succeeded) {
            const auto r = m_session->job()->resultAs<services::GanTrainResult>();
            QString text = tr("Done: %1 steps, D loss %2, G loss %3, D(x) %4, D(G(z)) %5, %6 steps/s. Saved in %7.")
                               .arg(QLocale().toString(r.step))
                               .arg(QLocale().toString(r.dLoss, 'f', 3))
                               .arg(QLocale().toString(r.gLoss, 'f', 3))
                               .arg(QLocale().toString(r.dReal, 'f', 2))
                               .arg(QLocale().toString(r.dFake, 'f', 2))
                               .arg(QLocale().toString(r.stepsPerSecond, 'f', 1))
                               .arg(QDir::toNativeSeparators(r.checkpointDir));
            if (m_collapse && m_collapse->active())
                text += QLatin1Char(' ') + tr("Mode collapse: %1.").arg(QString::fromStdString(m_collapse->evidence));
            m_session->setStatus(text);
        }
        updateExport();
        Q_EMIT finished(state == services::JobState::Succeeded);
    });
    updateExport();
    m_session->setStatus(tr("Pick a data set and press Train. The losses, D's scores, the sample quality and the "
                            "generator's samples appear as it runs; pause, step and stop here or in the Jobs dock."));
}

GanTrainPanel::~GanTrainPanel() = default;

int GanTrainPanel::classCount(const QString &datasetId) const
{
    if (datasetId == QLatin1String("shapes"))
        return int(engine::data::shapeNames().size());
    if (const QString folder = form::DatasetField::folderOf(datasetId); !folder.isEmpty()) {
        // A folder's classes are its subfolders (the data module's rule); the trainer checks again.
        const QDir dir(folder);
        return int(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }
    return 10; // digits, procedural digits
}

services::GanTrainRequest GanTrainPanel::request() const
{
    services::GanTrainRequest r;
    r.config.imageSize = m_imageSize->value();
    r.config.channels = m_colour->isChecked() ? 3 : 1;
    r.config.latentDim = m_latent->value();
    r.config.baseChannels = m_width->value();
    r.config.spectralNorm = m_spectral->isChecked();
    r.config.conditional = m_conditional->isChecked();
    r.options.dataset = m_dataset->id().toStdString();
    if (r.config.conditional)
        r.config.numClasses = classCount(r.datasetId());
    r.options.loss = eg::GanLoss(m_loss->currentData().toInt());
    r.options.discriminatorSteps = m_dSteps->value();
    r.options.beta1 = m_beta1->value();
    r.options.beta2 = m_beta2->value();
    m_common->read(r.options);
    if (!m_measure->isChecked())
        r.options.classifierDir.clear();
    r.options.outDir = m_output->folder().toStdString();
    r.options.resume = m_output->resume();
    return r;
}

void GanTrainPanel::setRequest(const services::GanTrainRequest &r)
{
    m_imageSize->setValue(r.config.imageSize);
    m_colour->setChecked(r.config.channels == 3);
    m_latent->setValue(r.config.latentDim);
    m_width->setValue(r.config.baseChannels);
    m_spectral->setChecked(r.config.spectralNorm);
    m_conditional->setChecked(r.config.conditional);
    setDataset(r.datasetId());
    select(m_loss, int(r.options.loss));
    m_dSteps->setValue(r.options.discriminatorSteps);
    m_beta1->setValue(r.options.beta1);
    m_beta2->setValue(r.options.beta2);
    m_common->set(r.options);
    m_measure->setChecked(m_measure->isEnabled() && !r.options.classifierDir.empty());
    m_output->set(r.outDir(), r.options.resume);
}

void GanTrainPanel::setDataset(const QString &id)
{
    m_dataset->setId(id);
}

QJsonObject GanTrainPanel::saveState() const
{
    const services::GanTrainRequest r = request();
    QJsonObject o;
    o.insert(QStringLiteral("config"), QJsonDocument::fromJson(QByteArray::fromStdString(r.config.toJson())).object());
    o.insert(QStringLiteral("dataset"), r.datasetId());
    o.insert(QStringLiteral("loss"), QString::fromStdString(eg::lossName(r.options.loss)));
    o.insert(QStringLiteral("d_steps"), r.options.discriminatorSteps);
    o.insert(QStringLiteral("beta1"), r.options.beta1);
    o.insert(QStringLiteral("beta2"), r.options.beta2);
    o.insert(QStringLiteral("steps"), qint64(r.options.steps));
    o.insert(QStringLiteral("batch"), r.options.batchSize);
    o.insert(QStringLiteral("lr"), r.options.learningRate);
    o.insert(QStringLiteral("seed"), qint64(r.options.seed));
    o.insert(QStringLiteral("preview_every"), qint64(r.options.previewEvery));
    o.insert(QStringLiteral("eval_every"), qint64(r.options.evalEvery));
    o.insert(QStringLiteral("checkpoint_every"), qint64(r.options.checkpointEvery));
    o.insert(QStringLiteral("measure"), m_measure->isChecked());
    o.insert(QStringLiteral("out"), r.outDir());
    return o;
}

void GanTrainPanel::restoreState(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    services::GanTrainRequest r = request();
    std::string error;
    const eg::ImageGanConfig config = eg::ImageGanConfig::fromJson(
        QJsonDocument(state.value(QStringLiteral("config")).toObject()).toJson(QJsonDocument::Compact).toStdString(),
        &error);
    if (error.empty() && config.validate().empty())
        r.config = config;
    if (state.contains(QStringLiteral("dataset")))
        r.options.dataset = state.value(QStringLiteral("dataset")).toString().toStdString();
    eg::parseLoss(state.value(QStringLiteral("loss")).toString().toStdString(), &r.options.loss);
    r.options.discriminatorSteps = state.value(QStringLiteral("d_steps")).toInt(r.options.discriminatorSteps);
    r.options.beta1 = state.value(QStringLiteral("beta1")).toDouble(r.options.beta1);
    r.options.beta2 = state.value(QStringLiteral("beta2")).toDouble(r.options.beta2);
    r.options.steps = state.value(QStringLiteral("steps")).toInteger(r.options.steps);
    r.options.batchSize = state.value(QStringLiteral("batch")).toInt(r.options.batchSize);
    r.options.learningRate = state.value(QStringLiteral("lr")).toDouble(r.options.learningRate);
    r.options.seed = quint64(state.value(QStringLiteral("seed")).toInteger(qint64(r.options.seed)));
    r.options.previewEvery = state.value(QStringLiteral("preview_every")).toInteger(r.options.previewEvery);
    r.options.evalEvery = state.value(QStringLiteral("eval_every")).toInteger(r.options.evalEvery);
    r.options.checkpointEvery = state.value(QStringLiteral("checkpoint_every")).toInteger(r.options.checkpointEvery);
    if (!state.value(QStringLiteral("measure")).toBool(true))
        r.options.classifierDir.clear();
    const QString out = state.value(QStringLiteral("out")).toString();
    if (!out.isEmpty())
        r.options.outDir = out.toStdString();
    r.options.resume = train::Resume::Never; // a restored form never continues a run by itself
    setRequest(r);
}

bool GanTrainPanel::start()
{
    if (isRunning())
        return false;
    services::GanTrainRequest r = request();
    if (const QString problem = m_dataset->problem(); !problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    if (r.config.conditional && r.config.numClasses < 2) {
        m_session->setStatus(tr("A class-conditional GAN needs classes: this folder has no subfolders of images. "
                                "Untick “Class-conditional” or pick a folder with one subfolder per class."),
                             TrainingSession::Tone::Error);
        return false;
    }
    if (const std::string problem = r.config.validate(); !problem.empty()) {
        m_session->setStatus(QString::fromStdString(problem), TrainingSession::Tone::Error);
        return false;
    }
    if (const QString problem = m_output->problem(); !problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    r.options.outDir = m_output->folder().toStdString(); // a taken folder we proposed was replaced
    services::Job *job = m_service->trainImage(r);
    m_running = r;
    m_previewColumns = r.config.conditional ? std::min(r.config.numClasses, 10) : std::clamp(r.options.previewColumns, 1, 16);
    // A fresh run empties the views (cleared(), during attach), and the grids recorded here with them.
    m_session->attach(job, r.options);
    connect(job, &services::Job::partialResult, this, &GanTrainPanel::onPartial);
    m_qualityNote->setText(r.options.classifierDir.empty()
                               ? tr("not measured in this run (“Measure sample quality” is off)")
                               : tr("every %1 steps, %2 samples of one fixed noise; a collapse is flagged when half "
                                    "the classes or more stay absent")
                                     .arg(r.options.evalEvery)
                                     .arg(r.options.qualitySamples));
    m_qualityNote->setToolTip(m_qualityNote->text());
    updateExport();
    return true;
}

void GanTrainPanel::clearRun()
{
    m_grids.clear();
    m_coverage.clear();
    m_quality->clearData();
    updateCollapse();
    updateExport();
}

// The sample grids by step, for the export (the session keeps its own for the slider).
void GanTrainPanel::onPartial(const engine::Partial &partial)
{
    auto preview = train::ImagePreview::decode(partial);
    if (!preview || preview->what != kSamples.toStdString())
        return;
    // A resumed run retraces the steps after its checkpoint: its grids replace the older ones.
    m_grids.erase(m_grids.lower_bound(preview->step), m_grids.end());
    m_grids[preview->step] = std::move(preview->images);
    if (m_grids.size() > kMaxRecordedGrids) {
        // Thin evenly: every other grid of the older half goes.
        auto it = m_grids.begin();
        for (std::size_t i = 0; i < kMaxRecordedGrids / 2 && it != m_grids.end(); ++i)
            it = (i % 2 == 1) ? m_grids.erase(it) : std::next(it);
    }
    updateExport();
}

void GanTrainPanel::onMetrics(const train::Metrics &m)
{
    if (!m.evaluation)
        return;
    // A resumed run retraces steps: its measurements replace the older ones from there.
    if (!m_coverage.empty() && m.step <= m_coverage.back().step) {
        m_coverage.erase(std::remove_if(m_coverage.begin(), m_coverage.end(),
                                        [&](const ev::CoveragePoint &p) { return p.step >= m.step; }),
                         m_coverage.end());
        m_quality->removePointsFrom(double(m.step));
    }
    const double step = double(m.step);
    const int total = int(m.value("classes_total", 0));
    if (total > 0)
        m_quality->appendPoint(QStringLiteral("coverage"), step, m.value("classes_covered", 0) / double(total));
    for (const char *name : {"recall", "precision", "mean_confidence", "duplicate_rate", "frechet_distance"})
        if (m.has(name))
            m_quality->appendPoint(QString::fromLatin1(name), step, m.value(name, 0));
    m_coverage.push_back({m.step, int(m.value("classes_covered", 0)), total, m.value("recall", -1)});
    updateCollapse();
}

void GanTrainPanel::updateCollapse()
{
    m_collapse = ev::detectCollapse(m_coverage);
    QCustomPlot *plot = m_quality->plot();
    if (!m_collapse) {
        m_collapseLabel->hide();
        if (m_collapseLine) {
            plot->removeItem(m_collapseLine);
            plot->removeItem(m_collapseText);
            m_collapseLine = nullptr;
            m_collapseText = nullptr;
            m_quality->replotNow();
        }
        return;
    }
    const QString evidence = QString::fromStdString(m_collapse->evidence);
    const bool active = m_collapse->active();
    m_collapseLabel->setText(active ? tr("⚠ Mode collapse: %1.").arg(evidence)
                                    : tr("Mode collapse (%1), %2.").arg(evidence, QString::fromStdString(m_collapse->clearedText)));
    m_collapseLabel->setStyleSheet(active ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(kWarning.name())
                                          : QStringLiteral("QLabel { color: palette(mid); }"));
    m_collapseLabel->show();
    if (!m_collapseLine) {
        m_collapseLine = new QCPItemStraightLine(plot);
        m_collapseText = new QCPItemText(plot);
        m_collapseText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_collapseText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_collapseText->setText(tr("collapse"));
    }
    const QColor colour = active ? kWarning : QColor(140, 140, 140);
    QPen pen(colour, 1.5, Qt::DashLine);
    m_collapseLine->setPen(pen);
    m_collapseLine->point1->setCoords(double(m_collapse->since), 0);
    m_collapseLine->point2->setCoords(double(m_collapse->since), 1);
    m_collapseText->setColor(colour);
    m_collapseText->position->setCoords(double(m_collapse->since), 0.02);
    const QString since = QString::fromStdString(ev::groupedStep(m_collapse->since));
    m_collapseText->setText(active ? tr(" collapse since %1").arg(since)
                                   : tr(" collapse %1–%2").arg(since, QString::fromStdString(ev::groupedStep(m_collapse->lastStep))));
    m_quality->replotNow();
}

QList<qint64> GanTrainPanel::recordedSteps() const
{
    QList<qint64> steps;
    for (const auto &[step, images] : m_grids)
        steps << step;
    return steps;
}

void GanTrainPanel::updateExport()
{
    const bool busy = m_exportJob && !m_exportJob->isFinished();
    m_export->setEnabled(!m_grids.empty() && !busy);
}

void GanTrainPanel::chooseExport()
{
    const QString suggested = QDir(m_running.outDir().isEmpty() ? QDir::homePath() : m_running.outDir())
                                  .filePath(QStringLiteral("evolution.gif"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the evolution"), suggested,
                                                      tr("Animated GIF (*.gif);;MP4 video (*.mp4)"));
    if (!path.isEmpty())
        exportEvolution(path);
}

bool GanTrainPanel::exportEvolution(const QString &path)
{
    if (m_grids.empty()) {
        m_session->setStatus(tr("Nothing to export yet: the sample grids are recorded while training runs."),
                             TrainingSession::Tone::Error);
        return false;
    }
    const auto format = services::latent::formatFromPath(path);
    if (!format || *format == services::latent::ExportFormat::PngStrip) {
        m_session->setStatus(tr("Save the evolution as .gif or .mp4 (not %1).").arg(QFileInfo(path).fileName()),
                             TrainingSession::Tone::Error);
        return false;
    }
    services::GanEvolutionExport request;
    request.path = path;
    request.format = *format;
    request.columns = m_previewColumns;
    QList<qint64> steps;
    for (const auto &[step, images] : m_grids) {
        request.frames.push_back({step, images});
        steps << step;
    }
    request.recipe = services::gan::evolutionRecipe(m_running, steps);
    services::Job *job = m_service->exportEvolution(request);
    m_exportJob = job;
    updateExport();
    const int count = int(steps.size());
    connect(job, &services::Job::finished, this, [this, count, path](services::JobState state, const QString &message) {
        updateExport();
        const bool ok = state == services::JobState::Succeeded;
        if (ok)
            m_session->setStatus(tr("Saved the evolution (%1 grids) in %2, its recipe beside it.")
                                     .arg(count)
                                     .arg(QDir::toNativeSeparators(path)));
        else if (state == services::JobState::Failed)
            m_session->setStatus(tr("The evolution was not saved: %1").arg(message), TrainingSession::Tone::Error);
        Q_EMIT exportFinished(ok, ok ? path : message);
    });
    return true;
}

} // namespace genlab::widgets::ganlab
