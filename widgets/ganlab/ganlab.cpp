#include "widgets/ganlab/ganlab.h"

#include "services/gan/ganexplore.h"
#include "services/gan/ganservice.h"
#include "services/gan/gantraining.h"
#include "services/job.h"
#include "services/recipe.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/ganlab/gantrainpanel.h"
#include "widgets/ganlab/generatorexplorer.h"
#include "widgets/ganlab/toyganview.h"
#include "widgets/help/shortcutcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::ganlab {

namespace gan = engine::gan;
using services::Job;
using services::JobState;

namespace {

// One play request takes as many steps as fit in this, so the views are redrawn ~25 times a second
// however fast a step is; slow motion takes one step per kSlowMotionMs.
constexpr double kFrameBudgetMs = 35.0;
constexpr int kMaxStepsPerFrame = 64;
constexpr int kSlowMotionMs = 180;

QComboBox *combo(QWidget *parent, const QString &name, const QList<QPair<QString, int>> &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    for (const auto &[text, value] : items)
        c->addItem(text, value);
    return c;
}

QSpinBox *spin(QWidget *parent, const QString &name, int min, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

QDoubleSpinBox *rate(QWidget *parent, const QString &name, double value)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setDecimals(5);
    s->setRange(1e-5, 1.0);
    s->setSingleStep(0.0005);
    s->setValue(value);
    return s;
}

// The engine writes its presets' names and explanations in English, marked for lupdate in the
// context "GanPreset" (engine/base/translatable.h); shown in the studio's language.
QString presetText(const std::string &english)
{
    return QCoreApplication::translate("GanPreset", english.c_str());
}

void select(QComboBox *c, int value)
{
    const int i = c->findData(value);
    if (i >= 0)
        c->setCurrentIndex(i);
}

} // namespace

