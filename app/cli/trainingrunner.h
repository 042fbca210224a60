#pragma once
// The command line's half of the training kit (engine/train): the options every trainer shares,
// read one way, and one runner that prints what a run reports and turns Ctrl+C into "save a
// checkpoint and stop". A trainer (`genlab train vae`, `train lm`) adds its own options and its
// body; everything else is here.

#include "cli/command.h"

#include "engine/base/runcontext.h"
#include "engine/train/options.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace genlab::cli {

// One trainer's defaults for the shared options, for help text that serves several trainers.
struct TrainerDefaults
{
    QString kind;                          // "vae"; empty when the help serves one trainer
    engine::train::CommonOptions defaults; // e.g. vae::defaultCommon()
    QStringList notTaken;                  // shared options this trainer does not use ("clip")
};

// The shared options (--out, --steps, --batch, --lr, ..., --resume, --no-resume) with their help
// built from engine::train::describeCommonOptions, so it states the struct's defaults. Old names
// stay as aliases: --checkpoint-interval, --sample-interval, --eval-interval.
QList<QCommandLineOption> commonTrainingOptions(const engine::train::CommonOptions &defaults);
// For one parser shared by several trainers (`genlab train`): a default that differs between them
// is given per trainer ("(vae: 2000, lm: 2500)"), an option some do not take says so.
QList<QCommandLineOption> commonTrainingOptions(const QList<TrainerDefaults> &trainers);

// The canonical name ("checkpoint-every") of a shared option given by any of its names
// ("checkpoint-interval"); empty when name is not a shared option.
QString commonTrainingOptionName(const QString &name);

// Reads the shared options over o (which holds the trainer's defaults): range checks throw
// UsageError naming the option; --out is required and made absolute; --threads defaults to the
// command line's budget (ctx.budget.cli); --resume / --no-resume set Resume::Required / Never.
void readCommonOptions(const CommandContext &ctx, engine::train::CommonOptions &o);

// Runs body (the trainer: build the model, train, print its summary) with a RunContext that
//  - stops at the next step on Ctrl+C (the kit then saves the last completed step): prints
//    "interrupted; the checkpoint in DIR resumes the run" and returns 130;
//  - prints to stderr: metric lines (step N/M and every scalar) at most every ~5 s plus every
//    evaluation and the last step, text samples, log lines, "checkpoint: step N in DIR", image
//    previews by name (a terminal cannot show them), what set-up is doing before the first step,
//    and a line on divergence.
// Returns 0 when body returns. Other exceptions (train::Diverged, bad data, ...) propagate to
// main, which prints them and exits 1.
// Thread: the command's (main) thread; body runs on it.
int runTraining(const QString &label, const engine::train::CommonOptions &o,
                const std::function<void(const engine::RunContext &)> &body);

} // namespace genlab::cli
