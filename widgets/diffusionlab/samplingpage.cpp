#include "widgets/diffusionlab/samplingpage.h"

#include "widgets/shell/presentation.h"
#include "widgets/components/seedrange.h"

#include "engine/diffusion/schedule.h"
#include "services/job.h"
#include "widgets/diffusionlab/branchstrip.h"
#include "widgets/diffusionlab/comparepanel.h"
#include "widgets/diffusionlab/denoisingscrubber.h"
#include "widgets/diffusionlab/denoisingview.h"
#include "widgets/diffusionlab/schedulestrip.h"
#include "widgets/diffusionlab/seedtravelpanel.h"
#include "widgets/diffusionlab/trajectoryplot.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
namespace latent = services::latent;
using services::Job;
using services::JobState;

namespace {

constexpr int kOpeningClass = 7;
constexpr double kDefaultGuidance = 3;
constexpr int kCursorFrameMs = 15; // the plots' cursors move at most this often

QLabel *note(QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

void fillSamplerCombo(QComboBox *c)
{
    c->addItem(SamplingPage::tr("DDPM (ancestral)"), int(ed::SamplerKind::Ddpm));
    c->setItemData(0,
                   SamplingPage::tr("Each step draws fresh noise, as the learned reverse process does; needs many "
                                    "steps (strided over T with few steps it stays noisy)"),
                   Qt::ToolTipRole);
    c->addItem(SamplingPage::tr("DDIM"), int(ed::SamplerKind::Ddim));
    c->setItemData(1,
                   SamplingPage::tr("Deterministic at η 0: the same noise always gives the same image; good in 20-50 "
                                    "steps"),
                   Qt::ToolTipRole);
    c->addItem(SamplingPage::tr("DPM-Solver++ (2M)"), int(ed::SamplerKind::DpmSolver2M));
    c->setItemData(2,
                   SamplingPage::tr("A second-order solver of the same ODE as DDIM: good images in 10-20 steps"),
                   Qt::ToolTipRole);
    c->setCurrentIndex(1);
}

QDoubleSpinBox *guidanceSpin(QWidget *parent, const QString &name)
{
    auto *g = new QDoubleSpinBox(parent);
    g->setObjectName(name);
    g->setRange(0, ed::kMaxGuidance);
    g->setDecimals(1);
    g->setSingleStep(0.5);
    g->setValue(kDefaultGuidance);
    g->setToolTip(SamplingPage::tr("Classifier-free guidance w: each step uses ε_none + w·(ε_class − ε_none). 1 is "
                                   "the class prediction alone, 0 ignores the class; larger w gives more typical, "
                                   "bolder digits and less variety, too large burns them out. 0 to %1.")
                      .arg(ed::kMaxGuidance));
    return g;
}

QDoubleSpinBox *etaSpin(QWidget *parent, const QString &name)
{
    auto *e = new QDoubleSpinBox(parent);
    e->setObjectName(name);
    e->setRange(0, 1);
    e->setDecimals(2);
    e->setSingleStep(0.1);
    e->setValue(0);
    e->setToolTip(SamplingPage::tr("DDIM's η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM"));
    return e;
}

QSpinBox *seedSpin(QWidget *parent, const QString &name)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(0, kMaxSeed);
    s->setValue(1);
    s->setToolTip(SamplingPage::tr("The seed draws the starting noise (and DDPM's noise on the way): the same seed "
                                   "and settings give the same image"));
    return s;
}

int comboInt(const QComboBox *c, int fallback = -1)
{
    return c->currentData().isValid() ? c->currentData().toInt() : fallback;
}

void selectData(QComboBox *c, int value)
{
    c->setCurrentIndex(std::max(0, c->findData(value)));
}

QString samplerShort(const ed::SamplerSettings &s)
{
    switch (s.kind) {
    case ed::SamplerKind::Ddpm:
        return SamplingPage::tr("DDPM");
    case ed::SamplerKind::Ddim:
        return s.eta > 0 ? SamplingPage::tr("DDIM η %1").arg(s.eta) : SamplingPage::tr("DDIM");
    case ed::SamplerKind::DpmSolver2M:
        return SamplingPage::tr("DPM++ 2M");
    }
    return {};
}

// The sampler settings a recipe's parameters name (sampleRecipe writes them); missing keys keep the
// defaults, numbers are clamped to their ranges.
ed::SamplerSettings settingsFromParameters(const QJsonObject &p, quint64 seed)
{
    ed::SamplerSettings s;
    s.seed = seed;
    ed::SamplerKind kind;
    for (const char *key : {"sampler", "kind"})
        if (p.value(QLatin1String(key)).isString() &&
            ed::parseSampler(p.value(QLatin1String(key)).toString().toStdString(), &kind)) {
            s.kind = kind;
            break;
        }
    if (p.value(QStringLiteral("steps")).isDouble())
        s.steps = std::clamp(p.value(QStringLiteral("steps")).toInt(), 1, ed::kMaxSamplerSteps);
    if (p.value(QStringLiteral("eta")).isDouble())
        s.eta = std::clamp(p.value(QStringLiteral("eta")).toDouble(), 0.0, 1.0);
    if (p.value(QStringLiteral("guidance")).isDouble())
        s.guidance = std::clamp(p.value(QStringLiteral("guidance")).toDouble(), 0.0, ed::kMaxGuidance);
    for (const char *key : {"class", "class_label", "classLabel"})
        if (p.value(QLatin1String(key)).isDouble()) {
            s.classLabel = std::clamp(p.value(QLatin1String(key)).toInt(), -1, ed::kMaxClasses - 1);
            break;
        }
    if (p.value(QStringLiteral("seed")).isDouble())
        s.seed = quint64(std::max<qint64>(0, p.value(QStringLiteral("seed")).toInteger()));
    return s;
}

} // namespace

