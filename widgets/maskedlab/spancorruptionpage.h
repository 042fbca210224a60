#pragma once

#include "services/masked/maskedservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QTimer;

namespace genlab::services {
class Job;
}

namespace genlab::widgets::textlab {
class TokenView;
}

namespace genlab::widgets::maskedlab {

// T5's span corruption of the user's sentence: the corruption rate and the mean span length as
// sliders, a seed; the sentence with its dropped spans coloured, the encoder's input with a
// sentinel where each span was, the decoder's target (sentinel, span, sentinel, ...), the expected
// and the drawn number of spans, and the small T5's fill of each span beside the truth.
// Thread: GUI only.
class SpanCorruptionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpanCorruptionPage(services::MaskedService *service, QWidget *parent = nullptr);
    ~SpanCorruptionPage() override;

    void setText(const QString &text);
    void setRate(double rate);         // 0.01 .. 0.9
    void setMeanSpan(double meanSpan); // 1 .. 10
    void setSeed(quint64 seed);
    services::CorruptRequest request() const;
    void refresh();

    bool hasResult() const { return m_result.has_value(); }
    const services::CorruptOutcome &result() const { return *m_result; }
    bool isBusy() const;
    QString messageText() const;
    QLabel *statsLabel() const { return m_stats; }
    QSlider *rateSlider() const { return m_rate; }
    QSlider *spanSlider() const { return m_span; }
    textlab::TokenView *inputView() const { return m_input; }
    textlab::TokenView *targetView() const { return m_target; }

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void updated();
    void failed(const QString &message);
    void settingsChanged();

private:
    void show(const services::CorruptOutcome &outcome);
    void updateLabels();

    services::MaskedService *m_service;
    QLineEdit *m_sentence;
    QSlider *m_rate, *m_span;
    QLabel *m_rateLabel, *m_spanLabel;
    QSpinBox *m_seed;
    QLabel *m_stats, *m_message, *m_fillStatus;
    textlab::TokenView *m_original, *m_input, *m_target, *m_fill;
    QTimer *m_debounce;
    QPointer<services::Job> m_job;
    std::optional<services::CorruptOutcome> m_result;
};

// A colour per span (cycling), shared by the corruption and the three-objectives pages.
QColor spanColor(int span);

} // namespace genlab::widgets::maskedlab
