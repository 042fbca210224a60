#include "engine/masked/mlmmasking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace genlab::engine::masked {

namespace {

// Uniform in [0, n) without modulo bias; std::uniform_int_distribution's algorithm is not fixed by
// the standard, so a seed would mask differently on another platform.
std::uint64_t below(std::mt19937_64 &gen, std::uint64_t n)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t x = gen();
    while (x >= limit)
        x = gen();
    return x % n;
}

// Uniform in [0, 1) from the top 53 bits.
double unit(std::mt19937_64 &gen)
{
    return double(gen() >> 11) * (1.0 / 9007199254740992.0);
}

// Fisher-Yates with our own draws.
template <class T>
void shuffle(std::vector<T> &v, std::mt19937_64 &gen)
{
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[std::size_t(below(gen, i))]);
}

} // namespace

const char *maskActionName(MaskAction action)
{
    switch (action) {
    case MaskAction::Masked:
        return "masked";
    case MaskAction::Random:
        return "random";
    case MaskAction::Kept:
        return "kept";
    }
    return "masked";
}

void MaskingOptions::validate() const
{
    auto inUnit = [](double v) { return std::isfinite(v) && v >= 0 && v <= 1; };
    if (!inUnit(rate))
        throw std::invalid_argument("masking: the rate must be in [0, 1] (got " + std::to_string(rate) + ")");
    if (!inUnit(maskFraction))
        throw std::invalid_argument("masking: the [MASK] fraction must be in [0, 1] (got " + std::to_string(maskFraction) + ")");
    if (!inUnit(randomFraction))
        throw std::invalid_argument("masking: the random-token fraction must be in [0, 1] (got " +
                                    std::to_string(randomFraction) + ")");
    if (maskFraction + randomFraction > 1 + 1e-12)
        throw std::invalid_argument("masking: the [MASK] and random-token fractions add up to more than 1");
}

MaskedSequence applyMasking(const std::vector<int> &ids, const MaskingVocabulary &vocabulary,
                            const MaskingOptions &options, std::uint64_t seed, const std::vector<int> &words)
{
    options.validate();
    if (vocabulary.maskId < 0 || vocabulary.maskId >= vocabulary.vocabSize)
        throw std::invalid_argument("masking: the vocabulary has no [MASK] id");
    if (options.wholeWord && words.size() != ids.size())
        throw std::invalid_argument("masking: whole-word masking needs one word index per position (" +
                                    std::to_string(words.size()) + " for " + std::to_string(ids.size()) + " positions)");

    std::vector<char> special(std::size_t(vocabulary.vocabSize), 0);
    for (int id : vocabulary.specialIds)
        if (id >= 0 && id < vocabulary.vocabSize)
            special[std::size_t(id)] = 1;
    special[std::size_t(vocabulary.maskId)] = 1;
    // The tokens a random replacement is drawn from.
    std::vector<int> ordinary;
    ordinary.reserve(special.size());
    for (int id = 0; id < vocabulary.vocabSize; ++id)
        if (!special[std::size_t(id)])
            ordinary.push_back(id);
    if (ordinary.empty())
        throw std::invalid_argument("masking: the vocabulary has no token that is not special");

    auto isCandidate = [&](int id) { return id >= 0 && id < vocabulary.vocabSize && !special[std::size_t(id)]; };
    std::vector<int> candidates;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (isCandidate(ids[i]) && (!options.wholeWord || words[i] >= 0))
            candidates.push_back(int(i));

    MaskedSequence out;
    out.ids = ids;
    if (candidates.empty() || options.rate <= 0)
        return out;

    std::mt19937_64 gen(seed);
    // Stochastic rounding keeps the expected share at exactly `rate` for short sequences too.
    const double exact = options.rate * double(candidates.size());
    std::size_t count = std::size_t(std::floor(exact));
    if (unit(gen) < exact - std::floor(exact))
        ++count;
    count = std::clamp<std::size_t>(count, 1, candidates.size());

    std::vector<int> chosen;
    if (!options.wholeWord) {
        shuffle(candidates, gen);
        chosen.assign(candidates.begin(), candidates.begin() + std::ptrdiff_t(count));
    } else {
        // Words in order of first appearance, each with its candidate positions.
        std::map<int, std::size_t> slot;
        std::vector<std::vector<int>> groups;
        for (int pos : candidates) {
            auto [it, added] = slot.emplace(words[std::size_t(pos)], groups.size());
            if (added)
                groups.emplace_back();
            groups[it->second].push_back(pos);
        }
        shuffle(groups, gen);
        for (const auto &g : groups) {
            if (chosen.size() >= count)
                break;
            if (chosen.size() + g.size() > count && !chosen.empty())
                continue;
            chosen.insert(chosen.end(), g.begin(), g.end());
        }
    }
    std::sort(chosen.begin(), chosen.end());

    out.targets.reserve(chosen.size());
    for (int pos : chosen) {
        MaskTarget t;
        t.position = pos;
        t.original = ids[std::size_t(pos)];
        const double u = unit(gen);
        if (u < options.maskFraction) {
            t.action = MaskAction::Masked;
            t.replacement = vocabulary.maskId;
        } else if (u < options.maskFraction + options.randomFraction) {
            t.action = MaskAction::Random;
            t.replacement = ordinary[std::size_t(below(gen, ordinary.size()))];
        } else {
            t.action = MaskAction::Kept;
            t.replacement = t.original;
        }
        out.ids[std::size_t(pos)] = t.replacement;
        out.targets.push_back(t);
    }
    return out;
}

void MaskingCounts::add(const MaskedSequence &sequence, std::int64_t candidatePositions)
{
    candidates += candidatePositions;
    chosen += std::int64_t(sequence.targets.size());
    for (const MaskTarget &t : sequence.targets) {
        switch (t.action) {
        case MaskAction::Masked:
            ++masked;
            break;
        case MaskAction::Random:
            ++random;
            break;
        case MaskAction::Kept:
            ++kept;
            break;
        }
    }
}

} // namespace genlab::engine::masked
