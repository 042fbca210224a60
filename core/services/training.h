#pragma once
// One way every lab trains: a pausable job on the training lane, a default folder per lab, and the
// engine's typed training events passed through unchanged (engine/train/events.h: Metrics,
// ImagePreview, TextPreview, CheckpointWritten, Divergence, LogLine) for the lab's training session.

#include "engine/base/runcontext.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <string>

namespace genlab::services {

class Job;
class JobManager;

// Submits a training run: training lane, pausable (pause, resume and single step from the lab's
// session or the Jobs dock), titled for the Jobs dock. work runs the engine trainer and returns the
// lab's typed result. Thread: GUI only.
Job *submitTraining(JobManager *jobs, const QString &title, std::function<QVariant(const engine::RunContext &)> work);

// What a trainer's job checks before it builds its model: the architecture (configProblem is the
// config's validate(), empty when valid; std::invalid_argument with it otherwise), then the output
// folder (prepareOutputFolder).
void checkTrainingStart(const std::string &configProblem, const QString &outDir);

// The image data sets the image labs train on (id, name), in the registry's order; those missing on
// this machine are left out and, with unavailableWhy, listed as "name: why".
QList<QPair<QString, QString>> imageTrainingDatasets(QStringList *unavailableWhy = nullptr);

// Where a new run of `lab` saves when the user has not said: "<app data>/<lab>-models/<stem>-<date-time>",
// with "-2", "-3", ... appended until the name is free (no file, folder or checkpoint there yet).
QString defaultTrainingFolder(const QString &lab, const QString &stem);

// True when dir holds one of our checkpoints (or an interrupted save of one).
bool hasCheckpoint(const QString &dir);

// Creates the parent folder of outDir so the trainer can write it; throws std::runtime_error
// naming the folder when that fails, std::invalid_argument when outDir is empty.
void prepareOutputFolder(const QString &outDir);

} // namespace genlab::services
