#include "widgets/diffusionlab/seedtravelpanel.h"
#include "widgets/components/seedrange.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
namespace latent = services::latent;
using services::Job;
using services::JobState;

namespace {


QSpinBox *spin(QWidget *parent, const QString &name, int lo, int hi, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

int comboClass(const QComboBox *c)
{
    return c->currentData().isValid() ? c->currentData().toInt() : -1;
}

} // namespace

SeedTravelPanel::SeedTravelPanel(services::DiffusionService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("seedTravelPanel"));
    auto *h = new QHBoxLayout(this);
    auto *formBox = new QWidget(this);
    formBox->setMaximumWidth(340);
    auto *form = new QFormLayout(formBox);
    form->setContentsMargins(0, 0, 0, 0);
    auto *seeds = new QHBoxLayout;
    m_fromSeed = spin(formBox, QStringLiteral("travelFromSeed"), 0, kMaxSeed, 1);
    m_toSeed = spin(formBox, QStringLiteral("travelToSeed"), 0, kMaxSeed, 2);
    seeds->addWidget(m_fromSeed);
    seeds->addWidget(new QLabel(QStringLiteral("→"), formBox));
    seeds->addWidget(m_toSeed);
    form->addRow(tr("Seeds"), seeds);
    auto *classes = new QHBoxLayout;
    m_fromClass = new QComboBox(formBox);
    m_fromClass->setObjectName(QStringLiteral("travelFromClass"));
    m_toClass = new QComboBox(formBox);
    m_toClass->setObjectName(QStringLiteral("travelToClass"));
    classes->addWidget(m_fromClass);
    classes->addWidget(new QLabel(QStringLiteral("→"), formBox));
    classes->addWidget(m_toClass);
    form->addRow(tr("Classes"), classes);
    m_frameCount = spin(formBox, QStringLiteral("travelFrames"), 2, 120, 16);
    m_frameCount->setToolTip(tr("Points on the way, the two seeds included"));
    form->addRow(tr("Frames"), m_frameCount);
    m_steps = spin(formBox, QStringLiteral("travelSteps"), 2, 200, 20);
    m_steps->setToolTip(tr("DDIM steps per frame (η 0: deterministic, so neighbouring noises give neighbouring images)"));
    form->addRow(tr("DDIM steps"), m_steps);
    m_guidance = new QDoubleSpinBox(formBox);
    m_guidance->setObjectName(QStringLiteral("travelGuidance"));
    m_guidance->setRange(0, ed::kMaxGuidance);
    m_guidance->setDecimals(1);
    m_guidance->setSingleStep(0.5);
    m_guidance->setValue(3);
    form->addRow(tr("Guidance"), m_guidance);
    m_travel = new QPushButton(formBox);
    m_travel->setObjectName(QStringLiteral("travelButton"));
    form->addRow(m_travel);
    auto *exportRow = new QHBoxLayout;
    m_format = new QComboBox(formBox);
    m_format->setObjectName(QStringLiteral("travelFormat"));
    m_format->addItem(tr("GIF"), int(latent::ExportFormat::Gif));
    m_format->addItem(tr("MP4"), int(latent::ExportFormat::Mp4));
    m_format->addItem(tr("PNG strip"), int(latent::ExportFormat::PngStrip));
    exportRow->addWidget(m_format);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), formBox);
    m_export->setObjectName(QStringLiteral("travelExportButton"));
    m_export->setToolTip(tr("Writes the frames with their recipe (beside a GIF or MP4, inside a PNG)"));
    exportRow->addWidget(m_export);
    form->addRow(tr("Export"), exportRow);
    h->addWidget(formBox);

    auto *right = new QVBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("travelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Seed travel: the starting noise moves along the sphere from one seed's noise to the "
                         "other's (slerp), and each point is denoised the same way."));
    right->addWidget(m_status);
    m_frames = new ImageGridView(this);
    m_frames->setObjectName(QStringLiteral("travelFrames"));
    m_frames->setLayoutMode(ImageGridView::Layout::Grid); // wrapped: larger frames than one long row
    m_frames->setEmptyText(tr("Press Travel to make the frames"));
    right->addWidget(m_frames, 1);
    h->addLayout(right, 1);

    fillClasses();
    syncButtons();

    connect(m_travel, &QPushButton::clicked, this, [this] { isRunning() ? stop() : (void)travel(); });
    connect(m_export, &QPushButton::clicked, this, &SeedTravelPanel::chooseExportFile);
    for (QSpinBox *s : {m_fromSeed, m_toSeed, m_frameCount, m_steps})
        connect(s, &QSpinBox::valueChanged, this, &SeedTravelPanel::settingsChanged);
    connect(m_guidance, &QDoubleSpinBox::valueChanged, this, &SeedTravelPanel::settingsChanged);
    connect(m_fromClass, &QComboBox::activated, this, &SeedTravelPanel::settingsChanged);
    connect(m_toClass, &QComboBox::activated, this, &SeedTravelPanel::settingsChanged);
}

