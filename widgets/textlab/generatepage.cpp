#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/stagelookup.h"

#include "services/job.h"
#include "widgets/textlab/microscopepanel.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/surprisetimeline.h"
#include "widgets/textlab/tokencolors.h"
#include "widgets/textlab/tokenview.h"

#include "engine/text/tokenizer.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::textlab {

namespace gpt = engine::gpt;
using services::Job;
using services::JobState;
using services::TextService;

namespace {

constexpr int kMaxLocalPromptChars = 20000; // longer prompts are tokenized by the job only

// The colour key of the token view.
class ProbabilityLegend : public QWidget
{
public:
    ProbabilityLegend(QString lead, QWidget *parent) : QWidget(parent), m_lead(std::move(lead)) {}
    QSize sizeHint() const override { return QSize(fontMetrics().horizontalAdvance(QStringLiteral("100%  10%  1%  0.1%")) + 40, fontMetrics().height() + 4); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QFontMetrics fm = fontMetrics();
        const QString &lead = m_lead;
        const int leadWidth = lead.isEmpty() ? 0 : fm.horizontalAdvance(lead) + 6;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, 0, leadWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, lead);
        const QStringList marks{QStringLiteral("100%"), QStringLiteral("10%"), QStringLiteral("1%"), QStringLiteral("0.1%")};
        const int barWidth = std::max(120, width() - leadWidth - 4);
        const QRect bar(leadWidth, 2, barWidth, height() - 4);
        for (int x = 0; x < bar.width(); ++x) {
            const double t = double(x) / std::max(1, bar.width() - 1);
            p.setPen(probabilityColor(std::pow(10.0, -3.0 * t)));
            p.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
        }
        p.setPen(QColor(20, 20, 20));
        for (int i = 0; i < 4; ++i) {
            const int w = fm.horizontalAdvance(marks[i]);
            const int x = std::clamp(bar.left() + bar.width() * i / 3 - w / 2, bar.left() + 3, bar.right() - w - 3);
            p.drawText(QRect(x, bar.top(), w + 2, bar.height()), Qt::AlignVCenter | Qt::AlignLeft, marks[i]);
        }
    }

private:
    QString m_lead;
};

QString pct(double p)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(p * 100, 'f', p >= 0.1 ? 1 : 2));
}

QString tokenToolTip(const BranchToken &t, int index)
{
    QString origin;
    if (t.origin == MicroscopeToken::Origin::Chosen)
        origin = GeneratePage::tr(" · picked by you");
    return GeneratePage::tr("Token %1: %2 (id %3)\nmodel probability %4 · after the settings %5 · surprise %6 bits%7\n"
                            "Click to open the sampling microscope.")
        .arg(index + 1)
        .arg(quotedToken(t.piece, 40))
        .arg(t.id)
        .arg(pct(t.trace.rawProbability), pct(t.trace.probability))
        .arg(QLocale().toString(t.trace.surprise, 'f', 2))
        .arg(origin);
}

TokenCell cellOf(const BranchToken &t, int index)
{
    TokenCell c;
    c.text = t.piece;
    c.background = probabilityColor(t.trace.rawProbability);
    c.toolTip = tokenToolTip(t, index);
    return c;
}

} // namespace

