#include "widgets/ganlab/generatorexplorer.h"
#include "widgets/components/seedrange.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::ganlab {

namespace vae = engine::vae;
namespace latent = services::latent;
using services::Job;
using services::JobState;

namespace {


QSpinBox *seedSpin(QWidget *parent, const QString &name, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(0, kMaxSeed);
    s->setValue(value);
    return s;
}

QLabel *note(QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

GeneratorExplorer::GeneratorExplorer(services::GanExploreService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("generatorExplorer"));
    auto *outer = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split);

    // The form.
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *form = new QWidget(scroll);
    auto *v = new QVBoxLayout(form);

    auto *modelBox = new QGroupBox(tr("Generator"), form);
    auto *mv = new QVBoxLayout(modelBox);
    auto *modelRow = new QHBoxLayout;
    m_modelCombo = new QComboBox(modelBox);
    m_modelCombo->setObjectName(QStringLiteral("generatorCombo"));
    m_modelCombo->addItem(tr("gan-digits (shipped)"), QString::fromLatin1(services::gan::kShippedGenerator));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(14);
    modelRow->addWidget(m_modelCombo, 1);
    m_open = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open folder…"), modelBox);
    m_open->setObjectName(QStringLiteral("openGeneratorButton"));
    m_open->setToolTip(tr("A checkpoint folder written by the GAN lab's training or `genlab train gan`"));
    modelRow->addWidget(m_open);
    mv->addLayout(modelRow);
    m_modelInfo = note(modelBox, QStringLiteral("generatorInfo"));
    mv->addWidget(m_modelInfo);
    v->addWidget(modelBox);

