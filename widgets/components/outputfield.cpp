#include "widgets/components/outputfield.h"

#include "services/training.h"
#include "widgets/components/formhelpers.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>

namespace genlab::widgets::form {

namespace train = engine::train;

OutputField::OutputField(QFormLayout *form, const QString &objectPrefix, std::function<QString()> proposeFolder)
    : QObject(form), m_proposeFolder(std::move(proposeFolder)), m_proposed(m_proposeFolder())
{
    m_edit = addFolderRow(form, tr("Save in"), m_proposed, objectPrefix + QStringLiteral("Output"),
                          tr("Where the model is saved"));
    m_resume = new QCheckBox(tr("Resume the checkpoint in this folder"), form->parentWidget());
    m_resume->setObjectName(objectPrefix + QStringLiteral("Resume"));
    form->addRow(QString(), m_resume);
}

QString OutputField::folder() const
{
    return m_edit->text().trimmed();
}

train::Resume OutputField::resume() const
{
    return m_resume->isChecked() ? train::Resume::Required : train::Resume::Never;
}

void OutputField::set(const QString &outDir, train::Resume resume)
{
    if (!outDir.isEmpty())
        m_edit->setText(outDir);
    // Resume::IfPresent (the kit's default) continues a checkpoint when there is one: ticked
    // exactly when this folder holds one.
    m_resume->setChecked(resume == train::Resume::Required ||
                         (resume == train::Resume::IfPresent && services::hasCheckpoint(outDir)));
}

QString OutputField::problem()
{
    const QString dir = folder();
    const bool resuming = m_resume->isChecked();
    if (dir.isEmpty())
        return tr("Say where the model is saved.");
    const bool exists = services::hasCheckpoint(dir);
    if (exists && !resuming && m_edit->text() == m_proposed) {
        // The folder we proposed is taken by the previous run: propose a fresh one.
        m_proposed = m_proposeFolder();
        m_edit->setText(m_proposed);
        return problem();
    }
    if (exists && !resuming)
        return tr("%1 already holds a model. Tick “Resume” to continue it, or choose another folder.")
            .arg(QDir::toNativeSeparators(dir));
    if (!exists && resuming)
        return tr("%1 holds no checkpoint to resume.").arg(QDir::toNativeSeparators(dir));
    return {};
}

} // namespace genlab::widgets::form
