#include "engine/gan/toygan.h"

#include "engine/gan/detail/toydensity.h"

#include "engine/io/checkpoint.h"
#include "engine/io/safetensors.h"
#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "engine/train/steploop.h"

#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace genlab::engine;
using namespace genlab::engine::gan;

namespace {

double envOr(const char *name, double fallback)
{
    const char *v = std::getenv(name);
    return v ? std::atof(v) : fallback;
}

double sumShares(const ToySnapshot &s)
{
    double t = 0;
    for (float v : s.modeShares)
        t += v;
    return t;
}

double topShare(const ToySnapshot &s)
{
    double t = 0;
    for (float v : s.modeShares)
        t = std::max(t, double(v));
    return t;
}

struct Evidence
{
    std::vector<ToyStepMetrics> steps;
    ToySnapshot first, last;
};

ViewRequest figuresOnly()
{
    ViewRequest v;
    v.realCount = 0;
    v.fakeCount = 0;
    v.heatmapSize = 0;
    v.manifoldSize = 0;
    v.gradients = false;
    return v;
}

Evidence runPreset(const std::string &id, int steps = -1)
{
    const ToyPreset *p = findToyPreset(id);
    if (!p)
        throw std::runtime_error("no preset " + id);
    auto gan = ToyGan::create(p->config, p->seed);
    gan.setSettings(p->settings);
    Evidence e;
    e.first = gan.snapshot(figuresOnly());
    const int n = steps > 0 ? steps : p->evidenceSteps;
    for (int i = 0; i < n; ++i)
        e.steps.push_back(gan.step(StepKind::Full));
    e.last = gan.snapshot(figuresOnly());
    return e;
}

double meanOf(const std::vector<ToyStepMetrics> &m, std::size_t from, std::size_t to, double ToyStepMetrics::*field)
{
    double t = 0;
    for (std::size_t i = from; i < to; ++i)
        t += m[i].*field;
    return t / double(to - from);
}

ToyConfig smoothConfig()
{
    ToyConfig c;
    c.generator = {2, 16, Activation::Tanh};
    c.discriminator = {2, 16, Activation::Tanh};
    return c;
}

} // namespace

