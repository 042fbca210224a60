#include "widgets/diffusionlab/diffusionlab.h"

#include "services/diffusion/toydiffusionservice.h"
#include "services/job.h"
#include "services/recipe.h"
#include "widgets/components/modelgate.h"
#include "widgets/diffusionlab/diffusiontrainpanel.h"
#include "widgets/diffusionlab/forwardview.h"
#include "widgets/diffusionlab/ganvsdiffusionpage.h"
#include "widgets/diffusionlab/samplingpage.h"
#include "widgets/diffusionlab/toydiffusionpage.h"
#include "widgets/help/shortcutcatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>

namespace genlab::widgets::diffusionlab {

using services::Job;
using services::JobState;

namespace {

const QString kShipped = QString::fromLatin1(services::diffusion::kShippedModel);
// The pages by the names a project keeps, in tab order.
const char *const kTabNames[] = {"forward", "train", "sample", "toy2d", "ganvs"};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DiffusionLab::DiffusionLab(services::DiffusionService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("diffusionLab"));
    m_gate = new ModelGate(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    // The model the lab works with.
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Model"), this));
    m_modelInfo = new QLabel(tr("not loaded yet"), this);
    m_modelInfo->setObjectName(QStringLiteral("diffusionModelInfo"));
    m_modelInfo->setTextFormat(Qt::PlainText);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_modelInfo, 1);
    m_shippedButton = new QPushButton(tr("Shipped model"), this);
    m_shippedButton->setObjectName(QStringLiteral("diffusionShippedButton"));
    m_shippedButton->setToolTip(tr("Go back to the model that comes with the studio (%1)").arg(kShipped));
    m_shippedButton->hide();
    bar->addWidget(m_shippedButton);
    m_loadButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Load…"), this);
    m_loadButton->setObjectName(QStringLiteral("diffusionLoadButton"));
    m_loadButton->setToolTip(tr("Open a diffusion model's checkpoint folder (config.json and its weights), e.g. one "
                                "trained on the Train page"));
    bar->addWidget(m_loadButton);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("diffusionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("diffusionTabs"));
    m_tabs->setDocumentMode(true);
    m_forward = new ForwardView(service, m_tabs);
    m_train = new DiffusionTrainPanel(service, m_tabs);
    m_sample = new SamplingPage(service, m_tabs);
    m_ganVs = new GanVsDiffusionPage(service, m_tabs);
    // The toy 2-D diffusion has its own model on the same lane (a second facade, as the GAN lab's explorer).
    m_toy = new ToyDiffusionPage(new services::ToyDiffusionService(service->jobManager(), this), m_tabs);
    m_tabs->addTab(m_forward, tr("Forward process"));
    m_tabs->addTab(m_train, tr("Train"));
    m_tabs->addTab(m_sample, tr("Sample"));
    m_tabs->addTab(m_toy, tr("Toy 2-D"));
    m_tabs->addTab(m_ganVs, tr("GAN vs diffusion"));
    // Keys for the frequent actions of each page (one page shown at a time, so they share keys).
    help::bindTrainingKeys(m_train);
    help::bindLabKey(m_sample, "sampleButton", help::runKeys(), tr("Sample"));
    help::bindLabKey(m_toy, "toyTrain", help::runKeys(), tr("Train or pause"));
    help::bindLabKey(m_toy, "toySample", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), tr("Sample"));
    help::bindLabKey(m_ganVs, m_ganVs->measureButton(), help::runKeys());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible() && m_tabs->currentWidget() == m_toy)
            m_toy->activated(); // trains the default toy the first time it is shown
    });
    connect(m_toy, &ToyDiffusionPage::stateChanged, this, &LabPage::stateChanged);
    connect(m_toy, &ToyDiffusionPage::statusMessage, this, &LabPage::statusMessage);
    layout->addWidget(m_tabs, 1);

    connect(m_loadButton, &QPushButton::clicked, this, &DiffusionLab::chooseFolder);
    connect(m_shippedButton, &QPushButton::clicked, this, [this] { loadModel(kShipped); });
    connect(m_train, &DiffusionTrainPanel::useModel, this, [this](const QString &folder) {
        loadModel(folder);
        m_tabs->setCurrentWidget(m_sample);
    });
    connect(m_forward, &ForwardView::updated, this, [this] {
        m_forwardSettled = true;
        checkReady();
    });
    connect(m_forward, &ForwardView::failed, this, [this] {
        m_forwardSettled = true; // its message is shown on the page
        checkReady();
    });
    connect(m_sample, &SamplingPage::statusMessage, this, &LabPage::statusMessage);
    connect(m_forward, &ForwardView::settingsChanged, this, &LabPage::stateChanged);
    connect(m_train, &DiffusionTrainPanel::settingsChanged, this, &LabPage::stateChanged);
    connect(m_ganVs, &GanVsDiffusionPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_sample, &SamplingPage::stateChanged, this, [this] {
        if (!m_pendingSample)
            Q_EMIT stateChanged();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &LabPage::stateChanged);
}

