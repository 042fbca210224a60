#include "widgets/latentlab/latentlab.h"

#include "services/job.h"
#include "services/latent/latentservice.h"
#include "widgets/components/modelgate.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/latentlab/arithmeticpanel.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/interpolationpanel.h"
#include "widgets/latentlab/latentmappanel.h"
#include "widgets/latentlab/previewpanel.h"
#include "widgets/latentlab/samplepanel.h"
#include "widgets/latentlab/sliderspanel.h"
#include "widgets/latentlab/trainingpanel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

namespace latent = services::latent;
namespace vae = engine::vae;

namespace {
const QString kOpenCheckpoint = QStringLiteral("open:");
constexpr double kMaxAbsLatent = 50.0; // a project's latent beyond this is damaged, not explored
constexpr int kMaxEndpoints = 64;

const char *const kToolNames[] = {"interpolation", "samples", "arithmetic"};

QString shippedTitle(const QString &name)
{
    if (name == QLatin1String(latent::kShipped16d))
        return LatentLab::tr("Digits VAE · 16-D latent (shipped)");
    if (name == QLatin1String(latent::kShipped2d))
        return LatentLab::tr("Digits VAE · 2-D latent (shipped)");
    return name;
}
} // namespace

LatentLab::LatentLab(services::LatentService *service, const QString &startModel, QWidget *parent)
    : LabPage(parent), m_service(service), m_state(new ExplorerState(service, this))
{
    setObjectName(QStringLiteral("latentLab"));
    m_recipeGate = new ModelGate(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Model"), this));
    m_modelCombo = new QComboBox(this);
    m_modelCombo->setObjectName(QStringLiteral("latentModel"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &name : services::LatentService::shippedModels())
        m_modelCombo->addItem(shippedTitle(name), name);
    m_modelCombo->addItem(tr("Open a checkpoint folder…"), kOpenCheckpoint);
    bar->addWidget(m_modelCombo);
    m_modelInfo = new QLabel(this);
    m_modelInfo->setObjectName(QStringLiteral("latentModelInfo"));
    m_modelInfo->setTextFormat(Qt::PlainText);
    bar->addWidget(m_modelInfo, 1);
    m_openRecipe = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open recipe…"), this);
    m_openRecipe->setToolTip(tr("Open a PNG, GIF or MP4 this lab made: its settings come back and the output is "
                                "made again"));
    bar->addWidget(m_openRecipe);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("latentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    // Notes fade after a while; errors stay until something succeeds.
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { setMessage({}); });

    m_top = new QTabWidget(this);
    m_top->setObjectName(QStringLiteral("latentTabs"));
    layout->addWidget(m_top, 1);

    // Explore: the map above the tools on the left; the current point and its sliders on the right.
    auto *explore = new QSplitter(Qt::Horizontal, m_top);
    explore->setObjectName(QStringLiteral("exploreSplitter"));
    explore->setChildrenCollapsible(false);
    auto *left = new QSplitter(Qt::Vertical, explore);
    left->setChildrenCollapsible(false);
    m_map = new LatentMapPanel(m_state, left);
    left->addWidget(m_map);
    m_tools = new QTabWidget(left);
    m_tools->setObjectName(QStringLiteral("latentTools"));
    m_interpolation = new InterpolationPanel(m_state, m_map, m_tools);
    m_samples = new SamplePanel(m_state, m_tools);
    m_arithmetic = new ArithmeticPanel(m_state, m_tools);
    m_tools->addTab(m_interpolation, tr("Interpolation"));
    m_tools->addTab(m_samples, tr("Samples of the prior"));
    m_tools->addTab(m_arithmetic, tr("Latent arithmetic"));
    left->addWidget(m_tools);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setSizes({440, 380});
    explore->addWidget(left);
    auto *right = new QWidget(explore);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    right->setMinimumWidth(280);
    m_preview = new PreviewPanel(m_state, right);
    rightLayout->addWidget(m_preview);
    m_sliders = new SlidersPanel(m_state, right);
    rightLayout->addWidget(m_sliders, 1);
    explore->addWidget(right);
    explore->setStretchFactor(0, 1);
    explore->setStretchFactor(1, 0);
    m_top->addTab(explore, tr("Explore"));

    m_training = new TrainingPanel(m_service, m_top);
    m_top->addTab(m_training, tr("Train"));
    help::bindTrainingKeys(m_training);
    // Explore: Ctrl+Return is the shown tool's main action; Ctrl+R a random point from the prior.
    help::bindLabKey(m_interpolation, "interpolationPlay", help::runKeys(), tr("Play or stop"));
    help::bindLabKey(m_samples, "latentNewSeed", help::runKeys());
    help::bindLabKey(m_sliders, "latentRandomPoint", QKeySequence(Qt::CTRL | Qt::Key_R));

    connect(m_modelCombo, &QComboBox::activated, this, [this](int index) {
        const QString data = m_modelCombo->itemData(index).toString();
        if (data == kOpenCheckpoint) {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("A checkpoint folder (model.safetensors and config.json)"));
            if (dir.isEmpty()) {
                syncModelCombo();
                return;
            }
            loadModel(dir);
        } else {
            loadModel(data);
        }
    });
    connect(m_openRecipe, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a recipe"), QString(),
            tr("Outputs of the latent lab (*.png *.gif *.mp4 *.json);;All files (*)"));
        if (!path.isEmpty())
            openRecipe(path);
    });
    connect(m_state, &ExplorerState::modelChanged, this, &LatentLab::onModelChanged);
    connect(m_state, &ExplorerState::message, this, [this](const QString &text) { setMessage(text, true); });
    connect(m_state, &ExplorerState::mapChanged, this, [this] {
        m_mapShown = m_state->hasMap();
        if (m_state->hasMap() && m_pendingClassA >= 0) {
            m_arithmetic->setClasses(m_pendingClassA, m_pendingClassB);
            m_pendingClassA = m_pendingClassB = -1;
        }
        checkReady();
    });
    // What a project keeps: the point shown and every panel's settings.
    connect(m_state, &ExplorerState::currentChanged, this, &LabPage::stateChanged);
    connect(m_samples, &SamplePanel::settingsChanged, this, &LabPage::stateChanged);
    connect(m_interpolation, &InterpolationPanel::settingsChanged, this, &LabPage::stateChanged);
    connect(m_arithmetic, &ArithmeticPanel::settingsChanged, this, &LabPage::stateChanged);
    connect(m_samples, &SamplePanel::samplesShown, this, [this] {
        m_samplesShown = true;
        checkReady();
    });
    connect(m_samples, &SamplePanel::exported, this, [this](const QString &path, bool ok, const QString &message) {
        setMessage(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : tr("Could not save: %1").arg(message), !ok);
    });
    connect(m_training, &TrainingPanel::useModel, this, [this](const QString &dir) {
        loadModel(dir);
        m_top->setCurrentIndex(0);
    });

    m_startModel = startModel;
    if (!loadsWhenShown())
        activated();
}