    auto *sampleBox = new QGroupBox(tr("Samples"), form);
    auto *sf = new QFormLayout(sampleBox);
    auto *seedRow = new QHBoxLayout;
    m_seed = seedSpin(sampleBox, QStringLiteral("sampleSeed"), 1);
    m_seed->setToolTip(tr("The same seed draws the same noise, so it gives the same images"));
    seedRow->addWidget(m_seed, 1);
    m_newSeed = new QPushButton(tr("New seed"), sampleBox);
    m_newSeed->setObjectName(QStringLiteral("newSeedButton"));
    seedRow->addWidget(m_newSeed);
    sf->addRow(tr("Seed"), seedRow);
    m_truncation = new QDoubleSpinBox(sampleBox);
    m_truncation->setObjectName(QStringLiteral("truncationSpin"));
    m_truncation->setRange(0, 4);
    m_truncation->setSingleStep(0.1);
    m_truncation->setDecimals(2);
    m_truncation->setSpecialValueText(tr("none"));
    m_truncation->setToolTip(tr("The truncation trick: noise values beyond ±T are drawn again. Smaller T gives fewer, "
                                "more typical images; none keeps the full variety."));
    sf->addRow(tr("Truncation"), m_truncation);
    m_class = new QComboBox(sampleBox);
    m_class->setObjectName(QStringLiteral("classCombo"));
    m_class->setToolTip(tr("A class-conditional generator draws the class it is given"));
    sf->addRow(tr("Class"), m_class);
    m_count = new QSpinBox(sampleBox);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 200);
    m_count->setValue(40);
    sf->addRow(tr("Count"), m_count);
    v->addWidget(sampleBox);

    auto *pathBox = new QGroupBox(tr("Interpolation"), form);
    auto *pf = new QFormLayout(pathBox);
    auto *seeds = new QHBoxLayout;
    m_fromSeed = seedSpin(pathBox, QStringLiteral("fromSeed"), 1);
    m_toSeed = seedSpin(pathBox, QStringLiteral("toSeed"), 2);
    seeds->addWidget(m_fromSeed);
    seeds->addWidget(new QLabel(QStringLiteral("→"), pathBox));
    seeds->addWidget(m_toSeed);
    pf->addRow(tr("Seeds"), seeds);
    m_endpoints = note(pathBox, QStringLiteral("endpointText"));
    pf->addRow(m_endpoints);
    m_frames = new QSpinBox(pathBox);
    m_frames->setObjectName(QStringLiteral("framesSpin"));
    m_frames->setRange(2, 200);
    m_frames->setValue(10);
    pf->addRow(tr("Frames"), m_frames);
    auto *exportRow = new QHBoxLayout;
    m_method = new QComboBox(pathBox);
    m_method->setObjectName(QStringLiteral("exportMethod"));
    m_method->addItem(tr("slerp"), int(vae::PathMethod::Slerp));
    m_method->addItem(tr("lerp"), int(vae::PathMethod::Lerp));
    exportRow->addWidget(m_method);
    m_format = new QComboBox(pathBox);
    m_format->addItem(tr("GIF"), int(latent::ExportFormat::Gif));
    m_format->addItem(tr("MP4"), int(latent::ExportFormat::Mp4));
    m_format->addItem(tr("PNG strip"), int(latent::ExportFormat::PngStrip));
    exportRow->addWidget(m_format);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), pathBox);
    m_export->setObjectName(QStringLiteral("exportPathButton"));
    m_export->setToolTip(tr("Writes the strip with its recipe (beside a GIF or MP4, inside a PNG)"));
    exportRow->addWidget(m_export);
    pf->addRow(tr("Export"), exportRow);
    v->addWidget(pathBox);

    m_status = note(form, QStringLiteral("explorerStatus"));
    v->addWidget(m_status);
    v->addStretch(1);
    scroll->setWidget(form);
    scroll->setMinimumWidth(std::min(form->sizeHint().width() + 24, 380));

    // The views: the grid on top, the two paths below it.
    auto *views = new QWidget(split);
    auto *vv = new QVBoxLayout(views);
    vv->setContentsMargins(0, 0, 0, 0);
    m_grid = new ImageGridView(views);
    m_grid->setObjectName(QStringLiteral("sampleGrid"));
    m_grid->setEmptyText(tr("Loading the generator…"));
    m_grid->setToolTip(tr("Click two samples to interpolate between their noise vectors"));
    m_grid->setCustomExport(true); // the PNG carries the recipe (exportGridTo)
    vv->addWidget(m_grid, 3);
    auto strip = [&](QLabel *&label, ImageGridView *&view, const QString &name) {
        label = new QLabel(views);
        label->setTextFormat(Qt::RichText);
        vv->addWidget(label);
        view = new ImageGridView(views);
        view->setObjectName(name);
        view->setLayoutMode(ImageGridView::Layout::Strip);
        view->setToolbarVisible(false);
        view->setEmptyText(tr("Pick two seeds or click two samples"));
        view->setMinimumHeight(64);
        vv->addWidget(view, 1);
    };
    strip(m_lerpLabel, m_lerpStrip, QStringLiteral("lerpStrip"));
    strip(m_slerpLabel, m_slerpStrip, QStringLiteral("slerpStrip"));
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({scroll->minimumWidth(), 900});

    fillClassCombo();
    m_pathRequest.from = {1, 1, 0};
    m_pathRequest.to = {2, 1, 0};
    m_pathRequest.frameCount = m_frames->value();
    updateEndpointText();
    m_export->setEnabled(false);

    connect(m_modelCombo, &QComboBox::activated, this, [this](int i) { load(m_modelCombo->itemData(i).toString()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("A GAN checkpoint folder"));
        if (!dir.isEmpty())
            useModel(dir);
    });
    connect(m_newSeed, &QPushButton::clicked, this,
            [this] { setSeed(quint64(QRandomGenerator::global()->bounded(1, kMaxSeed + 1))); });
    auto resample = [this] {
        if (m_quiet)
            return;
        requestSamples();
        Q_EMIT settingsChanged();
    };
    connect(m_seed, &QSpinBox::valueChanged, this, resample);
    connect(m_count, &QSpinBox::valueChanged, this, resample);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        if (m_quiet)
            return;
        requestSamples();
        requestPath(); // the class of the path's frames
        Q_EMIT settingsChanged();
    });
    connect(m_truncation, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_quiet)
            return;
        requestSamples();
        requestPath(); // the endpoints are drawn with it
        Q_EMIT settingsChanged();
    });
    auto seedsChanged = [this] {
        if (!m_quiet)
            pathFromSeeds();
    };
    connect(m_fromSeed, &QSpinBox::valueChanged, this, seedsChanged);
    connect(m_toSeed, &QSpinBox::valueChanged, this, seedsChanged);
    connect(m_frames, &QSpinBox::valueChanged, this, [this](int frames) {
        m_pathRequest.frameCount = frames;
        if (m_quiet)
            return;
        requestPath();
        Q_EMIT settingsChanged();
    });
    connect(m_grid, &ImageGridView::tileClicked, this, &GeneratorExplorer::pickSample);
    connect(m_export, &QPushButton::clicked, this, &GeneratorExplorer::chooseExportFile);
    connect(m_grid, &ImageGridView::exportRequested, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Export the samples"),
                                                    QStringLiteral("gan-samples-seed%1.png").arg(m_samples.request.seed),
                                                    tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".png");
        exportGridTo(path);
    });
    connect(m_method, &QComboBox::activated, this, [this] { Q_EMIT settingsChanged(); });
}

