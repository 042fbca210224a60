#include "services/computeservice.h"

#include "services/jobmanager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

namespace genlab::services {

ComputeService::ComputeService(JobManager *jobs, engine::ResolvedDevice device, engine::ThreadBudget budget,
                               QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_budget(budget)
{
}

QString ComputeService::deviceSummary() const
{
    QString s = QString::fromStdString(m_device.name);
    if (m_device.cuda && m_device.memoryBytes > 0)
        s += tr(" · %1 GiB").arg(QLocale().toString(double(m_device.memoryBytes) / double(1ll << 30), 'f', 0));
    return s;
}

QString ComputeService::threadsSummary() const
{
    return tr("threads: %1 interactive, %2 training").arg(m_budget.interactive).arg(m_budget.training);
}

Job *ComputeService::measureThroughput()
{
    JobRequest r;
    r.title = tr("Measure matmul throughput");
    r.lane = Lane::IO;
    r.coalesceKey = QStringLiteral("compute.throughput");
    r.work = [device = m_device](const engine::RunContext &ctx) -> QVariant {
        ctx.progress(0.1, "loading BLAS");
        engine::ComputeInfo info = engine::computeInfo();
        ctx.checkpoint();
        ctx.progress(0.3, "1024x1024 fp32 matmul");
        double gflops = engine::measureMatmulGflops(device, 1024, 5, ctx.stop);
        QVariantMap m;
        m[QStringLiteral("gflops")] = gflops;
        m[QStringLiteral("blas")] = QString::fromStdString(info.blas);
        m[QStringLiteral("blasIsReference")] = info.blasIsReference;
        m[QStringLiteral("torchVersion")] = QString::fromStdString(info.torchVersion);
        m[QStringLiteral("lines")] = describeCompute(device, engine::planThreadBudget(), info, gflops);
        return m;
    };
    return m_jobs->submit(std::move(r));
}

QStringList describeCompute(const engine::ResolvedDevice &device, const engine::ThreadBudget &budget,
                            const engine::ComputeInfo &info, double gflops)
{
    // The context lupdate gives a free function's tr() calls in this namespace.
    auto tr = [](const char *s) { return QCoreApplication::translate("genlab::services", s); };
    QStringList lines;
    lines << tr("device:      %1 (%2)").arg(QString::fromStdString(device.name), QString::fromStdString(device.id));
    if (!device.warning.empty())
        lines << tr("note:        %1").arg(QString::fromStdString(device.warning));
    lines << tr("LibTorch:    %1 (%2 parallel backend)")
                 .arg(QString::fromStdString(info.torchVersion), QString::fromStdString(info.parallelBackend));
    lines << tr("CUDA:        %1")
                 .arg(info.cudaAvailable ? tr("%1 device(s)").arg(info.cudaDeviceCount) : tr("not available"));
    lines << tr("CPU cores:   %1").arg(info.cores);
    lines << tr("threads:     interactive lane %1, training lane %2, I/O lane %3, headless commands %4")
                 .arg(budget.interactive)
                 .arg(budget.training)
                 .arg(budget.io)
                 .arg(budget.cli);
    lines << tr("BLAS:        %1").arg(QString::fromStdString(info.blas));
    if (!info.blasCore.empty())
        lines << tr("BLAS core:   %1").arg(QString::fromStdString(info.blasCore));
    if (gflops > 0) {
        lines << tr("matmul:      %1 GFLOP/s (1024x1024 fp32, %2)")
                     .arg(QLocale().toString(gflops, 'f', 1))
                     .arg(QString::fromStdString(device.id));
        if (!device.cuda && info.blasIsReference)
            lines << tr("WARNING:     the slow reference BLAS is in use. Install libopenblas0-openmp "
                        "(apt-get install libopenblas0-openmp) for a ~20x faster matrix multiplication.");
        else if (!device.cuda && gflops < engine::kSlowBlasGflops)
            lines << tr("WARNING:     matrix multiplication is implausibly slow for %1; the machine may be busy "
                        "or the BLAS misconfigured.")
                         .arg(QString::fromStdString(info.blas));
    }
    return lines;
}

} // namespace genlab::services