GeneratePage::GeneratePage(TextService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    m_prompt = new PromptPanel(left);
    leftLayout->addWidget(m_prompt);
    auto *treeBox = new QGroupBox(tr("Generation tree"), left);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(4, 4, 4, 4);
    m_tree = new GenerationTree(treeBox);
    treeLayout->addWidget(m_tree);
    leftLayout->addWidget(treeBox, 1);

    auto *right = new QSplitter(Qt::Vertical, split);
    right->setChildrenCollapsible(false);
    auto *textBox = new QGroupBox(tr("Generated text"), right);
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(4, 4, 4, 4);
    textLayout->setSpacing(3);
    auto *legendRow = new QHBoxLayout;
    auto *hint = new QLabel(tr("Click a token to inspect it. Colour: the model's probability"), textBox);
    hint->setTextFormat(Qt::PlainText);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *legend = new ProbabilityLegend(QString(), textBox);
    legend->setMinimumWidth(legend->sizeHint().width());
    legendRow->addWidget(hint, 1);
    legendRow->addWidget(legend);
    textLayout->addLayout(legendRow);
    m_tokens = new TokenView;
    m_tokens->setObjectName(QStringLiteral("tokenView"));
    m_tokens->setPlaceholder(tr("The generated text appears here, token by token."));
    m_tokenScroll = new QScrollArea(textBox);
    m_tokenScroll->setWidget(m_tokens);
    m_tokenScroll->setWidgetResizable(true);
    m_tokenScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tokenScroll->setMinimumHeight(120);
    textLayout->addWidget(m_tokenScroll, 1);
    m_notice = new QLabel(textBox);
    m_notice->setObjectName(QStringLiteral("generationNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a4b00"));
    m_notice->hide();
    textLayout->addWidget(m_notice);
    m_timeline = new SurpriseTimeline(textBox);
    m_timeline->setMaximumHeight(140);
    textLayout->addWidget(m_timeline);

    auto *microscopeBox = new QGroupBox(tr("Sampling microscope"), right);
    auto *microscopeLayout = new QVBoxLayout(microscopeBox);
    microscopeLayout->setContentsMargins(4, 4, 4, 4);
    m_microscope = new MicroscopePanel(microscopeBox);
    microscopeLayout->addWidget(m_microscope);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 0);
    // The microscope needs its rows whole; the text scrolls.
    right->setSizes({360, 420});

    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    left->setMaximumWidth(360);
    split->setSizes({300, 800});

    connect(m_prompt, &PromptPanel::generateRequested, this, &GeneratePage::generate);
    connect(m_prompt, &PromptPanel::stopRequested, this, &GeneratePage::stop);
    connect(m_prompt, &PromptPanel::openModelRequested, this, &GeneratePage::openModelRequested);
    connect(m_prompt, &PromptPanel::shippedModelRequested, this, &GeneratePage::shippedModelRequested);
    connect(m_tokens, &TokenView::tokenClicked, this, [this](int cell) {
        const int promptCells = m_tokens->count() - (m_tree->current() >= 0 ? int(m_tree->branch(m_tree->current()).tokens.size()) : 0);
        selectToken(cell - promptCells);
    });
    connect(m_timeline, &SurpriseTimeline::tokenClicked, this, &GeneratePage::selectToken);
    connect(m_microscope, &MicroscopePanel::branchRequested, this, &GeneratePage::branchFrom);
    connect(m_tree, &GenerationTree::branchSelected, this, [this](int index) {
        showBranch(index);
        Q_EMIT textChanged();
    });
    connect(m_tree, &GenerationTree::replayRequested, this, &GeneratePage::replay);
    connect(m_tree, &GenerationTree::saveRequested, this, [this](int index) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the text and its recipe"),
                                                          QStringLiteral("generation.txt"), tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
        QString error;
        if (saveBranch(index, path, &error))
            m_prompt->setStatus(tr("Saved %1 (and its recipe beside it)").arg(QDir::toNativeSeparators(path)));
        else
            QMessageBox::warning(this, tr("Save text"), error);
    });
}

GeneratePage::~GeneratePage()
{
    if (m_job)
        m_job->cancel();
}

void GeneratePage::modelChanged(const services::TextModelInfo &model)
{
    m_prompt->setModel(model);
    m_prompt->setReady(true);
    m_microscope->setTokenizer(model.tokenizer);
    m_tree->clear();
    m_tokens->clear();
    m_timeline->clear();
    m_microscope->clear();
    m_notice->hide();
}

void GeneratePage::setModelMessage(const QString &message, bool error)
{
    m_prompt->setModelMessage(message, error);
    if (error && !m_service->hasModel())
        m_prompt->setReady(false);
}

