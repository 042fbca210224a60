#pragma once

#include "services/masked/maskedservice.h"
#include "widgets/shell/labpage.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {
class ModelGate;
}

namespace genlab::widgets::maskedlab {

class FillMaskPage;
class MaskedTrainPage;
class ObjectivesPage;
class SpanCorruptionPage;

// The Masked objectives lab: BERT's fill-mask and T5's span corruption beside GPT's next token.
// Four pages: fill-mask on the user's sentence (FillMaskPage), training a masked LM or a small T5
// on a text file (MaskedTrainPage), T5's span corruption (SpanCorruptionPage) and the three
// objectives on one sentence (ObjectivesPage). The model line shows the encoder the lab works
// with: the shipped masked LM, loaded when the lab is first shown, or a BERT folder the user opens
// (BertForMaskedLM, BertModel, sentence-transformers); a failed load names the folder and keeps
// the model there was. Every model pass runs in MaskedService's jobs.
// Thread: GUI only.
class MaskedLab : public LabPage
{
    Q_OBJECT
public:
    explicit MaskedLab(services::MaskedService *service, QWidget *parent = nullptr);
    ~MaskedLab() override;

    QString labId() const override { return QStringLiteral("masked"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    // The model load has ended and the fill-mask page shows its first prediction (or its message).
    bool isReady() const override { return m_ready; }
    void activated() override;

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // services::masked::kShippedMlm or a BERT folder.
    void loadModel(const QString &nameOrFolder);
    bool hasModel() const { return m_model.has_value(); }
    const services::MaskedModelInfo &model() const { return *m_model; }
    bool isLoading() const;
    QString messageText() const;

    QTabWidget *tabs() const { return m_tabs; }
    FillMaskPage *fillMaskPage() const { return m_fill; }
    MaskedTrainPage *trainPage() const { return m_train; }
    SpanCorruptionPage *corruptionPage() const { return m_corrupt; }
    ObjectivesPage *objectivesPage() const { return m_objectives; }
    QLabel *modelLabel() const { return m_modelInfo; }

Q_SIGNALS:
    void modelLoaded(bool succeeded);

private:
    void chooseFolder();
    void setMessage(const QString &text, bool error);
    void showModel();
    void checkReady();
    void pageShown();
    QString keyFor(const QString &nameOrFolder) const;
    QString loadedKey() const;

    services::MaskedService *m_service;
    QTabWidget *m_tabs;
    FillMaskPage *m_fill;
    MaskedTrainPage *m_train;
    SpanCorruptionPage *m_corrupt;
    ObjectivesPage *m_objectives;
    QLabel *m_modelInfo, *m_message;
    QPushButton *m_loadButton, *m_shippedButton;
    std::optional<services::MaskedModelInfo> m_model;
    QPointer<services::Job> m_load;
    QString m_loadingKey;
    bool m_activated = false;
    bool m_fillSettled = false;
    bool m_ready = false;
    bool m_corruptShown = false;
    bool m_objectivesShown = false;
    bool m_firstModel = true;
};

} // namespace genlab::widgets::maskedlab
