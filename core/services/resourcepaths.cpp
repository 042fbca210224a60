#include "services/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace genlab::services {

QStringList resourceSearchPaths(const char *envVariable, const QString &subfolder)
{
    QStringList paths;
    const QString env = qEnvironmentVariable(envVariable);
    if (!env.isEmpty())
        paths << env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        paths << QDir(appDir).filePath(QStringLiteral("../share/genlab/") + subfolder);
    paths << QStringLiteral(GENLAB_SOURCE_DIR "/resources/") + subfolder;
    return paths;
}

QStringList modelSearchPaths()
{
    return resourceSearchPaths("GENLAB_MODELS_DIR", QStringLiteral("models"));
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
