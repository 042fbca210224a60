#pragma once
// `genlab tune sft|dpo|ppo|distill ...`: one command whose first argument names the experiment. Each
// experiment registers itself from its own file with a TuneRegistrar; its options join the tune
// command's (an option several experiments share, such as --model or --steps, is declared once,
// by whichever registers first, so experiments sharing a name must mean the same by it).

#include "cli/command.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace genlab::cli {

struct TuneExperiment
{
    QString name;    // "sft", "dpo", ...
    QString summary; // one line for `genlab tune --help`
    QList<QCommandLineOption> options;
    std::function<int(const CommandContext &)> run; // ctx.positional: after the experiment's name
};

struct TuneRegistrar
{
    explicit TuneRegistrar(TuneExperiment experiment);
};

} // namespace genlab::cli
