#include "widgets/retrievallab/answerpage.h"
#include "widgets/retrievallab/messageline.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace genlab::widgets::retrievallab {

namespace er = engine::retrieval;
using services::Job;
using services::JobState;

namespace {

enum Column { ColPin, ColDrop, ColRank, ColSource, ColText, ColumnCount };

// The sentence as it reads, without a Markdown list marker in front.
QString sentenceText(const er::AnswerSentence &s)
{
    QString t = services::retrieval::fromStd(s.text).trimmed();
    if (t.size() > 2 && (t[0] == QLatin1Char('-') || t[0] == QLatin1Char('*') || t[0] == QLatin1Char('+')) && t[1] == QLatin1Char(' '))
        t = t.mid(2).trimmed();
    return t;
}

} // namespace

AnswerPage::AnswerPage(services::RetrievalService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("retrievalAnswerPage"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Question"), this));
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("retrievalQuestion"));
    m_question->setPlaceholderText(tr("The search's query, or another question about the same passages"));
    m_question->setClearButtonEnabled(true);
    row->addWidget(m_question, 1);
    row->addWidget(new QLabel(tr("Sentences"), this));
    m_sentences = new QSpinBox(this);
    m_sentences->setRange(1, 10);
    m_sentences->setValue(3);
    m_sentences->setToolTip(tr("How many sentences the extractive answer keeps"));
    row->addWidget(m_sentences);
    m_generatorBox = new QComboBox(this);
    m_generatorBox->setObjectName(QStringLiteral("retrievalGenerator"));
    m_generatorBox->addItem(tr("Extractive: sentences of the passages"));
    m_generatorBox->addItem(tr("Generate with a GPT model: lm-shakespeare-bpe (no question answerer)"));
    m_generatorBox->addItem(tr("Generate with a GPT model: Open GPT folder…"));
    m_generatorBox->setToolTip(tr("Where the answer comes from. A generated answer is checked sentence by sentence against the passages."));
    row->addWidget(m_generatorBox);
    row->addWidget(new QLabel(tr("Seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("retrievalGeneratorSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(int(engine::gpt::studioSamplingDefaults().seed));
    m_seed->setToolTip(tr("The sampling seed: the same passages and seed give the same generated answer"));
    m_seed->setEnabled(false);
    row->addWidget(m_seed);
    m_answerButton = new QPushButton(tr("Answer"), this);
    m_answerButton->setObjectName(QStringLiteral("retrievalAnswerButton"));
    m_answerButton->setDefault(true);
    row->addWidget(m_answerButton);
    m_againButton = new QPushButton(tr("Answer again"), this);
    m_againButton->setObjectName(QStringLiteral("retrievalAnswerAgain"));
    m_againButton->setToolTip(tr("Answer with the passages as pinned and dropped now, and show what changed"));
    m_againButton->setEnabled(false);
    row->addWidget(m_againButton);
    layout->addLayout(row);
    auto *note = new QLabel(tr("Extractive answers are sentences taken from the passages, each with its citation. A generated answer "
                               "is written by a GPT model from the prompt below; each of its sentences is then checked against the "
                               "passages (green with its [n]: a passage sentence shares most of its words; red: unsupported). "
                               "The shipped model lm-shakespeare-bpe is no question answerer: it continues text in Shakespeare's "
                               "style, so expect verse and red sentences."),
                            this);
    note->setObjectName(QStringLiteral("retrievalAnswerNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retrievalAnswerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_passages = new QTableWidget(0, ColumnCount, left);
    m_passages->setObjectName(QStringLiteral("retrievalAnswerPassages"));
    m_passages->setHorizontalHeaderLabels({tr("Pin"), tr("Drop"), tr("#"), tr("Source"), tr("Passage")});
    m_passages->horizontalHeader()->setSectionResizeMode(ColText, QHeaderView::Stretch);
    m_passages->verticalHeader()->hide();
    m_passages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_passages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_passages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_passages->setWordWrap(false);
    m_passages->setTextElideMode(Qt::ElideRight);
    m_passages->setToolTip(tr("Pin: always use the passage, first. Drop: leave it out."));
    auto *promptBox = new QWidget(left);
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    auto *promptRow = new QHBoxLayout;
    m_promptNote = new QLabel(promptBox);
    m_promptNote->setObjectName(QStringLiteral("retrievalPromptNote"));
    m_promptNote->setWordWrap(true);
    m_promptNote->setTextFormat(Qt::PlainText);
    promptRow->addWidget(m_promptNote, 1);
    m_promptReset = new QPushButton(tr("Rebuild prompt"), promptBox);
    m_promptReset->setObjectName(QStringLiteral("retrievalPromptReset"));
    m_promptReset->setToolTip(tr("Forget your edits: assemble the prompt from the chosen passages and the question again"));
    promptRow->addWidget(m_promptReset);
    promptLayout->addLayout(promptRow);
    m_prompt = new QPlainTextEdit(promptBox);
    m_prompt->setObjectName(QStringLiteral("retrievalPrompt"));
    m_prompt->setPlaceholderText(tr("The prompt a GPT model reads: the chosen passages, numbered, and the question"));
    promptLayout->addWidget(m_prompt, 1);
    left->addWidget(m_passages);
    left->addWidget(promptBox);
    auto *right = new QSplitter(Qt::Vertical, split);
    m_answerView = new QTextBrowser(right);
    m_answerView->setObjectName(QStringLiteral("retrievalAnswerView"));
    m_answerView->setOpenLinks(false);
    m_answerView->setPlaceholderText(tr("The answer, each sentence with the passage it comes from; click [n] to see the passage"));
    m_diff = new QTextBrowser(right);
    m_diff->setObjectName(QStringLiteral("retrievalAnswerDiff"));
    m_diff->setPlaceholderText(tr("After “Answer again”: the sentences added (green) and removed (red) since the previous answer"));
    right->addWidget(m_answerView);
    right->addWidget(m_diff);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_answerButton, &QPushButton::clicked, this, &AnswerPage::answer);
    connect(m_againButton, &QPushButton::clicked, this, &AnswerPage::answerAgain);
    connect(m_question, &QLineEdit::returnPressed, this, &AnswerPage::answer);
    connect(m_question, &QLineEdit::textEdited, this, [this] {
        m_questionTyped = !m_question->text().trimmed().isEmpty();
        rebuildPrompt();
        Q_EMIT settingsChanged();
    });
    connect(m_sentences, &QSpinBox::valueChanged, this, &AnswerPage::settingsChanged);
    connect(m_generatorBox, &QComboBox::activated, this, &AnswerPage::generatorChosen);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingPrompt || m_promptEdited)
            return;
        m_promptEdited = true;
        updatePromptState();
    });
    connect(m_promptReset, &QPushButton::clicked, this, &AnswerPage::resetPrompt);
    connect(m_passages, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ColPin && item->column() != ColDrop)
            return;
        // Pinned and dropped exclude each other.
        if (item->checkState() == Qt::Checked) {
            QTableWidgetItem *other = m_passages->item(item->row(), item->column() == ColPin ? ColDrop : ColPin);
            if (other && other->checkState() == Qt::Checked) {
                const QSignalBlocker block(m_passages);
                other->setCheckState(Qt::Unchecked);
            }
        }
        // A dropped passage is greyed out.
        const bool dropped = m_passages->item(item->row(), ColDrop)->checkState() == Qt::Checked;
        for (int c = ColRank; c < ColumnCount; ++c)
            if (QTableWidgetItem *cell = m_passages->item(item->row(), c))
                cell->setForeground(dropped ? QColor(0xa0, 0xa0, 0xa0) : palette().color(QPalette::Text));
        resetPrompt();
    });
    updatePromptState();
    connect(m_answerView, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("cite"))
            selectCitation(url.path().toInt());
    });
}

