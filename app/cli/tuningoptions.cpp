#include "cli/tuningoptions.h"

#include "cli/command.h"
#include "services/tuning/distilljobs.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace genlab::cli {

quint64 seedOption(const QCommandLineParser &p, quint64 fallback)
{
    return quint64(
        intOption(p, QStringLiteral("seed"), qint64(fallback), 0, std::numeric_limits<qint64>::max()));
}

QString outFolderOption(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("out")))
        return QString();
    const QString outDir = p.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        throw UsageError{QStringLiteral("--out needs a folder")};
    if (QFileInfo(outDir).exists() && !QFileInfo(outDir).isDir())
        throw UsageError{
            QStringLiteral("--out: %1 exists and is not a folder").arg(QDir::toNativeSeparators(outDir))};
    return outDir;
}

QString corpusFileOption(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("data"))) {
        const QString data = p.value(QStringLiteral("data"));
        if (!QFileInfo(data).isFile())
            throw UsageError{QStringLiteral("--data: %1 is not a file").arg(QDir::toNativeSeparators(data))};
        return data;
    }
    const QString data = services::DistillJobs::defaultCorpus();
    if (data.isEmpty())
        throw UsageError{QStringLiteral("--data: no default corpus was found (neither tiny Shakespeare nor "
                                        "the help pages); give a text file")};
    return data;
}

engine::RunContext jobRunContext(const InterruptibleJob &job, bool json, std::int64_t total,
                                 const QString &unit)
{
    if (!json)
        return job.context(total, unit);
    engine::RunContext run;
    run.stop = job.token();
    return run;
}

} // namespace genlab::cli
