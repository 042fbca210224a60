#include "engine/gpt/detail/gemv.h"

#include <ATen/Parallel.h>

#include <immintrin.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

// Each ISA's kernels carry their instruction set as a function attribute rather than as a
// per-file compile flag, so this file can share a translation unit with others (unity builds)
// and the binary still runs on any x86-64: only the kernels the CPU supports are ever called.
#define GENLAB_AVX512 __attribute__((target("avx512f,avx512bw,avx2,fma")))
#define GENLAB_AVX2 __attribute__((target("avx2,fma")))

namespace genlab::engine::gpt::detail {

std::uint16_t toBf16(float v)
{
    std::uint32_t u;
    std::memcpy(&u, &v, 4);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u)
        return std::uint16_t((u >> 16) | 0x40u); // NaN stays a (quiet) NaN
    u += 0x7FFFu + ((u >> 16) & 1u);
    return std::uint16_t(u >> 16);
}

float fromBf16(std::uint16_t v)
{
    const std::uint32_t u = std::uint32_t(v) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

namespace {

constexpr std::int64_t kGroup = PackedMatrix::kInt8Group;
// How far ahead the kernels prefetch the next rows (see blockAvx2 / blockAvx512).
constexpr std::int64_t kPrefetchBytes = 12288;
// Below this many weights (1 MiB of fp32) one thread is faster than waking the others.
constexpr std::int64_t kParallelWeights = std::int64_t(1) << 18;

// What one call of a row kernel needs: rows [begin, end) of W (format given by the kernel's
// element type) times x into y. scales: int8's per-group scales, null for the other formats.
struct RowsArgs
{
    const void *w;
    const float *scales;
    std::int64_t cols;
    const float *x;
    const float *bias;
    float *y;
    bool accumulate;
};
using RowsFn = void (*)(const RowsArgs &, std::int64_t begin, std::int64_t end);

inline float scalarOf(float v) { return v; }
inline float scalarOf(std::uint16_t v) { return fromBf16(v); }
inline float scalarOf(std::int8_t v) { return float(v); }

template <int NR>
inline void storeRows(const RowsArgs &a, std::int64_t r, const float *s)
{
    for (int k = 0; k < NR; ++k) {
        const float b = a.bias ? a.bias[r + k] : 0.0f;
        a.y[r + k] = a.accumulate ? a.y[r + k] + s[k] + b : s[k] + b;
    }
}

// The group structure every ISA shares: NR rows at a time share each load of x; within a group
// each row sums into vector lanes, then the group's sum is scaled (int8) and added to the row's
// total. fp32 and bf16 are one group spanning the row.

// ---- portable ----
constexpr int kLanes = 8;

template <typename T, int NR>
void blockPortable(const T *w, const float *scales, std::int64_t groups, std::int64_t cols, std::int64_t group,
                   const float *x, float *out)
{
    float total[NR] = {};
    for (std::int64_t c0 = 0, g = 0; c0 < cols; c0 += group, ++g) {
        const std::int64_t c1 = std::min(cols, c0 + group), body = c0 + (c1 - c0) / kLanes * kLanes;
        float acc[NR][kLanes] = {};
        for (std::int64_t c = c0; c < body; c += kLanes)
            for (int k = 0; k < NR; ++k)
                for (int l = 0; l < kLanes; ++l)
                    acc[k][l] += scalarOf(w[k * cols + c + l]) * x[c + l];
        for (int k = 0; k < NR; ++k) {
            float s = 0;
            for (int l = 0; l < kLanes; ++l)
                s += acc[k][l];
            for (std::int64_t c = body; c < c1; ++c)
                s += scalarOf(w[k * cols + c]) * x[c];
            total[k] += scales ? s * scales[k * groups + g] : s;
        }
    }
    for (int k = 0; k < NR; ++k)
        out[k] = total[k];
}

template <typename T>
void rowsPortable(const RowsArgs &a, std::int64_t begin, std::int64_t end)
{
    const T *w = static_cast<const T *>(a.w);
    const std::int64_t groups = (a.cols + kGroup - 1) / kGroup, group = a.scales ? kGroup : std::max<std::int64_t>(a.cols, 1);
    std::int64_t r = begin;
    float s[4];
    for (; r + 4 <= end; r += 4) {
        blockPortable<T, 4>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<4>(a, r, s);
    }
    for (; r < end; ++r) {
        blockPortable<T, 1>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<1>(a, r, s);
    }
}

// ---- AVX2 + FMA ----
GENLAB_AVX2 inline __m256 load8(const float *p) { return _mm256_loadu_ps(p); }
GENLAB_AVX2 inline __m256 load8(const std::uint16_t *p)
{
    const __m256i wide = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
    return _mm256_castsi256_ps(_mm256_slli_epi32(wide, 16));
}
GENLAB_AVX2 inline __m256 load8(const std::int8_t *p)
{
    return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(p))));
}
GENLAB_AVX2 inline float sum8(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

template <typename T, int NR>
GENLAB_AVX2 inline void blockAvx2(const T *w, const float *scales, std::int64_t groups, std::int64_t cols,
                                  std::int64_t group, const float *x, float *out)
{
    constexpr std::int64_t kLineMask = std::int64_t(64 / sizeof(T)) - 1;
    // Whole blocks of rows ahead, about kPrefetchBytes: far enough to cover the memory latency
    // for short int8 rows too.
    const std::int64_t ahead = NR * std::max<std::int64_t>(1, kPrefetchBytes / (NR * cols * std::int64_t(sizeof(T))));
    __m256 total[NR];
    float tail[NR];
    for (int k = 0; k < NR; ++k) {
        total[k] = _mm256_setzero_ps();
        tail[k] = 0;
    }
    for (std::int64_t c0 = 0, g = 0; c0 < cols; c0 += group, ++g) {
        const std::int64_t c1 = std::min(cols, c0 + group), body = c0 + (c1 - c0) / 8 * 8;
        __m256 acc[NR];
        float t[NR];
        for (int k = 0; k < NR; ++k) {
            acc[k] = _mm256_setzero_ps();
            t[k] = 0;
        }
        for (std::int64_t c = c0; c < body; c += 8) {
            const __m256 xv = _mm256_loadu_ps(x + c);
            // The next rows' bytes at this column, once per cache line: rows are short streams
            // (768 bytes of int8) that the hardware prefetcher hardly ramps up on.
            if ((c & kLineMask) == 0)
                for (int k = 0; k < NR; ++k)
                    _mm_prefetch(reinterpret_cast<const char *>(w + (k + ahead) * cols + c), _MM_HINT_T0);
            for (int k = 0; k < NR; ++k)
                acc[k] = _mm256_fmadd_ps(load8(w + k * cols + c), xv, acc[k]);
        }
        for (std::int64_t c = body; c < c1; ++c)
            for (int k = 0; k < NR; ++k)
                t[k] += scalarOf(w[k * cols + c]) * x[c];
        for (int k = 0; k < NR; ++k) {
            if (scales) {
                const float s = scales[k * groups + g];
                total[k] = _mm256_fmadd_ps(acc[k], _mm256_set1_ps(s), total[k]);
                tail[k] += t[k] * s;
            } else {
                total[k] = _mm256_add_ps(total[k], acc[k]);
                tail[k] += t[k];
            }
        }
    }
    for (int k = 0; k < NR; ++k)
        out[k] = sum8(total[k]) + tail[k];
}

template <typename T>
GENLAB_AVX2 void rowsAvx2(const RowsArgs &a, std::int64_t begin, std::int64_t end)
{
    const T *w = static_cast<const T *>(a.w);
    const std::int64_t groups = (a.cols + kGroup - 1) / kGroup, group = a.scales ? kGroup : std::max<std::int64_t>(a.cols, 1);
    std::int64_t r = begin;
    float s[4];
    for (; r + 4 <= end; r += 4) {
        blockAvx2<T, 4>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<4>(a, r, s);
    }
    for (; r < end; ++r) {
        blockAvx2<T, 1>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<1>(a, r, s);
    }
}

// ---- AVX-512 ----
GENLAB_AVX512 inline __m512 load16(const float *p) { return _mm512_loadu_ps(p); }
GENLAB_AVX512 inline __m512 load16(const std::uint16_t *p)
{
    const __m512i wide = _mm512_cvtepu16_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(p)));
    return _mm512_castsi512_ps(_mm512_slli_epi32(wide, 16));
}
GENLAB_AVX512 inline __m512 load16(const std::int8_t *p)
{
    return _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p))));
}