SamplingPage::SamplingPage(services::DiffusionService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("samplingPage"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    // Left: the controls.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *column = new QWidget(scroll);
    buildControls(column);
    scroll->setWidget(column);
    scroll->setFixedWidth(std::clamp(column->sizeHint().width() + 20, 250, 310));
    outer->addWidget(scroll);

    // Middle and right: the run above, the sections below.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    outer->addWidget(m_split, 1);
    auto *top = new QSplitter(Qt::Horizontal, m_split);
    top->setChildrenCollapsible(false);
    auto *center = new QWidget(top);
    auto *cv = new QVBoxLayout(center);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->setSpacing(2);
    m_view = new DenoisingView(center);
    cv->addWidget(m_view, 1);
    m_scrubber = new DenoisingScrubber(center);
    cv->addWidget(m_scrubber);
    m_schedule = new ScheduleStrip(center);
    m_schedule->setFixedHeight(118);
    m_schedule->alignWith(m_scrubber->slider());
    cv->addWidget(m_schedule);
    m_trajectory = new TrajectoryPlot(top);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setSizes({900, 300});

    m_tabs = new QTabWidget(m_split);
    m_tabs->setObjectName(QStringLiteral("samplingSections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildBranchTab(), tr("Branches"));
    m_compare = new ComparePanel(service, m_tabs);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_travel = new SeedTravelPanel(service, m_tabs);
    m_tabs->addTab(m_travel, tr("Seed travel"));
    m_tabs->setTabToolTip(0, tr("Branch the run from the step shown with another guidance, sampler, seed or class"));
    m_tabs->setTabToolTip(1, tr("Two to four runs of one seed side by side, over one scrubber, with their times"));
    m_tabs->setTabToolTip(2, tr("From one seed's noise to another's (and one class to another), denoised frame by frame"));
    // The pages' own minimum heights would hold the section open at the tallest one's; each tab sets
    // its height when chosen instead (sectionHeight).
    m_tabs->setMinimumHeight(m_tabs->tabBar()->sizeHint().height() + 120);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setSizes({700, sectionHeight(0)});

    m_cursorTimer = new QTimer(this);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(kCursorFrameMs);
    connect(m_cursorTimer, &QTimer::timeout, this, &SamplingPage::updateCursors);

    connect(m_scrubber, &DenoisingScrubber::stepChanged, this, &SamplingPage::onStepShown);
    connect(m_scrubber, &DenoisingScrubber::speedChanged, this, [this] { Q_EMIT stateChanged(); });
    connect(m_view, &DenoisingView::stepClicked, this, &SamplingPage::setShownStep);
    connect(m_schedule, &ScheduleStrip::stepClicked, this, &SamplingPage::setShownStep);
    connect(m_trajectory, &TrajectoryPlot::stepClicked, this, &SamplingPage::setShownStep);
    connect(m_branches, &BranchStrip::cardClicked, this, &SamplingPage::showRun);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        // Branches need a row of cards; a comparison and seed travel need room for their images.
        const QList<int> sizes = m_split->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total > 0) {
            const int bottom = std::min(sectionHeight(tab), total / 2);
            m_split->setSizes({total - bottom, bottom});
        }
        Q_EMIT stateChanged();
    });
    connect(m_compare, &ComparePanel::statusMessage, this, &SamplingPage::statusMessage);
    connect(m_compare, &ComparePanel::presetChanged, this, &SamplingPage::stateChanged);
    connect(m_travel, &SeedTravelPanel::statusMessage, this, &SamplingPage::statusMessage);
    connect(m_travel, &SeedTravelPanel::settingsChanged, this, &SamplingPage::stateChanged);
    connect(m_travel, &SeedTravelPanel::exported, this, &SamplingPage::exported);

    // Keys over the run: Space plays, the arrows step, Home and End go to the noise and the image.
    // The what's-this text is what Help > Keyboard Shortcuts lists.
    auto key = [this, center](const QKeySequence &seq, const QString &what, auto &&slot) {
        auto *s = new QShortcut(seq, center);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        s->setWhatsThis(what);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_Space), tr("Play or stop the run"),
        [this] { m_scrubber->isPlaying() ? m_scrubber->stop() : m_scrubber->play(); });
    key(QKeySequence(Qt::Key_Left), tr("One step back"), [this] { setShownStep(shownStep() - 1); });
    key(QKeySequence(Qt::Key_Right), tr("One step on"), [this] { setShownStep(shownStep() + 1); });
    key(QKeySequence(Qt::Key_Home), tr("Show the noise (first step)"), [this] { setShownStep(0); });
    key(QKeySequence(Qt::Key_End), tr("Show the image (last step)"), [this] { setShownStep(m_scrubber->reachable()); });
    m_view->setFocusPolicy(Qt::ClickFocus);

    fillClassCombos();
    syncControls();
    updateBranchLabel();
    m_view->setEmptyText(tr("Waiting for the model…"));
}

int SamplingPage::sectionHeight(int tab) const
{
    const int line = fontMetrics().height();
    // Branches: a card (an 84 px image and three lines) or the form; the others: two images at 4x.
    return tab == 0 ? m_tabs->tabBar()->sizeHint().height() + std::max(m_branches->minimumSizeHint().height(), 5 * (line + 12)) + 16
                    : m_tabs->tabBar()->sizeHint().height() + 2 * 28 * 4 + 6 * line + 60;
}

SamplingPage::~SamplingPage()
{
    for (Run &r : m_runs)
        if (r.job)
            r.job->cancel();
}

