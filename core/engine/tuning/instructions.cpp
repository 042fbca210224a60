#include "engine/tuning/instructions.h"

#include "engine/text/tokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

std::uint64_t mixInstructionSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::string joinInstructionWords(const std::vector<std::string> &words)
{
    std::string out;
    for (const std::string &w : words) {
        if (!out.empty())
            out += ' ';
        out += w;
    }
    return out;
}

const char *const kInstructionCountNames[] = {"zero", "one", "two", "three", "four", "five", "six"};

// One pair of a task over words.
InstructionPair makeInstructionPair(const std::string &task, const std::vector<std::string> &words)
{
    InstructionPair p;
    p.task = task;
    const std::string list = joinInstructionWords(words);
    // The task first, the words last: what the answer starts with is near it, so a small model
    // learns most of these within a few hundred steps; "first" and "repeat" (which must reach back
    // to the first word) come last and are the hardest.
    if (task == "repeat") {
        p.instruction = "Repeat these words: " + list;
        p.response = list;
    } else if (task == "reverse") {
        p.instruction = "Reverse these words: " + list;
        p.response = joinInstructionWords(std::vector<std::string>(words.rbegin(), words.rend()));
    } else if (task == "first") {
        p.instruction = "Say the first word: " + list;
        p.response = words.front();
    } else if (task == "last") {
        p.instruction = "Say the last word: " + list;
        p.response = words.back();
    } else {
        p.instruction = "Count these words: " + list;
        p.response = kInstructionCountNames[words.size()];
    }
    return p;
}

// The word counts a task draws from.
std::pair<int, int> instructionWordRange(const std::string &task)
{
    if (task == "reverse")
        return {2, 3};
    return {2, 4};
}

// Order-free key of a word combination: held-out combinations are never trained on.
std::string instructionWordKey(std::vector<std::string> words)
{
    std::sort(words.begin(), words.end());
    return joinInstructionWords(words);
}

std::vector<std::string> drawInstructionWords(std::mt19937_64 &rng, int count)
{
    const std::vector<std::string> &all = instructionWords();
    std::vector<std::string> out;
    while (int(out.size()) < count) {
        const std::string &w = all[rng() % all.size()];
        if (std::find(out.begin(), out.end(), w) == out.end())
            out.push_back(w);
    }
    return out;
}

} // namespace

std::vector<std::string> instructionTaskNames()
{
    return {"repeat", "reverse", "first", "last", "count"};
}

const std::vector<std::string> &instructionWords()
{
    static const std::vector<std::string> words = {
        "king",  "queen", "prince", "lord",   "son",   "wife",   "father", "mother", "brother", "daughter",
        "child", "friend", "heart", "head",   "hand",  "eyes",   "blood",  "death",  "life",    "love",
        "soul",  "heaven", "house", "night",  "day",   "world",  "name",   "honour", "grace",   "war",
        "man",   "time",   "crown", "sweet",  "fair",  "good",   "poor",   "old",    "noble",   "gentle"};
    return words;
}

InstructionSplit makeBuiltInInstructions(int trainCount, int heldOutCount, std::uint64_t seed)
{
    if (trainCount < 1 || trainCount > 100000)
        throw std::invalid_argument("instructions: the training pairs must number 1..100000 (got " +
                                    std::to_string(trainCount) + ")");
    if (heldOutCount < 1 || heldOutCount > 1000)
        throw std::invalid_argument("instructions: the held-out pairs must number 1..1000 (got " +
                                    std::to_string(heldOutCount) + ")");
    const std::vector<std::string> tasks = instructionTaskNames();
    InstructionSplit split;
    std::set<std::string> heldOutKeys;
    std::mt19937_64 heldRng(mixInstructionSeed(seed, 0x4e1d));
    for (int i = 0; int(split.heldOut.size()) < heldOutCount && i < heldOutCount * 100; ++i) {
        const std::string &task = tasks[split.heldOut.size() % tasks.size()];
        const auto [lo, hi] = instructionWordRange(task);
        const std::vector<std::string> words = drawInstructionWords(heldRng, lo + int(heldRng() % (hi - lo + 1)));
        if (!heldOutKeys.insert(instructionWordKey(words)).second)
            continue;
        split.heldOut.push_back(makeInstructionPair(task, words));
    }
    std::mt19937_64 trainRng(mixInstructionSeed(seed, 0x7a11));
    for (int i = 0; int(split.train.size()) < trainCount && i < trainCount * 100; ++i) {
        const std::string &task = tasks[split.train.size() % tasks.size()];
        const auto [lo, hi] = instructionWordRange(task);
        const std::vector<std::string> words = drawInstructionWords(trainRng, lo + int(trainRng() % (hi - lo + 1)));
        if (heldOutKeys.count(instructionWordKey(words)))
            continue;
        split.train.push_back(makeInstructionPair(task, words));
    }
    return split;
}

