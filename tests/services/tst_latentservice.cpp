// LatentService with a small real model (latent 4, base width 8: fast on a CPU): loading and
// refusing checkpoints, latest-wins decoding, sampling, the map (projection round trip, nearest
// image), interpolation, encoding (and refusing) files, exports with recipes that regenerate the
// same frames, and training (metrics, reconstructions, checkpoints, resume, pause/step, bad data).
#include "services/latent/latentservice.h"

#include "engine/imaging/png.h"
#include "engine/train/events.h"
#include "engine/vae/latentmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/training.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab;
using services::Job;
using services::JobState;
using services::LatentService;
namespace vae = engine::vae;
namespace latent = services::latent;

namespace {

vae::VaeConfig smallConfig(int latentDim = 4)
{
    vae::VaeConfig c;
    c.latentDim = latentDim;
    c.baseChannels = 8;
    return c;
}

bool waitFinished(Job *job, int ms = 60000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

QString imageKey(const engine::Image &image)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(image.pixels.data()), qsizetype(image.pixels.size())).toBase64());
}

} // namespace

class TestLatentService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model; // a small untrained checkpoint
    std::unique_ptr<services::JobManager> m_jobs;
    std::unique_ptr<LatentService> m_service;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void loadSmall()
    {
        Job *job = m_service->loadModel(m_model);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = path(QStringLiteral("small"));
        auto model = vae::LatentModel::create(smallConfig(), 7);
        model.save(m_model.toStdString(), {});
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = std::make_unique<LatentService>(m_jobs.get(), engine::ResolvedDevice{});
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_jobs->shutdown(5000);
    }

    void loadsACheckpointAndAnnouncesIt()
    {
        QSignalSpy changed(m_service.get(), &LatentService::modelChanged);
        const quint64 before = m_service->model().generation;
        Job *job = m_service->loadModel(m_model);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_service->hasModel());
        QCOMPARE(m_service->model().latentDim(), 4);
        QVERIFY(m_service->model().generation > before);
        QVERIFY(!m_service->model().source.hash.isEmpty());
        QCOMPARE(m_service->model().source.folder, QDir(m_model).absolutePath());
    }

    void refusesBadCheckpointsAndKeepsTheModel()
    {
        loadSmall();
        const quint64 generation = m_service->model().generation;
        // Not a model folder at all.
        Job *missing = m_service->loadModel(path(QStringLiteral("does-not-exist")));
        QVERIFY(waitFinished(missing));
        QCOMPARE(missing->state(), JobState::Failed);
        QVERIFY2(missing->message().contains(QStringLiteral("does-not-exist")), qPrintable(missing->message()));
        // Another architecture: the same files with a foreign architecture name.
        const QString foreign = path(QStringLiteral("foreign"));
        QDir().mkpath(foreign);
        QVERIFY(QFile::copy(m_model + QStringLiteral("/model.safetensors"), foreign + QStringLiteral("/model.safetensors")));
        QFile config(m_model + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        o[QStringLiteral("architecture")] = QStringLiteral("gpt2");
        QFile out(foreign + QStringLiteral("/config.json"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(o).toJson());
        out.close();
        Job *wrong = m_service->loadModel(foreign);
        QVERIFY(waitFinished(wrong));
        QCOMPARE(wrong->state(), JobState::Failed);
        QVERIFY2(wrong->message().contains(QStringLiteral("architecture")) || wrong->message().contains(QStringLiteral("gpt2")),
                 qPrintable(wrong->message()));
        QCOMPARE(m_service->model().generation, generation);
        // The old model still works.
        Job *decode = m_service->decode(vae::Latent(4, 0.f));
        QVERIFY(waitFinished(decode));
        QCOMPARE(decode->state(), JobState::Succeeded);
    }

    void decodeLatestWins()
    {
        loadSmall();
        // Something ahead of the decodes on the lab's lane, so they queue up behind it (on its own
        // lane a tiny model could otherwise decode each one before the next is submitted).
        services::SampleRequest ahead;
        ahead.count = 256;
        Job *busy = m_service->sample(ahead);
        QList<Job *> jobs;
        for (int i = 0; i < 40; ++i)
            jobs << m_service->decode(vae::Latent{float(i) * 0.1f, 0.f, 0.f, 0.f}, QStringLiteral("drag"));
        QVERIFY(waitFinished(jobs.last()));
        QVERIFY(QTest::qWaitFor([&] { return std::all_of(jobs.begin(), jobs.end(), [](Job *j) { return j->isFinished(); }); }, 10000));
        int succeeded = 0;
        for (Job *j : jobs) {
            QVERIFY(j->state() == JobState::Succeeded || j->state() == JobState::Canceled);
            succeeded += j->state() == JobState::Succeeded ? 1 : 0;
        }
        QVERIFY2(succeeded < 40, "no request was superseded: latest-wins is not working");
        QVERIFY(waitFinished(busy));
        QCOMPARE(jobs.last()->state(), JobState::Succeeded);
        const services::DecodeResult r = jobs.last()->resultAs<services::DecodeResult>();
        QCOMPARE(r.latents.at(0), 3.9f);
        QCOMPARE(r.images.size(), std::size_t(1));
        QCOMPARE(r.images[0].width, 28);
        // A latent of the wrong size is refused, with the sizes named.
        Job *bad = m_service->decode(vae::Latent(3, 0.f));
        QVERIFY(waitFinished(bad));
        QCOMPARE(bad->state(), JobState::Failed);
        QVERIFY2(bad->message().contains(QStringLiteral("4-D")), qPrintable(bad->message()));
    }

    void samplingIsSeeded()
    {
        loadSmall();
        auto run = [&](quint64 seed) {
            services::SampleRequest r;
            r.count = 6;
            r.seed = seed;
            Job *job = m_service->sample(r);
            waitFinished(job);
            return job->resultAs<services::SampleResult>();
        };
        const auto a = run(5), b = run(5), c = run(6);
        QCOMPARE(a.output.images.size(), std::size_t(6));
        QCOMPARE(a.output.latents.size(), std::size_t(24));
        QCOMPARE(a.output.latents, b.output.latents);
        QCOMPARE(imageKey(a.output.images[2]), imageKey(b.output.images[2]));
        QVERIFY(a.output.latents != c.output.latents);
        // The prior: mean ~0, variance ~1 over many draws.
        const auto z = latent::priorLatents(2000, 8, 11, 1.0);
        double mean = 0, var = 0;
        for (float v : z)
            mean += v;
        mean /= double(z.size());
        for (float v : z)
            var += (v - mean) * (v - mean);
        var /= double(z.size());
        QVERIFY2(std::abs(mean) < 0.05 && std::abs(var - 1.0) < 0.05, qPrintable(QStringLiteral("%1 %2").arg(mean).arg(var)));
    }

    void mapProjectsEncodesAndFindsNeighbours()
    {
        loadSmall();
        services::MapRequest request;
        request.datasetId = QStringLiteral("procedural-digits");
        request.maxPoints = 300;
        Job *job = m_service->buildMap(request);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        auto map = job->resultAs<std::shared_ptr<const services::LatentMap>>();
        QVERIFY(map);
        QCOMPARE(map->count, 300);
        QCOMPARE(map->dim, 4);
        QCOMPARE(map->points.size(), std::size_t(600));
        QCOMPARE(map->images.size(), std::size_t(300));
        QCOMPARE(map->classNames.size(), 10);
        QCOMPARE(map->order.size(), std::size_t(4));
        QVERIFY(!map->identity);
        QVERIFY(map->activityIsKl);
        // Every class is present in the subset.
        QSet<int> labels(map->labels.begin(), map->labels.end());
        QCOMPARE(labels.size(), 10);
        // A point of the map finds itself; the inverse projection lands back on the same map point.
        for (int i : {0, 17, 299}) {
            const double x = map->points[std::size_t(i) * 2], y = map->points[std::size_t(i) * 2 + 1];
            const int found = map->nearest(x, y);
            QVERIFY(found >= 0);
            QCOMPARE(map->points[std::size_t(found) * 2], map->points[std::size_t(i) * 2]);
            const QPointF back = map->project(map->latentAt(x, y));
            QVERIFY(std::abs(back.x() - x) < 1e-4 && std::abs(back.y() - y) < 1e-4);
        }
        // The attribute vector is the difference of the class means.
        const auto v = map->attribute(1, 0);
        QCOMPARE(v.size(), std::size_t(4));
        QVERIFY(map->attribute(1, 42).empty());
    }

    void interpolatesBothWays()
    {
        loadSmall();
        services::InterpolationRequest r;
        r.endpoints = {vae::Latent{2.f, 0.f, 0.f, 0.f}, vae::Latent{0.f, 2.f, 0.f, 0.f}, vae::Latent{0.f, 0.f, -2.f, 0.f}};
        r.frameCount = 9;
        Job *job = m_service->interpolate(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto result = job->resultAs<services::InterpolationResult>();
        QCOMPARE(result.lerp.frames.size(), std::size_t(9));
        QCOMPARE(result.slerp.frames.size(), std::size_t(9));
        QCOMPARE(result.lerp.points.front(), r.endpoints.front());
        QCOMPARE(result.slerp.points.back(), r.endpoints.back());
        QCOMPARE(result.slerp.points[4], r.endpoints[1]); // (9 - 1) is a multiple of (3 - 1)
        // Equal-norm endpoints: slerp stays on the shell, lerp dips inside it.
        for (double n : result.slerp.norms)
            QVERIFY(std::abs(n - 2.0) < 1e-4);
        QVERIFY(result.lerp.norms[2] < 1.9);
    }

    void encodesFilesAndNamesTheBadOnes()
    {
        loadSmall();
        const QString png = path(QStringLiteral("digit.png"));
        engine::Image image(40, 30, 3);
        for (std::size_t i = 0; i < image.pixels.size(); ++i)
            image.pixels[i] = std::uint8_t(i * 7);
        engine::imaging::writePng(png.toStdString(), image);
        const QString text = path(QStringLiteral("notes.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an image\n");
        f.close();
        services::EncodeRequest r;
        r.files = {png, text};
        Job *job = m_service->encode(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const auto result = job->resultAs<services::EncodeResult>();
        QCOMPARE(result.items.size(), std::size_t(2));
        QCOMPARE(result.items[0].latent.size(), std::size_t(4));
        QCOMPARE(result.items[0].image.width, 28);
        QCOMPARE(result.items[0].image.channels, 1);
        QVERIFY(result.items[1].latent.empty());
        QVERIFY2(result.items[1].error.contains(QStringLiteral("notes.png")), qPrintable(result.items[1].error));
        QCOMPARE(result.failed(), 1);
    }

    void exportsCarryRecipesThatRegenerateTheFrames()
    {
        loadSmall();
        services::InterpolationRequest r;
        r.endpoints = {vae::Latent{1.5f, -0.5f, 0.25f, 0.f}, vae::Latent{-1.f, 1.f, 0.f, 0.75f}};
        r.frameCount = 7;
        Job *job = m_service->interpolate(r);
        QVERIFY(waitFinished(job));
        const auto first = job->resultAs<services::InterpolationResult>();
        std::vector<latent::EndpointSource> sources(2);
        sources[0].datasetId = QStringLiteral("digits");
        sources[0].index = 12;
        sources[1].file = QStringLiteral("/tmp/me.png");
        for (const auto format : {latent::ExportFormat::PngStrip, latent::ExportFormat::Gif}) {
            services::InterpolationExport e;
            e.path = path(QStringLiteral("walk.") + latent::formatSuffix(format));
            e.format = format;
            e.frames = first.slerp.frames;
            e.recipe = latent::interpolationRecipe(m_service->model().source, r.endpoints, sources, 7,
                                                   vae::PathMethod::Slerp, format);
            Job *ex = m_service->exportInterpolation(e);
            QVERIFY(waitFinished(ex));
            QCOMPARE(ex->state(), JobState::Succeeded);
            QVERIFY(QFileInfo::exists(e.path));
            QString error;
            const auto recipe = latent::readRecipe(e.path, &error);
            QVERIFY2(recipe, qPrintable(error));
            QCOMPARE(recipe->lab, QStringLiteral("latent"));
            QCOMPARE(recipe->action, QStringLiteral("interpolate"));
            QCOMPARE(recipe->modelHash, m_service->model().source.hash);
            // The latents survive JSON exactly, so regenerating gives the same pixels.
            std::vector<vae::Latent> endpoints;
            for (const auto &v : recipe->parameters.value(QStringLiteral("endpoints")).toArray())
                endpoints.push_back(latent::latentFromJson(v, 4));
            QCOMPARE(endpoints, r.endpoints);
            services::InterpolationRequest again;
            again.endpoints = endpoints;
            again.frameCount = recipe->parameters.value(QStringLiteral("frames")).toInt();
            Job *redo = m_service->interpolate(again);
            QVERIFY(waitFinished(redo));
            const auto second = redo->resultAs<services::InterpolationResult>();
            QCOMPARE(second.slerp.frames.size(), first.slerp.frames.size());
            for (std::size_t i = 0; i < first.slerp.frames.size(); ++i)
                QCOMPARE(imageKey(second.slerp.frames[i]), imageKey(first.slerp.frames[i]));
            const auto back = latent::EndpointSource::fromJson(recipe->parameters.value(QStringLiteral("sources")).toArray().at(0).toObject());
            QCOMPARE(back.index, qint64(12));
        }
        QVERIFY(QFileInfo::exists(path(QStringLiteral("walk.gif.recipe.json"))));
        // A sample grid.
        services::ImageExport grid;
        grid.path = path(QStringLiteral("grid.png"));
        grid.images = first.lerp.frames;
        grid.recipe = latent::sampleRecipe(m_service->model().source, 7, 3, 0.5);
        Job *g = m_service->exportImages(grid);
        QVERIFY(waitFinished(g));
        QCOMPARE(g->state(), JobState::Succeeded);
        QString error;
        const auto recipe = latent::readRecipe(grid.path, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->seed, quint64(3));
        // Writing where it cannot: a failed job naming the path, nothing else breaks.
        services::InterpolationExport bad;
        bad.path = path(QStringLiteral("no/such/folder/walk.gif"));
        bad.frames = first.lerp.frames;
        Job *b = m_service->exportInterpolation(bad);
        QVERIFY(waitFinished(b));
        QCOMPARE(b->state(), JobState::Failed);
        // Not a recipe.
        QVERIFY(!latent::readRecipe(path(QStringLiteral("digit-none.png")), &error));
    }

    void trainsReportsCheckpointsAndResumes()
    {
        services::LatentTrainRequest r;
        r.config = smallConfig(2);
        r.options.dataset = "procedural-digits";
        r.options.steps = 6;
        r.options.batchSize = 16;
        r.options.previewEvery = 3;
        r.options.previewCount = 4;
        r.options.checkpointEvery = 3;
        r.options.outDir = path(QStringLiteral("trained")).toStdString();
        Job *job = m_service->train(r);
        QVERIFY(job->isPausable());
        QCOMPARE(job->lane(), services::Lane::Training);
        QList<engine::Partial> partials;
        connect(job, &Job::partialResult, this, [&](const engine::Partial &p) { partials << p; });
        QVERIFY(waitFinished(job, 120000));
        QCOMPARE(job->state(), JobState::Succeeded);
        int metrics = 0, recon = 0, checkpoints = 0;
        for (const auto &p : partials) {
            const auto m = engine::train::Metrics::decode(p);
            const auto preview = engine::train::ImagePreview::decode(p);
            const bool isRecon = preview && preview->what == "reconstructions";
            metrics += m ? 1 : 0;
            recon += isRecon ? 1 : 0;
            checkpoints += engine::train::CheckpointWritten::decode(p) ? 1 : 0;
            if (m)
                QCOMPARE(m->values.size(), std::size_t(2));
            if (isRecon) {
                QCOMPARE(preview->images.size(), std::size_t(8));
                QCOMPARE(preview->rows, 2);
            }
        }
        QCOMPARE(metrics, 6);
        QCOMPARE(recon, 2);
        QCOMPARE(checkpoints, 2); // step 3 and the end
        QVERIFY(services::hasCheckpoint(r.outDir()));
        QCOMPARE(job->resultAs<services::LatentTrainResult>().step, qint64(6));
        // Resume to step 8.
        r.options.steps = 8;
        r.options.resume = engine::train::Resume::Required;
        Job *more = m_service->train(r);
        QVERIFY(waitFinished(more, 120000));
        QCOMPARE(more->state(), JobState::Succeeded);
        QCOMPARE(more->resultAs<services::LatentTrainResult>().step, qint64(8));
        // The trained model goes into the explorer.
        Job *load = m_service->loadModel(r.outDir());
        QVERIFY(waitFinished(load));
        QCOMPARE(load->state(), JobState::Succeeded);
        QCOMPARE(m_service->model().latentDim(), 2);
        QCOMPARE(m_service->model().step, qint64(8));
        QCOMPARE(m_service->model().datasetId, QStringLiteral("procedural-digits"));
        // Resuming with another latent size is refused, naming the field.
        r.config = smallConfig(3);
        r.options.steps = 10;
        Job *other = m_service->train(r);
        QVERIFY(waitFinished(other, 60000));
        QCOMPARE(other->state(), JobState::Failed);
        QVERIFY2(other->message().contains(QStringLiteral("latent")), qPrintable(other->message()));
    }

    void trainingPausesStepsAndCancelsKeepingACheckpoint()
    {
        services::LatentTrainRequest r;
        r.config = smallConfig(2);
        r.options.dataset = "procedural-digits";
        r.options.steps = 100000;
        r.options.batchSize = 8;
        r.options.previewEvery = 0;
        r.options.checkpointEvery = 0;
        r.options.outDir = path(QStringLiteral("stopped")).toStdString();
        Job *job = m_service->train(r);
        int metrics = 0;
        connect(job, &Job::partialResult, this, [&](const engine::Partial &p) { metrics += engine::train::Metrics::decode(p) ? 1 : 0; });
        QVERIFY(QTest::qWaitFor([&] { return metrics >= 2; }, 60000));
        job->pause();
        QCOMPARE(job->state(), JobState::Paused);
        // Whatever step was under way completes; then nothing more until a single step is asked for.
        QTest::qWait(300);
        const int settled = metrics;
        QTest::qWait(300);
        QCOMPARE(metrics, settled);
        job->step();
        QVERIFY(QTest::qWaitFor([&] { return metrics == settled + 1; }, 20000));
        QTest::qWait(300);
        QCOMPARE(metrics, settled + 1);
        job->cancel();
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Canceled);
        QVERIFY(services::hasCheckpoint(r.outDir())); // the last completed step is kept
    }

    void aDivergingRunFailsWithTheLossNamedAndNoBadCheckpoint()
    {
        services::LatentTrainRequest r;
        r.config = smallConfig(2);
        r.options.dataset = "procedural-digits";
        r.options.steps = 400;
        r.options.batchSize = 32;
        r.options.learningRate = 10.0;
        r.options.previewEvery = 0;
        r.options.checkpointEvery = 0;
        r.options.outDir = path(QStringLiteral("diverged")).toStdString();
        Job *job = m_service->train(r);
        QList<engine::Partial> partials;
        connect(job, &Job::partialResult, this, [&](const engine::Partial &p) { partials << p; });
        QVERIFY(waitFinished(job, 120000));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral(" at step ")), qPrintable(job->message()));
        QVERIFY2(job->message().contains(QStringLiteral("lower learning rate")), qPrintable(job->message()));
        QVERIFY(!services::hasCheckpoint(r.outDir()));
        // The lab learns it as a partial, delivered before finished(): the step and the engine's words.
        QVERIFY(!partials.isEmpty());
        const auto last = engine::train::Divergence::decode(partials.last());
        QVERIFY(last);
        QVERIFY(last->step >= 1 && last->step <= 400);
        QVERIFY(!last->loss.empty());
        QCOMPARE(job->message(), QString::fromStdString(last->message));
        QVERIFY2(QString::fromStdString(last->message).contains(QStringLiteral("%1 became").arg(QString::fromStdString(last->loss))),
                 last->message.c_str());
        QVERIFY(QString::fromStdString(last->message).contains(QStringLiteral(" at step %1.").arg(last->step)));
        for (const auto &p : partials)
            if (engine::train::Metrics::decode(p))
                QVERIFY(p.step < last->step);
    }

    void trainsOnTheUsersFolderInColourAndMapsIt()
    {
        const QString folder = path(QStringLiteral("my pictures"));
        for (const QString &cls : {QStringLiteral("cats"), QStringLiteral("dogs")}) {
            QDir().mkpath(folder + QLatin1Char('/') + cls);
            for (int i = 0; i < 10; ++i) {
                engine::Image image(40, 30, 3);
                for (std::size_t k = 0; k < image.pixels.size(); ++k)
                    image.pixels[k] = std::uint8_t((k * (i + 3) + (cls == QLatin1String("cats") ? 0 : 128)) % 256);
                engine::imaging::writePng(QStringLiteral("%1/%2/%3.png").arg(folder, cls).arg(i).toStdString(), image);
            }
        }
        services::LatentTrainRequest r;
        r.config = smallConfig(2);
        r.config.channels = 3;
        r.config.imageSize = 32;
        r.config.likelihood = vae::VaeConfig::Likelihood::Gaussian;
        r.options.dataset = QString(QStringLiteral("folder:") + folder).toStdString();
        r.options.steps = 4;
        r.options.batchSize = 8;
        r.options.previewEvery = 2;
        r.options.outDir = path(QStringLiteral("folder-model")).toStdString();
        Job *job = m_service->train(r);
        QList<engine::Partial> previews;
        connect(job, &Job::partialResult, this, [&](const engine::Partial &p) {
            if (const auto preview = engine::train::ImagePreview::decode(p); preview && preview->what == "reconstructions")
                previews << p;
        });
        QVERIFY(waitFinished(job, 120000));
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->message()));
        QVERIFY(!previews.isEmpty());
        QCOMPARE(previews.last().images.front().channels, 3);
        QCOMPARE(previews.last().images.front().width, 32);
        Job *load = m_service->loadModel(r.outDir());
        QVERIFY(waitFinished(load));
        QCOMPARE(load->state(), JobState::Succeeded);
        Job *mapJob = m_service->buildMap({});
        QVERIFY(waitFinished(mapJob));
        QVERIFY2(mapJob->state() == JobState::Succeeded, qPrintable(mapJob->message()));
        const auto map = mapJob->resultAs<std::shared_ptr<const services::LatentMap>>();
        QCOMPARE(map->count, 20);
        QVERIFY(map->identity);
        QCOMPARE(map->classNames, (QStringList{QStringLiteral("cats"), QStringLiteral("dogs")}));
        QCOMPARE(map->images.front().channels, 3);
        QCOMPARE(map->attribute(0, 1).size(), std::size_t(2));
    }

    void trainingOnAFolderWithoutImagesFailsClearly()
    {
        const QString empty = path(QStringLiteral("empty-folder"));
        QDir().mkpath(empty);
        QFile f(empty + QStringLiteral("/readme.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("no pictures here");
        f.close();
        services::LatentTrainRequest r;
        r.config = smallConfig(2);
        r.options.dataset = (QStringLiteral("folder:") + empty).toStdString();
        r.options.steps = 5;
        r.options.batchSize = 4;
        r.options.outDir = path(QStringLiteral("never")).toStdString();
        Job *job = m_service->train(r);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("empty-folder")), qPrintable(job->message()));
        QVERIFY(!services::hasCheckpoint(r.outDir()));
    }
};

QTEST_GUILESS_MAIN(TestLatentService)
#include "tst_latentservice.moc"
