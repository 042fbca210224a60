#pragma once

#include "engine/base/threadbudget.h"
#include "engine/runtime/devicespec.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace genlab::engine {

// The device a model runs on, resolved from a DeviceSpec against what LibTorch sees.
struct ResolvedDevice
{
    bool cuda = false;
    int index = 0;
    std::string id;          // "cpu" or "cuda:N": what recipes record
    std::string name;        // "CPU (2 cores)" or the GPU's name
    std::int64_t memoryBytes = 0; // GPU memory, 0 on CPU
    std::string warning;     // set when the request could not be honoured (e.g. cuda asked, none seen)
};

// Resolves a request: Auto picks CUDA when available; an unavailable CUDA request falls back
// to the CPU with a warning rather than failing, so the studio always starts.
ResolvedDevice resolveDevice(const DeviceSpec &spec);

// Sets the intra-op thread count for the CALLING thread (Debian's OpenMP LibTorch counts per OS
// thread) and OpenCV's. Call first thing in every worker thread, before any torch op.
void configureWorkerThread(int intraOpThreads);
int currentIntraOpThreads();

struct ComputeInfo
{
    std::string torchVersion;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    std::vector<std::string> cudaDeviceNames;
    std::string parallelBackend; // e.g. "OpenMP"
    std::string blas;            // the BLAS library actually loaded (e.g. "OpenBLAS (openmp)")
    bool blasIsReference = false;
    std::string blasCore; // OpenBLAS's kernels and who chose them (blascore.h); "" for other BLAS
    int cores = 1;
};
ComputeInfo computeInfo();

// Standard normal noise as every model draws it: from a CPU generator seeded explicitly, then moved
// to the device, so one seed gives the same numbers on CPU and GPU. Returned to the host for checks.
std::vector<float> drawNormal(std::size_t count, std::uint64_t seed, const ResolvedDevice &device);

// Measures fp32 matmul throughput (n x n) on the device, in GFLOP/s, as the median of reps runs.
// Throws Canceled between repetitions when `stop` is requested.
double measureMatmulGflops(const ResolvedDevice &device, int n = 1024, int reps = 5, std::stop_token stop = {});
// Below this on a CPU, the BLAS is almost certainly the slow reference one.
inline constexpr double kSlowBlasGflops = 15.0;

} // namespace genlab::engine