void SamplingPage::buildControls(QWidget *column)
{
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 6, 0);

    auto *box = new QGroupBox(tr("Sampler"), column);
    auto *f = new QFormLayout(box);
    m_sampler = new QComboBox(box);
    m_sampler->setObjectName(QStringLiteral("samplerCombo"));
    fillSamplerCombo(m_sampler);
    f->addRow(tr("Sampler"), m_sampler);
    m_eta = etaSpin(box, QStringLiteral("etaSpin"));
    presentation::markExpert(m_eta); // hidden in presentation mode
    f->addRow(tr("η"), m_eta);
    m_steps = new QSpinBox(box);
    m_steps->setObjectName(QStringLiteral("stepsSpin"));
    m_steps->setRange(1, 1000);
    m_steps->setValue(50);
    m_steps->setToolTip(tr("Denoising steps, evenly spaced over the model's T timesteps. DDIM and DPM-Solver "
                           "make good images in few; DDPM needs many"));
    f->addRow(tr("Steps"), m_steps);
    auto *seedRow = new QHBoxLayout;
    m_seed = seedSpin(box, QStringLiteral("seedSpin"));
    seedRow->addWidget(m_seed, 1);
    m_newSeed = new QPushButton(tr("New"), box);
    m_newSeed->setObjectName(QStringLiteral("newSeedButton"));
    m_newSeed->setToolTip(tr("A random seed, and sample"));
    seedRow->addWidget(m_newSeed);
    f->addRow(tr("Seed"), seedRow);
    m_class = new QComboBox(box);
    m_class->setObjectName(QStringLiteral("classCombo"));
    m_class->setToolTip(tr("The class the model is asked for; none: its unconditional prediction"));
    f->addRow(tr("Class"), m_class);
    m_guidance = guidanceSpin(box, QStringLiteral("guidanceSpin"));
    f->addRow(tr("Guidance"), m_guidance);
    m_sample = new QPushButton(box);
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    m_sample->setMinimumHeight(34);
    QFont bold = m_sample->font();
    bold.setBold(true);
    m_sample->setFont(bold);
    f->addRow(m_sample);
    m_status = note(box, QStringLiteral("samplingStatus"));
    f->addRow(m_status);
    v->addWidget(box);

    auto *exportBox = new QGroupBox(tr("Export the steps"), column);
    auto *ev = new QHBoxLayout(exportBox);
    m_exportFormat = new QComboBox(exportBox);
    m_exportFormat->setObjectName(QStringLiteral("stepsFormat"));
    m_exportFormat->addItem(tr("GIF"), int(latent::ExportFormat::Gif));
    m_exportFormat->addItem(tr("MP4"), int(latent::ExportFormat::Mp4));
    m_exportFormat->addItem(tr("PNG strip"), int(latent::ExportFormat::PngStrip));
    ev->addWidget(m_exportFormat);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), exportBox);
    m_export->setObjectName(QStringLiteral("exportStepsButton"));
    m_export->setToolTip(tr("Every step of the run shown, x_t over x̂₀, with the recipe that makes it again "
                            "(beside a GIF or MP4, inside a PNG)"));
    ev->addWidget(m_export);
    v->addWidget(exportBox);

    auto *explain = new QLabel(column);
    explain->setObjectName(QStringLiteral("samplingExplanation"));
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::RichText);
    explain->setText(tr("<p><b>x_t</b> is what the sampler holds: pure noise at step 0, the image at the last "
                        "step. <b>x̂₀</b> is the model's guess, at that step, of the finished image: a blurry "
                        "average early on, sharp at the end.</p><p>Scrub back to a step and <b>branch</b>: the "
                        "steps before it are kept, the rest run again with new settings.</p>"));
    explain->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(explain);
    v->addStretch(1);

    connect(m_sample, &QPushButton::clicked, this, [this] { isSampling() ? stop() : (void)sample(); });
    connect(m_newSeed, &QPushButton::clicked, this, [this] {
        m_seed->setValue(QRandomGenerator::global()->bounded(1, kMaxSeed + 1));
        sample();
    });
    connect(m_sampler, &QComboBox::currentIndexChanged, this, &SamplingPage::settingsEdited);
    connect(m_class, &QComboBox::activated, this, [this] {
        m_classChosen = true;
        m_pendingClass = -2;
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, &SamplingPage::settingsEdited);
    for (QSpinBox *s : {m_steps, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &SamplingPage::settingsEdited);
    for (QDoubleSpinBox *s : {m_eta, m_guidance})
        connect(s, &QDoubleSpinBox::valueChanged, this, &SamplingPage::settingsEdited);
    connect(m_export, &QPushButton::clicked, this, &SamplingPage::chooseExportFile);
    connect(m_exportFormat, &QComboBox::activated, this, &SamplingPage::stateChanged);
}

QWidget *SamplingPage::buildBranchTab()
{
    auto *tab = new QWidget;
    auto *h = new QHBoxLayout(tab);
    h->setContentsMargins(4, 4, 4, 2);
    auto *formBox = new QWidget(tab);
    formBox->setFixedWidth(380);
    auto *grid = new QGridLayout(formBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    m_branchFrom = new QLabel(formBox);
    m_branchFrom->setObjectName(QStringLiteral("branchFromLabel"));
    m_branchFrom->setWordWrap(true);
    m_branchFrom->setTextFormat(Qt::PlainText);
    // A fixed size: its text follows the scrubber, and must not lay the page out again each step.
    m_branchFrom->setFixedSize(380, 2 * fontMetrics().height() + 4);
    m_branchFrom->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_branchFrom, 0, 0, 1, 4);
    auto label = [formBox](const QString &text) { return new QLabel(text, formBox); };
    m_branchSampler = new QComboBox(formBox);
    m_branchSampler->setObjectName(QStringLiteral("branchSampler"));
    fillSamplerCombo(m_branchSampler);
    grid->addWidget(label(tr("Sampler")), 1, 0);
    grid->addWidget(m_branchSampler, 1, 1);
    m_branchEta = etaSpin(formBox, QStringLiteral("branchEta"));
    grid->addWidget(label(tr("η")), 1, 2);
    grid->addWidget(m_branchEta, 1, 3);
    m_branchGuidance = guidanceSpin(formBox, QStringLiteral("branchGuidance"));
    grid->addWidget(label(tr("Guidance")), 2, 0);
    grid->addWidget(m_branchGuidance, 2, 1);
    m_branchSeed = seedSpin(formBox, QStringLiteral("branchSeed"));
    m_branchSeed->setToolTip(tr("The seed of the noise the remaining steps draw (DDPM, DDIM with η > 0); the "
                                "starting noise stays the run's"));
    grid->addWidget(label(tr("Seed")), 2, 2);
    grid->addWidget(m_branchSeed, 2, 3);
    m_branchClass = new QComboBox(formBox);
    m_branchClass->setObjectName(QStringLiteral("branchClass"));
    grid->addWidget(label(tr("Class")), 3, 0);
    grid->addWidget(m_branchClass, 3, 1);
    m_branchButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight), tr("Branch"), formBox);
    m_branchButton->setObjectName(QStringLiteral("branchButton"));
    m_branchButton->setToolTip(tr("Run the remaining steps from the step shown with these settings; the steps up "
                                  "to it are kept, not computed again"));
    grid->addWidget(m_branchButton, 3, 2, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setRowStretch(4, 1);
    h->addWidget(formBox);

    m_branchScroll = new QScrollArea(tab);
    m_branchScroll->setFrameShape(QFrame::NoFrame);
    m_branchScroll->setWidgetResizable(false);
    m_branches = new BranchStrip(m_branchScroll);
    m_branchScroll->setWidget(m_branches);
    m_branchScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    h->addWidget(m_branchScroll, 1);

    connect(m_branchButton, &QPushButton::clicked, this, [this] { branchFrom(shownStep(), branchSettings()); });
    connect(m_branchSampler, &QComboBox::currentIndexChanged, this, [this] { syncControls(); });
    return tab;
}

