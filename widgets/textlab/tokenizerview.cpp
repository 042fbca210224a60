#include "widgets/textlab/tokenizerview.h"

#include "services/job.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokenview.h"

#include "engine/text/chartokenizer.h"
#include "engine/text/tokenizer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

namespace {

constexpr int kMaxShownTokens = 4000; // the view lays out at most this many; counts cover everything

const QColor kShades[] = {QColor(255, 224, 178), QColor(200, 230, 201), QColor(187, 222, 251), QColor(248, 187, 208),
                          QColor(225, 190, 231), QColor(255, 245, 157)};

// A merges.txt spelling made readable: GPT-2's byte symbols for space, newline and tab.
QString readableSpelling(QString s)
{
    s.replace(QChar(0x0120), QChar(0x00B7));
    s.replace(QChar(0x010A), QChar(0x21B5));
    s.replace(QChar(0x0109), QChar(0x2192));
    return s;
}

const QString kSampleText = QStringLiteral(
    "To be, or not to be, that is the question:\n"
    "Whether 'tis nobler in the mind to suffer\n"
    "Tokenizers split text into pieces: naïve café, 12345, tokenization");

} // namespace

TokenizerSide::TokenizerSide(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_choice = new QComboBox(this);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_open = new QPushButton(tr("Open folder…"), this);
    m_open->setToolTip(tr("A tokenizer folder: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging "
                          "Face), vocab.txt (BERT's WordPiece), or a model folder"));
    row->addWidget(m_choice, 1);
    row->addWidget(m_open);
    layout->addLayout(row);
    m_stats = new QLabel(this);
    m_stats->setTextFormat(Qt::PlainText);
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);
    m_tokens = new TokenView;
    m_tokens->setSelectable(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_tokens);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 3);
    m_ids = new QPlainTextEdit(this);
    m_ids->setReadOnly(true);
    m_ids->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ids->setPlaceholderText(tr("token ids"));
    m_ids->setMaximumHeight(90);
    layout->addWidget(m_ids, 1);
}

void TokenizerSide::showResult(const services::TokenizedText &t, int vocabSize)
{
    const QLocale locale;
    QHash<int, int> occurrences;
    for (int id : t.ids)
        ++occurrences[id];
    QList<TokenCell> cells;
    const int shown = std::min<int>(int(t.ids.size()), kMaxShownTokens);
    for (int i = 0; i < shown; ++i) {
        const int id = t.ids[std::size_t(i)];
        // Spaces made visible: where a token starts is the point of this view.
        QString piece = t.pieces.value(i);
        // A token holding part of a multi-byte character has no text of its own: show its bytes.
        if (piece.contains(QChar(0xFFFD)))
            piece = t.displays.value(i);
        // WordPiece continues a word with "##" pieces: show the marker, it is the point here.
        if (t.displays.value(i).startsWith(QLatin1String("##")) && piece != t.displays.value(i))
            piece = t.displays.value(i);
        piece.replace(QLatin1Char(' '), QChar(0x00B7));
        cells.append(TokenCell{piece, kShades[i % 6],
                               tr("%1 · id %2 · occurs %3× in this text").arg(t.displays.value(i)).arg(id).arg(occurrences.value(id)),
                               false});
    }
    m_tokens->setTokens(cells);
    QString stats = tr("%1 tokens (%2 distinct) · %3 characters · %4 characters per token · vocabulary of %5")
                        .arg(locale.toString(qlonglong(t.ids.size())))
                        .arg(locale.toString(occurrences.size()))
                        .arg(locale.toString(t.characters))
                        .arg(QLocale().toString(t.ids.empty() ? 0.0 : double(t.characters) / double(t.ids.size()), 'f', 2))
                        .arg(locale.toString(vocabSize));
    if (shown < int(t.ids.size()))
        stats += tr(" · the first %1 tokens are shown").arg(shown);
    m_stats->setText(stats);
    QStringList ids;
    for (int i = 0; i < shown; ++i)
        ids << QString::number(t.ids[std::size_t(i)]);
    m_ids->setPlainText(ids.join(QLatin1Char(' ')));
}

void TokenizerSide::showMessage(const QString &message)
{
    m_tokens->clear();
    m_ids->clear();
    m_stats->setText(message);
}

