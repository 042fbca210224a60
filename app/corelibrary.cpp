#include "corelibrary.h"

#include <QStringList>

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace genlab::app {

namespace {

// The folder of the running binary (/proc/self/exe: also right when started through a symlink).
std::filesystem::path binaryFolder()
{
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

} // namespace

bool CoreLibrary::load(QString *error)
{
    if (isLoaded())
        return true;
    const std::filesystem::path folder = binaryFolder();
    // Beside the binary in a build tree; under GENLAB_CORE_DIR (../lib/genlab) when installed.
    const std::filesystem::path candidates[] = {folder / "libgenlab_core.so",
                                                folder / GENLAB_CORE_DIR / "libgenlab_core.so"};
    QStringList tried;
    for (const std::filesystem::path &path : candidates) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            continue;
        void *handle = ::dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!handle) {
            *error = QStringLiteral("cannot load the engine library %1: %2")
                         .arg(QString::fromStdString(path.lexically_normal().string()), QString::fromLocal8Bit(::dlerror()));
            return false;
        }
        m_main = reinterpret_cast<MainFn>(::dlsym(handle, "genlab_core_main"));
        m_attach = reinterpret_cast<AttachFn>(::dlsym(handle, "genlab_core_attach"));
        if (!isLoaded()) {
            *error = QStringLiteral("the engine library %1 is not the one this binary was built with (no "
                                    "genlab_core_main or genlab_core_attach in it); reinstall GenLab Studio")
                         .arg(QString::fromStdString(path.lexically_normal().string()));
            m_main = nullptr;
            m_attach = nullptr;
            return false;
        }
        return true;
    }
    for (const std::filesystem::path &path : candidates)
        tried << QString::fromStdString(path.lexically_normal().string());
    *error = QStringLiteral("cannot find the engine library libgenlab_core.so (looked for %1); reinstall GenLab Studio")
                 .arg(tried.join(QStringLiteral(" and ")));
    return false;
}

} // namespace genlab::app
