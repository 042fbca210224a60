#pragma once
// `genlab train KIND ...`: one command for every kind of model the studio trains. A lab registers
// its trainer ("vae") here; the `train` command offers the options of all of them (an option name
// means the same in each: --steps, --batch, --lr, --seed, --out, --threads) and hands the run to
// the trainer named by KIND.

#include "cli/command.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace genlab::cli {

struct Trainer
{
    QString kind;    // the first positional argument: "vae"
    QString summary; // one line for `genlab --help`
    QList<QCommandLineOption> options;
    std::function<int(const CommandContext &)> run; // exit code
};

QList<Trainer> &trainerRegistry();

struct TrainerRegistrar
{
    explicit TrainerRegistrar(Trainer trainer);
};

} // namespace genlab::cli