GeneratorExplorer::~GeneratorExplorer()
{
    for (Job *job : {m_loadJob.data(), m_sampleJob.data(), m_pathJob.data()})
        if (job)
            job->cancel();
}

void GeneratorExplorer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void GeneratorExplorer::ensureLoaded()
{
    if (!m_model.has() && !m_loadJob)
        load(m_modelCombo->currentData().toString());
}

bool GeneratorExplorer::isBusy() const
{
    return m_loadJob || m_sampleJob || m_pathJob || m_exportJob;
}

void GeneratorExplorer::useModel(const QString &folder)
{
    if (folder.isEmpty())
        return;
    selectModelItem(folder);
    load(folder);
}

void GeneratorExplorer::selectModelItem(const QString &nameOrFolder)
{
    int i = m_modelCombo->findData(nameOrFolder);
    if (i < 0) {
        const QString shown = QFileInfo(nameOrFolder).fileName().isEmpty() ? nameOrFolder : QFileInfo(nameOrFolder).fileName();
        m_modelCombo->addItem(shown, nameOrFolder);
        i = m_modelCombo->count() - 1;
        m_modelCombo->setItemData(i, QDir::toNativeSeparators(nameOrFolder), Qt::ToolTipRole);
    }
    m_modelCombo->setCurrentIndex(i);
}

void GeneratorExplorer::load(const QString &nameOrFolder)
{
    if (m_loadJob)
        m_loadJob->cancel();
    m_loading = nameOrFolder;
    Job *job = m_service->load(nameOrFolder);
    m_loadJob = job;
    setStatus(tr("Loading %1…").arg(QDir::toNativeSeparators(nameOrFolder)));
    connect(job, &Job::finished, this, [this, job, nameOrFolder](JobState state, const QString &message) {
        if (m_loadJob == job) {
            m_loadJob = nullptr;
            m_loading.clear();
        }
        if (state == JobState::Succeeded) {
            onLoaded(job->resultAs<services::GeneratorInfo>());
        } else if (state == JobState::Failed) {
            // The model there was stays: point the combo back at it (forgetting the bad folder) and say why.
            const int bad = m_modelCombo->findData(nameOrFolder);
            if (bad > 0)
                m_modelCombo->removeItem(bad);
            if (m_model.has())
                selectModelItem(m_model.info().source.name);
            const QString kept = m_model.has() ? tr(" Still using %1.").arg(m_model.info().source.name) : QString();
            setStatus(tr("Could not load %1: %2.%3").arg(QDir::toNativeSeparators(nameOrFolder), message, kept), true);
            if (!m_model.has())
                m_grid->setEmptyText(tr("No generator: open a GAN checkpoint folder"));
            Q_EMIT loadFailed(message);
        }
    });
}