// --- model, settings ------------------------------------------------------------------------

void SamplingPage::fillClassCombos()
{
    const bool conditional = hasModel() && m_model.config.conditional;
    const int classes = conditional ? m_model.config.numClasses : 0;
    for (QComboBox *c : {m_class, m_branchClass}) {
        const int before = comboInt(c);
        const bool quiet = m_quiet;
        m_quiet = true;
        c->clear();
        c->addItem(conditional ? tr("none (unconditional)") : tr("(not class-conditional)"), -1);
        for (int k = 0; k < classes; ++k)
            c->addItem(QString::number(k), k);
        selectData(c, before);
        c->setEnabled(conditional);
        m_quiet = quiet;
    }
    if (!conditional) {
        m_pendingClass = -2; // no classes to wait for
        return;
    }
    // A restored class waits for the model's classes; a new user starts with a 7.
    if (m_pendingClass != -2) {
        if (m_class->findData(m_pendingClass) >= 0)
            selectData(m_class, m_pendingClass);
        m_pendingClass = -2;
    } else if (!m_classChosen && classes > kOpeningClass) {
        selectData(m_class, kOpeningClass);
    }
}

void SamplingPage::setModel(const services::DiffusionModelInfo &info)
{
    if (info.generation != 0 && info.generation <= m_model.generation && hasModel())
        return; // an older load
    stop();
    m_model = info;
    m_quiet = true;
    m_steps->setMaximum(std::max(1, info.config.timesteps));
    fillClassCombos();
    m_quiet = false;

    // Runs of the model there was are gone with it.
    m_runs.clear();
    m_shown = -1;
    m_pendingBranches.clear();
    rebuildCards();
    m_view->setFrames(StepFrames{});
    m_view->setEmptyText(tr("Press Sample to watch noise turn into an image, step by step."));
    m_scrubber->setStepCount(0);
    m_schedule->clear();
    m_trajectory->clear();
    m_compare->setModel(info);
    m_compare->setBaseSettings(settings());
    m_travel->setModel(info);
    syncControls();

    if (m_pendingRecipe) {
        const services::Recipe recipe = *m_pendingRecipe;
        m_pendingRecipe.reset();
        openRecipe(recipe);
    } else {
        sample(); // the opening sample: noise turning into a 7
    }
}

ed::SamplerSettings SamplingPage::settings() const
{
    ed::SamplerSettings s;
    s.kind = ed::SamplerKind(comboInt(m_sampler, int(ed::SamplerKind::Ddim)));
    s.steps = m_steps->value();
    s.eta = s.kind == ed::SamplerKind::Ddim ? m_eta->value() : 0.0;
    s.seed = quint64(m_seed->value());
    s.count = 1;
    s.classLabel = m_pendingClass != -2 ? m_pendingClass : comboInt(m_class);
    s.guidance = m_guidance->value();
    return s;
}

void SamplingPage::setSettings(const ed::SamplerSettings &s)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    selectData(m_sampler, int(s.kind));
    if (s.kind == ed::SamplerKind::Ddim)
        m_eta->setValue(s.eta);
    m_steps->setValue(std::clamp(s.steps, 1, m_steps->maximum()));
    m_seed->setValue(int(std::min<quint64>(s.seed, kMaxSeed)));
    m_guidance->setValue(std::clamp(s.guidance, 0.0, ed::kMaxGuidance));
    m_classChosen = true;
    if (m_class->findData(s.classLabel) >= 0 && (hasModel() || s.classLabel == -1)) {
        selectData(m_class, s.classLabel);
        m_pendingClass = -2;
    } else if (!hasModel()) {
        m_pendingClass = s.classLabel; // the model (not loaded yet) will say whether it has it
    }
    m_quiet = quiet;
    settingsEdited();
}

void SamplingPage::settingsEdited()
{
    syncControls();
    if (m_quiet)
        return;
    m_compare->setBaseSettings(settings());
    Q_EMIT stateChanged();
}

