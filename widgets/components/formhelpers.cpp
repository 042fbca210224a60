#include "widgets/components/formhelpers.h"

#include "widgets/shell/presentation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <functional>

namespace genlab::widgets::form {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("genlab::widgets::form::CommonFields", text);
}

int clampInt(std::int64_t v)
{
    return int(std::clamp<std::int64_t>(v, 0, INT_MAX));
}

QLineEdit *addChooserRow(QFormLayout *form, const QString &label, const QString &path, const QString &objectName,
                         const std::function<QString(QWidget *, const QString &)> &choose)
{
    QWidget *parent = form->parentWidget();
    auto *edit = new QLineEdit(path, parent);
    edit->setObjectName(objectName);
    auto *browse = new QPushButton(QCoreApplication::translate("genlab::widgets::form", "…"), parent);
    browse->setObjectName(objectName + QStringLiteral("Browse"));
    browse->setToolTip(QCoreApplication::translate("genlab::widgets::form", "Choose…"));
    browse->setMaximumWidth(browse->fontMetrics().horizontalAdvance(QStringLiteral("……")) + 16);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, choose] {
        const QString chosen = choose(edit, edit->text().trimmed());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return edit;
}

} // namespace

QSpinBox *spinBox(QWidget *parent, int min, int max, int value, const QString &objectName, int singleStep,
                  const QString &suffix)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setSingleStep(singleStep);
    s->setObjectName(objectName);
    if (!suffix.isEmpty())
        s->setSuffix(suffix);
    return s;
}

QDoubleSpinBox *doubleSpinBox(QWidget *parent, double min, double max, double value, int decimals, double singleStep,
                              const QString &objectName)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setDecimals(decimals);
    s->setRange(min, max);
    s->setSingleStep(singleStep);
    s->setValue(value);
    s->setObjectName(objectName);
    return s;
}

QComboBox *addProcessesRow(QFormLayout *form)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->setObjectName(QStringLiteral("trainProcesses"));
    combo->addItem(tr("This process"), 1);
    for (int n : {2, 4})
        combo->addItem(tr("%1 local processes").arg(n), n);
    combo->setToolTip(tr("Data-parallel training: each process trains its share of every batch and the gradients "
                         "are averaged, so the model is the one a single process would train. The batch must split "
                         "evenly between them. The processes share this computer's cores: on a laptop this shows "
                         "how training spreads over machines, not a speed-up."));
    presentation::markExpert(combo); // hidden in presentation mode (with its label)
    form->addRow(tr("Processes"), combo);
    return combo;
}

int processes(const QComboBox *combo)
{
    return combo ? std::max(1, combo->currentData().toInt()) : 1;
}

