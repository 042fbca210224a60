#include "engine/gpt/detail/gemv.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace genlab::engine::gpt::detail {

namespace {

constexpr int kLanes = 16;
// Below this many weights (1 MiB of fp32) one thread is faster than waking the others.
constexpr std::int64_t kParallelWeights = std::int64_t(1) << 18;

// Four rows at a time share each load of x; kLanes independent partial sums per row let the
// compiler vectorise without reassociating a single sum.
__attribute__((target_clones("avx512f", "avx2", "default"))) void gemvRows(const float *w, const float *x, const float *bias,
                                                                  float *y, std::int64_t begin, std::int64_t end,
                                                                  std::int64_t cols, bool accumulate)
{
    const std::int64_t body = cols - cols % kLanes;
    std::int64_t r = begin;
    for (; r + 4 <= end; r += 4) {
        const float *w0 = w + r * cols, *w1 = w0 + cols, *w2 = w1 + cols, *w3 = w2 + cols;
        float a0[kLanes] = {}, a1[kLanes] = {}, a2[kLanes] = {}, a3[kLanes] = {};
        for (std::int64_t i = 0; i < body; i += kLanes) {
            for (int l = 0; l < kLanes; ++l) {
                const float xv = x[i + l];
                a0[l] += w0[i + l] * xv;
                a1[l] += w1[i + l] * xv;
                a2[l] += w2[i + l] * xv;
                a3[l] += w3[i + l] * xv;
            }
        }
        float s[4] = {};
        for (int l = 0; l < kLanes; ++l) {
            s[0] += a0[l];
            s[1] += a1[l];
            s[2] += a2[l];
            s[3] += a3[l];
        }
        for (std::int64_t i = body; i < cols; ++i) {
            s[0] += w0[i] * x[i];
            s[1] += w1[i] * x[i];
            s[2] += w2[i] * x[i];
            s[3] += w3[i] * x[i];
        }
        for (int k = 0; k < 4; ++k) {
            const float b = bias ? bias[r + k] : 0.0f;
            y[r + k] = accumulate ? y[r + k] + s[k] + b : s[k] + b;
        }
    }
    for (; r < end; ++r) {
        const float *w0 = w + r * cols;
        float a0[kLanes] = {};
        for (std::int64_t i = 0; i < body; i += kLanes)
            for (int l = 0; l < kLanes; ++l)
                a0[l] += w0[i + l] * x[i + l];
        float s = 0;
        for (int l = 0; l < kLanes; ++l)
            s += a0[l];
        for (std::int64_t i = body; i < cols; ++i)
            s += w0[i] * x[i];
        const float b = bias ? bias[r] : 0.0f;
        y[r] = accumulate ? y[r] + s + b : s + b;
    }
}

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

void gemv(const float *w, const float *x, const float *bias, float *y, std::int64_t rows, std::int64_t cols,
          bool accumulate)
{
    if (rows * cols < kParallelWeights || at::get_num_threads() <= 1) {
        gemvRows(w, x, bias, y, 0, rows, cols, accumulate);
        return;
    }
    // Chunks of whole 4-row blocks, at least kParallelWeights / 4 weights each.
    const std::int64_t grain = std::max<std::int64_t>(4, (kParallelWeights / 4 / std::max<std::int64_t>(cols, 1)) & ~std::int64_t(3));
    at::parallel_for(0, (rows + 3) / 4, std::max<std::int64_t>(1, grain / 4), [&](std::int64_t b, std::int64_t e) {
        gemvRows(w, x, bias, y, b * 4, std::min(rows, e * 4), cols, accumulate);
    });
}

} // namespace genlab::engine::gpt::detail
