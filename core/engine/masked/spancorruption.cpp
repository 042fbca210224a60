#include "engine/masked/spancorruption.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace genlab::engine::masked {

namespace {

// splitmix64: a fixed, portable stream (std::uniform_int_distribution and std::shuffle differ
// between standard libraries, so they cannot promise the same corruption everywhere).
class Stream
{
public:
    explicit Stream(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n) without modulo bias.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - (max % n + 1) % n; // the largest multiple of n, minus 1
        std::uint64_t r;
        do
            r = next();
        while (r > limit);
        return r % n;
    }

private:
    std::uint64_t m_state;
};

// T5's _random_segmentation: items cut into `segments` non-empty runs, the cut points a uniformly
// drawn subset of the items - 1 gaps (a shuffled 0/1 vector, as T5 shuffles it).
std::vector<int> randomSegmentation(int items, int segments, Stream &stream)
{
    std::vector<char> starts(std::size_t(items > 0 ? items - 1 : 0), 0);
    for (int i = 0; i < segments - 1; ++i)
        starts[std::size_t(i)] = 1;
    for (std::size_t i = starts.size(); i > 1; --i)
        std::swap(starts[i - 1], starts[stream.below(i)]);
    std::vector<int> lengths(std::size_t(segments), 0);
    int segment = 0;
    lengths[0] = 1;
    for (char s : starts) {
        segment += s;
        ++lengths[std::size_t(segment)];
    }
    return lengths;
}

void checkOptions(const SpanCorruptionOptions &o)
{
    if (!(o.noiseDensity >= 0 && o.noiseDensity <= 1))
        throw std::invalid_argument("span corruption: the noise density must be in [0, 1], got " +
                                    std::to_string(o.noiseDensity));
    if (!(o.meanSpanLength >= 1 && o.meanSpanLength <= 1e6))
        throw std::invalid_argument("span corruption: the mean span length must be at least 1, got " +
                                    std::to_string(o.meanSpanLength));
}

} // namespace

int roundHalfToEven(float x)
{
    const float floor = std::floor(x);
    const float diff = x - floor;
    float r = floor;
    if (diff > 0.5f || (diff == 0.5f && std::fmod(floor, 2.0f) != 0))
        r = floor + 1;
    return int(r);
}

std::string sentinelToken(int k)
{
    return "<extra_id_" + std::to_string(k) + ">";
}

std::vector<bool> randomSpansNoiseMask(int length, const SpanCorruptionOptions &o)
{
    checkOptions(o);
    if (length <= 0)
        return {};
    if (o.noiseDensity == 0)
        return std::vector<bool>(std::size_t(length), false);
    const int originalLength = length;
    length = std::max(length, 2);
    // float32 as T5's to_float: volatile keeps a compiler from widening the product.
    volatile float product = float(length) * float(o.noiseDensity);
    const int noiseTokens = std::min(std::max(roundHalfToEven(product), 1), length - 1);
    volatile float ratio = float(noiseTokens) / float(o.meanSpanLength);
    const int nonNoiseTokens = length - noiseTokens;
    const int spans = std::min(std::max(roundHalfToEven(ratio), 1), nonNoiseTokens);

    Stream stream(o.seed);
    const std::vector<int> noiseLengths = randomSegmentation(noiseTokens, spans, stream);
    const std::vector<int> keepLengths = randomSegmentation(nonNoiseTokens, spans, stream);
    std::vector<bool> mask;
    mask.reserve(std::size_t(length));
    for (int s = 0; s < spans; ++s) {
        mask.insert(mask.end(), std::size_t(keepLengths[std::size_t(s)]), false);
        mask.insert(mask.end(), std::size_t(noiseLengths[std::size_t(s)]), true);
    }
    mask.resize(std::size_t(originalLength));
    return mask;
}

SpanCorruption corruptWithMask(const std::vector<int> &ids, const std::vector<bool> &mask,
                               const std::vector<int> &sentinelIds, int endId)
{
    if (mask.size() != ids.size())
        throw std::invalid_argument("span corruption: the mask has " + std::to_string(mask.size()) +
                                    " entries for " + std::to_string(ids.size()) + " ids");
    SpanCorruption c;
    c.noiseMask = mask;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!mask[i])
            continue;
        if (i == 0 || !mask[i - 1])
            c.spans.push_back({int(i), int(i) + 1});
        else
            c.spans.back().end = int(i) + 1;
        ++c.noiseTokens;
    }
    c.drawnSpans = int(c.spans.size());
    // The target closes with one sentinel more than there are spans.
    if (c.spans.size() + 1 > sentinelIds.size())
        throw std::invalid_argument("span corruption: " + std::to_string(c.spans.size()) + " spans need " +
                                    std::to_string(c.spans.size() + 1) + " sentinels, the vocabulary has " +
                                    std::to_string(sentinelIds.size()) + "; use shorter text or a lower rate");
    c.inputIds.reserve(ids.size() + 1);
    c.targetIds.reserve(std::size_t(c.noiseTokens) + c.spans.size() + 2);
    std::size_t next = 0;
    for (std::size_t k = 0; k < c.spans.size(); ++k) {
        const NoiseSpan &s = c.spans[k];
        c.inputIds.insert(c.inputIds.end(), ids.begin() + std::ptrdiff_t(next), ids.begin() + s.begin);
        c.inputIds.push_back(sentinelIds[k]);
        c.targetIds.push_back(sentinelIds[k]);
        c.targetIds.insert(c.targetIds.end(), ids.begin() + s.begin, ids.begin() + s.end);
        next = std::size_t(s.end);
    }
    c.inputIds.insert(c.inputIds.end(), ids.begin() + std::ptrdiff_t(next), ids.end());
    c.targetIds.push_back(sentinelIds[c.spans.size()]);
    if (endId >= 0) {
        c.inputIds.push_back(endId);
        c.targetIds.push_back(endId);
    }
    return c;
}

SpanCorruption corruptSpans(const std::vector<int> &ids, const SpanCorruptionOptions &options,
                            const std::vector<int> &sentinelIds, int endId)
{
    if (ids.size() > std::size_t(std::numeric_limits<int>::max() / 2))
        throw std::invalid_argument("span corruption: too many ids");
    SpanCorruption c = corruptWithMask(ids, randomSpansNoiseMask(int(ids.size()), options), sentinelIds, endId);
    c.expectedSpans = double(ids.size()) * options.noiseDensity / options.meanSpanLength;
    return c;
}

} // namespace genlab::engine::masked
