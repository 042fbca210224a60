#include "widgets/textlab/textlab.h"

#include "services/job.h"
#include "services/recipe.h"
#include "services/text/samplingjson.h"
#include "services/text/textservice.h"
#include "widgets/components/modelgate.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/textlab/attentionview.h"
#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/generationtree.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/tokenizerview.h"
#include "widgets/textlab/trainingpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

namespace {

// What the lab shows when it opens: a prompt the shipped model knows the style of.
const QString kIntroPrompt = QStringLiteral("JULIET:\nO Romeo, Romeo!");
const QString kShipped = QStringLiteral("shipped");
const char *const kTabNames[] = {"generate", "attention", "tokenizers", "train"};
constexpr int kMaxPromptChars = 1 << 20;

// '|' separates stops in the prompt panel: a stop cannot hold one there.
engine::gpt::SamplingSettings withoutSeparators(engine::gpt::SamplingSettings s)
{
    std::vector<std::string> kept;
    for (std::string stop : s.stopSequences) {
        std::erase(stop, '|');
        if (!stop.empty())
            kept.push_back(std::move(stop));
    }
    s.stopSequences = std::move(kept);
    return s;
}

} // namespace

TextLab::TextLab(TextService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("textLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("textTabs"));
    m_gate = new ModelGate(this);
    m_generate = new GeneratePage(service, m_tabs);
    m_attention = new AttentionView(textModelAttention(service), m_tabs);
    m_tokenizers = new TokenizerView(service, m_tabs);
    m_training = new TrainingPanel(service, m_tabs);
    m_tabs->addTab(m_generate, tr("Generate"));
    m_tabs->addTab(m_attention, tr("Attention"));
    m_tabs->addTab(m_tokenizers, tr("Tokenizers"));
    m_tabs->addTab(m_training, tr("Train"));
    // Keys for the frequent actions (Generate's Ctrl+Return is the prompt panel's own).
    help::bindLabKey(m_generate, m_generate->promptPanel()->stopButton(), help::stopKeys());
    help::bindTrainingKeys(m_training);
    help::bindLabKey(m_tokenizers, "bpeLearnButton", help::runKeys());
    layout->addWidget(m_tabs);

    m_generate->promptPanel()->setPrompt(kIntroPrompt);
    connect(m_generate, &GeneratePage::generationFinished, this, &TextLab::onGenerationFinished);
    connect(m_generate, &GeneratePage::textChanged, this, [this] { m_attention->setIds(m_generate->currentIds()); });
    connect(m_generate, &GeneratePage::openModelRequested, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Open a model folder (GPT-2 family: config.json, model.safetensors, vocab.json, merges.txt)"));
        if (!folder.isEmpty())
            openModel(folder);
    });
    connect(m_generate, &GeneratePage::shippedModelRequested, this, &TextLab::openShippedModel);
    // Another weight format loads the current model again, held that way.
    connect(m_generate->promptPanel(), &PromptPanel::weightFormatChosen, this, [this] {
        if (m_modelChoice == kShipped || m_modelChoice.isEmpty())
            openShippedModel();
        else
            openModel(m_modelChoice);
    });
    connect(m_generate->promptPanel(), &PromptPanel::settingsChanged, this, &LabPage::stateChanged);
    connect(m_training, &TrainingPanel::useModelRequested, this, [this](const QString &folder) {
        openModel(folder);
        m_tabs->setCurrentWidget(m_generate);
    });

    if (!loadsWhenShown())
        activated();
}

void TextLab::activated()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_modelChoice.isEmpty())
        return; // a recipe asked for its model first: no opening text over it
    m_intro = Intro::FirstText;
    openShippedModel();
}

TextLab::~TextLab()
{
    if (m_load)
        m_load->cancel();
}

QString TextLab::title() const
{
    return tr("Text");
}

QString TextLab::summary() const
{
    return tr("Language models: tokens, sampling seen through a microscope, branching, attention, training");
}

QIcon TextLab::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void TextLab::openShippedModel()
{
    m_modelChoice = kShipped;
    submitLoad(m_service->loadShippedModel(m_generate->promptPanel()->weightFormat()), tr("the shipped model"));
}

void TextLab::openModel(const QString &folder)
{
    m_modelChoice = QDir(folder).absolutePath();
    submitLoad(m_service->loadModel(folder, m_generate->promptPanel()->weightFormat()), QDir::toNativeSeparators(folder));
}