AnswerPage::~AnswerPage()
{
    if (m_job)
        m_job->cancel();
}

void AnswerPage::generatorChosen(int index)
{
    if (index == int(Generator::ModelFolder)) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a GPT-2-family model folder"), m_modelFolder);
        if (folder.isEmpty()) {
            // Cancelled: keep what was chosen before.
            const QSignalBlocker block(m_generatorBox);
            m_generatorBox->setCurrentIndex(int(m_generator == Generator::ModelFolder && !m_modelFolder.isEmpty() ? m_generator
                                                                                                                  : Generator::Extractive));
            setGenerator(Generator(m_generatorBox->currentIndex()), m_modelFolder);
            return;
        }
        setGenerator(Generator::ModelFolder, folder);
        return;
    }
    setGenerator(Generator(index));
}

void AnswerPage::setGenerator(Generator generator, const QString &modelFolder)
{
    m_generator = generator;
    if (generator == Generator::ModelFolder && !modelFolder.isEmpty())
        m_modelFolder = modelFolder;
    if (generator == Generator::ModelFolder && m_modelFolder.isEmpty())
        m_generator = Generator::Extractive;
    const QSignalBlocker block(m_generatorBox);
    m_generatorBox->setCurrentIndex(int(m_generator));
    m_generatorBox->setItemText(int(Generator::ModelFolder),
                                m_modelFolder.isEmpty() ? tr("Generate with a GPT model: Open GPT folder…")
                                                        : tr("Generate with a GPT model: %1 (Open GPT folder…)").arg(QDir(m_modelFolder).dirName()));
    m_seed->setEnabled(m_generator != Generator::Extractive);
    m_sentences->setEnabled(m_generator == Generator::Extractive);
    updatePromptState();
    Q_EMIT settingsChanged();
}

