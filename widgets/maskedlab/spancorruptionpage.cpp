#include "widgets/maskedlab/spancorruptionpage.h"

#include "services/job.h"
#include "widgets/components/formhelpers.h"
#include "widgets/maskedlab/fillmaskpage.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokenview.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::maskedlab {

using services::Job;
using services::JobState;
using textlab::TokenCell;

namespace {

const QColor kSentinelColor(60, 60, 70);
// Slider units: the rate in percent, the mean span in tenths.
constexpr int kRateMin = 1, kRateMax = 90;
constexpr int kSpanMin = 10, kSpanMax = 100;

bool isSentinel(const QString &piece)
{
    return piece.startsWith(QLatin1String("<extra_id_")) || piece == QLatin1String("</s>");
}

// k for "<extra_id_k>", -1 for anything else.
int sentinelIndex(const QString &piece)
{
    if (!piece.startsWith(QLatin1String("<extra_id_")) || !piece.endsWith(QLatin1Char('>')))
        return -1;
    bool ok = false;
    const int k = piece.mid(10, piece.size() - 11).toInt(&ok);
    return ok ? k : -1;
}

textlab::TokenView *addRow(QFormLayout *form, const QString &label, const QString &objectName, const QString &tip)
{
    auto *view = new textlab::TokenView;
    view->setObjectName(objectName);
    view->setSelectable(false);
    view->setToolTip(tip);
    auto *title = new QLabel(label);
    title->setToolTip(tip);
    form->addRow(title, view);
    return view;
}

QList<TokenCell> cellsOf(const QStringList &pieces, const std::function<QColor(int)> &colorOf)
{
    QList<TokenCell> cells;
    for (int i = 0; i < pieces.size(); ++i) {
        TokenCell cell;
        cell.text = (i > 0 ? QStringLiteral(" ") : QString()) + pieces[i];
        cell.background = colorOf(i);
        cell.toolTip = textlab::quotedToken(pieces[i], 60);
        cells.append(cell);
    }
    return cells;
}

} // namespace

QColor spanColor(int span)
{
    static const QColor colors[] = {QColor(253, 205, 150), QColor(170, 215, 245), QColor(200, 235, 170),
                                    QColor(240, 190, 225), QColor(250, 235, 150), QColor(200, 200, 245)};
    return colors[std::size_t(std::max(0, span)) % std::size(colors)];
}