TokenizerView::TokenizerView(TextService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tokenizerInput"));
    m_input->setPlaceholderText(tr("Type or paste text to tokenize"));
    m_input->setMaximumHeight(90);
    m_input->setPlainText(kSampleText);
    layout->addWidget(m_input);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_left = new TokenizerSide(split);
    m_right = new TokenizerSide(split);
    m_left->setObjectName(QStringLiteral("tokenizerLeft"));
    m_right->setObjectName(QStringLiteral("tokenizerRight"));
    layout->addWidget(split, 1);

    auto *learnBox = new QGroupBox(tr("Learn a BPE vocabulary on your text"), this);
    auto *learnLayout = new QVBoxLayout(learnBox);
    auto *row = new QHBoxLayout;
    m_corpus = new QLineEdit(learnBox);
    m_corpus->setObjectName(QStringLiteral("bpeCorpusEdit"));
    m_corpus->setPlaceholderText(tr("A text file (UTF-8, UTF-16 or Latin-1)"));
    auto *browse = new QPushButton(tr("Browse…"), learnBox);
    m_vocab = new QSpinBox(learnBox);
    m_vocab->setObjectName(QStringLiteral("bpeVocabBox"));
    m_vocab->setRange(260, 50000);
    m_vocab->setValue(1000);
    m_vocab->setToolTip(tr("Tokens in the vocabulary: the 256 bytes, the learned merges and <|endoftext|>"));
    m_learn = new QPushButton(tr("Learn"), learnBox);
    m_learn->setObjectName(QStringLiteral("bpeLearnButton"));
    m_cancelLearn = new QPushButton(tr("Stop"), learnBox);
    m_cancelLearn->setEnabled(false);
    row->addWidget(new QLabel(tr("Corpus"), learnBox));
    row->addWidget(m_corpus, 1);
    row->addWidget(browse);
    row->addWidget(new QLabel(tr("Vocabulary"), learnBox));
    row->addWidget(m_vocab);
    row->addWidget(m_learn);
    row->addWidget(m_cancelLearn);
    learnLayout->addLayout(row);
    auto *row2 = new QHBoxLayout;
    m_progress = new QProgressBar(learnBox);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_learnStatus = new QLabel(learnBox);
    m_learnStatus->setTextFormat(Qt::PlainText);
    m_learnStatus->setWordWrap(true);
    row2->addWidget(m_progress);
    row2->addWidget(m_learnStatus, 2);
    learnLayout->addLayout(row2);
    m_merges = new QListWidget(learnBox);
    m_merges->setObjectName(QStringLiteral("bpeMerges"));
    m_merges->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_merges->setUniformItemSizes(true);
    m_merges->setMaximumHeight(150);
    learnLayout->addWidget(m_merges);
    layout->addWidget(learnBox);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &TokenizerView::refresh);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (int s = 0; s < 2; ++s) {
        connect(side(s)->choice(), &QComboBox::currentIndexChanged, this, [this, s] { tokenizeSide(s); });
        connect(side(s)->openButton(), &QPushButton::clicked, this, [this, s] { openFolder(s); });
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Text to learn a vocabulary from"), QString(),
                                                          tr("Text files (*.txt *.md);;All files (*)"));
        if (!path.isEmpty())
            m_corpus->setText(path);
    });
    connect(m_learn, &QPushButton::clicked, this, [this] { learnBpe(m_corpus->text(), m_vocab->value()); });
    connect(m_cancelLearn, &QPushButton::clicked, this, [this] {
        if (m_learnJob)
            m_learnJob->cancel();
    });

    m_choices.append(Choice{tr("Character-level (from this text)"), nullptr});
    rebuildChoices();
    m_right->choice()->setCurrentIndex(0);
}

TokenizerView::~TokenizerView()
{
    for (auto &job : m_sideJobs)
        if (job)
            job->cancel();
    if (m_learnJob)
        m_learnJob->cancel();
}

void TokenizerView::rebuildChoices()
{
    for (int s = 0; s < 2; ++s) {
        QComboBox *combo = side(s)->choice();
        const QString current = combo->currentText();
        {
            const QSignalBlocker block(combo);
            combo->clear();
            for (const Choice &c : m_choices)
                combo->addItem(c.name);
            const int again = combo->findText(current);
            combo->setCurrentIndex(again >= 0 ? again : 0);
        }
    }
}

void TokenizerView::addTokenizer(const QString &name, std::shared_ptr<const engine::text::Tokenizer> tokenizer, int sideIndex)
{
    int at = -1;
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices[i].name == name)
            at = i;
    if (at >= 0)
        m_choices[at].tokenizer = std::move(tokenizer);
    else {
        m_choices.append(Choice{name, std::move(tokenizer)});
        at = int(m_choices.size()) - 1;
    }
    rebuildChoices();
    if (sideIndex == 0 || sideIndex == 1) {
        QComboBox *combo = side(sideIndex)->choice();
        if (combo->currentIndex() == at)
            tokenizeSide(sideIndex);
        else
            combo->setCurrentIndex(at);
    }
    // The other side may show the replaced tokenizer.
    for (int s = 0; s < 2; ++s)
        if (s != sideIndex && side(s)->choice()->currentIndex() == at)
            tokenizeSide(s);
}

void TokenizerView::setModelTokenizer(std::shared_ptr<const engine::text::Tokenizer> tokenizer, const QString &name)
{
    // The model's entry is always first.
    const QString label = tr("Model: %1").arg(name);
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].name.startsWith(tr("Model: "))) {
            m_choices.removeAt(i);
            break;
        }
    }
    m_choices.prepend(Choice{label, std::move(tokenizer)});
    rebuildChoices();
    m_left->choice()->setCurrentIndex(0);
    if (m_right->choice()->currentIndex() == 0 && m_choices.size() > 1)
        m_right->choice()->setCurrentIndex(1);
    refresh();
}