template <typename T, int NR>
GENLAB_AVX512 inline void blockAvx512(const T *w, const float *scales, std::int64_t groups, std::int64_t cols,
                                      std::int64_t group, const float *x, float *out)
{
    constexpr std::int64_t kLineMask = std::int64_t(64 / sizeof(T)) - 1;
    // Whole blocks of rows ahead, about kPrefetchBytes: far enough to cover the memory latency
    // for short int8 rows too.
    const std::int64_t ahead = NR * std::max<std::int64_t>(1, kPrefetchBytes / (NR * cols * std::int64_t(sizeof(T))));
    __m512 total[NR];
    float tail[NR];
    for (int k = 0; k < NR; ++k) {
        total[k] = _mm512_setzero_ps();
        tail[k] = 0;
    }
    for (std::int64_t c0 = 0, g = 0; c0 < cols; c0 += group, ++g) {
        const std::int64_t c1 = std::min(cols, c0 + group), body = c0 + (c1 - c0) / 16 * 16;
        __m512 acc[NR];
        float t[NR];
        for (int k = 0; k < NR; ++k) {
            acc[k] = _mm512_setzero_ps();
            t[k] = 0;
        }
        for (std::int64_t c = c0; c < body; c += 16) {
            const __m512 xv = _mm512_loadu_ps(x + c);
            // The next rows' bytes at this column, once per cache line: rows are short streams
            // (768 bytes of int8) that the hardware prefetcher hardly ramps up on.
            if ((c & kLineMask) == 0)
                for (int k = 0; k < NR; ++k)
                    _mm_prefetch(reinterpret_cast<const char *>(w + (k + ahead) * cols + c), _MM_HINT_T0);
            for (int k = 0; k < NR; ++k)
                acc[k] = _mm512_fmadd_ps(load16(w + k * cols + c), xv, acc[k]);
        }
        for (std::int64_t c = body; c < c1; ++c)
            for (int k = 0; k < NR; ++k)
                t[k] += scalarOf(w[k * cols + c]) * x[c];
        for (int k = 0; k < NR; ++k) {
            if (scales) {
                const float s = scales[k * groups + g];
                total[k] = _mm512_fmadd_ps(acc[k], _mm512_set1_ps(s), total[k]);
                tail[k] += t[k] * s;
            } else {
                total[k] = _mm512_add_ps(total[k], acc[k]);
                tail[k] += t[k];
            }
        }
    }
    for (int k = 0; k < NR; ++k)
        out[k] = _mm512_reduce_add_ps(total[k]) + tail[k];
}