void LatentLab::activated()
{
    if (m_started)
        return;
    m_started = true;
    // A project or a recipe may have asked for a model already: that one is the lab's first.
    if (!modelKey().isEmpty())
        return;
    const QStringList shipped = services::LatentService::shippedModels();
    const QString first = !m_startModel.isEmpty() ? m_startModel : shipped.value(0);
    if (first.isEmpty()) {
        setMessage(tr("No shipped model was found (see the README, “Shipped models”). Train one in the Train tab, or "
                      "open a checkpoint folder."),
                   true);
        m_ready = true; // nothing to wait for
        Q_EMIT ready();
    } else {
        loadModel(first);
    }
}

LatentLab::~LatentLab() = default;

QString LatentLab::title() const
{
    return tr("Latent");
}

QString LatentLab::summary() const
{
    return tr("Train autoencoders and VAEs; sample, map, interpolate and steer their latent space");
}

QIcon LatentLab::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

QString LatentLab::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void LatentLab::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QStringLiteral("QLabel { color: #555; }"));
    m_message->setVisible(!text.isEmpty());
    m_messageError = error && !text.isEmpty();
    if (!text.isEmpty() && !error)
        m_messageTimer->start();
    else
        m_messageTimer->stop();
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void LatentLab::checkReady()
{
    if (m_ready || !m_mapShown || !m_samplesShown)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void LatentLab::loadModel(const QString &nameOrPath)
{
    // Another model than the one a project's state waits for: that state is not coming.
    if (m_pendingState && m_pendingState->value(QStringLiteral("model")).toString() != keyFor(nameOrPath))
        m_pendingState.reset();
    m_loadingModel = nameOrPath;
    m_modelInfo->setText(tr("loading %1…").arg(shippedTitle(nameOrPath)));
    services::Job *job = m_service->loadModel(nameOrPath);
    m_modelJob = job;
    // The model is in only when the service says so (onModelChanged), not when the job ends.
    m_recipeGate->loading(keyFor(nameOrPath));
    connect(job, &services::Job::finished, this, [this, nameOrPath](services::JobState state, const QString &message) {
        if (state == services::JobState::Succeeded)
            return; // onModelChanged() took over
        m_recipeGate->failed(message, keyFor(nameOrPath)); // the recipe is dropped: the message says why
        setMessage(tr("Could not load the model: %1. The lab keeps the model it had.").arg(message), true);
        if (m_pendingState && m_pendingState->value(QStringLiteral("model")).toString() == keyFor(nameOrPath)) {
            const QJsonObject state = *m_pendingState;
            m_pendingState.reset();
            if (m_service->hasModel())
                applyState(state); // what fits the model it keeps
            Q_EMIT stateChanged();
        }
        syncModelCombo();
        if (!m_ready && !m_service->hasModel()) {
            m_ready = true; // show the message rather than wait forever
            Q_EMIT ready();
        }
    });
}

void LatentLab::syncModelCombo()
{
    const QSignalBlocker blocker(m_modelCombo);
    if (!m_service->hasModel()) {
        m_modelInfo->setText(tr("no model loaded"));
        return;
    }
    const auto &info = m_service->model();
    const QString key = info.source.shipped ? info.source.name : info.source.folder;
    int index = m_modelCombo->findData(key);
    if (index < 0) {
        m_modelCombo->insertItem(m_modelCombo->count() - 1, QDir(info.source.folder).dirName(), key);
        m_modelCombo->setItemData(m_modelCombo->count() - 2, QDir::toNativeSeparators(info.source.folder), Qt::ToolTipRole);
        index = m_modelCombo->count() - 2;
    }
    m_modelCombo->setCurrentIndex(index);
    m_modelInfo->setText(info.describe());
}

void LatentLab::onModelChanged()
{
    syncModelCombo();
    m_mapShown = false;
    if (m_messageError)
        setMessage({});
    buildMap();
    if (m_pendingState && m_pendingState->value(QStringLiteral("model")).toString() == loadedKey()) {
        // Still pending while it is applied: what the panels report meanwhile is half of it.
        applyState(QJsonObject(*m_pendingState));
        m_pendingState.reset();
    }
    Q_EMIT stateChanged();
    m_recipeGate->loaded(loadedKey());
}

void LatentLab::buildMap()
{
    services::MapRequest request;
    services::Job *job = m_service->buildMap(request);
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (state == services::JobState::Failed) {
            setMessage(tr("Could not build the latent map: %1").arg(message), true);
            m_mapShown = true; // the rest of the lab works without it
            checkReady();
            return;
        }
        if (state != services::JobState::Succeeded)
            return;
        auto map = job->resultAs<std::shared_ptr<const services::LatentMap>>();
        if (!map || map->modelGeneration != m_service->model().generation)
            return;
        m_state->setMap(std::move(map));
    });
}

