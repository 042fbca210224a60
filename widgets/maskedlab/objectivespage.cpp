#include "widgets/maskedlab/objectivespage.h"
#include "widgets/maskedlab/maskcolor.h"

#include "services/job.h"
#include "widgets/components/formhelpers.h"
#include "widgets/maskedlab/candidatebars.h"
#include "widgets/maskedlab/fillmaskpage.h"
#include "widgets/maskedlab/spancorruptionpage.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"
#include "widgets/textlab/tokenview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::maskedlab {

using services::Job;
using services::JobState;
using textlab::TokenCell;

namespace {

const QColor kObjectiveColors[3] = {QColor(40, 110, 180), QColor(214, 96, 30), QColor(60, 150, 90)};

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

textlab::TokenView *tokenRow(QWidget *parent, QVBoxLayout *layout, const QString &objectName)
{
    auto *view = new textlab::TokenView;
    view->setObjectName(objectName);
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(view);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMaximumHeight(76);
    layout->addWidget(scroll);
    return view;
}

QList<TokenCell> plainCells(const QStringList &pieces, const std::function<QColor(int)> &colorOf)
{
    QList<TokenCell> cells;
    for (int i = 0; i < pieces.size(); ++i)
        cells.append(TokenCell{(i > 0 ? QStringLiteral(" ") : QString()) + pieces[i], colorOf(i),
                               textlab::quotedToken(pieces[i], 60), false});
    return cells;
}

} // namespace

void TargetCountBars::setCounts(int gpt, int bert, int t5)
{
    m_counts[0] = gpt;
    m_counts[1] = bert;
    m_counts[2] = t5;
    update();
}

void TargetCountBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QString names[3] = {tr("GPT"), tr("BERT"), tr("T5")};
    const int most = std::max({1, m_counts[0], m_counts[1], m_counts[2]});
    const int rowHeight = std::max(18, height() / 3 - 4);
    const int labelWidth = 46;
    const int barMax = std::max(20, width() - labelWidth - 40);
    for (int i = 0; i < 3; ++i) {
        const int y = i * (rowHeight + 4);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(0, y, labelWidth - 4, rowHeight), Qt::AlignRight | Qt::AlignVCenter, names[i]);
        const int w = std::max(2, barMax * m_counts[i] / most);
        p.fillRect(QRect(labelWidth, y + 3, w, rowHeight - 6), kObjectiveColors[i]);
        p.drawText(QRect(labelWidth + w + 4, y, 40, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(m_counts[i]));
    }
}

