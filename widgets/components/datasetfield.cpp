#include "widgets/components/datasetfield.h"

#include "services/training.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>

namespace genlab::widgets::form {

namespace {
const QString kFolderPicker = QStringLiteral("folder:");
} // namespace

DatasetField::DatasetField(QFormLayout *form, const QString &objectName) : QObject(form)
{
    m_combo = new QComboBox(form->parentWidget());
    m_combo->setObjectName(objectName);
    QStringList unavailable;
    for (const auto &[id, name] : services::imageTrainingDatasets(&unavailable))
        m_combo->addItem(name, id);
    m_combo->addItem(tr("Image folder…"), kFolderPicker);
    if (!unavailable.isEmpty())
        m_combo->setToolTip(tr("Not available: %1").arg(unavailable.join(QStringLiteral("; "))));
    form->addRow(tr("Data set"), m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (m_combo->itemData(index).toString() == kFolderPicker)
            chooseFolder();
    });
}

QString DatasetField::id() const
{
    return m_combo->currentData().toString();
}

void DatasetField::setId(const QString &id)
{
    int index = m_combo->findData(id);
    if (index < 0 && !folderOf(id).isEmpty()) {
        // Chosen folders go just above the picker entry, which stays last.
        const QString path = folderOf(id);
        index = m_combo->count() - 1;
        m_combo->insertItem(index, tr("Folder: %1").arg(QDir(path).dirName()), id);
        m_combo->setItemData(index, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

QString DatasetField::problem() const
{
    return id() == kFolderPicker ? tr("Pick an image folder first.") : QString();
}

QString DatasetField::folderOf(const QString &id)
{
    return id.startsWith(kFolderPicker) ? id.mid(kFolderPicker.size()) : QString();
}

void DatasetField::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(m_combo, tr("A folder of images (subfolders become classes)"));
    if (dir.isEmpty()) {
        m_combo->setCurrentIndex(0);
        return;
    }
    setId(kFolderPicker + dir);
    Q_EMIT folderChosen(dir);
}

} // namespace genlab::widgets::form