void GeneratorExplorer::onLoaded(const services::GeneratorInfo &info)
{
    if (!m_model.accept(info))
        return;
    selectModelItem(info.source.name);
    m_modelInfo->setText(info.describe());
    m_modelInfo->setToolTip(QDir::toNativeSeparators(info.source.folder));
    m_quiet = true;
    fillClassCombo();
    if (m_pendingClass != -2)
        setClassLabel(m_pendingClass);
    m_pendingClass = -2;
    m_quiet = false;
    m_export->setEnabled(false);
    setStatus(tr("Loaded %1.").arg(info.source.name));
    requestSamples();
    requestPath();
    Q_EMIT modelLoaded(info.describe());
    Q_EMIT settingsChanged();
}

void GeneratorExplorer::fillClassCombo()
{
    const int before = m_class->currentData().isValid() ? m_class->currentData().toInt() : -1;
    m_class->clear();
    const bool conditional = m_model.has() && m_model.info().config.conditional;
    m_class->addItem(conditional ? tr("every class") : tr("(not class-conditional)"), -1);
    if (conditional)
        for (int c = 0; c < m_model.info().config.numClasses; ++c)
            m_class->addItem(QString::number(c), c);
    m_class->setEnabled(conditional);
    const int i = m_class->findData(before);
    m_class->setCurrentIndex(std::max(0, i));
}

void GeneratorExplorer::requestSamples()
{
    if (!m_model.has())
        return;
    services::GeneratorSampleRequest r;
    r.count = m_count->value();
    r.seed = quint64(m_seed->value());
    r.truncation = m_truncation->value();
    r.classLabel = classLabel();
    follow(m_service->sample(r), m_sampleJob, &GeneratorExplorer::showSamples, tr("Sampling failed: %1"));
}

void GeneratorExplorer::showSamples(const services::GeneratorSamples &s)
{
    if (s.modelGeneration < m_model.info().generation)
        return; // made by a model that has been replaced since
    m_samples = s;
    QStringList labels, tips;
    for (int i = 0; i < int(s.images.size()); ++i) {
        const QString cls = i < int(s.labels.size()) ? QString::number(s.labels[std::size_t(i)]) : QString();
        labels << cls;
        tips << (cls.isEmpty() ? tr("#%1 of seed %2: click to interpolate from or to it").arg(i).arg(s.request.seed)
                               : tr("#%1 of seed %2, class %3: click to interpolate from or to it")
                                     .arg(i)
                                     .arg(s.request.seed)
                                     .arg(cls));
    }
    // Every class in turn: one column per class, so each column is one class.
    const auto &c = m_model.info().config;
    m_grid->setColumns(c.conditional && s.request.classLabel < 0 && c.numClasses <= 16 ? c.numClasses : 0);
    m_grid->setImages(s.images, labels, tips);
    if (!m_loadJob)
        setStatus(tr("%1 samples of %2, seed %3%4. Click two of them to walk between their noise vectors.")
                      .arg(s.images.size())
                      .arg(m_model.info().source.name)
                      .arg(s.request.seed)
                      .arg(s.request.truncation > 0 ? tr(", truncation %1").arg(s.request.truncation) : QString()));
    Q_EMIT samplesShown();
}

int GeneratorExplorer::pathClass() const
{
    if (!m_model.has() || !m_model.info().config.conditional)
        return 0;
    if (classLabel() >= 0)
        return classLabel();
    return m_pickedClass >= 0 ? m_pickedClass : 0;
}

void GeneratorExplorer::requestPath()
{
    if (!m_model.has())
        return;
    m_pathRequest.truncation = m_truncation->value();
    m_pathRequest.classLabel = pathClass();
    m_pathRequest.frameCount = m_frames->value();
    follow(m_service->interpolate(m_pathRequest), m_pathJob, &GeneratorExplorer::showPath,
           tr("Interpolation failed: %1"));
}

template <class Result>
void GeneratorExplorer::follow(Job *job, QPointer<Job> &slot, void (GeneratorExplorer::*show)(const Result &),
                               const QString &failedText)
{
    slot = job;
    connect(job, &Job::finished, this, [this, job, &slot, show, failedText](JobState state, const QString &message) {
        if (slot == job)
            slot = nullptr;
        if (state == JobState::Succeeded)
            (this->*show)(job->resultAs<Result>());
        else if (state == JobState::Failed)
            setStatus(failedText.arg(message), true);
    });
}

