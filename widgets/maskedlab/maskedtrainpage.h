#pragma once

#include "engine/masked/mlmtraining.h"
#include "engine/masked/t5training.h"
#include "services/masked/maskedservice.h"
#include "widgets/components/trainingpage.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace genlab::engine::train {
struct Metrics;
}

namespace genlab::widgets {
namespace form {
class CommonFields;
class OutputField;
} // namespace form
namespace textlab {
class TokenView;
}
} // namespace genlab::widgets

namespace genlab::widgets::maskedlab {

class CandidateBars;

// The Train page: a small masked LM (BERT's objective) or a small T5 (span corruption) trained on
// a text file as a pausable job on the shared training session. Curves of the loss and of the
// accuracy at the predicted positions; for the masked LM, beside them, BERT's masking rule on a
// live row of the batch (which tokens were chosen, and whether each became [MASK], a random token
// or stayed) and the predictions for a fixed probe sentence, both following the step slider; for
// T5 the probe's corrupted input and the filled spans as the text preview. "Use this model" opens
// the result in the Fill mask (or Span corruption) page.
// Thread: GUI only.
class MaskedTrainPage : public TrainingPage
{
    Q_OBJECT
public:
    explicit MaskedTrainPage(services::MaskedService *service, QWidget *parent = nullptr);
    ~MaskedTrainPage() override;

    // "mlm" or "t5".
    void setObjective(const QString &objective);
    QString objective() const;
    engine::masked::TrainOptions mlmOptions() const;
    engine::masked::T5TrainOptions t5Options() const;
    void setDataPath(const QString &path);
    void setOutDir(const QString &path);
    // Small settings for tests: steps, batch, width, layers, context; a probe every quarter.
    void setQuickSettings(int steps, int batch, int width, int layers, int context, int vocab);
    bool start();
    QPushButton *startButton() const { return m_start; }
    // The probe shown (the masked LM's), for tests: its step, -1 when none.
    qint64 shownProbeStep() const { return m_shownProbe; }
    int probeCount() const { return int(m_probes.size()); }
    CandidateBars *probeBars() const { return m_probeBars; }
    textlab::TokenView *exampleRow() const { return m_example; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    // The finished model's folder and its objective.
    void useModel(const QString &folder, const QString &objective);
    void settingsChanged();

private:
    void objectiveChanged();
    // (scalar, legend name) of the objective's accuracy curves.
    QList<QPair<QString, QString>> accuracyCurves(const QString &objective) const;
    void onMetrics(const engine::train::Metrics &metrics);
    void onPartial(const engine::Partial &partial);
    void showProbeAt(qint64 step);

    services::MaskedService *m_service;
    QWidget *m_form;
    QComboBox *m_objective, *m_size;
    QLineEdit *m_data;
    std::unique_ptr<form::OutputField> m_output;
    QSpinBox *m_vocab, *m_context;
    QCheckBox *m_wholeWord;
    std::unique_ptr<form::CommonFields> m_common;
    QPushButton *m_start;
    QWidget *m_probePanel;
    QLabel *m_probeTitle, *m_ruleLine, *m_probeFilled;
    textlab::TokenView *m_example;
    CandidateBars *m_probeBars;
    std::map<qint64, engine::masked::MaskedProbe> m_probes;
    qint64 m_shownProbe = -1;
    qint64 m_totalSteps = 0;
    int m_customWidth = 0, m_customLayers = 0;
    QString m_runObjective;
    double m_lastLoss = 0, m_lastVal = -1, m_lastAccuracy = -1, m_lastRate = 0;
};

} // namespace genlab::widgets::maskedlab
