#include "engine/retrieval/detail/annindexfile.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace genlab::engine::retrieval::detail {

namespace {

// The header saveIndex writes: six size_t, int maxlevel, uint32 entry point, three size_t, a
// double and a size_t.
constexpr std::size_t kHeaderBytes = 6 * 8 + 4 + 4 + 3 * 8 + 8 + 8;
constexpr int kMaxLevel = 64; // hnswlib draws levels as -ln(U) / ln(M): beyond 64 is not a real graph

struct Reader
{
    std::string_view bytes;
    std::size_t at = 0;

    template <typename T>
    bool read(T &out)
    {
        if (bytes.size() - at < sizeof(T))
            return false;
        std::memcpy(&out, bytes.data() + at, sizeof(T));
        at += sizeof(T);
        return true;
    }
};

std::string at(std::size_t offset)
{
    return " (byte " + std::to_string(offset) + ")";
}

} // namespace

std::string checkHnswFile(std::string_view bytes, const HnswFileExpectation &expected)
{
    if (bytes.size() < kHeaderBytes)
        return "shorter than an hnswlib header (" + std::to_string(bytes.size()) + " bytes)";
    Reader r{bytes};
    std::uint64_t offsetLevel0 = 0, maxElements = 0, count = 0, sizePerElement = 0, labelOffset = 0, offsetData = 0;
    std::int32_t maxLevel = 0;
    std::uint32_t entry = 0;
    std::uint64_t maxM = 0, maxM0 = 0, m = 0, efConstruction = 0;
    double mult = 0;
    r.read(offsetLevel0), r.read(maxElements), r.read(count), r.read(sizePerElement), r.read(labelOffset),
        r.read(offsetData), r.read(maxLevel), r.read(entry), r.read(maxM), r.read(maxM0), r.read(m), r.read(mult),
        r.read(efConstruction);

    const std::uint64_t dim = std::uint64_t(expected.dimension);
    const std::uint64_t wantM = std::uint64_t(expected.m);
    if (count != std::uint64_t(expected.count))
        return "holds " + std::to_string(count) + " vectors, expected " + std::to_string(expected.count);
    if (maxElements < count || maxElements > std::max<std::uint64_t>(count, 1))
        return "capacity " + std::to_string(maxElements) + " does not match " + std::to_string(count) + " vectors";
    if (m != wantM || maxM != wantM || maxM0 != 2 * wantM)
        return "graph degree M " + std::to_string(m) + " (" + std::to_string(maxM) + "/" + std::to_string(maxM0) +
               "), expected " + std::to_string(wantM);
    const std::uint64_t links0 = maxM0 * 4 + 4;
    if (offsetLevel0 != 0 || offsetData != links0 || labelOffset != links0 + dim * 4 ||
        sizePerElement != links0 + dim * 4 + 8)
        return "element layout does not match dimension " + std::to_string(dim) + " and M " + std::to_string(wantM);
    if (!std::isfinite(mult) || mult <= 0 || efConstruction == 0)
        return "level multiplier or ef_construction out of range";
    if (count == 0)
        return bytes.size() == kHeaderBytes ? std::string() : "bytes after the header of an empty index";
    if (maxLevel < 0 || maxLevel > kMaxLevel)
        return "top level " + std::to_string(maxLevel) + " out of range";
    if (entry >= count)
        return "entry point " + std::to_string(entry) + " out of range";

    // Level 0: one fixed-size record per element; divide, never multiply numbers from the file.
    if ((bytes.size() - kHeaderBytes) / sizePerElement < count)
        return "cut short inside the vectors (" + std::to_string(bytes.size()) + " bytes)";
    const std::size_t level0 = kHeaderBytes;
    for (std::uint64_t i = 0; i < count; ++i) {
        const char *rec = bytes.data() + level0 + i * sizePerElement;
        std::uint32_t header = 0;
        std::memcpy(&header, rec, 4);
        // The low 16 bits are the neighbour count, byte 2 the deleted mark: both must be plain.
        if (header > maxM0)
            return "element " + std::to_string(i) + ": " + std::to_string(header) + " level-0 links or a deleted mark" +
                   at(level0 + i * sizePerElement);
        for (std::uint32_t n = 0; n < header; ++n) {
            std::uint32_t id = 0;
            std::memcpy(&id, rec + 4 + 4 * n, 4);
            if (id >= count)
                return "element " + std::to_string(i) + ": neighbour " + std::to_string(id) + " out of range" +
                       at(level0 + i * sizePerElement + 4 + 4 * n);
        }
        std::uint64_t label = 0;
        std::memcpy(&label, rec + labelOffset, 8);
        if (label != i)
            return "element " + std::to_string(i) + " carries label " + std::to_string(label);
        for (std::uint64_t d = 0; d < dim; ++d) {
            float v;
            std::memcpy(&v, rec + offsetData + 4 * d, 4);
            if (!std::isfinite(v))
                return "element " + std::to_string(i) + " holds a NaN or an infinity";
        }
    }

    // Upper levels: a size (a whole number of per-level lists) and the lists, per element.
    const std::uint64_t linksPerLevel = maxM * 4 + 4;
    r.at = level0 + count * sizePerElement;
    std::vector<std::int32_t> levels(count, 0);
    std::vector<std::size_t> listAt(count, 0);
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint32_t size = 0;
        const std::size_t here = r.at;
        if (!r.read(size))
            return "cut short in the link lists" + at(here);
        if (size % linksPerLevel != 0 || size / linksPerLevel > std::uint64_t(maxLevel))
            return "element " + std::to_string(i) + ": upper link list of " + std::to_string(size) + " bytes" + at(here);
        if (bytes.size() - r.at < size)
            return "cut short in the link lists" + at(here);
        levels[i] = std::int32_t(size / linksPerLevel);
        listAt[i] = r.at;
        r.at += size;
    }
    if (r.at != bytes.size())
        return std::to_string(bytes.size() - r.at) + " bytes after the last link list";
    if (levels[entry] != maxLevel)
        return "the entry point is on level " + std::to_string(levels[entry]) + ", the top level is " +
               std::to_string(maxLevel);
    // A neighbour named on level l must itself have level l, or the search reads past its lists.
    for (std::uint64_t i = 0; i < count; ++i) {
        for (std::int32_t l = 1; l <= levels[i]; ++l) {
            const char *list = bytes.data() + listAt[i] + (l - 1) * linksPerLevel;
            std::uint32_t header = 0;
            std::memcpy(&header, list, 4);
            if (header > maxM)
                return "element " + std::to_string(i) + ": " + std::to_string(header) + " links on level " +
                       std::to_string(l);
            for (std::uint32_t n = 0; n < header; ++n) {
                std::uint32_t id = 0;
                std::memcpy(&id, list + 4 + 4 * n, 4);
                if (id >= count || levels[id] < l)
                    return "element " + std::to_string(i) + ": neighbour " + std::to_string(id) +
                           " on level " + std::to_string(l) + " is not on that level";
            }
        }
    }
    return {};
}

} // namespace genlab::engine::retrieval::detail