SeedTravelPanel::~SeedTravelPanel()
{
    if (m_job)
        m_job->cancel();
}

void SeedTravelPanel::fillClasses()
{
    const bool conditional = m_model.generation > 0 && m_model.config.conditional;
    for (QComboBox *c : {m_fromClass, m_toClass}) {
        const int before = comboClass(c);
        c->clear();
        // "to" -1 keeps the start's class (SeedTravelRequest::toClass).
        c->addItem(!conditional ? tr("(not class-conditional)") : c == m_fromClass ? tr("none") : tr("the same"), -1);
        if (conditional)
            for (int k = 0; k < m_model.config.numClasses; ++k)
                c->addItem(QString::number(k), k);
        c->setCurrentIndex(std::max(0, c->findData(before)));
        c->setEnabled(conditional);
    }
    m_guidance->setEnabled(conditional);
}

void SeedTravelPanel::setModel(const services::DiffusionModelInfo &info)
{
    stop();
    m_model = info;
    fillClasses();
    const bool conditional = info.config.conditional;
    // A first look that shows both changes: from a 3 to an 8 unless the user chose otherwise.
    if (m_pendingFrom != -2 || m_pendingTo != -2) {
        m_fromClass->setCurrentIndex(std::max(0, m_fromClass->findData(m_pendingFrom)));
        m_toClass->setCurrentIndex(std::max(0, m_toClass->findData(m_pendingTo)));
        m_pendingFrom = m_pendingTo = -2;
    } else if (conditional && comboClass(m_fromClass) < 0 && info.config.numClasses > 8) {
        m_fromClass->setCurrentIndex(m_fromClass->findData(3));
        m_toClass->setCurrentIndex(m_toClass->findData(8));
    }
    m_result = {};
    m_frames->clear();
    syncButtons();
}

void SeedTravelPanel::setRequest(const services::SeedTravelRequest &r)
{
    m_fromSeed->setValue(int(std::min<quint64>(r.fromSeed, kMaxSeed)));
    m_toSeed->setValue(int(std::min<quint64>(r.toSeed, kMaxSeed)));
    m_frameCount->setValue(r.frames);
    m_steps->setValue(r.steps);
    m_guidance->setValue(r.guidance);
    if (m_fromClass->findData(r.fromClass) >= 0 && m_toClass->findData(r.toClass) >= 0) {
        m_fromClass->setCurrentIndex(m_fromClass->findData(r.fromClass));
        m_toClass->setCurrentIndex(m_toClass->findData(r.toClass));
        m_pendingFrom = m_pendingTo = -2;
    } else {
        m_pendingFrom = r.fromClass;
        m_pendingTo = r.toClass;
    }
}

services::SeedTravelRequest SeedTravelPanel::request() const
{
    services::SeedTravelRequest r;
    r.fromSeed = quint64(m_fromSeed->value());
    r.toSeed = quint64(m_toSeed->value());
    r.fromClass = m_pendingFrom != -2 ? m_pendingFrom : comboClass(m_fromClass);
    r.toClass = m_pendingTo != -2 ? m_pendingTo : comboClass(m_toClass);
    r.frames = m_frameCount->value();
    r.steps = m_steps->value();
    r.guidance = m_guidance->value();
    return r;
}

