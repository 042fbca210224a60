// ToyDiffusionService with the real toy model (it trains in seconds): a reset that fails keeps the
// toy there was, training in chunks is the same run as one uninterrupted job (bit for bit), a chunk
// reports every step's loss and the kit's held-out evaluations, a cancel stops a chunk and the next
// one goes on, a trained toy's samples land on the ring with every step kept, sample and field
// requests are latest-wins, and the field is the model's score at the t asked for.
#include "services/diffusion/toydiffusionservice.h"

#include "engine/data/toys.h"
#include "services/job.h"
#include "services/jobmanager.h"

#include <QtTest>

#include <cmath>

using namespace genlab;
using services::Job;
using services::JobState;
using services::ToyDiffusionService;
namespace ed = engine::diffusion;

namespace {

bool waitFinished(Job *job, int ms = 60000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

ed::ToyDiffusionConfig ringConfig()
{
    ed::ToyDiffusionConfig c;
    c.data = engine::data::ToyKind::Ring;
    c.timesteps = 100; // the smallest T: quick runs, the same model otherwise
    return c;
}

ed::ToyDiffusionTrainOptions runOptions(qint64 steps)
{
    ed::ToyDiffusionTrainOptions o;
    o.steps = steps;
    return o;
}

} // namespace

class TestToyDiffusionService : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<ToyDiffusionService> m_service;

    services::ToyDiffusionInfo reset(const ed::ToyDiffusionConfig &config, quint64 seed)
    {
        Job *job = m_service->reset(config, seed);
        if (!waitFinished(job) || job->state() != JobState::Succeeded) {
            qWarning() << job->message();
            return {};
        }
        return job->resultAs<services::ToyDiffusionInfo>();
    }

    services::ToyTrainUpdate trainChunk(int chunk, qint64 total, int fieldT = 0)
    {
        Job *job = m_service->train(chunk, runOptions(total), fieldT);
        if (!waitFinished(job) || job->state() != JobState::Succeeded) {
            qWarning() << job->message();
            return {};
        }
        return job->resultAs<services::ToyTrainUpdate>();
    }

    services::ToySampleResult sample(const ed::SamplerSettings &s)
    {
        Job *job = m_service->sample(s);
        if (!waitFinished(job) || job->state() != JobState::Succeeded) {
            qWarning() << job->message();
            return {};
        }
        return job->resultAs<services::ToySampleResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = std::make_unique<ToyDiffusionService>(m_jobs.get());
    }

