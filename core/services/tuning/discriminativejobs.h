#pragma once
// The Tuning lab's "discriminative vs generative" jobs: both classifiers trained and measured on one
// data set (engine/tuning/discriminative.h), and more samples drawn from the fitted generative
// model. Both run on the lab's own interactive lane ("tuning"); the results are plain data (the
// page builds its pictures).
// Thread: GUI only.

#include "engine/tuning/discriminative.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace genlab::services {

class Job;
class JobManager;

struct DiscriminativeRequest
{
    QString data = QStringLiteral("two-moons"); // engine::tuning::classifierDataNames()
    int hidden = 0;                             // 0: logistic regression; N: a network of N tanh units
    int components = 1;                         // Gaussians per class (1: the classic generative classifier)
    quint64 seed = 1;
    int samples = 0;                            // 0: the engine's default (240 points, 40 digits)
};

struct DiscriminativeOutcome
{
    DiscriminativeRequest request;
    std::shared_ptr<const engine::tuning::DiscriminativeResult> result; // never null in a finished job
};

struct DiscriminativeSamplesOutcome
{
    quint64 seed = 0;
    engine::tuning::GenerativeSamples samples;
};

class DiscriminativeJobs : public QObject
{
    Q_OBJECT
public:
    explicit DiscriminativeJobs(JobManager *jobs, QObject *parent = nullptr);
    ~DiscriminativeJobs() override;

    // Result: DiscriminativeOutcome. Fails naming a bad data name or option, or the places digits.png
    // was looked for. Progress per epoch; cancelable.
    Job *run(const DiscriminativeRequest &request);
    // Result: DiscriminativeSamplesOutcome: count new samples from the outcome's generative model.
    Job *sample(const DiscriminativeOutcome &outcome, int count, quint64 seed);

    // Whether OpenCV's digits.png is installed; *why says why not.
    static bool digitsAvailable(QString *why);

private:
    JobManager *m_jobs;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::DiscriminativeOutcome)
Q_DECLARE_METATYPE(genlab::services::DiscriminativeSamplesOutcome)