Job *SeedTravelPanel::travel()
{
    if (m_model.generation == 0) {
        setStatus(tr("No model is loaded yet."), true);
        return nullptr;
    }
    stop();
    const services::SeedTravelRequest r = request();
    Job *job = m_service->travel(r);
    m_job = job;
    const quint64 generation = m_model.generation;
    setStatus(tr("Denoising %n frames…", nullptr, r.frames));
    connect(job, &Job::progressChanged, this, [this, job](double fraction) {
        if (m_job == job)
            m_status->setText(tr("Denoising the frames… %1%").arg(int(fraction * 100)));
    });
    connect(job, &Job::finished, this, [this, job, generation](JobState state, const QString &message) {
        if (m_job != job)
            return;
        m_job = nullptr;
        syncButtons();
        if (state == JobState::Succeeded) {
            const auto result = job->resultAs<services::SeedTravelResult>();
            if (result.modelGeneration < generation || generation != m_model.generation)
                return; // another model since
            m_result = result;
            QStringList labels;
            for (int i = 0; i < int(result.frames.size()); ++i)
                labels << QString::number(i);
            m_frames->setImages(result.frames, labels);
            syncButtons(); // Export needs the frames
            const auto &q = result.request;
            auto cls = [](int c) { return c < 0 ? tr("no class") : tr("class %1").arg(c); };
            setStatus(tr("%1 frames from seed %2 (%3) to seed %4 (%5). Play them with ▶ above the strip, or export.")
                          .arg(result.frames.size())
                          .arg(q.fromSeed)
                          .arg(cls(q.fromClass))
                          .arg(q.toSeed)
                          .arg(cls(q.toClass < 0 ? q.fromClass : q.toClass)));
            Q_EMIT travelled();
        } else if (state == JobState::Failed) {
            setStatus(tr("Seed travel failed: %1").arg(message), true);
        } else {
            setStatus(tr("Seed travel stopped."));
        }
    });
    syncButtons();
    return job;
}

void SeedTravelPanel::stop()
{
    if (m_job)
        m_job->cancel();
}

services::Recipe SeedTravelPanel::travelRecipe(const services::DiffusionModelInfo &model,
                                               const services::SeedTravelRequest &r, const QString &format)
{
    ed::SamplerSettings s;
    s.kind = ed::SamplerKind::Ddim;
    s.eta = 0;
    s.steps = r.steps;
    s.seed = r.fromSeed;
    s.classLabel = r.fromClass;
    s.guidance = r.guidance;
    services::Recipe recipe = services::diffusion::sampleRecipe(model, s, format);
    recipe.action = QStringLiteral("travel");
    recipe.seed = r.fromSeed;
    QJsonObject &p = recipe.parameters;
    p.insert(QStringLiteral("from_seed"), qint64(r.fromSeed));
    p.insert(QStringLiteral("to_seed"), qint64(r.toSeed));
    p.insert(QStringLiteral("from_class"), r.fromClass);
    p.insert(QStringLiteral("to_class"), r.toClass);
    p.insert(QStringLiteral("frames"), r.frames);
    p.insert(QStringLiteral("steps"), r.steps);
    p.insert(QStringLiteral("guidance"), r.guidance);
    p.insert(QStringLiteral("format"), format);
    return recipe;
}

bool SeedTravelPanel::requestFromRecipe(const services::Recipe &recipe, services::SeedTravelRequest *out)
{
    if (recipe.action != QLatin1String("travel"))
        return false;
    const QJsonObject &p = recipe.parameters;
    services::SeedTravelRequest r;
    r.fromSeed = quint64(p.value(QStringLiteral("from_seed")).toInteger(qint64(recipe.seed)));
    r.toSeed = quint64(p.value(QStringLiteral("to_seed")).toInteger(qint64(r.toSeed)));
    r.fromClass = p.value(QStringLiteral("from_class")).toInt(r.fromClass);
    r.toClass = p.value(QStringLiteral("to_class")).toInt(r.toClass);
    r.frames = std::clamp(p.value(QStringLiteral("frames")).toInt(r.frames), 2, 120);
    r.steps = std::clamp(p.value(QStringLiteral("steps")).toInt(r.steps), 2, 200);
    r.guidance = std::clamp(p.value(QStringLiteral("guidance")).toDouble(r.guidance), 0.0, ed::kMaxGuidance);
    *out = r;
    return true;
}

