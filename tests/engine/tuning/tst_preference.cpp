// Preference tuning on the shipped language model: the rules standing in for a person prefer what
// they say on handmade answers, the Bradley-Terry reward model learns "shorter" and "no letter e"
// from handmade pairs (high accuracy on held-out pairs), the typed events survive encode/decode, and
// a tiny DPO run raises the chosen-vs-rejected margin against the frozen reference.
#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"
#include "engine/text/tokenizer.h"
#include "engine/tuning/preferences.h"
#include "engine/tuning/preferencetuning.h"
#include "engine/tuning/rewardmodel.h"

#include <QtTest>

#include <random>
#include <stdexcept>

namespace tuning = genlab::engine::tuning;
namespace gpt = genlab::engine::gpt;

namespace {

const std::string kShipped = GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";
const std::string kPrompt = "DUKE:\nGreat Duke of Lancaster, I come to thee\n\nYORK:\n";

// Words with and without the letter e, for handmade answers.
const char *const kWithE[] = {"here", "thee", "sweet", "gentle", "love", "never", "where", "dead", "let", "be"};
const char *const kWithoutE[] = {"lord", "hold", "good", "sir", "stay", "go", "now", "my", "what", "ay"};

std::string handmadeAnswer(std::mt19937_64 &rng, int words, double eShare)
{
    std::string s;
    std::uniform_real_distribution<double> u(0, 1);
    for (int i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        s += u(rng) < eShare ? kWithE[rng() % 10] : kWithoutE[rng() % 10];
    }
    return s + ".";
}

std::vector<tuning::PreferencePair> handmadePairs(tuning::PreferenceRule rule, int count, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<tuning::AnswerPair> raw;
    for (int i = 0; i < count; ++i) {
        const auto &prompts = tuning::preferencePrompts();
        tuning::AnswerPair p;
        p.prompt = prompts[rng() % prompts.size()];
        p.left = handmadeAnswer(rng, 1 + int(rng() % 10), double(rng() % 100) / 100.0);
        p.right = handmadeAnswer(rng, 1 + int(rng() % 10), double(rng() % 100) / 100.0);
        raw.push_back(p);
    }
    return tuning::judgePairs(rule, raw);
}

} // namespace

class TestPreference : public QObject
{
    Q_OBJECT

private:
    gpt::GptModel m_model;

private Q_SLOTS:
    void initTestCase() { m_model = gpt::GptModel::open(kShipped); }

    void rulesPreferWhatTheySay()
    {
        using R = tuning::PreferenceRule;
        QCOMPARE(tuning::rulePrefers(R::Shorter, kPrompt, "Ay.", "I will go with thee to the town."), 1);
        QCOMPARE(tuning::rulePrefers(R::Shorter, kPrompt, "I will go with thee to the town.", "Ay."), -1);
        QCOMPARE(tuning::rulePrefers(R::Shorter, kPrompt, "Go on", "Stay!"), 0); // a tie
        QCOMPARE(tuning::rulePrefers(R::Shorter, kPrompt, "  Ay.\n", "Ay, sir"), 1); // whitespace does not count
        QCOMPARE(tuning::rulePrefers(R::NoE, kPrompt, "Good my lord, stay.", "Here be the end of thee."), 1);
        QCOMPARE(tuning::rulePrefers(R::NoE, kPrompt, "Sweet gentle love", "Hold"), -1);
        QCOMPARE(tuning::rulePrefers(R::NoE, kPrompt, "Go now", "Hold on"), 0);
        QCOMPARE(tuning::ruleScore(R::NoE, kPrompt, "be"), 0.5);

        QCOMPARE(tuning::lastWord("Thee, my Lord!"), std::string("lord"));
        QCOMPARE(tuning::lastWord("...!"), std::string());
        QCOMPARE(tuning::rhymeTarget(kPrompt), std::string("thee"));
        QCOMPARE(tuning::rhymePart("night"), std::string("ight"));
        QCOMPARE(tuning::rhymePart("away"), std::string("ay"));
        QCOMPARE(tuning::rhymePart("fly"), std::string("y"));
        QVERIFY(tuning::rhymes("night", "light"));
        QVERIFY(tuning::rhymes("thee", "free"));
        QVERIFY(tuning::rhymes("day", "away"));
        QVERIFY(!tuning::rhymes("night", "night")); // not with itself
        QVERIFY(!tuning::rhymes("thee", "them"));
        QCOMPARE(tuning::rulePrefers(R::Rhyme, kPrompt, "And I am free.", "And I am gone."), 1);
        QCOMPARE(tuning::rulePrefers(R::Rhyme, kPrompt, "What say you?", "I come to thee."), -1); // repeating is half
        QCOMPARE(tuning::ruleScore(R::Rhyme, kPrompt, "my lord, I see"), 1.0);
        QCOMPARE(tuning::ruleScore(R::Rhyme, kPrompt, "my lord"), 0.0);

        tuning::PreferenceRule r;
        QVERIFY(tuning::parseRule("no-e", &r) && r == R::NoE);
        QVERIFY(!tuning::parseRule("longer", &r));
        // A tie is skipped; the rest name the chosen one.
        const std::vector<tuning::AnswerPair> raw = {{kPrompt, "Ay.", "Nay."}, {kPrompt, "Go", "Go hence, sir"}};
        const auto judged = tuning::judgePairs(R::Shorter, raw);
        QCOMPARE(judged.size(), std::size_t(2));
        QCOMPARE(judged[0].chosen, std::string("Ay."));
        QCOMPARE(judged[1].chosen, std::string("Go"));
        QCOMPARE(judged[1].rejected, std::string("Go hence, sir"));
        QCOMPARE(tuning::judgePairs(R::Shorter, {{kPrompt, "Ay", "No"}}).size(), std::size_t(0));
    }