void LatentLab::showTab(Tab tab)
{
    m_top->setCurrentIndex(0);
    switch (tab) {
    case Tab::Sliders:
        break; // always shown beside the preview
    case Tab::Interpolation:
        m_tools->setCurrentWidget(m_interpolation);
        break;
    case Tab::Samples:
        m_tools->setCurrentWidget(m_samples);
        break;
    case Tab::Arithmetic:
        m_tools->setCurrentWidget(m_arithmetic);
        break;
    }
}

void LatentLab::showTraining()
{
    m_top->setCurrentIndex(1);
}

bool LatentLab::openRecipe(const QString &path)
{
    QString error;
    const auto recipe = latent::readRecipe(path, &error);
    if (!recipe) {
        setMessage(tr("Cannot open the recipe: %1").arg(error), true);
        return false;
    }
    if (recipe->lab != QLatin1String("latent")) {
        setMessage(tr("%1 was made by the %2 lab, not this one.").arg(QFileInfo(path).fileName(), recipe->lab), true);
        return false;
    }
    if (recipe->action != QLatin1String("sample") && recipe->action != QLatin1String("interpolate") &&
        recipe->action != QLatin1String("decode")) {
        setMessage(tr("%1: this lab cannot redo “%2”.").arg(QFileInfo(path).fileName(), recipe->action), true);
        return false;
    }
    // Same model (by name or folder): apply now; else load it and apply once it is in.
    const auto &current = m_service->model().source;
    const bool sameModel = m_service->hasModel() && (recipe->model == current.name || recipe->model == current.folder);
    QString note = tr("Opened the recipe of %1 (%2).").arg(QFileInfo(path).fileName(), recipe->action);
    if (sameModel) {
        if (!recipe->modelHash.isEmpty() && !current.hash.isEmpty() && recipe->modelHash != current.hash)
            note += tr(" Warning: the model's weights are not the ones that made it, so the output may differ.");
        setMessage(note);
        applyRecipe(*recipe);
    } else {
        setMessage(note + tr(" Loading its model %1…").arg(recipe->model));
        // Held for whichever model comes in next, as the recipe's own load is about to start.
        m_recipeGate->hold(QString(), [this, held = *recipe] { applyRecipe(held); });
        loadModel(recipe->model);
    }
    return true;
}

