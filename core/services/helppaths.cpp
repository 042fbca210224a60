#include "services/helppaths.h"

#include "services/resourcepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace genlab::services {

QStringList helpSearchPaths()
{
    return resourceSearchPaths("GENLAB_HELP_DIR", QStringLiteral("help"));
}

QString helpFolder()
{
    // index.md marks a complete set of pages: an empty or half-installed folder does not hide the
    // next candidate.
    for (const QString &base : helpSearchPaths())
        if (QFileInfo(QDir(base).filePath(QStringLiteral("index.md"))).isFile())
            return QDir(base).canonicalPath();
    return {};
}

QString helpPagePath(const QString &page)
{
    if (page.isEmpty() || page.contains(QLatin1Char('/')) || page.contains(QLatin1Char('\\')))
        return {};
    const QString folder = helpFolder();
    if (folder.isEmpty())
        return {};
    const QFileInfo info(QDir(folder).filePath(page));
    return info.isFile() ? info.absoluteFilePath() : QString();
}

} // namespace genlab::services
