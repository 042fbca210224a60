#include "engine/tuning/preferences.h"

#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

// Exchanges from tiny Shakespeare: a speaker's last line, then the name of the one who answers.
const std::vector<std::string> kPreferencePrompts = {
    "ARIEL:\nTo bate me a full year.\n\nPROSPERO:\n",
    "BENVOLIO:\nGood-morrow, cousin.\n\nROMEO:\n",
    "EDWARD:\nClifford, repent in bootless penitence.\n\nWARWICK:\n",
    "ESCALUS:\nThan at the strangeness of it.\n\nDUKE VINCENTIO:\n",
    "MENENIUS:\nLet him be call'd for.\n\nFirst Senator:\n",
    "DUKE VINCENTIO:\nTake thy commission.\n\nANGELO:\n",
    "HENRY BOLINGBROKE:\nWelcome, my lord what is the news?\n\nNORTHUMBERLAND:\n",
    "COMINIUS:\nBy calmness or by absence: all's in anger.\n\nMENENIUS:\n",
    "BUCKINGHAM:\nIn this just suit come I to move your grace.\n\nGLOUCESTER:\n",
    "First Murderer:\nDo so, it is a point of wisdom: fare you well.\n\nSecond Murderer:\n",
    "KING LEWIS XI:\nThat Bona shall be wife to the English king.\n\nPRINCE EDWARD:\n",
    "First Gentleman:\nClaudio to prison? 'tis not so.\n\nMISTRESS OVERDONE:\n",
    "DUCHESS OF YORK:\nPity may move thee 'pardon' to rehearse.\n\nHENRY BOLINGBROKE:\n",
    "Second Watchman:\nBut to defend his person from night-foes?\n\nWARWICK:\n",
    "LUCENTIO:\nAssist me, Tranio, for I know thou wilt.\n\nTRANIO:\n",
    "GREY:\nHere come the lords of Buckingham and Derby.\n\nBUCKINGHAM:\n",
    "PETRUCHIO:\nSome comet or unusual prodigy?\n\nBAPTISTA:\n",
    "HENRY BOLINGBROKE:\nAnd to thy worth will add right worthy gains.\n\nLORD FITZWATER:\n",
    "LARTIUS:\nWere feverous and did tremble.\n\nFirst Soldier:\n",
    "NORTHUMBERLAND:\nHave you forgot the Duke of Hereford, boy?\n\nHENRY PERCY:\n",
    "HERMIONE:\nNay, let me have't; I long.\n\nLEONTES:\n",
    "MERCUTIO:\nTorments him so, that he will sure run mad.\n\nBENVOLIO:\n",
    "QUEEN ELIZABETH:\nAnd you shall understand from me her mind.\n\nKING RICHARD III:\n",
    "GLOUCESTER:\nThe bruit thereof will bring you many friends.\n\nKING EDWARD IV:\n",
    "QUEEN ELIZABETH:\nThe king! why, who's that?\n\nBRAKENBURY:\n",
    "COMINIUS:\nInto an auger's bore.\n\nMENENIUS:\n",
    "GLOUCESTER:\nA gentle cousin, were it light enough.\n\nYORK:\n",
    "PROSPERO:\nHath kept with thy remembrance.\n\nMIRANDA:\n",
    "MIRANDA:\nDid never meddle with my thoughts.\n\nPROSPERO:\n",
    "FLORIZEL:\nMy leash unwillingly.\n\nCAMILLO:\n",
    "QUEEN ELIZABETH:\nWhat stay had I but Edward? and he's gone.\n\nChildren:\n",
    "DUCHESS OF YORK:\nHis nurse! why, she was dead ere thou wert born.\n\nYORK:\n",
    "First Citizen:\nWhat could the belly answer?\n\nMENENIUS:\n",
    "MARCIUS:\nWhat, art thou stiff? stand'st out?\n\nTITUS:\n",
    "KING RICHARD II:\nWhy, uncle, what's the matter?\n\nDUKE OF YORK:\n",
    "BUSHY:\nThat's as York thrives to beat back Bolingbroke.\n\nGREEN:\n",
    "KING RICHARD III:\nLetters to Richmond, you shall answer it.\n\nBUCKINGHAM:\n",
    "BUCKINGHAM:\nUpon the stroke of ten.\n\nKING RICHARD III:\n",
    "MERCUTIO:\nBy my heel, I care not.\n\nTYBALT:\n",
    "CAPULET:\nAll night for lesser cause, and ne'er been sick.\n\nLADY CAPULET:\n",
    "DUKE OF AUMERLE:\nYea, at all points; and longs to enter in.\n\nLord Marshal:\n",
    "SLY:\nAl'ce madam, or Joan madam?\n\nLord:\n",
    "CALIBAN:\nFor learning me your language!\n\nPROSPERO:\n",
    "JOHN OF GAUNT:\nThe precious jewel of thy home return.\n\nHENRY BOLINGBROKE:\n",
    "KING RICHARD III:\nSelves of themselves, to your recomforture.\n\nQUEEN ELIZABETH:\n",
    "KING RICHARD II:\nAnd, Norfolk, throw down his.\n\nJOHN OF GAUNT:\n",
    "KING EDWARD IV:\nBut whither shall we then?\n\nHASTINGS:\n",
    "ROMEO:\nTaking the measure of an unmade grave.\n\nFRIAR LAURENCE:\n",
    "MENENIUS:\nknown well enough too?\n\nBRUTUS:\n",
    "Second Keeper:\nAy, but thou talk'st as if thou wert a king.\n\nKING HENRY VI:\n",
    "MAMILLIUS:\nI were a baby still. I love you better.\n\nSecond Lady:\n",
    "BUCKINGHAM:\nWhat says your highness to my just demand?\n\nKING RICHARD III:\n",
    "Pursuivant:\nGod hold it, to your honour's good content!\n\nHASTINGS:\n",
    "BENVOLIO:\nWe'll measure them a measure, and be gone.\n\nROMEO:\n",
    "CORIOLANUS:\nAnd harsh in sound to thine.\n\nAUFIDIUS:\n",
    "MONTAGUE:\nLet's fight it out and not stand cavilling thus.\n\nRICHARD:\n",
    "JULIET:\nTherefore stay yet; thou need'st not to be gone.\n\nROMEO:\n",
    "BAPTISTA:\nWhat, is the man lunatic?\n\nTRANIO:\n",
    "TRANIO:\nFaith, he is gone unto the taming-school.\n\nBIANCA:\n",
    "MARCIUS:\nAs I could pick my lance.\n\nMENENIUS:\n",
};

