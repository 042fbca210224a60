#pragma once
// The images of one sampling run as the Sample page shows them: x_t and x̂_0 of every step as
// ready-to-paint QImages, filled as DenoisingStepEvent partials stream in and replaced by the
// finished run's own images. Scrubbing only picks among them.

#include "services/diffusion/diffusionservice.h"

#include <QImage>
#include <QVector>

namespace genlab::widgets::diffusionlab {

// Plain data. Thread: GUI only (QImage).
struct StepFrames
{
    int steps = 0;            // S: the steps are 0 (the starting noise) .. S
    int newest = -1;          // the highest step that has its images (-1: none yet)
    QVector<QImage> x;        // x_t of step i (null until it arrives)
    QVector<QImage> x0hat;    // x̂_0 made at step i (null at step 0 and until it arrives)
    QVector<int> t;           // the timestep of step i (-1: unknown yet)
    QVector<double> sigma;    // σ of step i's x
    QVector<double> ms;       // wall time of step i

    // Empties it for a run of `stepCount` steps.
    void reset(int stepCount);
    // A streamed step (resizes when the event names another step count).
    void add(const services::DenoisingStepEvent &event);
    // Every step of a finished run.
    void setResult(const services::DiffusionSampleResult &result);
    // Steps 0..k of another run (a branch shares them with its parent; QImages share their pixels).
    void copyPrefix(const StepFrames &parent, int k);

    bool has(int step) const { return step >= 0 && step < x.size() && !x[step].isNull(); }
    bool complete() const { return steps > 0 && newest == steps; }
    double totalMs() const; // the sum over the steps received
    // The step of this run at the same point as `step` of a run of `ofSteps` steps (for columns of
    // different step counts on one scrubber).
    int proportional(int step, int ofSteps) const;
};

// An engine image as a QImage in a format QPainter draws without converting it each time.
QImage paintable(const engine::Image &image);

} // namespace genlab::widgets::diffusionlab
