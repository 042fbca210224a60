#include "widgets/maskedlab/fillmaskpage.h"
#include "widgets/maskedlab/maskcolor.h"

#include "services/job.h"
#include "widgets/components/formhelpers.h"
#include "widgets/maskedlab/candidatebars.h"
#include "widgets/textlab/attentionview.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"
#include "widgets/textlab/tokenview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace genlab::widgets::maskedlab {

using services::Job;
using services::JobState;
using textlab::TokenCell;

namespace {

const QColor kWordShade(238, 244, 250);
constexpr int kMaxTopK = 20;

// The text of word `word` in the sentence (from its pieces' byte offsets).
QString wordText(const services::FillMaskOutcome &outcome, int word)
{
    const QByteArray utf8 = outcome.request.text.toUtf8();
    int begin = -1, end = -1;
    for (const auto &p : outcome.words)
        if (p.word == word) {
            begin = begin < 0 ? p.begin : std::min(begin, p.begin);
            end = std::max(end, p.end);
        }
    if (begin < 0 || end > utf8.size())
        return {};
    return QString::fromUtf8(utf8.mid(begin, end - begin));
}

} // namespace

QString FillMaskPage::defaultSentence()
{
    return QStringLiteral("The play's the thing wherein I'll catch the conscience of the king.");
}

