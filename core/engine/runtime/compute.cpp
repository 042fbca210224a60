#include "engine/runtime/compute.h"
#include "engine/base/blascore.h"

#include "engine/base/runcontext.h"

#include <torch/torch.h>

#include <ATen/Parallel.h>
#ifdef GENLAB_TORCH_CUDA
#include <ATen/cuda/CUDAContext.h>
#endif
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

namespace genlab::engine {

namespace {

int detectCores()
{
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : int(n);
}

std::string cpuName(int cores)
{
    return "CPU (" + std::to_string(cores) + (cores == 1 ? " core)" : " cores)");
}

// The BLAS in use is whatever libblas.so.3 the alternatives system points at (or an OpenBLAS
// linked directly): read the mapped libraries rather than trusting build-time configuration.
std::string loadedBlas(bool *isReference)
{
    std::ifstream maps("/proc/self/maps");
    std::set<std::string> libs;
    std::string line;
    while (std::getline(maps, line)) {
        auto slash = line.find('/');
        if (slash == std::string::npos)
            continue;
        std::string path = line.substr(slash);
        std::string lower = path;
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        if (lower.find("blas") != std::string::npos || lower.find("mkl") != std::string::npos)
            libs.insert(path);
    }
    *isReference = false;
    for (const auto &p : libs) {
        if (p.find("openblas-openmp") != std::string::npos)
            return "OpenBLAS (OpenMP) " + p;
        if (p.find("openblas-pthread") != std::string::npos)
            return "OpenBLAS (pthreads) " + p;
        if (p.find("openblas") != std::string::npos)
            return "OpenBLAS " + p;
        if (p.find("mkl") != std::string::npos)
            return "Intel MKL " + p;
        if (p.find("blis") != std::string::npos)
            return "BLIS " + p;
    }
    for (const auto &p : libs) {
        if (p.find("libblas") != std::string::npos) {
            *isReference = true;
            return "reference BLAS (netlib) " + p;
        }
    }
    return libs.empty() ? std::string("built into LibTorch") : *libs.begin();
}

} // namespace

ResolvedDevice resolveDevice(const DeviceSpec &spec)
{
    ResolvedDevice d;
    const bool cudaSeen = torch::cuda::is_available();
    const int count = cudaSeen ? int(torch::cuda::device_count()) : 0;
    const bool wantCuda = spec.kind == DeviceSpec::Kind::Cuda || (spec.kind == DeviceSpec::Kind::Auto && cudaSeen);
    if (wantCuda && cudaSeen && spec.index < count) {
        d.cuda = true;
        d.index = spec.kind == DeviceSpec::Kind::Cuda ? spec.index : 0;
        d.id = "cuda:" + std::to_string(d.index);
#ifdef GENLAB_TORCH_CUDA
        const cudaDeviceProp *props = at::cuda::getDeviceProperties(d.index);
        d.name = props->name;
        d.memoryBytes = std::int64_t(props->totalGlobalMem);
#else
        d.name = "CUDA device " + std::to_string(d.index);
#endif
        return d;
    }
    const int cores = detectCores();
    d.id = "cpu";
    d.name = cpuName(cores);
    if (spec.kind == DeviceSpec::Kind::Cuda) {
        d.warning = cudaSeen ? "CUDA device " + std::to_string(spec.index) + " does not exist (" +
                                   std::to_string(count) + " found): using the CPU"
                             : "CUDA was requested but LibTorch sees no CUDA device: using the CPU";
    }
    return d;
}

void configureWorkerThread(int intraOpThreads)
{
    intraOpThreads = std::max(1, intraOpThreads);
    at::set_num_threads(intraOpThreads);
    // OpenCV's own pool would otherwise spawn one thread per core on top of torch's.
    cv::setNumThreads(1);
}

int currentIntraOpThreads()
{
    return at::get_num_threads();
}

ComputeInfo computeInfo()
{
    ComputeInfo info;
    info.torchVersion = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
                        std::to_string(TORCH_VERSION_PATCH);
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? int(torch::cuda::device_count()) : 0;
    for (int i = 0; i < info.cudaDeviceCount; ++i) {
#ifdef GENLAB_TORCH_CUDA
        info.cudaDeviceNames.push_back(at::cuda::getDeviceProperties(i)->name);
#else
        info.cudaDeviceNames.push_back("CUDA device " + std::to_string(i));
#endif
    }
    std::string parallel = at::get_parallel_info();
    info.parallelBackend = parallel.find("OpenMP") != std::string::npos ? "OpenMP"
                           : parallel.find("native") != std::string::npos ? "native thread pool"
                                                                          : "unknown";
    // Make sure the BLAS is loaded before looking at the mapped libraries.
    (void)torch::mm(torch::ones({2, 2}), torch::ones({2, 2}));
    info.blas = loadedBlas(&info.blasIsReference);
    info.blasCore = blasCoreSummary();
    info.cores = detectCores();
    return info;
}

std::vector<float> drawNormal(std::size_t count, std::uint64_t seed, const ResolvedDevice &device)
{
    c10::InferenceMode guard;
    auto gen = at::detail::createCPUGenerator(seed);
    auto t = torch::randn({std::int64_t(count)}, gen, torch::TensorOptions().dtype(torch::kFloat32));
    if (device.cuda)
        t = t.to(torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(device.index)));
    t = t.to(torch::kCPU).contiguous();
    return std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + count);
}

double measureMatmulGflops(const ResolvedDevice &device, int n, int reps, std::stop_token stop)
{
    c10::InferenceMode guard;
    auto options = torch::TensorOptions().dtype(torch::kFloat32);
    auto gen = at::detail::createCPUGenerator(1234);
    auto a = torch::randn({n, n}, gen, options);
    auto b = torch::randn({n, n}, gen, options);
    torch::Device dev = device.cuda ? torch::Device(torch::kCUDA, device.index) : torch::Device(torch::kCPU);
    a = a.to(dev);
    b = b.to(dev);
    auto sync = [&] {
        if (device.cuda)
            torch::cuda::synchronize(device.index);
    };
    (void)torch::mm(a, b); // warm-up: first call loads kernels and allocates
    sync();
    std::vector<double> seconds;
    for (int i = 0; i < std::max(1, reps); ++i) {
        if (stop.stop_requested())
            throw Canceled();
        auto t0 = std::chrono::steady_clock::now();
        auto c = torch::mm(a, b);
        sync();
        auto t1 = std::chrono::steady_clock::now();
        seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
    }
    std::sort(seconds.begin(), seconds.end());
    double median = seconds[seconds.size() / 2];
    return 2.0 * double(n) * n * n / median / 1e9;
}

} // namespace genlab::engine
