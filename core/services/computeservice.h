#pragma once

#include "engine/runtime/compute.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace genlab::services {

class Job;
class JobManager;

// The compute runtime as the studio shows it: the device chosen at start, the thread budget,
// and a throughput measurement that runs as a job.
// Thread: GUI only.
class ComputeService : public QObject
{
    Q_OBJECT
public:
    ComputeService(JobManager *jobs, engine::ResolvedDevice device, engine::ThreadBudget budget,
                   QObject *parent = nullptr);

    const engine::ResolvedDevice &device() const { return m_device; }
    const engine::ThreadBudget &budget() const { return m_budget; }
    QString deviceSummary() const;  // "CPU (2 cores)" / "NVIDIA H100 · 80 GiB"
    QString threadsSummary() const; // "threads: 1 interactive, 1 training"

    // Measures matmul throughput on the I/O lane; the result is a QVariantMap with
    // gflops, blas, blasIsReference, torchVersion.
    Job *measureThroughput();

private:
    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    engine::ThreadBudget m_budget;
};

// Lines of `genlab info` (also shown on the Home page).
QStringList describeCompute(const engine::ResolvedDevice &device, const engine::ThreadBudget &budget,
                            const engine::ComputeInfo &info, double gflops);

} // namespace genlab::services