void TokenizerView::setText(const QString &text)
{
    m_input->setPlainText(text);
    refresh();
}

void TokenizerView::refresh()
{
    m_debounce->stop();
    tokenizeSide(0);
    tokenizeSide(1);
}

void TokenizerView::tokenizeSide(int s)
{
    const int index = side(s)->choice()->currentIndex();
    if (index < 0 || index >= m_choices.size())
        return;
    const QString text = m_input->toPlainText();
    std::shared_ptr<const engine::text::Tokenizer> tokenizer = m_choices[index].tokenizer;
    if (!tokenizer)
        tokenizer = std::make_shared<engine::text::CharTokenizer>(engine::text::CharTokenizer::fromText(text.toStdString()));
    const int vocab = tokenizer->vocabSize();
    if (m_sideJobs[s])
        disconnect(m_sideJobs[s], nullptr, this, nullptr);
    m_sideJobs[s] = m_service->tokenize(tokenizer, text, QStringLiteral("text.tokenize.%1").arg(s));
    connect(m_sideJobs[s], &Job::finished, this, [this, s, vocab, job = m_sideJobs[s]](JobState state, const QString &message) {
        if (state == JobState::Succeeded)
            side(s)->showResult(job->resultAs<services::TokenizedText>(), vocab);
        else if (state == JobState::Failed)
            side(s)->showMessage(tr("Cannot tokenize: %1").arg(message));
        Q_EMIT tokenized(s);
    });
}

void TokenizerView::openFolder(int s)
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Tokenizer or model folder"));
    if (folder.isEmpty())
        return;
    Job *job = m_service->loadTokenizer(folder);
    side(s)->showMessage(tr("Loading %1…").arg(folder));
    connect(job, &Job::finished, this, [this, s, job, folder](JobState state, const QString &message) {
        if (state == JobState::Succeeded)
            addTokenizer(QFileInfo(folder).fileName(), job->resultAs<std::shared_ptr<const engine::text::Tokenizer>>(), s);
        else
            side(s)->showMessage(tr("Cannot load a tokenizer from %1: %2").arg(folder, message));
    });
}

void TokenizerView::learnBpe(const QString &corpusPath, int vocabSize)
{
    if (m_learnJob || corpusPath.isEmpty()) {
        if (corpusPath.isEmpty())
            m_learnStatus->setText(tr("Choose a text file first."));
        return;
    }
    m_corpus->setText(corpusPath);
    m_vocab->setValue(vocabSize);
    m_merges->clear();
    m_progress->setValue(0);
    m_learn->setEnabled(false);
    m_cancelLearn->setEnabled(true);
    m_learnStatus->setText(tr("Learning merges…"));
    m_learnJob = m_service->trainTokenizer(corpusPath, vocabSize);
    connect(m_learnJob, &Job::progressChanged, this, [this](double f) { m_progress->setValue(int(f * 100)); });
    connect(m_learnJob, &Job::partialResult, this, [this](const engine::Partial &p) {
        const std::optional<services::LearnedMerge> merge = services::LearnedMerge::decode(p);
        if (!merge)
            return;
        const QString l = readableSpelling(QString::fromStdString(merge->left));
        const QString r = readableSpelling(QString::fromStdString(merge->right));
        m_merges->addItem(tr("#%1  %2 + %3 → %4   (%5×)").arg(merge->rank + 1, 5).arg(l, r, l + r).arg(QLocale().toString(qlonglong(merge->count))));
        m_merges->scrollToBottom();
    });
    const QString name = tr("BPE %1 on %2").arg(vocabSize).arg(QFileInfo(corpusPath).fileName());
    connect(m_learnJob, &Job::finished, this, [this, name, job = m_learnJob](JobState state, const QString &message) {
        m_learn->setEnabled(true);
        m_cancelLearn->setEnabled(false);
        m_progress->setValue(state == JobState::Succeeded ? 100 : m_progress->value());
        if (state == JobState::Succeeded) {
            const services::TrainedTokenizer t = job->resultAs<services::TrainedTokenizer>();
            m_learnStatus->setText(tr("%1 merges learned from %2 words (%3)%4")
                                       .arg(t.mergeCount)
                                       .arg(QLocale().toString(t.wordCount))
                                       .arg(t.corpusNote)
                                       .arg(t.reachedVocabSize ? QString() : tr("; stopped before the vocabulary size: no pair of tokens occurs often enough any more")));
            addTokenizer(name, t.tokenizer, 1);
        } else {
            m_learnStatus->setText(state == JobState::Canceled ? tr("Stopped.") : tr("Cannot learn: %1").arg(message));
        }
        Q_EMIT bpeLearned(state == JobState::Succeeded);
    });
}

} // namespace genlab::widgets::textlab