void TextLab::submitLoad(Job *job, const QString &what)
{
    m_load = job;
    m_generate->setModelMessage(tr("Loading %1…").arg(what), false);
    Q_EMIT stateChanged();
    connect(job, &Job::finished, this, [this, job, what](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            const services::TextModelInfo model = job->resultAs<services::TextModelInfo>();
            m_generate->modelChanged(model);
            m_tokenizers->setModelTokenizer(model.tokenizer, model.name);
            Q_EMIT statusMessage(tr("Loaded %1").arg(model.name));
            if (job == m_load && !m_restoreNote.isEmpty()) {
                m_generate->setModelMessage(m_restoreNote, true);
                m_restoreNote.clear();
            }
            Q_EMIT modelLoaded(true);
            // A recipe waiting for this model is opened by the gate, after this: the lab has left
            // its intro by then (openRecipe() made it ready).
            if (m_intro == Intro::FirstText && !m_generate->generate())
                becomeReady();
            return;
        }
        if (state == JobState::Canceled)
            return;
        if (job == m_load) {
            // The previous model (if any) stays loaded and usable, and is what a project keeps.
            m_modelChoice = !m_service->hasModel() || m_service->model().shipped ? kShipped
                                                                                   : m_service->model().source;
            if (m_service->hasModel())
                m_generate->promptPanel()->setWeightFormat(m_service->model().weights);
            Q_EMIT stateChanged();
        }
        QString text = tr("Cannot open %1: %2").arg(what, message);
        if (m_service->hasModel())
            text += tr(" (still using %1)").arg(m_service->model().name);
        m_generate->setModelMessage(text, true);
        Q_EMIT statusMessage(text);
        Q_EMIT modelLoaded(false);
        if (m_intro != Intro::Done)
            becomeReady();
    });
    // Connected after the lab's own handler: a held recipe runs once the model is shown. A failed
    // load drops it (the message says why).
    m_gate->loading(m_modelChoice, job);
}

bool TextLab::openRecipe(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    auto fail = [this, &file](const QString &why) {
        const QString text = tr("Cannot open the recipe %1: %2").arg(file, why);
        m_generate->promptPanel()->setStatus(text);
        Q_EMIT statusMessage(text);
        return false;
    };
    QString error;
    const std::optional<services::Recipe> recipe = services::readRecipeFile(path, &error);
    if (!recipe)
        return fail(error);
    if (recipe->lab != QLatin1String("text") || recipe->action != QLatin1String("generate"))
        return fail(tr("it describes a %1 output of the %2 lab, not a generated text").arg(recipe->action, recipe->lab));
    if (m_generate->isBusy())
        return fail(tr("a generation is running; stop it, then open the recipe again"));
    const bool shipped = recipe->model.isEmpty() || recipe->model == QLatin1String(services::kShippedTextModel);
    const QString wanted = shipped ? kShipped : QDir(recipe->model).absolutePath();
    if (!shipped && !QFileInfo(wanted).isDir())
        return fail(tr("the model folder it was made with, %1, does not exist").arg(QDir::toNativeSeparators(wanted)));

    m_tabs->setCurrentWidget(m_generate);
    becomeReady(); // a recipe replaces the lab's opening text
    // Recipes say how the weights were held (older ones: fp32, as stored).
    const auto weights = engine::gpt::parseWeightFormat(
        recipe->parameters.value(QStringLiteral("weights")).toString(QStringLiteral("fp32")).toStdString());
    if (!weights)
        return fail(tr("its weight format \"%1\" is not fp32, bf16 or int8")
                        .arg(recipe->parameters.value(QStringLiteral("weights")).toString()));
    const bool otherWeights = m_service->hasModel() && m_service->model().weights != *weights;
    m_generate->promptPanel()->setWeightFormat(*weights);
    if (wanted != m_modelChoice || !m_service->hasModel() || otherWeights || (m_load && !m_load->isFinished())) {
        m_gate->hold(wanted, [this, path] { openRecipe(path); }); // opened again once its model is in
        if (shipped)
            openShippedModel();
        else
            openModel(wanted);
        return true;
    }

    const QJsonObject p = recipe->parameters;
    // Missing keys take the engine's defaults, not whatever the panel holds.
    engine::gpt::SamplingSettings s = withoutSeparators(services::samplingFromJson(p, engine::gpt::SamplingSettings{}));
    s.seed = recipe->seed;

    const int vocab = m_service->model().config.vocabSize;
    std::vector<int> ids;
    for (const QJsonValue &v : p.value(QStringLiteral("prompt_ids")).toArray()) {
        const double id = v.toDouble(-1);
        if (!v.isDouble() || id < 0 || id >= vocab || id != std::floor(id))
            return fail(tr("its prompt holds a token id (%1) outside this model's vocabulary of %2")
                            .arg(v.toVariant().toString())
                            .arg(vocab));
        ids.push_back(int(id));
    }
    const QString prompt = p.value(QStringLiteral("prompt")).toString().left(kMaxPromptChars);
    if (!m_generate->generateFrom(prompt, ids, s))
        return fail(tr("the model cannot generate now"));
    QString note = tr("Making the text of %1 again (seed %2)").arg(file).arg(s.seed);
    if (!recipe->modelHash.isEmpty() && recipe->modelHash != m_service->model().weightsSha256)
        note += tr("; careful: it was made with other weights than this model's, so the text may differ");
    Q_EMIT statusMessage(note);
    return true;
}