SpanCorruptionPage::SpanCorruptionPage(services::MaskedService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("spanCorruptionPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sentence"), this));
    m_sentence = new QLineEdit(FillMaskPage::defaultSentence(), this);
    m_sentence->setObjectName(QStringLiteral("corruptSentence"));
    top->addWidget(m_sentence, 1);
    layout->addLayout(top);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Corruption rate"), this));
    m_rate = new QSlider(Qt::Horizontal, this);
    m_rate->setObjectName(QStringLiteral("corruptRate"));
    m_rate->setRange(kRateMin, kRateMax);
    m_rate->setValue(15);
    m_rate->setToolTip(tr("The share of the tokens dropped (T5 used 15 %)"));
    controls->addWidget(m_rate, 2);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setMinimumWidth(48);
    controls->addWidget(m_rateLabel);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Mean span"), this));
    m_span = new QSlider(Qt::Horizontal, this);
    m_span->setObjectName(QStringLiteral("corruptMeanSpan"));
    m_span->setRange(kSpanMin, kSpanMax);
    m_span->setValue(30);
    m_span->setToolTip(tr("The mean length of a dropped span, in tokens (T5 used 3)"));
    controls->addWidget(m_span, 2);
    m_spanLabel = new QLabel(this);
    m_spanLabel->setMinimumWidth(64);
    controls->addWidget(m_spanLabel);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Seed"), this));
    m_seed = form::spinBox(this, 0, 1000000, 1, QStringLiteral("corruptSeed"));
    controls->addWidget(m_seed);
    layout->addLayout(controls);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("corruptStats"));
    m_stats->setWordWrap(true);
    m_stats->setTextFormat(Qt::PlainText);
    layout->addWidget(m_stats);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("corruptMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    auto *rows = new QFormLayout;
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_original = addRow(rows, tr("Sentence"), QStringLiteral("corruptOriginal"),
                        tr("The sentence as tokens; each coloured run is one span T5 drops"));
    m_input = addRow(rows, tr("Encoder input"), QStringLiteral("corruptInput"),
                     tr("What the encoder reads: the kept tokens, and one sentinel where each span was"));
    m_target = addRow(rows, tr("Decoder target"), QStringLiteral("corruptTarget"),
                      tr("What the decoder learns to write: each sentinel followed by the span it stands for, "
                         "and a last sentinel to end"));
    m_fill = addRow(rows, tr("T5's fill"), QStringLiteral("corruptFill"),
                    tr("What the small T5 trained here writes for each span"));
    layout->addLayout(rows);
    m_fillStatus = new QLabel(this);
    m_fillStatus->setObjectName(QStringLiteral("corruptFillStatus"));
    m_fillStatus->setWordWrap(true);
    m_fillStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fillStatus);
    auto *explain = new QLabel(tr("T5 learns by span corruption: a few runs of tokens are cut out and replaced by "
                                  "sentinels, and the model writes them back. Each sentence gives fewer targets "
                                  "than GPT's next token, but every target is a whole span."),
                               this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    layout->addWidget(explain);
    layout->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SpanCorruptionPage::refresh);
    auto changed = [this] {
        updateLabels();
        m_debounce->start();
        Q_EMIT settingsChanged();
    };
    connect(m_sentence, &QLineEdit::textChanged, this, changed);
    connect(m_rate, &QSlider::valueChanged, this, changed);
    connect(m_span, &QSlider::valueChanged, this, changed);
    connect(m_seed, &QSpinBox::valueChanged, this, changed);
    updateLabels();
}

SpanCorruptionPage::~SpanCorruptionPage()
{
    if (m_job)
        m_job->cancel();
}

void SpanCorruptionPage::updateLabels()
{
    m_rateLabel->setText(QStringLiteral("%1 %").arg(m_rate->value()));
    m_spanLabel->setText(tr("%1 tokens").arg(QLocale().toString(m_span->value() / 10.0, 'f', 1)));
}

void SpanCorruptionPage::setText(const QString &text)
{
    m_sentence->setText(text);
    refresh();
}

void SpanCorruptionPage::setRate(double rate)
{
    m_rate->setValue(std::clamp(int(std::lround(rate * 100)), kRateMin, kRateMax));
    refresh();
}

void SpanCorruptionPage::setMeanSpan(double meanSpan)
{
    m_span->setValue(std::clamp(int(std::lround(meanSpan * 10)), kSpanMin, kSpanMax));
    refresh();
}

void SpanCorruptionPage::setSeed(quint64 seed)
{
    m_seed->setValue(int(std::min<quint64>(seed, 1000000)));
    refresh();
}

services::CorruptRequest SpanCorruptionPage::request() const
{
    services::CorruptRequest r;
    r.text = m_sentence->text();
    r.rate = m_rate->value() / 100.0;
    r.meanSpan = m_span->value() / 10.0;
    r.seed = quint64(m_seed->value());
    r.fill = true;
    return r;
}

bool SpanCorruptionPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString SpanCorruptionPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SpanCorruptionPage::refresh()
{
    m_debounce->stop();
    m_job = m_service->corrupt(request());
    connect(m_job, &Job::finished, this, [this, job = m_job](JobState state, const QString &message) {
        if (state == JobState::Canceled)
            return;
        if (state != JobState::Succeeded) {
            m_message->setText(message);
            m_message->show();
            Q_EMIT failed(message);
            return;
        }
        show(job->resultAs<services::CorruptOutcome>());
    });
}