void AnswerPage::setSearch(const services::SearchOutcome &outcome)
{
    m_search = outcome;
    if (!m_questionTyped)
        m_question->setText(outcome.query);
    const QSignalBlocker block(m_passages);
    m_passages->clearContents();
    m_passages->setRowCount(int(outcome.passages.size()));
    int row = 0;
    for (const services::RetrievedPassage &p : outcome.passages) {
        for (int c : {int(ColPin), int(ColDrop)}) {
            auto *box = new QTableWidgetItem;
            box->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            box->setCheckState(Qt::Unchecked);
            m_passages->setItem(row, c, box);
        }
        auto *rank = new QTableWidgetItem(QString::number(row + 1));
        rank->setData(Qt::UserRole, qlonglong(p.hit.chunk));
        m_passages->setItem(row, ColRank, rank);
        auto *source = new QTableWidgetItem(p.location.describe());
        source->setToolTip(QDir::toNativeSeparators(p.location.path));
        m_passages->setItem(row, ColSource, source);
        auto *text = new QTableWidgetItem(p.text.simplified().left(200));
        text->setToolTip(p.text.simplified().left(800));
        m_passages->setItem(row, ColText, text);
        ++row;
    }
    for (int c = ColPin; c < ColText; ++c)
        m_passages->resizeColumnToContents(c);
    m_passages->setColumnWidth(ColSource, std::min(m_passages->columnWidth(ColSource), 260));
    resetPrompt();
}

void AnswerPage::setQuestion(const QString &question)
{
    m_question->setText(question);
    m_questionTyped = !question.trimmed().isEmpty();
    rebuildPrompt();
}

QString AnswerPage::question() const
{
    return m_question->text().trimmed();
}

void AnswerPage::setPinned(int row, bool pinned)
{
    if (QTableWidgetItem *item = m_passages->item(row, ColPin))
        item->setCheckState(pinned ? Qt::Checked : Qt::Unchecked);
}

void AnswerPage::setDropped(int row, bool dropped)
{
    if (QTableWidgetItem *item = m_passages->item(row, ColDrop))
        item->setCheckState(dropped ? Qt::Checked : Qt::Unchecked);
}

services::AnswerRequest AnswerPage::request() const
{
    services::AnswerRequest r;
    r.question = question();
    r.maxSentences = m_sentences->value();
    // Only a generator reads a prompt; the user's edit is sent as written.
    if (m_generator != Generator::Extractive && m_promptEdited)
        r.prompt = m_prompt->toPlainText();
    if (!m_search)
        return r;
    for (int row = 0; row < m_passages->rowCount() && row < int(m_search->passages.size()); ++row) {
        const er::ChunkId id = m_search->passages[std::size_t(row)].hit.chunk;
        r.hits.push_back(m_search->passages[std::size_t(row)].hit);
        if (m_passages->item(row, ColPin)->checkState() == Qt::Checked)
            r.pinned << id;
        if (m_passages->item(row, ColDrop)->checkState() == Qt::Checked)
            r.dropped << id;
    }
    return r;
}