GanLab::GanLab(services::GanService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("ganLab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ganTabs"));
    m_tabs->setDocumentMode(true);
    outer->addWidget(m_tabs);

    // The 2-D game: the form, the plane, the curves.
    auto *game = new QWidget(m_tabs);
    game->setObjectName(QStringLiteral("ganGamePage"));
    auto *layout = new QHBoxLayout(game);
    auto *splitter = new QSplitter(Qt::Horizontal, game);
    m_splitter = splitter;
    layout->addWidget(splitter);
    m_tabs->addTab(game, tr("2-D game"));

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formHost = new QWidget(scroll);
    buildForm(formHost);
    scroll->setWidget(formHost);
    // Wide enough for the form's rows, no wider: the lab must fit a 1366-pixel laptop screen
    // beside the studio's navigation and the Jobs dock (the rest scrolls).
    scroll->setMinimumWidth(std::min(formHost->sizeHint().width() + 24, 470));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *centre = new QWidget(splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new ToyGanView(centre);
    centreLayout->addWidget(m_view, 1);
    auto *layers = new QGridLayout; // two rows, so the plane's column stays narrow
    const QList<QPair<QString, int>> layerNames = {{tr("D's heat map"), ToyGanView::HeatMap},
                                                   {tr("Real"), ToyGanView::RealPoints},
                                                   {tr("Fake"), ToyGanView::FakePoints},
                                                   {tr("G's gradients"), ToyGanView::Gradients},
                                                   {tr("Manifold"), ToyGanView::Manifold}};
    for (const auto &[text, bit] : layerNames) {
        auto *box = new QCheckBox(text, centre);
        box->setChecked(true);
        box->setProperty("layer", bit);
        connect(box, &QCheckBox::toggled, this, [this] {
            int mask = 0;
            for (QCheckBox *b : m_layerBoxes)
                mask |= b->isChecked() ? b->property("layer").toInt() : 0;
            m_view->setLayers(mask);
            Q_EMIT stateChanged();
        });
        layers->addWidget(box, int(m_layerBoxes.size()) / 3, int(m_layerBoxes.size()) % 3);
        m_layerBoxes << box;
    }
    centreLayout->addLayout(layers);
    // Drawing a data set of one's own on the plane.
    auto *drawRow = new QHBoxLayout;
    m_draw = new QPushButton(tr("Draw"), centre);
    m_draw->setObjectName(QStringLiteral("drawButton"));
    m_draw->setCheckable(true);
    m_draw->setToolTip(tr("Click on the plane to add a point, drag to spray a few, right-click to clear; the game "
                          "keeps running until you use them"));
    m_clearDrawn = new QPushButton(tr("Clear"), centre);
    m_clearDrawn->setObjectName(QStringLiteral("clearDrawnButton"));
    m_useDrawn = new QPushButton(tr("Use drawn"), centre);
    m_useDrawn->setObjectName(QStringLiteral("useDrawnButton"));
    m_useDrawn->setToolTip(tr("A new game whose real data are your points (at least %1)").arg(gan::kMinUserPoints));
    drawRow->addWidget(m_draw);
    drawRow->addWidget(m_clearDrawn);
    drawRow->addWidget(m_useDrawn);
    drawRow->addStretch(1);
    centreLayout->addLayout(drawRow);
    connect(m_draw, &QPushButton::toggled, m_view, &ToyGanView::setDrawMode);
    connect(m_clearDrawn, &QPushButton::clicked, m_view, &ToyGanView::clearDrawnPoints);
    connect(m_useDrawn, &QPushButton::clicked, this, &GanLab::useDrawnPoints);
    // The count is in the plane's hint band while drawing; the button keeps its width.
    connect(m_view, &ToyGanView::drawnPointsChanged, this, [this] { Q_EMIT stateChanged(); });
    m_coverage = new QLabel(centre);
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true); // it grows while playing; it must not widen the column
    centreLayout->addWidget(m_coverage);

    auto *curves = new QSplitter(Qt::Vertical, splitter);
    m_losses = new TrainingMonitor(curves);
    m_losses->addSeries(QStringLiteral("d_loss"), tr("D loss"), QColor(66, 133, 244));
    m_losses->addSeries(QStringLiteral("g_loss"), tr("G loss"), QColor(200, 30, 160));
    m_losses->addSeries(QStringLiteral("d_real"), tr("mean D(x)"), QColor(46, 160, 67), TrainingMonitor::Axis::Right);
    m_losses->addSeries(QStringLiteral("d_fake"), tr("mean D(G(z))"), QColor(251, 140, 0), TrainingMonitor::Axis::Right);
    m_losses->setAxisTitles(tr("step"), tr("loss"), tr("D's score"));
    m_gradients = new TrainingMonitor(curves);
    m_gradients->addSeries(QStringLiteral("d_grad"), tr("D gradient norm"), QColor(66, 133, 244));
    m_gradients->addSeries(QStringLiteral("g_grad"), tr("G gradient norm"), QColor(200, 30, 160));
    m_gradients->addSeries(QStringLiteral("kl"), tr("KL(real ‖ fake)"), QColor(120, 120, 120), TrainingMonitor::Axis::Right);
    m_gradients->addSeries(QStringLiteral("js"), tr("JS"), QColor(0, 0, 0), TrainingMonitor::Axis::Right);
    m_gradients->setAxisTitles(tr("step"), tr("gradient norm"), tr("nats"));
    m_gradients->setYScale(TrainingMonitor::YScale::Log);
    // The plane is what moves; the curves follow ten times a second, so a frame stays cheap.
    m_losses->setReplotInterval(100);
    m_gradients->setReplotInterval(100);

    // The curves' tool rows are wider than they need to be here; they may be squeezed.
    curves->setMinimumWidth(260);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({scroll->minimumWidth(), 520, 480}); // the curves' tool rows whole on a wide screen

    // Training image GANs: the second page.
    m_trainPanel = new GanTrainPanel(m_service, m_tabs);
    m_tabs->addTab(m_trainPanel, tr("Train images"));

    // Exploring a trained generator: the last page, its own facade on the lab's lane.
    m_explorer = new GeneratorExplorer(new services::GanExploreService(m_service, this), m_tabs);
    m_tabs->addTab(m_explorer, tr("Explore"));
    // Keys for the frequent actions: play the game, train images, a new seed to explore.
    help::bindLabKey(m_tabs->widget(0), m_play, help::runKeys(), tr("Play or pause"));
    help::bindTrainingKeys(m_trainPanel);
    help::bindLabKey(m_explorer, "newSeedButton", help::runKeys());
    connect(m_explorer, &GeneratorExplorer::settingsChanged, this, &LabPage::stateChanged);
    // "Use this model" on the training page: explore what was just trained.
    connect(m_trainPanel, &GanTrainPanel::useModel, this, [this](const QString &checkpointDir) {
        m_explorer->useModel(checkpointDir);
        m_tabs->setCurrentWidget(m_explorer);
    });

    // The first game starts when the lab is first shown (or now, for tests that build the lab
    // outside the studio's DeferredLoading and never show it): the first preset, as a student
    // would begin.
    if (!loadsWhenShown())
        QTimer::singleShot(0, this, [this] {
            if (m_generation == 0 && !m_job)
                applyPreset(QString::fromStdString(gan::toyPresets().front().id));
        });
}

