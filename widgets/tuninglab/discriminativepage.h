#pragma once

#include "services/tuning/discriminativejobs.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace genlab::services {
class Job;
class JobManager;
} // namespace genlab::services

namespace genlab::widgets::tuninglab {

class DiscriminativePlaneView;
class DiscriminativeDigitsView;

// Discriminative against generative, side by side on one data set (the 2-D toys or digits). Left,
// "Discriminative": logistic regression (or a small network) learns p(class | x): its decision
// regions over the plane, the held-out points on them (the ones it gets wrong ringed in black), its
// held-out accuracy, and the plain statement that it cannot draw new data. Right, "Generative": a
// Gaussian per class plus the class shares, classifying by Bayes' rule: its regions, each class's
// density as 1σ and 2σ ellipses, its accuracy, and "Sample new data", which draws new points from
// the Gaussians onto the plane (or a grid of new digits, one row per class, back-projected from PCA
// space). Both train in one job on the lab's lane.
// Thread: GUI only.
class DiscriminativePage : public QWidget
{
    Q_OBJECT
public:
    explicit DiscriminativePage(services::JobManager *jobs, QWidget *parent = nullptr);
    ~DiscriminativePage() override;

    services::DiscriminativeRequest request() const;
    void run();
    // Draws the sample spin box's count of new samples from the generative model (after a run).
    void sampleMore();
    bool isBusy() const;
    bool isSampling() const;
    bool hasResult() const { return m_outcome.has_value(); }
    const services::DiscriminativeOutcome &outcome() const { return *m_outcome; }
    // Generated samples shown in the generative panel (points, or digits in the grid).
    int sampleCount() const;
    QString discriminativeAccuracyText() const;
    QString generativeAccuracyText() const;
    QString message() const;

    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void finished();
    void sampled();
    void settingsChanged();

private:
    void showOutcome();
    void showSamples();
    void setBusy(bool busy);
    void updateTitles();
    QString stageText(const QString &stage) const;

    services::DiscriminativeJobs *m_service;
    QComboBox *m_data, *m_model;
    QSpinBox *m_components, *m_seed, *m_sampleCount;
    QPushButton *m_run, *m_sample;
    QLabel *m_status;
    QGroupBox *m_discBox, *m_genBox;
    QStackedWidget *m_discStack, *m_genStack;
    DiscriminativePlaneView *m_discPlane, *m_genPlane;
    QLabel *m_discDigits;
    DiscriminativeDigitsView *m_discWeights;
    DiscriminativeDigitsView *m_genDigits;
    QLabel *m_discAccuracy, *m_genAccuracy, *m_discNote, *m_genNote;
    QPointer<services::Job> m_job, m_sampleJob;
    std::optional<services::DiscriminativeOutcome> m_outcome;
    engine::tuning::GenerativeSamples m_samples; // shown on the generative side
    quint64 m_sampleSeed = 1000;
};

} // namespace genlab::widgets::tuninglab