bool GeneratePage::generate()
{
    if (m_job || !m_service->hasModel())
        return false;
    services::TextGenerationRequest request;
    request.prompt = m_prompt->prompt();
    request.sampling = m_prompt->settings();
    if (request.prompt.isEmpty() && !m_service->model().tokenizer->endOfText()) {
        m_prompt->setStatus(tr("Type a prompt first: this model has no end-of-text token to start from."));
        return false;
    }
    Branch b;
    b.request = request;
    const auto &tokenizer = m_service->model().tokenizer;
    if (tokenizer && request.prompt.size() <= kMaxLocalPromptChars)
        b.promptIds = tokenizer->encode(request.prompt.toStdString());
    const int index = m_tree->addBranch(b);
    return submit(request, Purpose::Root, index);
}

bool GeneratePage::branchFrom(int tokenIndex, int alternativeId)
{
    const int parent = m_tree->current();
    if (m_job || parent < 0)
        return false;
    const Branch &p = m_tree->branch(parent);
    if (tokenIndex < 0 || tokenIndex >= p.tokens.size())
        return false;
    const BranchToken &original = p.tokens[tokenIndex];
    const gpt::TokenTrace &trace = original.trace;
    if (trace.stages.empty())
        return false;

    // The picked token keeps the distribution it was picked from; its own numbers come from it.
    BranchToken picked;
    picked.id = alternativeId;
    picked.origin = MicroscopeToken::Origin::Chosen;
    picked.trace = trace;
    picked.trace.id = alternativeId;
    picked.trace.randomDraw = -1;
    picked.trace.rawProbability = probabilityIn(trace.stages.front(), alternativeId).value_or(0.f);
    picked.trace.probability = probabilityIn(trace.stages.back(), alternativeId).value_or(0.f);
    picked.trace.surprise = -std::log2(std::max(double(picked.trace.rawProbability), 1e-45));
    picked.trace.rankInRaw = gpt::kTraceCandidates;
    for (std::size_t i = 0; i < trace.stages.front().top.size(); ++i)
        if (trace.stages.front().top[i].first == alternativeId)
            picked.trace.rankInRaw = int(i);
    const auto tokenizer = m_service->model().tokenizer;
    if (tokenizer && alternativeId < tokenizer->vocabSize()) {
        const std::string bytes = tokenizer->tokenBytes(alternativeId);
        picked.piece = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }

    Branch b;
    b.parent = parent;
    b.forkAt = tokenIndex;
    b.promptIds = p.promptIds;
    b.tokens = p.tokens.mid(0, tokenIndex);
    b.tokens.append(picked);
    b.ownFrom = int(b.tokens.size());
    b.request.sampling = m_prompt->settings();
    b.request.promptIds = p.promptIds;
    for (const BranchToken &t : b.tokens)
        b.request.promptIds.push_back(t.id);
    const services::TextGenerationRequest request = b.request;
    const int index = m_tree->addBranch(b);
    showBranch(index);
    return submit(request, Purpose::Branch, index);
}

bool GeneratePage::replay(int branchIndex)
{
    if (m_job || branchIndex < 0 || branchIndex >= m_tree->branchCount())
        return false;
    return submit(m_tree->branch(branchIndex).request, Purpose::Replay, branchIndex);
}

bool GeneratePage::generateFrom(const QString &prompt, const std::vector<int> &promptIds,
                                const engine::gpt::SamplingSettings &settings)
{
    if (m_job || !m_service->hasModel())
        return false;
    m_prompt->setPrompt(prompt);
    m_prompt->setSettings(settings);
    services::TextGenerationRequest request;
    request.prompt = prompt;
    request.promptIds = promptIds;
    request.sampling = settings;
    Branch b;
    b.request = request;
    b.promptIds = promptIds;
    const auto &tokenizer = m_service->model().tokenizer;
    if (b.promptIds.empty() && tokenizer && prompt.size() <= kMaxLocalPromptChars)
        b.promptIds = tokenizer->encode(prompt.toStdString());
    const int index = m_tree->addBranch(b);
    return submit(request, Purpose::Root, index);
}

