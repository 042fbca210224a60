// `genlab demo --out DIR`: runs the headless path of every lab and writes its outputs plus a
// summary (summary.json and summary.txt). It grows with each lab.
#include "cli/command.h"
#include "cli/demo.h"

#include "services/appinfo.h"
#include "services/computeservice.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace genlab::cli {

QList<DemoStep> &demoRegistry()
{
    static QList<DemoStep> steps;
    return steps;
}

DemoRegistrar::DemoRegistrar(DemoStep step)
{
    demoRegistry().append(std::move(step));
}

namespace {

bool writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    return f.commit();
}

int runDemo(const CommandContext &ctx)
{
    const QString outDir = ctx.parser->value(QStringLiteral("out"));
    if (outDir.isEmpty())
        throw UsageError{QStringLiteral("--out DIR is required")};
    if (!QDir().mkpath(outDir)) {
        err(QStringLiteral("genlab demo: cannot create the output folder %1").arg(QDir::toNativeSeparators(outDir)));
        return 1;
    }
    QList<DemoStep> steps = demoRegistry();
    std::stable_sort(steps.begin(), steps.end(), [](const DemoStep &a, const DemoStep &b) { return a.order < b.order; });
    const QString only = ctx.parser->value(QStringLiteral("only"));

    QJsonArray results;
    QStringList text;
    text << QStringLiteral("%1 %2 demo, %3").arg(services::appName(), services::appVersion(),
                                                   QDateTime::currentDateTime().toString(Qt::ISODate));
    text << QStringLiteral("device: %1").arg(QString::fromStdString(ctx.device.name));
    int failures = 0;
    for (const DemoStep &step : steps) {
        if (!only.isEmpty() && !step.name.startsWith(only))
            continue;
        note(QStringLiteral("demo: %1 …").arg(step.name));
        QElapsedTimer timer;
        timer.start();
        QJsonObject entry;
        entry[QStringLiteral("step")] = step.name;
        try {
            QJsonObject summary = step.run(outDir, consoleRunContext(QStringLiteral("demo %1").arg(step.name)));
            entry[QStringLiteral("ok")] = true;
            entry[QStringLiteral("summary")] = summary;
            text << QStringLiteral("[ok]     %1 (%2 ms): %3")
                        .arg(step.name)
                        .arg(timer.elapsed())
                        .arg(summary.value(QStringLiteral("description")).toString());
            const QJsonArray files = summary.value(QStringLiteral("files")).toArray();
            for (const auto &f : files)
                text << QStringLiteral("         %1").arg(f.toString());
        } catch (const std::exception &e) {
            ++failures;
            entry[QStringLiteral("ok")] = false;
            entry[QStringLiteral("error")] = QString::fromUtf8(e.what());
            text << QStringLiteral("[failed] %1: %2").arg(step.name, QString::fromUtf8(e.what()));
        }
        entry[QStringLiteral("ms")] = double(timer.elapsed());
        results.append(entry);
    }
    QJsonObject summary{
        {QStringLiteral("app"), services::appName()},
        {QStringLiteral("version"), services::appVersion()},
        {QStringLiteral("device"), QString::fromStdString(ctx.device.id)},
        {QStringLiteral("steps"), results},
    };
    const QString jsonPath = QDir(outDir).filePath(QStringLiteral("summary.json"));
    const QString textPath = QDir(outDir).filePath(QStringLiteral("summary.txt"));
    if (!writeText(jsonPath, QJsonDocument(summary).toJson()) ||
        !writeText(textPath, text.join(QLatin1Char('\n')).toUtf8() + '\n')) {
        err(QStringLiteral("genlab demo: cannot write the summary into %1").arg(QDir::toNativeSeparators(outDir)));
        return 1;
    }
    for (const QString &line : text)
        out(line);
    out(QStringLiteral("summary: %1").arg(QDir::toNativeSeparators(textPath)));
    return failures == 0 ? 0 : 1;
}

CommandRegistrar registrar(Command{
    QStringLiteral("demo"),
    QStringLiteral("Run the headless path of every lab and write its outputs and a summary into DIR"),
    QString(),
    {QCommandLineOption(QStringLiteral("out"), QStringLiteral("Output folder (created if missing)"), QStringLiteral("DIR")),
     QCommandLineOption(QStringLiteral("only"), QStringLiteral("Run only the steps whose name starts with NAME"),
                        QStringLiteral("NAME"))},
    runDemo,
});

// The compute part of the demo: what the studio runs on, measured.
DemoRegistrar computeStep(DemoStep{
    QStringLiteral("compute"),
    0,
    [](const QString &outDir, const engine::RunContext &ctx) {
        ctx.progress(0.1, "measuring matmul throughput");
        const engine::ResolvedDevice device = engine::resolveDevice({});
        engine::ComputeInfo info = engine::computeInfo();
        const double gflops = engine::measureMatmulGflops(device, 1024, 3);
        const QStringList lines = services::describeCompute(device, engine::planThreadBudget(), info, gflops);
        const QString path = QDir(outDir).filePath(QStringLiteral("compute.txt"));
        if (!writeText(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n'))
            throw std::runtime_error("cannot write " + path.toStdString());
        return QJsonObject{
            {QStringLiteral("description"), QStringLiteral("%1 GFLOP/s fp32 matmul on %2, BLAS: %3")
                                                .arg(gflops, 0, 'f', 1)
                                                .arg(QString::fromStdString(device.id), QString::fromStdString(info.blas))},
            {QStringLiteral("files"), QJsonArray{QStringLiteral("compute.txt")}},
            {QStringLiteral("gflops"), gflops},
        };
    },
});

} // namespace
} // namespace genlab::cli