// The passages in the order the answer uses them: pinned first, then the rest by rank.
std::vector<services::RetrievedPassage> AnswerPage::chosenPassages() const
{
    std::vector<services::RetrievedPassage> pinned, rest;
    if (!m_search)
        return {};
    for (int row = 0; row < m_passages->rowCount() && row < int(m_search->passages.size()); ++row) {
        const auto &p = m_search->passages[std::size_t(row)];
        if (m_passages->item(row, ColDrop)->checkState() == Qt::Checked)
            continue;
        (m_passages->item(row, ColPin)->checkState() == Qt::Checked ? pinned : rest).push_back(p);
    }
    pinned.insert(pinned.end(), rest.begin(), rest.end());
    return pinned;
}

void AnswerPage::resetPrompt()
{
    m_promptEdited = false;
    rebuildPrompt();
    updatePromptState();
}

// Says next to the box who reads the prompt: the extractive answer never does (the box is then
// read-only and greyed), a GPT model reads it as assembled or, once edited, as the user wrote it.
void AnswerPage::updatePromptState()
{
    const bool extractive = m_generator == Generator::Extractive;
    m_prompt->setReadOnly(extractive);
    m_prompt->setStyleSheet(extractive ? QStringLiteral("QPlainTextEdit { color: #888; background: #f2f2f2; }") : QString());
    m_promptReset->setEnabled(m_promptEdited);
    QString note;
    if (extractive)
        note = tr("Not used by the extractive answer: it reads no prompt, it picks the passages' sentences that best match the "
                  "question. Choose “Generate with a GPT model” to send this prompt (and edit it).");
    else if (m_promptEdited)
        note = tr("Edited: the GPT model reads this text exactly as you wrote it. Pin, Drop or “Rebuild prompt” assemble it again.");
    else
        note = tr("The prompt the GPT model reads, assembled from the chosen passages and the question; edit it to change what the "
                  "model reads.");
    m_promptNote->setText(note);
    m_promptNote->setStyleSheet(m_promptEdited && !extractive ? QStringLiteral("QLabel { color: #8a5a00; }")
                                                              : QStringLiteral("QLabel { color: #555; }"));
}

void AnswerPage::rebuildPrompt()
{
    if (m_promptEdited)
        return;
    m_settingPrompt = true;
    m_prompt->setPlainText(m_search ? services::retrieval::assemblePrompt(question(), chosenPassages()) : QString());
    m_settingPrompt = false;
}

bool AnswerPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

void AnswerPage::setMessage(const QString &text, bool error)
{
    showMessage(m_message, text, error);
    m_message->setVisible(!text.isEmpty());
}

QString AnswerPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AnswerPage::answer()
{
    run(false);
}

void AnswerPage::answerAgain()
{
    run(true);
}

void AnswerPage::run(bool compare)
{
    if (question().isEmpty()) {
        setMessage(tr("Type a question first."), true);
        Q_EMIT failed(m_message->text());
        return;
    }
    const services::AnswerRequest r = request();
    if (r.hits.empty()) {
        setMessage(tr("There are no passages to answer from: search on the Search page first."), true);
        Q_EMIT failed(m_message->text());
        return;
    }
    if (int(r.dropped.size()) == int(r.hits.size())) {
        setMessage(tr("Every passage is dropped: keep at least one."), true);
        Q_EMIT failed(m_message->text());
        return;
    }
    if (m_generator != Generator::Extractive) {
        setMessage(tr("Generating…"), false);
        m_streamed.clear();
        m_answerView->clear();
        m_diff->clear();
        Job *job = m_service->generate(r, m_generator == Generator::ModelFolder ? m_modelFolder : QString(), quint64(m_seed->value()));
        m_job = job;
        connect(job, &Job::partialResult, this, [this, job](const engine::Partial &partial) {
            if (job != m_job)
                return;
            if (auto piece = engine::gpt::GeneratedPiece::decode(partial)) {
                m_streamed += QString::fromStdString(piece->text);
                m_answerView->setPlainText(m_streamed);
            }
        });
        connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
            if (job != m_job)
                return;
            if (state == JobState::Succeeded) {
                showGenerated(job->resultAs<services::GenerativeOutcome>());
            } else if (state == JobState::Failed) {
                setMessage(tr("No generated answer: %1").arg(message), true);
                Q_EMIT failed(message);
            }
        });
        return;
    }
    setMessage(tr("Answering…"), false);
    Job *job = m_service->answer(r);
    m_job = job;
    connect(job, &Job::finished, this, [this, job, compare](JobState state, const QString &message) {
        if (job != m_job)
            return;
        if (state == JobState::Succeeded) {
            show(job->resultAs<services::AnswerOutcome>(), compare);
        } else if (state == JobState::Failed) {
            setMessage(tr("No answer: %1").arg(message), true);
            Q_EMIT failed(message);
        }
    });
}

