#include "engine/gpt/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace genlab::engine::gpt {

namespace {

constexpr int kStageCount = 5;
const char *const kStageNames[] = {"raw logits", "penalties", "temperature", "top-k", "top-p / min-p", "final"};

// The one order the pipeline and the draw use everywhere: probability descending, then id ascending.
struct Better
{
    const double *p;
    bool operator()(int a, int b) const { return p[a] > p[b] || (p[a] == p[b] && a < b); }
};

std::vector<int> positiveIds(const std::vector<double> &p)
{
    std::vector<int> ids;
    ids.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] > 0)
            ids.push_back(int(i));
    return ids;
}

// Reorders ids so that ids[0, lo) are the tokens ranked before the block [lo, hi) (in no
// particular order), the block is sorted, and the cumulative mass in rank order crosses a target
// inside the block: crossesIn(massBefore, blockMass) is true for the block and false for
// everything before it. A quickselect on mass, so a draw over a 50k vocabulary costs O(n), not
// a full sort. Returns {lo, hi, massBefore}.
struct Block
{
    std::size_t lo = 0, hi = 0;
    double before = 0;
};

template<class CrossesIn>
Block locateCrossing(const double *p, std::vector<int> &ids, CrossesIn crossesIn)
{
    const Better better{p};
    Block b{0, ids.size(), 0.0};
    while (b.hi - b.lo > 64) {
        const int x = ids[b.lo], y = ids[b.lo + (b.hi - b.lo) / 2], z = ids[b.hi - 1];
        // Median of three distinct ids: strictly better than one of them and worse than another,
        // so both sides of the partition are non-empty.
        const int pivot = better(x, y) ? (better(y, z) ? y : (better(x, z) ? z : x))
                                       : (better(x, z) ? x : (better(y, z) ? z : y));
        auto cutIt = std::partition(ids.begin() + std::ptrdiff_t(b.lo), ids.begin() + std::ptrdiff_t(b.hi),
                                    [&](int id) { return id == pivot || better(id, pivot); });
        const std::size_t cut = std::size_t(cutIt - ids.begin());
        double mass = 0;
        for (std::size_t i = b.lo; i < cut; ++i)
            mass += p[ids[i]];
        if (crossesIn(b.before, mass)) {
            b.hi = cut;
        } else {
            b.before += mass;
            b.lo = cut;
        }
    }
    std::sort(ids.begin() + std::ptrdiff_t(b.lo), ids.begin() + std::ptrdiff_t(b.hi), better);
    return b;
}

// Up to kTraceCandidates best ids with p > 0, best first: one pass, almost every id rejected by
// a single comparison with the current last.
std::vector<int> topIds(const std::vector<double> &p)
{
    const Better better{p.data()};
    std::vector<int> top;
    top.reserve(kTraceCandidates + 1);
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] <= 0)
            continue;
        const int id = int(i);
        if (top.size() == std::size_t(kTraceCandidates) && !better(id, top.back()))
            continue;
        top.insert(std::upper_bound(top.begin(), top.end(), id, better), id);
        if (top.size() > std::size_t(kTraceCandidates))
            top.pop_back();
    }
    return top;
}

int bestId(const std::vector<double> &p)
{
    int best = 0;
    for (std::size_t i = 1; i < p.size(); ++i)
        if (p[i] > p[std::size_t(best)])
            best = int(i);
    return best;
}

// Softmax into p; returns ln(sum exp(z - max)) and sets *maxOut, for the entropy.
double softmax(const std::vector<double> &z, std::vector<double> &p, double *maxOut = nullptr)
{
    double maxZ = -std::numeric_limits<double>::infinity();
    for (double v : z)
        maxZ = std::max(maxZ, v);
    if (!std::isfinite(maxZ))
        throw std::runtime_error("sampling: every logit is -inf, no token can be chosen");
    p.resize(z.size());
    double sum = 0;
    // expf: a 50k vocabulary is exponentiated up to three times per token, and single precision
    // (relative error ~1e-7) is plenty for probabilities shown with three digits.
    for (std::size_t i = 0; i < z.size(); ++i) {
        p[i] = double(std::exp(float(z[i] - maxZ)));
        sum += p[i];
    }
    const double inv = 1.0 / sum;
    for (double &v : p)
        v *= inv;
    if (maxOut)
        *maxOut = maxZ;
    return std::log(sum);
}

void renormalise(std::vector<double> &p)
{
    double sum = 0;
    for (double v : p)
        sum += v;
    if (sum > 0)
        for (double &v : p)
            v /= sum;
}

