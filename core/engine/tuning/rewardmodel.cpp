#include "engine/tuning/rewardmodel.h"

#include "engine/text/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

// The dense features, then one per token id (its count in the answer), then one per token id (the
// answer's last token).
enum RewardDense {
    kRewardChars,       // characters / 10
    kRewardWords,       // words / 5
    kRewardEs,          // e's / 5
    kRewardEShare,      // 5 x e's / letters
    kRewardEmpty,       // no letters at all
    kRewardRhymes,      // the last word rhymes with the prompt's
    kRewardSameWord,    // the last word is the prompt's
    kRewardLastLetter,  // the last words end in the same letter
    kRewardSuffix,      // letters the last words share at their ends / 3 (at most 3)
    kRewardPunctuation, // ends in . , ; : ! ?
    kRewardDenseCount
};

const char *const kRewardDenseNames[kRewardDenseCount] = {
    "characters / 10", "words / 5", "e's / 5", "share of e among letters x 5", "no letters",
    "last word rhymes with the prompt's", "last word repeats the prompt's", "last words end in the same letter",
    "letters the last words share at the end", "ends in punctuation"};

double rewardSigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

// -log sigmoid(x), stable
double rewardSoftplusNeg(double x)
{
    return x >= 0 ? std::log1p(std::exp(-x)) : -x + std::log1p(std::exp(x));
}

std::string rewardTrimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

} // namespace

RewardModel::RewardModel(std::shared_ptr<const text::Tokenizer> tokenizer) : m_tokenizer(std::move(tokenizer))
{
    m_weights.assign(std::size_t(featureCount()), 0.0);
}

int RewardModel::featureCount() const
{
    const int vocab = m_tokenizer ? m_tokenizer->vocabSize() : 0;
    return kRewardDenseCount + 2 * vocab;
}

std::vector<std::pair<int, double>> RewardModel::features(const std::string &prompt, const std::string &answer) const
{
    std::vector<std::pair<int, double>> f;
    const std::string a = rewardTrimmed(answer);
    int letters = 0, es = 0, words = 0;
    bool inWord = false;
    for (char c : a) {
        const bool alpha = std::isalpha(static_cast<unsigned char>(c)) != 0;
        letters += alpha;
        es += (c == 'e' || c == 'E');
        if (alpha && !inWord)
            ++words;
        inWord = alpha || (inWord && c == '\'');
    }
    const std::string pw = rhymeTarget(prompt), aw = lastWord(a);
    int suffix = 0;
    while (suffix < 3 && suffix < int(pw.size()) && suffix < int(aw.size()) &&
           pw[pw.size() - 1 - std::size_t(suffix)] == aw[aw.size() - 1 - std::size_t(suffix)])
        ++suffix;
    const char lastChar = a.empty() ? '\0' : a.back();
    const double dense[kRewardDenseCount] = {
        a.size() / 10.0,
        words / 5.0,
        es / 5.0,
        letters > 0 ? 5.0 * es / letters : 0.0,
        letters == 0 ? 1.0 : 0.0,
        rhymes(pw, aw) ? 1.0 : 0.0,
        !aw.empty() && aw == pw ? 1.0 : 0.0,
        !aw.empty() && !pw.empty() && aw.back() == pw.back() ? 1.0 : 0.0,
        suffix / 3.0,
        std::string(".,;:!?").find(lastChar) != std::string::npos && lastChar != '\0' ? 1.0 : 0.0,
    };
    for (int i = 0; i < kRewardDenseCount; ++i)
        if (dense[i] != 0)
            f.emplace_back(i, dense[i]);
    if (m_tokenizer && !a.empty()) {
        const int vocab = m_tokenizer->vocabSize();
        const std::vector<int> ids = m_tokenizer->encode(a);
        std::vector<int> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t i = 0; i < sorted.size();) {
            std::size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (sorted[i] >= 0 && sorted[i] < vocab)
                f.emplace_back(kRewardDenseCount + sorted[i], double(j - i));
            i = j;
        }
        if (!ids.empty() && ids.back() >= 0 && ids.back() < vocab)
            f.emplace_back(kRewardDenseCount + vocab + ids.back(), 1.0);
    }
    return f;
}

std::string RewardModel::featureName(int index) const
{
    if (index < 0)
        return {};
    if (index < kRewardDenseCount)
        return kRewardDenseNames[index];
    const int vocab = m_tokenizer ? m_tokenizer->vocabSize() : 0;
    index -= kRewardDenseCount;
    if (index < vocab)
        return "token " + m_tokenizer->tokenDisplay(index);
    index -= vocab;
    if (index < vocab)
        return "last token " + m_tokenizer->tokenDisplay(index);
    return {};
}

double RewardModel::score(const std::string &prompt, const std::string &answer) const
{
    if (m_weights.empty())
        return 0;
    double s = 0;
    for (const auto &[i, v] : features(prompt, answer))
        s += m_weights[std::size_t(i)] * v;
    return s;
}

double RewardModel::preferProbability(const std::string &prompt, const std::string &a, const std::string &b) const
{
    return rewardSigmoid(score(prompt, a) - score(prompt, b));
}

