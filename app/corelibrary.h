#pragma once
// The genlab binary's handle on libgenlab_core (coreentry.h): found beside the binary (a build tree)
// or in ../lib/genlab (installed), loaded once, never unloaded (LibTorch does not unload).

#include "coreentry.h"

#include <QString>

namespace genlab::app {

class CoreLibrary
{
public:
    // Loads the library (~0.6 s: LibTorch registers its operators). Safe on any one thread at a
    // time; the entry points are called on the thread that owns the QCoreApplication.
    bool load(QString *error);
    bool isLoaded() const { return m_main && m_attach; }

    int main(int argc, char **argv) const { return m_main(argc, argv); }
    int attach(const ShellHandoff *handoff, QObject **studio) const { return m_attach(handoff, studio); }

private:
    using MainFn = int (*)(int, char **);
    using AttachFn = int (*)(const ShellHandoff *, QObject **);
    MainFn m_main = nullptr;
    AttachFn m_attach = nullptr;
};

} // namespace genlab::app
