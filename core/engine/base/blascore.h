#pragma once
// OpenBLAS chooses its kernels for the CPU once, when the library loads. Debian 12's OpenBLAS
// 0.3.21 does not recognise recent Xeons (Sapphire Rapids and later) and falls back to its
// generic "Prescott" kernels: fp32 matmuls run about 5x slower than with the AVX-512 ones, and
// every model the studio trains pays for it. The only way to choose is the OPENBLAS_CORETYPE
// environment variable, read before main() runs, so the executable sets it and starts itself
// again (relaunchWithBetterBlasCore).

#include <string>

namespace genlab::engine {

struct CpuFeatures
{
    bool avx2 = false, fma = false;
    bool avx512f = false, avx512bw = false, avx512dq = false, avx512vl = false, avx512cd = false;
};
CpuFeatures cpuFeatures();

// The core OpenBLAS runs its kernels for ("" when the BLAS in the process is not OpenBLAS).
// loadIfAbsent: in a process that has no BLAS loaded yet, load libblas.so.3 to ask it.
std::string openBlasCoreName(bool loadIfAbsent = false);

// The OPENBLAS_CORETYPE to ask for when `detected` is one of OpenBLAS's pre-AVX2 cores on a CPU
// that has AVX2 ("Haswell") or AVX-512 ("SkylakeX"); "" when the detected core is fine.
std::string betterBlasCore(const std::string &detected, const CpuFeatures &cpu);

// Call first thing in main(). When OPENBLAS_CORETYPE is unset and betterBlasCore() has advice,
// sets it (and GENLAB_BLAS_CORE_DETECTED to what OpenBLAS had chosen, for `genlab info`) and
// re-executes /proc/self/exe with the same arguments; returns only when it did not (nothing to
// do, GENLAB_NO_BLAS_RELAUNCH=1, or exec failed).
void relaunchWithBetterBlasCore(char **argv);

// One line for `genlab info`: the core in use and, when the studio chose it, why.
std::string blasCoreSummary();

} // namespace genlab::engine