double RewardModel::accuracy(const std::vector<PreferencePair> &pairs) const
{
    if (pairs.empty())
        return 0;
    double right = 0;
    for (const PreferencePair &p : pairs) {
        const double margin = score(p.prompt, p.chosen) - score(p.prompt, p.rejected);
        right += margin > 1e-12 ? 1.0 : (margin < -1e-12 ? 0.0 : 0.5);
    }
    return right / double(pairs.size());
}

double RewardModel::fit(const std::vector<PreferencePair> &pairs, const RewardModelOptions &o, const RunContext &ctx)
{
    if (!m_tokenizer)
        throw std::invalid_argument("reward model: no tokenizer");
    if (pairs.empty())
        throw std::invalid_argument("reward model: no preference pairs to learn from");
    if (o.iterations < 1 || o.learningRate <= 0 || o.l2 < 0)
        throw std::invalid_argument("reward model: iterations and the learning rate must be positive");
    const std::size_t dim = std::size_t(featureCount());
    // Each pair as the sparse difference features(chosen) - features(rejected).
    std::vector<std::vector<std::pair<int, double>>> diffs;
    diffs.reserve(pairs.size());
    std::vector<double> dense(dim, 0.0);
    for (const PreferencePair &p : pairs) {
        std::vector<int> touched;
        for (const auto &[i, v] : features(p.prompt, p.chosen)) {
            dense[std::size_t(i)] += v;
            touched.push_back(i);
        }
        for (const auto &[i, v] : features(p.prompt, p.rejected)) {
            dense[std::size_t(i)] -= v;
            touched.push_back(i);
        }
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        std::vector<std::pair<int, double>> d;
        for (int i : touched) {
            if (dense[std::size_t(i)] != 0)
                d.emplace_back(i, dense[std::size_t(i)]);
            dense[std::size_t(i)] = 0;
        }
        diffs.push_back(std::move(d));
    }
    m_weights.assign(dim, 0.0);
    std::vector<double> grad(dim), m(dim, 0.0), v(dim, 0.0);
    const double n = double(diffs.size());
    double loss = 0;
    const double b1 = 0.9, b2 = 0.999;
    for (int it = 1; it <= o.iterations; ++it) {
        if (it % 50 == 0)
            ctx.checkpoint();
        std::fill(grad.begin(), grad.end(), 0.0);
        loss = 0;
        for (const auto &d : diffs) {
            double margin = 0;
            for (const auto &[i, x] : d)
                margin += m_weights[std::size_t(i)] * x;
            loss += rewardSoftplusNeg(margin);
            const double g = -(1.0 - rewardSigmoid(margin)) / n; // d(-log sigmoid)/d margin
            for (const auto &[i, x] : d)
                grad[std::size_t(i)] += g * x;
        }
        loss /= n;
        const double c1 = 1 - std::pow(b1, it), c2 = 1 - std::pow(b2, it);
        for (std::size_t i = 0; i < dim; ++i) {
            const double g = grad[i] + o.l2 * m_weights[i];
            if (g == 0 && m[i] == 0)
                continue;
            m[i] = b1 * m[i] + (1 - b1) * g;
            v[i] = b2 * v[i] + (1 - b2) * g * g;
            m_weights[i] -= o.learningRate * (m[i] / c1) / (std::sqrt(v[i] / c2) + 1e-8);
        }
    }
    m_trained = true;
    return loss;
}

std::vector<std::pair<std::string, double>> RewardModel::topFeatures(int count) const
{
    std::vector<int> order(m_weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::abs(m_weights[std::size_t(a)]) > std::abs(m_weights[std::size_t(b)]);
    });
    std::vector<std::pair<std::string, double>> out;
    for (int i = 0; i < int(order.size()) && int(out.size()) < count; ++i)
        if (m_weights[std::size_t(order[std::size_t(i)])] != 0)
            out.emplace_back(featureName(order[std::size_t(i)]), m_weights[std::size_t(order[std::size_t(i)])]);
    return out;
}

RewardModelReport trainRewardModel(RewardModel &model, const std::vector<PreferencePair> &pairs,
                                   const RewardModelOptions &o, const RunContext &ctx)
{
    if (pairs.empty())
        throw std::invalid_argument("reward model: no preference pairs to learn from (every pair was a tie or skipped)");
    if (o.heldOutShare < 0 || o.heldOutShare >= 1)
        throw std::invalid_argument("reward model: the held-out share must be in [0, 1)");
    std::vector<std::size_t> order(pairs.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::mt19937_64 rng(mixPreferenceSeed(o.seed, 0x4e7));
    std::shuffle(order.begin(), order.end(), rng);
    int held = int(std::floor(o.heldOutShare * double(pairs.size())));
    if (held >= int(pairs.size()))
        held = int(pairs.size()) - 1;
    std::vector<PreferencePair> train, test;
    for (std::size_t k = 0; k < order.size(); ++k)
        (int(k) < held ? test : train).push_back(pairs[order[k]]);
    RewardModelReport r;
    r.trainPairs = int(train.size());
    r.heldOutPairs = int(test.size());
    r.trainLoss = model.fit(train, o, ctx);
    r.trainAccuracy = model.accuracy(train);
    r.heldOutAccuracy = model.accuracy(test);
    r.topFeatures = model.topFeatures(8);
    return r;
}

} // namespace genlab::engine::tuning
