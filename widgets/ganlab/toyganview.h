#pragma once

#include "engine/gan/toygan.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace genlab::widgets::ganlab {

// The toy GAN's plane, as GAN Lab draws it: D's output as a heat map behind everything (orange
// where D says "real", blue where it says "fake"), the real points (green), the fake points
// (magenta), G's gradient on every fake point as a short arrow (where the generator's loss pushes
// it), and the manifold: a grid in noise space mapped through G, drawn as a deformed mesh. Each layer
// can be switched off. Draws the latest snapshot only; painting never waits on the model.
// In draw mode the user makes a data set: a click adds a point, a drag sprays a few around the
// cursor, a right-click clears them; the drawn points are shown over the game, which keeps running.
// Thread: GUI only.
class ToyGanView : public QWidget
{
    Q_OBJECT
public:
    enum Layer { HeatMap = 0x1, RealPoints = 0x2, FakePoints = 0x4, Gradients = 0x8, Manifold = 0x10, AllLayers = 0x1f };

    explicit ToyGanView(QWidget *parent = nullptr);

    void setSnapshot(const engine::gan::ToySnapshot &snapshot);
    const engine::gan::ToySnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_has; }
    void setLayers(int layers);
    int layers() const { return m_layers; }

    // Drawing a data set (x, y pairs in the plane's coordinates).
    void setDrawMode(bool on);
    bool drawMode() const { return m_drawing; }
    const std::vector<float> &drawnPoints() const { return m_drawn; }
    int drawnCount() const { return int(m_drawn.size() / 2); }
    void setDrawnPoints(const std::vector<float> &points);
    void clearDrawnPoints();
    // Between the plane and the widget (the current view's range).
    QPointF planeToWidget(double x, double y) const;
    QPointF widgetToPlane(const QPointF &p) const;

    QSize sizeHint() const override { return {520, 520}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

Q_SIGNALS:
    void drawnPointsChanged(int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    QPointF toWidget(double x, double y, const QRectF &r) const;
    void rebuildHeatMap();
    const engine::gan::ViewRequest &viewRange() const;
    void addPoint(const QPointF &widgetPos);
    void spray(const QPointF &widgetPos);

    engine::gan::ToySnapshot m_snapshot;
    QImage m_heat; // heatmapSize^2, rebuilt when a snapshot arrives, scaled when painted
    bool m_has = false;
    int m_layers = AllLayers;
    bool m_drawing = false;
    bool m_dragging = false;
    QPointF m_lastSpray;          // widget position of the last spray while dragging
    std::vector<float> m_drawn;   // x, y pairs
    quint64 m_sprays = 0;         // sprays so far: the seed of the next one's offsets
};

} // namespace genlab::widgets::ganlab
