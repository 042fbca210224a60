// Private to the gpt module: the matrix-vector product of batch-1 decoding. Never include from a public header.
#pragma once

#include "engine/gpt/weightformat.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace genlab::engine::gpt::detail {

// y = W x + bias (bias may be null; with accumulate, y += W x + bias), W row-major [rows, cols].
// Batch-1 decoding is a stream of these and is bound by reading W: rows are split over the
// calling thread's intra-op threads only when W is large enough to repay the synchronisation,
// and the inner loop uses the widest vector instructions the CPU has (see Isa).
void gemv(const float *w, const float *x, const float *bias, float *y, std::int64_t rows, std::int64_t cols,
          bool accumulate);

// The instruction sets the decode kernels are written for, picked once at run time from cpuid.
enum class Isa
{
    Portable, // plain C++ (whatever the compiler's baseline vectorises it to)
    Avx2,     // AVX2 + FMA, 8 floats per register
    Avx512,   // AVX-512 F/BW, 16 floats per register
};
const char *isaName(Isa isa);
bool isaSupported(Isa isa);
Isa activeIsa();
// Tests: run every kernel with this ISA (must be supported); nullopt goes back to the best one.
// Not thread-safe against running kernels: set it while no decoding runs.
void forceIsa(std::optional<Isa> isa);

// A decode matrix [rows, cols] held in a compact weight format (see WeightFormat). Int8 keeps
// one scale per kInt8Group consecutive columns of a row (the last group of a row may be shorter).
// Thread: immutable once packed; any number of readers.
struct PackedMatrix
{
    static constexpr std::int64_t kInt8Group = 64;

    WeightFormat format = WeightFormat::Fp32;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<float> f32;
    std::vector<std::uint16_t> bf16;
    std::vector<std::int8_t> i8;
    std::vector<float> scales; // int8: [rows, groups()]

    static PackedMatrix pack(const float *w, std::int64_t rows, std::int64_t cols, WeightFormat format);
    bool empty() const { return rows == 0; }
    std::int64_t groups() const { return (cols + kInt8Group - 1) / kInt8Group; }
    std::size_t bytes() const;
    // Row r as fp32 (exactly the values the kernels multiply with).
    void dequantizeRow(std::int64_t r, float *out) const;
};

// y = W x + bias as gemv() above, for a packed matrix of any format.
void gemvPacked(const PackedMatrix &w, const float *x, const float *bias, float *y, bool accumulate);
// Y = X W^T + bias for n vectors at once (X [n, cols], Y [n, rows], row-major): prompt prefill
// and full forward passes of a packed model; each block of rows is expanded to fp32 once and
// used for all n vectors.
void gemmPacked(const PackedMatrix &w, const float *x, const float *bias, float *y, std::int64_t n);

// fp32 <-> bf16 as the kernels use it (round to nearest even; NaN stays NaN).
std::uint16_t toBf16(float v);
float fromBf16(std::uint16_t v);

// One query token's attention over `length` cached positions, every head: for head h,
// out[h*D..] = softmax(scale * K_h q_h) V_h, with K_h / V_h rows of D floats, headStride floats
// apart between heads. Heads go to the intra-op threads only when the cache is large.
void attendOne(const float *q, const float *keys, const float *values, float *out, std::int64_t heads,
               std::int64_t length, std::int64_t headDim, std::int64_t headStride, float scale);

} // namespace genlab::engine::gpt::detail
