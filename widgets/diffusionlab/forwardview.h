#pragma once

#include "services/diffusion/diffusionservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace genlab::widgets {
class ImageGridView;
}

namespace genlab::widgets::diffusionlab {

// The Diffusion lab's first page: the forward process on one image. Pick an image (a data set's,
// by index, or a file of one's own), a noise schedule and T, and drag t: side by side the clean
// image x_0, x_t in one draw (the closed form), x_t after t single steps and the noise ε that was
// added; the coefficients sqrt(ᾱ) and sqrt(1 − ᾱ); the residual's spread both ways against the
// theory (the same distribution); ᾱ(t) and the signal-to-noise ratio (log scale) of all three
// schedules with a cursor at t. The images are computed by DiffusionService::forward (a job,
// latest wins); the schedule curves are cheap pure C++ and drawn here.
// Thread: GUI only.
class ForwardView : public QWidget
{
    Q_OBJECT
public:
    explicit ForwardView(services::DiffusionService *service, QWidget *parent = nullptr);
    ~ForwardView() override;

    services::ForwardRequest request() const;
    // Shows the request's settings and computes them.
    void setRequest(const services::ForwardRequest &request);
    int t() const;
    void setT(int t);
    // Uses an image file of one's own (a message names it when it cannot be read).
    void setImageFile(const QString &path);
    // Computes now (the page also computes when first shown, and on every change).
    void refresh();

    bool hasResult() const { return m_result.has_value(); }
    const services::ForwardResult &result() const { return *m_result; }
    bool isBusy() const;
    QString messageText() const; // the last failure's message ("" when the last request succeeded)

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    ImageGridView *images() const { return m_images; }
    QCustomPlot *schedulePlot() const { return m_plot; }
    QLabel *coefficientsLabel() const { return m_coefficients; }
    QLabel *comparisonLabel() const { return m_comparison; }
    QLabel *noteLabel() const { return m_note; }

Q_SIGNALS:
    void updated();                          // a result was drawn
    void failed(const QString &message);     // the latest request failed (the last result stays)
    void settingsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseFile();
    void onScheduleChanged();
    void onTChanged(int t);
    void drawSchedules();
    void moveCursor();
    void showResult(const services::ForwardResult &result);
    void showCoefficients();
    void setMessage(const QString &text, bool error);
    void syncSourceWidgets();

    services::DiffusionService *m_service;
    QComboBox *m_source, *m_schedule;
    QSpinBox *m_index, *m_T, *m_tSpin, *m_seed;
    QSlider *m_tSlider;
    QPushButton *m_fileButton;
    ImageGridView *m_images;
    QLabel *m_coefficients, *m_comparison, *m_note, *m_message;
    QCustomPlot *m_plot;
    QCPGraph *m_alphaGraphs[3] = {};
    QCPGraph *m_snrGraphs[3] = {};
    QCPItemStraightLine *m_cursor = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_cursorText = nullptr;

    QString m_file;                // the user's image file ("" while a data set is picked)
    QPointer<services::Job> m_job; // the newest request
    quint64 m_submitted = 0, m_shown = 0;
    std::optional<services::ForwardResult> m_result;
    bool m_started = false;        // computed once (first shown or asked)
    bool m_setting = false;        // the form is being filled: no request per field
};

} // namespace genlab::widgets::diffusionlab
