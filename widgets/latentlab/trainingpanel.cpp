#include "widgets/latentlab/trainingpanel.h"

#include "services/job.h"
#include "services/training.h"
#include "widgets/components/datasetfield.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/outputfield.h"
#include "widgets/components/trainingsession.h"
#include "widgets/latentlab/klbarsplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace genlab::widgets {

namespace vae = engine::vae;
namespace train = engine::train;

TrainingPanel::TrainingPanel(services::LatentService *service, QWidget *parent) : TrainingPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("trainingPanel"));

    // Every field starts from the engine's defaults: the model's and the trainer's.
    const services::LatentTrainRequest defaults;
    auto *formHost = new QWidget(m_session);
    auto *formLayout = new QVBoxLayout(formHost);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto *dataBox = new QGroupBox(tr("Data"), formHost);
    auto *dataForm = new QFormLayout(dataBox);
    m_dataset = new form::DatasetField(dataForm, QStringLiteral("trainDataset"));
    formLayout->addWidget(dataBox);

    auto *modelBox = new QGroupBox(tr("Model"), formHost);
    auto *modelForm = new QFormLayout(modelBox);
    m_kind = new QComboBox(modelBox);
    m_kind->setObjectName(QStringLiteral("trainKind"));
    m_kind->addItem(tr("VAE (stochastic encoder, KL term)"), int(vae::VaeConfig::Kind::Vae));
    m_kind->addItem(tr("Autoencoder (no KL)"), int(vae::VaeConfig::Kind::Autoencoder));
    modelForm->addRow(tr("Kind"), m_kind);
    m_latent = form::spinBox(modelBox, vae::kMinLatentDim, vae::kMaxLatentDim, defaults.config.latentDim,
                             QStringLiteral("trainLatent"));
    modelForm->addRow(tr("Latent size"), m_latent);
    m_imageSize = form::spinBox(modelBox, vae::kMinImageSize, vae::kMaxImageSize, defaults.config.imageSize,
                                QStringLiteral("trainImageSize"), 4, tr(" px"));
    modelForm->addRow(tr("Image size"), m_imageSize);
    m_colour = new QCheckBox(tr("Colour (3 channels)"), modelBox);
    m_colour->setChecked(defaults.config.channels == 3);
    modelForm->addRow(QString(), m_colour);
    m_likelihood = new QComboBox(modelBox);
    m_likelihood->addItem(tr("Bernoulli (binary cross-entropy)"), int(vae::VaeConfig::Likelihood::Bernoulli));
    m_likelihood->addItem(tr("Gaussian (squared error)"), int(vae::VaeConfig::Likelihood::Gaussian));
    m_likelihood->setCurrentIndex(m_likelihood->findData(int(defaults.config.likelihood)));
    modelForm->addRow(tr("Likelihood"), m_likelihood);
    m_beta = form::doubleSpinBox(modelBox, 0.0, 100.0, defaults.config.beta, 2, 0.1, QStringLiteral("trainBeta"));
    m_beta->setToolTip(tr("Weight of the KL term: larger values give a smoother, more prior-like latent space and "
                          "blurrier reconstructions, and more collapsed dimensions"));
    modelForm->addRow(tr("β (KL weight)"), m_beta);
    m_warmup = form::spinBox(modelBox, 0, 1000000, defaults.config.betaWarmupSteps, QStringLiteral("trainWarmup"), 100,
                             tr(" steps"));
    m_warmup->setToolTip(tr("β grows linearly from 0 over these steps (against posterior collapse)"));
    modelForm->addRow(tr("β warm-up"), m_warmup);
    formLayout->addWidget(modelBox);

    auto *trainBox = new QGroupBox(tr("Training"), formHost);
    auto *trainForm = new QFormLayout(trainBox);
    m_common = std::make_unique<form::CommonFields>(trainForm, defaults.options, form::CommonFields::All,
                                                    tr("Reconstructions every"));
    m_output = new form::OutputField(trainForm, QStringLiteral("train"), &services::LatentService::defaultTrainingFolder);
    formLayout->addWidget(trainBox);
    m_session->setForm(formHost);

    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), formHost);
    m_start->setObjectName(QStringLiteral("trainStart"));
    m_session->setStartButton(m_start);
    QPushButton *use = m_session->useButton();
    use->setText(tr("Use in the explorer"));
    use->setObjectName(QStringLiteral("trainUse"));
    use->setToolTip(tr("Load the latest checkpoint into the explorer (map, samples, sliders)"));
    m_session->statusLabel()->setObjectName(QStringLiteral("trainStatus"));
    m_session->setAdvice(tr("use it in the explorer"), tr("tick “Resume” to continue"));
    m_session->setModelFolder(m_output->folder());

    // What training shows.
    m_session->setAxisTitles(tr("training step"), tr("nats per image"), tr("β"));
    m_session->addCurve(QStringLiteral("reconstruction"), tr("reconstruction"));
    m_session->addCurve(QStringLiteral("kl"), tr("KL"));
    m_session->addCurve(QStringLiteral("elbo"), tr("−ELBO"), TrainingMonitor::Axis::Left, {}, -1.0);
    m_session->addCurve(QStringLiteral("beta"), tr("β"), TrainingMonitor::Axis::Right, QColor(120, 120, 120));
    m_klBars = new KlBarsPlot(m_session);
    m_session->addSideView(m_klBars);
    // Inputs in the first row, their reconstructions below; the outputs carry their step, so a
    // grid exported from any point of the slider says when it was made.
    m_grid = m_session->addImagePreview(
        QStringLiteral("reconstructions"), tr("Reconstructions"),
        tr("Inputs above, the model's outputs below, at the step picked below."),
        tr("Reconstructions appear every few steps while training runs"), [](const train::ImagePreview &p) {
            const int cols = p.cols > 0 ? p.cols : std::max(1, int(p.images.size()) / 2);
            QStringList labels;
            for (int i = 0; i < int(p.images.size()); ++i)
                labels << (i < cols ? tr("input") : tr("step %1").arg(p.step));
            return labels;
        });
    m_grid->setObjectName(QStringLiteral("reconstructionGrid"));
    m_session->addImagePreview(QStringLiteral("samples"), tr("Samples"),
                               tr("The same draws from the prior N(0, I), decoded at the step picked below."),
                               tr("A VAE's prior samples appear every few steps while training runs"));

    connect(m_dataset, &form::DatasetField::folderChosen, this, [this] {
        // Photos: colour, and a size that still trains at a few steps per second on a CPU.
        m_colour->setChecked(true);
        m_imageSize->setValue(std::max(m_imageSize->value(), 32));
    });
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_session, &TrainingSession::useModel, this, &TrainingPanel::useModel);
    connect(m_output->edit(), &QLineEdit::textChanged, this, [this](const QString &text) { m_session->setModelFolder(text.trimmed()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool isVae = m_kind->currentData().toInt() == int(vae::VaeConfig::Kind::Vae);
        m_beta->setEnabled(isVae);
        m_warmup->setEnabled(isVae);
    });
    connect(m_session, &TrainingSession::metricsReported, this, &TrainingPanel::onMetrics);
    connect(m_session, &TrainingSession::cleared, m_klBars, &KlBarsPlot::clear);
    connect(m_session, &TrainingSession::finished, this, [this](services::JobState state, const QString &) {
        if (state == services::JobState::Succeeded) {
            const auto result = m_session->job()->resultAs<services::LatentTrainResult>();
            m_session->setStatus(tr("Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.")
                                     .arg(QLocale().toString(result.step))
                                     .arg(QLocale().toString(result.reconstruction, 'f', 1))
                                     .arg(QLocale().toString(result.kl, 'f', 1))
                                     .arg(QLocale().toString(result.imagesPerSecond, 'f', 0))
                                     .arg(QDir::toNativeSeparators(result.checkpointDir)));
        }
        Q_EMIT finished(state == services::JobState::Succeeded);
    });
    m_session->setStatus(tr("Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it "
                            "runs; pause, step and stop here or in the Jobs dock."));
}

