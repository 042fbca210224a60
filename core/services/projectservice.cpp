#include "services/projectservice.h"

#include "services/appinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace genlab::services {

namespace {
const QString kManifest = QStringLiteral("project.json");
const QString kRecentKey = QStringLiteral("projects/recent");
const QString kLastOpenKey = QStringLiteral("projects/lastOpen");
const QString kAutosave = QStringLiteral("project.autosave.json");
const QString kSessionLock = QStringLiteral(".genlab-session");

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = QStringLiteral("%1: saving failed (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
constexpr int kRecentLimit = 8;

QJsonObject projectSceneJson(const Scene &scene)
{
    return {{QStringLiteral("name"), scene.name}, {QStringLiteral("lab"), scene.labId}, {QStringLiteral("state"), scene.state}};
}
} // namespace

ProjectService::ProjectService(QObject *parent) : QObject(parent) {}

ProjectService::~ProjectService()
{
    close();
}

void ProjectService::close()
{
    releaseSessionLock();
    m_folder.clear();
    m_manifest = {};
    m_recoveryAvailable = false;
    QSettings().remove(kLastOpenKey);
}

QString ProjectService::lastOpenProject() const
{
    return QSettings().value(kLastOpenKey).toString();
}

void ProjectService::takeSessionLock()
{
    QString error;
    writeAtomically(QDir(m_folder).filePath(kSessionLock), QByteArray::number(QCoreApplication::applicationPid()), &error);
    QSettings().setValue(kLastOpenKey, m_folder);
}

void ProjectService::releaseSessionLock()
{
    if (m_folder.isEmpty())
        return;
    QFile::remove(QDir(m_folder).filePath(kSessionLock));
}

bool ProjectService::autosave(QString *error)
{
    if (m_folder.isEmpty()) {
        *error = tr("no project is open");
        return false;
    }
    QJsonObject copy = m_manifest;
    copy[QStringLiteral("autosaved")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return writeAtomically(QDir(m_folder).filePath(kAutosave), QJsonDocument(copy).toJson(QJsonDocument::Indented), error);
}

bool ProjectService::recover(QString *error)
{
    if (!m_recoveryAvailable) {
        *error = tr("there is nothing to recover");
        return false;
    }
    const QString path = QDir(m_folder).filePath(kAutosave);
    QFile file(path);
    QJsonParseError parseError;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: the autosave is damaged (%2)").arg(QDir::toNativeSeparators(path), parseError.errorString());
        return false;
    }
    m_manifest = doc.object();
    m_manifest.remove(QStringLiteral("autosaved"));
    m_recoveryAvailable = false;
    m_modified = false;
    setModified(true);
    Q_EMIT projectChanged();
    return true;
}

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
    close();
    m_folder = dir.absolutePath();
    takeSessionLock();
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
    if (!m_folder.isEmpty() && m_folder != folder)
        close();
    m_folder = folder;
    m_manifest = manifest;
    // A lock left by a process that is gone means the studio did not close cleanly.
    QFile lock(QDir(folder).filePath(kSessionLock));
    qint64 lockPid = 0;
    if (lock.open(QIODevice::ReadOnly))
        lockPid = lock.readAll().trimmed().toLongLong();
    const QFileInfo autosaveInfo(QDir(folder).filePath(kAutosave));
    m_recoveryAvailable = lockPid > 0 && lockPid != QCoreApplication::applicationPid() && !processRuns(lockPid) &&
                          autosaveInfo.exists() && autosaveInfo.lastModified() >= QFileInfo(path).lastModified();
    takeSessionLock();
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
    if (!writeAtomically(path, QJsonDocument(m_manifest).toJson(QJsonDocument::Indented), error))
        return false;
    QFile::remove(QDir(m_folder).filePath(kAutosave)); // saved: nothing left to recover
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

QList<Scene> ProjectService::scenes() const
{
    QList<Scene> out;
    for (const QJsonValue &v : m_manifest.value(QStringLiteral("scenes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString lab = o.value(QStringLiteral("lab")).toString();
        if (lab.isEmpty())
            continue; // untrusted file: a damaged entry is skipped, the others stay usable
        out.append({o.value(QStringLiteral("name")).toString(), lab, o.value(QStringLiteral("state")).toObject()});
    }
    return out;
}

void ProjectService::addScene(const Scene &scene)
{
    QJsonArray list;
    for (const Scene &s : scenes())
        list.append(projectSceneJson(s));
    list.append(projectSceneJson(scene));
    m_manifest[QStringLiteral("scenes")] = list;
    setModified(true);
    Q_EMIT scenesChanged();
}

bool ProjectService::removeScene(int index)
{
    QList<Scene> list = scenes();
    if (index < 0 || index >= list.size())
        return false;
    list.removeAt(index);
    QJsonArray out;
    for (const Scene &s : std::as_const(list))
        out.append(projectSceneJson(s));
    m_manifest[QStringLiteral("scenes")] = out;
    setModified(true);
    Q_EMIT scenesChanged();
    return true;
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
