#pragma once
// A structural check of hnswlib 0.6.2's index file (HierarchicalNSW::saveIndex layout, x86-64),
// so that a damaged or foreign file is refused before hnswlib's loader, which trusts every number
// in it, ever sees it. Pure function, thread-safe.

#include <cstdint>
#include <string>
#include <string_view>

namespace genlab::engine::retrieval::detail {

struct HnswFileExpectation
{
    int dimension = 0;
    std::int64_t count = 0;
    int m = 16;
};

// Empty when the bytes are a well-formed index of exactly that shape: header fields consistent
// with the dimension and M, every neighbour id in range and on a level its node has, labels 0..count-1
// in order, no deleted marks, nothing after the last link list. Otherwise what is wrong, with the
// byte offset where it helps.
std::string checkHnswFile(std::string_view bytes, const HnswFileExpectation &expected);

} // namespace genlab::engine::retrieval::detail