ed::SamplerSettings SamplingPage::branchSettings() const
{
    ed::SamplerSettings s;
    s.kind = ed::SamplerKind(comboInt(m_branchSampler, int(ed::SamplerKind::Ddim)));
    s.eta = s.kind == ed::SamplerKind::Ddim ? m_branchEta->value() : 0.0;
    s.guidance = m_branchGuidance->value();
    s.seed = quint64(m_branchSeed->value());
    s.classLabel = comboInt(m_branchClass);
    s.count = 1;
    if (m_shown >= 0)
        s.steps = m_runs[std::size_t(m_shown)].frames.steps;
    return s;
}

void SamplingPage::setBranchSettings(const ed::SamplerSettings &s)
{
    selectData(m_branchSampler, int(s.kind));
    m_branchEta->setValue(s.eta);
    m_branchGuidance->setValue(std::clamp(s.guidance, 0.0, ed::kMaxGuidance));
    m_branchSeed->setValue(int(std::min<quint64>(s.seed, kMaxSeed)));
    selectData(m_branchClass, s.classLabel);
    syncControls();
}

void SamplingPage::syncControls()
{
    const bool model = hasModel();
    const bool sampling = isSampling();
    const bool conditional = model && m_model.config.conditional;
    if (m_sample->text().isEmpty() || sampling != m_sampleShowsStop) {
        m_sampleShowsStop = sampling;
        m_sample->setText(sampling ? tr("Stop") : tr("Sample"));
        m_sample->setIcon(style()->standardIcon(sampling ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
        m_sample->setToolTip(sampling ? tr("Stop the runs under way (what they made so far stays)")
                                      : tr("Denoise from the seed's noise with these settings"));
    }
    m_sample->setEnabled(model);
    m_newSeed->setEnabled(model);
    m_eta->setEnabled(comboInt(m_sampler) == int(ed::SamplerKind::Ddim));
    m_guidance->setEnabled(!model || conditional);
    m_branchEta->setEnabled(comboInt(m_branchSampler) == int(ed::SamplerKind::Ddim));
    m_branchGuidance->setEnabled(!model || conditional);
    const Run *shown = m_shown >= 0 ? &m_runs[std::size_t(m_shown)] : nullptr;
    m_export->setEnabled(shown && shown->result && !m_exportJob);
    syncBranchButton();
}

void SamplingPage::syncBranchButton()
{
    const Run *shown = m_shown >= 0 ? &m_runs[std::size_t(m_shown)] : nullptr;
    m_branchButton->setEnabled(hasModel() && shown && shown->result && shownStep() < shown->frames.steps);
}

// --- runs -----------------------------------------------------------------------------------

Job *SamplingPage::sample()
{
    if (!hasModel()) {
        setStatus(tr("No model is loaded yet."), true);
        return nullptr;
    }
    stop();
    const ed::SamplerSettings s = settings();
    m_runs.clear();
    m_pendingBranches.clear();
    Run r;
    r.settings = s;
    r.serial = m_nextSerial++;
    r.frames.reset(s.steps);
    m_runs.push_back(r);
    Job *job = m_service->sample(s, 1);
    followRun(0, job);
    m_follow = true;
    rebuildCards();
    m_shown = -1;
    showRun(0);
    // The branch form starts from the run's own settings.
    const bool quiet = m_quiet;
    m_quiet = true;
    setBranchSettings(s);
    m_quiet = quiet;
    setStatus(tr("Sampling: %1…").arg(QString::fromStdString(s.describe())));
    syncControls();
    return job;
}

void SamplingPage::stop()
{
    for (Run &r : m_runs)
        if (r.job)
            r.job->cancel();
    m_pendingBranches.clear();
}

bool SamplingPage::isSampling() const
{
    return std::any_of(m_runs.begin(), m_runs.end(), [](const Run &r) { return r.running(); });
}

bool SamplingPage::isBusy() const
{
    return isSampling() || m_compare->isRunning() || m_travel->isRunning() || m_travel->isExporting() || m_exportJob;
}

int SamplingPage::indexOf(quint64 serial) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].serial == serial)
            return int(i);
    return -1;
}

void SamplingPage::followRun(int index, Job *job)
{
    Run &r = m_runs[std::size_t(index)];
    r.job = job;
    const quint64 serial = r.serial;
    const quint64 generation = m_model.generation;
    connect(job, &Job::partialResult, this, [this, serial](const engine::Partial &partial) {
        const int i = indexOf(serial);
        if (i < 0)
            return; // a run of an earlier sample
        if (const auto event = services::DenoisingStepEvent::decode(partial))
            onStep(i, *event);
    });
    connect(job, &Job::finished, this, [this, job, serial, generation](JobState state, const QString &message) {
        const int i = indexOf(serial);
        if (i < 0)
            return;
        Run &run = m_runs[std::size_t(i)];
        run.job = nullptr;
        if (state == JobState::Succeeded) {
            const auto result = job->resultAs<services::DiffusionSampleResult>();
            if (result.modelGeneration < m_model.generation || generation != m_model.generation) {
                run.failure = tr("made by an earlier model");
            } else {
                run.result = result;
                run.frames.setResult(result);
            }
        } else {
            run.failure = state == JobState::Failed ? message : tr("stopped");
        }
        if (i == m_shown) {
            // The finished run's own images, timesteps and trajectory.
            const bool follow = m_follow;
            const int step = shownStep();
            showRun(i);
            setShownStep(follow ? run.frames.steps : step);
        }
        updateCard(i);
        syncControls();
        if (state == JobState::Succeeded && run.result) {
            const double seconds = run.result->run.seconds;
            setStatus(run.parent < 0 ? tr("Sampled in %1 s: %2 steps, %3 ms a step. Scrub, play, or branch from a step.")
                                           .arg(QLocale().toString(seconds, 'f', 2))
                                           .arg(run.frames.steps)
                                           .arg(QLocale().toString(1000 * seconds / std::max(1, run.frames.steps), 'f', 1))
                                     : tr("Branch %1 done in %2 s (steps %3-%4 computed, 0-%5 shared).")
                                           .arg(i)
                                           .arg(QLocale().toString(seconds, 'f', 2))
                                           .arg(run.branchedAt + 1)
                                           .arg(run.frames.steps)
                                           .arg(run.branchedAt));
        } else if (state == JobState::Failed) {
            setStatus(tr("Sampling failed: %1").arg(message), true);
        } else if (state == JobState::Canceled) {
            setStatus(tr("Stopped at step %1 of %2.").arg(std::max(0, run.frames.newest)).arg(run.frames.steps));
        }
        Q_EMIT runFinished(i);
        if (state == JobState::Succeeded && !m_firstShown && run.result) {
            m_firstShown = true;
            Q_EMIT firstSampleShown();
        }
        if (state == JobState::Succeeded)
            runNextPendingBranch();
        else
            m_pendingBranches.clear();
    });
}

