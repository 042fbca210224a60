// `genlab info`: device, LibTorch, BLAS and its measured throughput, the thread budget.
#include "cli/command.h"

#include "services/appinfo.h"
#include "services/computeservice.h"

#include <QCommandLineParser>

namespace genlab::cli {

namespace {

int runInfo(const CommandContext &ctx)
{
    const bool skipMeasure = ctx.parser->isSet(QStringLiteral("no-measure"));
    engine::ComputeInfo info = engine::computeInfo();
    double gflops = skipMeasure ? 0.0 : engine::measureMatmulGflops(ctx.device, 1024, 5);
    out(QStringLiteral("%1 %2").arg(services::appName(), services::appVersion()));
    for (const QString &line : services::describeCompute(ctx.device, ctx.budget, info, gflops))
        out(line);
    return 0;
}

CommandRegistrar registrar(Command{
    QStringLiteral("info"),
    QStringLiteral("Show the device, LibTorch, the BLAS and its measured matmul throughput, and the thread budget"),
    QString(),
    {QCommandLineOption(QStringLiteral("no-measure"), QStringLiteral("Skip the matmul throughput measurement"))},
    runInfo,
});

} // namespace
} // namespace genlab::cli
