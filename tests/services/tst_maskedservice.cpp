// MaskedService with a tiny random BERT and T5 (real folders, milliseconds to load): loading and
// refusing folders (the old model stays), fill-mask (masks in text order, candidates best first,
// whole words, iterative filling, no mask), the encoder's attention (both directions), span
// corruption and the T5 fill, the three objectives on one sentence (GPT from the Text lab's shipped
// model), and a few steps of masked-LM training streaming its probe.
#include "services/masked/maskedservice.h"

#include "engine/masked/mlmtraining.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "tinymasked.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using services::Job;
using services::JobState;
using services::MaskedService;

namespace {

bool waitFinished(Job *job, int ms = 60000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

} // namespace

class TestMaskedService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<MaskedService> m_service;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    template <class T>
    T run(Job *job)
    {
        if (!waitFinished(job))
            qFatal("job did not finish");
        if (job->state() != JobState::Succeeded)
            qWarning() << job->message();
        return job->state() == JobState::Succeeded ? job->resultAs<T>() : T{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::writeTinyBert(path("bert"));
        testing::writeTinyT5(path("t5"));
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = std::make_unique<MaskedService>(m_jobs.get(), engine::ResolvedDevice{});
        m_service->setT5Model(path("t5"));
        Job *job = m_service->load(path("bert"));
        const auto info = run<services::MaskedModelInfo>(job);
        QCOMPARE(job->state(), JobState::Succeeded);
        QVERIFY(info.hasMlmHead);
        QCOMPARE(info.config.layers, 2);
        QVERIFY(info.describe().contains(QStringLiteral("BERT")));
        QVERIFY(m_service->hasModel());
        QVERIFY(m_service->tokenizer());
        QCOMPARE(m_service->pieceText(m_service->tokenizer()->maskId()), QStringLiteral("[MASK]"));
    }

    void aBadFolderKeepsTheModel()
    {
        QDir().mkpath(path("empty"));
        Job *job = m_service->load(path("empty"));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("empty")), qPrintable(job->message()));
        // A T5 folder is not an encoder: said by name.
        job = m_service->load(path("t5"));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY(m_service->hasModel());
        services::FillMaskRequest r;
        r.text = QStringLiteral("To be, or not to [MASK].");
        QCOMPARE(run<services::FillMaskOutcome>(m_service->fillMask(r)).masks.size(), std::size_t(1));
    }

    void fillMaskPredictsEveryMaskInOrder()
    {
        services::FillMaskRequest r;
        r.text = QStringLiteral("The play's the thing wherein I'll catch the conscience of the king.");
        const auto plain = run<services::FillMaskOutcome>(m_service->fillMask(r));
        QVERIFY(plain.masks.empty()); // nothing masked yet: no error, no candidates
        QVERIFY(!plain.words.empty());
        const int king = plain.words.back().word - 1; // the last word before "."
        QVERIFY(king > 0);
        r.maskedWords = {1, king};
        r.topK = 4;
        const auto out = run<services::FillMaskOutcome>(m_service->fillMask(r));
        // Whole words: every piece of both words is a mask, in text order.
        QVERIFY(out.masks.size() >= 2);
        for (std::size_t i = 1; i < out.masks.size(); ++i)
            QVERIFY(out.masks[i - 1].position < out.masks[i].position);
        QCOMPARE(out.masks.front().word, 1);
        QCOMPARE(out.masks.back().word, king);
        for (const auto &m : out.masks) {
            QCOMPARE(m.candidates.size(), std::size_t(4));
            double sum = 0;
            for (std::size_t i = 0; i < m.candidates.size(); ++i) {
                sum += m.candidates[i].probability;
                if (i > 0)
                    QVERIFY(m.candidates[i - 1].probability >= m.candidates[i].probability);
            }
            QVERIFY(sum > 0 && sum <= 1.0 + 1e-6);
        }
        QCOMPARE(out.inputIds.front(), m_service->tokenizer()->clsId());
        QCOMPARE(out.inputIds.back(), m_service->tokenizer()->sepId());
        QCOMPARE(int(out.inputPieces.size()), int(out.inputIds.size()));
        QCOMPARE(out.inputPieces[out.masks.back().position], QStringLiteral("[MASK]"));

        r.iterative = true;
        const auto steps = run<services::FillMaskOutcome>(m_service->fillMask(r));
        QCOMPARE(steps.steps.size(), out.masks.size()); // one mask filled per step
        QCOMPARE(steps.steps.front().masks.size(), out.masks.size());
        QCOMPARE(steps.steps.back().masks.size(), std::size_t(1));
        QVERIFY(!steps.steps.back().text.contains(QStringLiteral("[MASK]")));
    }

    void attentionLooksBothWays()
    {
        services::FillMaskRequest r;
        r.text = QStringLiteral("To be, or not to [MASK].");
        const auto out = run<services::FillMaskOutcome>(m_service->fillMask(r));
        const auto a = run<services::TextAttention>(m_service->attention(out.inputIds));
        QCOMPARE(a.maps.layers, 2);
        QCOMPARE(a.maps.heads, 2);
        QCOMPARE(a.maps.tokens, int(out.inputIds.size()));
        double sum = 0;
        for (int k = 0; k < a.maps.tokens; ++k)
            sum += a.maps.at(1, 0, 0, k);
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        QVERIFY(a.maps.at(0, 0, 0, a.maps.tokens - 1) > 0); // the first token sees the last
    }

    void corruptionFollowsTheRate()
    {
        services::CorruptRequest r;
        r.text = QStringLiteral("Now is the winter of our discontent made glorious summer by this sun of York.");
        r.rate = 0.15;
        r.meanSpan = 3;
        const auto low = run<services::CorruptOutcome>(m_service->corrupt(r));
        QVERIFY2(low.notice.isEmpty(), qPrintable(low.notice));
        QVERIFY(low.drawnSpans >= 1);
        QVERIFY(low.inputPieces.contains(QStringLiteral("<extra_id_0>")));
        QCOMPARE(low.targetPieces.first(), QStringLiteral("<extra_id_0>"));
        QCOMPARE(low.filled.size(), low.drawnSpans); // the tiny T5 writes something (or nothing) per span
        QCOMPARE(int(low.spanOf.size()), low.pieces.size());
        r.rate = 0.6;
        const auto high = run<services::CorruptOutcome>(m_service->corrupt(r));
        QVERIFY(high.noiseTokens > low.noiseTokens);
        QVERIFY(std::abs(high.expectedSpans - high.pieces.size() * 0.6 / 3) < 1e-6);
        // The same seed gives the same spans.
        const auto again = run<services::CorruptOutcome>(m_service->corrupt(r));
        QCOMPARE(again.spanOf, high.spanOf);
        r.text.clear();
        Job *job = m_service->corrupt(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
    }

    void threeObjectivesOnOneSentence()
    {
        services::ObjectivesRequest r;
        r.text = QStringLiteral("All the world's a stage, and all the men and women merely players.");
        const auto out = run<services::ObjectivesOutcome>(m_service->objectives(r));
        // GPT: the Text lab's shipped model, every position.
        QVERIFY2(!out.gptPieces.isEmpty(), qPrintable(out.notice));
        QCOMPARE(out.gptTargets, int(out.gptPieces.size()) - 1);
        QCOMPARE(int(out.gpt.size()), out.gptTargets);
        QVERIFY(out.bertTargets >= 1);
        QVERIFY(out.bertTargets < out.gptTargets);
        QCOMPARE(out.t5Targets, int(out.t5.targetPieces.size()));
        QVERIFY(out.t5Targets >= 2);
    }

    void trainingStreamsTheProbe()
    {
        QFile f(path("corpus.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            f.write(testing::tinyMaskedCorpus());
        f.close();
        engine::masked::TrainOptions o;
        o.dataPath = path("corpus.txt").toStdString();
        o.outDir = path("mlm-run").toStdString();
        o.steps = 6;
        o.batchSize = 4;
        o.layers = 1;
        o.heads = 2;
        o.hiddenSize = 32;
        o.contextLength = 32;
        o.vocabSize = 300;
        o.previewEvery = 3;
        o.evalEvery = 3;
        o.evalBatches = 1;
        o.threads = 1;
        Job *job = m_service->trainMlm(o);
        int probes = 0;
        connect(job, &Job::partialResult, this, [&probes](const engine::Partial &p) {
            if (engine::masked::MaskedProbe::decode(p))
                ++probes;
        });
        const auto r = run<services::MaskedTrainResult>(job);
        QCOMPARE(r.objective, QStringLiteral("mlm"));
        QCOMPARE(r.step, qint64(6));
        QVERIFY(probes >= 2);
        // "Use this model": the folder loads as an encoder.
        const auto info = run<services::MaskedModelInfo>(m_service->load(r.checkpointDir));
        QVERIFY(info.hasMlmHead);
    }
};

QTEST_GUILESS_MAIN(TestMaskedService)
#include "tst_maskedservice.moc"