template <typename T>
GENLAB_AVX512 void rowsAvx512(const RowsArgs &a, std::int64_t begin, std::int64_t end)
{
    const T *w = static_cast<const T *>(a.w);
    const std::int64_t groups = (a.cols + kGroup - 1) / kGroup, group = a.scales ? kGroup : std::max<std::int64_t>(a.cols, 1);
    std::int64_t r = begin;
    float s[4];
    for (; r + 4 <= end; r += 4) {
        blockAvx512<T, 4>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<4>(a, r, s);
    }
    for (; r < end; ++r) {
        blockAvx512<T, 1>(w + r * a.cols, a.scales ? a.scales + r * groups : nullptr, groups, a.cols, group, a.x, s);
        storeRows<1>(a, r, s);
    }
}

// ---- dispatch ----
// [isa][format]
constexpr RowsFn kKernels[3][3] = {
    {rowsPortable<float>, rowsPortable<std::uint16_t>, rowsPortable<std::int8_t>},
    {rowsAvx2<float>, rowsAvx2<std::uint16_t>, rowsAvx2<std::int8_t>},
    {rowsAvx512<float>, rowsAvx512<std::uint16_t>, rowsAvx512<std::int8_t>},
};

Isa detectBestIsa()
{
    Isa best = Isa::Portable;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        best = Isa::Avx2;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw"))
        best = Isa::Avx512;
    // GENLAB_DECODE_ISA=portable|avx2|avx512 caps it, to compare the paths on one machine.
    if (const char *env = std::getenv("GENLAB_DECODE_ISA")) {
        const std::string want(env);
        for (Isa isa : {Isa::Portable, Isa::Avx2, Isa::Avx512})
            if (want == isaName(isa) && int(isa) <= int(best))
                best = isa;
    }
    return best;
}

