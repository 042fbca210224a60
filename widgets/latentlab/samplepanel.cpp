#include "widgets/latentlab/samplepanel.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"
#include "widgets/latentlab/explorerstate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <random>

namespace genlab::widgets {

SamplePanel::SamplePanel(ExplorerState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("samplePanel"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setRange(0, 999999999);
    m_seed->setValue(1);
    row->addWidget(m_seed);
    m_newSeed = new QPushButton(tr("New seed"), this);
    m_newSeed->setObjectName(QStringLiteral("latentNewSeed"));
    m_newSeed->setToolTip(tr("Draw new samples with a random seed"));
    row->addWidget(m_newSeed);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Temperature"), this));
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("sampleTemperature"));
    m_temperature->setRange(0.0, 3.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(1.0);
    m_temperature->setToolTip(tr("The scale of z: 1 draws from the prior N(0, I); smaller values stay near the "
                                 "centre (typical, blurrier images), larger ones go where the model saw little data"));
    row->addWidget(m_temperature);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Count"), this));
    m_count = new QComboBox(this);
    for (int n : {16, 36, 64, 100})
        m_count->addItem(QString::number(n), n);
    m_count->setCurrentIndex(1);
    row->addWidget(m_count);
    row->addStretch(1);
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save PNG…"), this);
    m_save->setToolTip(tr("Save the grid as a PNG that carries its recipe"));
    row->addWidget(m_save);
    layout->addLayout(row);
    m_note = new QLabel(tr("Each tile decodes a z drawn from the prior. Click one to make it the current point."), this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_grid = new ImageGridView(this);
    m_grid->setObjectName(QStringLiteral("sampleGrid"));
    m_grid->setEmptyText(tr("Sampling…"));
    m_grid->setToolbarVisible(false); // "Save PNG…" above saves with the recipe
    layout->addWidget(m_grid, 1);

    connect(m_seed, &QSpinBox::valueChanged, this, &SamplePanel::resample);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &SamplePanel::resample);
    connect(m_count, &QComboBox::currentIndexChanged, this, &SamplePanel::resample);
    connect(m_seed, &QSpinBox::valueChanged, this, &SamplePanel::settingsChanged);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &SamplePanel::settingsChanged);
    connect(m_count, &QComboBox::currentIndexChanged, this, &SamplePanel::settingsChanged);
    connect(m_newSeed, &QPushButton::clicked, this, [this] {
        std::random_device rd;
        m_seed->setValue(int(rd() % 1000000));
    });
    connect(m_save, &QPushButton::clicked, this, &SamplePanel::saveDialog);
    connect(m_grid, &ImageGridView::tileClicked, this, [this](int index) {
        const int dim = m_result.output.dim;
        if (dim <= 0 || index < 0 || std::size_t(index + 1) * dim > m_result.output.latents.size())
            return;
        const auto first = m_result.output.latents.begin() + std::ptrdiff_t(index) * dim;
        m_state->setCurrent(engine::vae::Latent(first, first + dim), ExplorerState::Origin::Samples);
    });
    connect(m_state, &ExplorerState::modelChanged, this, &SamplePanel::resample);
}

quint64 SamplePanel::seed() const
{
    return quint64(m_seed->value());
}

double SamplePanel::temperature() const
{
    return m_temperature->value();
}

int SamplePanel::count() const
{
    return m_count->currentData().toInt();
}

void SamplePanel::setSettings(quint64 seed, double temperature, int count)
{
    const QSignalBlocker b1(m_seed), b2(m_temperature), b3(m_count);
    m_seed->setValue(int(std::min<quint64>(seed, quint64(m_seed->maximum()))));
    m_temperature->setValue(temperature);
    int index = m_count->findData(count);
    if (index < 0) {
        m_count->addItem(QString::number(count), count);
        index = m_count->count() - 1;
    }
    m_count->setCurrentIndex(index);
    resample();
    Q_EMIT settingsChanged();
}

void SamplePanel::resample()
{
    if (!m_state->hasModel())
        return;
    services::SampleRequest request;
    request.count = count();
    request.seed = seed();
    request.temperature = temperature();
    m_job = m_state->service()->sample(request);
    services::Job *job = m_job;
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (job != m_job)
            return; // a newer request replaced it
        if (state == services::JobState::Failed) {
            m_note->setText(tr("Sampling failed: %1").arg(message));
            return;
        }
        if (state != services::JobState::Succeeded)
            return;
        services::SampleResult r = job->resultAs<services::SampleResult>();
        if (r.modelGeneration != m_state->model().generation)
            return;
        m_result = std::move(r);
        m_grid->setColumns(0); // as many as fit: the panel is wide and low
        m_grid->setImages(m_result.output.images);
        QString note = tr("%1 draws of z from N(0, σ²·I) with σ = %2 (the temperature), seed %3. Click one to make it the current point.")
                           .arg(m_result.output.images.size())
                           .arg(QLocale().toString(m_result.request.temperature, 'g', 3))
                           .arg(m_result.request.seed);
        if (!m_state->model().isVae())
            note += QLatin1Char(' ') + tr("This model is a plain autoencoder: nothing made its codes follow N(0, I), so "
                                          "these draws need not look like the data. Compare with a VAE.");
        m_note->setText(note);
        Q_EMIT samplesShown();
    });
}

services::Job *SamplePanel::exportTo(const QString &path)
{
    if (!hasSamples() || !m_state->hasModel())
        return nullptr;
    services::ImageExport request;
    request.kind = services::ImageExport::Kind::SampleGrid;
    request.path = path;
    request.images = m_result.output.images;
    request.recipe = services::latent::sampleRecipe(m_state->model().source, m_result.request.count, m_result.request.seed,
                                                    m_result.request.temperature);
    services::Job *job = m_state->service()->exportImages(request);
    connect(job, &services::Job::finished, this, [this, path](services::JobState state, const QString &message) {
        Q_EMIT exported(path, state == services::JobState::Succeeded, message);
    });
    return job;
}

void SamplePanel::saveDialog()
{
    if (!hasSamples())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save samples"), QStringLiteral("samples-seed%1.png").arg(seed()),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    exportTo(path);
}

} // namespace genlab::widgets
