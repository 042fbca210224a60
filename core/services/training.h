#pragma once
// One way every lab trains: a pausable job on the training lane, a default folder per lab, and the
// engine's typed training events passed through unchanged (engine/train/events.h: Metrics,
// ImagePreview, TextPreview, CheckpointWritten, Divergence, LogLine) for the lab's training session.

#include "engine/base/runcontext.h"

#include <QString>
#include <QVariant>

#include <functional>

namespace genlab::services {

class Job;
class JobManager;

// Submits a training run: training lane, pausable (pause, resume and single step from the lab's
// session or the Jobs dock), titled for the Jobs dock. work runs the engine trainer and returns the
// lab's typed result. Thread: GUI only.
Job *submitTraining(JobManager *jobs, const QString &title, std::function<QVariant(const engine::RunContext &)> work);

// Where a new run of `lab` saves when the user has not said: "<app data>/<lab>-models/<stem>-<date-time>",
// with "-2", "-3", ... appended until the name is free (no file, folder or checkpoint there yet).
QString defaultTrainingFolder(const QString &lab, const QString &stem);

// True when dir holds one of our checkpoints (or an interrupted save of one).
bool hasCheckpoint(const QString &dir);

// Creates the parent folder of outDir so the trainer can write it; throws std::runtime_error
// naming the folder when that fails, std::invalid_argument when outDir is empty.
void prepareOutputFolder(const QString &outDir);

} // namespace genlab::services