std::atomic<int> &isaSlot()
{
    static std::atomic<int> slot{int(detectBestIsa())};
    return slot;
}

RowsFn kernelFor(WeightFormat format)
{
    return kKernels[isaSlot().load(std::memory_order_relaxed)][int(format)];
}

// Splits rows over the intra-op threads in whole 4-row blocks when W is large enough.
void runRows(RowsFn fn, const RowsArgs &args, std::int64_t rows)
{
    if (rows * args.cols < kParallelWeights || at::get_num_threads() <= 1) {
        fn(args, 0, rows);
        return;
    }
    const std::int64_t cols = std::max<std::int64_t>(args.cols, 1);
    const std::int64_t grainBlocks = std::max<std::int64_t>(1, kParallelWeights / 4 / cols / 4);
    at::parallel_for(0, (rows + 3) / 4, grainBlocks, [&](std::int64_t b, std::int64_t e) {
        fn(args, b * 4, std::min(rows, e * 4));
    });
}

const void *dataOf(const PackedMatrix &m)
{
    switch (m.format) {
    case WeightFormat::Bf16:
        return m.bf16.data();
    case WeightFormat::Int8:
        return m.i8.data();
    case WeightFormat::Fp32:
        break;
    }
    return m.f32.data();
}

} // namespace

const char *isaName(Isa isa)
{
    switch (isa) {
    case Isa::Avx2:
        return "avx2";
    case Isa::Avx512:
        return "avx512";
    case Isa::Portable:
        break;
    }
    return "portable";
}

bool isaSupported(Isa isa)
{
    switch (isa) {
    case Isa::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case Isa::Avx512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    case Isa::Portable:
        break;
    }
    return true;
}

Isa activeIsa()
{
    return Isa(isaSlot().load());
}

void forceIsa(std::optional<Isa> isa)
{
    if (isa && !isaSupported(*isa))
        throw std::invalid_argument(std::string("forceIsa: this CPU does not support ") + isaName(*isa));
    isaSlot().store(int(isa ? *isa : detectBestIsa()));
}

void gemv(const float *w, const float *x, const float *bias, float *y, std::int64_t rows, std::int64_t cols,
          bool accumulate)
{
    runRows(kernelFor(WeightFormat::Fp32), RowsArgs{w, nullptr, cols, x, bias, y, accumulate}, rows);
}

PackedMatrix PackedMatrix::pack(const float *w, std::int64_t rows, std::int64_t cols, WeightFormat format)
{
    PackedMatrix m;
    m.format = format;
    m.rows = rows;
    m.cols = cols;
    const std::size_t n = std::size_t(rows * cols);
    switch (format) {
    case WeightFormat::Fp32:
        m.f32.assign(w, w + n);
        break;
    case WeightFormat::Bf16:
        m.bf16.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m.bf16[i] = toBf16(w[i]);
        break;
    case WeightFormat::Int8: {
        const std::int64_t groups = m.groups();
        m.i8.resize(n);
        m.scales.resize(std::size_t(rows * groups));
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t g = 0; g < groups; ++g) {
                const std::int64_t c0 = g * kGroup, c1 = std::min(cols, c0 + kGroup);
                const float *src = w + r * cols;
                float peak = 0;
                for (std::int64_t c = c0; c < c1; ++c)
                    peak = std::max(peak, std::fabs(src[c]));
                // Symmetric: the largest weight of the group maps to +-127, zero stays exactly zero.
                const float scale = peak / 127.0f;
                const float inv = peak > 0 ? 127.0f / peak : 0.0f;
                m.scales[std::size_t(r * groups + g)] = scale;
                for (std::int64_t c = c0; c < c1; ++c)
                    m.i8[std::size_t(r * cols + c)] =
                        std::int8_t(std::clamp(std::nearbyint(src[c] * inv), -127.0f, 127.0f));
            }
        break;
    }
    }
    return m;
}

std::size_t PackedMatrix::bytes() const
{
    return f32.size() * 4 + bf16.size() * 2 + i8.size() + scales.size() * 4;
}

