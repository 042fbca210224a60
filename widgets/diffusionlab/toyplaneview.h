#pragma once

#include "engine/diffusion/toydiffusion.h"

#include <QString>
#include <QWidget>

#include <vector>

namespace genlab::widgets::diffusionlab {

// The toy diffusion's plane: the toy's own points faint behind everything, the learned noise
// prediction at one t as arrows on a grid (each points along −ε̂, the way denoising moves a point
// there; its length grows with |ε̂| up to one cell), the sampled points of one step of a run in
// front, and the paths a few of them took from the noise up to that step. Axes in the toy's
// coordinates, a caption ("step 12 of 50 · t = 152") and a legend. Draws what it was given only;
// painting never waits on the model.
// Thread: GUI only.
class ToyPlaneView : public QWidget
{
    Q_OBJECT
public:
    enum Layer
    {
        Data = 0x1,
        Samples = 0x2,
        Field = 0x4,
        Paths = 0x8,
        AllLayers = 0xf
    };

    explicit ToyPlaneView(QWidget *parent = nullptr);

    void setDataPoints(const std::vector<float> &xy);
    // The points shown (x, y pairs) and, for the paths, the steps before them: trail[k] is step k's
    // points of the same run (steps 0..current); only the first kPathCount points get a path.
    void setPoints(const std::vector<float> &xy, std::vector<const std::vector<float> *> trail = {});
    void clearPoints();
    void setField(const engine::diffusion::ToyField &field);
    void clearField();
    void setCaption(const QString &caption);
    void setPlaceholder(const QString &text); // shown while there is nothing to draw
    void setLayers(int layers);
    int layers() const { return m_layers; }

    const std::vector<float> &points() const { return m_points; }
    const engine::diffusion::ToyField &field() const { return m_field; }
    bool hasField() const { return m_field.size > 0; }
    QString caption() const { return m_caption; }
    QPointF planeToWidget(double x, double y) const;

    static constexpr int kPathCount = 24;
    static constexpr double kExtent = 3.5; // the plane shows [-3.5, 3.5]^2, the field's default view

    QSize sizeHint() const override { return {620, 620}; }
    QSize minimumSizeHint() const override { return {240, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    void drawAxes(QPainter &p, const QRectF &r) const;
    void drawField(QPainter &p, const QRectF &r) const;
    void drawLegend(QPainter &p, const QRectF &r) const;

    std::vector<float> m_data;
    std::vector<float> m_points;
    std::vector<std::vector<QPointF>> m_paths; // plane coordinates
    engine::diffusion::ToyField m_field;
    QString m_caption;
    QString m_placeholder;
    int m_layers = AllLayers;
};

} // namespace genlab::widgets::diffusionlab