bool GeneratePage::saveBranch(int branchIndex, const QString &path, QString *error) const
{
    if (branchIndex < 0 || branchIndex >= m_tree->branchCount() || !m_service->hasModel()) {
        *error = tr("There is no text to save yet.");
        return false;
    }
    const Branch &b = m_tree->branch(branchIndex);
    if (b.stopReason.isEmpty()) {
        *error = tr("The branch is still being generated.");
        return false;
    }
    const services::TextModelInfo &model = m_service->model();
    services::TextGeneration g;
    // A root keeps its prompt as typed; a branch's prompt is its prefix with the picked token.
    const bool typedPrompt = b.parent < 0 && b.request.promptIds.empty();
    g.promptIds = typedPrompt ? b.promptIds : b.request.promptIds;
    for (int i = b.ownFrom; i < b.tokens.size(); ++i) {
        g.ids.push_back(b.tokens[i].id);
        g.logProbability += engine::gpt::tokenLogProbability(b.tokens[i].trace);
    }
    g.sampling = b.request.sampling;
    g.stopReason = b.stopReason;
    QString prompt = b.request.prompt;
    if (model.tokenizer) {
        // The whole branch's text (it may continue a parent's tokens), cut as the engine cuts a generation.
        std::string text = model.tokenizer->decode(g.ids);
        text.resize(std::min(text.size(), engine::gpt::findStopSequence(text, g.sampling.stopSequences)));
        g.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (!typedPrompt) {
            const std::string prefix = model.tokenizer->decode(g.promptIds);
            prompt = QString::fromUtf8(prefix.data(), qsizetype(prefix.size()));
        }
    }
    return TextService::saveGeneration(path, prompt, g, model, error);
}

bool GeneratePage::isBusy() const
{
    return !m_job.isNull();
}

void GeneratePage::stop()
{
    if (m_job)
        m_service->stopGeneration();
}

bool GeneratePage::submit(const services::TextGenerationRequest &request, Purpose purpose, int branchIndex)
{
    m_purpose = purpose;
    m_target = branchIndex;
    m_streamed = 0;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_job = m_service->generate(request);
    connect(m_job, &Job::partialResult, this, &GeneratePage::onTokens);
    connect(m_job, &Job::finished, this, &GeneratePage::onFinished);
    m_prompt->setRunning(true);
    m_tree->setBusy(true);
    m_microscope->setBranchingEnabled(false);
    m_notice->hide();
    if (purpose != Purpose::Replay) {
        showBranch(branchIndex);
        m_microscope->clear();
    }
    m_prompt->setStatus(purpose == Purpose::Replay ? tr("Replaying branch %1…").arg(branchIndex + 1) : tr("Generating…"));
    return true;
}

void GeneratePage::onTokens(const engine::Partial &partial)
{
    if (m_purpose == Purpose::Replay || m_target < 0)
        return;
    Branch &b = m_tree->branch(m_target);
    QList<BranchToken> added;
    if (const std::optional<services::StreamedToken> token = services::StreamedToken::decode(partial)) {
        const services::StreamedToken &s = *token;
        BranchToken t;
        t.id = s.id;
        t.piece = s.text;
        t.trace.id = s.id;
        t.trace.probability = s.probability;
        t.trace.rawProbability = s.rawProbability;
        t.trace.entropy = s.entropy;
        t.trace.surprise = s.surprise;
        t.origin = b.request.sampling.greedy || b.request.sampling.temperature <= 0 ? MicroscopeToken::Origin::Greedy
                                                                                  : MicroscopeToken::Origin::Sampled;
        added.append(t);
    }
    if (added.isEmpty())
        return;
    const int first = int(b.tokens.size());
    b.tokens.append(added);
    m_streamed += int(added.size());
    appendTokenCells(added, first);
    // Follow the text as it grows, once the layout has the new tokens.
    QTimer::singleShot(0, this, [this] {
        if (QScrollBar *bar = m_tokenScroll->verticalScrollBar(); bar && m_job)
            bar->setValue(bar->maximum());
    });
    const double seconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    m_prompt->setStatus(tr("Generating… %1 tokens, %2 tokens/s").arg(m_streamed).arg(QLocale().toString(seconds > 0 ? m_streamed / seconds : 0.0, 'f', 1)));
}