// The distributions after each stage. A stage that changes nothing shares the previous one's
// storage (stage(i) points at it), so switched-off stages cost nothing.
struct Stages
{
    std::vector<double> storage[kStageCount];
    int source[kStageCount] = {0, 0, 0, 0, 0};
    std::vector<double> z; // raw logits as double
    double rawMax = 0, rawLogSum = 0;

    const std::vector<double> &stage(int i) const { return storage[source[i]]; }
};

void computeStages(const float *logits, int n, const std::vector<int> &history, const SamplingSettings &s, Stages &st)
{
    if (n <= 0)
        throw std::runtime_error("sampling: empty logits");
    auto &z = st.z;
    z.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const float v = logits[i];
        if (std::isnan(v) || v == std::numeric_limits<float>::infinity())
            throw std::runtime_error("sampling: the model produced a non-finite logit (token " + std::to_string(i) +
                                     ")");
        z[std::size_t(i)] = v;
    }
    st.rawLogSum = softmax(z, st.storage[0], &st.rawMax);

    st.source[1] = 0;
    if (s.repetitionPenalty != 1.0 && s.repetitionPenalty > 0 && !history.empty()) {
        std::vector<char> seen(static_cast<std::size_t>(n), 0);
        std::vector<double> penalised = z;
        for (int id : history)
            if (id >= 0 && id < n && !seen[std::size_t(id)]) {
                seen[std::size_t(id)] = 1;
                double &v = penalised[std::size_t(id)];
                v = v < 0 ? v * s.repetitionPenalty : v / s.repetitionPenalty;
            }
        z.swap(penalised); // z now holds the penalised logits; the raw ones are not needed again
        softmax(z, st.storage[1]);
        st.source[1] = 1;
    }

    const bool greedy = s.greedy || s.temperature <= 0;
    const double temperature = greedy ? 1.0 : s.temperature;
    st.source[2] = st.source[1];
    if (temperature != 1.0) {
        for (double &v : z)
            v /= temperature;
        softmax(z, st.storage[2]);
        st.source[2] = 2;
    }

    st.source[3] = st.source[2];
    if (s.topK > 0) {
        const auto &prev = st.stage(2);
        std::vector<int> ids = positiveIds(prev);
        if (std::size_t(s.topK) < ids.size()) {
            std::nth_element(ids.begin(), ids.begin() + (s.topK - 1), ids.end(), Better{prev.data()});
            auto &kept = st.storage[3];
            kept.assign(std::size_t(n), 0.0);
            for (int i = 0; i < s.topK; ++i)
                kept[std::size_t(ids[std::size_t(i)])] = prev[std::size_t(ids[std::size_t(i)])];
            renormalise(kept);
            st.source[3] = 3;
        }
    }

    st.source[4] = st.source[3];
    if (s.topP < 1.0) {
        const auto &prev = st.stage(3);
        std::vector<int> ids = positiveIds(prev);
        const double topP = s.topP;
        const Block b = locateCrossing(prev.data(), ids, [&](double before, double mass) { return before + mass >= topP; });
        // Keep everything ranked before the block and the block up to the token where the mass reaches topP.
        std::size_t end = b.hi;
        double mass = b.before;
        for (std::size_t i = b.lo; i < b.hi; ++i) {
            mass += prev[std::size_t(ids[i])];
            if (mass >= topP) {
                end = i + 1;
                break;
            }
        }
        auto &kept = st.storage[4];
        kept.assign(std::size_t(n), 0.0);
        for (std::size_t i = 0; i < end; ++i)
            kept[std::size_t(ids[i])] = prev[std::size_t(ids[i])];
        renormalise(kept);
        st.source[4] = 4;
    }
    if (s.minP > 0.0) {
        if (st.source[4] != 4) {
            st.storage[4] = st.stage(3);
            st.source[4] = 4;
        }
        auto &p = st.storage[4];
        const double threshold = s.minP * *std::max_element(p.begin(), p.end());
        for (double &v : p)
            if (v < threshold)
                v = 0;
        renormalise(p);
    }
}

std::vector<std::pair<int, float>> topCandidates(const std::vector<double> &p, int chosen)
{
    std::vector<std::pair<int, float>> top;
    bool hasChosen = false;
    for (int id : topIds(p)) {
        hasChosen = hasChosen || id == chosen;
        top.emplace_back(id, float(p[std::size_t(id)]));
    }
    if (!hasChosen)
        top.emplace_back(chosen, float(p[std::size_t(chosen)]));
    return top;
}

} // namespace