constexpr int kPreferenceTrainPrompts = 44;

std::string trimmedAnswer(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

bool isPreferenceVowel(const std::string &w, std::size_t i)
{
    const char c = w[i];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
        return true;
    // y is a vowel after a consonant or at the start of nothing ("fly", "away" keeps "ay")
    return c == 'y' && i > 0 && !(w[i - 1] == 'a' || w[i - 1] == 'e' || w[i - 1] == 'i' || w[i - 1] == 'o' || w[i - 1] == 'u');
}

} // namespace

std::string ruleName(PreferenceRule rule)
{
    switch (rule) {
    case PreferenceRule::Shorter:
        return "shorter";
    case PreferenceRule::NoE:
        return "no-e";
    case PreferenceRule::Rhyme:
        return "rhyme";
    }
    return "shorter";
}

bool parseRule(const std::string &name, PreferenceRule *out)
{
    for (PreferenceRule r : {PreferenceRule::Shorter, PreferenceRule::NoE, PreferenceRule::Rhyme})
        if (ruleName(r) == name) {
            *out = r;
            return true;
        }
    return false;
}

std::vector<std::string> ruleNames()
{
    return {"shorter", "no-e", "rhyme"};
}

std::string ruleDescription(PreferenceRule rule)
{
    switch (rule) {
    case PreferenceRule::Shorter:
        return "the shorter answer wins";
    case PreferenceRule::NoE:
        return "the answer with fewer e's among its letters wins";
    case PreferenceRule::Rhyme:
        return "the answer whose last word rhymes with the prompt's wins";
    }
    return {};
}

