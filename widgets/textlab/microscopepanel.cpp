#include "widgets/textlab/microscopepanel.h"
#include "widgets/textlab/stagelookup.h"

#include "widgets/textlab/drawstrip.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/stagematrix.h"

#include "engine/text/tokenizer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace genlab::widgets::textlab {

namespace gpt = engine::gpt;

namespace {

constexpr int kMaxRows = 8;

QString finePct(double p)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(p * 100, 'f', p >= 0.1 ? 1 : p >= 0.001 ? 2 : 4));
}

// Mass of the final distribution ordered before `id` (probability descending, then id).
std::optional<double> stretchStart(const gpt::StageCandidates &final, int id)
{
    double at = 0;
    for (const auto &[candidate, p] : final.top) {
        if (candidate == id)
            return at;
        at += p;
    }
    return std::nullopt;
}

} // namespace

MicroscopePanel::MicroscopePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("microscopeHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);
    m_matrix = new StageMatrix(this);
    m_matrix->setObjectName(QStringLiteral("stageMatrix"));
    layout->addWidget(m_matrix);
    m_draw = new DrawStrip(this);
    m_draw->setObjectName(QStringLiteral("drawStrip"));
    layout->addWidget(m_draw);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("microscopeExplanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    m_branch = new QPushButton(this);
    m_branch->setObjectName(QStringLiteral("branchButton"));
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    row->addWidget(m_branch);
    row->addWidget(m_hint, 1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_matrix, &StageMatrix::rowClicked, this, &MicroscopePanel::onRowClicked);
    connect(m_branch, &QPushButton::clicked, this, [this] {
        if (m_token.index >= 0 && m_alternative >= 0)
            Q_EMIT branchRequested(m_token.index, m_alternative);
    });
    clear();
}

void MicroscopePanel::setTokenizer(std::shared_ptr<const engine::text::Tokenizer> tokenizer)
{
    m_tokenizer = std::move(tokenizer);
}

QString MicroscopePanel::pieceOf(int id) const
{
    if (!m_tokenizer || id < 0 || id >= m_tokenizer->vocabSize())
        return QStringLiteral("<%1>").arg(id);
    const std::string bytes = m_tokenizer->tokenBytes(id);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

QString MicroscopePanel::stageTitle(const std::string &stage) const
{
    const gpt::SamplingSettings &s = m_token.sampling;
    const bool greedy = s.greedy || s.temperature <= 0;
    auto off = [this] { return tr("off"); };
    if (stage == "raw logits")
        return tr("model\nsoftmax");
    if (stage == "penalties")
        return tr("penalty\n%1").arg(s.repetitionPenalty == 1.0 ? off() : QStringLiteral("× %1").arg(s.repetitionPenalty));
    if (stage == "temperature")
        return tr("temperature\n%1").arg(greedy ? tr("greedy") : QString::number(s.temperature));
    if (stage == "top-k")
        return tr("top-k\n%1").arg(s.topK > 0 ? QString::number(s.topK) : off());
    if (stage == "top-p / min-p")
        return tr("top-p/min-p\n%1/%2")
            .arg(s.topP < 1.0 ? QString::number(s.topP) : off(), s.minP > 0 ? QString::number(s.minP) : off());
    if (stage == "final")
        return tr("final\ndrawn");
    return QString::fromStdString(stage);
}

void MicroscopePanel::clear()
{
    m_token = MicroscopeToken{};
    m_alternative = -1;
    m_header->setText(tr("Sampling microscope"));
    m_matrix->clear();
    m_draw->clear();
    m_explanation->setText(tr("Click any generated token to see the model's distribution, what each sampling "
                              "setting did to it, and the random draw that picked the token."));
    updateBranchButton();
}

void MicroscopePanel::setBranchingEnabled(bool on)
{
    m_branching = on;
    updateBranchButton();
}

void MicroscopePanel::showToken(const MicroscopeToken &token)
{
    m_token = token;
    m_alternative = -1;
    const gpt::TokenTrace &t = token.trace;
    const int chosen = t.id;
    if (t.stages.empty()) {
        clear();
        return;
    }
    const gpt::StageCandidates &raw = t.stages.front();
    const gpt::StageCandidates &final = t.stages.back();
    const int favourite = raw.top.empty() ? -1 : raw.top.front().first;

    // Rows: the model's top candidates, then those the filters promoted, then the chosen token.
    QList<int> ids;
    auto add = [&ids](int id) {
        if (id >= 0 && !ids.contains(id))
            ids.append(id);
    };
    for (std::size_t i = 0; i < raw.top.size() && ids.size() < 5; ++i)
        add(raw.top[i].first);
    for (std::size_t i = 0; i < final.top.size() && ids.size() < kMaxRows - 1; ++i)
        add(final.top[i].first);
    add(chosen);

    QStringList columns;
    for (const auto &stage : t.stages)
        columns << stageTitle(stage.stage);
    QList<StageMatrix::Row> rows;
    for (int id : ids) {
        StageMatrix::Row row;
        row.id = id;
        row.piece = pieceOf(id);
        row.chosen = id == chosen;
        row.favourite = id == favourite;
        for (const auto &stage : t.stages) {
            if (auto p = probabilityIn(stage, id)) {
                row.values << (*p > 0 ? *p : StageMatrix::kCut);
            } else {
                // A stage lists every token it kept when it kept fewer than the trace holds.
                int listed = int(stage.top.size());
                if (listed > gpt::kTraceCandidates)
                    listed = gpt::kTraceCandidates;
                row.values << (listed < gpt::kTraceCandidates ? StageMatrix::kCut : StageMatrix::kBelow);
            }
        }
        rows << row;
    }
    m_matrix->setData(columns, rows);

    QList<DrawStrip::Segment> segments;
    for (const auto &[id, p] : final.top)
        if (p > 0)
            segments << DrawStrip::Segment{pieceOf(id), double(p), id == chosen, id == favourite};
    const bool drawn = token.origin == MicroscopeToken::Origin::Sampled && t.randomDraw >= 0;
    m_draw->setData(segments, drawn ? double(t.randomDraw) : -1.0);
    m_draw->setChosenLabel(QStringLiteral("%1 %2").arg(quotedToken(token.piece), finePct(t.probability)));

    const QString me = quotedToken(token.piece);
    m_header->setText(tr("Token %1: %2  ·  model %3 (rank %4)  ·  after the settings %5  ·  entropy %6 bits  ·  surprise %7 bits")
                          .arg(token.index + 1)
                          .arg(me, finePct(t.rawProbability))
                          .arg(t.rankInRaw + 1)
                          .arg(finePct(t.probability))
                          .arg(QLocale().toString(t.entropy, 'f', 2))
                          .arg(QLocale().toString(t.surprise, 'f', 2)));

    QStringList why;
    const float favouriteRaw = raw.top.empty() ? 0.f : raw.top.front().second;
    const QString favouritePiece = quotedToken(pieceOf(favourite));
    switch (token.origin) {
    case MicroscopeToken::Origin::Sampled: {
        const double start = t.cumulativeBefore;
        why << tr("The draw u = %1 (seeded, uniform in [0, 1)) fell in %2's stretch [%3, %4) of the final distribution, "
                  "so %2 was generated.")
                   .arg(QLocale().toString(double(t.randomDraw), 'f', 4))
                   .arg(me)
                   .arg(QLocale().toString(start, 'f', 4))
                   .arg(QLocale().toString(start + double(t.probability), 'f', 4));
        if (favourite != chosen && favourite >= 0) {
            const auto favouriteFinal = probabilityIn(final, favourite);
            const auto favouriteStart = stretchStart(final, favourite);
            if (favouriteFinal && *favouriteFinal > 0 && favouriteStart) {
                const double p = std::max(double(t.probability), 1e-9);
                const QString odds = p >= 0.01 ? tr("about %1 times in 100").arg(QLocale().toString(p * 100, 'f', 0))
                                               : tr("about once in %1 draws").arg(std::llround(1.0 / p));
                why << tr("The favourite %1 held [%2, %3) with %4: likelier, but not drawn. Sampling is not argmax: a %5 "
                          "token comes up %6.")
                           .arg(favouritePiece)
                           .arg(QLocale().toString(*favouriteStart, 'f', 4))
                           .arg(QLocale().toString(*favouriteStart + double(*favouriteFinal), 'f', 4))
                           .arg(finePct(*favouriteFinal), finePct(t.probability), odds);
            } else {
                why << tr("The model's favourite %1 (%2) was cut by the settings.").arg(favouritePiece, finePct(favouriteRaw));
            }
        } else {
            why << tr("It is also the model's favourite.");
        }
        break;
    }
    case MicroscopeToken::Origin::Greedy:
        why << tr("Greedy decoding: no random draw; the most likely token after the repetition penalty is taken.");
        break;
    case MicroscopeToken::Origin::Chosen:
        why << tr("You picked %1 here when branching; the rest of this branch was generated from it.").arg(me);
        break;
    }
    m_explanation->setText(why.join(QLatin1Char(' ')));
    updateBranchButton();
}

QString MicroscopePanel::explanation() const
{
    return m_explanation->text();
}

void MicroscopePanel::onRowClicked(int row)
{
    if (row < 0 || row >= m_matrix->rowCount())
        return;
    m_alternative = m_matrix->row(row).id;
    updateBranchButton();
}

bool MicroscopePanel::pickAlternative(int id)
{
    const int row = m_matrix->rowOf(id);
    if (row < 0)
        return false;
    m_matrix->setSelectedRow(row);
    onRowClicked(row);
    return true;
}

void MicroscopePanel::updateBranchButton()
{
    const bool valid = m_token.index >= 0 && m_alternative >= 0;
    m_branch->setEnabled(valid && m_branching);
    if (valid) {
        m_branch->setText(tr("Continue with %1").arg(quotedToken(pieceOf(m_alternative))));
        m_hint->setText(m_alternative == m_token.trace.id
                            ? tr("Same token: a new branch regenerates what follows with the current settings.")
                            : tr("A new branch keeps the text before this token and continues from your pick."));
    } else {
        m_branch->setText(tr("Continue with…"));
        m_hint->setText(m_token.index >= 0 ? tr("Click a candidate row to pick an alternative.") : QString());
    }
}

} // namespace genlab::widgets::textlab