void SeedTravelPanel::chooseExportFile()
{
    const auto format = latent::ExportFormat(m_format->currentData().toInt());
    const QString suffix = latent::formatSuffix(format);
    const auto &q = m_result.request;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the seed travel"),
                                                QStringLiteral("diffusion-travel-%1-%2.%3").arg(q.fromSeed).arg(q.toSeed).arg(suffix),
                                                tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

Job *SeedTravelPanel::exportTo(const QString &path)
{
    const auto format = latent::formatFromPath(path);
    if (!format) {
        setStatus(tr("%1: choose a .gif, .mp4 or .png file.").arg(QDir::toNativeSeparators(path)), true);
        return nullptr;
    }
    if (m_result.frames.empty()) {
        setStatus(tr("Nothing to export yet: press Travel first."), true);
        return nullptr;
    }
    Job *job = m_service->exportFrames(path, m_result.frames,
                                       travelRecipe(m_model, m_result.request, latent::formatSuffix(*format)));
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
    return job;
}

QString SeedTravelPanel::statusText() const
{
    return m_status->text();
}

void SeedTravelPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    Q_EMIT statusMessage(text);
}

void SeedTravelPanel::syncButtons()
{
    const bool running = isRunning();
    m_travel->setText(running ? tr("Stop") : tr("Travel"));
    m_travel->setIcon(style()->standardIcon(running ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_travel->setEnabled(m_model.generation > 0);
    m_export->setEnabled(!m_result.frames.empty());
}

QJsonObject SeedTravelPanel::saveState() const
{
    const auto r = request();
    return {{QStringLiteral("from_seed"), qint64(r.fromSeed)}, {QStringLiteral("to_seed"), qint64(r.toSeed)},
            {QStringLiteral("from_class"), r.fromClass},     {QStringLiteral("to_class"), r.toClass},
            {QStringLiteral("frames"), r.frames},            {QStringLiteral("steps"), r.steps},
            {QStringLiteral("guidance"), r.guidance},
            {QStringLiteral("format"), latent::formatSuffix(latent::ExportFormat(m_format->currentData().toInt()))}};
}

void SeedTravelPanel::restoreState(const QJsonObject &o)
{
    if (o.isEmpty())
        return;
    services::SeedTravelRequest r = request();
    auto number = [&o](const char *key) { return o.value(QLatin1String(key)); };
    if (number("from_seed").isDouble())
        r.fromSeed = quint64(std::clamp<qint64>(number("from_seed").toInteger(), 0, kMaxSeed));
    if (number("to_seed").isDouble())
        r.toSeed = quint64(std::clamp<qint64>(number("to_seed").toInteger(), 0, kMaxSeed));
    if (number("from_class").isDouble())
        r.fromClass = std::clamp(number("from_class").toInt(), -1, ed::kMaxClasses);
    if (number("to_class").isDouble())
        r.toClass = std::clamp(number("to_class").toInt(), -1, ed::kMaxClasses);
    if (number("frames").isDouble())
        r.frames = std::clamp(number("frames").toInt(), 2, 120);
    if (number("steps").isDouble())
        r.steps = std::clamp(number("steps").toInt(), 2, 200);
    if (number("guidance").isDouble())
        r.guidance = std::clamp(number("guidance").toDouble(), 0.0, ed::kMaxGuidance);
    setRequest(r);
    if (const auto f = latent::formatFromPath(QStringLiteral("x.") + o.value(QStringLiteral("format")).toString()))
        m_format->setCurrentIndex(std::max(0, m_format->findData(int(*f))));
}

} // namespace genlab::widgets::diffusionlab