void GeneratorExplorer::showPath(const services::GeneratorPath &p)
{
    if (p.modelGeneration < m_model.info().generation)
        return;
    m_path = p;
    const bool conditional = m_model.info().config.conditional;
    // A class is a one-hot input, not a point on the path: every frame is drawn as one class.
    const QString cls = !conditional ? QString()
                        : classLabel() < 0 ? tr(" · every frame a %1 (the start's class)").arg(p.request.classLabel)
                                           : tr(" · every frame a %1").arg(p.request.classLabel);
    // Noise drawn from N(0, I) in d dimensions has |z| close to sqrt(d): the shell G was trained on.
    const double shell = std::sqrt(double(m_model.info().config.latentDim));
    auto caption = [&](const QString &name, const QString &what, const latent::PathOutput &o) {
        const double mid = o.norms.empty() ? 0 : o.norms[o.norms.size() / 2];
        return tr("<b>%1</b>: %2%3 · |z| midway %4 (draws: about %5)")
            .arg(name, what, cls)
            .arg(QLocale().toString(mid, 'f', 1))
            .arg(QLocale().toString(shell, 'f', 1));
    };
    m_lerpLabel->setText(caption(tr("lerp"), tr("a straight line, which cuts inside the noise's shell"), p.lerp));
    m_slerpLabel->setText(caption(tr("slerp"), tr("along the sphere, where the generator's noise lives"), p.slerp));
    m_lerpStrip->setImages(p.lerp.frames);
    m_slerpStrip->setImages(p.slerp.frames);
    m_export->setEnabled(!p.lerp.frames.empty());
    Q_EMIT pathShown();
}

void GeneratorExplorer::pickSample(int index)
{
    if (index < 0 || index >= int(m_samples.images.size()))
        return;
    const services::NoiseEndpoint e{m_samples.request.seed, m_samples.request.count, index};
    if (!m_pickingEnd) {
        m_pathRequest.from = e;
        m_pickedClass = index < int(m_samples.labels.size()) ? m_samples.labels[std::size_t(index)] : -1;
        m_pickingEnd = true;
        m_grid->setSelectedIndex(index); // the start stays marked while the end is chosen
        updateEndpointText();
        setStatus(tr("Start: sample #%1. Click another sample for the end of the path.").arg(index));
        return;
    }
    m_pathRequest.to = e;
    m_pickingEnd = false;
    updateEndpointText();
    setStatus(tr("A path from sample #%1 to sample #%2. Click a sample to start another.")
                  .arg(m_pathRequest.from.index)
                  .arg(index));
    requestPath();
    Q_EMIT settingsChanged();
}

void GeneratorExplorer::updateEndpointText()
{
    auto name = [](const services::NoiseEndpoint &e) {
        return e.count == 1 && e.index == 0 ? tr("seed %1").arg(e.seed)
                                            : tr("sample #%1 of seed %2").arg(e.index).arg(e.seed);
    };
    if (m_pickingEnd)
        m_endpoints->setText(tr("From %1 to… (click a second sample)").arg(name(m_pathRequest.from)));
    else
        m_endpoints->setText(tr("From %1 to %2. Or click two samples in the grid.")
                                 .arg(name(m_pathRequest.from), name(m_pathRequest.to)));
}

void GeneratorExplorer::setSeed(quint64 seed)
{
    m_seed->setValue(int(std::min<quint64>(seed, kMaxSeed)));
}

quint64 GeneratorExplorer::seed() const
{
    return quint64(m_seed->value());
}

void GeneratorExplorer::setTruncation(double truncation)
{
    m_truncation->setValue(std::max(0.0, truncation));
}

double GeneratorExplorer::truncation() const
{
    return m_truncation->value();
}

void GeneratorExplorer::setClassLabel(int classLabel)
{
    const int i = m_class->findData(classLabel);
    m_class->setCurrentIndex(std::max(0, i));
}

int GeneratorExplorer::classLabel() const
{
    return m_class->currentData().isValid() ? m_class->currentData().toInt() : -1;
}

void GeneratorExplorer::setCount(int count)
{
    m_count->setValue(count);
}