void AnswerPage::showGenerated(const services::GenerativeOutcome &outcome)
{
    m_generated = outcome;
    m_showingGenerated = true;
    m_againButton->setEnabled(true);
    m_diff->clear();
    if (!m_promptEdited) {
        m_settingPrompt = true;
        m_prompt->setPlainText(QString::fromStdString(outcome.answer.prompt));
        m_settingPrompt = false;
    }
    const auto &a = outcome.answer;
    QString html;
    if (outcome.shippedModel)
        html += QStringLiteral("<p style=\"color:#8a5a00\">%1</p>")
                    .arg(tr("lm-shakespeare-bpe was trained to continue Shakespeare's plays: it is no question answerer, so "
                            "its sentences are rarely supported by the passages.")
                             .toHtmlEscaped());
    int supported = 0;
    if (a.sentences.empty())
        html += QStringLiteral("<p style=\"color:#b00020\">%1</p>").arg(tr("The model wrote no sentence.").toHtmlEscaped());
    for (const er::GeneratedSentence &s : a.sentences) {
        const QString attention = s.attentionPassage > 0 ? tr("; most attention on passage [%1] (%2 of it)")
                                                               .arg(s.attentionPassage)
                                                               .arg(QLocale().toString(s.attentionShare[std::size_t(s.attentionPassage - 1)], 'f', 2))
                                                         : QString();
        QString cites;
        for (int n : s.citations) {
            const QString where = n >= 1 && n <= int(outcome.passages.size()) ? outcome.passages[std::size_t(n - 1)].location.describe()
                                                                                : QString();
            cites += QStringLiteral(" <a href=\"cite:%1\" title=\"%2\">[%1]</a>").arg(n).arg(where.toHtmlEscaped());
        }
        if (s.supported) {
            ++supported;
            html += QStringLiteral("<p style=\"color:#1b7f2a\" title=\"%3\">%1%2</p>")
                        .arg(services::retrieval::fromStd(s.text).toHtmlEscaped(), cites,
                             (tr("supported: overlap %1 with passage [%2], line %3").arg(QLocale().toString(s.overlap, 'f', 2)).arg(s.support.passage).arg(s.support.line) +
                              attention)
                                 .toHtmlEscaped());
        } else {
            html += QStringLiteral("<p style=\"color:#b00020\">%1%2 <i>(%3)</i></p>")
                        .arg(services::retrieval::fromStd(s.text).toHtmlEscaped(), cites,
                             (tr("unsupported: best overlap %1").arg(QLocale().toString(s.overlap, 'f', 2)) + attention).toHtmlEscaped());
        }
    }
    html += QStringLiteral("<p style=\"color:#555\">%1<br>")
                .arg(tr("%1 of %2 sentences supported by the passages; seed %3, %4 prompt tokens.")
                         .arg(supported)
                         .arg(a.sentences.size())
                         .arg(a.seed)
                         .arg(a.promptTokens)
                         .toHtmlEscaped());
    for (const std::string &n : a.notices)
        html += services::retrieval::fromStd(n).toHtmlEscaped() + QStringLiteral("<br>");
    for (std::size_t i = 0; i < outcome.passages.size(); ++i)
        html += QStringLiteral("<a href=\"cite:%1\">[%1]</a> %2<br>").arg(i + 1).arg(outcome.passages[i].location.describe().toHtmlEscaped());
    html += QStringLiteral("</p>");
    m_answerView->setHtml(html);
    setMessage(QString(), false);
    Q_EMIT answered();
}