std::string lastWord(const std::string &text)
{
    std::string word;
    std::size_t i = text.size();
    // skip everything after the last letter, then take the letters (and apostrophes inside) before it
    while (i > 0 && !std::isalpha(static_cast<unsigned char>(text[i - 1])))
        --i;
    while (i > 0 && (std::isalpha(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '\'')) {
        --i;
        if (text[i] != '\'')
            word.insert(word.begin(), char(std::tolower(static_cast<unsigned char>(text[i]))));
    }
    return word;
}

std::string rhymeTarget(const std::string &prompt)
{
    // The last line that is spoken: skip empty lines and speaker names ("ROMEO:").
    std::size_t end = prompt.size();
    while (end > 0) {
        std::size_t begin = prompt.rfind('\n', end - 1);
        begin = begin == std::string::npos ? 0 : begin + 1;
        const std::string line = trimmedAnswer(prompt.substr(begin, end - begin));
        if (!line.empty() && line.back() != ':')
            return lastWord(line);
        if (begin == 0)
            break;
        end = begin - 1;
    }
    return {};
}

std::string rhymePart(const std::string &word)
{
    if (word.empty())
        return {};
    std::size_t i = word.size();
    // the last vowel group: find the last vowel, then walk back over the vowels before it
    while (i > 0 && !isPreferenceVowel(word, i - 1))
        --i;
    if (i == 0)
        return {};
    while (i > 1 && isPreferenceVowel(word, i - 2))
        --i;
    return word.substr(i - 1);
}

bool rhymes(const std::string &a, const std::string &b)
{
    if (a.empty() || b.empty() || a == b)
        return false;
    const std::string pa = rhymePart(a), pb = rhymePart(b);
    return !pa.empty() && pa == pb;
}

double ruleScore(PreferenceRule rule, const std::string &prompt, const std::string &answer)
{
    const std::string a = trimmedAnswer(answer);
    switch (rule) {
    case PreferenceRule::Shorter:
        return -double(a.size());
    case PreferenceRule::NoE: {
        int letters = 0, es = 0;
        for (char c : a) {
            if (std::isalpha(static_cast<unsigned char>(c)))
                ++letters;
            if (c == 'e' || c == 'E')
                ++es;
        }
        return letters == 0 ? 1.0 : 1.0 - double(es) / letters;
    }
    case PreferenceRule::Rhyme: {
        const std::string p = rhymeTarget(prompt), w = lastWord(a);
        if (w.empty() || p.empty())
            return 0;
        if (rhymes(p, w))
            return 1;
        if (p == w)
            return 0.5;
        return p.back() == w.back() ? 0.25 : 0;
    }
    }
    return 0;
}

int rulePrefers(PreferenceRule rule, const std::string &prompt, const std::string &a, const std::string &b)
{
    const double sa = ruleScore(rule, prompt, a), sb = ruleScore(rule, prompt, b);
    if (std::abs(sa - sb) < 1e-9)
        return 0;
    return sa > sb ? 1 : -1;
}

const std::vector<std::string> &preferencePrompts()
{
    return kPreferencePrompts;
}

int trainPromptCount()
{
    return kPreferenceTrainPrompts;
}

std::vector<std::string> trainPrompts()
{
    return {kPreferencePrompts.begin(), kPreferencePrompts.begin() + kPreferenceTrainPrompts};
}

std::vector<std::string> heldOutPrompts()
{
    return {kPreferencePrompts.begin() + kPreferenceTrainPrompts, kPreferencePrompts.end()};
}

std::uint64_t mixPreferenceSeed(std::uint64_t a, std::uint64_t b)
{
    std::uint64_t z = a + 0x9e3779b97f4a7c15ULL * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

SampledAnswer sampleAnswer(gpt::GptModel &model, const std::string &prompt, const AnswerSampling &sampling,
                           std::uint64_t seed)
{
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("preferences: the model has no tokenizer");
    if (sampling.maxTokens < 1 || sampling.maxTokens > 64)
        throw std::invalid_argument("preferences: answers must be 1..64 tokens long");
    gpt::SamplingSettings s;
    s.temperature = sampling.temperature;
    s.topK = sampling.topK;
    s.maxTokens = sampling.maxTokens;
    s.seed = seed;
    s.greedy = sampling.temperature <= 0;
    s.stopSequences = {"\n"};
    SampledAnswer a;
    a.promptIds = tokenizer->encode(prompt);
    const int room = model.config().contextLength - sampling.maxTokens;
    if (int(a.promptIds.size()) > room)
        a.promptIds.erase(a.promptIds.begin(), a.promptIds.end() - std::max(1, room));
    const gpt::GenerationResult g = model.generate(a.promptIds, s);
    a.answerIds = g.ids;
    a.text = g.text;
    a.ended = g.stopReason == "stop sequence";
    return a;
}

std::vector<AnswerPair> sampleAnswerPairs(gpt::GptModel &model, const std::vector<std::string> &prompts, int count,
                                          const AnswerSampling &sampling, std::uint64_t seed, const RunContext &ctx)
{
    if (prompts.empty())
        throw std::invalid_argument("preferences: no prompts to sample answers for");
    if (count < 1 || count > 5000)
        throw std::invalid_argument("preferences: the number of pairs must be in 1..5000");
    std::vector<std::size_t> order(prompts.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::mt19937_64 rng(mixPreferenceSeed(seed, 0x9a1));
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<AnswerPair> out;
    std::uint64_t draw = 0;
    for (int i = 0; i < count; ++i) {
        ctx.checkpoint();
        AnswerPair p;
        p.prompt = prompts[order[std::size_t(i) % order.size()]];
        for (int attempt = 0; attempt < 4; ++attempt) {
            p.left = sampleAnswer(model, p.prompt, sampling, mixPreferenceSeed(seed, ++draw)).text;
            p.right = sampleAnswer(model, p.prompt, sampling, mixPreferenceSeed(seed, ++draw)).text;
            if (p.left != p.right)
                break;
        }
        out.push_back(std::move(p));
        ctx.progress(double(i + 1) / count, "sampling answer pairs");
    }
    return out;
}

std::vector<PreferencePair> judgePairs(PreferenceRule rule, const std::vector<AnswerPair> &pairs)
{
    std::vector<PreferencePair> out;
    for (const AnswerPair &p : pairs) {
        PreferencePair q;
        if (pairFromVerdict(p, rulePrefers(rule, p.prompt, p.left, p.right), &q))
            out.push_back(std::move(q));
    }
    return out;
}

bool pairFromVerdict(const AnswerPair &pair, int verdict, PreferencePair *out)
{
    if (verdict == 0)
        return false;
    out->prompt = pair.prompt;
    out->chosen = verdict > 0 ? pair.left : pair.right;
    out->rejected = verdict > 0 ? pair.right : pair.left;
    return true;
}

} // namespace genlab::engine::tuning
