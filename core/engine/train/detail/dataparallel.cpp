#include "engine/train/detail/dataparallel.h"

#include "engine/train/detail/processgroup.h"
#include "engine/train/distributed.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <string>

namespace genlab::engine::train::detail {

torch::Tensor BatchShard::rows(const torch::Tensor &t) const
{
    if (ranks == 1 || !t.defined())
        return t;
    const std::int64_t n = t.size(0);
    return t.narrow(0, begin(n), size(n));
}

BatchShard batchShard()
{
    return BatchShard{groupRank(), groupSize()};
}

void checkBatchSplits(std::int64_t batch)
{
    const int ranks = groupSize();
    if (ranks > 1 && batch % ranks != 0)
        throw std::invalid_argument("the batch of " + std::to_string(batch) + " does not split evenly over " +
                                    std::to_string(ranks) + " processes; choose a batch that is a multiple of " +
                                    std::to_string(ranks));
}

// (Named, not file-local: GradientSync::Impl holds them.)
// Where one parameter's gradient sits in its bucket; the bucket's tail holds one "had a gradient"
// count per parameter, summed over the ranks with the gradients.
struct GradientSlot
{
    std::size_t bucket = 0;
    std::int64_t offset = 0;
    std::int64_t numel = 0;
    std::int64_t flag = 0; // index of its count in the bucket
};

struct GradientBucket
{
    torch::Tensor flat;               // gradients, then one count per parameter
    std::vector<std::size_t> members; // parameter indices
    std::size_t pending = 0;          // members whose gradient has not arrived in this pass
    c10::intrusive_ptr<c10d::Work> work;
};

struct GradientSync::Impl
{
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    int ranks = 1;
    std::vector<torch::Tensor> params;
    std::vector<GradientSlot> slots;
    std::vector<GradientBucket> buckets;
    std::vector<char> arrived;     // per parameter, in this pass
    std::vector<unsigned> hookIds; // per parameter; removed on destruction
    std::size_t nextLaunch = 0;    // buckets go out in index order on every rank
    bool armed = false;
    bool accumulated = false;      // a gradient arrived twice in one pass
    std::mutex mutex;              // hooks may run on autograd's device threads

    void launchReady()
    {
        while (nextLaunch < buckets.size() && buckets[nextLaunch].pending == 0)
            launch(nextLaunch++);
    }

    void launch(std::size_t b)
    {
        std::vector<at::Tensor> tensors{buckets[b].flat};
        buckets[b].work = group->allreduce(tensors);
    }

    void arrive(std::size_t i, const torch::Tensor &grad)
    {
        std::lock_guard lock(mutex);
        if (!armed)
            return; // another network's backward pass runs through these parameters (a GAN's G step)
        if (arrived[i]) {
            accumulated = true;
            return;
        }
        arrived[i] = 1;
        const GradientSlot &s = slots[i];
        GradientBucket &bucket = buckets[s.bucket];
        {
            torch::NoGradGuard noGrad;
            bucket.flat.narrow(0, s.offset, s.numel).copy_(grad.reshape({-1}));
            bucket.flat[s.flag].fill_(1.0);
        }
        if (--bucket.pending == 0)
            launchReady();
    }

    // Copies what the parameters' .grad hold now into every bucket (the accumulated case, and the
    // parameters whose hook did not fire).
    void fillFromGradients(GradientBucket &bucket, bool onlyMissing)
    {
        torch::NoGradGuard noGrad;
        for (std::size_t i : bucket.members) {
            if (onlyMissing && arrived[i])
                continue;
            const GradientSlot &s = slots[i];
            const torch::Tensor &g = params[i].grad();
            if (g.defined()) {
                bucket.flat.narrow(0, s.offset, s.numel).copy_(g.reshape({-1}));
                bucket.flat[s.flag].fill_(1.0);
            } else {
                bucket.flat.narrow(0, s.offset, s.numel).zero_();
                bucket.flat[s.flag].fill_(0.0);
            }
            arrived[i] = 1;
        }
        bucket.pending = 0;
    }

    void finish()
    {
        std::lock_guard lock(mutex);
        armed = false;
        if (accumulated) {
            // The hooks saw partial gradients: wait out what went, then reduce the sums .grad holds.
            for (std::size_t b = 0; b < nextLaunch; ++b)
                waitFor(buckets[b].work, "averaging the gradients");
            nextLaunch = 0;
            for (GradientBucket &bucket : buckets)
                fillFromGradients(bucket, false);
        } else {
            for (std::size_t b = nextLaunch; b < buckets.size(); ++b)
                fillFromGradients(buckets[b], true);
        }
        launchReady();
        torch::NoGradGuard noGrad;
        for (GradientBucket &bucket : buckets) {
            waitFor(bucket.work, "averaging the gradients");
            bucket.work.reset();
            // The counts sit together at the bucket's tail, in member order: one read for all.
            const std::int64_t firstFlag = slots[bucket.members.front()].flag;
            const torch::Tensor counts =
                bucket.flat.narrow(0, firstFlag, std::int64_t(bucket.members.size())).to(torch::kCPU).contiguous();
            const float *had = counts.data_ptr<float>();
            for (std::size_t k = 0; k < bucket.members.size(); ++k) {
                if (had[k] <= 0)
                    continue; // no rank has a gradient for it
                const std::size_t i = bucket.members[k];
                const GradientSlot &s = slots[i];
                const torch::Tensor sum = bucket.flat.narrow(0, s.offset, s.numel).view(params[i].sizes());
                torch::Tensor &g = params[i].mutable_grad();
                if (g.defined())
                    g.copy_(sum);
                else
                    g = sum.clone();
                g.div_(double(ranks));
            }
        }
    }

