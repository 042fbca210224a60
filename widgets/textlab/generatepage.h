#pragma once

#include "services/text/textservice.h"
#include "widgets/textlab/generationtree.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {

class GenerationTree;
class MicroscopePanel;
class PromptPanel;
class SurpriseTimeline;
class TokenView;

// The Generate tab: prompt and settings, the streamed tokens coloured by probability, the
// entropy/surprise timeline, the sampling microscope of the selected token and the generation
// tree (branch from any token, replay a branch with its seed).
// Thread: GUI only.
class GeneratePage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneratePage(services::TextService *service, QWidget *parent = nullptr);
    ~GeneratePage() override;

    // Starts generating from the prompt (a new root in the tree). False when busy or no model.
    bool generate();
    // Continues the current branch from its token `tokenIndex`, replaced by `alternativeId`.
    bool branchFrom(int tokenIndex, int alternativeId);
    bool replay(int branchIndex);
    // Starts a new root generation from exact prompt ids (a recipe's: a branch's prefix with its
    // picked token) or, when they are empty, from the prompt; the prompt panel shows both.
    bool generateFrom(const QString &prompt, const std::vector<int> &promptIds,
                      const engine::gpt::SamplingSettings &settings);
    // Writes a finished branch's text (prompt, then what was generated) and PATH.recipe.json
    // beside it: exact prompt ids, every setting and the seed, so opening it makes the same text.
    bool saveBranch(int branchIndex, const QString &path, QString *error) const;
    void stop();
    bool isBusy() const;

    // The token of the current branch where the model's favourite beat the pick by the widest
    // margin (-1 when every token was the favourite).
    int mostSurprisingToken() const;
    void selectToken(int index); // opens the microscope on it
    void showBranchAt(int index); // as selecting it in the tree does
    // The ids of the current branch, prompt included (what the attention view shows).
    std::vector<int> currentIds() const;
    QStringList currentPieces() const;

    void modelChanged(const services::TextModelInfo &model);
    void setModelMessage(const QString &message, bool error);

    PromptPanel *promptPanel() const { return m_prompt; }
    TokenView *tokenView() const { return m_tokens; }
    MicroscopePanel *microscope() const { return m_microscope; }
    GenerationTree *tree() const { return m_tree; }
    SurpriseTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    void generationFinished(bool ok); // after every generation, branch or replay
    void textChanged();               // the shown branch changed (attention must follow)
    void openModelRequested();
    void shippedModelRequested();

private:
    enum class Purpose { Root, Branch, Replay };
    bool submit(const services::TextGenerationRequest &request, Purpose purpose, int branchIndex);
    void onTokens(const engine::Partial &partial);
    void onFinished();
    void showBranch(int index);
    void appendTokenCells(const QList<BranchToken> &tokens, int firstIndex);
    void updateStatus();

    services::TextService *m_service;
    PromptPanel *m_prompt;
    TokenView *m_tokens;
    QScrollArea *m_tokenScroll;
    QLabel *m_notice;
    SurpriseTimeline *m_timeline;
    MicroscopePanel *m_microscope;
    GenerationTree *m_tree;

    QPointer<services::Job> m_job;
    Purpose m_purpose = Purpose::Root;
    int m_target = -1;      // the branch being generated or replayed
    int m_streamed = 0;     // tokens of the running generation received so far
    qint64 m_startedMs = 0;
    QString m_lastStatus;
};

} // namespace genlab::widgets::textlab
