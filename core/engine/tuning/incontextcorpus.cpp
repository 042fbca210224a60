#include "engine/tuning/incontextcorpus.h"

#include "engine/tuning/fewshot.h"

#include <random>
#include <set>
#include <stdexcept>
#include <vector>

namespace genlab::engine::tuning {

namespace {

// The corpus's own seed stream: a salt no other draw of the few-shot code uses.
std::uint64_t mixCorpusSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a * 0xd1342543de82ef95ULL + 0x2545f4914f6cdd1dULL * (b + 7);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::string corpusSpaced(const std::string &letters)
{
    std::string out;
    for (char c : letters) {
        if (!out.empty())
            out += ' ';
        out += c;
    }
    return out;
}

int corpusUniform(std::mt19937_64 &rng, int lo, int hi) // lo .. hi inclusive
{
    return lo + int(rng() % std::uint64_t(hi - lo + 1));
}

} // namespace

std::string makeInContextCorpus(const InContextCorpusOptions &o, InContextCorpusStats *stats)
{
    if (o.blocks < 1 || o.blocks > 1000000)
        throw std::invalid_argument("in-context corpus: blocks must be in 1..1000000");
    if (!(o.inductionShare >= 0 && o.inductionShare <= 1))
        throw std::invalid_argument("in-context corpus: the induction share must be in 0..1");
    if (o.minLines < 1 || o.maxLines > 16 || o.minLines > o.maxLines)
        throw std::invalid_argument("in-context corpus: lines per block must be 1 <= min <= max <= 16");
    if (o.minString < 2 || o.maxString > 60 || o.minString > o.maxString)
        throw std::invalid_argument("in-context corpus: induction strings must be 2 <= min <= max <= 60 letters");
    if (!(o.runShare >= 0 && o.runShare <= 1))
        throw std::invalid_argument("in-context corpus: the share of alphabet runs must be in 0..1");
    if (o.heldOutSeeds < 0 || o.heldOutSeeds > 1000)
        throw std::invalid_argument("in-context corpus: held-out seeds must be in 0..1000");

    InContextCorpusStats st;
    // Every copy/reverse input runFewShot may show or ask with a held-out seed (the two tasks draw
    // the same letters from a seed).
    std::set<std::string> heldOut;
    for (int s = 0; s < o.heldOutSeeds; ++s)
        for (FewShotTask t : {FewShotTask::Copy, FewShotTask::Reverse})
            for (const FewShotExample &e : makeExamples(t, kFewShotPoolSize, std::uint64_t(s)))
                heldOut.insert(e.input);
    st.excludedInputs = int(heldOut.size());
    if (st.excludedInputs >= 26 * 26 * 26)
        throw std::invalid_argument("in-context corpus: the held-out seeds leave no copy or reverse inputs");

    const std::vector<std::string> keys = lookupKeys();
    const std::vector<std::string> values = lookupValues();
    std::mt19937_64 rng(mixCorpusSeed(o.seed, 0x1c0c));
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    // Copy and reverse inputs: random letters, and now and then a run of the alphabet, so a run
    // alone does not say "next" (at k = 0 the task is a guess; the shots tell which).
    auto triple = [&]() {
        for (;;) {
            std::string letters;
            if (unit(rng) < o.runShare) {
                const char start = char('a' + rng() % 24);
                letters = {start, char(start + 1), char(start + 2)};
            } else {
                for (int i = 0; i < 3; ++i)
                    letters += char('a' + rng() % 26);
            }
            if (!heldOut.count(corpusSpaced(letters)))
                return letters;
        }
    };
    // The induction strings: mostly letters, now and then one of the prompt's other characters, so
    // every token a char model has (those `genlab induction` draws from) is seen being copied.
    auto inductionChar = [&]() {
        static const char kOthers[] = {' ', '-', '>'};
        if (unit(rng) < 0.12)
            return kOthers[rng() % 3];
        return char('a' + rng() % 26);
    };

    std::string text;
    text.reserve(std::size_t(o.blocks) * 60);
    for (int b = 0; b < o.blocks; ++b) {
        if (unit(rng) < o.inductionShare) {
            const int length = corpusUniform(rng, o.minString, o.maxString);
            std::string s;
            for (int i = 0; i < length; ++i)
                s += inductionChar();
            // Written two or three times, back to back (as `genlab induction` shows a sequence) or
            // with a space between.
            const int times = corpusUniform(rng, 2, 3);
            const std::string gap = unit(rng) < 0.5 ? "" : " ";
            for (int i = 0; i < times; ++i)
                text += (i ? gap : std::string()) + s;
            text += "\n\n";
            ++st.inductionLines;
            continue;
        }
        const auto task = FewShotTask(rng() % 4);
        const int lines = corpusUniform(rng, o.minLines, o.maxLines);
        std::vector<std::pair<std::string, std::string>> table; // lookup: this block's rows shown so far
        std::set<std::string> used;
        for (int l = 0; l < lines; ++l) {
            std::string input, output;
            if (task == FewShotTask::Lookup) {
                // A random table: a line shows a new row, or (as the few-shot query does) asks a
                // key shown before, whose answer only the block has.
                if (!table.empty() && (unit(rng) < 0.45 || used.size() == keys.size())) {
                    const auto &row = table[rng() % table.size()];
                    input = row.first;
                    output = row.second;
                } else {
                    do
                        input = keys[rng() % keys.size()];
                    while (used.count(input));
                    used.insert(input);
                    output = values[rng() % values.size()];
                    table.emplace_back(input, output);
                }
            } else if (task == FewShotTask::Next) {
                const char start = char('a' + rng() % 23);
                input = corpusSpaced({start, char(start + 1), char(start + 2)});
                output = std::string(1, char(start + 3));
            } else {
                const std::string letters = triple();
                input = corpusSpaced(letters);
                output = task == FewShotTask::Copy ? input : corpusSpaced(std::string(letters.rbegin(), letters.rend()));
            }
            text += input + " -> " + output + "\n";
            ++st.examples;
        }
        text += "\n";
        ++st.blocks[int(task)];
    }
    st.bytes = text.size();
    if (stats)
        *stats = st;
    return text;
}

} // namespace genlab::engine::tuning