    void promptsAreExchanges()
    {
        const auto &prompts = tuning::preferencePrompts();
        QVERIFY(prompts.size() >= 40);
        QCOMPARE(tuning::trainPrompts().size() + tuning::heldOutPrompts().size(), prompts.size());
        for (const std::string &p : prompts) {
            QVERIFY2(p.size() > 4 && p.substr(p.size() - 2) == ":\n", p.c_str()); // ends with the answerer's name
            QVERIFY2(!tuning::rhymeTarget(p).empty(), p.c_str());
        }
    }

    void rewardModelLearnsTheRules()
    {
        for (const auto rule : {tuning::PreferenceRule::Shorter, tuning::PreferenceRule::NoE}) {
            const auto pairs = handmadePairs(rule, 240, 11);
            QVERIFY(pairs.size() > 200);
            tuning::RewardModel model(m_model.tokenizer());
            const tuning::RewardModelReport r = tuning::trainRewardModel(model, pairs);
            QVERIFY(r.heldOutPairs >= 50);
            // Fresh pairs it never saw, too.
            const double fresh = model.accuracy(handmadePairs(rule, 200, 99));
            qInfo("%s: held-out accuracy %.3f, fresh pairs %.3f, train %.3f", tuning::ruleName(rule).c_str(),
                  r.heldOutAccuracy, fresh, r.trainAccuracy);
            QVERIFY2(r.heldOutAccuracy >= 0.9, tuning::ruleName(rule).c_str());
            QVERIFY2(fresh >= 0.9, tuning::ruleName(rule).c_str());
            QVERIFY(!r.topFeatures.empty());
        }
        // An untrained model cannot tell; a model without pairs refuses.
        tuning::RewardModel empty(m_model.tokenizer());
        QCOMPARE(empty.score(kPrompt, "Ay."), 0.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, empty.fit({}, {}));
    }

    void eventsRoundTrip()
    {
        tuning::PreferenceProgress p;
        p.point.step = 7;
        p.point.ruleReward = -3.5;
        p.point.modelReward = 0.25;
        p.point.kl = 1.5;
        p.point.winRate = 0.75;
        p.point.emptyShare = 0.125;
        p.totalSteps = 40;
        const auto back = tuning::PreferenceProgress::decode(p.encode());
        QVERIFY(back.has_value());
        QCOMPARE(back->point.step, std::int64_t(7));
        QCOMPARE(back->point.ruleReward, -3.5);
        QCOMPARE(back->point.kl, 1.5);
        QCOMPARE(back->point.winRate, 0.75);
        QCOMPARE(back->totalSteps, std::int64_t(40));
        QVERIFY(!tuning::PreferenceSamples::decode(p.encode()).has_value());

        tuning::PreferenceSamples s;
        s.step = 3;
        s.samples = {{kPrompt, "before one", "", -10, 0}, {"P2", "b", "after two", -1, -9}};
        const auto sb = tuning::PreferenceSamples::decode(s.encode());
        QVERIFY(sb.has_value());
        QCOMPARE(sb->samples.size(), std::size_t(2));
        QCOMPARE(sb->samples[0].prompt, kPrompt);
        QCOMPARE(sb->samples[0].after, std::string());
        QCOMPARE(sb->samples[1].after, std::string("after two"));
        QCOMPARE(sb->samples[1].scoreAfter, -9.0);
    }