void SamplingPage::runNextPendingBranch()
{
    if (m_pendingBranches.empty() || isSampling())
        return;
    const auto [k, s] = m_pendingBranches.front();
    m_pendingBranches.erase(m_pendingBranches.begin());
    showRun(int(m_runs.size()) - 1); // the run just made is the next one's parent
    branchFrom(k, s);
}

void SamplingPage::onStep(int index, const services::DenoisingStepEvent &event)
{
    Run &r = m_runs[std::size_t(index)];
    r.frames.add(event);
    if (index == m_shown) {
        m_view->updateFrames(r.frames, event.index);
        if (m_scrubber->stepCount() != r.frames.steps)
            m_scrubber->setStepCount(r.frames.steps, r.frames.newest);
        else
            m_scrubber->setReachable(r.frames.newest);
        if (m_follow)
            m_scrubber->setStep(r.frames.newest); // -> onStepShown
    }
    updateCard(index);
}

void SamplingPage::onStepShown(int step)
{
    m_view->setStep(step);
    if (m_shown >= 0) {
        const Run &r = m_runs[std::size_t(m_shown)];
        m_follow = step >= r.frames.newest;
    }
    syncBranchButton(); // enabling a button lays nothing out
    // The plots and the branch form's text follow at most once a frame.
    if (!m_cursorTimer->isActive())
        m_cursorTimer->start();
}

void SamplingPage::updateCursors()
{
    const int step = shownStep();
    m_schedule->setCursor(step);
    m_trajectory->setCurrent(step);
    updateBranchLabel();
    syncBranchButton();
}

int SamplingPage::shownStep() const
{
    return m_scrubber->step();
}

void SamplingPage::setShownStep(int step)
{
    m_scrubber->setStep(step);
}

void SamplingPage::showRun(int index)
{
    if (index < 0 || index >= int(m_runs.size()))
        return;
    const bool other = index != m_shown;
    const int keep = m_scrubber->step();
    m_shown = index;
    const Run &r = m_runs[std::size_t(index)];
    m_view->setFrames(r.frames);
    m_view->setCaption(describeRun(index));
    m_view->setBranchedAt(r.branchedAt);
    m_scrubber->setStepCount(r.frames.steps, std::max(0, r.frames.newest));
    if (other || r.result) {
        try {
            m_schedule->setRun(m_model.config.makeSchedule(), timestepsOf(r));
        } catch (const std::exception &) {
            m_schedule->clear();
        }
        if (r.result && r.result->trajectory.size() >= 4)
            m_trajectory->setTrajectory(r.result->trajectory);
        else
            m_trajectory->clear(r.running() ? tr("The path appears when the run has finished") : r.failure);
    }
    m_branches->setSelected(index);
    if (m_branchScroll && other)
        m_branchScroll->ensureVisible(m_branches->cardRect(index).center().x(), 10, 80, 0);
    // The same step of another run, so two runs can be compared by clicking between them.
    m_scrubber->setStep(keep);
    onStepShown(m_scrubber->step());
    m_schedule->setCursor(shownStep());
    m_trajectory->setCurrent(shownStep());
    updateBranchLabel();
    syncControls();
}

std::vector<int> SamplingPage::timestepsOf(const Run &run) const
{
    if (run.result && !run.result->run.timesteps.empty())
        return run.result->run.timesteps;
    if (run.parent >= 0 && run.parent < int(m_runs.size()))
        return timestepsOf(m_runs[std::size_t(run.parent)]);
    return ed::samplerTimesteps(m_model.config.timesteps, run.settings.steps);
}

Job *SamplingPage::branchFrom(int k, const ed::SamplerSettings &settings)
{
    if (m_shown < 0 || !hasModel()) {
        setStatus(tr("Sample first, then branch from one of its steps."), true);
        return nullptr;
    }
    const Run &parent = m_runs[std::size_t(m_shown)];
    if (!parent.result) {
        setStatus(tr("Wait until the run has finished to branch from it."), true);
        return nullptr;
    }
    const int steps = parent.frames.steps;
    if (k < 0 || k >= steps) {
        setStatus(tr("Branch from a step between 0 and %1: scrub back to it first.").arg(steps - 1), true);
        return nullptr;
    }
    ed::SamplerSettings s = settings;
    s.steps = steps; // a branch keeps its parent's timesteps
    s.count = 1;
    Run b;
    b.settings = s;
    b.parent = m_shown;
    b.branchedAt = k;
    b.serial = m_nextSerial++;
    b.frames.reset(steps);
    b.frames.copyPrefix(parent.frames, k);
    Job *job = m_service->branch(parent.result->run, k, s, 1);
    m_runs.push_back(std::move(b));
    const int index = int(m_runs.size()) - 1;
    followRun(index, job);
    rebuildCards();
    m_scrubber->setStep(k);
    showRun(index);
    m_follow = true;
    setStatus(tr("Branch %1 from step %2: %3…").arg(index).arg(k).arg(QString::fromStdString(s.describe())));
    syncControls();
    return job;
}