void GeneratePage::appendTokenCells(const QList<BranchToken> &tokens, int firstIndex)
{
    QList<TokenCell> cells;
    for (int i = 0; i < tokens.size(); ++i) {
        cells.append(cellOf(tokens[i], firstIndex + i));
        m_timeline->append(firstIndex + i, tokens[i].trace.entropy, tokens[i].trace.surprise);
    }
    m_tokens->appendTokens(cells);
}

void GeneratePage::onFinished()
{
    Job *job = m_job;
    m_job = nullptr;
    m_prompt->setRunning(false);
    m_tree->setBusy(false);
    m_microscope->setBranchingEnabled(true);
    if (!job)
        return;
    const bool ok = job->state() == JobState::Succeeded;
    if (ok && m_target >= 0 && m_target < m_tree->branchCount()) {
        const services::TextGeneration g = job->resultAs<services::TextGeneration>();
        Branch &b = m_tree->branch(m_target);
        const auto origin = g.sampling.greedy || g.sampling.temperature <= 0 ? MicroscopeToken::Origin::Greedy
                                                                           : MicroscopeToken::Origin::Sampled;
        if (m_purpose == Purpose::Replay) {
            int same = 0;
            const int own = int(b.tokens.size()) - b.ownFrom;
            while (same < own && same < int(g.ids.size()) && g.ids[std::size_t(same)] == b.tokens[b.ownFrom + same].id)
                ++same;
            if (same == own && int(g.ids.size()) == own)
                b.replay = tr("Replay with seed %1 reproduced all %2 tokens ✓").arg(b.request.sampling.seed).arg(own);
            else
                b.replay = tr("Replay with seed %1 differs from token %2 on (%3 generated, %4 before)")
                               .arg(b.request.sampling.seed)
                               .arg(b.ownFrom + same + 1)
                               .arg(g.ids.size())
                               .arg(own);
        } else {
            if (b.parent < 0)
                b.promptIds = g.promptIds;
            b.tokens = b.tokens.mid(0, b.ownFrom);
            for (std::size_t i = 0; i < g.ids.size(); ++i)
                b.tokens.append(BranchToken{g.ids[i], g.pieces.value(qsizetype(i)), g.traces[i], origin});
            b.stopReason = g.stopReason;
            b.tokensPerSecond = g.tokensPerSecond;
            showBranch(m_target);
            if (!g.notice.isEmpty()) {
                m_notice->setText(g.notice);
                m_notice->show();
            }
        }
        m_tree->updateBranch(m_target);
        m_lastStatus = m_purpose == Purpose::Replay
                           ? b.replay
                           : tr("%1 tokens · %2 tokens/s · first token after %3 ms · stopped: %4")
                                 .arg(g.ids.size())
                                 .arg(QLocale().toString(g.tokensPerSecond, 'f', 1))
                                 .arg(QLocale().toString(g.firstTokenMs, 'f', g.firstTokenMs < 10 ? 1 : 0))
                                 .arg(g.stopReason);
        m_prompt->setStatus(m_lastStatus);
        if (m_purpose != Purpose::Replay)
            Q_EMIT textChanged();
    } else if (!ok) {
        if (m_purpose != Purpose::Replay && m_target >= 0 && m_target < m_tree->branchCount()) {
            m_tree->branch(m_target).stopReason = services::jobStateName(job->state());
            m_tree->updateBranch(m_target);
        }
        m_prompt->setStatus(job->state() == JobState::Canceled ? tr("Canceled.")
                                                               : tr("Generation failed: %1").arg(job->message()));
    }
    Q_EMIT generationFinished(ok);
}

