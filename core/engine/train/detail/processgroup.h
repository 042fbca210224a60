// Private to the engine: the c10d process group this process joined (distributed.h), for the
// pieces that run collectives on tensors (dataparallel.h). Never include from a public header.
#pragma once

#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>

namespace genlab::engine::train::detail {

// The joined group, or null when this process trains alone.
c10::intrusive_ptr<c10d::ProcessGroup> processGroup();

// Waits for a collective; a failure (a rank died, the timeout passed) becomes std::runtime_error
// saying so, not LibTorch's internal message alone.
void waitFor(const c10::intrusive_ptr<c10d::Work> &work, const char *what);

} // namespace genlab::engine::train::detail
