#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QCheckBox;
class QLabel;
class QMouseEvent;
class QSlider;
class QTimer;

namespace genlab::widgets {

// The training plot every lab uses: named series of (step, value) with a legend, TensorBoard-style
// debiased EMA smoothing drawn over the faint raw curve, log-y, hover read-out, zoom/pan, a step
// cursor, CSV and PNG export.
//
// Feeding it is cheap at any rate: points are appended to the full data (kept for export and the
// read-out) and at most one replot per frame follows. What is drawn is a min/max-per-pixel-column
// reduction of the visible range, so 100,000 points per series draw as about 2 x plot width.
// Thread: GUI only.
class TrainingMonitor : public QWidget
{
    Q_OBJECT
public:
    enum class Axis { Left, Right };
    enum class YScale { Linear, Log };

    explicit TrainingMonitor(QWidget *parent = nullptr);
    ~TrainingMonitor() override;

    // Adds a series, or renames/recolours/moves an existing one (its data stays). An invalid colour
    // takes the next one of a palette that stays distinct for colour-blind readers.
    void addSeries(const QString &id, const QString &name, const QColor &color = {}, Axis axis = Axis::Left);
    void removeSeries(const QString &id);
    void clear();     // every series and its data
    void clearData(); // the points only; series, view settings and cursor stay
    // Drops every point at `step` or later (a resumed run retraces those steps).
    void removePointsFrom(double step);
    QStringList seriesIds() const;
    bool hasSeries(const QString &id) const;
    QString seriesName(const QString &id) const;

    // Appends a batch (steps[i], values[i]); the lists must be of equal length (the excess of the
    // longer is ignored with a warning). Steps are expected to grow; an older step is sorted in.
    // NaN/Inf values are kept (a gap in the curve) and do not disturb the smoothing. Unknown series
    // are created with the id as name.
    void appendPoints(const QString &seriesId, const QList<double> &steps, const QList<double> &values);
    void appendPoint(const QString &seriesId, double step, double value);

    // EMA weight in [0, 0.999] (TensorBoard's slider); 0 draws the raw curve only.
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    void setYScale(YScale scale);
    YScale yScale() const { return m_yScale; }
    // Axis titles; say the unit ("loss (nats)", "accuracy (%)"). The x title defaults to "training step".
    void setAxisTitles(const QString &x, const QString &left, const QString &right = {});

    // A vertical line at a step (the images shown belong to it); NaN removes it.
    void setStepCursor(double step);
    void clearStepCursor();
    double stepCursor() const { return m_cursorStep; }

    // The full data of a series (what CSV export writes).
    int pointCount(const QString &id) const;
    std::vector<double> steps(const QString &id) const;
    std::vector<double> rawValues(const QString &id) const;
    std::vector<double> smoothedValues(const QString &id) const;
    // Points handed to the plot for a series' smoothed curve after the last replot.
    int drawnPointCount(const QString &id) const;

    // Header "step,<name>,<name> (smoothed),..." then one row per distinct step (ascending); a
    // series without a point at that step leaves its cells empty.
    QString csv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // The plot as shown, at twice the screen resolution.
    bool exportPng(const QString &path, QString *error = nullptr);

    void replotNow(); // draw now; normally replots are coalesced to one per frame
    // Coalesces replots to one per intervalMs instead of one per frame (16 ms): for a lab whose
    // curves grow every frame (a 2-D GAN playing at hundreds of steps per second) beside views that
    // must stay fluid. The curves still follow the data, ten times a second at 100 ms.
    void setReplotInterval(int intervalMs);
    void resetView(); // follow the data again (also double-click)
    bool isFollowing() const { return m_following; }
    int replotCount() const { return m_replotCount; }
    QCustomPlot *plot() const { return m_plot; }
    QString readout() const; // the hover read-out's text as shown (plain text)

Q_SIGNALS:
    // The user clicked the plot (without dragging): the data step nearest to the click.
    void stepClicked(double step);
    void smoothingChanged(double weight);
    void yScaleChanged(genlab::widgets::TrainingMonitor::YScale scale);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Series;

    Series *find(const QString &id) const;
    void scheduleReplot();
    void prepareReplot();
    void resmooth(Series &s);
    void smoothFrom(Series &s, std::size_t first);
    void updateCursorItem();
    void updateReadout(const QPoint &pos);
    void clearReadout();
    double nearestDataStep(double x) const;
    void setRangeGuarded(bool x, double lower, double upper, Axis axis = Axis::Left);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onMouseMove(QMouseEvent *event);

    QCustomPlot *m_plot;
    QSlider *m_smoothingSlider;
    QLabel *m_smoothingLabel;
    QCheckBox *m_logCheck;
    QLabel *m_readout;
    QString m_readoutPlain;
    QTimer *m_replotTimer;
    QCPItemStraightLine *m_cursorLine = nullptr;
    QCPItemText *m_cursorText = nullptr;
    QCPItemTracer *m_tracer = nullptr;

    std::vector<std::unique_ptr<Series>> m_series; // legend order
    double m_smoothing = 0.6;
    YScale m_yScale = YScale::Linear;
    double m_cursorStep;
    bool m_following = true;
    bool m_refitY = false;
    bool m_adjustingRange = false;
    quint64 m_dataVersion = 1;
    quint64 m_sampledVersion = 0;
    double m_sampledLower = 0, m_sampledUpper = 0;
    int m_sampledColumns = 0;
    int m_replotCount = 0;
    int m_nextColor = 0;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace genlab::widgets