void TextLab::onGenerationFinished(bool ok)
{
    if (m_intro == Intro::FirstText) {
        m_introToken = ok ? m_generate->mostSurprisingToken() : -1;
        const auto &tree = *m_generate->tree();
        if (m_introToken >= 0 && tree.current() >= 0) {
            const auto &trace = tree.branch(tree.current()).tokens[m_introToken].trace;
            const int favourite = trace.stages.front().top.front().first;
            m_intro = Intro::Branch;
            // Show the other path as well: what the model's favourite would have led to.
            if (m_generate->branchFrom(m_introToken, favourite))
                return;
        }
        becomeReady();
        return;
    }
    if (m_intro == Intro::Branch) {
        m_generate->showBranchAt(0);
        m_generate->selectToken(m_introToken);
        becomeReady();
    }
}

void TextLab::becomeReady()
{
    m_intro = Intro::Done;
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

QJsonObject TextLab::saveState() const
{
    const int tab = m_tabs->currentIndex();
    return QJsonObject{
        {QStringLiteral("model"), m_modelChoice},
        {QStringLiteral("weights"), QString::fromLatin1(engine::gpt::weightFormatName(m_generate->promptPanel()->weightFormat()).data())},
        {QStringLiteral("prompt"), m_generate->promptPanel()->prompt()},
        {QStringLiteral("sampling"), services::samplingToJson(m_generate->promptPanel()->settings())},
        {QStringLiteral("tab"), tab >= 0 && tab < int(std::size(kTabNames)) ? QLatin1String(kTabNames[tab])
                                                                           : QLatin1String(kTabNames[0])},
    };
}

void TextLab::restoreState(const QJsonObject &state)
{
    // Untrusted: samplingFromJson checks types and clamps to the panel's ranges.
    PromptPanel *panel = m_generate->promptPanel();
    if (const QJsonValue prompt = state.value(QStringLiteral("prompt")); prompt.isString())
        panel->setPrompt(prompt.toString().left(kMaxPromptChars));
    if (const QJsonObject sampling = state.value(QStringLiteral("sampling")).toObject(); !sampling.isEmpty())
        panel->setSettings(withoutSeparators(services::samplingFromJson(sampling, panel->settings())));

    const QString tab = state.value(QStringLiteral("tab")).toString();
    for (int i = 0; i < int(std::size(kTabNames)); ++i)
        if (tab == QLatin1String(kTabNames[i]))
            m_tabs->setCurrentIndex(i);

    // How the project held the weights; an unknown name keeps the current choice.
    bool otherWeights = false;
    if (const auto weights = engine::gpt::parseWeightFormat(state.value(QStringLiteral("weights")).toString().toStdString())) {
        otherWeights = *weights != panel->weightFormat();
        panel->setWeightFormat(*weights);
    }
    const QJsonValue model = state.value(QStringLiteral("model"));
    // A project that names a model wants the lab working even before it is shown: it starts as
    // it would when shown, and the project's model (if another) replaces the shipped one.
    if (!m_started && model.isString() && !model.toString().trimmed().isEmpty())
        activated();
    if (!model.isString() || model.toString().trimmed().isEmpty()) {
        if (otherWeights)
            Q_EMIT panel->weightFormatChosen();
        return;
    }
    const QString wanted = model.toString().trimmed();
    if (wanted == kShipped) {
        if (m_modelChoice != kShipped || otherWeights)
            openShippedModel();
        return;
    }
    if (!QFileInfo(wanted).isDir()) {
        const QString kept = m_modelChoice == kShipped ? tr("the shipped model") : QDir::toNativeSeparators(m_modelChoice);
        const QString note = tr("The project's model folder %1 no longer exists; the lab keeps %2.")
                                 .arg(QDir::toNativeSeparators(wanted), kept);
        Q_EMIT statusMessage(note);
        if (m_load && !m_load->isFinished())
            m_restoreNote = note; // shown once the model it keeps is in
        else
            m_generate->setModelMessage(note, true);
        return;
    }
    if (QDir(wanted).absolutePath() != m_modelChoice || otherWeights)
        openModel(wanted);
}

} // namespace genlab::widgets::textlab