void LatentLab::applyRecipe(const services::Recipe &recipe)
{
    const QJsonObject &p = recipe.parameters;
    const int dim = m_state->latentDim();
    if (recipe.action == QLatin1String("sample")) {
        m_samples->setSettings(recipe.seed, p.value(QStringLiteral("temperature")).toDouble(1.0),
                               p.value(QStringLiteral("count")).toInt(36));
        showTab(Tab::Samples);
    } else if (recipe.action == QLatin1String("interpolate")) {
        std::vector<vae::Latent> endpoints;
        for (const QJsonValue &v : p.value(QStringLiteral("endpoints")).toArray()) {
            vae::Latent z = latent::latentFromJson(v, dim);
            if (z.empty()) {
                setMessage(tr("The recipe's endpoints do not fit this model's %1-D latent.").arg(dim), true);
                return;
            }
            endpoints.push_back(std::move(z));
        }
        std::vector<latent::EndpointSource> sources;
        for (const QJsonValue &v : p.value(QStringLiteral("sources")).toArray())
            sources.push_back(latent::EndpointSource::fromJson(v.toObject()));
        const auto method = latent::methodFromName(p.value(QStringLiteral("method")).toString()).value_or(vae::PathMethod::Lerp);
        m_interpolation->restore(endpoints, sources, p.value(QStringLiteral("frames")).toInt(10), method);
        showTab(Tab::Interpolation);
    } else if (recipe.action == QLatin1String("decode")) {
        const vae::Latent z = latent::latentFromJson(p.value(QStringLiteral("latent")), dim);
        if (z.empty()) {
            setMessage(tr("The recipe's latent does not fit this model's %1-D latent.").arg(dim), true);
            return;
        }
        m_state->setCurrent(z, ExplorerState::Origin::Recipe);
        showTab(Tab::Sliders);
    }
}