DiffusionLab::~DiffusionLab()
{
    if (m_load)
        m_load->cancel();
}

QString DiffusionLab::title() const
{
    return tr("Diffusion");
}

QString DiffusionLab::summary() const
{
    return tr("Noise an image step by step, train a denoising UNet, sample with every step kept, scrubbed and "
              "branched; GAN vs diffusion");
}

QIcon DiffusionLab::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

void DiffusionLab::activated()
{
    if (m_tabs->currentWidget() == m_toy)
        m_toy->activated();
    if (m_activated)
        return;
    m_activated = true;
    // The shipped model is loaded when the lab is first shown, not when the studio starts.
    if (!m_model && !isLoading())
        loadModel(kShipped);
    if (!m_forward->hasResult() && !m_forward->isBusy())
        m_forward->refresh();
}

bool DiffusionLab::isLoading() const
{
    return m_load && !m_load->isFinished();
}

QString DiffusionLab::keyFor(const QString &nameOrFolder) const
{
    return nameOrFolder == kShipped ? kShipped : QDir(nameOrFolder).absolutePath();
}

QString DiffusionLab::loadedKey() const
{
    if (!m_model)
        return {};
    return m_model->source.shipped ? m_model->source.name : QDir(m_model->source.folder).absolutePath();
}

QString DiffusionLab::describeKey(const QString &key) const
{
    return key == kShipped ? tr("the shipped model (%1)").arg(kShipped) : native(key);
}

void DiffusionLab::chooseFolder()
{
    const QString start = m_model && !m_model->source.shipped ? m_model->source.folder : QDir::homePath();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("A diffusion model's checkpoint folder (config.json and its weights)"), start);
    if (!dir.isEmpty())
        loadModel(dir);
}

void DiffusionLab::loadModel(const QString &nameOrFolder)
{
    const QString key = keyFor(nameOrFolder);
    // Another model than the one a project's Sample page waits for: that state is not coming.
    if (m_pendingSample && !m_pendingModel.isEmpty() && m_pendingModel != key) {
        m_pendingSample.reset();
        m_pendingModel.clear();
    }
    m_loadingKey = key;
    Job *job = m_service->load(key == kShipped ? kShipped : key);
    m_load = job;
    setMessage(tr("Loading %1…").arg(describeKey(key)), false);
    connect(job, &Job::finished, this, [this, job, key](JobState state, const QString &message) {
        const bool latest = job == m_load;
        if (state == JobState::Succeeded) {
            const auto info = job->resultAs<services::DiffusionModelInfo>();
            // Loads end in order on the lab's lane; an older one that finishes is still the model
            // the service holds until the newer one is in.
            if (m_model && info.generation <= m_model->generation)
                return;
            m_model = info;
            if (latest) {
                m_pendingModel.clear();
                setMessage({}, false);
            }
            showModel();
            m_sample->setModel(info);
            m_ganVs->setModel(info);
            Q_EMIT statusMessage(tr("Loaded %1").arg(info.source.name));
            Q_EMIT modelLoaded(true);
            Q_EMIT stateChanged();
        } else if (state == JobState::Failed && latest) {
            QString text = message.contains(native(key)) || message.contains(key)
                               ? message
                               : tr("Could not load %1: %2").arg(describeKey(key), message);
            if (!text.endsWith(QLatin1Char('.')))
                text += QLatin1Char('.');
            text += QLatin1Char(' ');
            text += m_model ? tr("The lab keeps %1.").arg(m_model->source.name)
                            : tr("No model is loaded: load a checkpoint folder, or train one on the Train page.");
            m_pendingModel.clear();
            showModel();
            setMessage(text, true);
            Q_EMIT statusMessage(text);
            Q_EMIT modelLoaded(false);
            Q_EMIT stateChanged();
        }
        if (latest) {
            m_modelSettled = true;
            checkReady();
        }
    });
    // Connected after the lab's own handler: what waits for this model runs once it is shown.
    m_gate->loading(key, job);
}

void DiffusionLab::showModel()
{
    m_modelInfo->setText(m_model ? m_model->describe() : tr("no model loaded"));
    m_modelInfo->setToolTip(m_model && !m_model->source.shipped ? native(m_model->source.folder) : QString());
    m_shippedButton->setVisible(!m_model || !m_model->source.shipped);
}

void DiffusionLab::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QStringLiteral("QLabel { color: #555; }"));
    m_message->setVisible(!text.isEmpty());
}

QString DiffusionLab::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DiffusionLab::checkReady()
{
    if (m_ready || !m_modelSettled || !m_forwardSettled)
        return;
    m_ready = true;
    Q_EMIT ready();
}