// --- cards, labels --------------------------------------------------------------------------

QString SamplingPage::describeRun(int index) const
{
    const Run &r = m_runs[std::size_t(index)];
    const QString what = QString::fromStdString(r.settings.describe());
    if (r.parent < 0)
        return what;
    return tr("branch of %1 from step %2: %3")
        .arg(r.parent == 0 ? tr("the sample") : tr("branch %1").arg(r.parent))
        .arg(r.branchedAt)
        .arg(what);
}

void SamplingPage::rebuildCards()
{
    QVector<BranchStrip::Card> cards(int(m_runs.size()));
    m_branches->setCards(cards);
    for (int i = 0; i < int(m_runs.size()); ++i)
        updateCard(i);
    m_branches->setSelected(m_shown);
}

void SamplingPage::updateCard(int index)
{
    const Run &r = m_runs[std::size_t(index)];
    BranchStrip::Card c;
    c.image = r.frames.newest >= 0 ? r.frames.x[r.frames.newest] : QImage();
    if (r.parent < 0)
        c.title = tr("Sample");
    else if (r.parent == 0)
        c.title = tr("Branch %1 · step %2").arg(index).arg(r.branchedAt);
    else
        c.title = tr("Branch %1 · %2 of %3").arg(index).arg(r.branchedAt).arg(r.parent);
    const auto &s = r.settings;
    c.detail = samplerShort(s) + tr(" · w %1").arg(s.guidance) +
               (s.classLabel >= 0 ? tr(" · class %1").arg(s.classLabel) : QString());
    if (r.running())
        c.status = tr("seed %1 · step %2/%3…").arg(s.seed).arg(std::max(0, r.frames.newest)).arg(r.frames.steps);
    else if (r.result)
        c.status = tr("seed %1 · %2 s").arg(s.seed).arg(QLocale().toString(r.result->run.seconds, 'f', 2));
    else
        c.status = r.failure;
    c.toolTip = describeRun(index);
    m_branches->setCard(index, c);
}

void SamplingPage::updateBranchLabel()
{
    QString text;
    if (m_shown < 0) {
        text = tr("Sample first; then scrub to a step and branch from it.");
    } else {
        const Run &r = m_runs[std::size_t(m_shown)];
        const int k = shownStep();
        if (!r.result)
            text = tr("Branching needs the finished run: wait for it, or pick a finished one on the right.");
        else if (k >= r.frames.steps)
            text = tr("Scrub back to an earlier step to branch from it (step %1 is the finished image).").arg(k);
        else
            text = tr("From step %1 of %2 (t = %3): steps 0-%1 are kept, steps %4-%2 run again with:")
                       .arg(k)
                       .arg(r.frames.steps)
                       .arg(r.frames.t.value(k))
                       .arg(k + 1);
    }
    if (text != m_branchFrom->text())
        m_branchFrom->setText(text);
}

// --- export, status --------------------------------------------------------------------------

services::Recipe SamplingPage::recipeOf(int index, const QString &format) const
{
    const Run &r = m_runs.at(std::size_t(index));
    services::Recipe recipe = services::diffusion::sampleRecipe(m_model, r.settings, format);
    if (r.parent >= 0) {
        // A branch is made again from its parent's run: the parent's settings (and its own parent's),
        // then this branch's settings from the step it shares.
        QJsonObject parent = recipeOf(r.parent, format).parameters;
        parent.insert(QStringLiteral("seed"), qint64(m_runs[std::size_t(r.parent)].settings.seed));
        recipe.parameters.insert(QStringLiteral("parent"), parent);
        recipe.parameters.insert(QStringLiteral("branched_at"), r.branchedAt);
    }
    return recipe;
}

Job *SamplingPage::exportStepsTo(const QString &path)
{
    const auto format = latent::formatFromPath(path);
    if (!format) {
        setStatus(tr("%1: choose a .gif, .mp4 or .png file.").arg(QDir::toNativeSeparators(path)), true);
        return nullptr;
    }
    if (m_shown < 0 || !m_runs[std::size_t(m_shown)].result) {
        setStatus(tr("Nothing to export yet: wait for the run to finish."), true);
        return nullptr;
    }
    const Run &r = m_runs[std::size_t(m_shown)];
    Job *job = m_service->exportSteps(path, *r.result, recipeOf(m_shown, latent::formatSuffix(*format)));
    m_exportJob = job;
    syncControls();
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &Job::finished, this, [this, job, path](JobState state, const QString &message) {
        if (m_exportJob == job)
            m_exportJob = nullptr;
        syncControls();
        const bool ok = state == JobState::Succeeded;
        if (ok)
            setStatus(tr("Wrote %1 with its recipe.").arg(QDir::toNativeSeparators(path)));
        else if (state == JobState::Failed)
            setStatus(tr("Could not export: %1").arg(message), true);
        Q_EMIT exported(path, ok, message);
    });
    return job;
}

void SamplingPage::chooseExportFile()
{
    if (m_shown < 0)
        return;
    const auto format = latent::ExportFormat(comboInt(m_exportFormat, 0));
    const QString suffix = latent::formatSuffix(format);
    const auto &s = m_runs[std::size_t(m_shown)].settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the denoising steps"),
        QStringLiteral("diffusion-%1-%2steps-seed%3.%4")
            .arg(QString::fromStdString(ed::samplerName(s.kind)))
            .arg(s.steps)
            .arg(s.seed)
            .arg(suffix),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportStepsTo(path);
}

QString SamplingPage::statusText() const
{
    return m_status->text();
}

void SamplingPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    Q_EMIT statusMessage(text);
}

// --- state, recipes --------------------------------------------------------------------------

