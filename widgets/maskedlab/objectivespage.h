#pragma once

#include "services/masked/maskedservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {
class TokenView;
}

namespace genlab::widgets::maskedlab {

class CandidateBars;
class TargetCountBars;

// One sentence, three objectives: GPT's next token at every position (each token coloured by the
// probability the Text lab's model gave it, its favourite in the tool tip), BERT's predictions at
// the masked positions (15 % of the words drawn with the seed, or the words the user clicks), and
// T5's reconstruction of the corrupted spans; and how many training targets each objective gets
// from the sentence.
// Thread: GUI only.
class ObjectivesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectivesPage(services::MaskedService *service, QWidget *parent = nullptr);
    ~ObjectivesPage() override;

    void setText(const QString &text);
    void setSeed(quint64 seed);
    void refresh();

    bool hasResult() const { return m_result.has_value(); }
    const services::ObjectivesOutcome &result() const { return *m_result; }
    bool isBusy() const;
    QString messageText() const;
    QLabel *countsLabel() const { return m_counts; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void updated();
    void failed(const QString &message);
    void settingsChanged();

private:
    void show(const services::ObjectivesOutcome &outcome);

    services::MaskedService *m_service;
    QLineEdit *m_sentence;
    QSpinBox *m_seed;
    QLabel *m_message, *m_counts;
    QLabel *m_gptNote, *m_bertNote, *m_t5Note;
    textlab::TokenView *m_gpt, *m_bert, *m_t5Input, *m_t5Target;
    CandidateBars *m_bertBars;
    TargetCountBars *m_countBars;
    QTimer *m_debounce;
    QPointer<services::Job> m_job;
    std::optional<services::ObjectivesOutcome> m_result;
    QList<int> m_clickedWords;
};

// Three bars: the training targets each objective gets from the sentence.
// Thread: GUI only.
class TargetCountBars : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    void setCounts(int gpt, int bert, int t5);
    QSize sizeHint() const override { return {260, 84}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_counts[3] = {0, 0, 0};
};

} // namespace genlab::widgets::maskedlab
