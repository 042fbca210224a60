#pragma once
// T5's span corruption (Raffel et al. 2020, "random_spans_noise_mask" of the T5 code base), on
// plain token ids: no torch, no tokenizer. The trainer and the `genlab corrupt` command share it.

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::masked {

struct SpanCorruptionOptions
{
    double noiseDensity = 0.15;  // the corruption rate: the fraction of tokens that become noise, in [0, 1]
    double meanSpanLength = 3.0; // mean noise-span length in tokens, >= 1
    std::uint64_t seed = 0;      // the same seed and ids give the same corruption on every platform
};

// One noise span: ids [begin, end) of the original sequence, replaced by sentinel k in the input.
struct NoiseSpan
{
    int begin = 0;
    int end = 0;
    int length() const { return end - begin; }
    bool operator==(const NoiseSpan &) const = default;
};

struct SpanCorruption
{
    // The original ids with each noise span replaced by its sentinel: keep0 S0 keep1 S1 ... S(n-1).
    std::vector<int> inputIds;
    // S0 span0 S1 span1 ... S(n-1) span(n-1) Sn: every span after its sentinel, closed by one more
    // sentinel (the T5 paper's "<X> for inviting <Y> last <Z>").
    std::vector<int> targetIds;
    std::vector<NoiseSpan> spans;  // in order; spans[k] is sentinel k
    std::vector<bool> noiseMask;   // per original id
    int noiseTokens = 0;           // ids inside the spans
    double expectedSpans = 0;      // length * noiseDensity / meanSpanLength, before any rounding
    int drawnSpans = 0;            // spans.size()
};

// The noise mask exactly as T5's random_spans_noise_mask (random_roll off) builds it:
//   noise tokens = round(length * density), clamped to [1, length - 1];
//   spans        = round(noise tokens / mean span length), at least 1;
//   the noise and the non-noise tokens are each cut into that many random non-empty segments
//   (a uniformly drawn set of segment starts), interleaved non-noise first, so the sequence
//   starts with kept tokens and ends inside a noise span.
// As in T5, rounding is TensorFlow's (float32 arithmetic, halves to even), a sequence shorter than
// 2 is drawn as 2 and cut back (one token is never noise), and a density of exactly 0 gives no
// noise. One deliberate addition: spans are also capped at the non-noise token count, where T5's
// code would fail (densities above about 0.75 on short sequences). The random draws are our own
// (a splitmix64 stream and an unbiased Fisher-Yates shuffle), so they match T5's distribution,
// not TensorFlow's numbers. Throws std::invalid_argument for a density outside [0, 1] or a mean
// span below 1.
std::vector<bool> randomSpansNoiseMask(int length, const SpanCorruptionOptions &options);

// Corrupts ids with randomSpansNoiseMask. sentinelIds[k] is the id of <extra_id_k>; endId >= 0 is
// appended to the input and the target (T5's EOS), -1 appends nothing. Throws
// std::invalid_argument when more spans are drawn than there are sentinels (the message says how
// many), or for bad options.
SpanCorruption corruptSpans(const std::vector<int> &ids, const SpanCorruptionOptions &options,
                            const std::vector<int> &sentinelIds, int endId = -1);

// The same input and target for a given mask (one per id). expectedSpans is left 0.
SpanCorruption corruptWithMask(const std::vector<int> &ids, const std::vector<bool> &noiseMask,
                               const std::vector<int> &sentinelIds, int endId = -1);

// T5's rounding (tf.round of a float32): halves go to the even neighbour. Exposed for tests.
int roundHalfToEven(float x);

// "<extra_id_k>", the sentinel's spelling in T5's vocabulary and ours.
std::string sentinelToken(int k);

} // namespace genlab::engine::masked
