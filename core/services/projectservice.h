#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace genlab::services {

// One step an instructor prepared: a lab and the state it shows (LabPage::saveState()), by name.
struct Scene
{
    QString name;
    QString labId;
    QJsonObject state;
};

// A project is a folder: project.json (versioned manifest), the models it trained, its gallery of
// outputs, each lab's state. Saving is atomic (QSaveFile) and keeps the previous manifest as
// project.json.bak.
// Thread: GUI only (files are small; large outputs are written by jobs on the I/O lane).
class ProjectService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFormatVersion = 1;

    explicit ProjectService(QObject *parent = nullptr);
    ~ProjectService() override; // closes the project: the session lock is released

    bool hasProject() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString name() const;
    bool isModified() const { return m_modified; }

    // Each returns false and sets *error (naming the file and the problem) on failure.
    bool create(const QString &folder, QString *error);
    bool open(const QString &folderOrManifest, QString *error);
    bool save(QString *error);
    void close();

    // Crash safety: while a project is open a session lock (.genlab-session) names this process.
    // autosave() writes project.autosave.json without touching project.json. When a project is
    // opened whose lock names a process that no longer runs and whose autosave is newer than the
    // manifest, recoveryAvailable() is true and recover() adopts the autosaved state (unsaved).
    bool autosave(QString *error);
    bool recoveryAvailable() const { return m_recoveryAvailable; }
    bool recover(QString *error);
    // The project that was open when the studio last ran ("" when none): the studio reopens it
    // at start when it crashed, to offer recovery.
    QString lastOpenProject() const;

    QJsonObject labState(const QString &labId) const;
    void setLabState(const QString &labId, const QJsonObject &state);

    // The project's scenes, in the order they were saved (the studio recalls the first nine with
    // Alt+1 … Alt+9). Kept in project.json under "scenes"; entries that are not valid scenes are
    // left out when read.
    QList<Scene> scenes() const;
    void addScene(const Scene &scene); // marks the project modified
    bool removeScene(int index);       // false when there is no such scene

    QStringList recentProjects() const;

Q_SIGNALS:
    void projectChanged();
    void modifiedChanged(bool modified);
    void scenesChanged();

private:
    void addRecent(const QString &folder);
    void takeSessionLock();
    void releaseSessionLock();
    void setModified(bool modified);

    QString m_folder;
    QJsonObject m_manifest;
    bool m_modified = false;
    bool m_recoveryAvailable = false;
};

} // namespace genlab::services