std::vector<InstructionPair> readInstructionsJsonl(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open the file");
    std::vector<InstructionPair> out;
    std::string line;
    int number = 0;
    const auto fail = [&](const std::string &problem) {
        throw std::runtime_error(path + ":" + std::to_string(number) + ": " + problem);
    };
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);
        } catch (const nlohmann::json::exception &) {
            fail("not valid JSON (one {\"instruction\": ..., \"response\": ...} object per line)");
        }
        if (!j.is_object())
            fail("not a JSON object (one {\"instruction\": ..., \"response\": ...} object per line)");
        const auto text = [&](const char *key, bool required) -> std::string {
            const auto it = j.find(key);
            if (it == j.end()) {
                if (required)
                    fail(std::string("no \"") + key + "\" field");
                return {};
            }
            if (!it->is_string())
                fail(std::string("\"") + key + "\" is not a string");
            return it->get<std::string>();
        };
        InstructionPair p;
        p.instruction = text("instruction", true);
        const std::string input = text("input", false);
        if (!input.empty())
            p.instruction += "\n" + input;
        p.response = j.contains("response") ? text("response", true) : text("output", false);
        if (!j.contains("response") && !j.contains("output"))
            fail("no \"response\" field");
        if (trimmedAnswer(p.instruction).empty())
            fail("the instruction is empty");
        if (trimmedAnswer(p.response).empty())
            fail("the response is empty");
        if (p.response.find('\n') != std::string::npos)
            fail("the response has a line break (answers are read up to the end of their line)");
        out.push_back(std::move(p));
    }
    if (in.bad())
        throw std::runtime_error(path + ": cannot read the file");
    if (out.empty())
        throw std::runtime_error(path + ": holds no pairs (one {\"instruction\": ..., \"response\": ...} object per line)");
    return out;
}

InstructionSplit splitInstructions(std::vector<InstructionPair> pairs, int heldOutCount, std::uint64_t seed)
{
    if (heldOutCount < 1)
        throw std::invalid_argument("instructions: hold out at least one pair");
    std::mt19937_64 rng(mixInstructionSeed(seed, 0x5b17));
    std::shuffle(pairs.begin(), pairs.end(), rng);
    const int held = std::min<int>(heldOutCount, int(pairs.size()) / 2);
    InstructionSplit split;
    std::set<std::string> heldInstructions;
    for (InstructionPair &p : pairs) {
        if (int(split.heldOut.size()) < held && heldInstructions.insert(trimmedAnswer(p.instruction)).second) {
            split.heldOut.push_back(std::move(p));
            continue;
        }
        if (!heldInstructions.count(trimmedAnswer(p.instruction)))
            split.train.push_back(std::move(p));
    }
    if (split.heldOut.empty() || split.train.size() < 2)
        throw std::invalid_argument("instructions: too few distinct pairs to hold some out and train on the rest (" +
                                    std::to_string(pairs.size()) + " pairs)");
    return split;
}

std::string instructionPrompt(const std::string &instruction)
{
    return "Instruction: " + instruction + "\nResponse:";
}

std::string instructionCompletion(const std::string &response)
{
    return " " + trimmedAnswer(response) + "\n";
}

gpt::WeightedSequence instructionSequence(const text::Tokenizer &tokenizer, const InstructionPair &pair, int maxTokens)
{
    std::vector<int> prompt = tokenizer.encode(instructionPrompt(pair.instruction));
    const std::vector<int> completion = tokenizer.encode(instructionCompletion(pair.response));
    if (int(completion.size()) + 1 > maxTokens)
        throw std::invalid_argument("instructions: the response '" + pair.response + "' takes " +
                                    std::to_string(completion.size()) + " tokens, more than the model's context of " +
                                    std::to_string(maxTokens) + " leaves room for");
    const int keep = std::min<int>(int(prompt.size()), maxTokens - int(completion.size()));
    prompt.erase(prompt.begin(), prompt.end() - keep);
    gpt::WeightedSequence s;
    s.ids = prompt;
    s.ids.insert(s.ids.end(), completion.begin(), completion.end());
    s.weights.assign(prompt.size(), 0.0f);
    s.weights.resize(s.ids.size(), 1.0f);
    return s;
}

std::vector<MaskedToken> maskedTokens(const text::Tokenizer &tokenizer, const InstructionPair &pair, int maxTokens)
{
    const gpt::WeightedSequence s = instructionSequence(tokenizer, pair, maxTokens);
    std::vector<MaskedToken> out;
    for (std::size_t i = 0; i < s.ids.size(); ++i)
        out.push_back({s.ids[i], tokenizer.tokenDisplay(s.ids[i]), s.weights[i]});
    return out;
}

std::string trimmedAnswer(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool sameAnswer(const std::string &answer, const std::string &expected)
{
    return trimmedAnswer(answer) == trimmedAnswer(expected);
}

} // namespace genlab::engine::tuning
