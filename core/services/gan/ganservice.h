#pragma once

#include "engine/gan/toygan.h"
#include "engine/runtime/compute.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;
struct GanEvolutionExport;
struct GanTrainRequest;

// What one request to the toy GAN gives back: the metrics of each step it took, in order, and a
// snapshot for the views taken after them.
struct ToyGanUpdate
{
    quint64 generation = 0;                          // which toy GAN (grows with every reset)
    std::vector<engine::gan::ToyStepMetrics> steps;  // empty for a snapshot alone
    engine::gan::ToySnapshot snapshot;
    double stepsPerSecond = 0;                       // of the steps in this update (0 when none)
};

// How many steps one play request takes: as many as fit in budgetMs (at least one, at most maxSteps),
// so the views are redrawn after each request however fast or slow a step is.
struct ToyStepRequest
{
    engine::gan::StepKind kind = engine::gan::StepKind::Full;
    int maxSteps = 1;
    double budgetMs = 0;  // 0: exactly maxSteps
    engine::gan::ViewRequest view;
};

// The GAN lab's facade. The toy GAN lives in a ModelSlot on the lab's own interactive lane ("gan"):
// created, stepped and drawn there only, so it needs no lock and a running toy never delays another
// lab. Settings changed in the lab apply from the next step without a restart.
// Thread: GUI only.
class GanService : public QObject
{
    Q_OBJECT
public:
    explicit GanService(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~GanService() override;

    // A new toy GAN (replacing the one there was only when creating it worked). Result: ToyGanUpdate
    // with the first snapshot.
    Job *resetToy(const engine::gan::ToyConfig &config, const engine::gan::ToySettings &settings, quint64 seed,
                  const engine::gan::ViewRequest &view = {});
    // Steps the toy GAN with these settings (they stay in force for later steps). Result:
    // ToyGanUpdate. Fails with the engine's message when a loss became NaN or infinite (the weights
    // stay those of the last finite step). Hidden from the Jobs dock: the lab shows it.
    Job *stepToy(const engine::gan::ToySettings &settings, const ToyStepRequest &request);
    // A snapshot without stepping (the view changed). Result: ToyGanUpdate.
    Job *snapshotToy(const engine::gan::ViewRequest &view);

    // --- image GANs (gantraining.h, gantraining.cpp) ---
    // Trains on the training lane (services::submitTraining: pausable); result: GanTrainResult.
    // Partials: the engine's typed training events (engine/train/events.h): Metrics every step and,
    // with a classifier, the quality figures every evalEvery steps; "samples" previews; checkpoints.
    Job *trainImage(const GanTrainRequest &request);
    // Writes a run's recorded sample grids as GIF/MP4 with its recipe on the I/O lane; result: the
    // files written (QStringList).
    Job *exportEvolution(const GanEvolutionExport &request);

    // For the lab's other facades (GanExploreService): their jobs share this lab's lane.
    JobManager *jobManager() const { return m_jobs; }
    const engine::ResolvedDevice &device() const { return m_device; }

    struct Slot;

private:
    Job *submit(const QString &title, bool hidden, std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::ToyGanUpdate)
