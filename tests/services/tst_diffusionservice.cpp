// DiffusionService with a tiny real UNet (width 8, T 50: fast on a CPU): loading and refusing
// checkpoints (the old model stays), sampling that streams every step, branching that shares the
// parent's first steps, the forward process, seed travel, the trajectory, and exports with recipes.
#include "services/diffusion/diffusionservice.h"

#include "engine/diffusion/diffusionmodel.h"
#include "engine/imaging/animation.h"
#include "engine/imaging/png.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/recipe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using services::DiffusionService;
using services::Job;
using services::JobState;
namespace ed = engine::diffusion;

namespace {

ed::DiffusionConfig tinyConfig()
{
    ed::DiffusionConfig c;
    c.baseChannels = 8;
    c.timesteps = 50;
    c.conditional = true;
    return c;
}

bool waitFinished(Job *job, int ms = 60000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

} // namespace

class TestDiffusionService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model;
    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<DiffusionService> m_service;
    services::DiffusionModelInfo m_info;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    services::DiffusionSampleResult sampleOnce(const ed::SamplerSettings &s, int *partials = nullptr)
    {
        Job *job = m_service->sample(s, 1, QString());
        int count = 0;
        int lastIndex = -1;
        bool ordered = true;
        connect(job, &Job::partialResult, this, [&](const engine::Partial &p) {
            const auto e = services::DenoisingStepEvent::decode(p);
            if (!e)
                return;
            ordered = ordered && e->index == lastIndex + 1;
            lastIndex = e->index;
            ++count;
            if (e->index > 0)
                ordered = ordered && !e->x0hat.empty();
        });
        if (!waitFinished(job))
            return {};
        if (job->state() != JobState::Succeeded)
            qWarning() << job->message();
        if (partials)
            *partials = ordered ? count : -1;
        return job->resultAs<services::DiffusionSampleResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = path(QStringLiteral("tiny"));
        ed::DiffusionModel::create(tinyConfig(), 3).save(m_model.toStdString(), {"digits", 0, {}, {}});
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = std::make_unique<DiffusionService>(m_jobs.get(), engine::ResolvedDevice{});
        Job *job = m_service->load(m_model);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        m_info = job->resultAs<services::DiffusionModelInfo>();
        QCOMPARE(m_info.config, tinyConfig());
        QVERIFY(m_info.parameterCount > 0);
        QVERIFY(m_info.describe().contains(QStringLiteral("ddpm-unet")));
    }