GanLab::~GanLab()
{
    m_playing = false;
    if (m_job)
        m_job->cancel();
}

void GanLab::resizeEvent(QResizeEvent *event)
{
    LabPage::resizeEvent(event);
    if (m_sized || !isVisible() || m_splitter->width() < 600)
        return;
    // Once, at the first real size: the form as narrow as it can be, the rest shared between the
    // plane and the curves (Qt would otherwise squeeze the plane to its minimum on a small screen).
    m_sized = true;
    const int form = m_splitter->widget(0)->minimumWidth();
    const int rest = std::max(0, m_splitter->width() - form - 2 * m_splitter->handleWidth());
    m_splitter->setSizes({form, rest * 55 / 100, rest - rest * 55 / 100});
}

QString GanLab::title() const
{
    return tr("GAN");
}

QString GanLab::summary() const
{
    return tr("Two players: a generator and a discriminator trained against each other, and how their game fails");
}

QIcon GanLab::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

void GanLab::activated()
{
    m_explorer->ensureLoaded(); // the shipped generator is ready by the time its page is opened
    if (m_generation == 0 && !m_job)
        applyPreset(QString::fromStdString(gan::toyPresets().front().id));
}

void GanLab::buildForm(QWidget *host)
{
    auto *v = new QVBoxLayout(host);

    auto *experiment = new QGroupBox(tr("Experiment"), host);
    auto *ev = new QVBoxLayout(experiment);
    m_preset = new QComboBox(experiment);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Your own settings"), QString());
    for (const gan::ToyPreset &p : gan::toyPresets())
        m_preset->addItem(presetText(p.name), QString::fromStdString(p.id));
    ev->addWidget(m_preset);
    m_explanation = new QLabel(experiment);
    m_explanation->setObjectName(QStringLiteral("presetExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setMinimumWidth(260);
    ev->addWidget(m_explanation);
    v->addWidget(experiment);

    auto *model = new QGroupBox(tr("Data and players (a change starts a new game)"), host);
    auto *mf = new QFormLayout(model);
    m_data = combo(model, QStringLiteral("dataCombo"),
                   {{tr("Ring of 8 Gaussians"), int(engine::data::ToyKind::Ring)},
                    {tr("Grid of 25 Gaussians"), int(engine::data::ToyKind::Grid)},
                    {tr("Two moons"), int(engine::data::ToyKind::TwoMoons)},
                    {tr("Spiral"), int(engine::data::ToyKind::Spiral)},
                    {tr("Drawn points"), int(engine::data::ToyKind::UserPoints)}});
    m_data->setItemData(m_data->count() - 1, tr("Your own points: draw them on the plane"), Qt::ToolTipRole);
    mf->addRow(tr("Data"), m_data);
    m_noise = combo(model, QStringLiteral("noiseCombo"),
                    {{tr("Gaussian N(0, I)"), int(gan::NoiseKind::Gaussian)}, {tr("Uniform U(-1, 1)"), int(gan::NoiseKind::Uniform)}});
    mf->addRow(tr("Noise"), m_noise);
    m_noiseDim = spin(model, QStringLiteral("noiseDimSpin"), 1, 64, 2);
    mf->addRow(tr("Noise dimensions"), m_noiseDim);
    const QList<QPair<QString, int>> acts = {{tr("ReLU"), int(gan::Activation::Relu)},
                                             {tr("Leaky ReLU"), int(gan::Activation::LeakyRelu)},
                                             {tr("tanh"), int(gan::Activation::Tanh)},
                                             {tr("ELU"), int(gan::Activation::Elu)}};
    auto sizes = [&](QSpinBox *&layers, QSpinBox *&width, QComboBox *&act, const QString &who) {
        auto *row = new QHBoxLayout;
        layers = spin(model, who + QStringLiteral("LayersSpin"), 1, 8, 2);
        layers->setSuffix(tr(" layers"));
        width = spin(model, who + QStringLiteral("WidthSpin"), 1, 1024, 64);
        width->setSuffix(tr(" wide"));
        act = combo(model, who + QStringLiteral("ActivationCombo"), acts);
        row->addWidget(layers);
        row->addWidget(width);
        row->addWidget(act);
        return row;
    };
    mf->addRow(tr("Generator"), sizes(m_gLayers, m_gWidth, m_gAct, QStringLiteral("g")));
    mf->addRow(tr("Discriminator"), sizes(m_dLayers, m_dWidth, m_dAct, QStringLiteral("d")));
    m_seed = spin(model, QStringLiteral("seedSpin"), 0, 1000000, 1);
    mf->addRow(tr("Seed"), m_seed);
    v->addWidget(model);

    auto *game = new QGroupBox(tr("The game (applies from the next step)"), host);
    auto *gf = new QFormLayout(game);
    m_loss = combo(game, QStringLiteral("lossCombo"),
                   {{tr("Minimax (saturating)"), int(gan::Loss::Minimax)},
                    {tr("Non-saturating"), int(gan::Loss::NonSaturating)},
                    {tr("Least squares"), int(gan::Loss::LeastSquares)},
                    {tr("Wasserstein + gradient penalty"), int(gan::Loss::Wasserstein)},
                    {tr("Hinge"), int(gan::Loss::Hinge)}});
    gf->addRow(tr("Loss"), m_loss);
    m_penalty = new QDoubleSpinBox(game);
    m_penalty->setObjectName(QStringLiteral("penaltySpin"));
    m_penalty->setRange(0, 100);
    m_penalty->setValue(10);
    gf->addRow(tr("Gradient penalty λ"), m_penalty);
    const QList<QPair<QString, int>> opts = {{tr("Adam"), int(gan::OptimizerKind::Adam)}, {tr("SGD"), int(gan::OptimizerKind::Sgd)}};
    auto optRow = [&](QComboBox *&kind, QDoubleSpinBox *&lr, const QString &who) {
        auto *row = new QHBoxLayout;
        kind = combo(game, who + QStringLiteral("OptimizerCombo"), opts);
        lr = rate(game, who + QStringLiteral("LrSpin"), 1e-3);
        lr->setToolTip(tr("Learning rate"));
        row->addWidget(kind);
        row->addWidget(lr);
        return row;
    };
    gf->addRow(tr("G optimizer, rate"), optRow(m_gOpt, m_gLr, QStringLiteral("g")));
    gf->addRow(tr("D optimizer, rate"), optRow(m_dOpt, m_dLr, QStringLiteral("d")));
    m_k = spin(game, QStringLiteral("kSpin"), 1, 50, 1);
    m_k->setToolTip(tr("Discriminator steps for every generator step"));
    gf->addRow(tr("D steps per G step"), m_k);
    m_batch = spin(game, QStringLiteral("batchSpin"), 1, 8192, 128);
    gf->addRow(tr("Batch"), m_batch);
    v->addWidget(game);

    auto *controls = new QGridLayout;
    m_reset = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), host);
    m_play = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), host);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_dStep = new QPushButton(tr("D step"), host);
    m_dStep->setObjectName(QStringLiteral("dStepButton"));
    m_dStep->setToolTip(tr("One update of the discriminator only"));
    m_gStep = new QPushButton(tr("G step"), host);
    m_gStep->setObjectName(QStringLiteral("gStepButton"));
    m_gStep->setToolTip(tr("One update of the generator only"));
    m_fullStep = new QPushButton(tr("Full step"), host);
    m_fullStep->setObjectName(QStringLiteral("fullStepButton"));
    m_fullStep->setToolTip(tr("k discriminator updates, then one generator update"));
    m_slow = new QCheckBox(tr("Slow motion"), host);
    m_slow->setObjectName(QStringLiteral("slowMotionBox"));
    controls->addWidget(m_play, 0, 0);
    controls->addWidget(m_reset, 0, 1);
    controls->addWidget(m_slow, 0, 2);
    controls->addWidget(m_dStep, 1, 0);
    controls->addWidget(m_gStep, 1, 1);
    controls->addWidget(m_fullStep, 1, 2);
    v->addLayout(controls);
    m_status = new QLabel(host);
    m_status->setObjectName(QStringLiteral("ganStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    v->addWidget(m_status);
    v->addStretch();

    connect(m_reset, &QPushButton::clicked, this, &GanLab::reset);
    connect(m_play, &QPushButton::clicked, this, [this] { m_playing ? pause() : play(); });
    connect(m_dStep, &QPushButton::clicked, this, [this] { stepOnce(gan::StepKind::Discriminator); });
    connect(m_gStep, &QPushButton::clicked, this, [this] { stepOnce(gan::StepKind::Generator); });
    connect(m_fullStep, &QPushButton::clicked, this, [this] { stepOnce(gan::StepKind::Full); });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString id = m_preset->itemData(index).toString();
        if (!id.isEmpty())
            applyPreset(id);
        else
            m_explanation->setText(tr("Your own game: change anything; the loss, optimizers, rates and k apply from the next step."));
    });
    // Model changes start a new game; game settings apply at the next step by themselves.
    auto restart = [this] {
        if (m_loadingPreset)
            return;
        m_preset->setCurrentIndex(0);
        reset();
    };
    for (QComboBox *c : {m_noise, m_gAct, m_dAct})
        connect(c, &QComboBox::activated, this, restart);
    connect(m_data, &QComboBox::activated, this, [this, restart] {
        if (engine::data::ToyKind(m_data->currentData().toInt()) == engine::data::ToyKind::UserPoints)
            useDrawnPoints();
        else
            restart();
    });
    for (QSpinBox *s : {m_noiseDim, m_gLayers, m_gWidth, m_dLayers, m_dWidth, m_seed})
        connect(s, &QSpinBox::editingFinished, this, restart);
    auto changed = [this] {
        if (!m_loadingPreset)
            Q_EMIT stateChanged();
    };
    for (QComboBox *c : {m_loss, m_gOpt, m_dOpt})
        connect(c, &QComboBox::activated, this, changed);
    for (QSpinBox *s : {m_k, m_batch})
        connect(s, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox *s : {m_gLr, m_dLr, m_penalty})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    updateButtons();
}

