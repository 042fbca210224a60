#pragma once
// `genlab train KIND ...`: one command for every kind of model the studio trains. A lab registers
// its trainer ("vae") here; the `train` command offers the options of all of them and hands the
// run to the trainer named by KIND. The options every trainer shares (--out, --steps, --batch,
// --lr, --seed, --threads, --checkpoint-every, --resume, ...; see trainingrunner.h) mean the same
// in each; their help states each trainer's defaults.

#include "cli/command.h"

#include "engine/train/options.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace genlab::cli {

struct Trainer
{
    QString kind;    // the first positional argument: "vae"
    QString summary; // one line for `genlab --help`
    QList<QCommandLineOption> options;     // its own; the shared ones come from commonTrainingOptions()
    engine::train::CommonOptions defaults; // its defaults for the shared options (e.g. vae::defaultCommon())
    QStringList commonNotTaken;            // shared options it does not use ("clip"): refused, said in --help
    std::function<int(const CommandContext &)> run; // exit code
};

QList<Trainer> &trainerRegistry();

struct TrainerRegistrar
{
    explicit TrainerRegistrar(Trainer trainer);
};

} // namespace genlab::cli
