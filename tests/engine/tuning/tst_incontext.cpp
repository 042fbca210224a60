// The Tuning lab's in-context experiments on the shipped language model: the procedural tasks say
// what they claim, prompts have the documented shape, accuracy counts what the model answered, the
// copying measurement's losses and head scores are consistent with the model's own logits and
// attention, one seed gives one result, and bad options are named.
#include "engine/gpt/gptmodel.h"
#include "engine/tuning/copying.h"
#include "engine/tuning/fewshot.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace tuning = genlab::engine::tuning;
namespace gpt = genlab::engine::gpt;

namespace {

const std::string kShipped = GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";

} // namespace

class TestInContext : public QObject
{
    Q_OBJECT

private:
    gpt::GptModel m_model;

private Q_SLOTS:
    void initTestCase() { m_model = gpt::GptModel::open(kShipped); }

    void tasksAreWhatTheySay()
    {
        for (const auto &e : tuning::makeExamples(tuning::FewShotTask::Copy, 20, 3))
            QCOMPARE(e.output, e.input);
        for (const auto &e : tuning::makeExamples(tuning::FewShotTask::Reverse, 20, 3)) {
            QCOMPARE(int(e.input.size()), 5); // "a b c"
            const std::string reversed{e.input[4], ' ', e.input[2], ' ', e.input[0]};
            QCOMPARE(e.output, reversed);
        }
        for (const auto &e : tuning::makeExamples(tuning::FewShotTask::Next, 20, 3)) {
            QCOMPARE(e.input[2], char(e.input[0] + 1));
            QCOMPARE(e.output, std::string(1, char(e.input[4] + 1)));
        }
        // A lookup table maps each key to one value.
        std::map<std::string, std::string> table;
        for (const auto &e : tuning::makeExamples(tuning::FewShotTask::Lookup, 80, 3)) {
            auto [it, fresh] = table.emplace(e.input, e.output);
            QVERIFY(fresh || it->second == e.output);
        }
        QVERIFY(table.size() > 20);
        QCOMPARE(tuning::formatPrompt({{"a b", "b a"}}, "c d"), std::string("a b -> b a\nc d ->"));
        tuning::FewShotTask t;
        QVERIFY(tuning::parseTask("reverse", &t) && t == tuning::FewShotTask::Reverse);
        QVERIFY(!tuning::parseTask("sort", &t));
    }

    void fewShotCountsTheAnswers()
    {
        tuning::FewShotOptions o;
        o.task = tuning::FewShotTask::Lookup;
        o.shots = {0, 3};
        o.queries = 4;
        o.seed = 5;
        const tuning::FewShotResult r = tuning::runFewShot(m_model, o);
        QCOMPARE(int(r.points.size()), 2);
        for (const auto &p : r.points) {
            QCOMPARE(p.total, 4);
            int right = 0;
            for (const auto &a : p.answers)
                right += a.correct == (a.answer == a.expected) && a.correct ? 1 : 0;
            QCOMPARE(p.correct, right);
            QCOMPARE(p.accuracy, double(p.correct) / p.total);
            QVERIFY(p.firstPrompt.ends_with(" ->"));
        }
        // k = 0: no examples, so nothing to look up in; k = 3: three table rows, the queried key among them.
        QCOMPARE(r.points[0].firstPrompt.find('\n'), std::string::npos);
        const std::string &withShots = r.points[1].firstPrompt;
        QCOMPARE(std::count(withShots.begin(), withShots.end(), '\n'), 3L);
        const std::string key = r.points[1].answers.front().query;
        QVERIFY(withShots.find(key + " -> ") != std::string::npos);
        // One seed, one result.
        const tuning::FewShotResult again = tuning::runFewShot(m_model, o);
        for (std::size_t i = 0; i < r.points.size(); ++i)
            for (std::size_t j = 0; j < r.points[i].answers.size(); ++j)
                QCOMPARE(again.points[i].answers[j].answer, r.points[i].answers[j].answer);
    }

    void badOptionsAreNamed()
    {
        tuning::FewShotOptions o;
        o.shots = {40};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runFewShot(m_model, o));
        o.shots = {1};
        o.queries = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runFewShot(m_model, o));
        try {
            tuning::measureCopying(m_model, 100, 1); // 200 tokens > the 128-token context
            QFAIL("no exception");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("4..64") != std::string::npos, e.what());
        }
    }

    void copyingAgreesWithTheModel()
    {
        const tuning::CopyingResult r = tuning::measureCopying(m_model, 20, 9);
        QCOMPARE(int(r.ids.size()), 40);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(r.ids[std::size_t(i) + 20], r.ids[std::size_t(i)]);
        QCOMPARE(int(r.lossPerPosition.size()), 39);
        QCOMPARE(r.uniformLoss, std::log(double(m_model.config().vocabSize)));
        // The loss at one position, recomputed from the model's logits of that prefix.
        const std::vector<int> prefix(r.ids.begin(), r.ids.begin() + 11);
        const std::vector<float> logits = m_model.logits(prefix);
        const std::size_t V = std::size_t(m_model.config().vocabSize);
        const float *row = logits.data() + 10 * V;
        double sum = 0;
        for (std::size_t v = 0; v < V; ++v)
            sum += std::exp(double(row[v]));
        const double expected = -(double(row[r.ids[11]]) - std::log(sum));
        QVERIFY2(std::abs(r.lossPerPosition[10] - expected) < 1e-3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.lossPerPosition[10]).arg(expected)));
        double first = 0;
        for (int i = 0; i < 19; ++i)
            first += r.lossPerPosition[std::size_t(i)];
        QVERIFY(std::abs(r.firstLoss - first / 19) < 1e-9);
        // Every head scored once, attention weights in [0, 1], highest induction score first.
        QCOMPARE(int(r.heads.size()), m_model.config().layers * m_model.config().heads);
        std::set<std::pair<int, int>> seen;
        for (std::size_t i = 0; i < r.heads.size(); ++i) {
            QVERIFY(seen.insert({r.heads[i].layer, r.heads[i].head}).second);
            QVERIFY(r.heads[i].inductionScore >= 0 && r.heads[i].inductionScore <= 1);
            QVERIFY(r.heads[i].previousTokenScore >= 0 && r.heads[i].previousTokenScore <= 1);
            if (i > 0)
                QVERIFY(r.heads[i - 1].inductionScore >= r.heads[i].inductionScore);
        }
        const gpt::AttentionMaps maps = m_model.attention(r.ids);
        const tuning::HeadScore &top = r.heads.front();
        double induction = 0;
        for (int i = 1; i < 19; ++i)
            induction += maps.at(top.layer, top.head, 20 + i, i + 1);
        QVERIFY(std::abs(top.inductionScore - induction / 18) < 1e-6);
        QCOMPARE(tuning::measureCopying(m_model, 20, 9).ids, r.ids);
    }
};

QTEST_GUILESS_MAIN(TestInContext)
#include "tst_incontext.moc"