gan::ToyConfig GanLab::config() const
{
    gan::ToyConfig c;
    c.data = engine::data::ToyKind(m_data->currentData().toInt());
    c.noise = gan::NoiseKind(m_noise->currentData().toInt());
    if (c.data == engine::data::ToyKind::UserPoints)
        c.userPoints = m_appliedPoints;
    c.noiseDim = m_noiseDim->value();
    c.generator = {m_gLayers->value(), m_gWidth->value(), gan::Activation(m_gAct->currentData().toInt())};
    c.discriminator = {m_dLayers->value(), m_dWidth->value(), gan::Activation(m_dAct->currentData().toInt())};
    return c;
}

gan::ToySettings GanLab::settings() const
{
    gan::ToySettings s;
    s.loss = gan::Loss(m_loss->currentData().toInt());
    s.gradientPenalty = m_penalty->value();
    s.generator.kind = gan::OptimizerKind(m_gOpt->currentData().toInt());
    s.generator.learningRate = m_gLr->value();
    s.discriminator.kind = gan::OptimizerKind(m_dOpt->currentData().toInt());
    s.discriminator.learningRate = m_dLr->value();
    s.discriminatorSteps = m_k->value();
    s.batchSize = m_batch->value();
    return s;
}

quint64 GanLab::seed() const
{
    return quint64(m_seed->value());
}

