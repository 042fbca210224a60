#include "widgets/diffusionlab/stepframes.h"

#include "widgets/components/imageconvert.h"

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

QImage paintable(const engine::Image &image)
{
    const QImage q = toQImage(image);
    return q.isNull() ? q : q.convertToFormat(QImage::Format_RGB32);
}

void StepFrames::reset(int stepCount)
{
    steps = std::max(0, stepCount);
    newest = -1;
    const int n = steps + 1;
    x = QVector<QImage>(n);
    x0hat = QVector<QImage>(n);
    t = QVector<int>(n, -1);
    sigma = QVector<double>(n, 0.0);
    ms = QVector<double>(n, 0.0);
}

void StepFrames::add(const services::DenoisingStepEvent &event)
{
    if (event.steps > 0 && event.steps != steps) {
        // The run has another step count than expected: keep what is there, resized.
        StepFrames old = *this;
        reset(event.steps);
        for (int i = 0; i <= std::min(old.steps, steps); ++i)
            if (old.has(i)) {
                x[i] = old.x[i];
                x0hat[i] = old.x0hat[i];
                t[i] = old.t[i];
                sigma[i] = old.sigma[i];
                ms[i] = old.ms[i];
                newest = std::max(newest, i);
            }
    }
    const int i = event.index;
    if (i < 0 || i > steps)
        return;
    x[i] = paintable(event.x);
    x0hat[i] = event.x0hat.empty() ? QImage() : paintable(event.x0hat);
    t[i] = event.t;
    sigma[i] = event.sigma;
    ms[i] = event.milliseconds;
    newest = std::max(newest, i);
}

void StepFrames::setResult(const services::DiffusionSampleResult &result)
{
    const auto &run = result.run;
    const int count = int(run.steps.size()) - 1;
    if (count < 0) {
        reset(0);
        return;
    }
    reset(count);
    for (int i = 0; i <= count; ++i) {
        const auto &s = run.steps[std::size_t(i)];
        x[i] = paintable(result.xAt(i));
        x0hat[i] = s.x0hat.empty() ? QImage() : paintable(result.x0At(i));
        t[i] = s.t;
        sigma[i] = s.sigma;
        ms[i] = s.milliseconds;
    }
    newest = count;
}

void StepFrames::copyPrefix(const StepFrames &parent, int k)
{
    for (int i = 0; i <= std::min({k, parent.steps, steps}); ++i) {
        if (!parent.has(i))
            continue;
        x[i] = parent.x[i];
        x0hat[i] = parent.x0hat[i];
        t[i] = parent.t[i];
        sigma[i] = parent.sigma[i];
        ms[i] = 0; // not computed by this run
        newest = std::max(newest, i);
    }
}

double StepFrames::totalMs() const
{
    double sum = 0;
    for (int i = 0; i <= std::min(newest, steps); ++i)
        sum += ms[i];
    return sum;
}

int StepFrames::proportional(int step, int ofSteps) const
{
    if (ofSteps <= 0 || steps <= 0)
        return 0;
    return std::clamp(int(std::lround(double(step) * steps / ofSteps)), 0, steps);
}

} // namespace genlab::widgets::diffusionlab
