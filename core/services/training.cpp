#include "services/training.h"

#include "engine/data/registry.h"
#include "engine/io/checkpoint.h"
#include "services/jobmanager.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <stdexcept>

namespace genlab::services {

Job *submitTraining(JobManager *jobs, const QString &title, std::function<QVariant(const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Training;
    r.pausable = true;
    r.work = std::move(work);
    return jobs->submit(std::move(r));
}

void checkTrainingStart(const std::string &configProblem, const QString &outDir)
{
    if (!configProblem.empty())
        throw std::invalid_argument(configProblem);
    prepareOutputFolder(outDir);
}

QList<QPair<QString, QString>> imageTrainingDatasets(QStringList *unavailableWhy)
{
    QList<QPair<QString, QString>> out;
    for (const auto &d : engine::data::availableImageDatasets()) {
        if (!d.available) {
            if (unavailableWhy)
                *unavailableWhy << QString::fromStdString(d.name + ": " + d.whyNot);
            continue;
        }
        out.append({QString::fromStdString(d.id), QString::fromStdString(d.name)});
    }
    return out;
}

QString defaultTrainingFolder(const QString &lab, const QString &stem)
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.genlab");
    const QString first = QDir(base).filePath(QStringLiteral("%1-models/%2-%3")
                                                  .arg(lab, stem,
                                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString candidate = first;
    for (int i = 2; QFileInfo::exists(candidate) || hasCheckpoint(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(first).arg(i);
    return candidate;
}

bool hasCheckpoint(const QString &dir)
{
    return !dir.isEmpty() && engine::io::checkpointExists(dir.toStdString());
}

void prepareOutputFolder(const QString &outDir)
{
    if (outDir.isEmpty())
        throw std::invalid_argument("no folder to save the model in");
    const QString parent = QFileInfo(outDir).absolutePath();
    if (!QDir().mkpath(parent))
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(parent).toStdString());
}

} // namespace genlab::services
