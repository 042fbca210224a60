#include "engine/base/blascore.h"

#include <array>
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

namespace genlab::engine {

CpuFeatures cpuFeatures()
{
    CpuFeatures f;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    // libgcc also checks that the OS saves the AVX/AVX-512 registers (XCR0), not only CPUID.
    f.avx2 = __builtin_cpu_supports("avx2");
    f.fma = __builtin_cpu_supports("fma");
    f.avx512f = __builtin_cpu_supports("avx512f");
    f.avx512bw = __builtin_cpu_supports("avx512bw");
    f.avx512dq = __builtin_cpu_supports("avx512dq");
    f.avx512vl = __builtin_cpu_supports("avx512vl");
    f.avx512cd = __builtin_cpu_supports("avx512cd");
#endif
    return f;
}

std::string openBlasCoreName(bool loadIfAbsent)
{
    // Looked up at run time: the studio links whatever libblas.so.3 the system provides.
    using CoreName = char *(*)();
    auto fn = reinterpret_cast<CoreName>(::dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!fn && loadIfAbsent) {
        // The genlab binary starts without the engine (LibTorch loads later): load the BLAS it
        // will use, as it would, and ask that. The handle stays: the engine gets the same library.
        if (void *blas = ::dlopen("libblas.so.3", RTLD_LAZY | RTLD_LOCAL))
            fn = reinterpret_cast<CoreName>(::dlsym(blas, "openblas_get_corename"));
    }
    const char *name = fn ? fn() : nullptr;
    return name ? std::string(name) : std::string();
}

std::string betterBlasCore(const std::string &detected, const CpuFeatures &cpu)
{
    // OpenBLAS's x86-64 cores without AVX2 kernels, in its own spelling (case varies by version).
    static constexpr std::array<const char *, 11> kOld{"prescott", "core2", "penryn", "dunnington", "nehalem",
                                                       "atom", "sandybridge", "barcelona", "bobcat", "bulldozer",
                                                       "opteron"};
    std::string lower;
    for (char c : detected)
        lower += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool old = false;
    for (const char *name : kOld)
        old = old || lower == name;
    if (!old)
        return {};
    if (cpu.avx512f && cpu.avx512bw && cpu.avx512dq && cpu.avx512vl && cpu.avx512cd)
        return "SkylakeX";
    if (cpu.avx2 && cpu.fma)
        return "Haswell";
    return {};
}

void relaunchWithBetterBlasCore(char **argv)
{
    if (std::getenv("OPENBLAS_CORETYPE") || std::getenv("GENLAB_NO_BLAS_RELAUNCH"))
        return;
    const std::string detected = openBlasCoreName(/*loadIfAbsent=*/true);
    const std::string better = betterBlasCore(detected, cpuFeatures());
    if (better.empty())
        return;
    ::setenv("OPENBLAS_CORETYPE", better.c_str(), 1);
    ::setenv("GENLAB_BLAS_CORE_DETECTED", detected.c_str(), 1);
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc): carry on with the slow kernels rather than not start.
    ::unsetenv("OPENBLAS_CORETYPE");
    ::unsetenv("GENLAB_BLAS_CORE_DETECTED");
}

std::string blasCoreSummary()
{
    const std::string core = openBlasCoreName();
    if (core.empty())
        return {};
    const char *detected = std::getenv("GENLAB_BLAS_CORE_DETECTED");
    if (detected && *detected)
        return core + " (chosen by GenLab Studio: this OpenBLAS took the CPU for a " + detected +
               " and would run its slow generic kernels)";
    if (std::getenv("OPENBLAS_CORETYPE"))
        return core + " (set by OPENBLAS_CORETYPE)";
    const std::string better = betterBlasCore(core, cpuFeatures());
    if (!better.empty())
        return core + " (slow generic kernels; OPENBLAS_CORETYPE=" + better + " would be faster)";
    return core;
}

} // namespace genlab::engine
