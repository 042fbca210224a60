#pragma once

#include "engine/base/partial.h"
#include "engine/gan/featuremap.h"

#include <QWidget>

#include <map>

namespace genlab::widgets::ganlab {

// The image GAN's feature map (engine/gan/featuremap.h), GAN Lab's plane lifted to images: real
// images (circles) and G's fakes (triangles) on a fixed 2-D projection of the digit classifier's
// features, filled by D's score (blue: D says fake, orange: D says real; a colour bar beside
// it), each fake with an arrow for where a step along G's gradient would move it. The arrows are
// scaled together for display (their unscaled lengths compare within one step). Keeps a map per
// step and shows the one the training session's step slider points at; hovering a point shows its
// image enlarged with D's score and its class.
// The plot's extent grows to hold every map recorded so far and never shrinks while scrubbing,
// so a point that moves between steps is seen to move.
// Thread: GUI only.
class FeatureMapView : public QWidget
{
    Q_OBJECT
public:
    explicit FeatureMapView(QWidget *parent = nullptr);
    ~FeatureMapView() override;

    // Keeps map (replacing one of the same step). A map of step s also drops those recorded after
    // s: a resumed run retraces them.
    void record(const engine::gan::FeatureMapPreview &map);
    // Records the partial when it is a feature map (for TrainingSession::otherPartial); false,
    // and nothing changes, for any other kind.
    bool recordPartial(const engine::Partial &partial);
    // Shows the latest map recorded at or before step; -1: the latest of all (the default).
    void showStep(qint64 step);
    void clear();

    int mapCount() const { return int(m_maps.size()); }
    // The step of the map shown, -1 when none.
    qint64 shownStep() const;
    const engine::gan::FeatureMapPreview *shownMap() const;

    // The point of the shown map under pos (widget coordinates, within a few pixels of its
    // marker; the nearest when several), or -1. Indices are those of shownMap()->points.
    int pointAt(QPointF pos) const;
    // Where point index is drawn (widget coordinates); a null point when it is not shown.
    QPointF pointPosition(int index) const;
    // The point whose image is shown (under the mouse), -1 when none.
    int hoveredIndex() const { return m_hovered; }

    QSize sizeHint() const override { return {560, 480}; }
    QSize minimumSizeHint() const override { return {280, 240}; }

Q_SIGNALS:
    void hoveredChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF plot;
        QRectF colourBar;
        QRectF legend;
        QRectF title;
    };
    Layout layout() const;
    QPointF toWidget(double x, double y, const QRectF &plot) const;
    void setHovered(int index);
    void growExtent(const engine::gan::FeatureMapPreview &map);
    void updateShown();
    double colourValue(const engine::gan::FeatureMapPreview &map, float score) const;
    void drawPopup(QPainter &p, const Layout &l, const engine::gan::FeatureMapPreview &map) const;
    void drawLegend(QPainter &p, const Layout &l, const engine::gan::FeatureMapPreview &map) const;
    void drawColourBar(QPainter &p, const Layout &l, const engine::gan::FeatureMapPreview &map) const;

    std::map<qint64, engine::gan::FeatureMapPreview> m_maps;
    qint64 m_requested = -1; // the step asked for; -1: the latest
    const engine::gan::FeatureMapPreview *m_shown = nullptr;
    QRectF m_extent; // in map units, every recorded point inside; null until the first map
    double m_rawLow = 0, m_rawHigh = 0; // raw D outputs of every recorded map (least squares, hinge)
    int m_hovered = -1;
};

} // namespace genlab::widgets::ganlab