    void cleanupTestCase()
    {
        m_service.reset();
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void nothingWorksBeforeAReset()
    {
        Job *job = m_service->train(10, runOptions(10));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("Reset")), qPrintable(job->message()));
    }

    void aFailedResetKeepsTheToy()
    {
        const auto info = reset(ringConfig(), 3);
        QVERIFY(info.generation > 0);
        QCOMPARE(info.step, 0);
        QVERIFY(info.parameterCount > 1000);
        QCOMPARE(int(info.dataPoints.size()), 2 * services::toydiffusion::kDataPoints);
        // The background is the ring: every point near radius 2.
        double worst = 0;
        for (std::size_t i = 0; i + 1 < info.dataPoints.size(); i += 2)
            worst = std::max(worst, std::abs(std::hypot(info.dataPoints[i], info.dataPoints[i + 1]) -
                                             engine::data::kToyRingRadius));
        QVERIFY2(worst < 0.6, qPrintable(QString::number(worst)));

        ed::ToyDiffusionConfig bad = ringConfig();
        bad.timesteps = 50; // below kMinToyTimesteps
        Job *job = m_service->reset(bad, 3);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("T 50")), qPrintable(job->message()));
        const auto u = trainChunk(5, 5);
        QCOMPARE(u.generation, info.generation); // the toy there was still trains
        QCOMPARE(u.step, 5);
    }

    void chunksAreOneRun()
    {
        // Three chunks of 100 towards a run of 300 ...
        const auto first = reset(ringConfig(), 11);
        QVERIFY(first.generation > 0);
        std::vector<qint64> steps;
        std::vector<double> losses, heldOut;
        std::vector<qint64> heldOutSteps;
        for (int c = 0; c < 3; ++c) {
            const auto u = trainChunk(100, 300);
            QCOMPARE(u.generation, first.generation);
            QCOMPARE(u.step, qint64(100 * (c + 1)));
            QCOMPARE(u.finished, c == 2);
            QCOMPARE(int(u.steps.size()), 100);
            QVERIFY(u.stepsPerSecond > 0);
            steps.insert(steps.end(), u.steps.begin(), u.steps.end());
            losses.insert(losses.end(), u.losses.begin(), u.losses.end());
            heldOut.insert(heldOut.end(), u.heldOutLosses.begin(), u.heldOutLosses.end());
            heldOutSteps.insert(heldOutSteps.end(), u.heldOutSteps.begin(), u.heldOutSteps.end());
        }
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i], qint64(i + 1));
        QCOMPARE(heldOutSteps, (std::vector<qint64>{100, 200, 300}));
        // ... the loss falls ...
        QVERIFY2(heldOut.back() < heldOut.front(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(heldOut.front()).arg(heldOut.back())));
        // ... and a chunk past the end does nothing.
        const auto after = trainChunk(100, 300);
        QVERIFY(after.finished);
        QVERIFY(after.steps.empty());
        QCOMPARE(after.step, 300);

        // One job of 300 from the same seed: the same losses bit for bit (same lr at every step).
        const auto second = reset(ringConfig(), 11);
        QVERIFY(second.generation > first.generation);
        const auto whole = trainChunk(1000, 300);
        QVERIFY(whole.finished);
        QCOMPARE(int(whole.losses.size()), 300);
        for (std::size_t i = 0; i < losses.size(); ++i)
            QCOMPARE(whole.losses[i], losses[i]);
        QCOMPARE(whole.heldOutLosses.back(), heldOut.back());
    }

    void aCanceledChunkLeavesATrainableToy()
    {
        QVERIFY(reset(ringConfig(), 5).generation > 0);
        Job *job = m_service->train(1000000, runOptions(1000000));
        QVERIFY(QTest::qWaitFor([&] { return job->state() == JobState::Running; }, 20000));
        QTest::qWait(100);
        job->cancel();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Canceled);
        const auto u = trainChunk(10, 1000000);
        QVERIFY(u.step >= 10);
        QCOMPARE(int(u.steps.size()), 10);
        QCOMPARE(u.steps.front() + 9, u.steps.back());
    }

    void aTrainedToySamplesTheRing()
    {
        QVERIFY(reset(ringConfig(), 1).generation > 0);
        services::ToyTrainUpdate u;
        u = trainChunk(1500, 1500, 100);
        QVERIFY(u.finished);
        // The field at t = T: far from the data the score points back towards the ring's centre.
        QCOMPARE(u.field.t, 100);
        QCOMPARE(u.field.size, 21);
        const std::size_t right = (10 * 21 + 20) * 2; // middle row, right column: x ≈ 3.33, y = 0
        QVERIFY(u.field.points[right] > 3);
        QVERIFY2(u.field.score[right] < 0, qPrintable(QString::number(u.field.score[right])));

        ed::SamplerSettings s;
        s.kind = ed::SamplerKind::Ddim;
        s.steps = 50;
        s.count = 1000;
        s.seed = 7;
        const auto r = sample(s);
        QCOMPARE(r.stepCount(), 50);
        QCOMPARE(int(r.points.size()), 51);
        QCOMPARE(int(r.timesteps.size()), 51);
        QCOMPARE(r.timesteps.front(), 100);
        QCOMPARE(r.timesteps.back(), 0);
        QCOMPARE(r.modelStep, 1500);
        for (const auto &p : r.points)
            QCOMPARE(int(p.size()), 2000);
        // Step 0 is the seed's starting noise; the last step lies on the ring.
        QCOMPARE(r.points.front(), ed::startingNoise(7, 1000, 2));
        double distance = 0;
        const auto &last = r.points.back();
        for (std::size_t i = 0; i + 1 < last.size(); i += 2)
            distance += std::abs(std::hypot(last[i], last[i + 1]) - engine::data::kToyRingRadius);
        distance /= 1000;
        qInfo("1500 steps at %.0f steps/s; the samples' mean distance from the ring %.3f", u.stepsPerSecond,
              distance);
        QVERIFY2(distance < 0.25, qPrintable(QString::number(distance)));
        // The noise did not: its mean distance from the ring is about 1.
        double noise = 0;
        for (std::size_t i = 0; i + 1 < r.points.front().size(); i += 2)
            noise += std::abs(std::hypot(r.points.front()[i], r.points.front()[i + 1]) -
                              engine::data::kToyRingRadius);
        QVERIFY(noise / 1000 > 0.6);

        s.count = services::toydiffusion::kMaxPoints + 1;
        Job *job = m_service->sample(s);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
    }

    void fieldsAreTheScoreAtTheirT()
    {
        ed::ToyFieldRequest view;
        view.size = 5;
        Job *job = m_service->fields({100, 50, 1, 0, 1000}, view);
        QVERIFY(waitFinished(job));
        const auto r = job->resultAs<services::ToyFieldResult>();
        QCOMPARE(int(r.fields.size()), 5);
        QCOMPARE(r.fields[0].t, 100);
        QCOMPARE(r.fields[1].t, 50);
        QCOMPARE(r.fields[2].t, 1);
        QCOMPARE(r.fields[3].t, 1); // clamped to 1..T
        QCOMPARE(r.fields[4].t, 100);
        const ed::DiffusionSchedule schedule(ed::NoiseSchedule::Cosine, 100);
        for (const auto &f : r.fields) {
            QCOMPARE(int(f.epsilon.size()), 50);
            for (std::size_t i = 0; i < f.epsilon.size(); ++i)
                QVERIFY(std::abs(f.score[i] + f.epsilon[i] / schedule.noise(f.t)) <
                        1e-3 * (1 + std::abs(f.score[i])));
        }
        Job *one = m_service->field(50, view);
        QVERIFY(waitFinished(one));
        QCOMPARE(one->resultAs<services::ToyFieldResult>().fields.front().epsilon, r.fields[1].epsilon);
    }

    void latestWins()
    {
        // Hold the lane with a chunk, then queue two samples and two fields: the older of each is dropped.
        Job *busy = m_service->train(300, runOptions(100000));
        ed::SamplerSettings s;
        s.steps = 10;
        s.count = 10;
        Job *a = m_service->sample(s);
        s.seed = 2;
        Job *b = m_service->sample(s);
        Job *f1 = m_service->field(10);
        Job *f2 = m_service->field(20);
        QVERIFY(waitFinished(b) && waitFinished(f2) && waitFinished(busy));
        QCOMPARE(busy->state(), JobState::Succeeded);
        QCOMPARE(a->state(), JobState::Canceled);
        QCOMPARE(b->state(), JobState::Succeeded);
        QCOMPARE(b->resultAs<services::ToySampleResult>().settings.seed, quint64(2));
        QCOMPARE(f1->state(), JobState::Canceled);
        QCOMPARE(f2->resultAs<services::ToyFieldResult>().fields.front().t, 20);
    }
};

QTEST_GUILESS_MAIN(TestToyDiffusionService)
#include "tst_toydiffusionservice.moc"