    void arm()
    {
        std::lock_guard lock(mutex);
        std::fill(arrived.begin(), arrived.end(), 0);
        for (GradientBucket &bucket : buckets)
            bucket.pending = bucket.members.size();
        nextLaunch = 0;
        accumulated = false;
        armed = true;
    }
};

GradientSync::GradientSync(std::vector<torch::Tensor> parameters, std::int64_t bucketBytes) : m(std::make_unique<Impl>())
{
    m->group = processGroup();
    m->ranks = groupSize();
    if (!m->group)
        return;
    for (auto &p : parameters)
        if (p.requires_grad())
            m->params.push_back(p);
    const std::size_t n = m->params.size();
    {
        // Every rank must build the same network, or the buckets would not line up: compare the
        // parameter counts first (one small all-reduce of [count, -count] taking the maximum).
        double count = 0;
        for (const auto &p : m->params)
            count += double(p.numel());
        std::vector<at::Tensor> both{torch::tensor({count, -count}, torch::kFloat64)};
        c10d::AllreduceOptions most;
        most.reduceOp = c10d::ReduceOp::MAX;
        waitFor(m->group->allreduce(both, most), "comparing the ranks' models");
        const double largest = both[0][0].item<double>(), smallest = -both[0][1].item<double>();
        if (largest != smallest)
            throw std::runtime_error("the training processes built different models (" + std::to_string(std::int64_t(smallest)) +
                                     " to " + std::to_string(std::int64_t(largest)) +
                                     " parameters): every rank must get the same model settings");
    }
    m->slots.resize(n);
    m->arrived.assign(n, 0);
    // Autograd produces the last layers' gradients first: buckets are filled from the back so the
    // first bucket is the first to be complete.
    std::vector<std::vector<std::size_t>> groups;
    std::int64_t bytes = bucketBytes; // start a new bucket at once
    for (std::size_t k = n; k-- > 0;) {
        const torch::Tensor &p = m->params[k];
        if (p.scalar_type() != torch::kFloat32)
            throw std::invalid_argument("data-parallel training takes float32 parameters");
        const std::int64_t size = p.numel() * std::int64_t(sizeof(float));
        if (groups.empty() || bytes + size > bucketBytes) {
            groups.emplace_back();
            bytes = 0;
        }
        groups.back().push_back(k);
        bytes += size;
    }
    for (auto &members : groups) {
        GradientBucket bucket;
        std::int64_t offset = 0;
        for (std::size_t i : members) {
            m->slots[i] = GradientSlot{m->buckets.size(), offset, m->params[i].numel(), 0};
            offset += m->params[i].numel();
        }
        for (std::size_t i : members)
            m->slots[i].flag = offset++;
        bucket.flat = torch::zeros({offset}, m->params[members.front()].options().requires_grad(false));
        bucket.members = std::move(members);
        m->buckets.push_back(std::move(bucket));
    }
    Impl *impl = m.get();
    for (std::size_t i = 0; i < n; ++i)
        m->hookIds.push_back(m->params[i].register_hook([impl, i](const torch::Tensor &grad) { impl->arrive(i, grad); }));
}

GradientSync::~GradientSync()
{
    if (!m)
        return;
    for (std::size_t i = 0; i < m->hookIds.size(); ++i)
        m->params[i].remove_hook(m->hookIds[i]);
}

void GradientSync::backward(const torch::Tensor &loss)
{
    if (!m->group) {
        loss.backward();
        return;
    }
    m->arm();
    try {
        loss.backward();
    } catch (...) {
        // Let the buckets already sent complete, so a later pass starts clean.
        std::lock_guard lock(m->mutex);
        m->armed = false;
        for (std::size_t b = 0; b < m->nextLaunch; ++b)
            if (m->buckets[b].work)
                m->buckets[b].work->wait();
        throw;
    }
    m->finish();
}

void GradientSync::broadcastFromLead(const std::vector<torch::Tensor> &buffers)
{
    if (!m->group)
        return;
    std::vector<torch::Tensor> all = m->params;
    all.insert(all.end(), buffers.begin(), buffers.end());
    detail::broadcastFromLead(all);
}

int GradientSync::bucketCount() const
{
    return int(m->buckets.size());
}

void broadcastFromLead(const std::vector<torch::Tensor> &tensors)
{
    auto group = processGroup();
    if (!group)
        return;
    torch::NoGradGuard noGrad;
    for (const torch::Tensor &t : tensors) {
        if (!t.defined())
            continue;
        // Gloo broadcasts contiguous tensors in place; a parameter is one.
        std::vector<at::Tensor> one{t.is_contiguous() ? t : t.contiguous()};
        waitFor(group->broadcast(one), "copying rank 0's weights");
        if (!t.is_contiguous())
            const_cast<torch::Tensor &>(t).copy_(one[0]);
    }
}

} // namespace genlab::engine::train::detail
