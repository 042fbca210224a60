#include "engine/tuning/fewshot.h"

#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

constexpr int kMaxShots = 32;
constexpr int kMaxQueries = 500;
constexpr int kPoolSize = kFewShotPoolSize;

// Words for the lookup table: short, common, each one token or two in most tokenizers.
const char *const kLookupKeys[] = {"king",  "crown", "river", "stone", "horse", "sword", "queen", "bread", "night",
                                   "ship",  "tower", "field", "bell",  "glove", "cloak", "lamp",  "road",  "wolf",
                                   "apple", "mouse", "storm", "door",  "ring",  "hill",  "fish",  "coin",  "rose",
                                   "book",  "wind",  "snow",  "fire",  "bird",  "tree",  "cup",   "key",   "boat"};
const char *const kLookupValues[] = {"red", "blue", "green", "gold", "black", "white", "grey", "pink"};

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string spaced(const std::string &letters)
{
    std::string out;
    for (char c : letters) {
        if (!out.empty())
            out += ' ';
        out += c;
    }
    return out;
}

std::uint64_t mixFewShotSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr int kFewShotMaxUserExamples = 2000;

// The point event's strings travel as one text with their byte lengths in Partial::values, so any
// bytes a model writes survive the trip.
void appendFewShotString(Partial &p, const std::string &s)
{
    p.text += s;
    p.values.push_back(float(s.size()));
}

} // namespace

std::vector<FewShotExample> parseExamples(const std::string &text, const std::string &source)
{
    std::vector<FewShotExample> out;
    std::istringstream in(text);
    std::string line;
    int number = 0;
    auto fail = [&](const std::string &problem) {
        throw std::invalid_argument(source + ", line " + std::to_string(number) + ": " + problem);
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::string t = trimmed(line);
        if (t.empty() || t.front() == '#')
            continue;
        for (unsigned char c : t)
            if (c < 0x20 && c != '\t')
                fail("a control character; write plain text");
        const auto arrow = t.find("->");
        if (arrow == std::string::npos)
            fail("no \"->\" between the input and the output (write e.g. \"cat -> cats\")");
        FewShotExample e{trimmed(t.substr(0, arrow)), trimmed(t.substr(arrow + 2))};
        if (e.input.empty())
            fail("the input before \"->\" is empty");
        if (e.output.empty())
            fail("the output after \"->\" is empty");
        out.push_back(std::move(e));
        if (int(out.size()) > kFewShotMaxUserExamples)
            fail("more than " + std::to_string(kFewShotMaxUserExamples) + " examples");
    }
    if (out.size() < 2)
        throw std::invalid_argument(source + ": give at least 2 examples, one \"input -> output\" a line (found " +
                                    std::to_string(out.size()) + ")");
    return out;
}

Partial FewShotPointEvent::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = point.shots;
    p.scalars = {{"series", double(series)},
                 {"index", double(index)},
                 {"correct", double(point.correct)},
                 {"total", double(point.total)},
                 {"accuracy", point.accuracy}};
    appendFewShotString(p, point.firstPrompt);
    for (const FewShotAnswer &a : point.answers) {
        appendFewShotString(p, a.query);
        appendFewShotString(p, a.expected);
        appendFewShotString(p, a.answer);
        appendFewShotString(p, a.correct ? "1" : "0");
        appendFewShotString(p, a.prompt);
    }
    return p;
}

std::optional<FewShotPointEvent> FewShotPointEvent::decode(const Partial &p)
{
    if (p.kind != kKind || p.values.empty() || (p.values.size() - 1) % 5 != 0)
        return std::nullopt;
    FewShotPointEvent e;
    auto scalar = [&p](std::string_view name) {
        for (const auto &[n, v] : p.scalars)
            if (n == name)
                return v;
        return 0.0;
    };
    e.series = int(scalar("series"));
    e.index = int(scalar("index"));
    e.point.shots = int(p.step);
    e.point.correct = int(scalar("correct"));
    e.point.total = int(scalar("total"));
    e.point.accuracy = scalar("accuracy");
    std::size_t at = 0;
    std::vector<std::string> strings;
    for (float v : p.values) {
        const std::size_t n = std::size_t(v);
        if (at + n > p.text.size())
            return std::nullopt;
        strings.push_back(p.text.substr(at, n));
        at += n;
    }
    e.point.firstPrompt = strings[0];
    for (std::size_t i = 1; i + 4 < strings.size(); i += 5)
        e.point.answers.push_back({strings[i], strings[i + 1], strings[i + 2], strings[i + 3] == "1", strings[i + 4]});
    return e;
}

