#pragma once

#include "engine/gpt/sampling.h"

#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace genlab::engine::text {
class Tokenizer;
}

namespace genlab::widgets::textlab {

class DrawStrip;
class StageMatrix;

// One generated token as the microscope explains it.
struct MicroscopeToken
{
    enum class Origin { Sampled, Greedy, Chosen }; // drawn at random, the most likely, picked by the user
    int index = -1;      // among the generated tokens
    QString piece;       // its text
    engine::gpt::TokenTrace trace;
    Origin origin = Origin::Sampled;
    engine::gpt::SamplingSettings sampling;
};

// The sampling microscope: for one generated token, the pipeline raw logits -> penalties ->
// temperature -> top-k -> top-p / min-p -> final distribution (top candidates per stage as bars),
// the random draw that picked it, and in words why it won. Picking another candidate offers to
// continue the text from there (a new branch).
// Thread: GUI only.
class MicroscopePanel : public QWidget
{
    Q_OBJECT
public:
    explicit MicroscopePanel(QWidget *parent = nullptr);

    void setTokenizer(std::shared_ptr<const engine::text::Tokenizer> tokenizer);
    void showToken(const MicroscopeToken &token);
    void clear();
    void setBranchingEnabled(bool on);

    int tokenIndex() const { return m_token.index; }
    QString explanation() const;
    StageMatrix *stages() const { return m_matrix; }
    DrawStrip *drawStrip() const { return m_draw; }
    QPushButton *branchButton() const { return m_branch; }
    int alternativeId() const { return m_alternative; }
    // Picks a candidate as the alternative (as a click on its row does); false when it is not shown.
    bool pickAlternative(int id);

Q_SIGNALS:
    void branchRequested(int tokenIndex, int alternativeId);

private:
    QString pieceOf(int id) const;
    QString stageTitle(const std::string &stage) const;
    void onRowClicked(int row);
    void updateBranchButton();

    std::shared_ptr<const engine::text::Tokenizer> m_tokenizer;
    MicroscopeToken m_token;
    int m_alternative = -1;
    bool m_branching = true;
    QLabel *m_header;
    StageMatrix *m_matrix;
    DrawStrip *m_draw;
    QLabel *m_explanation;
    QPushButton *m_branch;
    QLabel *m_hint;
};

} // namespace genlab::widgets::textlab