void GanLab::setConfigForm(const gan::ToyConfig &c, const gan::ToySettings &s, quint64 seed)
{
    m_loadingPreset = true;
    select(m_data, int(c.data));
    select(m_noise, int(c.noise));
    m_noiseDim->setValue(c.noiseDim);
    m_gLayers->setValue(c.generator.layers);
    m_gWidth->setValue(c.generator.width);
    select(m_gAct, int(c.generator.activation));
    m_dLayers->setValue(c.discriminator.layers);
    m_dWidth->setValue(c.discriminator.width);
    select(m_dAct, int(c.discriminator.activation));
    select(m_loss, int(s.loss));
    m_penalty->setValue(s.gradientPenalty);
    select(m_gOpt, int(s.generator.kind));
    m_gLr->setValue(s.generator.learningRate);
    select(m_dOpt, int(s.discriminator.kind));
    m_dLr->setValue(s.discriminator.learningRate);
    m_k->setValue(s.discriminatorSteps);
    m_batch->setValue(s.batchSize);
    m_seed->setValue(int(std::min<quint64>(seed, 1000000)));
    m_loadingPreset = false;
}

bool GanLab::applyPreset(const QString &id)
{
    const gan::ToyPreset *p = gan::findToyPreset(id.toStdString());
    if (!p)
        return false;
    for (int i = 0; i < m_preset->count(); ++i)
        if (m_preset->itemData(i).toString() == id)
            m_preset->setCurrentIndex(i);
    setConfigForm(p->config, p->settings, p->seed);
    m_explanation->setText(tr("%1\n\nPress Play: the evidence shows within about %2 steps.")
                               .arg(presetText(p->explanation))
                               .arg(p->evidenceSteps));
    reset();
    return true;
}

