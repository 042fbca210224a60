#include "engine/retrieval/stemmer.h"

#include <array>

namespace genlab::engine::retrieval {

namespace {

// The word being stemmed, with Porter's measure and condition helpers over its prefix [0, end).
class Stem
{
public:
    explicit Stem(std::string_view word) : w(word) {}

    std::string w;

    // A consonant in Porter's sense: not a e i o u, and 'y' only when it follows a vowel (or starts).
    bool consonant(std::size_t i) const
    {
        switch (w[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i == 0 || !consonant(i - 1);
        default: return true;
        }
    }

    // m: the number of vowel-consonant sequences in w[0, end).
    int measure(std::size_t end) const
    {
        int m = 0;
        std::size_t i = 0;
        while (i < end && consonant(i)) ++i;
        while (i < end) {
            while (i < end && !consonant(i)) ++i;
            if (i >= end) break;
            while (i < end && consonant(i)) ++i;
            ++m;
        }
        return m;
    }

    bool hasVowel(std::size_t end) const
    {
        for (std::size_t i = 0; i < end; ++i)
            if (!consonant(i)) return true;
        return false;
    }

    bool doubleConsonant(std::size_t end) const
    {
        return end >= 2 && w[end - 1] == w[end - 2] && consonant(end - 1);
    }

    // *o: the prefix ends consonant-vowel-consonant and the last is not w, x or y.
    bool cvc(std::size_t end) const
    {
        if (end < 3 || !consonant(end - 1) || consonant(end - 2) || !consonant(end - 3)) return false;
        const char c = w[end - 1];
        return c != 'w' && c != 'x' && c != 'y';
    }

    bool endsWith(std::string_view suffix) const
    {
        return w.size() >= suffix.size() && std::string_view(w).substr(w.size() - suffix.size()) == suffix;
    }

    std::size_t stemLength(std::string_view suffix) const { return w.size() - suffix.size(); }

    void replaceEnd(std::string_view suffix, std::string_view with)
    {
        w.resize(w.size() - suffix.size());
        w += with;
    }

    // Replaces the suffix when the measure of what precedes it exceeds minMeasure; true when the
    // suffix matched (whether or not it was replaced), so a rule list stops at the first match.
    bool rule(std::string_view suffix, std::string_view with, int minMeasure)
    {
        if (!endsWith(suffix)) return false;
        if (measure(stemLength(suffix)) > minMeasure) replaceEnd(suffix, with);
        return true;
    }
};

struct Rule
{
    std::string_view suffix;
    std::string_view replacement;
};

void step1ab(Stem &s)
{
    if (s.endsWith("sses")) s.replaceEnd("sses", "ss");
    else if (s.endsWith("ies")) s.replaceEnd("ies", "i");
    else if (s.endsWith("ss")) {}
    else if (s.endsWith("s")) s.replaceEnd("s", "");

    bool tidy = false;
    if (s.endsWith("eed")) {
        if (s.measure(s.stemLength("eed")) > 0) s.replaceEnd("eed", "ee");
    } else if (s.endsWith("ed") && s.hasVowel(s.stemLength("ed"))) {
        s.replaceEnd("ed", "");
        tidy = true;
    } else if (s.endsWith("ing") && s.hasVowel(s.stemLength("ing"))) {
        s.replaceEnd("ing", "");
        tidy = true;
    }
    if (!tidy) return;
    // After removing -ed/-ing: restore an e or undo a doubled consonant (hopp-ing -> hop).
    if (s.endsWith("at") || s.endsWith("bl") || s.endsWith("iz")) {
        s.w += 'e';
    } else if (s.doubleConsonant(s.w.size())) {
        const char c = s.w.back();
        if (c != 'l' && c != 's' && c != 'z') s.w.pop_back();
    } else if (s.measure(s.w.size()) == 1 && s.cvc(s.w.size())) {
        s.w += 'e';
    }
}

void step1c(Stem &s)
{
    if (s.endsWith("y") && s.hasVowel(s.w.size() - 1)) s.w.back() = 'i';
}

void step2(Stem &s)
{
    static constexpr std::array<Rule, 20> rules{{
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    }};
    // Longest match first matters only where one suffix ends another (ational/tional,
    // ization/ation); the list order above already puts the longer one first.
    for (const Rule &r : rules)
        if (s.rule(r.suffix, r.replacement, 0)) return;
}

void step3(Stem &s)
{
    static constexpr std::array<Rule, 7> rules{{
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    }};
    for (const Rule &r : rules)
        if (s.rule(r.suffix, r.replacement, 0)) return;
}

void step4(Stem &s)
{
    static constexpr std::array<std::string_view, 19> suffixes{
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"};
    // "ement" before "ment" before "ent": the longest matching suffix decides.
    std::string_view best;
    for (std::string_view suffix : suffixes)
        if (s.endsWith(suffix) && suffix.size() > best.size()) best = suffix;
    if (best.empty()) return;
    const std::size_t stem = s.stemLength(best);
    if (s.measure(stem) <= 1) return;
    if (best == "ion" && !(stem > 0 && (s.w[stem - 1] == 's' || s.w[stem - 1] == 't'))) return;
    s.w.resize(stem);
}

void step5(Stem &s)
{
    if (s.endsWith("e")) {
        const std::size_t stem = s.w.size() - 1;
        const int m = s.measure(stem);
        if (m > 1 || (m == 1 && !s.cvc(stem))) s.w.pop_back();
    }
    if (s.measure(s.w.size()) > 1 && s.doubleConsonant(s.w.size()) && s.w.back() == 'l') s.w.pop_back();
}

} // namespace

std::string porterStem(std::string_view word)
{
    if (word.size() < 3) return std::string(word);
    for (char c : word)
        if (c < 'a' || c > 'z') return std::string(word);
    Stem s(word);
    step1ab(s);
    step1c(s);
    step2(s);
    step3(s);
    step4(s);
    step5(s);
    return s.w;
}

} // namespace genlab::engine::retrieval