void PackedMatrix::dequantizeRow(std::int64_t r, float *out) const
{
    const std::size_t base = std::size_t(r * cols);
    switch (format) {
    case WeightFormat::Fp32:
        std::copy_n(f32.data() + base, cols, out);
        break;
    case WeightFormat::Bf16:
        for (std::int64_t c = 0; c < cols; ++c)
            out[c] = fromBf16(bf16[base + std::size_t(c)]);
        break;
    case WeightFormat::Int8: {
        const std::int64_t groups = this->groups();
        for (std::int64_t c = 0; c < cols; ++c)
            out[c] = float(i8[base + std::size_t(c)]) * scales[std::size_t(r * groups + c / kGroup)];
        break;
    }
    }
}

void gemvPacked(const PackedMatrix &w, const float *x, const float *bias, float *y, bool accumulate)
{
    runRows(kernelFor(w.format),
            RowsArgs{dataOf(w), w.format == WeightFormat::Int8 ? w.scales.data() : nullptr, w.cols, x, bias, y, accumulate},
            w.rows);
}

void gemmPacked(const PackedMatrix &w, const float *x, const float *bias, float *y, std::int64_t n)
{
    // 16 rows of fp32 stay in L1/L2 while every vector goes past them.
    constexpr std::int64_t kBlockRows = 16;
    const std::int64_t blocks = (w.rows + kBlockRows - 1) / kBlockRows;
    const RowsFn fp32 = kernelFor(WeightFormat::Fp32);
    auto run = [&](std::int64_t b0, std::int64_t b1) {
        std::vector<float> rowsF32(std::size_t(kBlockRows * w.cols));
        for (std::int64_t b = b0; b < b1; ++b) {
            const std::int64_t r0 = b * kBlockRows, nr = std::min(kBlockRows, w.rows - r0);
            for (std::int64_t k = 0; k < nr; ++k)
                w.dequantizeRow(r0 + k, rowsF32.data() + k * w.cols);
            for (std::int64_t t = 0; t < n; ++t)
                fp32(RowsArgs{rowsF32.data(), nullptr, w.cols, x + t * w.cols, bias ? bias + r0 : nullptr,
                              y + t * w.rows + r0, false},
                     0, nr);
        }
    };
    if (w.rows * w.cols * n < kParallelWeights || at::get_num_threads() <= 1)
        run(0, blocks);
    else
        at::parallel_for(0, blocks, 1, run);
}

namespace {
__attribute__((target_clones("avx512f", "avx2", "default"))) void attendHeads(const float *q, const float *keys,
                                                                     const float *values, float *out,
                                                                     std::int64_t begin, std::int64_t end,
                                                                     std::int64_t length, std::int64_t d,
                                                                     std::int64_t headStride, float scale)
{
    std::vector<float> scores(static_cast<std::size_t>(length));
    for (std::int64_t h = begin; h < end; ++h) {
        const float *qh = q + h * d;
        const float *kh = keys + h * headStride;
        const float *vh = values + h * headStride;
        float best = -INFINITY;
        for (std::int64_t j = 0; j < length; ++j) {
            const float *k = kh + j * d;
            float s = 0;
            for (std::int64_t i = 0; i < d; ++i)
                s += qh[i] * k[i];
            scores[std::size_t(j)] = s * scale;
            best = std::max(best, scores[std::size_t(j)]);
        }
        float sum = 0;
        for (std::int64_t j = 0; j < length; ++j) {
            scores[std::size_t(j)] = std::exp(scores[std::size_t(j)] - best);
            sum += scores[std::size_t(j)];
        }
        float *oh = out + h * d;
        for (std::int64_t i = 0; i < d; ++i)
            oh[i] = 0;
        const float inv = 1.0f / sum;
        for (std::int64_t j = 0; j < length; ++j) {
            const float p = scores[std::size_t(j)] * inv;
            const float *v = vh + j * d;
            for (std::int64_t i = 0; i < d; ++i)
                oh[i] += p * v[i];
        }
    }
}

} // namespace

void attendOne(const float *q, const float *keys, const float *values, float *out, std::int64_t heads,
               std::int64_t length, std::int64_t headDim, std::int64_t headStride, float scale)
{
    const std::int64_t work = heads * length * headDim * 2;
    if (work < kParallelWeights || at::get_num_threads() <= 1) {
        attendHeads(q, keys, values, out, 0, heads, length, headDim, headStride, scale);
        return;
    }
    at::parallel_for(0, heads, 1, [&](std::int64_t b, std::int64_t e) {
        attendHeads(q, keys, values, out, b, e, length, headDim, headStride, scale);
    });
}

} // namespace genlab::engine::gpt::detail
