// The samplers against denoisers whose answer is known in closed form. Data x0 ~ N(μ, s²) per value:
// x_t ~ N(α μ, α² s² + σ²) with α = sqrt(ᾱ), σ = sqrt(1 - ᾱ), and the optimal noise prediction is
// E[ε | x_t] = σ (x_t - α μ) / (α² s² + σ²). Its probability-flow ODE is solved in closed form too:
// the deterministic samplers must map x_T to μ + s (x_T - α_T μ) / sqrt(α_T² s² + σ_T²).
#include "engine/diffusion/sampler.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <stop_token>

using namespace genlab::engine;
using namespace genlab::engine::diffusion;

namespace {

// The analytic denoiser. clip 0: the samplers leave x̂0 alone (data N(0.3, 0.5²) reaches outside
// [-1, 1], and clipping would bias the statistics the tests check).
class GaussianDenoiser : public Denoiser
{
public:
    GaussianDenoiser(double mu, double s, DiffusionSchedule schedule = {}, int size = 28, double clip = 0)
        : m_mu(mu), m_s(s), m_schedule(schedule), m_size(size), m_clip(clip)
    {
    }

    int channels() const override { return 1; }
    int height() const override { return m_size; }
    int width() const override { return m_size; }
    int classCount() const override { return 0; }
    const DiffusionSchedule &schedule() const override { return m_schedule; }
    double predictionClip() const override { return m_clip; }

    std::vector<float> predictNoise(const std::vector<float> &xt, int count, int t,
                                    const Conditioning &) const override
    {
        ++calls;
        if (xt.size() != imageValues() * std::size_t(count))
            throw std::invalid_argument("size");
        const double ab = m_schedule.alphaBar(t), a = std::sqrt(ab), sigma = std::sqrt(1 - ab);
        const double scale = sigma / (ab * m_s * m_s + (1 - ab));
        std::vector<float> eps(xt.size());
        for (std::size_t i = 0; i < xt.size(); ++i)
            eps[i] = float(scale * (xt[i] - a * m_mu));
        return eps;
    }

    // Where the probability-flow ODE takes x_T.
    double odeEnd(double xT) const
    {
        const double ab = m_schedule.alphaBar(m_schedule.timesteps());
        return m_mu + m_s * (xT - std::sqrt(ab) * m_mu) / std::sqrt(ab * m_s * m_s + (1 - ab));
    }

