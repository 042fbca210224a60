// Private to the retrieval module: how the index makes, saves and loads its embedders, kept in one
// place so retrievalindex.cpp does not depend on each embedder's construction details.
#pragma once

#include "engine/base/runcontext.h"
#include "engine/retrieval/embedder.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::retrieval::detail {

// LSA fitted on texts (progress 0..1 through ctx; ctx.checkpoint() cancels by throwing Canceled).
std::shared_ptr<const Embedder> fitLsa(const std::vector<std::string> &texts, int dimension, std::uint64_t seed,
                                       const RunContext &ctx);
void saveLsa(const Embedder &lsa, const std::string &path);
// Throws std::runtime_error naming the file when it is missing or damaged.
std::shared_ptr<const Embedder> loadLsa(const std::string &path);
// A BERT / sentence-transformers folder; throws std::runtime_error naming the folder and the problem.
std::shared_ptr<const Embedder> openBert(const std::string &folder);

} // namespace genlab::engine::retrieval::detail
