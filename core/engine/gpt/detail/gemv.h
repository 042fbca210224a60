// Private to the gpt module: the matrix-vector product of batch-1 decoding. Never include from a public header.
#pragma once

#include <cstdint>

namespace genlab::engine::gpt::detail {

// y = W x + bias (bias may be null; with accumulate, y += W x + bias), W row-major [rows, cols].
// Batch-1 decoding is a stream of these and is bound by reading W: rows are split over the
// calling thread's intra-op threads only when W is large enough to repay the synchronisation,
// and the inner loop is vectorised for the CPU at hand (AVX2/FMA when present).
void gemv(const float *w, const float *x, const float *bias, float *y, std::int64_t rows, std::int64_t cols,
          bool accumulate);

// One query token's attention over `length` cached positions, every head: for head h,
// out[h*D..] = softmax(scale * K_h q_h) V_h, with K_h / V_h rows of D floats, headStride floats
// apart between heads. Heads go to the intra-op threads only when the cache is large.
void attendOne(const float *q, const float *keys, const float *values, float *out, std::int64_t heads,
               std::int64_t length, std::int64_t headDim, std::int64_t headStride, float scale);

} // namespace genlab::engine::gpt::detail
