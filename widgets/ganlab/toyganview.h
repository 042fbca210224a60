#pragma once

#include "engine/gan/toygan.h"

#include <QImage>
#include <QWidget>

namespace genlab::widgets::ganlab {

// The toy GAN's plane, as GAN Lab draws it: D's output as a heat map behind everything (orange
// where D says "real", blue where it says "fake"), the real points (green), the fake points
// (magenta), G's gradient on every fake point as a short arrow (where the generator's loss pushes
// it), and the manifold: a grid in noise space mapped through G, drawn as a deformed mesh. Each layer
// can be switched off. Draws the latest snapshot only; painting never waits on the model.
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

    QSize sizeHint() const override { return {520, 520}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    QPointF toWidget(double x, double y, const QRectF &r) const;
    void rebuildHeatMap();

    engine::gan::ToySnapshot m_snapshot;
    QImage m_heat; // heatmapSize^2, rebuilt when a snapshot arrives, scaled when painted
    bool m_has = false;
    int m_layers = AllLayers;
};

} // namespace genlab::widgets::ganlab