class TstToyGan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsBadConfigs()
    {
        ToyConfig c;
        c.data = data::ToyKind::UserPoints;
        c.userPoints = {0, 0, 1, 1, 2, 2};
        try {
            (void)ToyGan::create(c, 1);
            QFAIL("three drawn points were accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString(e.what()).contains("at least 8 points"), e.what());
            QVERIFY2(QString(e.what()).contains("there are 3"), e.what());
        }
        c.userPoints.push_back(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(c));
        c = ToyConfig{};
        c.generator.layers = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(c));
        ToySettings s;
        s.discriminatorSteps = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, validate(s));
        s = ToySettings{};
        s.generator.learningRate = -1;
        auto gan = ToyGan::create(ToyConfig{}, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gan.setSettings(s));
        // Drawn points: enough of them train.
        ToyConfig drawn;
        drawn.data = data::ToyKind::UserPoints;
        for (int i = 0; i < 12; ++i) {
            drawn.userPoints.push_back(float(std::cos(i * 0.5)));
            drawn.userPoints.push_back(float(std::sin(i * 0.5)));
        }
        auto g2 = ToyGan::create(drawn, 3);
        const auto m = g2.step();
        QVERIFY(std::isfinite(m.discriminatorLoss));
        QCOMPARE(g2.snapshot().modesCovered, -1);
    }

    void namesRoundTrip()
    {
        for (Loss l : {Loss::Minimax, Loss::NonSaturating, Loss::LeastSquares, Loss::Wasserstein, Loss::Hinge}) {
            Loss back{};
            QVERIFY(parseLoss(lossName(l), &back));
            QCOMPARE(back, l);
        }
        Activation a{};
        QVERIFY(parseActivation("leaky-relu", &a));
        QCOMPARE(a, Activation::LeakyRelu);
        QVERIFY(!parseLoss("nope", nullptr));
    }

    void sameSeedSameNumbers()
    {
        auto run = [](std::uint64_t seed) {
            auto gan = ToyGan::create(ToyConfig{}, seed);
            std::vector<double> out;
            for (StepKind k : {StepKind::Discriminator, StepKind::Generator, StepKind::Full, StepKind::Full}) {
                const auto m = gan.step(k);
                out.insert(out.end(), {m.discriminatorLoss, m.generatorLoss, m.meanRealScore, m.meanFakeScore,
                                       m.discriminatorGradNorm, m.generatorGradNorm});
            }
            ToySettings s;
            s.loss = Loss::Wasserstein;
            s.discriminatorSteps = 3;
            gan.setSettings(s);
            const auto m = gan.step();
            out.insert(out.end(), {m.discriminatorLoss, m.generatorLoss});
            const auto snap = gan.snapshot();
            out.insert(out.end(), snap.fake.begin(), snap.fake.begin() + 20);
            out.insert(out.end(), snap.heatmap.begin(), snap.heatmap.begin() + 20);
            return out;
        };
        const auto a = run(7), b = run(7), c = run(8);
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void stepKindsMoveOnlyTheirPlayer()
    {
        auto gan = ToyGan::create(ToyConfig{}, 4);
        const auto s0 = gan.snapshot();
        gan.step(StepKind::Discriminator);
        const auto s1 = gan.snapshot();
        QCOMPARE(s1.fake, s0.fake);        // G untouched by a D step
        QVERIFY(s1.heatmap != s0.heatmap); // D moved
        gan.step(StepKind::Generator);
        const auto s2 = gan.snapshot();
        QCOMPARE(s2.heatmap, s1.heatmap);
        QVERIFY(s2.fake != s1.fake);
        QCOMPARE(gan.steps(), std::int64_t(2));
        QCOMPARE(s2.step, std::int64_t(2));
    }

    void everyLossAndOptimizerSteps()
    {
        auto gan = ToyGan::create(ToyConfig{}, 5);
        for (Loss l : {Loss::Minimax, Loss::NonSaturating, Loss::LeastSquares, Loss::Wasserstein, Loss::Hinge})
            for (OptimizerKind o : {OptimizerKind::Sgd, OptimizerKind::Adam}) {
                ToySettings s;
                s.loss = l;
                s.generator.kind = o;
                s.discriminator.kind = o;
                s.discriminator.momentum = 0.5;
                s.batchSize = 32;
                gan.setSettings(s);
                for (int i = 0; i < 3; ++i) {
                    const auto m = gan.step();
                    QVERIFY(std::isfinite(m.discriminatorLoss) && std::isfinite(m.generatorLoss));
                    QVERIFY(m.discriminatorGradNorm > 0 && m.generatorGradNorm > 0);
                }
                const auto snap = gan.snapshot();
                QCOMPARE(snap.heatmapIsProbability, l == Loss::Minimax || l == Loss::NonSaturating);
                QVERIFY(snap.heatmapMax > snap.heatmapMin);
            }
    }

    void snapshotShapes()
    {
        ToyConfig c;
        c.noiseDim = 5;
        c.noise = NoiseKind::Uniform;
        auto gan = ToyGan::create(c, 2);
        ViewRequest v;
        v.realCount = 100;
        v.fakeCount = 70;
        v.heatmapSize = 12;
        v.manifoldSize = 9;
        const auto s = gan.snapshot(v);
        QCOMPARE(s.real.size(), std::size_t(200));
        QCOMPARE(s.fake.size(), std::size_t(140));
        QCOMPARE(s.fakeGradients.size(), std::size_t(140));
        QCOMPARE(s.heatmap.size(), std::size_t(144));
        QCOMPARE(s.manifold.size(), std::size_t(2 * 81));
        QCOMPARE(s.manifoldRows, 9);
        for (float h : s.heatmap)
            QVERIFY(h >= 0 && h <= 1);
        QVERIFY(s.js > 0 && s.js <= std::log(2.0) + 1e-9);
        QVERIFY(s.kl > s.js);
        QCOMPARE(s.modesTotal, 8);
        // The fixed samples: a second snapshot shows the same points.
        QCOMPARE(gan.snapshot(v).fake, s.fake);
        c.noiseDim = 1;
        const auto one = ToyGan::create(c, 2).snapshot(v);
        QCOMPARE(one.manifoldRows, 1);
        QCOMPARE(one.manifold.size(), std::size_t(18));
        const Image img = renderToySnapshot(s, 64);
        QCOMPARE(img.width, 64);
        QCOMPARE(img.channels, 3);
    }

    // The arrows against an independent reference: central differences of log D (the non-saturating
    // generator's -loss per point) read off D's own heat map around each fake point.
    void arrowsAreTheGeneratorsGradient()
    {
        auto gan = ToyGan::create(smoothConfig(), 9);
        for (int i = 0; i < 30; ++i)
            gan.step();
        ViewRequest v;
        v.fakeCount = 5;
        v.heatmapSize = 0;
        v.manifoldSize = 0;
        const auto s = gan.snapshot(v);
        const double h = 1e-2;
        for (int i = 0; i < 5; ++i) {
            const double x = s.fake[2 * i], y = s.fake[2 * i + 1];
            ViewRequest probe;
            probe.xMin = x - 2 * h;
            probe.xMax = x + 2 * h;
            probe.yMin = y - 2 * h;
            probe.yMax = y + 2 * h;
            probe.realCount = 0;
            probe.fakeCount = 0;
            probe.heatmapSize = 2;
            probe.manifoldSize = 0;
            probe.divergences = false;
            const auto p = gan.snapshot(probe);
            // Row 0 is y + h, column 0 is x - h.
            auto L = [&](int r, int c) { return std::log(double(p.heatmap[std::size_t(2 * r + c)])); };
            const double gx = ((L(0, 1) - L(0, 0)) + (L(1, 1) - L(1, 0))) / (2 * 2 * h);
            const double gy = ((L(0, 0) - L(1, 0)) + (L(0, 1) - L(1, 1))) / (2 * 2 * h);
            const double ax = s.fakeGradients[2 * i], ay = s.fakeGradients[2 * i + 1];
            const double scale = std::max(1e-3, std::hypot(ax, ay));
            QVERIFY2(std::abs(gx - ax) < 0.03 * scale + 1e-4 && std::abs(gy - ay) < 0.03 * scale + 1e-4,
                     qPrintable(QString("point %1: arrow (%2, %3), differences (%4, %5)").arg(i).arg(ax).arg(ay).arg(gx).arg(gy)));
        }
    }

    void densityFigures()
    {
        const auto ring = data::sampleToy(data::ToyKind::Ring, kDensityPoints, 11);
        const auto ring2 = data::sampleToy(data::ToyKind::Ring, kDensityPoints, 12);
        const auto cov = detail::modeCoverage(data::ToyKind::Ring, ring.data(), kDensityPoints);
        QCOMPARE(cov.covered, 8);
        QCOMPARE(cov.total, 8);
        std::vector<float> oneMode;
        for (int i = 0; i < 100; ++i)
            oneMode.insert(oneMode.end(), {2.0f + 0.01f * (i % 5), 0.0f});
        QCOMPARE(detail::modeCoverage(data::ToyKind::Ring, oneMode.data(), 100).covered, 1);
        const auto grid = data::sampleToy(data::ToyKind::Grid, kDensityPoints, 11);
        QCOMPARE(detail::modeCoverage(data::ToyKind::Grid, grid.data(), kDensityPoints).covered, 25);
        QCOMPARE(detail::modeCoverage(data::ToyKind::Spiral, grid.data(), kDensityPoints).covered, -1);

        const auto p = detail::histogram(ring.data(), kDensityPoints);
        const auto q = detail::histogram(ring2.data(), kDensityPoints);
        const auto r = detail::histogram(oneMode.data(), 100);
        double sum = 0;
        for (double v : p)
            sum += v;
        QVERIFY(std::abs(sum - 1) < 1e-9);
        QCOMPARE(detail::divergences(p, p).kl, 0.0);
        const auto same = detail::divergences(p, q), collapsed = detail::divergences(p, r);
        QVERIFY2(same.js < 0.05, qPrintable(QString::number(same.js)));
        QVERIFY(collapsed.js > 0.4 && collapsed.js <= std::log(2.0));
        QVERIFY(collapsed.kl > 10 * same.kl);
    }

    void checkpointRoundTrip()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString() + "/toy";
        ToySettings s;
        s.loss = Loss::Hinge;
        s.generator.kind = OptimizerKind::Sgd;
        s.generator.momentum = 0.9;
        auto a = ToyGan::create(ToyConfig{}, 21);
        a.setSettings(s);
        for (int i = 0; i < 10; ++i)
            a.step();
        a.save(dir);
        auto b = ToyGan::load(dir);
        QCOMPARE(b.steps(), std::int64_t(10));
        QCOMPARE(b.seed(), std::uint64_t(21));
        QCOMPARE(b.settings().loss, Loss::Hinge);
        // Optimizer state kept across a learning-rate change, in memory and through the checkpoint.
        s.generator.learningRate = 2e-3;
        a.setSettings(s);
        b.setSettings(s);
        for (int i = 0; i < 3; ++i) {
            const auto ma = a.step(), mb = b.step();
            QCOMPARE(ma.generatorLoss, mb.generatorLoss);
            QCOMPARE(ma.discriminatorLoss, mb.discriminatorLoss);
        }
        QCOMPARE(a.snapshot().fake, b.snapshot().fake);
        // Another architecture's checkpoint is refused by name.
        const std::string other = tmp.path().toStdString() + "/other";
        io::CheckpointData data;
        data.configJson = R"({"architecture": "conv-vae", "step": 3})";
        std::vector<float> w(4, 0.f);
        data.weights.push_back({"w", io::DType::F32, {4}, w.data(), 16});
        io::saveCheckpoint(other, data);
        try {
            (void)ToyGan::load(other);
            QFAIL("a VAE checkpoint loaded as a toy GAN");
        } catch (const ToyCheckpointError &e) {
            QVERIFY2(QString(e.what()).contains("conv-vae"), e.what());
        }
    }

    // Adam's moments survive a learning-rate change and start afresh when the kind changes: the
    // optimizer's update count in the checkpoint says which.
    void optimizerStateFollowsTheKind()
    {
        QTemporaryDir tmp;
        auto updates = [&](const ToyGan &gan, const char *player) {
            const std::string dir = tmp.path().toStdString() + "/ck";
            gan.save(dir);
            const auto ck = io::loadCheckpoint(dir);
            const auto j = QJsonDocument::fromJson(QByteArray::fromStdString(ck.configJson)).object();
            const auto o = j.value("optimizer").toObject().value(player).toObject();
            return std::make_pair(o.value("kind").toString(), o.value("t").toInt());
        };
        auto gan = ToyGan::create(ToyConfig{}, 3);
        for (int i = 0; i < 4; ++i)
            gan.step();
        QCOMPARE(updates(gan, "generator"), std::make_pair(QString("adam"), 4));
        ToySettings s;
        s.generator.learningRate = 3e-3;
        s.generator.beta1 = 0.7;
        gan.setSettings(s);
        gan.step();
        QCOMPARE(updates(gan, "generator"), std::make_pair(QString("adam"), 5));
        s.generator.kind = OptimizerKind::Sgd;
        gan.setSettings(s);
        gan.step();
        QCOMPARE(updates(gan, "generator"), std::make_pair(QString("sgd"), 1));
        QCOMPARE(updates(gan, "discriminator"), std::make_pair(QString("adam"), 6));
        // A clipped step reports the unclipped norm and still moves.
        s.gradientClip = 1e-6;
        gan.setSettings(s);
        const auto before = gan.snapshot().fake;
        const auto m = gan.step();
        QVERIFY(m.generatorGradNorm > 1e-6);
        QVERIFY(gan.snapshot().fake != before);
    }

    void divergenceStopsBeforeTheUpdate()
    {
        // The Wasserstein critic without its penalty and with a huge learning rate: its scores explode.
        auto gan = ToyGan::create(ToyConfig{}, 1);
        ToySettings s;
        s.loss = Loss::Wasserstein;
        s.gradientPenalty = 0;
        s.discriminator.kind = OptimizerKind::Sgd;
        s.discriminator.learningRate = 1e6;
        s.generator.kind = OptimizerKind::Sgd;
        s.generator.learningRate = 1e6;
        gan.setSettings(s);
        bool diverged = false;
        for (int i = 0; i < 200 && !diverged; ++i) {
            try {
                gan.step();
            } catch (const train::Diverged &e) {
                diverged = true;
                QCOMPARE(e.step(), gan.steps() + 1);
            }
        }
        QVERIFY(diverged);
    }

    void presetDiscriminatorFirstCoversTheRing()
    {
        const auto e = runPreset("discriminator-first");
        QVERIFY2(e.last.modesCovered >= 6, qPrintable(QString::number(e.last.modesCovered)));
        QVERIFY(e.last.kl < 0.5 * e.first.kl);
        const double dFake = meanOf(e.steps, e.steps.size() - 50, e.steps.size(), &ToyStepMetrics::meanFakeScore);
        QVERIFY(dFake > 0.4 && dFake < 0.6);
    }

    void presetTooStrongVanishesTheGradient()
    {
        const auto e = runPreset("discriminator-too-strong");
        const double early = std::max({e.steps[0].generatorGradNorm, e.steps[1].generatorGradNorm, e.steps[2].generatorGradNorm});
        const double late = meanOf(e.steps, e.steps.size() - 20, e.steps.size(), &ToyStepMetrics::generatorGradNorm);
        QVERIFY2(late < early / 10, qPrintable(QString("%1 -> %2").arg(early).arg(late)));
        QVERIFY(meanOf(e.steps, e.steps.size() - 20, e.steps.size(), &ToyStepMetrics::meanFakeScore) < 0.05);
        QVERIFY(e.last.kl > 0.9 * e.first.kl); // the fakes did not move towards the ring

        const auto fix = runPreset("non-saturating-fixes-it");
        const double fixLate = meanOf(fix.steps, fix.steps.size() - 20, fix.steps.size(), &ToyStepMetrics::generatorGradNorm);
        QVERIFY2(fixLate > 10 * late, qPrintable(QString("%1 vs %2").arg(fixLate).arg(late)));
        QVERIFY2(fix.last.kl < 0.8 * e.last.kl, qPrintable(QString("%1 vs %2").arg(fix.last.kl).arg(e.last.kl)));
    }

    void presetStarvedDiscriminatorStaysUndecided()
    {
        const auto e = runPreset("generator-fools-discriminator");
        for (std::size_t from = 0; from + 50 <= e.steps.size(); from += 50) {
            const double dFake = meanOf(e.steps, from, from + 50, &ToyStepMetrics::meanFakeScore);
            const double dReal = meanOf(e.steps, from, from + 50, &ToyStepMetrics::meanRealScore);
            QVERIFY2(dFake > 0.45 && dFake < 0.55, qPrintable(QString::number(dFake)));
            QVERIFY2(dReal > 0.45 && dReal < 0.55, qPrintable(QString::number(dReal)));
        }
        QVERIFY(e.last.kl > 0.9 * e.first.kl);
        QVERIFY(e.last.modesCovered <= 1);
    }

    void presetModeCollapse()
    {
        const auto e = runPreset("mode-collapse");
        QVERIFY2(e.last.modesCovered >= 1 && e.last.modesCovered <= 2, qPrintable(QString::number(e.last.modesCovered)));
        double near = 0;
        for (float v : e.last.modeShares)
            near += v;
        QVERIFY2(near > 0.8, qPrintable(QString::number(near))); // the fakes sit on the modes they found
    }

    void trainerReportsAndResumes()
    {
        QTemporaryDir tmp;
        ToyTrainOptions o;
        o.outDir = tmp.path().toStdString() + "/run";
        o.steps = 40;
        o.evalEvery = 20;
        o.previewEvery = 20;
        o.checkpointEvery = 20;
        o.batchSize = 64;
        std::vector<train::Metrics> metrics;
        std::vector<train::ImagePreview> previews;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto m = train::Metrics::decode(p))
                metrics.push_back(*m);
            if (auto i = train::ImagePreview::decode(p))
                previews.push_back(*i);
        };
        const auto r = trainToyGan(ToyConfig{}, ToySettings{}, o, ctx);
        QCOMPARE(r.step, std::int64_t(40));
        QVERIFY(!r.lastCheckpoint.empty());
        int steps = 0, evals = 0;
        for (const auto &m : metrics) {
            if (m.evaluation) {
                ++evals;
                QVERIFY(m.has("kl") && m.has("js") && m.has("coverage"));
            } else {
                ++steps;
                for (const char *k : {"d_loss", "g_loss", "d_real", "d_fake", "d_grad_norm", "g_grad_norm"})
                    QVERIFY2(m.has(k), k);
            }
        }
        QCOMPARE(steps, 40);
        QCOMPARE(evals, 2);
        QCOMPARE(previews.size(), std::size_t(2));
        QCOMPARE(previews[0].images.at(0).width, 256);

        // Resume to 60 = one uninterrupted run of 60.
        o.steps = 60;
        const auto resumed = trainToyGan(ToyConfig{}, ToySettings{}, o, RunContext{});
        ToyTrainOptions whole = o;
        whole.outDir = tmp.path().toStdString() + "/whole";
        const auto straight = trainToyGan(ToyConfig{}, ToySettings{}, whole, RunContext{});
        QCOMPARE(resumed.stepsThisRun, std::int64_t(20));
        QCOMPARE(resumed.last.generatorLoss, straight.last.generatorLoss);
        QCOMPARE(resumed.last.discriminatorLoss, straight.last.discriminatorLoss);

        // Another toy GAN's checkpoint is refused, naming the field.
        ToyConfig other;
        other.noiseDim = 3;
        o.steps = 80;
        try {
            (void)trainToyGan(other, ToySettings{}, o, RunContext{});
            QFAIL("a checkpoint of another config was resumed");
        } catch (const ToyCheckpointError &e) {
            QVERIFY2(QString(e.what()).contains("noise_dim"), e.what());
        }
    }

    void trainerStopsOnDivergence()
    {
        QTemporaryDir tmp;
        ToyTrainOptions o;
        o.outDir = tmp.path().toStdString() + "/run";
        o.steps = 300;
        o.learningRate = 10; // the most the options allow
        o.checkpointEvery = 0;
        ToySettings s;
        s.loss = Loss::Wasserstein;
        s.gradientPenalty = 0;
        s.generator.kind = s.discriminator.kind = OptimizerKind::Sgd;
        bool sawEvent = false;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (train::Divergence::decode(p))
                sawEvent = true;
        };
        QVERIFY_THROWS_EXCEPTION(train::Diverged, trainToyGan(ToyConfig{}, s, o, ctx));
        QVERIFY(sawEvent);
        QVERIFY(!io::checkpointExists(o.outDir));
    }

    // Not a test: GENLAB_TOY_EXPLORE=1 prints a trajectory for settings from the environment
    // (EXP_LOSS, EXP_GLR, EXP_DLR, EXP_GOPT, EXP_DOPT, EXP_K, EXP_SEED, EXP_STEPS, EXP_PRESET), the way
    // the presets were chosen.
    void explore()
    {
        if (!std::getenv("GENLAB_TOY_EXPLORE"))
            QSKIP("set GENLAB_TOY_EXPLORE=1 to explore settings");
        ToyConfig config;
        ToySettings s;
        std::uint64_t seed = std::uint64_t(envOr("EXP_SEED", 1));
        if (const char *p = std::getenv("EXP_PRESET")) {
            const ToyPreset *preset = findToyPreset(p);
            QVERIFY(preset);
            config = preset->config;
            s = preset->settings;
            seed = preset->seed;
        }
        if (const char *l = std::getenv("EXP_LOSS"))
            QVERIFY(parseLoss(l, &s.loss));
        if (const char *o = std::getenv("EXP_GOPT"))
            QVERIFY(parseOptimizer(o, &s.generator.kind));
        if (const char *o = std::getenv("EXP_DOPT"))
            QVERIFY(parseOptimizer(o, &s.discriminator.kind));
        s.generator.learningRate = envOr("EXP_GLR", s.generator.learningRate);
        s.discriminator.learningRate = envOr("EXP_DLR", s.discriminator.learningRate);
        s.generator.momentum = envOr("EXP_GMOM", s.generator.momentum);
        s.discriminator.momentum = envOr("EXP_DMOM", s.discriminator.momentum);
        s.discriminatorSteps = int(envOr("EXP_K", s.discriminatorSteps));
        s.batchSize = int(envOr("EXP_BATCH", s.batchSize));
        config.noiseDim = int(envOr("EXP_NOISE", config.noiseDim));
        config.generator.width = int(envOr("EXP_GW", config.generator.width));
        config.discriminator.width = int(envOr("EXP_DW", config.discriminator.width));
        const int steps = int(envOr("EXP_STEPS", 600));
        auto gan = ToyGan::create(config, seed);
        gan.setSettings(s);
        if (envOr("EXP_THREADS", 0) > 0)
            configureWorkerThread(int(envOr("EXP_THREADS", 1)));
        std::printf("intra-op threads %d\n", currentIntraOpThreads());
        if (std::getenv("EXP_SNAPSHOT_PARTS")) {
            auto time = [&](const char *what, ViewRequest v) {
                (void)gan.snapshot(v);
                const auto t = std::chrono::steady_clock::now();
                for (int i = 0; i < 50; ++i)
                    (void)gan.snapshot(v);
                std::printf("%-12s %.2f ms\n", what,
                            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count() / 50);
            };
            ViewRequest none = figuresOnly();
            none.divergences = false;
            time("nothing", none);
            ViewRequest v = none;
            v.divergences = true;
            time("divergences", v);
            v = none;
            v.fakeCount = 512;
            time("fake", v);
            v.gradients = true;
            time("arrows", v);
            v = none;
            v.heatmapSize = 48;
            time("heatmap", v);
            v = none;
            v.manifoldSize = 21;
            time("manifold", v);
            time("all", ViewRequest{});
        }
        ViewRequest v;
        v.heatmapSize = 0;
        v.manifoldSize = 0;
        v.gradients = false;
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 1; i <= steps; ++i) {
            const ToyStepMetrics m = gan.step(StepKind::Full);
            if (i % 50 == 0 || i <= 3) {
                const ToySnapshot snap = gan.snapshot(v);
                std::printf("step %4d d_loss %.3f g_loss %.3f d_real %.3f d_fake %.3f dgn %.4f ggn %.5f kl %.3f js %.3f cov %d/%d near %.2f top %.2f\n",
                            i, m.discriminatorLoss, m.generatorLoss, m.meanRealScore, m.meanFakeScore,
                            m.discriminatorGradNorm, m.generatorGradNorm, snap.kl, snap.js, snap.modesCovered,
                            snap.modesTotal, sumShares(snap), topShare(snap));
            }
        }
        std::printf("%.1f steps/s\n",
                    steps / std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
};

QTEST_APPLESS_MAIN(TstToyGan)
#include "tst_toygan.moc"