std::string taskName(FewShotTask task)
{
    switch (task) {
    case FewShotTask::Copy:
        return "copy";
    case FewShotTask::Reverse:
        return "reverse";
    case FewShotTask::Next:
        return "next";
    case FewShotTask::Lookup:
        return "lookup";
    }
    return "copy";
}

bool parseTask(const std::string &name, FewShotTask *out)
{
    for (FewShotTask t : {FewShotTask::Copy, FewShotTask::Reverse, FewShotTask::Next, FewShotTask::Lookup})
        if (taskName(t) == name) {
            *out = t;
            return true;
        }
    return false;
}

std::vector<std::string> taskNames()
{
    return {"copy", "reverse", "next", "lookup"};
}

std::vector<std::string> lookupKeys()
{
    return {std::begin(kLookupKeys), std::end(kLookupKeys)};
}

std::vector<std::string> lookupValues()
{
    return {std::begin(kLookupValues), std::end(kLookupValues)};
}

std::vector<FewShotExample> makeExamples(FewShotTask task, int count, std::uint64_t seed)
{
    std::mt19937_64 rng(mixFewShotSeed(seed, 0x7a51));
    std::vector<FewShotExample> out;
    std::set<std::string> seen;
    if (task == FewShotTask::Lookup) {
        // One table per seed: every key gets a value; examples are its rows, in a shuffled order.
        std::vector<FewShotExample> table;
        for (const char *key : kLookupKeys)
            table.push_back({key, kLookupValues[rng() % std::size(kLookupValues)]});
        std::shuffle(table.begin(), table.end(), rng);
        for (int i = 0; i < count; ++i)
            out.push_back(table[std::size_t(i) % table.size()]);
        return out;
    }
    const int distinct = task == FewShotTask::Next ? 23 : 26 * 26 * 26;
    for (int attempt = 0; int(out.size()) < count && attempt < count * 50; ++attempt) {
        std::string letters;
        if (task == FewShotTask::Next) {
            const char start = char('a' + rng() % 23);
            letters = {start, char(start + 1), char(start + 2)};
        } else {
            for (int i = 0; i < 3; ++i)
                letters += char('a' + rng() % 26);
        }
        if (seen.count(letters) && int(seen.size()) < distinct)
            continue;
        seen.insert(letters);
        FewShotExample e;
        e.input = spaced(letters);
        if (task == FewShotTask::Copy)
            e.output = e.input;
        else if (task == FewShotTask::Reverse)
            e.output = spaced(std::string(letters.rbegin(), letters.rend()));
        else
            e.output = std::string(1, char(letters.back() + 1));
        out.push_back(e);
    }
    return out;
}

std::string formatPrompt(const std::vector<FewShotExample> &shots, const std::string &query)
{
    std::string p;
    for (const FewShotExample &e : shots)
        p += e.input + " -> " + e.output + "\n";
    p += query + " ->";
    return p;
}

