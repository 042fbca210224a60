#include "services/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace genlab::services {

QStringList modelSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("GENLAB_MODELS_DIR");
    if (!env.isEmpty())
        paths << env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        paths << QDir(appDir).filePath(QStringLiteral("../share/genlab/models"));
    paths << QStringLiteral(GENLAB_SOURCE_DIR "/resources/models");
    return paths;
}

QString shippedModelPath(const QString &name)
{
    for (const QString &base : modelSearchPaths()) {
        const QString candidate = QDir(base).filePath(name);
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).absolutePath();
    }
    return {};
}

} // namespace genlab::services