std::vector<std::vector<double>> samplingStages(const std::vector<float> &logits, const std::vector<int> &history,
                                                const SamplingSettings &settings)
{
    Stages st;
    computeStages(logits.data(), int(logits.size()), history, settings, st);
    std::vector<std::vector<double>> out;
    for (int i = 0; i < kStageCount; ++i)
        out.push_back(st.stage(i));
    return out;
}

Sampler::Sampler(SamplingSettings settings) : m_settings(std::move(settings)), m_generator(m_settings.seed) {}

float Sampler::nextUniform()
{
    // 24 random bits -> a float in [0, 1) exactly representable, the same on every platform
    // (std::uniform_real_distribution is implementation-defined).
    return float(m_generator() >> 40) * 0x1p-24f;
}

TokenTrace Sampler::next(const float *logits, int vocabSize, const std::vector<int> &history)
{
    const float u = isGreedy() ? -1.0f : nextUniform();
    return pick(logits, vocabSize, history, m_settings, u);
}

TokenTrace Sampler::pick(const float *logits, int n, const std::vector<int> &history, const SamplingSettings &s,
                         float u)
{
    Stages st;
    computeStages(logits, n, history, s, st);
    const std::vector<double> &final = st.stage(kStageCount - 1);

    TokenTrace t;
    if (u < 0) {
        // Greedy: the most likely token after penalties (lowest id on ties); later stages never remove it.
        t.id = bestId(st.stage(1));
        t.probability = float(final[std::size_t(t.id)]);
        t.randomDraw = -1;
        t.cumulativeBefore = 0;
    } else {
        // Inverse CDF in the fixed order. The walk inside the located block accumulates in float,
        // so the stored numbers satisfy cumulativeBefore <= u < cumulativeBefore + probability exactly.
        std::vector<int> ids = positiveIds(final);
        const double target = u;
        const Block b = locateCrossing(final.data(), ids, [&](double before, double mass) { return target < before + mass; });
        float cumulative = float(b.before);
        for (std::size_t i = b.lo; i < b.hi; ++i) {
            const int id = ids[i];
            const float p = float(final[std::size_t(id)]);
            t.id = id;
            t.probability = p;
            t.cumulativeBefore = cumulative;
            if (u < cumulative + p)
                break;
            cumulative += p;
        }
        t.randomDraw = u;
    }

    const auto &raw = st.stage(0);
    t.rawProbability = float(raw[std::size_t(t.id)]);
    // H = ln S - sum p (z - max), in bits: no logarithm per token.
    double weighted = 0;
    for (int i = 0; i < n; ++i)
        if (raw[std::size_t(i)] > 0)
            weighted += raw[std::size_t(i)] * (double(logits[i]) - st.rawMax);
    t.entropy = (st.rawLogSum - weighted) / std::log(2.0);
    t.surprise = raw[std::size_t(t.id)] > 0 ? -std::log2(raw[std::size_t(t.id)])
                                             : std::numeric_limits<double>::infinity();
    const float chosenLogit = logits[t.id];
    int rank = 0;
    for (int i = 0; i < n; ++i)
        if (logits[i] > chosenLogit || (logits[i] == chosenLogit && i < t.id))
            ++rank;
    t.rankInRaw = rank;

    t.stages.reserve(kStageCount + 1);
    for (int i = 0; i < kStageCount; ++i) {
        if (i > 0 && st.source[i] == st.source[i - 1]) {
            t.stages.push_back({kStageNames[i], t.stages.back().top});
            continue;
        }
        t.stages.push_back({kStageNames[i], topCandidates(st.stage(i), t.id)});
    }
    t.stages.push_back({kStageNames[kStageCount], t.stages.back().top});
    return t;
}

SamplingSettings studioSamplingDefaults()
{
    SamplingSettings s;
    s.temperature = 0.8;
    s.topK = 40;
    s.maxTokens = 100;
    s.seed = 7;
    return s;
}

double tokenLogProbability(const TokenTrace &trace)
{
    return std::log(std::max(double(trace.rawProbability), 1e-45));
}

std::size_t findStopSequence(const std::string &text, const std::vector<std::string> &stopSequences, std::size_t from)
{
    std::size_t cut = std::string::npos;
    for (const auto &stop : stopSequences) {
        if (stop.empty())
            continue;
        const auto at = text.find(stop, from);
        if (at != std::string::npos)
            cut = std::min(cut, at);
    }
    return cut;
}

} // namespace genlab::engine::gpt
