// Instruction tuning on the shipped language model: the loss mask weighs only the response tokens,
// the built-in held-out pairs never share a word combination with training, a user's JSONL errors
// name the file and the line, the streamed events decode to what was sent, and a short run lowers
// the held-out response loss.
#include "engine/gpt/gptmodel.h"
#include "engine/text/tokenizer.h"
#include "engine/tuning/sft.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>

namespace tuning = genlab::engine::tuning;
namespace gpt = genlab::engine::gpt;

namespace {

const std::string kSftShipped = GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";

// "Repeat these words: king night" -> "king night"
std::string sftWordList(const std::string &instruction)
{
    const std::size_t colon = instruction.find(": ");
    return colon == std::string::npos ? std::string() : instruction.substr(colon + 2);
}

std::set<std::string> sftWordSet(const std::string &instruction)
{
    const std::string list = sftWordList(instruction);
    std::set<std::string> words;
    std::size_t start = 0;
    while (start < list.size()) {
        const std::size_t end = std::min(list.find(' ', start), list.size());
        words.insert(list.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string sftWriteFile(const QTemporaryDir &dir, const char *name, const std::string &text)
{
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

std::string sftErrorOf(const std::string &path)
{
    try {
        tuning::readInstructionsJsonl(path);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestSft : public QObject
{
    Q_OBJECT

private:
    gpt::GptModel m_model;

private Q_SLOTS:
    void initTestCase() { m_model = gpt::GptModel::open(kSftShipped); }

    void maskWeighsOnlyTheResponse()
    {
        const auto tok = m_model.tokenizer();
        QVERIFY(tok);
        const tuning::InstructionPair pair{"Reverse these words: king night", "night king", "reverse"};
        const gpt::WeightedSequence s = tuning::instructionSequence(*tok, pair, 128);
        QCOMPARE(s.ids.size(), s.weights.size());
        const std::vector<int> prompt = tok->encode(tuning::instructionPrompt(pair.instruction));
        QVERIFY(prompt.size() < s.ids.size());
        std::vector<int> weighted, unweighted;
        for (std::size_t i = 0; i < s.ids.size(); ++i) {
            QVERIFY(s.weights[i] == 0.0f || s.weights[i] == 1.0f);
            (s.weights[i] > 0 ? weighted : unweighted).push_back(s.ids[i]);
            // The weights switch once, from the prompt to the response.
            if (i > 0)
                QVERIFY(s.weights[i] >= s.weights[i - 1]);
        }
        QCOMPARE(unweighted, prompt);
        QCOMPARE(tok->decode(unweighted), std::string("Instruction: Reverse these words: king night\nResponse:"));
        QCOMPARE(tok->decode(weighted), std::string(" night king\n"));
        const auto masked = tuning::maskedTokens(*tok, pair, 128);
        QCOMPARE(masked.size(), s.ids.size());
        QCOMPARE(masked.back().weight, 1.0f);
        QCOMPARE(masked.front().weight, 0.0f);
        // A short context keeps the response whole and cuts the prompt's head.
        const gpt::WeightedSequence cut = tuning::instructionSequence(*tok, pair, int(weighted.size()) + 3);
        QCOMPARE(int(cut.ids.size()), int(weighted.size()) + 3);
        QCOMPARE(std::count(cut.weights.begin(), cut.weights.end(), 1.0f), std::ptrdiff_t(weighted.size()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::instructionSequence(*tok, pair, 2));
    }

    void builtInTasksAreRightAndHeldOutIsNeverTrained()
    {
        const tuning::InstructionSplit split = tuning::makeBuiltInInstructions(2000, 50, 3);
        QCOMPARE(int(split.train.size()), 2000);
        QCOMPARE(int(split.heldOut.size()), 50);
        std::set<std::set<std::string>> trainSets;
        std::set<std::string> trainInstructions, tasks;
        for (const auto &p : split.train) {
            trainSets.insert(sftWordSet(p.instruction));
            trainInstructions.insert(p.instruction);
            tasks.insert(p.task);
        }
        QCOMPARE(int(tasks.size()), int(tuning::instructionTaskNames().size()));
        for (const auto &p : split.heldOut) {
            QVERIFY2(!trainInstructions.count(p.instruction), p.instruction.c_str());
            QVERIFY2(!trainSets.count(sftWordSet(p.instruction)), p.instruction.c_str());
        }
        for (const auto &p : split.heldOut) {
            const std::set<std::string> words = sftWordSet(p.instruction);
            const std::string list = sftWordList(p.instruction);
            QVERIFY2(words.size() >= 2 && words.size() <= 4, p.instruction.c_str());
            if (p.task == "repeat")
                QCOMPARE(p.response, list);
            if (p.task == "first")
                QVERIFY(list.starts_with(p.response + " "));
            if (p.task == "last")
                QVERIFY(list.ends_with(" " + p.response));
            if (p.task == "reverse")
                QVERIFY(p.response.ends_with(" " + list.substr(0, list.find(' '))));
            if (p.task == "count")
                QCOMPARE(p.response, std::string(words.size() == 2 ? "two" : words.size() == 3 ? "three" : "four"));
        }
        // One seed, one set.
        const tuning::InstructionSplit again = tuning::makeBuiltInInstructions(2000, 50, 3);
        QCOMPARE(again.heldOut.front().instruction, split.heldOut.front().instruction);
        QCOMPARE(again.train.back().instruction, split.train.back().instruction);

        // A user's pairs: a duplicate of a held-out instruction is dropped from training.
        std::vector<tuning::InstructionPair> pairs;
        for (int i = 0; i < 20; ++i)
            pairs.push_back({"say " + std::to_string(i % 10), std::to_string(i), {}});
        const tuning::InstructionSplit user = tuning::splitInstructions(pairs, 4, 1);
        QCOMPARE(int(user.heldOut.size()), 4);
        for (const auto &h : user.heldOut)
            for (const auto &t : user.train)
                QVERIFY(h.instruction != t.instruction);
        QCOMPARE(int(user.train.size()), 12);
    }

    void jsonlErrorsNameFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string good = sftWriteFile(dir, "good.jsonl",
                                              "{\"instruction\": \"Say hi\", \"response\": \"hi\"}\n\n"
                                              "{\"instruction\": \"Add\", \"input\": \"1 1\", \"output\": \"2\"}\r\n");
        const auto pairs = tuning::readInstructionsJsonl(good);
        QCOMPARE(int(pairs.size()), 2);
        QCOMPARE(pairs[1].instruction, std::string("Add\n1 1"));
        QCOMPARE(pairs[1].response, std::string("2"));

        const std::string badJson = sftWriteFile(dir, "bad.jsonl", "{\"instruction\": \"a\", \"response\": \"b\"}\n\n{oops\n");
        QVERIFY2(sftErrorOf(badJson).starts_with(badJson + ":3: "), sftErrorOf(badJson).c_str());
        const std::string noResponse = sftWriteFile(dir, "nores.jsonl", "{\"instruction\": \"a\"}\n");
        QVERIFY2(sftErrorOf(noResponse).starts_with(noResponse + ":1: "), sftErrorOf(noResponse).c_str());
        QVERIFY(sftErrorOf(noResponse).find("response") != std::string::npos);
        const std::string notString = sftWriteFile(dir, "num.jsonl", "{\"instruction\": \"a\", \"response\": \"b\"}\n{\"instruction\": 5, \"response\": \"b\"}\n");
        QVERIFY2(sftErrorOf(notString).starts_with(notString + ":2: "), sftErrorOf(notString).c_str());
        const std::string empty = sftWriteFile(dir, "empty.jsonl", "\n\n");
        QVERIFY(sftErrorOf(empty).starts_with(empty + ": "));
        const std::string missing = dir.filePath(QStringLiteral("missing.jsonl")).toStdString();
        QVERIFY(sftErrorOf(missing).starts_with(missing + ": "));
    }

    void eventsRoundTrip()
    {
        const tuning::SftCurvePoint c{12, 1.5, 2.25, 0.001};
        const auto c2 = tuning::SftCurvePoint::decode(c.encode());
        QVERIFY(c2);
        QCOMPARE(c2->step, 12);
        QCOMPARE(c2->trainLoss, 1.5);
        QCOMPARE(c2->heldOutLoss, 2.25);
        const tuning::SftAnswersEvent a{"after", {"king", "", "two words"}, 0.5};
        const auto a2 = tuning::SftAnswersEvent::decode(a.encode());
        QVERIFY(a2);
        QCOMPARE(a2->phase, std::string("after"));
        QCOMPARE(a2->answers, a.answers);
        QCOMPARE(a2->accuracy, 0.5);
        const auto tok = m_model.tokenizer();
        const tuning::InstructionPair pair{"Say the last word: king night", "night", "last"};
        const tuning::SftExampleEvent e{pair.instruction, pair.response, tuning::maskedTokens(*tok, pair, 128)};
        const auto e2 = tuning::SftExampleEvent::decode(e.encode());
        QVERIFY(e2);
        QCOMPARE(e2->instruction, pair.instruction);
        QCOMPARE(e2->tokens.size(), e.tokens.size());
        for (std::size_t i = 0; i < e.tokens.size(); ++i) {
            QCOMPARE(e2->tokens[i].id, e.tokens[i].id);
            QCOMPARE(e2->tokens[i].text, e.tokens[i].text);
            QCOMPARE(e2->tokens[i].weight, e.tokens[i].weight);
        }
        QVERIFY(!tuning::SftCurvePoint::decode(a.encode()));
    }

    void badOptionsAreNamed()
    {
        tuning::SftOptions o;
        o.steps = 0;
        try {
            tuning::validateSftOptions(o);
            QFAIL("steps 0 accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("steps") != std::string::npos, e.what());
        }
        o = {};
        o.heldOut = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::validateSftOptions(o));
    }

    void shortRunLowersTheResponseLoss()
    {
        gpt::GptModel model = gpt::GptModel::open(kSftShipped);
        tuning::SftOptions o;
        o.steps = 30;
        o.batch = 8;
        o.heldOut = 10;
        o.trainPairs = 300;
        o.evalEvery = 10;
        int curvePoints = 0, answerEvents = 0, examples = 0;
        genlab::engine::RunContext ctx;
        ctx.onPartial = [&](genlab::engine::Partial &&p) {
            curvePoints += tuning::SftCurvePoint::decode(p) ? 1 : 0;
            answerEvents += tuning::SftAnswersEvent::decode(p) ? 1 : 0;
            examples += tuning::SftExampleEvent::decode(p) ? 1 : 0;
        };
        const tuning::SftResult r = tuning::runSft(model, o, ctx);
        QCOMPARE(int(r.trainLoss.size()), 30);
        QCOMPARE(curvePoints, 31); // before + one per step
        QCOMPARE(answerEvents, 2);
        QCOMPARE(examples, 1);
        QCOMPARE(int(r.answers.size()), 10);
        QCOMPARE(int(r.heldOutLoss.size()), 4); // before, 10, 20, 30
        QVERIFY2(r.heldOutLossAfter < 0.6 * r.heldOutLossBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(r.heldOutLossBefore).arg(r.heldOutLossAfter)));
        QVERIFY(r.trainLoss.back() < r.trainLoss.front());
        int right = 0;
        for (const auto &a : r.answers)
            right += a.afterCorrect ? 1 : 0;
        QCOMPARE(r.afterAccuracy, right / 10.0);
        // The model was tuned in place: it now scores the held-out responses as the result says.
        const auto tok = model.tokenizer();
        const tuning::InstructionSplit split = tuning::sftSplit(o);
        std::vector<gpt::WeightedSequence> held;
        double weight = 0;
        for (const auto &p : split.heldOut) {
            held.push_back(tuning::instructionSequence(*tok, p, 128));
            for (std::size_t i = 1; i < held.back().weights.size(); ++i)
                weight += held.back().weights[i];
        }
        double lp = 0;
        for (double v : gpt::sequenceLogProbs(model, held))
            lp += v;
        QVERIFY(std::abs(-lp / weight - r.heldOutLossAfter) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestSft)
#include "tst_sft.moc"
