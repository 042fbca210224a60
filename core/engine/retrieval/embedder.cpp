#include "engine/retrieval/embedder.h"

namespace genlab::engine::retrieval {

Embedder::~Embedder() = default;

} // namespace genlab::engine::retrieval