QString LatentLab::keyFor(const QString &nameOrPath)
{
    if (services::LatentService::shippedModels().contains(nameOrPath))
        return nameOrPath;
    return QDir(nameOrPath).absolutePath();
}

QString LatentLab::loadedKey() const
{
    if (!m_service->hasModel())
        return {};
    const auto &source = m_service->model().source;
    return source.shipped ? source.name : QDir(source.folder).absolutePath();
}

QString LatentLab::modelKey() const
{
    if (m_modelJob && !m_modelJob->isFinished())
        return keyFor(m_loadingModel);
    return loadedKey();
}

QJsonObject LatentLab::saveState() const
{
    if (m_pendingState)
        return *m_pendingState; // what the lab is about to show
    QJsonObject state;
    if (const QString model = modelKey(); !model.isEmpty())
        state.insert(QStringLiteral("model"), model);
    state.insert(QStringLiteral("tab"), m_top->currentIndex() == 1 ? QStringLiteral("train") : QStringLiteral("explore"));
    const int tool = m_tools->currentIndex();
    if (tool >= 0 && tool < int(std::size(kToolNames)))
        state.insert(QStringLiteral("tool"), QLatin1String(kToolNames[tool]));
    state.insert(QStringLiteral("samples"), QJsonObject{{QStringLiteral("seed"), double(m_samples->seed())},
                                                        {QStringLiteral("temperature"), m_samples->temperature()},
                                                        {QStringLiteral("count"), m_samples->count()}});
    if (!m_state->current().empty())
        state.insert(QStringLiteral("current"), latent::latentToJson(m_state->current()));
    QJsonArray endpoints, sources;
    for (const InterpolationPanel::Endpoint &e : m_interpolation->endpoints()) {
        endpoints.append(latent::latentToJson(e.z));
        sources.append(e.source.toJson());
    }
    state.insert(QStringLiteral("interpolation"),
                 QJsonObject{{QStringLiteral("endpoints"), endpoints},
                             {QStringLiteral("sources"), sources},
                             {QStringLiteral("frames"), m_interpolation->frameCount()},
                             {QStringLiteral("method"), latent::methodName(m_interpolation->exportMethod())}});
    if (m_arithmetic->classA() >= 0 || m_pendingClassA >= 0) {
        const bool pending = m_pendingClassA >= 0;
        state.insert(QStringLiteral("arithmetic"),
                     QJsonObject{{QStringLiteral("towards"), pending ? m_pendingClassA : m_arithmetic->classA()},
                                 {QStringLiteral("away_from"), pending ? m_pendingClassB : m_arithmetic->classB()}});
    }
    return state;
}

void LatentLab::restoreState(const QJsonObject &state)
{
    // The tabs need no model.
    const QString tab = state.value(QStringLiteral("tab")).toString();
    if (tab == QLatin1String("train"))
        m_top->setCurrentIndex(1);
    else if (tab == QLatin1String("explore"))
        m_top->setCurrentIndex(0);
    const QString tool = state.value(QStringLiteral("tool")).toString();
    for (int i = 0; i < int(std::size(kToolNames)); ++i)
        if (tool == QLatin1String(kToolNames[i]))
            m_tools->setCurrentIndex(i);

    QJsonObject rest = state;
    QString wantedKey;
    const QJsonValue model = state.value(QStringLiteral("model"));
    if (model.isString() && !model.toString().trimmed().isEmpty()) {
        const QString wanted = model.toString().trimmed();
        if (services::LatentService::shippedModels().contains(wanted) || QFileInfo(wanted).isDir()) {
            wantedKey = keyFor(wanted);
        } else {
            setMessage(tr("The project's model %1 was not found (the folder no longer exists, or the shipped model "
                          "is missing); the lab keeps its current model.")
                           .arg(QDir::toNativeSeparators(wanted)),
                       true);
        }
    }
    // A project that names a model wants the lab working even before it is shown: its model is the
    // lab's first one, or, when it cannot be found, the lab's own start model (kept as usual).
    if (!m_started && model.isString() && !model.toString().trimmed().isEmpty() && wantedKey.isEmpty())
        activated();
    const QString current = modelKey();
    if (!wantedKey.isEmpty() && wantedKey != current) {
        rest.insert(QStringLiteral("model"), wantedKey);
        m_pendingState = rest;
        loadModel(wantedKey);
        return;
    }
    rest.insert(QStringLiteral("model"), current);
    if (m_modelJob && !m_modelJob->isFinished()) {
        m_pendingState = rest; // the model it shows is still loading
        return;
    }
    if (m_service->hasModel())
        applyState(rest);
}

