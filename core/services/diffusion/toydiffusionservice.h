#pragma once
// The Diffusion lab's toy 2-D model (engine/diffusion/toydiffusion.h) as the lab's "Toy 2-D" page
// uses it. The toy lives in its own ModelSlot on the lab's interactive lane ("diffusion"), beside
// the image model: created, trained, sampled and drawn there only, so it needs no lock. It trains in
// short chunks (one job each, re-submitted while the page trains) so the plane and the curves
// follow every ~100 steps, and a chunked run is the same run as an uninterrupted one: each chunk
// continues the kit's step loop from model.steps() with the whole run's options (lr schedule and all).
// Thread: GUI only.

#include "engine/diffusion/sampler.h"
#include "engine/diffusion/toydiffusion.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

namespace toydiffusion {
inline constexpr int kMaxPoints = 4000;        // points one sampling run draws (every step kept)
inline constexpr int kDataPoints = 2000;       // the toy's own points, for the plane's background
inline constexpr int kDefaultChunkSteps = 100; // steps per training job: ~10 updates a second here
inline constexpr int kMaxFieldsPerJob = 1001;  // timesteps one fields() job draws
} // namespace toydiffusion

// The toy model as the GUI sees it. Plain data.
struct ToyDiffusionInfo
{
    quint64 generation = 0; // grows with every reset: results of an older toy are stale
    engine::diffusion::ToyDiffusionConfig config;
    quint64 seed = 1;
    qint64 step = 0;
    qint64 parameterCount = 0;
    std::vector<float> dataPoints; // kDataPoints of the toy (x, y pairs), drawn behind everything
};

// What one training chunk gives back.
struct ToyTrainUpdate
{
    quint64 generation = 0;
    qint64 step = 0;                   // the model's steps after the chunk
    std::vector<qint64> steps;         // every step of the chunk, with
    std::vector<double> losses;        // its training loss
    std::vector<qint64> heldOutSteps;  // the kit's evaluations in the chunk (every evalEvery steps), with
    std::vector<double> heldOutLosses; // the held-out loss
    double stepsPerSecond = 0;
    bool finished = false; // the run reached options.steps
    // The learned field after the chunk at the t asked for (size 0 when none was asked).
    engine::diffusion::ToyField field;
};

// A sampling run of the toy with every step kept: points[i] holds step i's count points (x, y
// pairs), from the starting noise (i = 0, t = T) to the samples (i = steps, t = 0).
struct ToySampleResult
{
    quint64 generation = 0;
    qint64 modelStep = 0; // the training steps of the model that sampled
    engine::diffusion::SamplerSettings settings;
    std::vector<int> timesteps;             // t of each step, steps + 1 values
    std::vector<std::vector<float>> points; // steps + 1 arrays of 2 * count values
    double seconds = 0;

    int stepCount() const { return int(points.size()) - 1; }
    int pointCount() const { return int(settings.count); }
};

// The learned noise prediction over the plane at one or more timesteps.
struct ToyFieldResult
{
    quint64 generation = 0;
    qint64 modelStep = 0;
    std::vector<engine::diffusion::ToyField> fields; // one per t asked for, in that order
};

class ToyDiffusionService : public QObject
{
    Q_OBJECT
public:
    explicit ToyDiffusionService(JobManager *jobs, QObject *parent = nullptr);
    ~ToyDiffusionService() override;

    // A new toy model (replacing the one there was only when creating it worked). Result:
    // ToyDiffusionInfo. Cancels nothing: the page cancels its own jobs first.
    Job *reset(const engine::diffusion::ToyDiffusionConfig &config, quint64 seed);
    // Trains on for at most chunkSteps steps towards options.steps (the run's total: its lr
    // schedule ends there). Result: ToyTrainUpdate, with the field at fieldT (> 0) over fieldView.
    // Fails with the engine's message when the loss diverged (the weights stay those of the last
    // finite step). Hidden from the Jobs dock: the page shows it.
    Job *train(int chunkSteps, const engine::diffusion::ToyDiffusionTrainOptions &options, int fieldT = 0,
               const engine::diffusion::ToyFieldRequest &fieldView = {});
    // Samples settings.count (1..kMaxPoints) points with every step kept. Result: ToySampleResult.
    // Latest wins: a newer sample request drops a queued older one.
    Job *sample(const engine::diffusion::SamplerSettings &settings);
    // The field at t (clamped to 1..T). Result: ToyFieldResult with one field. Latest wins.
    Job *field(int t, const engine::diffusion::ToyFieldRequest &request = {});
    // The fields at several timesteps (at most kMaxFieldsPerJob), for a page that caches them ahead
    // of scrubbing. Result: ToyFieldResult. Latest wins (on its own key).
    Job *fields(const std::vector<int> &timesteps, const engine::diffusion::ToyFieldRequest &request = {});

    JobManager *jobManager() const { return m_jobs; }

    struct Slot;

private:
    Job *submit(const QString &title, const QString &coalesceKey,
                std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::ToyDiffusionInfo)
Q_DECLARE_METATYPE(genlab::services::ToyTrainUpdate)
Q_DECLARE_METATYPE(genlab::services::ToySampleResult)
Q_DECLARE_METATYPE(genlab::services::ToyFieldResult)
