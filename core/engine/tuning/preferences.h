#pragma once
// Preferences for the RLHF family of experiments: prompts (short exchanges from tiny Shakespeare,
// built in: one speaker's line, then the name of the one who answers), two answers per prompt sampled from a language model, and who judges
// them: a person (the lab asks) or a built-in rule standing in for one ("shorter", "no letter e",
// "ends with a rhyme"). A judged pair is a prompt, the chosen answer and the rejected one.

#include "engine/base/runcontext.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::engine::tuning {

enum class PreferenceRule {
    Shorter, // fewer characters wins
    NoE,     // a smaller share of the letter e among the letters wins (no letters: no e)
    Rhyme,   // the answer's last word rhymes with the prompt's last word
};

std::string ruleName(PreferenceRule rule); // "shorter", "no-e", "rhyme"
bool parseRule(const std::string &name, PreferenceRule *out);
std::vector<std::string> ruleNames();
// One line for people: "the shorter answer wins", ...
std::string ruleDescription(PreferenceRule rule);

// The words of a text, lower case letters only ("Thee," -> "thee"); the last one, or "".
std::string lastWord(const std::string &text);
// The word an answer to the prompt should rhyme with: the last word of its last spoken line (empty
// lines and speaker names such as "ROMEO:" skipped).
std::string rhymeTarget(const std::string &prompt);
// The rhyming part of a word: from its last vowel group (a e i o u, y after a consonant) to the end,
// "night" -> "ight", "thee" -> "ee", "away" -> "ay". Empty for a word without a vowel.
std::string rhymePart(const std::string &word);
// Two different words whose rhyming parts are equal and at least two letters long (or one vowel
// letter and the words end alike in two letters): "night"/"light", "thee"/"free". A word does not
// rhyme with itself.
bool rhymes(const std::string &a, const std::string &b);

// How much the rule likes an answer to a prompt (higher is better):
//   shorter: -(characters of the trimmed answer)
//   no-e:    1 - (e's / letters); an answer without letters scores 1
//   rhyme:   1 when the answer's last word rhymes with rhymeTarget(prompt), 0.5 when it repeats
//            that word, 0.25 when the two share their last letter, else 0
double ruleScore(PreferenceRule rule, const std::string &prompt, const std::string &answer);
// +1: the rule prefers a, -1: b, 0: a tie (the pair is skipped).
int rulePrefers(PreferenceRule rule, const std::string &prompt, const std::string &a, const std::string &b);

// The built-in prompts: "A:\nA's last line\n\nB:\n" (the answer is B's first line).
// The first trainPromptCount() are for training, the rest held out for the evaluation.
const std::vector<std::string> &preferencePrompts();
int trainPromptCount();
std::vector<std::string> trainPrompts();
std::vector<std::string> heldOutPrompts();

// How answers are sampled: up to maxTokens tokens, ending at the first newline.
struct AnswerSampling
{
    int maxTokens = 24;
    double temperature = 1.0;
    int topK = 0; // 0: the full distribution (the policy gradient needs the policy's own samples)
};

struct SampledAnswer
{
    std::string text;             // up to the newline, not included
    std::vector<int> promptIds;
    std::vector<int> answerIds;   // as generated, the token holding the newline included
    bool ended = false;           // stopped at a newline (not cut at maxTokens)
};

SampledAnswer sampleAnswer(gpt::GptModel &model, const std::string &prompt, const AnswerSampling &sampling,
                           std::uint64_t seed);

// Two answers for one prompt, for someone (or a rule) to judge.
struct AnswerPair
{
    std::string prompt;
    std::string left;
    std::string right;
};

struct PreferencePair
{
    std::string prompt;
    std::string chosen;
    std::string rejected;
};

// count pairs: prompts drawn in turn from `prompts` (shuffled by seed), two answers each; a pair whose
// answers are the same text is drawn again (a few tries). ctx.checkpoint() and progress per pair.
std::vector<AnswerPair> sampleAnswerPairs(gpt::GptModel &model, const std::vector<std::string> &prompts, int count,
                                          const AnswerSampling &sampling, std::uint64_t seed,
                                          const RunContext &ctx = {});
// The rule's verdicts; ties are skipped.
std::vector<PreferencePair> judgePairs(PreferenceRule rule, const std::vector<AnswerPair> &pairs);
// A person's verdict on one pair: +1 left is better, -1 right is better (0: skipped, returns false).
bool pairFromVerdict(const AnswerPair &pair, int verdict, PreferencePair *out);

std::uint64_t mixPreferenceSeed(std::uint64_t a, std::uint64_t b);

} // namespace genlab::engine::tuning