    void badOptionsAreNamed()
    {
        gpt::GptModel m = gpt::cloneModel(m_model);
        tuning::PreferenceTuningOptions o;
        o.steps = 0;
        try {
            tuning::runPreferenceTuning(m, o);
            QFAIL("steps 0 was accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("steps") != std::string::npos, e.what());
        }
        o = {};
        o.humanPairs = {{kPrompt, "Ay.", "No."}}; // one pair is not enough
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runPreferenceTuning(m, o));
    }

    void tinyDpoRaisesTheMargin()
    {
        gpt::GptModel policy = gpt::cloneModel(m_model);
        const gpt::GptModel reference = gpt::cloneModel(m_model);
        // A person who likes short, plain answers.
        const auto prompts = tuning::trainPrompts();
        std::vector<tuning::PreferencePair> pairs;
        const char *const shortOnes[] = {"Ay, my lord.", "No, sir.", "Go to.", "I will."};
        const char *const longOnes[] = {"I do beseech your grace to hear me speak of these things at length.",
                                        "What say you to the matter of the crown and of the king's good pleasure?",
                                        "Then let us hence, and leave the rest unto the morning and the sun.",
                                        "My gracious sovereign, I have heard the news and come to tell it thee."};
        for (int i = 0; i < 8; ++i)
            pairs.push_back({prompts[std::size_t(i)], shortOnes[i % 4], longOnes[i % 4]});
        tuning::PreferenceTuningOptions o;
        o.method = tuning::PreferenceMethod::Dpo;
        o.humanPairs = pairs;
        o.steps = 6;
        o.batch = 8;
        o.evalEvery = 100; // measured at the start and the end only
        o.evalSamples = 1;
        o.sampling.maxTokens = 12;
        int points = 0;
        genlab::engine::RunContext ctx;
        ctx.onPartial = [&](genlab::engine::Partial &&p) { points += tuning::PreferenceProgress::decode(p).has_value(); };
        const tuning::PreferenceTuningResult r = tuning::runPreferenceTuning(policy, o, ctx);
        QCOMPARE(r.judge, std::string("person"));
        QCOMPARE(r.pairs, 8);
        QCOMPARE(int(r.curve.size()), 2);
        QCOMPARE(points, 2);
        QCOMPARE(r.curve.front().kl, 0.0); // the policy starts as the reference
        QCOMPARE(r.curve.front().winRate, 0.5);
        QVERIFY(r.kl > 0);

        // The implicit reward margin: (log pi(c) - log ref(c)) - (log pi(r) - log ref(r)), the answer tokens only.
        const auto tokenizer = m_model.tokenizer();
        auto sequence = [&](const std::string &prompt, const std::string &answer) {
            gpt::WeightedSequence s;
            s.ids = tokenizer->encode(prompt);
            const std::size_t n = s.ids.size();
            const std::vector<int> a = tokenizer->encode(answer + "\n");
            s.ids.insert(s.ids.end(), a.begin(), a.end());
            s.weights.assign(s.ids.size(), 0.0f);
            std::fill(s.weights.begin() + std::ptrdiff_t(n), s.weights.end(), 1.0f);
            return s;
        };
        std::vector<gpt::WeightedSequence> chosen, rejected;
        for (const auto &p : pairs) {
            chosen.push_back(sequence(p.prompt, p.chosen));
            rejected.push_back(sequence(p.prompt, p.rejected));
        }
        const auto pc = gpt::sequenceLogProbs(policy, chosen), rc = gpt::sequenceLogProbs(reference, chosen);
        const auto pr = gpt::sequenceLogProbs(policy, rejected), rr = gpt::sequenceLogProbs(reference, rejected);
        double margin = 0;
        int positive = 0;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const double m = (pc[i] - rc[i]) - (pr[i] - rr[i]);
            margin += m / double(pairs.size());
            positive += m > 0;
        }
        qInfo("DPO margin after 6 steps: %.3f nats (%d of %zu pairs positive)", margin, positive, pairs.size());
        QVERIFY(margin > 0.5);
        QCOMPARE(positive, int(pairs.size()));
    }
};

QTEST_APPLESS_MAIN(TestPreference)
#include "tst_preference.moc"