int GeneratorExplorer::count() const
{
    return m_count->value();
}

void GeneratorExplorer::setPathSeeds(quint64 from, quint64 to)
{
    m_quiet = true;
    m_fromSeed->setValue(int(std::min<quint64>(from, kMaxSeed)));
    m_toSeed->setValue(int(std::min<quint64>(to, kMaxSeed)));
    m_quiet = false;
    pathFromSeeds();
}

void GeneratorExplorer::pathFromSeeds()
{
    m_pathRequest.from = {quint64(m_fromSeed->value()), 1, 0};
    m_pathRequest.to = {quint64(m_toSeed->value()), 1, 0};
    m_pickingEnd = false;
    m_pickedClass = -1;
    updateEndpointText();
    requestPath();
    Q_EMIT settingsChanged();
}

void GeneratorExplorer::setFrameCount(int frames)
{
    m_frames->setValue(frames);
}

int GeneratorExplorer::frameCount() const
{
    return m_frames->value();
}

void GeneratorExplorer::setExportMethod(vae::PathMethod method)
{
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(method))));
}

QString GeneratorExplorer::statusText() const
{
    return m_status->text();
}

void GeneratorExplorer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void GeneratorExplorer::chooseExportFile()
{
    const auto format = latent::ExportFormat(m_format->currentData().toInt());
    const QString suffix = latent::formatSuffix(format);
    const QString method = latent::methodName(vae::PathMethod(m_method->currentData().toInt()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the path"),
                                                QStringLiteral("gan-%1.%2").arg(method, suffix),
                                                tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

Job *GeneratorExplorer::exportTo(const QString &path)
{
    const auto format = latent::formatFromPath(path);
    if (!format) {
        setStatus(tr("%1: choose a .gif, .mp4 or .png file.").arg(QDir::toNativeSeparators(path)), true);
        return nullptr;
    }
    const auto method = vae::PathMethod(m_method->currentData().toInt());
    const latent::PathOutput &o = m_path.path(method);
    if (o.frames.empty() || o.points.size() < 2) {
        setStatus(tr("Nothing to export yet: pick two seeds or click two samples."), true);
        return nullptr;
    }
    services::GeneratorPathExport e;
    e.path = path;
    e.frames = o.frames;
    e.recipe = services::generatorPathRecipe(m_model.info(), m_path.request, method, *format, o.points.front(),
                                             o.points.back());
    Job *job = m_service->exportPath(e);
    followExport(job, path);
    return job;
}

Job *GeneratorExplorer::exportGridTo(const QString &path)
{
    if (m_samples.images.empty()) {
        setStatus(tr("Nothing to export yet: the samples are still coming."), true);
        return nullptr;
    }
    const int columns = m_grid->columns() > 0 ? m_grid->columns() : latent::gridColumns(int(m_samples.images.size()));
    Job *job = m_service->exportGrid(path, m_samples.images,
                                     services::generatorSampleRecipe(m_model.info(), m_samples.request, columns));
    followExport(job, path);
    return job;
}

void GeneratorExplorer::followExport(Job *job, const QString &path)
{
    m_exportJob = job;
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &Job::finished, this, [this, job, path](JobState state, const QString &message) {
        if (m_exportJob == job)
            m_exportJob = nullptr;
        const bool ok = state == JobState::Succeeded;
        if (ok)
            setStatus(tr("Wrote %1 with its recipe.").arg(QDir::toNativeSeparators(path)));
        else if (state == JobState::Failed)
            setStatus(tr("Could not export: %1").arg(message), true);
        Q_EMIT exported(path, ok, message);
    });
}

QJsonObject GeneratorExplorer::saveState() const
{
    QJsonObject o;
    // What was asked for, even while it loads (a restored project is not modified by restoring).
    const QString model = !m_loading.isEmpty() ? m_loading
                          : m_model.has()      ? m_model.info().source.name
                                               : m_modelCombo->currentData().toString();
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("seed"), m_seed->value());
    o.insert(QStringLiteral("truncation"), m_truncation->value());
    o.insert(QStringLiteral("class"), m_pendingClass != -2 ? m_pendingClass : classLabel());
    o.insert(QStringLiteral("count"), m_count->value());
    o.insert(QStringLiteral("from"), m_pathRequest.from.toJson());
    o.insert(QStringLiteral("to"), m_pathRequest.to.toJson());
    o.insert(QStringLiteral("frames"), m_frames->value());
    o.insert(QStringLiteral("method"), latent::methodName(vae::PathMethod(m_method->currentData().toInt())));
    return o;
}

void GeneratorExplorer::restoreState(const QJsonObject &o)
{
    if (o.isEmpty())
        return;
    m_quiet = true;
    if (o.value(QStringLiteral("seed")).isDouble())
        setSeed(quint64(o.value(QStringLiteral("seed")).toInteger()));
    if (o.value(QStringLiteral("truncation")).isDouble())
        setTruncation(o.value(QStringLiteral("truncation")).toDouble());
    if (o.value(QStringLiteral("count")).isDouble())
        setCount(o.value(QStringLiteral("count")).toInt());
    if (o.value(QStringLiteral("frames")).isDouble())
        setFrameCount(o.value(QStringLiteral("frames")).toInt());
    if (const auto m = latent::methodFromName(o.value(QStringLiteral("method")).toString()))
        setExportMethod(*m);
    if (o.value(QStringLiteral("from")).isObject() && o.value(QStringLiteral("to")).isObject()) {
        m_pathRequest.from = services::NoiseEndpoint::fromJson(o.value(QStringLiteral("from")).toObject());
        m_pathRequest.to = services::NoiseEndpoint::fromJson(o.value(QStringLiteral("to")).toObject());
        if (m_pathRequest.from.count == 1 && m_pathRequest.to.count == 1) {
            m_fromSeed->setValue(int(std::min<quint64>(m_pathRequest.from.seed, kMaxSeed)));
            m_toSeed->setValue(int(std::min<quint64>(m_pathRequest.to.seed, kMaxSeed)));
        }
    }
    // The class list depends on the model: a class that the model has not yet is kept for later.
    if (o.value(QStringLiteral("class")).isDouble()) {
        const int c = o.value(QStringLiteral("class")).toInt();
        if (m_class->findData(c) >= 0)
            setClassLabel(c);
        else
            m_pendingClass = c;
    }
    m_pickingEnd = false;
    m_quiet = false;
    updateEndpointText();
    const QString model = o.value(QStringLiteral("model")).toString();
    if (!m_model.has() && !m_loadJob) {
        // Nothing loaded yet: the page loads it when it is first shown (ensureLoaded).
        if (!model.isEmpty())
            selectModelItem(model);
    } else if (!model.isEmpty() && model != m_model.info().source.name) {
        useModel(model);
    } else {
        requestSamples();
        requestPath();
    }
}

bool GeneratorExplorer::applyRecipe(const services::Recipe &recipe, QString *error)
{
    const QJsonObject &p = recipe.parameters;
    QJsonObject state{{QStringLiteral("model"), recipe.model}};
    if (recipe.action == QLatin1String("sample")) {
        state.insert(QStringLiteral("seed"), qint64(recipe.seed));
        for (const char *key : {"truncation", "class", "count"})
            if (p.contains(QLatin1String(key)))
                state.insert(QLatin1String(key), p.value(QLatin1String(key)));
    } else if (recipe.action == QLatin1String("interpolate")) {
        for (const char *key : {"from", "to", "truncation", "frames", "method"})
            if (p.contains(QLatin1String(key)))
                state.insert(QLatin1String(key), p.value(QLatin1String(key)));
        // The path's class is the class every frame was drawn as: choose it, so the path gets it.
        if (p.contains(QStringLiteral("class")))
            state.insert(QStringLiteral("class"), p.value(QStringLiteral("class")));
    } else {
        if (error)
            *error = tr("this page cannot redo “%1”").arg(recipe.action);
        return false;
    }
    restoreState(state);
    ensureLoaded();
    setStatus(tr("From a recipe (%1 with %2).").arg(recipe.action, recipe.model));
    return true;
}

} // namespace genlab::widgets::ganlab
