#include "engine/text/detail/bpemerge.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace genlab::engine::text::detail {

namespace {
// Below this length a linear scan per merge beats a heap's bookkeeping.
constexpr std::size_t kScanLimit = 48;
// Above this length one bucket per rank (allocated per call) beats the heap's log factor and
// cache misses; below it the allocation would dominate.
constexpr std::size_t kHeapLimit = 8192;
} // namespace

MergeTable::MergeTable(std::size_t expected)
{
    std::size_t capacity = 16;
    while (capacity < expected * 2)
        capacity *= 2;
    rehash(capacity);
}

void MergeTable::rehash(std::size_t capacity)
{
    std::vector<Entry> old = std::move(m_entries);
    m_entries.assign(capacity, Entry{});
    m_mask = capacity - 1;
    m_shift = 64;
    for (std::size_t c = capacity; c > 1; c >>= 1)
        --m_shift;
    m_size = 0;
    for (const Entry &e : old) {
        if (e.key == kEmpty)
            continue;
        std::size_t i = slot(e.key);
        while (m_entries[i].key != kEmpty)
            i = (i + 1) & m_mask;
        m_entries[i] = e;
        ++m_size;
    }
}

void MergeTable::insert(int left, int right, int rank, int merged)
{
    if ((m_size + 1) * 2 > m_entries.size())
        rehash(m_entries.size() * 2);
    const std::uint64_t key = makeKey(left, right);
    std::size_t i = slot(key);
    while (m_entries[i].key != kEmpty && m_entries[i].key != key)
        i = (i + 1) & m_mask;
    if (m_entries[i].key == kEmpty)
        ++m_size;
    m_entries[i] = Entry{key, rank, merged};
    m_maxRank = std::max(m_maxRank, rank);
}

namespace {

// sym/rank/merged point at buffers of `count` entries; the word shrinks in place.
void scanMerge(int *sym, int *rank, int *merged, std::size_t count, const MergeTable &merges, std::vector<int> &out)
{
    // rank[k] belongs to the pair (sym[k], sym[k + 1]); INT_MAX when it is not a merge.
    auto look = [&](std::size_t k) {
        const MergeTable::Entry *e = merges.find(sym[k], sym[k + 1]);
        rank[k] = e ? e->rank : INT_MAX;
        merged[k] = e ? e->merged : 0;
    };
    std::size_t n = count;
    for (std::size_t k = 0; k + 1 < n; ++k)
        look(k);
    while (n > 1) {
        std::size_t best = 0;
        for (std::size_t k = 1; k + 1 < n; ++k)
            if (rank[k] < rank[best])
                best = k;
        if (rank[best] == INT_MAX)
            break;
        sym[best] = merged[best];
        for (std::size_t k = best + 1; k + 1 < n; ++k)
            sym[k] = sym[k + 1];
        for (std::size_t k = best; k + 2 < n; ++k) {
            rank[k] = rank[k + 1];
            merged[k] = merged[k + 1];
        }
        --n;
        if (best + 1 < n)
            look(best);
        if (best > 0)
            look(best - 1);
    }
    out.insert(out.end(), sym, sym + n);
}

} // namespace

void bpeMergeByScan(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out)
{
    if (count == 0)
        return;
    if (count <= kScanLimit) {
        int sym[kScanLimit], rank[kScanLimit], merged[kScanLimit];
        std::copy(symbols, symbols + count, sym);
        scanMerge(sym, rank, merged, count, merges, out);
        return;
    }
    std::vector<int> sym(symbols, symbols + count), rank(count), merged(count);
    scanMerge(sym.data(), rank.data(), merged.data(), count, merges, out);
}