QJsonObject DiffusionLab::saveState() const
{
    const int tab = m_tabs->currentIndex();
    QJsonObject o;
    // The model asked for (a project's, while it loads), else the one in; a failed load is not kept.
    o.insert(QStringLiteral("model"), !m_pendingModel.isEmpty() ? m_pendingModel
                                      : m_model                 ? loadedKey()
                                      : isLoading()             ? m_loadingKey
                                                                : QString());
    o.insert(QStringLiteral("tab"), QLatin1String(kTabNames[tab >= 0 && tab < int(std::size(kTabNames)) ? tab : 0]));
    o.insert(QStringLiteral("forward"), m_forward->saveState());
    o.insert(QStringLiteral("train"), m_train->saveState());
    o.insert(QStringLiteral("sample"), m_pendingSample ? *m_pendingSample : m_sample->saveState());
    o.insert(QStringLiteral("ganvs"), m_ganVs->saveState());
    o.insert(QStringLiteral("toy2d"), m_toy->saveState());
    return o;
}

void DiffusionLab::restoreState(const QJsonObject &state)
{
    if (const QJsonValue v = state.value(QStringLiteral("forward")); v.isObject())
        m_forward->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("train")); v.isObject())
        m_train->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("ganvs")); v.isObject())
        m_ganVs->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("toy2d")); v.isObject())
        m_toy->restoreState(v.toObject());
    const QString tab = state.value(QStringLiteral("tab")).toString();
    for (int i = 0; i < int(std::size(kTabNames)); ++i)
        if (tab == QLatin1String(kTabNames[i]))
            m_tabs->setCurrentIndex(i);

    const QJsonObject sample = state.value(QStringLiteral("sample")).toObject();
    QString wanted = state.value(QStringLiteral("model")).toString().trimmed();
    if (!wanted.isEmpty() && wanted != kShipped && !QFileInfo(wanted).isDir()) {
        const QString text = m_model ? tr("The project's model folder %1 no longer exists; the lab keeps %2.")
                                           .arg(native(wanted), m_model->source.name)
                                     : tr("The project's model folder %1 no longer exists.").arg(native(wanted));
        setMessage(text, true);
        Q_EMIT statusMessage(text);
        wanted.clear();
    }
    auto applySample = [this] {
        if (m_pendingSample && !m_pendingSample->isEmpty())
            m_sample->restoreState(*m_pendingSample);
        m_pendingSample.reset();
        m_pendingModel.clear();
    };
    if (!wanted.isEmpty())
        wanted = keyFor(wanted);
    if (wanted.isEmpty() || (wanted == loadedKey() && !isLoading())) {
        // The model there is (or the one loading) takes the Sample page's settings.
        if (sample.isEmpty())
            return;
        m_pendingSample = sample;
        if (!m_model || isLoading())
            m_gate->hold(m_loadingKey, applySample, [this, applySample](const QString &) {
                if (m_model)
                    applySample();
            });
        else
            applySample();
        return;
    }
    m_pendingSample = sample;
    m_pendingModel = wanted;
    // A failed load keeps the model there was: what fits it of the project's settings applies.
    m_gate->hold(wanted, applySample, [this, applySample](const QString &) {
        if (m_model)
            applySample();
        else
            m_pendingSample.reset();
    });
    if (!(isLoading() && m_loadingKey == wanted))
        loadModel(wanted);
}

bool DiffusionLab::openRecipe(const QString &path)
{
    auto fail = [this, &path](const QString &why) {
        const QString text = tr("Cannot open the recipe %1: %2").arg(native(path), why);
        setMessage(text, true);
        Q_EMIT statusMessage(text);
        return false;
    };
    QString error;
    const std::optional<services::Recipe> recipe = services::readRecipeFile(path, &error);
    if (!recipe)
        return fail(error);
    if (recipe->lab != QLatin1String("diffusion"))
        return fail(tr("it was made by the %1 lab, not this one").arg(recipe->lab));
    if (recipe->action == QLatin1String("train")) {
        if (!m_train->applyRecipe(*recipe, &error))
            return fail(error);
        m_tabs->setCurrentWidget(m_train);
        Q_EMIT statusMessage(tr("The run of %1 is set up on the Train page: press Train to run it again")
                                 .arg(QFileInfo(path).fileName()));
        return true;
    }
    const bool shipped = recipe->model.isEmpty() || recipe->model == kShipped;
    const QString wanted = shipped ? kShipped : QDir(recipe->model).absolutePath();
    if (!shipped && !QFileInfo(wanted).isDir())
        return fail(tr("the model folder it was made with, %1, does not exist").arg(native(wanted)));
    m_tabs->setCurrentWidget(m_sample);
    if (wanted != loadedKey() || isLoading()) {
        // Opened again once its model is in; a failed load says why.
        m_gate->hold(wanted, [this, path] { openRecipe(path); });
        if (!(isLoading() && m_loadingKey == wanted))
            loadModel(wanted);
        Q_EMIT statusMessage(tr("Loading %1 for the recipe %2…").arg(describeKey(wanted), QFileInfo(path).fileName()));
        return true;
    }
    if (!m_sample->openRecipe(*recipe))
        return fail(tr("the Sample page cannot make a “%1” output").arg(recipe->action));
    if (!recipe->modelHash.isEmpty() && !m_model->source.hash.isEmpty() && recipe->modelHash != m_model->source.hash)
        Q_EMIT statusMessage(tr("Careful: %1 was made with other weights than this model's, so the images may differ")
                                 .arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace genlab::widgets::diffusionlab
