#pragma once

#include "engine/vae/latentmath.h"

#include <QPointF>
#include <QPointer>
#include <QWidget>

class QCPCurve;
class QCPGraph;
class QCPItemEllipse;
class QCPLayer;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QToolButton;

namespace genlab::widgets {

class ExplorerState;

// The latent map: the encoded means of the data set in 2-D (the latent itself for a 2-D model, a
// PCA projection otherwise), one colour per class with a legend. Hovering shows the nearest real
// image; pressing decodes the point under the mouse (through the inverse projection) into the
// preview, and dragging moves it continuously. The current point and the interpolation paths are
// drawn on top. In pick mode a click hands the nearest data-set image to whoever asked instead.
// Thread: GUI only.
class LatentMapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LatentMapPanel(ExplorerState *state, QWidget *parent = nullptr);
    ~LatentMapPanel() override;

    QCustomPlot *plot() const { return m_plot; }
    // Widget (plot) coordinates of a map point, for tests and tools.
    QPoint pixelFor(const QPointF &mapPoint) const;
    QPointF mapPointAt(const QPoint &pixel) const;
    int hoveredIndex() const { return m_hovered; }
    QLabel *hoverPopup() const { return m_popup; }
    QString statusText() const;

    void setPickMode(bool on);
    bool pickMode() const { return m_pickMode; }

Q_SIGNALS:
    void pointPicked(int index); // pick mode: the data-set point nearest to the click
    void pickModeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showLoading(const QString &text);
    void updateCurrentMarker();
    void updatePaths();
    void hover(const QPoint &pixel);
    void hideHover();
    void moveCurrentTo(const QPoint &pixel);
    void resetView();
    void replotOverlay();

    ExplorerState *m_state;
    QCustomPlot *m_plot;
    QLabel *m_status;
    QLabel *m_popup;
    QToolButton *m_resetButton;
    QList<QCPGraph *> m_classGraphs;
    QCPGraph *m_current = nullptr;
    QCPGraph *m_hoverMark = nullptr;
    QCPCurve *m_lerpCurve = nullptr;
    QCPCurve *m_slerpCurve = nullptr;
    QCPLayer *m_overlay = nullptr;
    int m_hovered = -1;
    bool m_dragging = false;
    bool m_pickMode = false;
    QPoint m_pressPos;
};

} // namespace genlab::widgets