bool GanLab::useDrawnPoints()
{
    const int count = m_view->drawnCount();
    if (count < gan::kMinUserPoints) {
        // Too few to learn from: say so, keep drawing, and leave the game that runs alone (the data
        // combo goes back to what it plays on).
        select(m_data, int(m_gameData));
        m_draw->setChecked(true);
        setStatus(tr("Too few points to learn from: %1 drawn, at least %2 needed. Click or drag on the plane to add "
                     "more, then press \"Use drawn\". The game goes on with its previous data.")
                      .arg(count)
                      .arg(gan::kMinUserPoints),
                  true);
        Q_EMIT statusMessage(tr("Draw at least %1 points").arg(gan::kMinUserPoints));
        return false;
    }
    m_appliedPoints = m_view->drawnPoints();
    select(m_data, int(engine::data::ToyKind::UserPoints));
    m_preset->setCurrentIndex(0);
    m_draw->setChecked(false);
    reset();
    setStatus(tr("A new game on your %1 points: G draws from noise, D has never seen them.").arg(count));
    return true;
}

gan::ViewRequest GanLab::viewRequest() const
{
    return gan::ViewRequest{};
}

void GanLab::reset()
{
    m_playing = false;
    if (m_job)
        m_job->cancel();
    m_losses->clearData();
    m_gradients->clearData();
    m_step = 0;
    m_coverage->clear();
    m_gameData = config().data;
    Job *job = m_service->resetToy(config(), settings(), seed(), viewRequest());
    m_job = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_job == job)
            m_job = nullptr;
        if (state == JobState::Succeeded)
            onUpdate(job->resultAs<services::ToyGanUpdate>());
        else if (state == JobState::Failed)
            onFailed(message);
        updateButtons();
    });
    setStatus(tr("A new game: G draws from noise, D has never seen the data."));
    updateButtons();
    Q_EMIT stateChanged();
}

void GanLab::play()
{
    if (m_generation == 0 && !m_job)
        reset();
    m_playing = true;
    updateButtons();
    requestNext();
}

void GanLab::pause()
{
    m_playing = false;
    updateButtons();
    setStatus(statusText());
}

void GanLab::stepOnce(gan::StepKind kind)
{
    m_playing = false;
    if (m_job)
        return; // one at a time; the button is enabled again when it is done
    submitStep(kind, 1, 0);
}

void GanLab::requestNext()
{
    if (!m_playing || m_job)
        return;
    if (m_slow->isChecked())
        submitStep(gan::StepKind::Full, 1, 0);
    else
        submitStep(gan::StepKind::Full, kMaxStepsPerFrame, kFrameBudgetMs);
}

void GanLab::submitStep(gan::StepKind kind, int maxSteps, double budgetMs)
{
    services::ToyStepRequest r;
    r.kind = kind;
    r.maxSteps = maxSteps;
    r.budgetMs = budgetMs;
    r.view = viewRequest();
    Job *job = m_service->stepToy(settings(), r);
    m_job = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_job == job)
            m_job = nullptr;
        if (state == JobState::Succeeded) {
            onUpdate(job->resultAs<services::ToyGanUpdate>());
            if (m_playing)
                QTimer::singleShot(m_slow->isChecked() ? kSlowMotionMs : 0, this, &GanLab::requestNext);
        } else if (state == JobState::Failed) {
            onFailed(message);
        }
        updateButtons();
    });
    updateButtons();
}

