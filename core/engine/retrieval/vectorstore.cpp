#include "engine/retrieval/vectorstore.h"

#include "engine/retrieval/detail/vectorstoreio.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::retrieval {

namespace {

constexpr char kMagic[8] = {'G', 'L', 'V', 'E', 'C', 'S', '0', '\n'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8; // magic, version, dimension, count, checksum
constexpr int kMaxDimension = 1 << 16;
// Rows scored per matrix-vector product: big enough for BLAS, small enough to stay in L2.
constexpr std::int64_t kBlockRows = 4096;

template <typename T>
void put(std::string &out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

template <typename T>
T get(const std::string &in, std::size_t at)
{
    T value;
    std::memcpy(&value, in.data() + at, sizeof(T));
    return value;
}

// Keeps the k best (score, id) seen so far; a min-heap on "better", so the top is the worst kept.
struct TopK
{
    explicit TopK(int k) : k(std::size_t(k)) { heap.reserve(this->k + 1); }

    static bool better(const ScoredChunk &a, const ScoredChunk &b)
    {
        return a.score > b.score || (a.score == b.score && a.chunk < b.chunk);
    }
    void offer(ChunkId id, double score)
    {
        if (std::isnan(score))
            return;
        if (heap.size() < k) {
            heap.push_back({id, score});
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better({id, score}, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = {id, score};
            std::push_heap(heap.begin(), heap.end(), better);
        }
    }
    std::vector<ScoredChunk> take()
    {
        std::sort(heap.begin(), heap.end(), better);
        return std::move(heap);
    }

    std::size_t k;
    std::vector<ScoredChunk> heap;
};

} // namespace

VectorStore::VectorStore(int dimension) : m_dimension(dimension)
{
    if (dimension < 0 || dimension > kMaxDimension)
        throw std::invalid_argument("vector store: dimension " + std::to_string(dimension) + " out of range");
}

void VectorStore::add(const float *row)
{
    if (m_dimension <= 0)
        throw std::invalid_argument("vector store: add(const float *) needs a known dimension; use add(span)");
    m_data.insert(m_data.end(), row, row + m_dimension);
    ++m_count;
}

void VectorStore::add(std::span<const float> row)
{
    if (m_dimension == 0 && !row.empty() && row.size() <= std::size_t(kMaxDimension))
        m_dimension = int(row.size());
    if (row.size() != std::size_t(m_dimension))
        throw std::invalid_argument("vector store: a row of " + std::to_string(row.size()) +
                                    " values, the store holds dimension " + std::to_string(m_dimension));
    add(row.data());
}

void VectorStore::addRows(std::span<const float> rows)
{
    if (rows.empty())
        return;
    if (m_dimension <= 0)
        throw std::invalid_argument("vector store: addRows needs a known dimension");
    if (rows.size() % std::size_t(m_dimension) != 0)
        throw std::invalid_argument("vector store: " + std::to_string(rows.size()) +
                                    " values is not a whole number of rows of dimension " +
                                    std::to_string(m_dimension));
    m_data.insert(m_data.end(), rows.begin(), rows.end());
    m_count += std::int64_t(rows.size() / std::size_t(m_dimension));
}

void VectorStore::reserve(std::int64_t rows)
{
    if (rows > 0 && m_dimension > 0)
        m_data.reserve(std::size_t(rows) * std::size_t(m_dimension));
}

void VectorStore::clear()
{
    m_data.clear();
    m_count = 0;
}

std::vector<ScoredChunk> VectorStore::exactSearch(const float *query, int k) const
{
    if (k <= 0 || m_count == 0 || !query)
        return {};
    TopK top(int(std::min<std::int64_t>(k, m_count)));
    c10::InferenceMode guard;
    // from_blob never writes through the pointer here: mv only reads its inputs.
    const auto q = torch::from_blob(const_cast<float *>(query), {m_dimension}, torch::kFloat32);
    auto scores = torch::empty({std::min(kBlockRows, m_count)}, torch::kFloat32);
    for (std::int64_t begin = 0; begin < m_count; begin += kBlockRows) {
        const std::int64_t rows = std::min(kBlockRows, m_count - begin);
        const auto block = torch::from_blob(const_cast<float *>(row(begin)), {rows, m_dimension}, torch::kFloat32);
        auto out = scores.narrow(0, 0, rows);
        torch::mv_out(out, block, q);
        const float *s = out.data_ptr<float>();
        for (std::int64_t i = 0; i < rows; ++i) {
            // Skip the heap for rows that cannot enter it: most of them once it is full.
            if (top.heap.size() == top.k && s[i] < top.heap.front().score)
                continue;
            top.offer(begin + i, s[i]);
        }
    }
    return top.take();
}

void VectorStore::save(const std::string &path) const
{
    std::string out;
    const std::size_t payload = m_data.size() * sizeof(float);
    out.reserve(kHeaderBytes + payload);
    out.append(kMagic, sizeof kMagic);
    put<std::uint32_t>(out, kVersion);
    put<std::uint32_t>(out, std::uint32_t(m_dimension));
    put<std::uint64_t>(out, std::uint64_t(m_count));
    put<std::uint64_t>(out, detail::contentHash(m_data.data(), payload));
    out.append(reinterpret_cast<const char *>(m_data.data()), payload);
    detail::writeFileAtomic(path, out);
}

VectorStore VectorStore::load(const std::string &path)
{
    // 16 GiB of floats is more than any index of ours; the bound keeps a damaged size field from
    // making us read a huge unrelated file.
    const std::string in = detail::readWholeFile(path, 16ull << 30);
    auto fail = [&](const std::string &problem) { throw std::runtime_error(path + ": " + problem); };
    if (in.size() < kHeaderBytes || std::memcmp(in.data(), kMagic, sizeof kMagic) != 0)
        fail("not a GenLab vector store (bad magic or shorter than its header)");
    const auto version = get<std::uint32_t>(in, 8);
    if (version > kVersion)
        fail("vector store format " + std::to_string(version) + " was made by a newer version");
    if (version != kVersion)
        fail("unknown vector store format " + std::to_string(version));
    const auto dimension = get<std::uint32_t>(in, 12);
    const auto count = get<std::uint64_t>(in, 16);
    const auto checksum = get<std::uint64_t>(in, 24);
    if (dimension > std::uint32_t(kMaxDimension) || (dimension == 0 && count != 0))
        fail("dimension " + std::to_string(dimension) + " out of range");
    const std::uint64_t payload = in.size() - kHeaderBytes;
    // Divide rather than multiply: count * dimension * 4 from a damaged header can overflow.
    if (dimension == 0 ? payload != 0
                       : (payload % (std::uint64_t(dimension) * 4) != 0 || payload / (std::uint64_t(dimension) * 4) != count))
        fail("holds " + std::to_string(payload) + " bytes of vectors; the header says " + std::to_string(count) +
             " rows of dimension " + std::to_string(dimension) + " (truncated or damaged)");
    if (detail::contentHash(in.data() + kHeaderBytes, payload) != checksum)
        fail("checksum mismatch (the vectors are damaged)");
    VectorStore store{int(dimension)};
    store.m_count = std::int64_t(count);
    store.m_data.resize(std::size_t(payload / 4));
    std::memcpy(store.m_data.data(), in.data() + kHeaderBytes, payload);
    for (std::size_t i = 0; i < store.m_data.size(); ++i)
        if (!std::isfinite(store.m_data[i]))
            fail("row " + std::to_string(i / dimension) + " holds a NaN or an infinity");
    return store;
}

} // namespace genlab::engine::retrieval
