#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace genlab::services {

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

    bool hasProject() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    QString name() const;
    bool isModified() const { return m_modified; }

    // Each returns false and sets *error (naming the file and the problem) on failure.
    bool create(const QString &folder, QString *error);
    bool open(const QString &folderOrManifest, QString *error);
    bool save(QString *error);

    QJsonObject labState(const QString &labId) const;
    void setLabState(const QString &labId, const QJsonObject &state);

    QStringList recentProjects() const;

Q_SIGNALS:
    void projectChanged();
    void modifiedChanged(bool modified);

private:
    void addRecent(const QString &folder);
    void setModified(bool modified);

    QString m_folder;
    QJsonObject m_manifest;
    bool m_modified = false;
};

} // namespace genlab::services