void GanLab::onUpdate(const services::ToyGanUpdate &u)
{
    if (u.generation < m_generation)
        return; // from a game that was reset since
    m_generation = u.generation;
    QList<double> steps, dLoss, gLoss, dReal, dFake, dGrad, gGrad;
    for (const gan::ToyStepMetrics &m : u.steps) {
        steps << double(m.step);
        dLoss << m.discriminatorLoss;
        gLoss << m.generatorLoss;
        dReal << m.meanRealScore;
        dFake << m.meanFakeScore;
        dGrad << std::max(m.discriminatorGradNorm, 1e-12);
        gGrad << std::max(m.generatorGradNorm, 1e-12);
        m_step = m.step;
    }
    if (!steps.isEmpty()) {
        m_losses->appendPoints(QStringLiteral("d_loss"), steps, dLoss);
        m_losses->appendPoints(QStringLiteral("g_loss"), steps, gLoss);
        m_losses->appendPoints(QStringLiteral("d_real"), steps, dReal);
        m_losses->appendPoints(QStringLiteral("d_fake"), steps, dFake);
        m_gradients->appendPoints(QStringLiteral("d_grad"), steps, dGrad);
        m_gradients->appendPoints(QStringLiteral("g_grad"), steps, gGrad);
        m_stepsPerSecond = u.stepsPerSecond;
    }
    const gan::ToySnapshot &s = u.snapshot;
    if (s.kl >= 0) {
        m_gradients->appendPoint(QStringLiteral("kl"), double(s.step), std::max(s.kl, 1e-6));
        m_gradients->appendPoint(QStringLiteral("js"), double(s.step), std::max(s.js, 1e-6));
    }
    m_view->setSnapshot(s);
    const QLocale locale;
    QString coverage = tr("Step %1").arg(locale.toString(qint64(s.step)));
    if (s.modesTotal > 0)
        coverage += tr(" · modes covered: %1 of %2").arg(s.modesCovered).arg(s.modesTotal);
    if (s.kl >= 0)
        coverage += tr(" · KL %1 · JS %2 nats").arg(locale.toString(s.kl, 'f', 2), locale.toString(s.js, 'f', 3));
    if (m_playing && m_stepsPerSecond > 0)
        coverage += tr(" · %1 steps/s").arg(locale.toString(m_stepsPerSecond, 'f', 0));
    m_coverage->setText(coverage);
    if (!m_playing)
        setStatus(statusText());
    if (!m_ready) {
        m_ready = true;
        Q_EMIT ready();
    }
    Q_EMIT updated();
}

QString GanLab::statusText() const
{
    return m_playing ? tr("Playing.") : tr("Paused at step %1. Play, or step one player at a time.").arg(m_step);
}

void GanLab::onFailed(const QString &message)
{
    m_playing = false;
    setStatus(tr("The game stopped: %1 The views show the last finite step; change the loss or lower a learning "
                 "rate and press Play, or Reset.")
                  .arg(message),
              true);
    Q_EMIT statusMessage(message);
}

void GanLab::updateButtons()
{
    const bool busy = bool(m_job);
    m_play->setText(m_playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(m_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    for (QPushButton *b : {m_dStep, m_gStep, m_fullStep})
        b->setEnabled(!m_playing && !busy && m_generation > 0);
    if (m_playing)
        setStatus(statusText());
}

void GanLab::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QJsonObject GanLab::saveState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("preset"), m_preset->currentData().toString());
    o.insert(QStringLiteral("data"), QString::fromStdString([&] {
                 for (const auto &k : engine::data::toyKinds())
                     if (int(k.kind) == m_data->currentData().toInt())
                         return k.id;
                 return std::string();
             }()));
    o.insert(QStringLiteral("loss"), QString::fromStdString(gan::lossName(settings().loss)));
    o.insert(QStringLiteral("g_lr"), m_gLr->value());
    o.insert(QStringLiteral("d_lr"), m_dLr->value());
    o.insert(QStringLiteral("k"), m_k->value());
    o.insert(QStringLiteral("seed"), m_seed->value());
    o.insert(QStringLiteral("layers"), m_view->layers());
    QJsonArray drawn;
    for (float v : m_view->drawnPoints())
        drawn.append(double(v));
    if (!drawn.isEmpty())
        o.insert(QStringLiteral("drawn_points"), drawn);
    o.insert(QStringLiteral("explore"), m_explorer->saveState());
    o.insert(QStringLiteral("train"), m_trainPanel->saveState());
    return o;
}