void GeneratePage::showBranch(int index)
{
    if (index < 0 || index >= m_tree->branchCount())
        return;
    const Branch &b = m_tree->branch(index);
    const auto tokenizer = m_service->model().tokenizer;
    QList<TokenCell> cells;
    for (int id : b.promptIds) {
        TokenCell c;
        if (tokenizer && id >= 0 && id < tokenizer->vocabSize()) {
            const std::string bytes = tokenizer->tokenBytes(id);
            c.text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        }
        c.muted = true;
        cells.append(c);
    }
    if (b.promptIds.empty() && !b.request.prompt.isEmpty())
        cells.append(TokenCell{b.request.prompt, {}, {}, true});
    m_timeline->clear();
    for (int i = 0; i < b.tokens.size(); ++i) {
        cells.append(cellOf(b.tokens[i], i));
        m_timeline->append(i, b.tokens[i].trace.entropy, b.tokens[i].trace.surprise);
    }
    m_tokens->setTokens(cells);
    m_tokens->setSelected(-1);
    const int selected = m_microscope->tokenIndex();
    if (selected >= 0 && selected < b.tokens.size() && !b.tokens[selected].trace.stages.empty())
        selectToken(selected);
    else
        m_microscope->clear();
}

void GeneratePage::showBranchAt(int index)
{
    if (index < 0 || index >= m_tree->branchCount())
        return;
    m_tree->setCurrent(index);
    showBranch(index);
    Q_EMIT textChanged();
}

void GeneratePage::selectToken(int index)
{
    const int current = m_tree->current();
    if (current < 0)
        return;
    const Branch &b = m_tree->branch(current);
    if (index < 0 || index >= b.tokens.size())
        return;
    const int promptCells = m_tokens->count() - int(b.tokens.size());
    m_tokens->setSelected(promptCells + index);
    m_timeline->setSelected(index);
    const BranchToken &t = b.tokens[index];
    if (t.trace.stages.empty()) {
        m_microscope->clear();
        return;
    }
    MicroscopeToken m;
    m.index = index;
    m.piece = t.piece;
    m.trace = t.trace;
    m.origin = t.origin;
    // The settings the token was drawn with: its own branch's, or an ancestor's for inherited tokens.
    int owner = current;
    while (m_tree->branch(owner).parent >= 0 && index < m_tree->branch(owner).ownFrom)
        owner = m_tree->branch(owner).parent;
    m.sampling = m_tree->branch(owner).request.sampling;
    m_microscope->showToken(m);
    // After any pending follow-the-stream scrolling.
    QTimer::singleShot(0, this, [this, cell = promptCells + index] {
        const QRect r = m_tokens->tokenRect(cell);
        if (!r.isEmpty())
            m_tokenScroll->ensureVisible(r.center().x(), r.center().y(), 10, 40);
    });
}

int GeneratePage::mostSurprisingToken() const
{
    const int current = m_tree->current();
    if (current < 0)
        return -1;
    const Branch &b = m_tree->branch(current);
    // A drawn token the model did not favour, preferably a plausible one (a few percent) beaten by a
    // clear favourite: the "4 % picked over 35 %" case a student can reason about. Without one,
    // the widest gap of all.
    int best = -1, widest = -1;
    double bestScore = 0, widestScore = 0;
    for (int i = 0; i < b.tokens.size(); ++i) {
        const gpt::TokenTrace &t = b.tokens[i].trace;
        if (t.stages.empty() || t.stages.front().top.empty() || t.rankInRaw == 0 || t.randomDraw < 0)
            continue;
        const double favourite = t.stages.front().top.front().second;
        const double ratio = favourite / std::max(double(t.rawProbability), 1e-9);
        if (t.rawProbability >= 0.02 && favourite >= 0.2 && ratio > bestScore) {
            bestScore = ratio;
            best = i;
        }
        if (ratio > widestScore) {
            widestScore = ratio;
            widest = i;
        }
    }
    return best >= 0 ? best : widest;
}

std::vector<int> GeneratePage::currentIds() const
{
    const int current = m_tree->current();
    if (current < 0)
        return {};
    const Branch &b = m_tree->branch(current);
    std::vector<int> ids = b.promptIds;
    for (const BranchToken &t : b.tokens)
        ids.push_back(t.id);
    return ids;
}

QStringList GeneratePage::currentPieces() const
{
    QStringList out;
    for (int i = 0; i < m_tokens->count(); ++i)
        out << m_tokens->token(i).text;
    return out;
}

void GeneratePage::updateStatus()
{
    m_prompt->setStatus(m_lastStatus);
}

} // namespace genlab::widgets::textlab
