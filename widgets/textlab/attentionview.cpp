#include "widgets/textlab/attentionview.h"

#include "services/job.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokencolors.h"
#include "widgets/textlab/tokenview.h"

#include "engine/text/tokenizer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

AttentionSource textModelAttention(TextService *service)
{
    AttentionSource source;
    source.ready = [service] { return service->hasModel(); };
    source.compute = [service](const std::vector<int> &ids) { return service->attention(ids); };
    source.piece = [service](int id) {
        const auto &tokenizer = service->model().tokenizer;
        if (!tokenizer || id < 0 || id >= tokenizer->vocabSize())
            return QStringLiteral("<%1>").arg(id);
        const std::string bytes = tokenizer->tokenBytes(id);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    };
    source.causal = true;
    return source;
}

AttentionView::AttentionView(AttentionSource source, QWidget *parent) : QWidget(parent), m_source(std::move(source))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_layer = new QComboBox(this);
    m_layer->setObjectName(QStringLiteral("layerCombo"));
    m_head = new QComboBox(this);
    m_head->setObjectName(QStringLiteral("headCombo"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("attentionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    row->addWidget(new QLabel(tr("Layer"), this));
    row->addWidget(m_layer);
    row->addWidget(new QLabel(tr("Head"), this));
    row->addWidget(m_head);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_plot = new QCustomPlot(split);
    m_plot->setObjectName(QStringLiteral("attentionPlot"));
    m_plot->setMinimumHeight(260);
    m_plot->setMouseTracking(true);
    m_plot->xAxis->setLabel(tr("attended token (key)"));
    m_plot->yAxis->setLabel(tr("attending token (query)"));
    m_plot->yAxis->setRangeReversed(true);
    m_plot->axisRect()->setupFullAxesBox(true);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    auto *scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->axis()->setLabel(tr("attention weight"));
    m_map->setColorScale(scale);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(255, 255, 255));
    gradient.setColorStopAt(0.25, QColor(170, 200, 235));
    gradient.setColorStopAt(1.0, QColor(10, 50, 130));
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_rowMarker = new QCPItemRect(m_plot);
    m_rowMarker->setPen(QPen(kChosenColor, 2));
    m_rowMarker->setBrush(Qt::NoBrush);
    m_rowMarker->setVisible(false);

    auto *below = new QWidget(split);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(m_source.causal
                            ? tr("Hover a token: the text is coloured by how much that token attends to each earlier one.")
                            : tr("Hover a token: the text is coloured by how much that token attends to each of the others, before and after it."),
                        below);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    belowLayout->addWidget(m_hint);
    m_tokens = new TokenView;
    m_tokens->setObjectName(QStringLiteral("attentionTokens"));
    m_tokens->setSelectable(false);
    auto *scroll = new QScrollArea(below);
    scroll->setWidget(m_tokens);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    belowLayout->addWidget(scroll, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &AttentionView::redraw);
    connect(m_head, &QComboBox::currentIndexChanged, this, &AttentionView::redraw);
    connect(m_tokens, &TokenView::tokenHovered, this, &AttentionView::hoverToken);
    connect(m_plot, &QCustomPlot::mouseMove, this, &AttentionView::onPlotHover);
    m_status->setText(tr("Generate a text first: its attention maps are shown here."));
}

void AttentionView::setPlaceholder(const QString &text)
{
    if (!hasMaps())
        m_status->setText(text);
}

AttentionView::~AttentionView()
{
    if (m_job)
        m_job->cancel();
}

void AttentionView::setIds(const std::vector<int> &ids)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    m_dirty = true;
    if (isVisible())
        computeNow();
}

void AttentionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        computeNow();
}

void AttentionView::computeNow()
{
    if (m_ids.empty() || !m_source.ready())
        return;
    m_dirty = false;
    m_status->setText(tr("Computing the attention maps…"));
    m_job = m_source.compute(m_ids);
    connect(m_job, &Job::finished, this, [this, job = m_job](JobState state, const QString &message) {
        if (state == JobState::Canceled)
            return;
        if (state != JobState::Succeeded) {
            m_status->setText(tr("Attention failed: %1").arg(message));
            return;
        }
        m_attention = job->resultAs<services::TextAttention>();
        const auto &maps = m_attention.maps;
        const int layer = std::max(0, m_layer->currentIndex());
        const int head = std::max(0, m_head->currentIndex());
        {
            const QSignalBlocker b1(m_layer), b2(m_head);
            m_layer->clear();
            for (int l = 0; l < maps.layers; ++l)
                m_layer->addItem(tr("%1 of %2").arg(l + 1).arg(maps.layers));
            m_head->clear();
            m_head->addItem(tr("mean of all heads"));
            for (int h = 0; h < maps.heads; ++h)
                m_head->addItem(tr("%1 of %2").arg(h + 1).arg(maps.heads));
            m_layer->setCurrentIndex(std::min(layer, maps.layers - 1));
            m_head->setCurrentIndex(std::min(head, maps.heads));
        }
        QList<TokenCell> cells;
        for (int i = 0; i < int(m_attention.ids.size()); ++i)
            cells.append(TokenCell{pieceOf(i), QColor(), tr("Token %1: %2").arg(i + 1).arg(quotedToken(pieceOf(i), 40)), false});
        m_tokens->setTokens(cells);
        m_hovered = -1;
        redraw();
        Q_EMIT mapsReady();
    });
}

