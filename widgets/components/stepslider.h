#pragma once

#include "engine/base/image.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;

namespace genlab::widgets {

class ImageGridView;
class TrainingMonitor;

// Ties the training curves to what the model produced along the way: it keeps the images recorded
// at some steps (samples every N steps), and moving it picks one of those steps. bind() makes the
// monitor's cursor follow it, shows that step's images in a grid view, and lets a click on the
// plot pick the nearest recorded step. "Live" keeps it on the newest step while training runs.
// Thread: GUI only.
class StepSlider : public QWidget
{
    Q_OBJECT
public:
    explicit StepSlider(QWidget *parent = nullptr);
    ~StepSlider() override;

    // Records (or replaces) the images of a step. Past maxSnapshots() every second older
    // snapshot is dropped (the first, the newest and the one shown stay), so a long run keeps
    // snapshots spread over all of it in bounded memory.
    void record(qint64 step, std::vector<engine::Image> images, QStringList labels = {});
    // Empties it and follows the newest step again (a new run).
    void clear();
    // Drops the snapshots at `step` and later (a resumed run retraces them).
    void removeFrom(qint64 step);
    void setMaxSnapshots(int count); // at least 2; default kDefaultMaxSnapshots
    int maxSnapshots() const { return m_maxSnapshots; }
    static constexpr int kDefaultMaxSnapshots = 256;
    bool isEmpty() const { return m_snapshots.empty(); }
    int snapshotCount() const { return int(m_snapshots.size()); }
    QList<qint64> steps() const;

    qint64 currentStep() const; // -1 when nothing is recorded
    const std::vector<engine::Image> &currentImages() const;
    QStringList currentLabels() const;
    qint64 nearestStep(double step) const; // -1 when nothing is recorded

    // Moves to the recorded step nearest to `step` (ties: the earlier one).
    void setCurrentStep(double step);
    void setLive(bool live);
    bool isLive() const { return m_live; }

    void bind(TrainingMonitor *monitor, ImageGridView *view);

Q_SIGNALS:
    void stepChanged(qint64 step);

private:
    struct Snapshot
    {
        qint64 step;
        std::vector<engine::Image> images;
        QStringList labels;
    };

    void setIndex(int index);
    void thin();
    void syncSlider();
    void showCurrent();
    void updateLabel();

    std::vector<Snapshot> m_snapshots; // by step
    int m_index = -1;
    int m_maxSnapshots = kDefaultMaxSnapshots;
    bool m_live = true;
    QSlider *m_slider;
    QToolButton *m_previous, *m_next;
    QLabel *m_label;
    QCheckBox *m_liveCheck;
    QPointer<TrainingMonitor> m_monitor;
    QPointer<ImageGridView> m_view;
};

} // namespace genlab::widgets
