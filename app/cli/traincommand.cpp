// `genlab train KIND [options]`: dispatches to the trainers labs register (see trainers.h).
#include "cli/dataparallel.h"
#include "cli/trainers.h"
#include "cli/trainingrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace genlab::cli {

QList<Trainer> &trainerRegistry()
{
    static QList<Trainer> trainers;
    return trainers;
}

namespace {

QString kindList()
{
    QStringList kinds;
    for (const Trainer &t : trainerRegistry())
        kinds << t.kind;
    return kinds.join(QStringLiteral(", "));
}

// Whether trainer t takes the option given as name (any of its names).
bool takesOption(const Trainer &t, const QString &name)
{
    for (const QCommandLineOption &o : t.options)
        if (o.names().contains(name))
            return true;
    const QString common = commonTrainingOptionName(name);
    return !common.isEmpty() && !t.commonNotTaken.contains(common);
}

// Options main() adds to every command.
bool isCommon(const QString &name)
{
    return name == QLatin1String("device") || name == QLatin1String("help") || name == QLatin1String("h") ||
           name == QLatin1String("help-all") || name == QLatin1String("nproc") || // every trainer runs data-parallel
           name == QLatin1String("quiet") || name == QLatin1String("json");
}

int dispatch(const CommandContext &ctx)
{
    const QString kind = ctx.positional.value(0);
    for (const Trainer &t : trainerRegistry()) {
        if (t.kind == kind) {
            if (ctx.positional.size() > 1)
                throw UsageError{QStringLiteral("unexpected argument '%1'").arg(ctx.positional.at(1))};
            // The parser knows every trainer's options: one meant for another kind is a mistake
            // the user should hear about, not a setting silently ignored.
            for (const QString &name : ctx.parser->optionNames()) {
                if (!isCommon(name) && !takesOption(t, name))
                    throw UsageError{QStringLiteral("--%1 is not an option of 'train %2' (see genlab train --help)").arg(name, kind)};
            }
            return runDataParallel(ctx, t.run);
        }
    }
    if (kind.isEmpty())
        throw UsageError{QStringLiteral("say what to train: genlab train KIND (kinds: %1)").arg(kindList())};
    throw UsageError{QStringLiteral("unknown kind '%1' (kinds: %2)").arg(kind, kindList())};
}

void addOptions(Command &command, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &o : options) {
        bool known = false;
        for (const QCommandLineOption &existing : command.options)
            for (const QString &name : o.names())
                known = known || existing.names().contains(name);
        if (!known)
            command.options.append(o);
    }
}

// Idempotent: called when a trainer registers and again once every static registrar has run
// (registration order between translation units is unspecified).
void merge()
{
    QList<Command> &registry = commandRegistry();
    int base = -1;
    for (int i = 0; i < registry.size() && base < 0; ++i)
        if (registry[i].name == QLatin1String("train"))
            base = i;
    if (base < 0) {
        registry.append(Command{QStringLiteral("train"), QString(), QStringLiteral("KIND"), {}, &dispatch});
        base = int(registry.size()) - 1;
    }
    Command &train = registry[base];
    // Rebuilt whole each time: the shared options' help states every registered trainer's defaults.
    QList<TrainerDefaults> defaults;
    for (const Trainer &t : trainerRegistry())
        defaults.append(TrainerDefaults{t.kind, t.defaults, t.commonNotTaken});
    train.options.clear();
    addOptions(train, commonTrainingOptions(defaults));
    addOptions(train, {nprocOption()});
    QStringList parts;
    for (const Trainer &t : trainerRegistry()) {
        addOptions(train, t.options);
        parts << QStringLiteral("'train %1' trains %2").arg(t.kind, t.summary);
    }
    train.positionalSyntax = QStringLiteral("KIND");
    train.summary = QStringLiteral("Train a model: ") + parts.join(QStringLiteral("; "));
}

} // namespace

TrainerRegistrar::TrainerRegistrar(Trainer trainer)
{
    trainerRegistry().append(std::move(trainer));
    merge();
}

} // namespace genlab::cli

namespace {
void mergeTrainersAtStartup()
{
    genlab::cli::merge();
}
// Also now, for `genlab --help`, which lists the commands before any QCoreApplication exists. In
// practice this file initialises after the others of the command library; the startup function
// above makes it right whatever the order.
const bool kMergedAtLoad = (genlab::cli::merge(), true);
} // namespace

Q_COREAPP_STARTUP_FUNCTION(mergeTrainersAtStartup)
