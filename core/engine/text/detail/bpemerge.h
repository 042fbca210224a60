#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace genlab::engine::text::detail {

// (left id, right id) -> (rank, merged id), open addressing: the encoder's hottest lookup.
// Thread: any (read-only after building)
class MergeTable
{
public:
    struct Entry
    {
        std::uint64_t key = kEmpty;
        std::int32_t rank = 0;
        std::int32_t merged = 0;
    };
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);

    explicit MergeTable(std::size_t expected = 0);
    // An existing pair is overwritten: like the reference loaders, a later duplicate line wins.
    void insert(int left, int right, int rank, int merged);
    const Entry *find(int left, int right) const
    {
        const std::uint64_t key = makeKey(left, right);
        std::size_t i = slot(key);
        while (true) {
            const Entry &e = m_entries[i];
            if (e.key == key)
                return &e;
            if (e.key == kEmpty)
                return nullptr;
            i = (i + 1) & m_mask;
        }
    }
    std::size_t size() const { return m_size; }
    int maxRank() const { return m_maxRank; }

private:
    static std::uint64_t makeKey(int left, int right)
    {
        return (std::uint64_t(std::uint32_t(left)) << 32) | std::uint32_t(right);
    }
    std::size_t slot(std::uint64_t key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift) & m_mask;
    }
    void rehash(std::size_t capacity);

    std::vector<Entry> m_entries;
    std::size_t m_mask = 0;
    int m_shift = 0;
    std::size_t m_size = 0;
    int m_maxRank = -1;
};

// Applies BPE merges to one pre-token given as initial symbol ids, appending the result to out.
// Repeatedly merges the adjacent pair with the lowest rank, leftmost first among equals (the
// order GPT-2's and Hugging Face's encoders produce). The symbols form a linked list and the
// candidate pairs a priority queue, so a 10 MB word without spaces costs O(n log n), not O(n^2):
// short words take a simple scan, middle ones a binary heap of (rank, position), long ones a
// bucket queue with one bucket per rank (O(n + ranks) when later merges never outrank earlier
// ones, as in every trained merge list; still exact otherwise).
void bpeMerge(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out);
// The three strategies, exposed so tests can check they agree.
void bpeMergeByScan(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out);
void bpeMergeByHeap(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out);
void bpeMergeByBuckets(const int *symbols, std::size_t count, const MergeTable &merges, std::vector<int> &out);

} // namespace genlab::engine::text::detail