ObjectivesPage::ObjectivesPage(services::MaskedService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("objectivesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sentence"), this));
    m_sentence = new QLineEdit(FillMaskPage::defaultSentence(), this);
    m_sentence->setObjectName(QStringLiteral("objectivesSentence"));
    top->addWidget(m_sentence, 1);
    top->addWidget(new QLabel(tr("Seed"), this));
    m_seed = form::spinBox(this, 0, 1000000, 1, QStringLiteral("objectivesSeed"));
    m_seed->setToolTip(tr("Draws BERT's masks and T5's spans"));
    top->addWidget(m_seed);
    layout->addLayout(top);
    m_message = plainLabel(this, QStringLiteral("objectivesMessage"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    auto *counts = new QGroupBox(tr("Training targets from this sentence"), this);
    auto *countsLayout = new QVBoxLayout(counts);
    m_countBars = new TargetCountBars(counts);
    m_countBars->setObjectName(QStringLiteral("objectivesCountBars"));
    m_countBars->setMinimumHeight(72);
    countsLayout->addWidget(m_countBars);
    m_counts = plainLabel(counts, QStringLiteral("objectivesCounts"));
    countsLayout->addWidget(m_counts);
    row->addWidget(counts, 1);
    auto *idea = plainLabel(this, QString());
    idea->setText(tr("Three ways to make a language model learn from plain text. GPT predicts every next token, "
                     "left to right: one target per token. BERT sees the whole sentence with about 15 % of it "
                     "masked and fills the masks. T5 cuts out spans, puts a sentinel in each place, and writes "
                     "the spans back."));
    row->addWidget(idea, 2);
    layout->addLayout(row);

    auto *gptBox = new QGroupBox(tr("GPT: the next token, at every position"), this);
    auto *gptLayout = new QVBoxLayout(gptBox);
    m_gpt = tokenRow(gptBox, gptLayout, QStringLiteral("objectivesGpt"));
    m_gptNote = plainLabel(gptBox, QStringLiteral("objectivesGptNote"));
    gptLayout->addWidget(m_gptNote);
    layout->addWidget(gptBox);

    auto *bertBox = new QGroupBox(tr("BERT: the masked tokens, seeing both sides"), this);
    auto *bertLayout = new QVBoxLayout(bertBox);
    m_bert = tokenRow(bertBox, bertLayout, QStringLiteral("objectivesBert"));
    m_bertNote = plainLabel(bertBox, QStringLiteral("objectivesBertNote"));
    bertLayout->addWidget(m_bertNote);
    m_bertBars = new CandidateBars(bertBox);
    m_bertBars->setObjectName(QStringLiteral("objectivesBertBars"));
    m_bertBars->setMinimumHeight(110);
    bertLayout->addWidget(m_bertBars, 1);
    layout->addWidget(bertBox, 1);

    auto *t5Box = new QGroupBox(tr("T5: the corrupted spans, written back"), this);
    auto *t5Layout = new QVBoxLayout(t5Box);
    m_t5Input = tokenRow(t5Box, t5Layout, QStringLiteral("objectivesT5Input"));
    m_t5Target = tokenRow(t5Box, t5Layout, QStringLiteral("objectivesT5Target"));
    m_t5Note = plainLabel(t5Box, QStringLiteral("objectivesT5Note"));
    t5Layout->addWidget(m_t5Note);
    layout->addWidget(t5Box);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ObjectivesPage::refresh);
    connect(m_sentence, &QLineEdit::textChanged, this, [this] {
        m_clickedWords.clear();
        m_debounce->start();
        Q_EMIT settingsChanged();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] {
        m_clickedWords.clear();
        m_debounce->start();
        Q_EMIT settingsChanged();
    });
    connect(m_bert, &textlab::TokenView::tokenClicked, this, [this](int index) {
        if (!m_result || index < 0 || index >= int(m_result->bert.words.size()))
            return;
        const int word = m_result->bert.words[std::size_t(index)].word;
        if (word < 0)
            return;
        if (m_clickedWords.isEmpty())
            m_clickedWords = m_result->bert.request.maskedWords;
        if (m_clickedWords.contains(word))
            m_clickedWords.removeAll(word);
        else
            m_clickedWords.append(word);
        refresh();
    });
}

ObjectivesPage::~ObjectivesPage()
{
    if (m_job)
        m_job->cancel();
}

void ObjectivesPage::setText(const QString &text)
{
    m_sentence->setText(text);
    refresh();
}

void ObjectivesPage::setSeed(quint64 seed)
{
    m_seed->setValue(int(std::min<quint64>(seed, 1000000)));
    refresh();
}

bool ObjectivesPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString ObjectivesPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ObjectivesPage::refresh()
{
    m_debounce->stop();
    services::ObjectivesRequest request;
    request.text = m_sentence->text();
    request.seed = quint64(m_seed->value());
    request.maskedWords = m_clickedWords;
    m_job = m_service->objectives(request);
    connect(m_job, &Job::finished, this, [this, job = m_job](JobState state, const QString &message) {
        if (state == JobState::Canceled)
            return;
        if (state != JobState::Succeeded) {
            m_message->setText(message);
            m_message->show();
            Q_EMIT failed(message);
            return;
        }
        show(job->resultAs<services::ObjectivesOutcome>());
    });
}