    void aBadFolderKeepsTheModel()
    {
        QFile::copy(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/gan-digits/config.json"), path("gan-config.json"));
        QDir().mkpath(path("notdiffusion"));
        QFile::copy(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/gan-digits/config.json"),
                    path("notdiffusion/config.json"));
        QFile::copy(QStringLiteral(GENLAB_SOURCE_DIR "/resources/models/gan-digits/model.safetensors"),
                    path("notdiffusion/model.safetensors"));
        Job *job = m_service->load(path("notdiffusion"));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("notdiffusion")), qPrintable(job->message()));
        // The model loaded before still samples.
        ed::SamplerSettings s;
        s.steps = 3;
        QVERIFY(!sampleOnce(s).run.steps.empty());
    }

    void samplingStreamsEveryStep()
    {
        ed::SamplerSettings s;
        s.kind = ed::SamplerKind::Ddim;
        s.steps = 10;
        s.seed = 5;
        s.classLabel = 7;
        s.guidance = 3;
        int partials = 0;
        const auto r = sampleOnce(s, &partials);
        QCOMPARE(partials, 11); // steps 0..10, in order, each with x̂_0 after the first
        QCOMPARE(int(r.run.steps.size()), 11);
        QCOMPARE(r.trajectory.size(), std::size_t(22));
        QCOMPARE(r.xAt(10).width, 28);
        QVERIFY(r.x0At(0).empty());
        QVERIFY(!r.x0At(5).empty());
        QCOMPARE(int(r.finalImages().size()), 1);
        // The same settings give the same bits.
        const auto again = sampleOnce(s);
        QVERIFY(again.run.finalImages() == r.run.finalImages());
    }

    void aBranchSharesTheFirstSteps()
    {
        ed::SamplerSettings s;
        s.steps = 10;
        s.seed = 9;
        s.classLabel = 3;
        const auto parent = sampleOnce(s);
        ed::SamplerSettings other = s;
        other.guidance = 7;
        Job *job = m_service->branch(parent.run, 4, other);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto child = job->resultAs<services::DiffusionSampleResult>();
        QCOMPARE(child.run.branchedAt, 4);
        for (int i = 0; i <= 4; ++i)
            QVERIFY(child.run.steps[std::size_t(i)].x == parent.run.steps[std::size_t(i)].x);
        QVERIFY(child.run.finalImages() != parent.run.finalImages());
    }

    void unfitSettingsAreRefused()
    {
        ed::SamplerSettings s;
        s.steps = 500; // T is 50
        Job *job = m_service->sample(s, 1, QString());
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("steps")), qPrintable(job->message()));
        s.steps = 5;
        s.classLabel = 12;
        job = m_service->sample(s, 1, QString());
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("class")), qPrintable(job->message()));
    }

    void forwardNoisesAnImageBothWays()
    {
        services::ForwardRequest r;
        r.datasetId = QStringLiteral("procedural-digits");
        r.index = 3;
        r.t = 600;
        Job *job = m_service->forward(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto f = job->resultAs<services::ForwardResult>();
        const ed::DiffusionSchedule schedule(r.schedule, r.timesteps);
        QCOMPARE(f.oneDraw.t, 600);
        QVERIFY(std::abs(f.oneDraw.noise - schedule.noise(600)) < 1e-9);
        QCOMPARE(f.oneDraw.xt.values.size(), f.original.values.size());
        QCOMPARE(f.stepByStep.xt.values.size(), f.original.values.size());

        // A large user image is brought to 64 px, and said so.
        engine::Image big(200, 100, 3);
        for (std::size_t i = 0; i < big.pixels.size(); ++i)
            big.pixels[i] = std::uint8_t(i % 251);
        engine::imaging::writePng(path("big.png").toStdString(), big);
        r.file = path("big.png");
        job = m_service->forward(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto g = job->resultAs<services::ForwardResult>();
        QCOMPARE(g.original.width, 64);
        QCOMPARE(g.original.height, 32);
        QVERIFY2(g.note.contains(QStringLiteral("200x100")), qPrintable(g.note));

        r.file = path("missing.png");
        job = m_service->forward(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("missing.png")), qPrintable(job->message()));
    }

    void seedTravelAndExports()
    {
        services::SeedTravelRequest t;
        t.frames = 4;
        t.steps = 5;
        t.fromClass = 1;
        t.toClass = 7;
        Job *job = m_service->travel(t);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto travel = job->resultAs<services::SeedTravelResult>();
        QCOMPARE(int(travel.frames.size()), 4);
        QVERIFY(travel.frames.front().pixels != travel.frames.back().pixels);

        ed::SamplerSettings s;
        s.steps = 6;
        const auto r = sampleOnce(s);
        const services::Recipe recipe = services::diffusion::sampleRecipe(m_info, s, QStringLiteral("gif"));
        job = m_service->exportSteps(path("steps.gif"), r, recipe);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(engine::imaging::countGifFrames(path("steps.gif").toStdString()), 7);
        QString error;
        const auto back = services::readRecipeFile(path("steps.gif"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->lab, QStringLiteral("diffusion"));
        QCOMPARE(back->parameters.value(QStringLiteral("steps")).toInt(), 6);
        // The recipe gives the settings back.
        const auto settings = services::diffusion::settingsFromRecipe(*back, &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->steps, s.steps);
        QCOMPARE(settings->kind, s.kind);
        QCOMPARE(settings->seed, s.seed);
        QCOMPARE(settings->guidance, s.guidance);
        services::Recipe other = *back;
        other.parameters.insert(QStringLiteral("sampler"), QStringLiteral("euler"));
        QVERIFY(!services::diffusion::settingsFromRecipe(other, &error));
        QVERIFY2(error.contains(QStringLiteral("euler")), qPrintable(error));

        job = m_service->exportSteps(path("steps.png"), r, services::diffusion::sampleRecipe(m_info, s, QStringLiteral("png")));
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QVERIFY(services::readRecipeFile(path("steps.png"), &error));

        job = m_service->exportFrames(path("travel.gif"), travel.frames, recipe);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        job = m_service->exportFrames(path("travel.txt"), travel.frames, recipe);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestDiffusionService)
#include "tst_diffusionservice.moc"
