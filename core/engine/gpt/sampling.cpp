#include "engine/gpt/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace genlab::engine::gpt {

namespace {

constexpr int kStageCount = 5;
const char *const kStageNames[] = {"raw logits", "penalties", "temperature", "top-k", "top-p / min-p", "final"};

// Token ids with non-zero probability in the order the pipeline and the draw use everywhere:
// probability descending, then id ascending. Sorted lazily, chunk by chunk, because a draw or a
// top-10 list rarely needs more than the head of a 50k vocabulary.
class DescendingOrder
{
public:
    explicit DescendingOrder(const std::vector<double> &p) : m_p(p.data())
    {
        m_ids.reserve(p.size());
        for (std::size_t i = 0; i < p.size(); ++i)
            if (p[i] > 0)
                m_ids.push_back(int(i));
    }

    std::size_t size() const { return m_ids.size(); }

    int at(std::size_t i)
    {
        ensure(i + 1);
        return m_ids[i];
    }

private:
    bool before(int a, int b) const { return m_p[a] > m_p[b] || (m_p[a] == m_p[b] && a < b); }

    void ensure(std::size_t count)
    {
        if (count <= m_sorted)
            return;
        const std::size_t chunk = std::max<std::size_t>({count - m_sorted, 64, m_sorted});
        const std::size_t end = std::min(m_ids.size(), m_sorted + chunk);
        auto cmp = [this](int a, int b) { return before(a, b); };
        auto first = m_ids.begin() + std::ptrdiff_t(m_sorted);
        auto last = m_ids.begin() + std::ptrdiff_t(end);
        if (end < m_ids.size())
            std::nth_element(first, last, m_ids.end(), cmp);
        std::sort(first, last, cmp);
        m_sorted = end;
    }

    const double *m_p;
    std::vector<int> m_ids;
    std::size_t m_sorted = 0;
};

void softmax(const std::vector<double> &z, std::vector<double> &p)
{
    double maxZ = -std::numeric_limits<double>::infinity();
    for (double v : z)
        maxZ = std::max(maxZ, v);
    if (!std::isfinite(maxZ))
        throw std::runtime_error("sampling: every logit is -inf, no token can be chosen");
    p.resize(z.size());
    double sum = 0;
    for (std::size_t i = 0; i < z.size(); ++i) {
        p[i] = std::exp(z[i] - maxZ);
        sum += p[i];
    }
    for (double &v : p)
        v /= sum;
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

// Runs the pipeline; stages[i] is the distribution after stage i. Stages that are switched off
// are copies of the previous one.
void computeStages(const float *logits, int n, const std::vector<int> &history, const SamplingSettings &s,
                   std::vector<double> (&stages)[kStageCount])
{
    if (n <= 0)
        throw std::runtime_error("sampling: empty logits");
    std::vector<double> z(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const float v = logits[i];
        if (std::isnan(v) || v == std::numeric_limits<float>::infinity())
            throw std::runtime_error("sampling: the model produced a non-finite logit (token " + std::to_string(i) +
                                     ")");
        z[std::size_t(i)] = v;
    }
    softmax(z, stages[0]);

    if (s.repetitionPenalty != 1.0 && s.repetitionPenalty > 0) {
        std::vector<char> seen(static_cast<std::size_t>(n), 0);
        for (int id : history)
            if (id >= 0 && id < n && !seen[std::size_t(id)]) {
                seen[std::size_t(id)] = 1;
                double &v = z[std::size_t(id)];
                v = v < 0 ? v * s.repetitionPenalty : v / s.repetitionPenalty;
            }
        softmax(z, stages[1]);
    } else {
        stages[1] = stages[0];
    }

    const bool greedy = s.greedy || s.temperature <= 0;
    const double temperature = greedy ? 1.0 : s.temperature;
    if (temperature != 1.0) {
        for (double &v : z)
            v /= temperature;
        softmax(z, stages[2]);
    } else {
        stages[2] = stages[1];
    }

    stages[3] = stages[2];
    if (s.topK > 0) {
        DescendingOrder order(stages[2]);
        if (std::size_t(s.topK) < order.size()) {
            std::vector<double> kept(std::size_t(n), 0.0);
            for (int i = 0; i < s.topK; ++i) {
                const int id = order.at(std::size_t(i));
                kept[std::size_t(id)] = stages[2][std::size_t(id)];
            }
            renormalise(kept);
            stages[3] = std::move(kept);
        }
    }

    stages[4] = stages[3];
    if (s.topP < 1.0) {
        DescendingOrder order(stages[3]);
        std::vector<double> kept(std::size_t(n), 0.0);
        double mass = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int id = order.at(i);
            kept[std::size_t(id)] = stages[3][std::size_t(id)];
            mass += stages[3][std::size_t(id)];
            if (mass >= s.topP)
                break;
        }
        renormalise(kept);
        stages[4] = std::move(kept);
    }
    if (s.minP > 0.0) {
        auto &p = stages[4];
        const double threshold = s.minP * *std::max_element(p.begin(), p.end());
        for (double &v : p)
            if (v < threshold)
                v = 0;
        renormalise(p);
    }
}

std::vector<std::pair<int, float>> topCandidates(const std::vector<double> &p, int chosen)
{
    DescendingOrder order(p);
    std::vector<std::pair<int, float>> top;
    bool hasChosen = false;
    for (std::size_t i = 0; i < order.size() && i < std::size_t(kTraceCandidates); ++i) {
        const int id = order.at(i);
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
    std::vector<double> stages[kStageCount];
    computeStages(logits.data(), int(logits.size()), history, settings, stages);
    return {std::make_move_iterator(std::begin(stages)), std::make_move_iterator(std::end(stages))};
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
    std::vector<double> stages[kStageCount];
    computeStages(logits, n, history, s, stages);
    const std::vector<double> &final = stages[kStageCount - 1];

    TokenTrace t;
    if (u < 0) {
        // Greedy: the most likely token after penalties; the later stages never remove it.
        DescendingOrder order(stages[1]);
        t.id = order.at(0);
        t.probability = float(final[std::size_t(t.id)]);
        t.randomDraw = -1;
        t.cumulativeBefore = 0;
    } else {
        // Inverse CDF in the fixed order, in float, so the stored numbers satisfy
        // cumulativeBefore <= u < cumulativeBefore + probability exactly as shown.
        DescendingOrder order(final);
        float cumulative = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int id = order.at(i);
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

    const auto &raw = stages[0];
    t.rawProbability = float(raw[std::size_t(t.id)]);
    double entropy = 0;
    for (double p : raw)
        if (p > 0)
            entropy -= p * std::log2(p);
    t.entropy = entropy;
    t.surprise = raw[std::size_t(t.id)] > 0 ? -std::log2(raw[std::size_t(t.id)])
                                             : std::numeric_limits<double>::infinity();
    const float chosenLogit = logits[t.id];
    int rank = 0;
    for (int i = 0; i < n; ++i)
        if (logits[i] > chosenLogit || (logits[i] == chosenLogit && i < t.id))
            ++rank;
    t.rankInRaw = rank;

    t.stages.reserve(kStageCount + 1);
    for (int i = 0; i < kStageCount; ++i)
        t.stages.push_back({kStageNames[i], topCandidates(stages[i], t.id)});
    t.stages.push_back({kStageNames[kStageCount], t.stages.back().top});
    return t;
}

} // namespace genlab::engine::gpt
