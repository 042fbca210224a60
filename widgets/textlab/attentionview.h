#pragma once

#include "services/text/textservice.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPItemRect;
class QLabel;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {

class TokenView;

// Where the maps come from: the Text lab's GPT (causal: a token sees only itself and what came
// before) or the Masked lab's BERT (bidirectional: every token sees every other one).
struct AttentionSource
{
    std::function<bool()> ready;                                       // a model is loaded
    std::function<services::Job *(const std::vector<int> &ids)> compute; // result: services::TextAttention
    std::function<QString(int id)> piece;                              // a token's text
    bool causal = true;
};

// The Text lab's GPT as an attention source.
AttentionSource textModelAttention(services::TextService *service);

// Attention of the current text, per layer and head (or the mean of a layer's heads), as a heat
// map: row = the token that looks, column = the token looked at. Hovering a token (in the map or
// in the text below it) colours the text by where that token attends.
// Thread: GUI only.
class AttentionView : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionView(AttentionSource source, QWidget *parent = nullptr);
    // Said before the first text arrives.
    void setPlaceholder(const QString &text);
    ~AttentionView() override;

    // The text to show; computed when the view is visible (or at once with computeNow).
    void setIds(const std::vector<int> &ids);
    void computeNow();
    bool hasMaps() const { return !m_attention.ids.empty(); }
    const services::TextAttention &attention() const { return m_attention; }
    void setLayerHead(int layer, int head); // head -1: the mean of the layer's heads
    void hoverToken(int index);             // as a hover over token `index` of the window does
    float weight(int query, int key) const; // of the shown layer/head
    TokenView *tokenView() const { return m_tokens; }
    QCustomPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void mapsReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void onPlotHover(QMouseEvent *event);
    QString pieceOf(int index) const;

    AttentionSource m_source;
    QLabel *m_hint;
    std::vector<int> m_ids;
    bool m_dirty = false;
    services::TextAttention m_attention;
    QPointer<services::Job> m_job;
    QComboBox *m_layer, *m_head;
    QLabel *m_status;
    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPItemRect *m_rowMarker;
    TokenView *m_tokens;
    int m_hovered = -1;
};

} // namespace genlab::widgets::textlab
