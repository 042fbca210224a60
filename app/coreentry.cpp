// libgenlab_core's door for the studio's window (coreentry.h): the labs join the window the genlab
// binary built before LibTorch was loaded.
#include "coreentry.h"

#include "cli/command.h"
#include "engine/runtime/compute.h"

#ifdef GENLAB_WITH_WIDGETS
#include "studio.h"
#endif

extern "C" int genlab_core_attach(const genlab::app::ShellHandoff *handoff, QObject **studio)
{
    using genlab::cli::err;
    *studio = nullptr;
#ifndef GENLAB_WITH_WIDGETS
    Q_UNUSED(handoff);
    err(QStringLiteral("genlab: built without the desktop studio (GENLAB_WITH_WIDGETS=OFF): headless commands only"));
    return 2;
#else
    std::string error;
    const auto spec = genlab::engine::DeviceSpec::parse(handoff->device.toStdString(), &error);
    if (!spec) {
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(error)));
        return 2;
    }
    const genlab::engine::ResolvedDevice device = genlab::engine::resolveDevice(*spec);
    if (!device.warning.empty())
        err(QStringLiteral("genlab: %1").arg(QString::fromStdString(device.warning)));
    auto *s = new genlab::app::Studio(device, handoff->jobs, handoff->projects, handoff->window);
    *studio = s;
    return handoff->windowShown ? s->startInShownWindow(handoff->labId)
                                : s->start(handoff->screenshotPath, handoff->labId, handoff->presentation);
#endif
}
