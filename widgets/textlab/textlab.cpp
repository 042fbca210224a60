#include "widgets/textlab/textlab.h"

#include "services/job.h"
#include "services/textservice.h"
#include "widgets/textlab/attentionview.h"
#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/generationtree.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/tokenizerview.h"
#include "widgets/textlab/trainingpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

namespace {

// What the lab shows when it opens: a prompt the shipped model knows the style of.
const QString kIntroPrompt = QStringLiteral("JULIET:\nO Romeo, Romeo!");

} // namespace

TextLab::TextLab(TextService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("textLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("textTabs"));
    m_generate = new GeneratePage(service, m_tabs);
    m_attention = new AttentionView(service, m_tabs);
    m_tokenizers = new TokenizerView(service, m_tabs);
    m_training = new TrainingPanel(service, m_tabs);
    m_tabs->addTab(m_generate, tr("Generate"));
    m_tabs->addTab(m_attention, tr("Attention"));
    m_tabs->addTab(m_tokenizers, tr("Tokenizers"));
    m_tabs->addTab(m_training, tr("Train"));
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
    connect(m_training, &TrainingPanel::useModelRequested, this, [this](const QString &folder) {
        openModel(folder);
        m_tabs->setCurrentWidget(m_generate);
    });

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
    submitLoad(m_service->loadShippedModel(), tr("the shipped model"));
}

void TextLab::openModel(const QString &folder)
{
    submitLoad(m_service->loadModel(folder), QDir::toNativeSeparators(folder));
}

void TextLab::submitLoad(Job *job, const QString &what)
{
    m_load = job;
    m_generate->setModelMessage(tr("Loading %1…").arg(what), false);
    connect(job, &Job::finished, this, [this, job, what](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            const services::TextModelInfo model = TextService::modelInfoOf(job);
            m_generate->modelChanged(model);
            m_tokenizers->setModelTokenizer(model.tokenizer, model.name);
            Q_EMIT statusMessage(tr("Loaded %1").arg(model.name));
            Q_EMIT modelLoaded(true);
            if (m_intro == Intro::FirstText && !m_generate->generate())
                becomeReady();
            return;
        }
        if (state == JobState::Canceled)
            return;
        // The previous model (if any) stays loaded and usable.
        QString text = tr("Cannot open %1: %2").arg(what, message);
        if (m_service->hasModel())
            text += tr(" (still using %1)").arg(m_service->model().name);
        m_generate->setModelMessage(text, true);
        Q_EMIT statusMessage(text);
        Q_EMIT modelLoaded(false);
        if (m_intro != Intro::Done)
            becomeReady();
    });
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

} // namespace genlab::widgets::textlab