void ObjectivesPage::show(const services::ObjectivesOutcome &r)
{
    m_result = r;
    m_message->setText(r.notice);
    m_message->setVisible(!r.notice.isEmpty());

    // GPT: token i+1 coloured by the probability the model gave it after tokens 0..i.
    QList<TokenCell> gpt;
    for (int i = 0; i < r.gptPieces.size(); ++i) {
        TokenCell cell;
        cell.text = r.gptPieces[i];
        if (i == 0) {
            cell.muted = true;
            cell.toolTip = tr("The first token has no context: nothing predicts it");
        } else if (i - 1 < int(r.gpt.size())) {
            const auto &p = r.gpt[std::size_t(i - 1)];
            cell.background = textlab::probabilityColor(p.probabilityOfActual);
            cell.toolTip = tr("After %1 the model gave %2 a probability of %3 %; its favourite was %4 (%5 %)")
                               .arg(textlab::quotedToken(p.context))
                               .arg(textlab::quotedToken(p.actual))
                               .arg(QLocale().toString(p.probabilityOfActual * 100.0, 'f', 1))
                               .arg(textlab::quotedToken(p.predicted))
                               .arg(QLocale().toString(p.probabilityOfPredicted * 100.0, 'f', 1));
        }
        gpt.append(cell);
    }
    m_gpt->setTokens(gpt);
    int right = 0;
    for (const auto &p : r.gpt)
        right += p.predicted == p.actual ? 1 : 0;
    m_gptNote->setText(r.gpt.empty() ? tr("No GPT model: the Text lab's shipped model is missing.")
                                     : tr("%1 targets: each token after the first is predicted from the ones before it "
                                          "(its colour is the probability it got; hover for the favourite). The "
                                          "favourite was right %2 times.")
                                           .arg(r.gptTargets)
                                           .arg(right));

    // BERT: the masked words, then the candidates at each mask.
    QList<TokenCell> bert;
    const QList<int> masked = r.bert.request.maskedWords;
    const QByteArray utf8 = r.bert.request.text.toUtf8();
    for (std::size_t i = 0; i < r.bert.words.size(); ++i) {
        const auto &p = r.bert.words[i];
        TokenCell cell;
        const bool isMasked = masked.contains(p.word);
        const QString written = !p.special && p.end > p.begin && p.end <= utf8.size()
                                    ? QString::fromUtf8(utf8.mid(p.begin, p.end - p.begin))
                                    : p.text;
        cell.text = (i > 0 && !p.continuation ? QStringLiteral(" ") : QString()) + (isMasked ? QStringLiteral("[MASK]") : written);
        cell.background = isMasked ? kMaskColor : QColor();
        cell.toolTip = isMasked ? tr("Masked %1: click to unmask").arg(textlab::quotedToken(p.text)) : tr("Click to mask this word");
        bert.append(cell);
    }
    m_bert->setTokens(bert);
    QStringList titles, answers;
    for (const auto &mask : r.bert.masks) {
        QString answer;
        for (const auto &p : r.bert.words)
            if (p.word == mask.word && !p.continuation) {
                answer = p.text;
                break;
            }
        titles << tr("[MASK] for %1").arg(textlab::quotedToken(answer));
        answers << answer;
    }
    m_bertBars->setPredictions(r.bert.masks, titles, answers);
    m_bertNote->setText(r.bert.words.empty() ? tr("No BERT model is loaded.")
                                             : tr("%1 targets: only the masked tokens are predicted, each from the whole "
                                                  "sentence around it. Click words to choose other masks.")
                                                   .arg(r.bertTargets));

    // T5: input with sentinels, target with the spans and the model's fill.
    m_t5Input->setTokens(plainCells(r.t5.inputPieces, [&r](int i) {
        return r.t5.inputPieces[i].startsWith(QLatin1String("<extra_id_")) ? QColor(220, 220, 220) : QColor();
    }));
    m_t5Target->setTokens(plainCells(r.t5.targetPieces, [&r](int i) {
        return r.t5.targetPieces[i].startsWith(QLatin1String("<extra_id_")) ? QColor(220, 220, 220) : spanColor(0);
    }));
    QString fill;
    for (int k = 0; k < r.t5.filled.size(); ++k)
        fill += QStringLiteral(" <extra_id_%1> %2").arg(k).arg(r.t5.filled[k]);
    m_t5Note->setText(tr("%1 targets: the decoder writes each sentinel and the span behind it (spans drawn: %2, "
                         "expected: %3). The small T5's answer:%4")
                          .arg(r.t5Targets)
                          .arg(r.t5.drawnSpans)
                          .arg(QLocale().toString(r.t5.expectedSpans, 'f', 1))
                          .arg(fill.isEmpty() ? tr(" (no T5 model)") : fill));

    m_countBars->setCounts(r.gptTargets, r.bertTargets, r.t5Targets);
    m_counts->setText(tr("GPT %1 · BERT %2 · T5 %3 (tokens counted with each model's own tokenizer)")
                          .arg(r.gptTargets)
                          .arg(r.bertTargets)
                          .arg(r.t5Targets));
    Q_EMIT updated();
}

QJsonObject ObjectivesPage::saveState() const
{
    QJsonObject s;
    s.insert(QStringLiteral("text"), m_sentence->text());
    s.insert(QStringLiteral("seed"), m_seed->value());
    return s;
}

void ObjectivesPage::restoreState(const QJsonObject &s)
{
    const QSignalBlocker b1(m_sentence), b2(m_seed);
    if (s.value(QStringLiteral("text")).isString())
        m_sentence->setText(s.value(QStringLiteral("text")).toString().left(4000));
    if (s.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(std::clamp(s.value(QStringLiteral("seed")).toInt(), 0, 1000000));
    m_clickedWords.clear();
    refresh();
}

} // namespace genlab::widgets::maskedlab