bool GanLab::openRecipe(const QString &path)
{
    QString error;
    const auto recipe = services::readRecipeFile(path, &error);
    if (recipe && recipe->lab != QLatin1String("gan"))
        error = tr("%1 was made by the %2 lab, not this one").arg(QFileInfo(path).fileName(), recipe->lab);
    else if (recipe && recipe->action == QLatin1String("training-evolution")) {
        // A training run's recipe (beside an exported evolution): its settings, ready to train again.
        if (const auto request = services::gan::requestFromRecipe(*recipe, &error)) {
            m_trainPanel->setRequest(*request);
            m_tabs->setCurrentWidget(m_trainPanel);
            Q_EMIT statusMessage(tr("The run of %1 is set up on the Train images page: press Train to run it again")
                                     .arg(QFileInfo(path).fileName()));
            return true;
        }
    } else if (recipe && m_explorer->applyRecipe(*recipe, &error)) {
        m_tabs->setCurrentWidget(m_explorer);
        return true;
    }
    Q_EMIT statusMessage(tr("Cannot open the recipe: %1").arg(error));
    return false;
}

void GanLab::restoreState(const QJsonObject &state)
{
    const QString preset = state.value(QStringLiteral("preset")).toString();
    if (!preset.isEmpty() && gan::findToyPreset(preset.toStdString()))
        applyPreset(preset);
    m_loadingPreset = true;
    const std::string data = state.value(QStringLiteral("data")).toString().toStdString();
    // Drawn points come back as drawn; the game plays on them when it did and there are enough.
    std::vector<float> drawn;
    for (const QJsonValue &v : state.value(QStringLiteral("drawn_points")).toArray())
        if (v.isDouble() && std::isfinite(v.toDouble()))
            drawn.push_back(float(v.toDouble()));
    drawn.resize(drawn.size() & ~std::size_t(1));
    m_view->setDrawnPoints(drawn);
    for (const auto &k : engine::data::toyKinds()) {
        if (k.id != data)
            continue;
        if (k.kind != engine::data::ToyKind::UserPoints) {
            select(m_data, int(k.kind));
        } else if (m_view->drawnCount() >= gan::kMinUserPoints) {
            m_appliedPoints = m_view->drawnPoints();
            select(m_data, int(k.kind));
        }
    }
    gan::Loss loss;
    if (gan::parseLoss(state.value(QStringLiteral("loss")).toString().toStdString(), &loss))
        select(m_loss, int(loss));
    if (state.value(QStringLiteral("g_lr")).isDouble())
        m_gLr->setValue(state.value(QStringLiteral("g_lr")).toDouble());
    if (state.value(QStringLiteral("d_lr")).isDouble())
        m_dLr->setValue(state.value(QStringLiteral("d_lr")).toDouble());
    if (state.value(QStringLiteral("k")).isDouble())
        m_k->setValue(state.value(QStringLiteral("k")).toInt());
    if (state.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(state.value(QStringLiteral("seed")).toInt());
    m_loadingPreset = false;
    if (state.value(QStringLiteral("layers")).isDouble()) {
        const int mask = state.value(QStringLiteral("layers")).toInt() & ToyGanView::AllLayers;
        for (QCheckBox *b : m_layerBoxes)
            b->setChecked(mask & b->property("layer").toInt());
    }
    if (state.value(QStringLiteral("explore")).isObject())
        m_explorer->restoreState(state.value(QStringLiteral("explore")).toObject());
    if (state.value(QStringLiteral("train")).isObject())
        m_trainPanel->restoreState(state.value(QStringLiteral("train")).toObject());
    reset();
}

} // namespace genlab::widgets::ganlab
