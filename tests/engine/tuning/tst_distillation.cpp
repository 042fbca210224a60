// Distillation on the shipped model as the teacher: a tiny run's distilled student agrees with the
// teacher more often than the data-only student trained on the same batches from the same seed;
// the curves and the streamed events match; the table's figures are consistent; bad options and a
// missing corpus are named.
#include "engine/gpt/gptmodel.h"
#include "engine/tuning/distillation.h"

#include <QtTest>

#include <cmath>

namespace tuning = genlab::engine::tuning;
namespace gpt = genlab::engine::gpt;

namespace {

const std::string kDistillShipped = GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";
const std::string kDistillCorpus = "/work/shared/data/tinyshakespeare/input.txt";

} // namespace

class TestDistillation : public QObject
{
    Q_OBJECT

private:
    gpt::GptModel m_teacher;

private Q_SLOTS:
    void initTestCase() { m_teacher = gpt::GptModel::open(kDistillShipped); }

    void distilledStudentAgreesMore()
    {
        tuning::DistillOptions o;
        o.dataPath = kDistillCorpus;
        o.maxCorpusBytes = 200000;
        o.studentLayers = 1;
        o.studentWidth = 32;
        o.studentHeads = 2;
        o.steps = 60;
        o.batchSize = 8;
        o.windowTokens = 32;
        o.evalEvery = 30;
        o.evalWindows = 8;
        o.finalWindows = 48;
        o.speedTokens = 16;
        int events = 0, heldOut = 0;
        genlab::engine::RunContext ctx;
        ctx.onPartial = [&](genlab::engine::Partial &&p) {
            if (const auto d = tuning::DistillProgress::decode(p)) {
                ++events;
                if (d->heldOutLoss)
                    ++heldOut;
            }
        };
        const tuning::DistillResult r = tuning::runDistillation(m_teacher, o, ctx);
        QCOMPARE(events, 2 * o.steps);
        QCOMPARE(heldOut, 2 * 3); // steps 1, 30, 60
        QCOMPARE(int(r.distilledCurve.size()), o.steps);
        QCOMPARE(int(r.dataOnlyCurve.size()), o.steps);
        QCOMPARE(r.dataOnlyCurve.back().distillLoss, 0.0);
        QVERIFY(r.distilledCurve.back().distillLoss > 0);

        QCOMPARE(r.teacher.agreement, 1.0);
        QVERIFY(r.teacher.parameters > 4 * r.distilled.parameters);
        QCOMPARE(r.distilled.parameters, r.dataOnly.parameters);
        QCOMPARE(r.distilled.bytes, r.dataOnly.bytes);
        QVERIFY(r.distilled.bytes < r.teacher.bytes);
        QVERIFY(r.teacher.perplexity < r.distilled.perplexity);
        QVERIFY(std::abs(r.distilled.perplexity - std::exp(r.distilled.heldOutLoss)) < 1e-6 * r.distilled.perplexity);
        QVERIFY(r.distilled.tokensPerSecond > 0 && r.teacher.tokensPerSecond > 0);
        QVERIFY2(r.distilled.agreement > r.dataOnly.agreement,
                 qPrintable(QStringLiteral("distilled %1, data-only %2").arg(r.distilled.agreement).arg(r.dataOnly.agreement)));
    }

    void badInputIsNamed()
    {
        tuning::DistillOptions o;
        o.dataPath = kDistillCorpus;
        o.alpha = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runDistillation(m_teacher, o));
        o.alpha = 0.5;
        o.studentWidth = 30; // not a multiple of 4 heads
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runDistillation(m_teacher, o));
        o.studentWidth = 32;
        o.windowTokens = 4096; // beyond the teacher's context
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuning::runDistillation(m_teacher, o));
        o.windowTokens = 32;
        o.dataPath = "/nonexistent/corpus.txt";
        try {
            tuning::runDistillation(m_teacher, o);
            QFAIL("no error for a missing corpus");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent/corpus.txt")));
        }
    }

    void progressEventsRoundTrip()
    {
        tuning::DistillProgress p{false, 7, 1.5, 1.25, 0.0, 2.5};
        const auto d = tuning::DistillProgress::decode(p.encode());
        QVERIFY(d);
        QCOMPARE(d->distilled, false);
        QCOMPARE(d->step, std::int64_t(7));
        QCOMPARE(d->dataLoss, 1.25);
        QVERIFY(d->heldOutLoss && *d->heldOutLoss == 2.5);
        genlab::engine::Partial other;
        other.kind = "train.metrics";
        QVERIFY(!tuning::DistillProgress::decode(other));
    }
};

QTEST_GUILESS_MAIN(TestDistillation)
#include "tst_distillation.moc"