void setProcesses(QComboBox *combo, int count)
{
    count = std::clamp(count, 1, 64);
    int index = combo->findData(count);
    if (index < 0) {
        combo->addItem(count == 1 ? tr("This process") : tr("%1 local processes").arg(count), count);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QLineEdit *addFolderRow(QFormLayout *form, const QString &label, const QString &path, const QString &objectName,
                        const QString &dialogTitle)
{
    return addChooserRow(form, label, path, objectName, [dialogTitle](QWidget *parent, const QString &current) {
        return QFileDialog::getExistingDirectory(parent, dialogTitle, current);
    });
}

QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &path, const QString &objectName,
                      const QString &dialogTitle, const QString &filter)
{
    return addChooserRow(form, label, path, objectName, [dialogTitle, filter](QWidget *parent, const QString &current) {
        return QFileDialog::getOpenFileName(parent, dialogTitle, current, filter);
    });
}

CommonFields::CommonFields(QFormLayout *form, const engine::train::CommonOptions &d, Fields fields,
                           const QString &previewLabel)
{
    QWidget *parent = form->parentWidget();
    const QLocale locale;
    auto defaultTip = [&](const QString &what, const QString &value) {
        return tr("%1 (default %2)").arg(what, value);
    };
    if (fields & Steps) {
        steps = spinBox(parent, 1, 10000000, clampInt(d.steps), QStringLiteral("trainSteps"), 100);
        steps->setToolTip(defaultTip(tr("Optimizer steps in all, counting those before a resume"), locale.toString(qint64(d.steps))));
        form->addRow(tr("Steps"), steps);
    }
    if (fields & Batch) {
        batch = spinBox(parent, 1, 4096, d.batchSize, QStringLiteral("trainBatch"), 8);
        batch->setToolTip(defaultTip(tr("Examples per optimizer step"), locale.toString(d.batchSize)));
        form->addRow(tr("Batch"), batch);
    }
    if (fields & LearningRate) {
        learningRate = doubleSpinBox(parent, kMinLearningRate, 1.0, d.learningRate, 5, 0.0005, QStringLiteral("trainLr"));
        learningRate->setToolTip(defaultTip(d.schedule == engine::train::Schedule::WarmupCosine
                                                ? tr("Peak learning rate after the warm-up; a cosine brings it down to a tenth")
                                                : tr("Adam's learning rate"),
                                            locale.toString(d.learningRate, 'g', 3)));
        form->addRow(tr("Learning rate"), learningRate);
    }
    if (fields & Seed) {
        seed = spinBox(parent, 0, INT_MAX, int(std::min<std::uint64_t>(d.seed, INT_MAX)), QStringLiteral("trainSeed"));
        seed->setToolTip(defaultTip(tr("Initial weights, batch order and previews: the same seed trains the same model"),
                                    QString::number(d.seed)));
        form->addRow(tr("Seed"), seed);
    }
    if (fields & PreviewEvery) {
        previewEvery = spinBox(parent, 1, 1000000, std::max(1, clampInt(d.previewEvery)), QStringLiteral("trainPreviewEvery"),
                               50, tr(" steps"));
        previewEvery->setToolTip(defaultTip(tr("Steps between previews (and one at the end); the step slider scrubs through them"),
                                            locale.toString(qint64(d.previewEvery))));
        presentation::markExpert(previewEvery);
        form->addRow(previewLabel, previewEvery);
    }
    if (fields & EvalEvery) {
        evalEvery = spinBox(parent, 1, 1000000, std::max(1, clampInt(d.evalEvery)), QStringLiteral("trainEvalEvery"), 50,
                            tr(" steps"));
        evalEvery->setToolTip(defaultTip(tr("Steps between estimates of the loss on held-out data (and one at the end)"),
                                         locale.toString(qint64(d.evalEvery))));
        presentation::markExpert(evalEvery);
        form->addRow(tr("Evaluate every"), evalEvery);
    }
    if (fields & CheckpointEvery) {
        checkpointEvery = spinBox(parent, 0, 1000000, clampInt(d.checkpointEvery), QStringLiteral("trainCheckpointEvery"),
                                  100, tr(" steps"));
        checkpointEvery->setSpecialValueText(tr("at the end only"));
        checkpointEvery->setToolTip(defaultTip(tr("Steps between checkpoints (and one at the end); a run that diverges "
                                                  "keeps the last one"),
                                               locale.toString(qint64(d.checkpointEvery))));
        presentation::markExpert(checkpointEvery);
        form->addRow(tr("Checkpoint every"), checkpointEvery);
    }
}

void CommonFields::read(engine::train::CommonOptions &o) const
{
    if (steps)
        o.steps = steps->value();
    if (batch)
        o.batchSize = batch->value();
    if (learningRate)
        o.learningRate = learningRate->value();
    if (seed)
        o.seed = std::uint64_t(seed->value());
    if (checkpointEvery)
        o.checkpointEvery = checkpointEvery->value();
    if (previewEvery)
        o.previewEvery = previewEvery->value();
    if (evalEvery)
        o.evalEvery = evalEvery->value();
    // In the studio someone can press Resume: a NaN pauses the run with its message instead of
    // ending it (the CLI keeps Stop).
    o.onDivergence = engine::train::OnDivergence::Pause;
}

void CommonFields::set(const engine::train::CommonOptions &o)
{
    if (steps)
        steps->setValue(clampInt(o.steps));
    if (batch)
        batch->setValue(o.batchSize);
    if (learningRate)
        learningRate->setValue(o.learningRate);
    if (seed)
        seed->setValue(int(std::min<std::uint64_t>(o.seed, INT_MAX)));
    if (checkpointEvery)
        checkpointEvery->setValue(clampInt(o.checkpointEvery));
    if (previewEvery)
        previewEvery->setValue(std::max(1, clampInt(o.previewEvery)));
    if (evalEvery)
        evalEvery->setValue(std::max(1, clampInt(o.evalEvery)));
}

QList<QWidget *> CommonFields::widgets() const
{
    QList<QWidget *> out;
    for (QWidget *w : std::initializer_list<QWidget *>{steps, batch, learningRate, seed, previewEvery, evalEvery, checkpointEvery})
        if (w)
            out << w;
    return out;
}

} // namespace genlab::widgets::form
