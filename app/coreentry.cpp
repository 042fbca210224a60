// libgenlab_core's door for the studio's window (coreentry.h): the labs join the window the genlab
// binary built before LibTorch was loaded.
#include "coreentry.h"

#include "cli/command.h"

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
    genlab::engine::ResolvedDevice device;
    if (!genlab::cli::resolveDeviceOption(handoff->device, &device))
        return 2;
    auto *s = new genlab::app::Studio(device, handoff->jobs, handoff->projects, handoff->window);
    *studio = s;
    return handoff->windowShown ? s->startInShownWindow(handoff->labId)
                                : s->start(handoff->screenshotPath, handoff->labId, handoff->presentation);
#endif
}