void SpanCorruptionPage::show(const services::CorruptOutcome &r)
{
    m_result = r;
    m_message->setText(r.notice);
    m_message->setVisible(!r.notice.isEmpty());
    m_original->setTokens(cellsOf(r.pieces, [&r](int i) {
        const int span = i < int(r.spanOf.size()) ? r.spanOf[std::size_t(i)] : -1;
        return span >= 0 ? spanColor(span) : QColor();
    }));
    // Sentinels by their number: <extra_id_k> has span k's colour, so input and target line up.
    auto sentinelColor = [](const QString &piece) {
        const int k = sentinelIndex(piece);
        return k >= 0 ? spanColor(k).darker(115) : QColor(220, 220, 220);
    };
    m_input->setTokens(cellsOf(r.inputPieces, [&](int i) {
        const QString &p = r.inputPieces[i];
        return isSentinel(p) ? sentinelColor(p) : QColor();
    }));
    int currentSpan = -1;
    m_target->setTokens(cellsOf(r.targetPieces, [&](int i) {
        const QString &p = r.targetPieces[i];
        if (isSentinel(p)) {
            currentSpan = sentinelIndex(p);
            return sentinelColor(p);
        }
        return currentSpan >= 0 ? spanColor(currentSpan) : QColor();
    }));
    QStringList fillPieces;
    QList<QColor> fillColors;
    for (int k = 0; k < r.filled.size(); ++k) {
        fillPieces << QStringLiteral("<extra_id_%1>").arg(k);
        fillColors << spanColor(k).darker(115);
        fillPieces << (r.filled[k].isEmpty() ? QStringLiteral("∅") : r.filled[k]);
        fillColors << spanColor(k);
    }
    m_fill->setTokens(cellsOf(fillPieces, [&](int i) { return fillColors.value(i); }));
    m_fillStatus->setText(r.filled.isEmpty() ? tr("No T5 model is loaded: only the corruption is shown.")
                                             : tr("The model's whole target: %1").arg(r.modelTarget));
    m_stats->setText(tr("%1 tokens · rate %2 % → %3 noise tokens · mean span %4 → expected %5 spans, drawn %6 · "
                        "the encoder reads %7 tokens, the decoder writes %8")
                         .arg(r.pieces.size())
                         .arg(QLocale().toString(r.request.rate * 100.0, 'f', 0))
                         .arg(r.noiseTokens)
                         .arg(QLocale().toString(r.request.meanSpan, 'f', 1))
                         .arg(QLocale().toString(r.expectedSpans, 'f', 2))
                         .arg(r.drawnSpans)
                         .arg(r.inputPieces.size())
                         .arg(r.targetPieces.size()));
    Q_EMIT updated();
}

QJsonObject SpanCorruptionPage::saveState() const
{
    QJsonObject s;
    s.insert(QStringLiteral("text"), m_sentence->text());
    s.insert(QStringLiteral("rate"), m_rate->value() / 100.0);
    s.insert(QStringLiteral("meanSpan"), m_span->value() / 10.0);
    s.insert(QStringLiteral("seed"), m_seed->value());
    return s;
}

void SpanCorruptionPage::restoreState(const QJsonObject &s)
{
    const QSignalBlocker b1(m_sentence), b2(m_rate), b3(m_span), b4(m_seed);
    if (s.value(QStringLiteral("text")).isString())
        m_sentence->setText(s.value(QStringLiteral("text")).toString().left(4000));
    if (s.value(QStringLiteral("rate")).isDouble())
        m_rate->setValue(std::clamp(int(std::lround(s.value(QStringLiteral("rate")).toDouble() * 100)), kRateMin, kRateMax));
    if (s.value(QStringLiteral("meanSpan")).isDouble())
        m_span->setValue(std::clamp(int(std::lround(s.value(QStringLiteral("meanSpan")).toDouble() * 10)), kSpanMin, kSpanMax));
    if (s.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(std::clamp(s.value(QStringLiteral("seed")).toInt(), 0, 1000000));
    updateLabels();
    refresh();
}

} // namespace genlab::widgets::maskedlab