QString AttentionView::pieceOf(int index) const
{
    if (index < 0 || index >= int(m_attention.ids.size()))
        return {};
    return m_source.piece(m_attention.ids[std::size_t(index)]);
}

float AttentionView::weight(int query, int key) const
{
    const auto &maps = m_attention.maps;
    if (maps.tokens == 0 || query < 0 || key < 0 || query >= maps.tokens || key >= maps.tokens)
        return 0;
    const int layer = std::clamp(m_layer->currentIndex(), 0, maps.layers - 1);
    const int head = m_head->currentIndex() - 1; // 0 is the mean
    if (head >= 0)
        return maps.at(layer, std::min(head, maps.heads - 1), query, key);
    float sum = 0;
    for (int h = 0; h < maps.heads; ++h)
        sum += maps.at(layer, h, query, key);
    return sum / float(maps.heads);
}

void AttentionView::setLayerHead(int layer, int head)
{
    m_layer->setCurrentIndex(layer);
    m_head->setCurrentIndex(head + 1);
}

void AttentionView::redraw()
{
    const int n = m_attention.maps.tokens;
    if (n == 0)
        return;
    m_map->data()->setSize(n, n);
    m_map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    for (int q = 0; q < n; ++q)
        for (int k = 0; k < n; ++k)
            m_map->data()->setCell(k, q, weight(q, k));
    m_map->setDataRange(QCPRange(0, 1));
    // Token labels on both axes, thinned out so they stay readable.
    const int step = std::max(1, int(std::ceil(n / 32.0)));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; i += step)
        ticker->addTick(i, quotedToken(pieceOf(i), 10));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(60);
    m_plot->xAxis->setRange(-0.5, n - 0.5);
    m_plot->yAxis->setRange(-0.5, n - 0.5);
    QString shown = tr("%1 tokens").arg(n);
    if (m_attention.droppedTokens > 0)
        shown = tr("the last %1 tokens (%2 earlier ones left out)").arg(n).arg(m_attention.droppedTokens);
    m_status->setText((m_source.causal ? tr("Layer %1, %2: %3. Each row sums to 1; a token only attends to itself and what came before.")
                                       : tr("Layer %1, %2: %3. Each row sums to 1; every token attends to the whole sentence, both ways."))
                          .arg(m_layer->currentIndex() + 1)
                          .arg(m_head->currentIndex() == 0 ? tr("mean of the heads") : tr("head %1").arg(m_head->currentIndex()))
                          .arg(shown));
    hoverToken(m_hovered);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AttentionView::hoverToken(int index)
{
    m_hovered = index;
    const int n = m_attention.maps.tokens;
    if (index < 0 || index >= n) {
        m_rowMarker->setVisible(false);
        QList<QColor> clear;
        for (int i = 0; i < m_tokens->count(); ++i)
            clear << QColor();
        m_tokens->setBackgrounds(clear);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    QList<QColor> colors;
    for (int k = 0; k < n; ++k)
        colors << (k == index ? QColor(255, 214, 170)
                              : (k < index || !m_source.causal) ? weightColor(weight(index, k)) : QColor());
    m_tokens->setBackgrounds(colors);
    m_rowMarker->topLeft->setCoords(-0.5, index - 0.5);
    m_rowMarker->bottomRight->setCoords(n - 0.5, index + 0.5);
    m_rowMarker->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void AttentionView::onPlotHover(QMouseEvent *event)
{
    const int n = m_attention.maps.tokens;
    if (n == 0)
        return;
    const int k = int(std::lround(m_plot->xAxis->pixelToCoord(event->position().x())));
    const int q = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
    if (k < 0 || q < 0 || k >= n || q >= n || !m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        QToolTip::hideText();
        return;
    }
    if (q != m_hovered)
        hoverToken(q);
    QToolTip::showText(event->globalPosition().toPoint(),
                       plainToolTip(tr("%1 (token %2) attends to %3 (token %4): %5 %")
                                        .arg(quotedToken(pieceOf(q), 30))
                                        .arg(q + 1)
                                        .arg(quotedToken(pieceOf(k), 30))
                                        .arg(k + 1)
                                        .arg(QLocale().toString(double(weight(q, k)) * 100, 'f', 1))),
                       m_plot);
}

} // namespace genlab::widgets::textlab
