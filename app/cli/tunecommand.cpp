// `genlab tune EXPERIMENT ...`: the dispatcher the Tuning lab's experiments register with (see
// cli/tunecommands.h).
#include "cli/tunecommands.h"

#include <QCommandLineParser>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace genlab::cli {

namespace {

std::vector<TuneExperiment> &tuneExperiments()
{
    static std::vector<TuneExperiment> experiments;
    return experiments;
}

QString tuneExperimentNames()
{
    QStringList names;
    for (const TuneExperiment &e : tuneExperiments())
        names << e.name;
    names.sort();
    return names.join(QStringLiteral(", "));
}

int runTune(const CommandContext &ctx)
{
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("name the experiment: genlab tune %1 ...").arg(tuneExperimentNames().replace(QStringLiteral(", "), QStringLiteral("|")))};
    const QString name = ctx.positional.first();
    for (const TuneExperiment &e : tuneExperiments()) {
        if (e.name != name)
            continue;
        CommandContext sub = ctx;
        sub.positional = ctx.positional.mid(1);
        return e.run(sub);
    }
    throw UsageError{QStringLiteral("no experiment '%1' (there are: %2)").arg(name, tuneExperimentNames())};
}

Command &tuneCommand()
{
    QList<Command> &registry = commandRegistry();
    for (Command &c : registry)
        if (c.name == QLatin1String("tune"))
            return c;
    registry.append(Command{
        QStringLiteral("tune"),
        QStringLiteral("The Tuning lab's experiments on a language model: sft (instruction tuning), dpo and ppo "
                       "(preference tuning), distill (knowledge distillation); each prints its before and after"),
        QStringLiteral("EXPERIMENT"),
        {QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON document with the experiment's before / after figures"))},
        runTune,
    });
    return registry.last();
}

} // namespace

TuneRegistrar::TuneRegistrar(TuneExperiment experiment)
{
    Command &tune = tuneCommand();
    for (const QCommandLineOption &o : experiment.options) {
        const bool known = std::any_of(tune.options.cbegin(), tune.options.cend(), [&](const QCommandLineOption &t) {
            return t.names() == o.names();
        });
        if (!known)
            tune.options.append(o);
    }
    tuneExperiments().push_back(std::move(experiment));
}

} // namespace genlab::cli