FewShotResult runFewShot(gpt::GptModel &model, const FewShotOptions &o, const RunContext &ctx, int series)
{
    const bool own = !o.examples.empty();
    if (o.shots.empty())
        throw std::invalid_argument("few-shot: give at least one number of shots");
    for (int k : o.shots)
        if (k < 0 || k > kMaxShots)
            throw std::invalid_argument("few-shot: shots must be in 0.." + std::to_string(kMaxShots) + " (got " +
                                        std::to_string(k) + ")");
    if (o.queries < 1 || o.queries > kMaxQueries)
        throw std::invalid_argument("few-shot: queries must be in 1.." + std::to_string(kMaxQueries));
    if (own) {
        if (o.examples.size() < 2)
            throw std::invalid_argument("few-shot: give at least 2 examples of your own");
        for (int k : o.shots)
            if (k > int(o.examples.size()) - 1)
                throw std::invalid_argument("few-shot: " + std::to_string(k) + " shots need at least " +
                                            std::to_string(k + 1) + " examples (one held out as the query); you gave " +
                                            std::to_string(o.examples.size()));
    }
    if (o.maxAnswerTokens < 1 || o.maxAnswerTokens > 64)
        throw std::invalid_argument("few-shot: answer tokens must be in 1..64");
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("few-shot: the model has no tokenizer");

    const std::vector<FewShotExample> pool = own ? o.examples : makeExamples(o.task, kPoolSize, o.seed);
    const int queries = own ? std::min(o.queries, int(pool.size())) : o.queries;
    // The user's examples: the same queries at every k (each example asked at most once), so the
    // curve compares like with like.
    std::vector<std::size_t> asked(pool.size());
    std::iota(asked.begin(), asked.end(), std::size_t(0));
    std::shuffle(asked.begin(), asked.end(), std::mt19937_64(mixFewShotSeed(o.seed, 0x0e1a)));
    FewShotResult result;
    result.task = own ? "examples" : taskName(o.task);
    result.model = model.source();
    gpt::SamplingSettings s;
    s.greedy = true;
    s.temperature = 0;
    s.maxTokens = o.maxAnswerTokens;
    s.stopSequences = {"\n"};
    const int total = int(o.shots.size()) * queries;
    int done = 0;
    for (std::size_t pointIndex = 0; pointIndex < o.shots.size(); ++pointIndex) {
        const int k = o.shots[pointIndex];
        FewShotPoint point;
        point.shots = k;
        for (int q = 0; q < queries; ++q) {
            ctx.checkpoint();
            // Which examples this query sees: drawn from (seed, k, q), so k = 4 does not reuse k = 2's prompts.
            std::mt19937_64 rng(mixFewShotSeed(o.seed, std::uint64_t(k) * 100003u + std::uint64_t(q)));
            std::vector<std::size_t> order(pool.size());
            std::iota(order.begin(), order.end(), std::size_t(0));
            std::shuffle(order.begin(), order.end(), rng);
            std::vector<FewShotExample> shots;
            FewShotExample query;
            if (own) {
                const std::size_t asking = asked[std::size_t(q)];
                query = pool[asking];
                for (std::size_t j = 0; j < order.size() && int(shots.size()) < k; ++j)
                    if (order[j] != asking)
                        shots.push_back(pool[order[j]]);
            } else if (o.task == FewShotTask::Lookup) {
                // Retrieval from the context: the queried key is one of the rows shown (none at k = 0).
                std::set<std::string> keys;
                for (std::size_t i : order) {
                    if (int(shots.size()) == std::max(k, 1))
                        break;
                    if (keys.insert(pool[i].input).second)
                        shots.push_back(pool[i]);
                }
                query = shots[rng() % shots.size()];
                if (k == 0)
                    shots.clear();
            } else {
                query = pool[order[0]];
                for (std::size_t j = 1; j < order.size() && int(shots.size()) < k; ++j)
                    if (pool[order[j]].input != query.input)
                        shots.push_back(pool[order[j]]);
            }
            const std::string prompt = formatPrompt(shots, query.input);
            if (q == 0)
                point.firstPrompt = prompt;
            std::vector<int> ids = tokenizer->encode(prompt);
            const gpt::GenerationResult g = model.generate(ids, s);
            FewShotAnswer a;
            a.query = query.input;
            a.expected = query.output;
            a.answer = trimmed(g.text);
            a.correct = a.answer == trimmed(query.output);
            a.prompt = prompt;
            point.correct += a.correct ? 1 : 0;
            ++point.total;
            point.answers.push_back(std::move(a));
            ++done;
            ctx.progress(double(done) / total, "k = " + std::to_string(k) + ": query " + std::to_string(q + 1) + " of " +
                                                   std::to_string(queries));
        }
        point.accuracy = point.total > 0 ? double(point.correct) / point.total : 0.0;
        ctx.partial(FewShotPointEvent{series, int(pointIndex), point}.encode());
        result.points.push_back(std::move(point));
    }
    return result;
}

} // namespace genlab::engine::tuning