void LatentLab::applyState(const QJsonObject &state)
{
    // Project files are untrusted: every value is checked; what does not fit is left as it is.
    auto number = [](const QJsonValue &v, double low, double high, double fallback) {
        return v.isDouble() && std::isfinite(v.toDouble()) ? std::clamp(v.toDouble(), low, high) : fallback;
    };
    const int dim = m_state->latentDim();
    auto clampLatent = [](vae::Latent z) {
        for (float &v : z)
            v = float(std::clamp(double(v), -kMaxAbsLatent, kMaxAbsLatent));
        return z;
    };

    const QJsonObject samples = state.value(QStringLiteral("samples")).toObject();
    if (!samples.isEmpty()) {
        const auto seed = quint64(number(samples.value(QStringLiteral("seed")), 0, 999999999, double(m_samples->seed())));
        const double temperature = number(samples.value(QStringLiteral("temperature")), 0, 3, m_samples->temperature());
        const int count = int(number(samples.value(QStringLiteral("count")), 1, 256, m_samples->count()));
        if (seed != m_samples->seed() || std::abs(temperature - m_samples->temperature()) > 1e-9 || count != m_samples->count())
            m_samples->setSettings(seed, temperature, count);
    }

    const QJsonObject interpolation = state.value(QStringLiteral("interpolation")).toObject();
    if (!interpolation.isEmpty()) {
        const int frames = int(number(interpolation.value(QStringLiteral("frames")), 2, 256, m_interpolation->frameCount()));
        const auto method = latent::methodFromName(interpolation.value(QStringLiteral("method")).toString())
                                .value_or(m_interpolation->exportMethod());
        std::vector<vae::Latent> endpoints;
        bool fits = interpolation.value(QStringLiteral("endpoints")).isArray();
        for (const QJsonValue &v : interpolation.value(QStringLiteral("endpoints")).toArray()) {
            vae::Latent z = latent::latentFromJson(v, dim);
            if (z.empty() || int(endpoints.size()) >= kMaxEndpoints) {
                fits = false;
                break;
            }
            endpoints.push_back(clampLatent(std::move(z)));
        }
        std::vector<latent::EndpointSource> sources;
        for (const QJsonValue &v : interpolation.value(QStringLiteral("sources")).toArray())
            sources.push_back(latent::EndpointSource::fromJson(v.toObject()));
        if (fits && endpoints.size() >= 2) {
            m_interpolation->restore(endpoints, sources, frames, method);
        } else {
            m_interpolation->setExportMethod(method);
            if (frames != m_interpolation->frameCount())
                m_interpolation->setFrameCount(frames);
        }
    }

    const QJsonObject arithmetic = state.value(QStringLiteral("arithmetic")).toObject();
    const int towards = int(number(arithmetic.value(QStringLiteral("towards")), -1, 100000, -1));
    const int awayFrom = int(number(arithmetic.value(QStringLiteral("away_from")), -1, 100000, -1));
    if (towards >= 0 && awayFrom >= 0) {
        if (m_state->hasMap()) {
            m_arithmetic->setClasses(towards, awayFrom);
        } else {
            m_pendingClassA = towards;
            m_pendingClassB = awayFrom;
        }
    }

    // Last: the panels above follow the point (the arithmetic base among them).
    const vae::Latent z = latent::latentFromJson(state.value(QStringLiteral("current")), dim);
    if (!z.empty() && z != m_state->current())
        m_state->setCurrent(clampLatent(z), ExplorerState::Origin::Recipe);
}

} // namespace genlab::widgets
