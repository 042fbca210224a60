#include "engine/train/distributed.h"

#include "engine/train/detail/processgroup.h"

// ProcessGroupGloo.hpp declares its class only where the build says Gloo is there; Debian's
// LibTorch is built with it (libtorch_cpu links libgloo), and libgloo-dev gives the headers.
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO 1
#endif
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <torch/torch.h>

#include <c10/util/Exception.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace genlab::engine::train {

namespace {

std::mutex &groupMutex()
{
    static std::mutex m;
    return m;
}

// The joined group; lives until leaveGroup() or process exit.
struct Joined
{
    DistributedEnvironment env;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
};

Joined *&joined()
{
    static Joined *j = nullptr;
    return j;
}

std::optional<std::string> variable(const char *name)
{
    const char *v = std::getenv(name);
    if (!v || !*v)
        return std::nullopt;
    return std::string(v);
}

long integerVariable(const char *name, long low, long high, long fallback, bool required)
{
    const std::optional<std::string> text = variable(name);
    if (!text) {
        if (required)
            throw std::invalid_argument(std::string(name) + " is not set; a distributed run needs RANK and WORLD_SIZE");
        return fallback;
    }
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text->c_str(), &end, 10);
    if (errno != 0 || end == text->c_str() || *end != '\0' || value < low || value > high)
        throw std::invalid_argument(std::string(name) + "=" + *text + " is not a whole number in " + std::to_string(low) +
                                    ".." + std::to_string(high));
    return value;
}

} // namespace

std::optional<DistributedEnvironment> distributedFromEnvironment()
{
    if (!variable("WORLD_SIZE"))
        return std::nullopt;
    DistributedEnvironment env;
    env.worldSize = int(integerVariable("WORLD_SIZE", 1, 65536, 1, true));
    env.rank = int(integerVariable("RANK", 0, env.worldSize - 1, 0, true));
    env.localRank = int(integerVariable("LOCAL_RANK", 0, env.worldSize - 1, env.rank, false));
    env.masterAddress = variable("MASTER_ADDR").value_or("127.0.0.1");
    env.masterPort = int(integerVariable("MASTER_PORT", 1, 65535, 29500, false));
    return env;
}

void joinGroup(const DistributedEnvironment &env, std::chrono::milliseconds rendezvousTimeout,
               std::chrono::milliseconds collectiveTimeout)
{
    std::lock_guard lock(groupMutex());
    if (joined())
        throw std::logic_error("joinGroup: this process already belongs to a group");
    if (env.worldSize < 1 || env.rank < 0 || env.rank >= env.worldSize)
        throw std::invalid_argument("rank " + std::to_string(env.rank) + " is outside a group of " +
                                    std::to_string(env.worldSize));
    auto j = std::make_unique<Joined>();
    j->env = env;
    if (env.worldSize > 1) {
        const std::string where = env.masterAddress + ":" + std::to_string(env.masterPort);
        try {
            c10d::TCPStoreOptions so;
            so.port = std::uint16_t(env.masterPort);
            so.isServer = env.rank == 0;
            so.numWorkers = std::size_t(env.worldSize);
            so.waitWorkers = true;
            so.timeout = rendezvousTimeout;
            j->store = c10::make_intrusive<c10d::TCPStore>(env.masterAddress, so);
            auto options = c10d::ProcessGroupGloo::Options::create(collectiveTimeout);
            // The interface that reaches the master address is the one the ranks talk over.
            options->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(env.masterAddress));
            options->threads = 2;
            j->group = c10::make_intrusive<c10d::ProcessGroupGloo>(j->store, env.rank, env.worldSize, options);
        } catch (const c10::Error &e) {
            throw std::runtime_error("rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize) +
                                     " could not join the training group at " + where + ": " +
                                     e.what_without_backtrace());
        } catch (const std::exception &e) {
            throw std::runtime_error("rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize) +
                                     " could not join the training group at " + where + ": " + e.what());
        }
    }
    joined() = j.release();
}

void leaveGroup()
{
    std::lock_guard lock(groupMutex());
    delete joined();
    joined() = nullptr;
}

int groupRank()
{
    return joined() ? joined()->env.rank : 0;
}

int groupSize()
{
    return joined() ? joined()->env.worldSize : 1;
}

namespace detail {

c10::intrusive_ptr<c10d::ProcessGroup> processGroup()
{
    return joined() ? joined()->group : c10::intrusive_ptr<c10d::ProcessGroup>();
}

void waitFor(const c10::intrusive_ptr<c10d::Work> &work, const char *what)
{
    try {
        work->wait();
    } catch (const c10::Error &e) {
        throw std::runtime_error(std::string(what) + " failed on rank " + std::to_string(groupRank()) +
                                 " (another rank stopped or the network failed): " + e.what_without_backtrace());
    } catch (const std::exception &e) {
        throw std::runtime_error(std::string(what) + " failed on rank " + std::to_string(groupRank()) +
                                 " (another rank stopped or the network failed): " + e.what());
    }
}

} // namespace detail

void averageOverGroup(std::vector<double> &values)
{
    auto group = detail::processGroup();
    if (!group || values.empty())
        return;
    std::vector<at::Tensor> t{torch::tensor(values, torch::kFloat64)};
    detail::waitFor(group->allreduce(t), "averaging the step's figures");
    const double *sum = t[0].data_ptr<double>();
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = sum[i] / double(groupSize());
}

bool anyInGroup(bool flag)
{
    auto group = detail::processGroup();
    if (!group)
        return flag;
    std::vector<at::Tensor> t{torch::tensor({flag ? 1.0f : 0.0f})};
    c10d::AllreduceOptions o;
    o.reduceOp = c10d::ReduceOp::MAX;
    detail::waitFor(group->allreduce(t, o), "agreeing between the ranks");
    return t[0].item<float>() > 0;
}

void groupBarrier()
{
    auto group = detail::processGroup();
    if (group)
        detail::waitFor(group->barrier(), "waiting for every rank");
}

int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("cannot open a socket for the rendezvous of the training processes");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(fd);
    if (!ok)
        throw std::runtime_error("cannot find a free local port for the rendezvous of the training processes");
    return ntohs(address.sin_port);
}

double measureAllReduceMs(std::int64_t bytes, int repeats, int warmup)
{
    auto group = detail::processGroup();
    if (!group)
        return 0;
    std::vector<at::Tensor> t{torch::ones({std::max<std::int64_t>(1, bytes / 4)}, torch::kFloat32)};
    for (int i = 0; i < warmup; ++i)
        detail::waitFor(group->allreduce(t), "an all-reduce");
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i)
        detail::waitFor(group->allreduce(t), "an all-reduce");
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / std::max(1, repeats);
}

} // namespace genlab::engine::train