void bpeMergeByHeap(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out)
{
    if (count == 0)
        return;
    // Node k starts as symbol k; a merge keeps the left node and retires the right one, so node
    // indices keep text order and break rank ties leftmost-first.
    std::vector<std::int32_t> id(symbols, symbols + count);
    std::vector<std::int32_t> next(count);
    std::vector<std::int32_t> prev(count);
    for (std::size_t k = 0; k < count; ++k) {
        next[k] = k + 1 < count ? std::int32_t(k + 1) : -1;
        prev[k] = std::int32_t(k) - 1;
    }
    // Entries pack (rank, left node) into one integer; stale ones are skipped when popped.
    std::vector<std::uint64_t> heap;
    heap.reserve(count);
    auto pack = [](std::int32_t rank, std::int32_t node) {
        return (std::uint64_t(std::uint32_t(rank)) << 32) | std::uint32_t(node);
    };
    for (std::size_t k = 0; k + 1 < count; ++k)
        if (const MergeTable::Entry *e = merges.find(id[k], id[k + 1]))
            heap.push_back(pack(e->rank, std::int32_t(k)));
    std::make_heap(heap.begin(), heap.end(), std::greater<>());
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const std::uint64_t top = heap.back();
        heap.pop_back();
        const auto rank = std::int32_t(top >> 32);
        const auto left = std::int32_t(top & 0xFFFFFFFFu);
        if (id[std::size_t(left)] < 0)
            continue;
        const std::int32_t right = next[std::size_t(left)];
        if (right < 0)
            continue;
        const MergeTable::Entry *e = merges.find(id[std::size_t(left)], id[std::size_t(right)]);
        if (!e || e->rank != rank)
            continue; // the pair at this node changed since the entry was pushed
        id[std::size_t(left)] = e->merged;
        id[std::size_t(right)] = -1;
        const std::int32_t after = next[std::size_t(right)];
        next[std::size_t(left)] = after;
        if (after >= 0)
            prev[std::size_t(after)] = left;
        const std::int32_t before = prev[std::size_t(left)];
        if (before >= 0)
            if (const MergeTable::Entry *p = merges.find(id[std::size_t(before)], id[std::size_t(left)])) {
                heap.push_back(pack(p->rank, before));
                std::push_heap(heap.begin(), heap.end(), std::greater<>());
            }
        if (after >= 0)
            if (const MergeTable::Entry *p = merges.find(id[std::size_t(left)], id[std::size_t(after)])) {
                heap.push_back(pack(p->rank, left));
                std::push_heap(heap.begin(), heap.end(), std::greater<>());
            }
    }
    for (std::int32_t k = 0; k >= 0; k = next[std::size_t(k)])
        out.push_back(id[std::size_t(k)]);
}

void bpeMergeByBuckets(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out)
{
    if (count == 0)
        return;
    std::vector<std::int32_t> id(symbols, symbols + count);
    std::vector<std::int32_t> next(count);
    std::vector<std::int32_t> prev(count);
    for (std::size_t k = 0; k < count; ++k) {
        next[k] = k + 1 < count ? std::int32_t(k + 1) : -1;
        prev[k] = std::int32_t(k) - 1;
    }
    // One bucket of left nodes per rank. A bucket is kept in descending node order so its back
    // is the leftmost candidate; a push out of order marks it for sorting before it is drained.
    const std::size_t rankCount = std::size_t(merges.maxRank()) + 1;
    std::vector<std::vector<std::int32_t>> buckets(rankCount);
    std::vector<std::uint8_t> unsorted(rankCount, 0);
    for (std::size_t k = count - 1; k-- > 0;)
        if (const MergeTable::Entry *e = merges.find(id[k], id[k + 1]))
            buckets[std::size_t(e->rank)].push_back(std::int32_t(k));
    std::size_t current = 0;
    auto push = [&](std::int32_t rank, std::int32_t node) {
        auto &b = buckets[std::size_t(rank)];
        if (!b.empty() && b.back() < node)
            unsorted[std::size_t(rank)] = 1;
        b.push_back(node);
        if (std::size_t(rank) < current)
            current = std::size_t(rank); // only for merge lists whose later pairs outrank earlier ones
    };
    while (true) {
        while (current < rankCount && buckets[current].empty())
            ++current;
        if (current == rankCount)
            break;
        auto &bucket = buckets[current];
        if (unsorted[current]) {
            std::sort(bucket.begin(), bucket.end(), std::greater<>());
            bucket.erase(std::unique(bucket.begin(), bucket.end()), bucket.end());
            unsorted[current] = 0;
        }
        const auto rank = std::int32_t(current);
        const std::int32_t left = bucket.back();
        bucket.pop_back();
        if (id[std::size_t(left)] < 0)
            continue;
        const std::int32_t right = next[std::size_t(left)];
        if (right < 0)
            continue;
        const MergeTable::Entry *e = merges.find(id[std::size_t(left)], id[std::size_t(right)]);
        if (!e || e->rank != rank)
            continue; // the pair at this node changed since it was queued
        id[std::size_t(left)] = e->merged;
        id[std::size_t(right)] = -1;
        const std::int32_t after = next[std::size_t(right)];
        next[std::size_t(left)] = after;
        if (after >= 0)
            prev[std::size_t(after)] = left;
        const std::int32_t before = prev[std::size_t(left)];
        if (before >= 0)
            if (const MergeTable::Entry *p = merges.find(id[std::size_t(before)], id[std::size_t(left)]))
                push(p->rank, before);
        if (after >= 0)
            if (const MergeTable::Entry *p = merges.find(id[std::size_t(left)], id[std::size_t(after)]))
                push(p->rank, left);
    }
    for (std::int32_t k = 0; k >= 0; k = next[std::size_t(k)])
        out.push_back(id[std::size_t(k)]);
}

void bpeMerge(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out)
{
    if (count <= kScanLimit)
        bpeMergeByScan(symbols, count, merges, out);
    else if (count <= kHeapLimit)
        bpeMergeByHeap(symbols, count, merges, out);
    else
        bpeMergeByBuckets(symbols, count, merges, out);
}

} // namespace genlab::engine::text::detail
