#pragma once

#include "engine/base/runcontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace genlab::cli {

// One lab's part of `genlab demo`: writes its outputs into outDir and returns a summary
// (files written, figures) for summary.json. Throws on failure; the demo goes on with the next.
struct DemoStep
{
    QString name;    // "compute", "data.digits", "latent", "text"
    int order = 100; // lower runs first
    std::function<QJsonObject(const QString &outDir, const engine::RunContext &ctx)> run;
};

QList<DemoStep> &demoRegistry();

struct DemoRegistrar
{
    explicit DemoRegistrar(DemoStep step);
};

} // namespace genlab::cli