namespace {
const char *const kSections[] = {"branches", "compare", "travel"};
const char *const kPresets[] = {"samplers", "guidance", "steps", "many-steps"};
} // namespace

QJsonObject SamplingPage::saveState() const
{
    const ed::SamplerSettings s = settings();
    QJsonObject o;
    o.insert(QStringLiteral("sampler"), QString::fromStdString(ed::samplerName(s.kind)));
    o.insert(QStringLiteral("steps"), s.steps);
    o.insert(QStringLiteral("eta"), m_eta->value());
    o.insert(QStringLiteral("seed"), qint64(s.seed));
    o.insert(QStringLiteral("class"), s.classLabel);
    o.insert(QStringLiteral("guidance"), s.guidance);
    o.insert(QStringLiteral("speed"), m_scrubber->speed());
    o.insert(QStringLiteral("section"), QLatin1String(kSections[std::clamp(m_tabs->currentIndex(), 0, 2)]));
    o.insert(QStringLiteral("compare"), QLatin1String(kPresets[std::clamp(int(m_compare->preset()), 0, 3)]));
    o.insert(QStringLiteral("export_format"), latent::formatSuffix(latent::ExportFormat(comboInt(m_exportFormat, 0))));
    o.insert(QStringLiteral("travel"), m_travel->saveState());
    return o;
}

void SamplingPage::restoreState(const QJsonObject &o)
{
    if (o.isEmpty())
        return;
    m_quiet = true;
    ed::SamplerKind kind;
    if (o.value(QStringLiteral("sampler")).isString() &&
        ed::parseSampler(o.value(QStringLiteral("sampler")).toString().toStdString(), &kind))
        selectData(m_sampler, int(kind));
    if (o.value(QStringLiteral("steps")).isDouble())
        m_steps->setValue(std::clamp(o.value(QStringLiteral("steps")).toInt(), 1, m_steps->maximum()));
    if (o.value(QStringLiteral("eta")).isDouble())
        m_eta->setValue(std::clamp(o.value(QStringLiteral("eta")).toDouble(), 0.0, 1.0));
    if (o.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(int(std::clamp<qint64>(o.value(QStringLiteral("seed")).toInteger(), 0, kMaxSeed)));
    if (o.value(QStringLiteral("guidance")).isDouble())
        m_guidance->setValue(std::clamp(o.value(QStringLiteral("guidance")).toDouble(), 0.0, ed::kMaxGuidance));
    if (o.value(QStringLiteral("class")).isDouble()) {
        const int c = std::clamp(o.value(QStringLiteral("class")).toInt(), -1, ed::kMaxClasses - 1);
        m_classChosen = true;
        if (m_class->findData(c) >= 0 && (hasModel() || c == -1)) {
            selectData(m_class, c);
            m_pendingClass = -2;
        } else if (!hasModel()) {
            m_pendingClass = c; // the model, still loading, will say whether it has it
        }
    }
    if (o.value(QStringLiteral("speed")).isDouble())
        m_scrubber->setSpeed(std::clamp(o.value(QStringLiteral("speed")).toInt(), 1, 60));
    const QString section = o.value(QStringLiteral("section")).toString();
    for (int i = 0; i < 3; ++i)
        if (section == QLatin1String(kSections[i]))
            m_tabs->setCurrentIndex(i);
    const QString preset = o.value(QStringLiteral("compare")).toString();
    for (int i = 0; i < 4; ++i)
        if (preset == QLatin1String(kPresets[i]))
            m_compare->setPreset(ComparePanel::Preset(i));
    if (const auto f = latent::formatFromPath(QStringLiteral("x.") + o.value(QStringLiteral("export_format")).toString()))
        selectData(m_exportFormat, int(*f));
    if (o.value(QStringLiteral("travel")).isObject())
        m_travel->restoreState(o.value(QStringLiteral("travel")).toObject());
    m_quiet = false;
    syncControls();
    m_compare->setBaseSettings(settings());
}

bool SamplingPage::openRecipe(const services::Recipe &recipe)
{
    if (recipe.lab != QLatin1String("diffusion"))
        return false;
    if (recipe.action == QLatin1String("travel")) {
        services::SeedTravelRequest request;
        if (!SeedTravelPanel::requestFromRecipe(recipe, &request))
            return false;
        m_travel->setRequest(request);
        m_tabs->setCurrentWidget(m_travel);
        if (hasModel())
            m_travel->travel();
        else
            m_pendingRecipe = recipe;
        Q_EMIT stateChanged();
        return true;
    }
    if (recipe.action != QLatin1String("sample"))
        return false;
    // A branch's recipe holds its parent's (and so on up to the sample): the sample first, then each
    // branch from its step once the run before it has finished.
    std::vector<std::pair<int, ed::SamplerSettings>> branches;
    QJsonObject p = recipe.parameters;
    quint64 seed = recipe.seed;
    while (p.value(QStringLiteral("parent")).isObject() && p.value(QStringLiteral("branched_at")).isDouble()) {
        branches.insert(branches.begin(), {p.value(QStringLiteral("branched_at")).toInt(), settingsFromParameters(p, seed)});
        p = p.value(QStringLiteral("parent")).toObject();
        seed = quint64(std::max<qint64>(0, p.value(QStringLiteral("seed")).toInteger(qint64(seed))));
    }
    setSettings(settingsFromParameters(p, seed));
    if (!hasModel()) {
        m_pendingRecipe = recipe;
        return true;
    }
    sample();
    m_pendingBranches = branches;
    if (!branches.empty())
        m_tabs->setCurrentIndex(0);
    setStatus(branches.empty() ? tr("From a recipe: %1.").arg(QString::fromStdString(settings().describe()))
                               : tr("From a recipe: the sample, then %n branch(es) from it.", nullptr,
                                    int(branches.size())));
    return true;
}

} // namespace genlab::widgets::diffusionlab