FillMaskPage::FillMaskPage(services::MaskedService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("fillMaskPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sentence"), this));
    m_sentence = new QLineEdit(defaultSentence(), this);
    m_sentence->setObjectName(QStringLiteral("fillMaskSentence"));
    m_sentence->setToolTip(tr("Type a sentence, then click its words below to mask them; you can also write [MASK] yourself."));
    top->addWidget(m_sentence, 1);
    layout->addLayout(top);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Top"), this));
    m_topK = form::spinBox(this, 1, kMaxTopK, 5, QStringLiteral("fillMaskTopK"));
    m_topK->setToolTip(tr("How many candidates to show for each mask"));
    options->addWidget(m_topK);
    m_wholeWord = new QCheckBox(tr("Whole-word masking"), this);
    m_wholeWord->setObjectName(QStringLiteral("fillMaskWholeWord"));
    m_wholeWord->setChecked(true);
    m_wholeWord->setToolTip(tr("Mask every piece of a clicked word (as whole-word masking trains BERT), not only the piece clicked"));
    options->addWidget(m_wholeWord);
    m_iterate = new QPushButton(tr("Fill one at a time"), this);
    m_iterate->setObjectName(QStringLiteral("fillMaskIterate"));
    m_iterate->setToolTip(tr("Fill the most confident mask first, then predict the others again with it filled in; each step is listed"));
    options->addWidget(m_iterate);
    m_clear = new QPushButton(tr("Unmask all"), this);
    m_clear->setObjectName(QStringLiteral("fillMaskClear"));
    options->addWidget(m_clear);
    options->addStretch(1);
    layout->addLayout(options);

    auto *hint = new QLabel(tr("Click a word to mask it; click it again to bring it back. The model sees the whole "
                               "sentence, left and right of each mask."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint);
    m_words = new textlab::TokenView;
    m_words->setObjectName(QStringLiteral("fillMaskWords"));
    auto *wordScroll = new QScrollArea(this);
    wordScroll->setWidget(m_words);
    wordScroll->setWidgetResizable(true);
    wordScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    wordScroll->setMaximumHeight(90);
    layout->addWidget(wordScroll);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fillMaskMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("fillMaskViews"));
    auto *predictions = new QWidget(tabs);
    auto *predLayout = new QVBoxLayout(predictions);
    m_summary = new QLabel(predictions);
    m_summary->setObjectName(QStringLiteral("fillMaskSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    predLayout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, predictions);
    m_bars = new CandidateBars;
    m_bars->setObjectName(QStringLiteral("fillMaskBars"));
    m_bars->setPlaceholder(tr("Mask a word to see what the model would put there."));
    auto *barScroll = new QScrollArea(split);
    barScroll->setWidget(m_bars);
    barScroll->setWidgetResizable(true);
    m_steps = new QListWidget(split);
    m_steps->setObjectName(QStringLiteral("fillMaskSteps"));
    m_steps->setWordWrap(true);
    m_steps->setToolTip(tr("Filling one at a time: pick a step to see what the model predicted before it"));
    split->addWidget(barScroll);
    split->addWidget(m_steps);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    m_steps->hide(); // shown once "Fill one at a time" has steps to list
    predLayout->addWidget(split, 1);
    tabs->addTab(predictions, tr("Candidates"));

    textlab::AttentionSource source;
    source.ready = [service] { return service->hasModel(); };
    source.compute = [service](const std::vector<int> &ids) { return service->attention(ids); };
    source.piece = [service](int id) { return service->pieceText(id); };
    source.causal = false;
    m_attention = new textlab::AttentionView(source, tabs);
    m_attention->setObjectName(QStringLiteral("fillMaskAttention"));
    m_attention->setPlaceholder(tr("The encoder's attention of the masked sentence shows here."));
    tabs->addTab(m_attention, tr("Attention"));
    layout->addWidget(tabs, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &FillMaskPage::refresh);
    connect(m_sentence, &QLineEdit::textChanged, this, [this] {
        if (!m_textSetByCode)
            m_masked.clear(); // remapped from m_maskedText once the new pieces are in
        m_debounce->start();
        Q_EMIT settingsChanged();
    });
    connect(m_topK, &QSpinBox::valueChanged, this, [this] {
        m_debounce->start();
        Q_EMIT settingsChanged();
    });
    connect(m_wholeWord, &QCheckBox::toggled, this, [this] {
        refresh();
        Q_EMIT settingsChanged();
    });
    connect(m_words, &textlab::TokenView::tokenClicked, this, [this](int index) {
        if (!m_result || index < 0 || index >= int(m_result->words.size()))
            return;
        const auto &piece = m_result->words[std::size_t(index)];
        if (piece.word >= 0 && !piece.special)
            toggleWord(piece.word);
    });
    connect(m_iterate, &QPushButton::clicked, this, &FillMaskPage::fillIteratively);
    connect(m_clear, &QPushButton::clicked, this, [this] { setMaskedWords({}); });
    connect(m_steps, &QListWidget::currentRowChanged, this, &FillMaskPage::showStep);
}

FillMaskPage::~FillMaskPage()
{
    if (m_job)
        m_job->cancel();
}

void FillMaskPage::setText(const QString &text)
{
    m_sentence->setText(text);
    m_debounce->stop();
    refresh();
}

QString FillMaskPage::text() const
{
    return m_sentence->text();
}

void FillMaskPage::toggleWord(int word)
{
    QList<int> words = m_masked;
    if (words.contains(word))
        words.removeAll(word);
    else
        words.append(word);
    setMaskedWords(words);
}

void FillMaskPage::setMaskedWords(const QList<int> &words)
{
    m_masked = words;
    std::sort(m_masked.begin(), m_masked.end());
    m_masked.erase(std::unique(m_masked.begin(), m_masked.end()), m_masked.end());
    m_maskedText.clear();
    if (m_result)
        for (int w : m_masked) {
            const QString text = wordText(*m_result, w);
            int occurrence = 0;
            for (int other = 0; other < w; ++other)
                if (wordText(*m_result, other).compare(text, Qt::CaseInsensitive) == 0)
                    ++occurrence;
            m_maskedText.append({text, occurrence});
        }
    refresh();
    Q_EMIT settingsChanged();
}

bool FillMaskPage::maskWord(const QString &word)
{
    if (!m_result)
        return false;
    int last = -1;
    for (const auto &p : m_result->words) {
        if (p.word == last || p.word < 0)
            continue;
        last = p.word;
        if (wordText(*m_result, p.word).compare(word, Qt::CaseInsensitive) == 0) {
            if (!m_masked.contains(p.word))
                toggleWord(p.word);
            return true;
        }
    }
    return false;
}

void FillMaskPage::setTopK(int k)
{
    m_topK->setValue(k);
    m_debounce->stop();
    refresh();
}

bool FillMaskPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString FillMaskPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void FillMaskPage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FillMaskPage::refresh()
{
    run(false);
}

void FillMaskPage::fillIteratively()
{
    run(true);
}

void FillMaskPage::run(bool iterative)
{
    if (!m_service->hasModel())
        return;
    m_debounce->stop();
    services::FillMaskRequest request;
    request.text = m_sentence->text();
    request.maskedWords = m_masked;
    request.wholeWord = m_wholeWord->isChecked();
    request.topK = m_topK->value();
    request.iterative = iterative;
    const bool remap = m_masked.isEmpty() && !m_maskedText.isEmpty();
    m_job = m_service->fillMask(request);
    connect(m_job, &Job::finished, this, [this, job = m_job, remap](JobState state, const QString &message) {
        if (state == JobState::Canceled)
            return;
        if (state != JobState::Succeeded) {
            setMessage(message);
            Q_EMIT failed(message);
            return;
        }
        const auto outcome = job->resultAs<services::FillMaskOutcome>();
        if (remap) {
            m_result = outcome;
            remapMasksAfterEdit();
            if (!m_masked.isEmpty()) {
                run(false);
                return;
            }
        }
        show(outcome);
    });
}

void FillMaskPage::remapMasksAfterEdit()
{
    QList<int> words;
    for (const auto &[text, occurrence] : m_maskedText) {
        int seen = 0, last = -1;
        for (const auto &p : m_result->words) {
            if (p.word == last || p.word < 0)
                continue;
            last = p.word;
            if (wordText(*m_result, p.word).compare(text, Qt::CaseInsensitive) == 0 && seen++ == occurrence) {
                words.append(p.word);
                break;
            }
        }
    }
    m_masked = words;
}

void FillMaskPage::show(const services::FillMaskOutcome &outcome)
{
    m_result = outcome;
    if (!m_pendingMask.isEmpty()) {
        const QString word = std::exchange(m_pendingMask, QString());
        if (maskWord(word))
            return; // shown once the masked sentence is predicted
    }
    setMessage(outcome.notice);
    showWords();
    QStringList titles, answers;
    int n = 0;
    for (const auto &mask : outcome.masks) {
        ++n;
        const QString answer = mask.word >= 0 ? wordText(outcome, mask.word) : QString();
        titles << (answer.isEmpty() ? tr("mask %1 (typed)").arg(n) : tr("mask %1: the word %2").arg(n).arg(textlab::quotedToken(answer)));
        answers << answer;
    }
    m_bars->setPredictions(outcome.masks, titles, answers);
    m_steps->clear();
    m_steps->setVisible(!outcome.steps.empty());
    for (std::size_t i = 0; i < outcome.steps.size(); ++i) {
        const auto &s = outcome.steps[i];
        m_steps->addItem(tr("%1. %2 at position %3 (%4 %) → %5")
                             .arg(i + 1)
                             .arg(textlab::quotedToken(candidateText(s.chosen)))
                             .arg(s.position)
                             .arg(QLocale().toString(s.chosen.probability * 100.0, 'f', 0))
                             .arg(s.text));
    }
    if (outcome.masks.empty())
        m_summary->setText(tr("No mask yet: click a word above (or type [MASK]). The model reads %1 pieces.")
                               .arg(outcome.words.size()));
    else
        m_summary->setText(tr("With its favourites: “%1”. The bars are the model's probabilities over its whole "
                              "vocabulary at each mask; an orange bar is the word you masked.")
                               .arg(outcome.filledText));
    m_attention->setIds(outcome.inputIds);
    Q_EMIT updated();
}

void FillMaskPage::showWords()
{
    QList<TokenCell> cells;
    const auto &outcome = *m_result;
    // Each piece as the user wrote it (case and accents kept), from its offsets in the sentence.
    const QByteArray utf8 = outcome.request.text.toUtf8();
    int lastMaskedWord = -2;
    for (std::size_t i = 0; i < outcome.words.size(); ++i) {
        const auto &p = outcome.words[i];
        const bool masked = p.word >= 0 && m_masked.contains(p.word) &&
                            (outcome.request.wholeWord || p.word != lastMaskedWord);
        const bool first = i == 0;
        QString text = p.text;
        if (!p.special && p.begin >= 0 && p.end > p.begin && p.end <= utf8.size())
            text = QString::fromUtf8(utf8.mid(p.begin, p.end - p.begin));
        if (masked)
            text = QStringLiteral("[MASK]");
        if (!p.continuation && !first)
            text.prepend(QLatin1Char(' '));
        TokenCell cell;
        cell.text = text;
        cell.background = masked || (p.special && p.text == QLatin1String("[MASK]")) ? kMaskColor
                          : (p.word % 2 == 0)                                        ? kWordShade
                                                                                      : QColor();
        cell.toolTip = masked ? tr("Masked: click to bring %1 back").arg(textlab::quotedToken(p.text))
                              : tr("Piece %1 (id %2) of word %3: click to mask the word")
                                    .arg(textlab::quotedToken(p.continuation ? QStringLiteral("##") + p.text : p.text))
                                    .arg(p.id)
                                    .arg(p.word + 1);
        cells.append(cell);
        if (masked)
            lastMaskedWord = p.word;
    }
    m_words->setTokens(cells);
}

void FillMaskPage::showStep(int index)
{
    if (!m_result || index < 0 || index >= int(m_result->steps.size()))
        return;
    const auto &step = m_result->steps[std::size_t(index)];
    QStringList titles;
    for (const auto &mask : step.masks)
        titles << (mask.position == step.position ? tr("position %1: filled now").arg(mask.position)
                                                  : tr("position %1").arg(mask.position));
    m_bars->setPredictions(step.masks, titles, {});
}

QJsonObject FillMaskPage::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("text"), m_sentence->text());
    QJsonArray words;
    for (int w : m_masked)
        words.append(w);
    state.insert(QStringLiteral("maskedWords"), words);
    state.insert(QStringLiteral("topK"), m_topK->value());
    state.insert(QStringLiteral("wholeWord"), m_wholeWord->isChecked());
    return state;
}

void FillMaskPage::restoreState(const QJsonObject &state)
{
    m_textSetByCode = true;
    if (state.value(QStringLiteral("text")).isString())
        m_sentence->setText(state.value(QStringLiteral("text")).toString().left(4000));
    m_textSetByCode = false;
    if (state.value(QStringLiteral("topK")).isDouble())
        m_topK->setValue(std::clamp(state.value(QStringLiteral("topK")).toInt(), 1, kMaxTopK));
    if (state.value(QStringLiteral("wholeWord")).isBool())
        m_wholeWord->setChecked(state.value(QStringLiteral("wholeWord")).toBool());
    if (state.value(QStringLiteral("maskedWords")).isArray()) {
        QList<int> words;
        for (const auto &v : state.value(QStringLiteral("maskedWords")).toArray())
            if (v.isDouble() && v.toInt() >= 0 && v.toInt() < 10000)
                words.append(v.toInt());
        m_masked = words;
        m_maskedText.clear();
    }
    m_debounce->stop();
    refresh();
}

} // namespace genlab::widgets::maskedlab