    mutable int calls = 0;

private:
    double m_mu, m_s;
    DiffusionSchedule m_schedule;
    int m_size;
    double m_clip;
};

// A conditional denoiser that records what reaches it and predicts no noise.
class RecordingDenoiser : public Denoiser
{
public:
    int channels() const override { return 3; }
    int height() const override { return 4; }
    int width() const override { return 4; }
    int classCount() const override { return 10; }
    const DiffusionSchedule &schedule() const override { return m_schedule; }
    std::vector<float> predictNoise(const std::vector<float> &xt, int count, int t,
                                    const Conditioning &c) const override
    {
        seen.push_back(c);
        counts.push_back(count);
        times.push_back(t);
        return std::vector<float>(xt.size(), 0.f);
    }
    mutable std::vector<Conditioning> seen;
    mutable std::vector<int> counts, times;

private:
    DiffusionSchedule m_schedule{NoiseSchedule::Linear, 100};
};

// Predicts no noise, at no cost: what a step costs besides the model.
class TrivialDenoiser : public Denoiser
{
public:
    int channels() const override { return 1; }
    int height() const override { return 28; }
    int width() const override { return 28; }
    int classCount() const override { return 0; }
    const DiffusionSchedule &schedule() const override { return m_schedule; }
    std::vector<float> predictNoise(const std::vector<float> &xt, int, int,
                                    const Conditioning &) const override
    {
        return std::vector<float>(xt.size(), 0.f);
    }

private:
    DiffusionSchedule m_schedule;
};

struct Moments
{
    double mean = 0, std = 0;
};

Moments momentsOf(const std::vector<float> &v)
{
    double sum = 0, sq = 0;
    for (float x : v) {
        sum += x;
        sq += double(x) * x;
    }
    Moments m;
    m.mean = sum / double(v.size());
    m.std = std::sqrt(sq / double(v.size()) - m.mean * m.mean);
    return m;
}

double maxOdeError(const GaussianDenoiser &d, const SamplingRun &run)
{
    const std::vector<float> &start = run.steps.front().x, &end = run.finalImages();
    double worst = 0;
    for (std::size_t i = 0; i < end.size(); ++i)
        worst = std::max(worst, std::abs(end[i] - d.odeEnd(start[i])));
    return worst;
}

bool sameBits(const std::vector<float> &a, const std::vector<float> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

bool sameRuns(const SamplingRun &a, const SamplingRun &b)
{
    if (a.steps.size() != b.steps.size() || a.timesteps != b.timesteps)
        return false;
    for (std::size_t i = 0; i < a.steps.size(); ++i)
        if (!sameBits(a.steps[i].x, b.steps[i].x) || !sameBits(a.steps[i].x0hat, b.steps[i].x0hat))
            return false;
    return true;
}

SamplerSettings settingsFor(SamplerKind kind, int steps, int count = 16, std::uint64_t seed = 3)
{
    SamplerSettings s;
    s.kind = kind;
    s.steps = steps;
    s.count = count;
    s.seed = seed;
    return s;
}

constexpr double kMu = 0.3, kS = 0.5;

} // namespace

class TestSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestepGrid()
    {
        const std::vector<int> full = samplerTimesteps(1000, 1000);
        QCOMPARE(int(full.size()), 1001);
        for (int i = 0; i <= 1000; ++i)
            QCOMPARE(full[i], 1000 - i);
        const std::vector<int> fifty = samplerTimesteps(1000, 50);
        QCOMPARE(int(fifty.size()), 51);
        for (int i = 0; i <= 50; ++i)
            QCOMPARE(fifty[i], 1000 - 20 * i);
        QCOMPARE(samplerTimesteps(10, 3), (std::vector<int>{10, 7, 3, 0}));
        QCOMPARE(samplerTimesteps(1000, 3), (std::vector<int>{1000, 667, 333, 0}));
        QCOMPARE(samplerTimesteps(1000, 1), (std::vector<int>{1000, 0}));
        // Strictly decreasing for every step count.
        for (int steps : {7, 13, 333, 999}) {
            const auto ts = samplerTimesteps(1000, steps);
            QCOMPARE(ts.front(), 1000);
            QCOMPARE(ts.back(), 0);
            for (std::size_t i = 1; i < ts.size(); ++i)
                QVERIFY(ts[i] < ts[i - 1]);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, samplerTimesteps(100, 101));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, samplerTimesteps(100, 0));
    }

    void startingNoiseIsPerImage()
    {
        const auto three = startingNoise(9, 3, 50);
        const auto two = startingNoise(9, 2, 50);
        QCOMPARE(three.size(), std::size_t(150));
        QVERIFY(sameBits(two, std::vector<float>(three.begin(), three.begin() + 100)));
        QVERIFY(startingNoise(10, 1, 50) != startingNoise(9, 1, 50));
        // 50176 draws: the mean within 4 standard errors (0.0045) of 0.
        const Moments m = momentsOf(startingNoise(1, 64, 784));
        QVERIFY(std::abs(m.mean) < 0.018);
        QVERIFY(std::abs(m.std - 1) < 0.01);
    }

    // Each sampler turns noise into the data distribution N(μ, s²).
    void samplersReachTheData_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("eta");
        // 32 images, 25088 values: the mean has a standard error of 0.0032 (within 0.02 of μ), the
        // std one of 0.45 % (relative). stdTolerance: DDPM over all T steps and DPM-Solver++ are
        // within 0.5 % of s on average over seeds (2.5 %: that and 4 standard errors); the first-order
        // samplers at 50-100 steps shrink the spread by 3-4 % on this data (see the ODE test).
        QTest::addColumn<double>("stdTolerance");
        QTest::addRow("ddpm 1000") << int(SamplerKind::Ddpm) << 1000 << 0.0 << 0.025;
        QTest::addRow("ddpm 100 strided") << int(SamplerKind::Ddpm) << 100 << 0.0 << 0.06;
        QTest::addRow("ddim 50") << int(SamplerKind::Ddim) << 50 << 0.0 << 0.06;
        QTest::addRow("ddim 50 eta 0.5") << int(SamplerKind::Ddim) << 50 << 0.5 << 0.07;
        QTest::addRow("dpm 20") << int(SamplerKind::DpmSolver2M) << 20 << 0.0 << 0.025;
    }

    void samplersReachTheData()
    {
        QFETCH(int, kind);
        QFETCH(int, steps);
        QFETCH(double, eta);
        QFETCH(double, stdTolerance);
        const GaussianDenoiser d(kMu, kS);
        SamplerSettings s = settingsFor(SamplerKind(kind), steps, 32);
        s.eta = eta;
        const SamplingRun run = sample(d, s);
        QCOMPARE(d.calls, steps);
        const Moments m = momentsOf(run.finalImages());
        qInfo("%s: mean %.4f (μ %.2f), std %.4f (s %.2f)", QTest::currentDataTag(), m.mean, kMu, m.std, kS);
        QVERIFY(std::abs(m.mean - kMu) < 0.02);
        QVERIFY(std::abs(m.std / kS - 1) < stdTolerance);
        // A sampler that did nothing would leave N(0, 1).
        const Moments start = momentsOf(run.steps.front().x);
        QVERIFY(std::abs(start.std - 1) < 0.02);
    }

    // The deterministic samplers follow the ODE whose end is known per value.
    void deterministicSamplersSolveTheOde()
    {
        const GaussianDenoiser d(kMu, kS);
        const double ddim50 = maxOdeError(d, sample(d, settingsFor(SamplerKind::Ddim, 50, 4)));
        const double dpm20 = maxOdeError(d, sample(d, settingsFor(SamplerKind::DpmSolver2M, 20, 4)));
        const double ddim10 = maxOdeError(d, sample(d, settingsFor(SamplerKind::Ddim, 10, 4)));
        const double dpm10 = maxOdeError(d, sample(d, settingsFor(SamplerKind::DpmSolver2M, 10, 4)));
        const double ddim200 = maxOdeError(d, sample(d, settingsFor(SamplerKind::Ddim, 200, 4)));
        qInfo("max |x0 - ODE end|: DDIM 10 %.5f, 50 %.5f, 200 %.5f; DPM-Solver++ 10 %.5f, 20 %.5f", ddim10,
              ddim50, ddim200, dpm10, dpm20);
        // (Measured: DDIM 10 0.255, 50 0.054, 200 0.014; DPM-Solver++ 10 0.085, 20 0.005, with values of
        // x_T up to about 4.)
        QVERIFY(ddim50 < 0.08);
        QVERIFY(dpm20 < 0.01);
        // DDIM is first order: four times the steps, about a quarter of the error.
        QVERIFY(ddim200 < ddim50 / 3 && ddim50 < ddim10 / 3);
        // The second order pays: DPM-Solver++ beats DDIM at 10 steps, and at 20 steps DDIM at 50.
        QVERIFY(dpm10 < ddim10 / 2);
        QVERIFY(dpm20 < ddim50 / 4);
    }

    void ddimEtaOneIsDdpm()
    {
        const GaussianDenoiser d(kMu, kS);
        const SamplingRun ddpm = sample(d, settingsFor(SamplerKind::Ddpm, 100, 4));
        SamplerSettings s = settingsFor(SamplerKind::Ddim, 100, 4);
        s.eta = 1;
        const SamplingRun ddim = sample(d, s);
        double worst = 0;
        for (std::size_t i = 0; i < ddpm.finalImages().size(); ++i)
            worst = std::max(worst, double(std::abs(ddpm.finalImages()[i] - ddim.finalImages()[i])));
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
        // And the noise matters: DDIM η 0 from the same start ends elsewhere.
        const SamplingRun deterministic = sample(d, settingsFor(SamplerKind::Ddim, 100, 4));
        QVERIFY(std::abs(deterministic.finalImages()[0] - ddpm.finalImages()[0]) > 1e-3 ||
                std::abs(deterministic.finalImages()[1] - ddpm.finalImages()[1]) > 1e-3);
    }

    void sameSeedSameBits()
    {
        const GaussianDenoiser d(kMu, kS);
        for (SamplerKind k : {SamplerKind::Ddpm, SamplerKind::Ddim, SamplerKind::DpmSolver2M}) {
            SamplerSettings s = settingsFor(k, 40, 3);
            s.eta = 0.7;
            QVERIFY(sameRuns(sample(d, s), sample(d, s)));
            SamplerSettings other = s;
            other.seed = 4;
            QVERIFY(!sameBits(sample(d, s).finalImages(), sample(d, other).finalImages()));
        }
    }

    void ddimEtaZeroIsDeterministic()
    {
        const GaussianDenoiser d(kMu, kS);
        SamplerSettings a = settingsFor(SamplerKind::Ddim, 25, 2, 1);
        a.initialNoise = startingNoise(77, 2, d.imageValues());
        SamplerSettings b = a;
        b.seed = 2; // the seed only picks noise, and η 0 draws none after the start
        QVERIFY(sameRuns(sample(d, a), sample(d, b)));
        QVERIFY(sameBits(sample(d, a).steps[0].x, a.initialNoise));
        // DDPM draws noise at every step: the seed matters even from the same start.
        a.kind = b.kind = SamplerKind::Ddpm;
        QVERIFY(!sameBits(sample(d, a).finalImages(), sample(d, b).finalImages()));
    }

    // An image's noise depends on (seed, image, step) only: a larger batch starts with the same images.
    void imagesDoNotDependOnTheBatch()
    {
        const GaussianDenoiser d(kMu, kS);
        const SamplingRun two = sample(d, settingsFor(SamplerKind::Ddpm, 50, 2));
        const SamplingRun three = sample(d, settingsFor(SamplerKind::Ddpm, 50, 3));
        const std::size_t n = 2 * d.imageValues();
        QVERIFY(
            sameBits(two.finalImages(), std::vector<float>(three.finalImages().begin(),
                                                           three.finalImages().begin() + std::ptrdiff_t(n))));
    }

    void branchWithTheParentsSettingsIsTheParent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("k");
        for (SamplerKind kind : {SamplerKind::Ddpm, SamplerKind::Ddim, SamplerKind::DpmSolver2M})
            for (int k : {0, 1, 17, 29})
                QTest::addRow("%s k %d", samplerName(kind).c_str(), k) << int(kind) << k;
    }

    void branchWithTheParentsSettingsIsTheParent()
    {
        QFETCH(int, kind);
        QFETCH(int, k);
        const GaussianDenoiser d(kMu, kS, DiffusionSchedule(NoiseSchedule::Linear, 300), 8, 1);
        SamplerSettings s = settingsFor(SamplerKind(kind), 30, 3);
        s.eta = 0.6;
        const SamplingRun parent = sample(d, s);
        d.calls = 0;
        int streamed = 0;
        const SamplingRun child = branch(d, parent, k, s, {}, [&](const DenoisingStep &step) {
            QCOMPARE(step.index, k + 1 + streamed);
            ++streamed;
        });
        QCOMPARE(d.calls, 30 - k); // steps up to k are not recomputed
        QCOMPARE(streamed, 30 - k);
        QCOMPARE(child.branchedAt, k);
        QVERIFY(sameRuns(parent, child));
    }

    void branchWithAnotherSeedDiffersAfterK()
    {
        const GaussianDenoiser d(kMu, kS, DiffusionSchedule(NoiseSchedule::Cosine, 200), 8);
        const SamplingRun parent = sample(d, settingsFor(SamplerKind::Ddpm, 50, 2, 1));
        const int k = 20;
        const SamplingRun child = branch(d, parent, k, settingsFor(SamplerKind::Ddpm, 50, 2, 2));
        QCOMPARE(child.timesteps, parent.timesteps);
        QCOMPARE(child.steps.size(), parent.steps.size());
        for (int i = 0; i <= k; ++i)
            QVERIFY(sameBits(child.steps[i].x, parent.steps[i].x));
        // Step k + 1 predicts from the shared x_{t_k}, then draws the new seed's noise.
        QVERIFY(sameBits(child.steps[k + 1].x0hat, parent.steps[k + 1].x0hat));
        QVERIFY(!sameBits(child.steps[k + 1].x, parent.steps[k + 1].x));
        QVERIFY(!sameBits(child.finalImages(), parent.finalImages()));
        QCOMPARE(child.settings.seed, std::uint64_t(2));
    }

    void branchSwitchesSampler()
    {
        const GaussianDenoiser d(kMu, kS);
        const SamplingRun parent = sample(d, settingsFor(SamplerKind::Ddpm, 40, 8));
        SamplerSettings s = settingsFor(SamplerKind::DpmSolver2M, 999, 1); // steps and count: the parent's
        const SamplingRun child = branch(d, parent, 10, s);
        QCOMPARE(child.settings.steps, 40);
        QCOMPARE(child.settings.count, 8);
        QCOMPARE(child.settings.kind, SamplerKind::DpmSolver2M);
        QCOMPARE(child.steps.back().t, 0);
        const Moments m = momentsOf(child.finalImages());
        QVERIFY(std::abs(m.mean - kMu) < 0.05);
        QVERIFY(std::abs(m.std / kS - 1) < 0.1);
    }

    void branchRejectsBadInput()
    {
        const GaussianDenoiser d(kMu, kS);
        const SamplingRun parent = sample(d, settingsFor(SamplerKind::Ddim, 10, 1));
        const SamplerSettings s = settingsFor(SamplerKind::Ddim, 10, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, branch(d, parent, 10, s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, branch(d, parent, -1, s));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, branch(d, SamplingRun{}, 0, s));
        const GaussianDenoiser other(kMu, kS, DiffusionSchedule(NoiseSchedule::Cosine, 500));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, branch(other, parent, 3, s));
        SamplerSettings bad = s;
        bad.guidance = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, branch(d, parent, 3, bad));
    }

    void stepRecords()
    {
        const GaussianDenoiser d(kMu, kS, DiffusionSchedule(NoiseSchedule::Cosine, 100), 6);
        std::vector<int> streamed;
        double lastProgress = -1;
        RunContext ctx;
        ctx.onProgress = [&](double f, std::string_view) {
            QVERIFY(f >= lastProgress);
            lastProgress = f;
        };
        const SamplingRun run = sample(d, settingsFor(SamplerKind::Ddim, 10, 2), ctx,
                                       [&](const DenoisingStep &s) { streamed.push_back(s.index); });
        QCOMPARE(streamed, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(lastProgress, 1.0);
        QCOMPARE(run.steps.size(), std::size_t(11));
        QCOMPARE(run.timesteps, samplerTimesteps(100, 10));
        QCOMPARE(run.imageValues, 36);
        QCOMPARE(run.channels, 1);
        QCOMPARE(run.height, 6);
        QCOMPARE(run.branchedAt, -1);
        QVERIFY(run.seconds >= 0);
        QVERIFY(run.steps[0].x0hat.empty());
        QCOMPARE(run.steps[0].t, 100);
        for (int i = 1; i <= 10; ++i) {
            const DenoisingStep &s = run.steps[i];
            QCOMPARE(s.index, i);
            QCOMPARE(s.fromT, run.timesteps[i - 1]);
            QCOMPARE(s.t, run.timesteps[i]);
            QCOMPARE(s.alphaBar, d.schedule().alphaBar(s.t));
            QCOMPARE(s.sigma, d.schedule().sigma(s.t));
            QCOMPARE(s.x.size(), std::size_t(72));
            QCOMPARE(s.x0hat.size(), std::size_t(72));
            QVERIFY(s.milliseconds >= 0);
        }
        QCOMPARE(run.steps.back().sigma, 0.0);
        QCOMPARE(run.steps.back().alphaBar, 1.0);
        // The last step returns x̂0 for every sampler.
        for (SamplerKind k : {SamplerKind::Ddpm, SamplerKind::Ddim, SamplerKind::DpmSolver2M}) {
            const SamplingRun r = sample(d, settingsFor(k, 7, 2));
            QVERIFY(sameBits(r.steps.back().x, r.steps.back().x0hat));
        }
    }

    // Images: x̂0 is clipped to [-1, 1] at every step, so the result is in range even when the data is not.
    void imagesAreClipped()
    {
        const GaussianDenoiser wide(0.5, 1.0, DiffusionSchedule(), 8, 1);
        for (SamplerKind k : {SamplerKind::Ddpm, SamplerKind::Ddim, SamplerKind::DpmSolver2M}) {
            const SamplingRun run = sample(wide, settingsFor(k, 20, 8));
            for (std::size_t i = 1; i < run.steps.size(); ++i)
                for (float v : run.steps[i].x0hat)
                    QVERIFY(v >= -1 && v <= 1);
            int atEdge = 0;
            for (float v : run.finalImages())
                atEdge += v == 1.f;
            QVERIFY(atEdge > 0); // N(0.5, 1) data has mass beyond 1: clipping was needed
        }
        // Unclipped, the same model leaves [-1, 1].
        const GaussianDenoiser unclipped(0.5, 1.0, DiffusionSchedule(), 8, 0);
        float top = -10;
        for (float v : sample(unclipped, settingsFor(SamplerKind::Ddim, 20, 8)).finalImages())
            top = std::max(top, v);
        QVERIFY(top > 1.5);
    }

    void cancelStops()
    {
        const GaussianDenoiser d(kMu, kS);
        std::stop_source stop;
        RunContext ctx;
        ctx.stop = stop.get_token();
        int steps = 0;
        QVERIFY_THROWS_EXCEPTION(
            Canceled, sample(d, settingsFor(SamplerKind::Ddpm, 100, 1), ctx, [&](const DenoisingStep &) {
                if (++steps == 5)
                    stop.request_stop();
            }));
        QCOMPARE(steps, 5);
        QCOMPARE(d.calls, 4);
    }

    void conditioningReachesTheDenoiser()
    {
        const RecordingDenoiser d;
        SamplerSettings s = settingsFor(SamplerKind::Ddim, 5, 2);
        s.classLabel = 7;
        s.guidance = 3;
        sample(d, s);
        QCOMPARE(int(d.seen.size()), 5); // one call per step: guidance is the model's business
        QCOMPARE(d.times, (std::vector<int>{100, 80, 60, 40, 20}));
        for (const Conditioning &c : d.seen) {
            QCOMPARE(c.labels, std::vector<int>{7});
            QVERIFY(c.blendTo.empty());
            QCOMPARE(c.guidance, 3.0);
        }
        QCOMPARE(d.counts, std::vector<int>(5, 2));

        d.seen.clear();
        s.classes = {1, 4};
        s.blendClass = 9;
        s.blend = 0.25f;
        s.guidance = 0;
        sample(d, s);
        QCOMPARE(d.seen.back().labels, (std::vector<int>{1, 4}));
        QCOMPARE(d.seen.back().blendTo, (std::vector<int>{9, 9}));
        QCOMPARE(d.seen.back().blend, 0.25f);
        QCOMPARE(d.seen.back().guidance, 0.0);

        d.seen.clear();
        sample(d, settingsFor(SamplerKind::DpmSolver2M, 3, 1));
        QVERIFY(d.seen.back().labels.empty());

        // A branch takes its own class and guidance.
        const SamplingRun parent = sample(d, s);
        SamplerSettings b = s;
        b.classes.clear();
        b.classLabel = 2;
        b.blendClass = -1;
        b.guidance = 7;
        d.seen.clear();
        branch(d, parent, 2, b);
        QCOMPARE(int(d.seen.size()), 3);
        QCOMPARE(d.seen.back().labels, std::vector<int>{2});
        QCOMPARE(d.seen.back().guidance, 7.0);
    }

    void validateNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("steps 0") << "steps=0"
                                 << "steps: 0 is outside 1..100 (the model's T)";
        QTest::addRow("steps > T") << "steps=101"
                                   << "steps: 101 is outside 1..100 (the model's T)";
        QTest::addRow("eta") << "eta=1.5"
                             << "eta: 1.5 is outside 0..1";
        QTest::addRow("count 0") << "count=0"
                                 << "count: 0 is outside 1..256";
        QTest::addRow("count 257") << "count=257"
                                   << "count: 257 is outside 1..256";
        QTest::addRow("guidance") << "guidance=31"
                                  << "guidance: 31 is outside 0..30";
        QTest::addRow("guidance nan") << "guidance=nan"
                                      << "guidance: nan is outside 0..30";
        QTest::addRow("class") << "class=10"
                               << "class: 10 is outside 0..9 (or -1: none)";
        QTest::addRow("class -2") << "class=-2"
                                  << "class: -2 is outside 0..9 (or -1: none)";
        QTest::addRow("classes count") << "classes=3"
                                       << "classes: 3 given for 2 images";
        QTest::addRow("blend class") << "blendClass=12"
                                     << "blend class: 12 is outside 0..9 (or -1: none)";
        QTest::addRow("noise") << "noise=5"
                               << "initial noise: 5 values, expected 96 (2 images of 48)";
        QTest::addRow("unconditional") << "unconditional"
                                       << "class: the model is unconditional and takes no class";
    }

    void validateNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const RecordingDenoiser conditional;
        const GaussianDenoiser unconditional(0, 1, DiffusionSchedule(NoiseSchedule::Linear, 100), 4);
        SamplerSettings s = settingsFor(SamplerKind::Ddim, 10, 2);
        QCOMPARE(QString::fromStdString(s.validate(conditional)), QString());
        const Denoiser *d = &conditional;
        if (field == "steps=0")
            s.steps = 0;
        else if (field == "steps=101")
            s.steps = 101;
        else if (field == "eta=1.5")
            s.eta = 1.5;
        else if (field == "count=0")
            s.count = 0;
        else if (field == "count=257")
            s.count = 257;
        else if (field == "guidance=31")
            s.guidance = 31;
        else if (field == "guidance=nan")
            s.guidance = std::nan("");
        else if (field == "class=10")
            s.classLabel = 10;
        else if (field == "class=-2")
            s.classLabel = -2;
        else if (field == "classes=3")
            s.classes = {1, 2, 3};
        else if (field == "blendClass=12") {
            s.classLabel = 1;
            s.blendClass = 12;
        } else if (field == "noise=5")
            s.initialNoise.assign(5, 0.f);
        else if (field == "unconditional") {
            s.classLabel = 3;
            d = &unconditional;
        }
        const std::string message = s.validate(*d);
        QCOMPARE(QString::fromStdString(message), expected);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sample(*d, s));
    }

    void pointsMayBeMany()
    {
        // A 2-D toy (1 x 1 images) samples thousands of points.
        class Points : public Denoiser
        {
        public:
            int channels() const override { return 2; }
            int height() const override { return 1; }
            int width() const override { return 1; }
            int classCount() const override { return 0; }
            const DiffusionSchedule &schedule() const override { return m_schedule; }
            double predictionClip() const override { return 0; }
            std::vector<float> predictNoise(const std::vector<float> &xt, int, int,
                                            const Conditioning &) const override
            {
                return std::vector<float>(xt.size(), 0.f);
            }
            DiffusionSchedule m_schedule{NoiseSchedule::Linear, 100};
        } points;
        SamplerSettings s = settingsFor(SamplerKind::Ddim, 10, kMaxSamplePoints);
        QCOMPARE(QString::fromStdString(s.validate(points)), QString());
        QCOMPARE(sample(points, s).finalImages().size(), std::size_t(2 * kMaxSamplePoints));
        s.count = kMaxSamplePoints + 1;
        QVERIFY(!s.validate(points).empty());
    }

    void namesAndDescription()
    {
        for (SamplerKind k : {SamplerKind::Ddpm, SamplerKind::Ddim, SamplerKind::DpmSolver2M}) {
            SamplerKind parsed = SamplerKind::Ddim;
            QVERIFY(parseSampler(samplerName(k), &parsed));
            QCOMPARE(parsed, k);
        }
        QCOMPARE(samplerName(SamplerKind::DpmSolver2M), std::string("dpm"));
        SamplerKind parsed = SamplerKind::Ddpm;
        QVERIFY(parseSampler("dpm-solver", &parsed));
        QCOMPARE(parsed, SamplerKind::DpmSolver2M);
        parsed = SamplerKind::Ddpm;
        QVERIFY(parseSampler("DPM++", &parsed));
        QCOMPARE(parsed, SamplerKind::DpmSolver2M);
        QVERIFY(!parseSampler("euler", &parsed));

        SamplerSettings s;
        s.classLabel = 7;
        s.guidance = 3;
        QCOMPARE(QString::fromStdString(s.describe()),
                 QString::fromUtf8("DDIM η 0, 50 steps, seed 1, class 7, guidance 3"));
        s = SamplerSettings{};
        s.kind = SamplerKind::Ddpm;
        s.steps = 1000;
        s.count = 4;
        QCOMPARE(QString::fromStdString(s.describe()), QString("DDPM, 1000 steps, seed 1, 4 images"));
        s.kind = SamplerKind::DpmSolver2M;
        s.steps = 20;
        s.count = 1;
        s.classLabel = 2;
        s.blendClass = 5;
        s.blend = 0.5f;
        QCOMPARE(
            QString::fromStdString(s.describe()),
            QString("DPM-Solver++ (2M), 20 steps, seed 1, class 2, blend 0.5 towards class 5, guidance 1"));
    }

    void slerpBetweenNoises()
    {
        const std::vector<float> a{1, 0, 0, 2}, b{0, 1, 2, 0};
        QVERIFY(sameBits(slerp(a, b, 0, 2), a));
        const auto end = slerp(a, b, 1, 2);
        for (std::size_t i = 0; i < 4; ++i)
            QVERIFY(std::abs(end[i] - b[i]) < 1e-6);
        // Per image: each 2-vector turns by its own angle and keeps its length (orthogonal, same norm).
        const auto mid = slerp(a, b, 0.5, 2);
        QVERIFY(std::abs(mid[0] - std::sqrt(0.5f)) < 1e-6 && std::abs(mid[1] - std::sqrt(0.5f)) < 1e-6);
        QVERIFY(std::abs(mid[2] - std::sqrt(2.f)) < 1e-5 && std::abs(mid[3] - std::sqrt(2.f)) < 1e-5);
        // Two Gaussian noises: the slerp keeps the norm where the straight line loses ~30 %.
        const auto n1 = startingNoise(1, 1, 4096), n2 = startingNoise(2, 1, 4096);
        const Moments m = momentsOf(slerp(n1, n2, 0.5));
        QVERIFY(std::abs(m.std - 1) < 0.03);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, slerp(a, std::vector<float>{1, 2}, 0.5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, slerp(a, b, 0.5, 3));
    }

    void toImageMapsModelSpace()
    {
        // Two 1x2 RGB images, planar.
        std::vector<float> batch(12, 0.f);
        const std::vector<float> second{-1, 1, 0, 0.5f, 3, -3};
        std::copy(second.begin(), second.end(), batch.begin() + 6);
        const Image img = toImage(batch, 1, 3, 1, 2);
        QCOMPARE(img.width, 2);
        QCOMPARE(img.height, 1);
        QCOMPARE(img.channels, 3);
        // Pixel 0: R -1, G 0, B 3 -> 0, 128, 255; pixel 1: R 1, G 0.5, B -3 -> 255, 191, 0.
        QCOMPARE(img.pixels, (std::vector<std::uint8_t>{0, 128, 255, 255, 191, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, toImage(batch, 2, 3, 1, 2));
    }

    // What a step costs besides the model: a 28x28 image at batch 1. Loose bounds (a shared machine);
    // the figures are printed for the record.
    void stepOverheadIsSmall()
    {
        const TrivialDenoiser d;
        auto msPerStep = [&](SamplerKind kind, int steps) {
            const SamplerSettings s = settingsFor(kind, steps, 1);
            const auto start = std::chrono::steady_clock::now();
            sample(d, s);
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                       .count() /
                   steps;
        };
        msPerStep(SamplerKind::Ddpm, 100); // warm up
        const double ddpm = msPerStep(SamplerKind::Ddpm, 1000);
        const double ddim = msPerStep(SamplerKind::Ddim, 50);
        const double ddimEta = [&] {
            SamplerSettings s = settingsFor(SamplerKind::Ddim, 1000, 1);
            s.eta = 0.5;
            const auto start = std::chrono::steady_clock::now();
            sample(d, s);
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                       .count() /
                   1000;
        }();
        const double dpm = msPerStep(SamplerKind::DpmSolver2M, 20);
        qInfo(
            "sampler overhead per step (28x28, batch 1): DDPM %.4f ms, DDIM η 0 %.4f ms, DDIM η 0.5 %.4f ms, "
            "DPM-Solver++ %.4f ms",
            ddpm, ddim, ddimEta, dpm);
        QVERIFY(ddpm < 1.0);
        QVERIFY(ddim < 1.0);
        QVERIFY(dpm < 1.0);
    }
};

QTEST_APPLESS_MAIN(TestSampler)
#include "tst_sampler.moc"