TrainingPanel::~TrainingPanel() = default;

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
    r.options.dataset = m_dataset->id().toStdString();
    m_common->read(r.options);
    r.options.outDir = m_output->folder().toStdString();
    r.options.resume = m_output->resume();
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
    setDataset(r.datasetId());
    m_common->set(r.options);
    m_output->set(r.outDir(), r.options.resume);
}

void TrainingPanel::setDataset(const QString &id)
{
    m_dataset->setId(id);
}

bool TrainingPanel::start()
{
    if (isRunning())
        return false;
    QString problem = m_dataset->problem();
    if (problem.isEmpty())
        problem = m_output->problem();
    if (!problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    const services::LatentTrainRequest r = request(); // after the checks: a taken folder was replaced
    m_lastKlStep = -1000000;
    m_totalSteps = r.options.steps;
    m_isVae = r.config.kind == vae::VaeConfig::Kind::Vae;
    services::Job *job = m_service->train(r);
    m_session->attach(job, r.options);
    if (!m_isVae)
        m_klBars->setNotApplicable(tr("An autoencoder has no KL term: its codes are not pulled towards a prior, so no "
                                      "dimension collapses (and sampling from N(0, I) means little)."));
    return true;
}

void TrainingPanel::onMetrics(const train::Metrics &m)
{
    // Bars at most every few steps: the numbers move slowly and the plot need not redraw per step.
    if (m_isVae && !m.values.empty() && (m.step - m_lastKlStep >= 10 || m.step == m_totalSteps)) {
        m_lastKlStep = m.step;
        m_klBars->setValues(m.values, m.step);
    }
}

} // namespace genlab::widgets
