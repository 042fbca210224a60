#include "services/projectservice.h"

#include "services/appinfo.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

namespace genlab::services {

namespace {
const QString kManifest = QStringLiteral("project.json");
const QString kRecentKey = QStringLiteral("projects/recent");
constexpr int kRecentLimit = 8;
} // namespace

ProjectService::ProjectService(QObject *parent) : QObject(parent) {}

QString ProjectService::name() const
{
    return m_manifest.value(QStringLiteral("name")).toString(QFileInfo(m_folder).fileName());
}

bool ProjectService::create(const QString &folder, QString *error)
{
    QDir dir(folder);
    if (dir.exists(kManifest)) {
        *error = tr("%1 already holds a project: open it instead").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("models")) ||
        !dir.mkpath(QStringLiteral("gallery"))) {
        *error = tr("cannot create the project folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_folder = dir.absolutePath();
    m_manifest = QJsonObject{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("name"), QFileInfo(m_folder).fileName()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("app_version"), appVersion()},
        {QStringLiteral("labs"), QJsonObject()},
    };
    if (!save(error))
        return false;
    Q_EMIT projectChanged();
    return true;
}

bool ProjectService::open(const QString &folderOrManifest, QString *error)
{
    QFileInfo info(folderOrManifest);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const QString path = QDir(folder).filePath(kManifest);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the project manifest (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > 64 * 1024 * 1024) {
        *error = tr("%1: the manifest is implausibly large (%2 bytes)").arg(QDir::toNativeSeparators(path)).arg(file.size());
        return false;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: not a valid project manifest (%2 at byte %3)")
                     .arg(QDir::toNativeSeparators(path), parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QJsonObject manifest = doc.object();
    const int version = manifest.value(QStringLiteral("format_version")).toInt(-1);
    if (version < 1) {
        *error = tr("%1: the manifest has no valid format_version").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (version > kFormatVersion) {
        *error = tr("%1: made by a newer version of GenLab Studio (format %2, this version reads up to %3)")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(version)
                     .arg(kFormatVersion);
        return false;
    }
    m_folder = folder;
    m_manifest = manifest;
    addRecent(m_folder);
    setModified(false);
    Q_EMIT projectChanged();
    return true;
}

bool ProjectService::save(QString *error)
{
    if (m_folder.isEmpty()) {
        *error = tr("no project is open");
        return false;
    }
    const QString path = QDir(m_folder).filePath(kManifest);
    m_manifest[QStringLiteral("modified")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_manifest[QStringLiteral("app_version")] = appVersion();
    // Keep the previous version as a backup before the atomic replace.
    if (QFile::exists(path)) {
        QFile::remove(path + QStringLiteral(".bak"));
        QFile::copy(path, path + QStringLiteral(".bak"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_manifest).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("%1: saving failed (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    addRecent(m_folder);
    setModified(false);
    return true;
}

QJsonObject ProjectService::labState(const QString &labId) const
{
    return m_manifest.value(QStringLiteral("labs")).toObject().value(labId).toObject();
}

void ProjectService::setLabState(const QString &labId, const QJsonObject &state)
{
    QJsonObject labs = m_manifest.value(QStringLiteral("labs")).toObject();
    if (labs.value(labId).toObject() == state)
        return;
    labs[labId] = state;
    m_manifest[QStringLiteral("labs")] = labs;
    setModified(true);
}

QStringList ProjectService::recentProjects() const
{
    QStringList out;
    for (const QString &p : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(QDir(p).filePath(kManifest)))
            out << p;
    return out;
}

void ProjectService::addRecent(const QString &folder)
{
    QSettings settings;
    QStringList list = settings.value(kRecentKey).toStringList();
    list.removeAll(folder);
    list.prepend(folder);
    while (list.size() > kRecentLimit)
        list.removeLast();
    settings.setValue(kRecentKey, list);
}

void ProjectService::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace genlab::services
