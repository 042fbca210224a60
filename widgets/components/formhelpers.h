#pragma once
// The pieces every lab's training form repeats: spin boxes with object names (tests find them by
// name), the output-folder row with its "…" chooser, and the rows for the options every trainer
// shares, initialised from the trainer's own defaults (engine::train::CommonOptions, e.g. a
// default-constructed vae::TrainOptions) and read back into them, so the form never writes a
// default of its own.

#include "engine/train/options.h"

#include <QFlags>
#include <QList>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace genlab::widgets::form {

// The smallest learning rate the forms accept (also the floor of the "try a lower one" advice).
inline constexpr double kMinLearningRate = 1e-5;

QSpinBox *spinBox(QWidget *parent, int min, int max, int value, const QString &objectName, int singleStep = 1,
                  const QString &suffix = {});
QDoubleSpinBox *doubleSpinBox(QWidget *parent, double min, double max, double value, int decimals, double singleStep,
                              const QString &objectName);

// Where a training run goes: "This process" (1) or N local processes training data-parallel
// (services/localranks.h); the item data is the process count. Added to form as a "Processes"
// row; object name trainProcesses. processes() reads it, setProcesses() selects (or adds) a count.
QComboBox *addProcessesRow(QFormLayout *form);
int processes(const QComboBox *combo);
void setProcesses(QComboBox *combo, int count);

// A line edit and a "…" button that picks a folder (dialogTitle), added to form as one row.
QLineEdit *addFolderRow(QFormLayout *form, const QString &label, const QString &path, const QString &objectName,
                        const QString &dialogTitle);
// The same for a file to open (filter as QFileDialog takes it).
QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &path, const QString &objectName,
                      const QString &dialogTitle, const QString &filter);

// The common training options as form rows. Object names: trainSteps, trainBatch, trainLr,
// trainSeed, trainCheckpointEvery, trainPreviewEvery, trainEvalEvery. The fields belong to the form's widget.
// Thread: GUI only.
class CommonFields
{
public:
    enum Field {
        Steps = 0x1,
        Batch = 0x2,
        LearningRate = 0x4,
        Seed = 0x8,
        CheckpointEvery = 0x10,
        PreviewEvery = 0x20,
        All = 0x3f,        // the fields every trainer uses
        EvalEvery = 0x40,  // for trainers with a separate evaluation (a validation loss)
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // Adds the rows of `fields` to form in the order above, with the values of defaults (also
    // named in each tool tip). previewLabel names what a preview is in this lab
    // ("Reconstructions every", "Sample every").
    CommonFields(QFormLayout *form, const engine::train::CommonOptions &defaults, Fields fields,
                 const QString &previewLabel);

    // Writes the shown fields into options; the others keep what options had. Also sets
    // onDivergence to Pause: a run started from a form pauses on a NaN for the user to resume.
    void read(engine::train::CommonOptions &options) const;
    // Shows options' values in the shown fields.
    void set(const engine::train::CommonOptions &options);
    QList<QWidget *> widgets() const;

    QSpinBox *steps = nullptr, *batch = nullptr, *seed = nullptr, *checkpointEvery = nullptr, *previewEvery = nullptr,
             *evalEvery = nullptr;
    QDoubleSpinBox *learningRate = nullptr;
};

} // namespace genlab::widgets::form

Q_DECLARE_OPERATORS_FOR_FLAGS(genlab::widgets::form::CommonFields::Fields)
