#pragma once

#include "widgets/shell/labpage.h"

#include <QPointer>

class QTabWidget;

namespace genlab::services {
class Job;
class TextService;
} // namespace genlab::services

namespace genlab::widgets {
class ModelGate;
}

namespace genlab::widgets::textlab {

class AttentionView;
class GeneratePage;
class TokenizerView;
class TrainingPanel;

// The Text lab: a language model predicts the next token from a distribution, and sampling is not
// argmax. Tabs: Generate (streaming, microscope, tree), Attention, Tokenizers, Train. The shipped
// model loads off the GUI thread when the lab is first shown (when it is built, outside the
// studio's DeferredLoading); the lab is ready once a first text is
// generated with the microscope open on its most surprising token and one branch made from it.
// Thread: GUI only.
class TextLab : public LabPage
{
    Q_OBJECT
public:
    explicit TextLab(services::TextService *service, QWidget *parent = nullptr);
    ~TextLab() override;

    QString labId() const override { return QStringLiteral("text"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    bool isReady() const override { return m_ready; }
    // The first call loads the shipped model and generates the opening text.
    void activated() override;

    // Opens a model folder (ours or a Hugging Face GPT-2 folder) off the GUI thread.
    void openModel(const QString &folder);
    void openShippedModel();

    // The model ("shipped" or its folder), the prompt, every sampling setting and the tab.
    // Restoring never generates; another model is loaded off the GUI thread.
    QJsonObject saveState() const override;
    // A generated text's recipe (its .recipe.json, or the text file beside one): loads the model
    // it names if another is loaded, restores the prompt and every setting, and generates the same
    // tokens again. False, with a message naming the file, when it cannot.
    bool openRecipe(const QString &path) override;
    void restoreState(const QJsonObject &state) override;

    QTabWidget *tabs() const { return m_tabs; }
    GeneratePage *generatePage() const { return m_generate; }
    AttentionView *attentionView() const { return m_attention; }
    TokenizerView *tokenizerView() const { return m_tokenizers; }
    TrainingPanel *trainingPanel() const { return m_training; }

Q_SIGNALS:
    void modelLoaded(bool ok);

private:
    void submitLoad(services::Job *job, const QString &what);
    void onGenerationFinished(bool ok);
    void becomeReady();

    enum class Intro { Off, FirstText, Branch, Done };

    services::TextService *m_service;
    QTabWidget *m_tabs;
    GeneratePage *m_generate;
    AttentionView *m_attention;
    TokenizerView *m_tokenizers;
    TrainingPanel *m_training;
    QPointer<services::Job> m_load;
    Intro m_intro = Intro::Off;
    int m_introToken = -1;
    bool m_ready = false;
    bool m_started = false; // activated() has run its first time
    QString m_modelChoice;  // "shipped" or a folder: what is loaded or loading
    ModelGate *m_gate;      // a recipe opened once the model it needs has loaded
    QString m_restoreNote;  // a project's model that could not be found, shown once a load ends
};

} // namespace genlab::widgets::textlab