void AnswerPage::show(const services::AnswerOutcome &outcome, bool compare)
{
    m_showingGenerated = false;
    if (compare && m_answer)
        m_previous = m_answer;
    else
        m_previous.reset();
    m_answer = outcome;
    m_againButton->setEnabled(true);
    if (!m_promptEdited) {
        m_settingPrompt = true;
        m_prompt->setPlainText(outcome.prompt);
        m_settingPrompt = false;
    }
    const auto &a = outcome.answer;
    QString html;
    if (a.sentences.empty()) {
        html = QStringLiteral("<p style=\"color:#b00020\">%1</p>")
                   .arg(a.notice.empty() ? tr("No sentence of these passages answers it.").toHtmlEscaped()
                                         : services::retrieval::fromStd(a.notice).toHtmlEscaped());
    } else {
        for (const er::AnswerSentence &s : a.sentences) {
            const auto &c = s.citation;
            const QString where = c.passage >= 1 && c.passage <= int(outcome.passages.size())
                                      ? outcome.passages[std::size_t(c.passage - 1)].location.describe()
                                      : QString();
            html += QStringLiteral("<p>%1 <a href=\"cite:%2\" title=\"%3\">[%2]</a></p>")
                        .arg(sentenceText(s).toHtmlEscaped())
                        .arg(c.passage)
                        .arg(where.toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"color:#555\">");
        for (std::size_t i = 0; i < outcome.passages.size(); ++i)
            html += QStringLiteral("<a href=\"cite:%1\">[%1]</a> %2<br>").arg(i + 1).arg(outcome.passages[i].location.describe().toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_answerView->setHtml(html);

    // What changed since the previous answer, sentence by sentence.
    if (!m_previous) {
        m_diff->clear();
    } else {
        std::set<QString> before, after;
        for (const auto &s : m_previous->answer.sentences)
            before.insert(sentenceText(s));
        for (const auto &s : a.sentences)
            after.insert(sentenceText(s));
        QString d;
        int added = 0, removed = 0;
        for (const auto &s : m_previous->answer.sentences)
            if (!after.count(sentenceText(s))) {
                ++removed;
                d += QStringLiteral("<p style=\"color:#b00020\">− <s>%1</s></p>").arg(sentenceText(s).toHtmlEscaped());
            }
        for (const auto &s : a.sentences) {
            const bool isNew = !before.count(sentenceText(s));
            added += isNew ? 1 : 0;
            d += isNew ? QStringLiteral("<p style=\"color:#1b7f2a\">+ %1</p>").arg(sentenceText(s).toHtmlEscaped())
                       : QStringLiteral("<p style=\"color:#777\">= %1</p>").arg(sentenceText(s).toHtmlEscaped());
        }
        const QString head = added == 0 && removed == 0
                                 ? tr("The same sentences as the previous answer.")
                                 : tr("Since the previous answer: sentences added %1, removed %2.").arg(added).arg(removed);
        m_diff->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(head.toHtmlEscaped()) + d);
    }
    setMessage(QString(), false);
    Q_EMIT answered();
}

void AnswerPage::selectCitation(int n)
{
    const std::vector<services::RetrievedPassage> *passages =
        m_showingGenerated && m_generated ? &m_generated->passages : m_answer ? &m_answer->passages : nullptr;
    if (!passages || n < 1 || n > int(passages->size()))
        return;
    const er::ChunkId id = (*passages)[std::size_t(n - 1)].hit.chunk;
    for (int row = 0; row < m_passages->rowCount(); ++row)
        if (QTableWidgetItem *item = m_passages->item(row, ColRank); item && item->data(Qt::UserRole).toLongLong() == id) {
            m_passages->selectRow(row);
            m_passages->scrollToItem(item);
            return;
        }
}

QJsonObject AnswerPage::saveState() const
{
    QJsonObject s;
    if (m_questionTyped)
        s.insert(QStringLiteral("question"), question());
    s.insert(QStringLiteral("sentences"), m_sentences->value());
    return s;
}

void AnswerPage::restoreState(const QJsonObject &s)
{
    if (const QJsonValue v = s.value(QStringLiteral("question")); v.isString() && !v.toString().trimmed().isEmpty())
        setQuestion(v.toString().left(2000));
    if (const QJsonValue v = s.value(QStringLiteral("sentences")); v.isDouble())
        m_sentences->setValue(std::clamp(v.toInt(), 1, 10));
}

} // namespace genlab::widgets::retrievallab
