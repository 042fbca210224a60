#include "engine/diffusion/sampler.h"

#include "engine/base/asciistring.h"

#include "engine/diffusion/detail/gaussiannoise.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::diffusion {

namespace {

using Clock = std::chrono::steady_clock;

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string range(double lo, double hi)
{
    return number(lo) + ".." + number(hi);
}

int maxCount(const Denoiser &denoiser)
{
    return denoiser.height() == 1 && denoiser.width() == 1 ? kMaxSamplePoints : kMaxSampleImages;
}

std::string checkClass(const char *field, int c, int classCount)
{
    if (c < 0 || c >= classCount)
        return std::string(field) + ": " + std::to_string(c) + " is outside 0.." +
               std::to_string(classCount - 1);
    return {};
}

Conditioning conditioningOf(const SamplerSettings &s)
{
    Conditioning c;
    if (!s.classes.empty())
        c.labels = s.classes;
    else if (s.classLabel >= 0)
        c.labels = {s.classLabel};
    if (!c.labels.empty() && s.blendClass >= 0 && s.blend > 0) {
        c.blendTo.assign(c.labels.size(), s.blendClass);
        c.blend = s.blend;
    }
    c.guidance = s.guidance;
    return c;
}

// One update x' = a0 · x̂0 + a1 · x̂0(previous step) + b · x + s · z, z ~ N(0, I): every sampler's step
// in this form, so the elementwise part is one loop.
struct Update
{
    double a0 = 0, a1 = 0, b = 0, s = 0;
};

// DDPM's posterior q(x_{t'} | x_t, x̂0) over a (possibly strided) grid, and DDIM with η, both written
// through x̂0 and x_t. DDIM's ε̂ is the one x̂0 implies (ε̂ = (x_t - sqrt(ᾱ) x̂0) / sqrt(1 - ᾱ)), so a
// clipped x̂0 moves it too, and η = 1 is DDPM's posterior exactly (the coefficients agree algebraically).
Update ddimUpdate(double ab, double abNext, double eta, bool posterior)
{
    const double alphaStep = ab / abNext;
    const double variance = (1 - abNext) / (1 - ab) * (1 - alphaStep);
    Update u;
    if (posterior) {
        u.a0 = std::sqrt(abNext) * (1 - alphaStep) / (1 - ab);
        u.b = std::sqrt(alphaStep) * (1 - abNext) / (1 - ab);
        u.s = std::sqrt(std::max(0.0, variance));
        return u;
    }
    u.s = eta * std::sqrt(std::max(0.0, variance));
    const double direction = std::sqrt(std::max(0.0, 1 - abNext - u.s * u.s));
    const double sigmaT = std::sqrt(1 - ab);
    u.b = direction / sigmaT;
    u.a0 = std::sqrt(abNext) - direction * std::sqrt(ab) / sigmaT;
    return u;
}

// DPM-Solver++ (2M) (Lu et al. 2022, multistep, data prediction) in λ = ln(α/σ):
//   x' = (σ'/σ) x - α' (e^{-h} - 1) D,  h = λ' - λ,
//   D = x̂0 (first order), or (1 + 1/(2r)) x̂0 - 1/(2r) x̂0_prev with r = h_prev / h.
Update dpmUpdate(const DiffusionSchedule &schedule, int tPrev, int t, int tNext, bool secondOrder)
{
    auto lambda = [&](int s) { return 0.5 * schedule.logSnr(s); };
    const double h = lambda(tNext) - lambda(t);
    const double phi = schedule.signal(tNext) * -std::expm1(-h); // -α' (e^{-h} - 1)
    Update u;
    u.b = schedule.noise(tNext) / schedule.noise(t);
    u.a0 = phi;
    if (secondOrder) {
        const double r = (lambda(t) - lambda(tPrev)) / h;
        u.a0 = phi * (1 + 1 / (2 * r));
        u.a1 = -phi / (2 * r);
    }
    return u;
}

void drawStepNoise(std::uint64_t seed, int stepIndex, int count, std::size_t imageValues, float *out)
{
    const std::uint64_t stepSeed =
        detail::mixSeed(detail::mixSeed(seed, detail::kSaltStepNoise), std::uint64_t(stepIndex));
    for (int image = 0; image < count; ++image) {
        detail::SplitMix64 rng(detail::mixSeed(stepSeed, std::uint64_t(image)));
        detail::fillStandardNormal(rng, out + std::size_t(image) * imageValues, imageValues);
    }
}

DenoisingStep startStep(const DiffusionSchedule &schedule, int T, std::vector<float> noise)
{
    DenoisingStep s;
    s.index = 0;
    s.t = T;
    s.fromT = T;
    s.sigma = schedule.sigma(T);
    s.alphaBar = schedule.alphaBar(T);
    s.x = std::move(noise);
    return s;
}

// Runs the steps after run.steps.back() to the end of run.timesteps with run.settings.
void continueRun(const Denoiser &denoiser, SamplingRun &run, const RunContext &ctx,
                 const StepCallback &onStep)
{
    const DiffusionSchedule &schedule = denoiser.schedule();
    const SamplerSettings &settings = run.settings;
    const Conditioning conditioning = conditioningOf(settings);
    const int count = settings.count;
    const std::size_t imageValues = denoiser.imageValues();
    const std::size_t n = imageValues * std::size_t(count);
    const int last = int(run.timesteps.size()) - 1;
    const float clip = float(denoiser.predictionClip());
    std::vector<float> z;
    run.steps.reserve(std::size_t(last) + 1);

    const auto runStart = Clock::now();
    for (int i = int(run.steps.size()); i <= last; ++i) {
        const auto stepStart = Clock::now();
        ctx.checkpoint();
        const int t = run.timesteps[i - 1], tNext = run.timesteps[i];
        const std::vector<float> &x = run.steps[i - 1].x;
        const std::vector<float> eps = denoiser.predictNoise(x, count, t, conditioning);
        if (eps.size() != n)
            throw std::runtime_error("the model returned " + std::to_string(eps.size()) + " values for " +
                                     std::to_string(n));

        DenoisingStep step;
        step.index = i;
        step.t = tNext;
        step.fromT = t;
        step.sigma = schedule.sigma(tNext);
        step.alphaBar = schedule.alphaBar(tNext);

        // x̂0 = (x_t - sqrt(1 - ᾱ) ε̂) / sqrt(ᾱ), clipped to the data's range.
        step.x0hat.resize(n);
        {
            const float inv = float(1 / schedule.signal(t));
            const float epsScale = float(schedule.noise(t) / schedule.signal(t));
            float *x0 = step.x0hat.data();
            bool finite = true;
            for (std::size_t j = 0; j < n; ++j) {
                const float v = x[j] * inv - eps[j] * epsScale;
                finite = finite && std::isfinite(v);
                x0[j] = v;
            }
            if (!finite)
                throw std::runtime_error("the model's prediction at t = " + std::to_string(t) +
                                         " is not finite");
            if (clip > 0)
                for (std::size_t j = 0; j < n; ++j)
                    x0[j] = std::clamp(x0[j], -clip, clip);
        }

        if (tNext == 0) {
            // The last step of every sampler: to t = 0 the posterior has no noise, x = x̂0.
            step.x = step.x0hat;
        } else {
            Update u;
            const std::vector<float> *previous = nullptr;
            switch (settings.kind) {
            case SamplerKind::Ddpm:
                u = ddimUpdate(schedule.alphaBar(t), schedule.alphaBar(tNext), 1, true);
                break;
            case SamplerKind::Ddim:
                u = ddimUpdate(schedule.alphaBar(t), schedule.alphaBar(tNext), settings.eta, false);
                break;
            case SamplerKind::DpmSolver2M: {
                // First order on the first step (no history yet); a branch's history is its parent's.
                const bool secondOrder = i >= 2 && run.steps[i - 1].x0hat.size() == n;
                u = dpmUpdate(schedule, secondOrder ? run.timesteps[i - 2] : t, t, tNext, secondOrder);
                if (secondOrder)
                    previous = &run.steps[i - 1].x0hat;
                break;
            }
            }
            if (u.s > 0) {
                z.resize(n);
                drawStepNoise(settings.seed, i, count, imageValues, z.data());
            }
            step.x.resize(n);
            const float a0 = float(u.a0), a1 = float(u.a1), b = float(u.b), s = float(u.s);
            const float *x0 = step.x0hat.data();
            float *out = step.x.data();
            if (previous && u.s > 0) {
                const float *p = previous->data();
                for (std::size_t j = 0; j < n; ++j)
                    out[j] = a0 * x0[j] + a1 * p[j] + b * x[j] + s * z[j];
            } else if (previous) {
                const float *p = previous->data();
                for (std::size_t j = 0; j < n; ++j)
                    out[j] = a0 * x0[j] + a1 * p[j] + b * x[j];
            } else if (u.s > 0) {
                for (std::size_t j = 0; j < n; ++j)
                    out[j] = a0 * x0[j] + b * x[j] + s * z[j];
            } else {
                for (std::size_t j = 0; j < n; ++j)
                    out[j] = a0 * x0[j] + b * x[j];
            }
        }
        step.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - stepStart).count();
        run.steps.push_back(std::move(step));
        if (onStep)
            onStep(run.steps.back());
        ctx.progress(double(i) / last, "denoising");
    }
    run.seconds = std::chrono::duration<double>(Clock::now() - runStart).count();
}

SamplingRun emptyRun(const Denoiser &denoiser, const SamplerSettings &settings)
{
    SamplingRun run;
    run.settings = settings;
    run.imageValues = int(denoiser.imageValues());
    run.channels = denoiser.channels();
    run.height = denoiser.height();
    run.width = denoiser.width();
    return run;
}

} // namespace

std::string samplerName(SamplerKind kind)
{
    switch (kind) {
    case SamplerKind::Ddpm:
        return "ddpm";
    case SamplerKind::Ddim:
        return "ddim";
    case SamplerKind::DpmSolver2M:
        return "dpm";
    }
    return "ddim";
}

bool parseSampler(const std::string &name, SamplerKind *out)
{
    const std::string lower = asciiLower(name);
    SamplerKind kind;
    if (lower == "ddpm")
        kind = SamplerKind::Ddpm;
    else if (lower == "ddim")
        kind = SamplerKind::Ddim;
    else if (lower == "dpm" || lower == "dpm-solver" || lower == "dpm++" || lower == "dpm-solver++" ||
             lower == "dpm-solver++2m" || lower == "dpm++2m")
        kind = SamplerKind::DpmSolver2M;
    else
        return false;
    if (out)
        *out = kind;
    return true;
}

std::string SamplerSettings::validate(const Denoiser &denoiser) const
{
    const int T = denoiser.schedule().timesteps();
    const int classCount = denoiser.classCount();
    if (kind != SamplerKind::Ddpm && kind != SamplerKind::Ddim && kind != SamplerKind::DpmSolver2M)
        return "sampler: unknown kind";
    if (steps < 1 || steps > T)
        return "steps: " + std::to_string(steps) + " is outside 1.." + std::to_string(T) + " (the model's T)";
    if (!(eta >= 0 && eta <= 1))
        return "eta: " + number(eta) + " is outside 0..1";
    const int maxImages = maxCount(denoiser);
    if (count < 1 || count > maxImages)
        return "count: " + std::to_string(count) + " is outside 1.." + std::to_string(maxImages);
    if (!(guidance >= 0 && guidance <= kMaxGuidance))
        return "guidance: " + number(guidance) + " is outside " + range(0, kMaxGuidance);
    // Every step is kept (x and x̂_0 of every image): bound the run's memory.
    const double keptValues = 2.0 * double(count) * double(steps + 1) * double(denoiser.imageValues());
    if (keptValues > double(kMaxKeptValues))
        return "count x steps: " + std::to_string(count) + " images x " + std::to_string(steps) +
               " steps would keep " + std::to_string(std::llround(keptValues * 4 / (1 << 20))) +
               " MB of steps (at most " + std::to_string(kMaxKeptValues * 4 / (1 << 20)) +
               " MB): take fewer images or steps";
    if (!(blend >= 0 && blend <= 1))
        return "blend: " + number(blend) + " is outside 0..1";
    const bool wantsClass = classLabel >= 0 || !classes.empty() || blendClass >= 0;
    if (classCount <= 0 && wantsClass)
        return "class: the model is unconditional and takes no class";
    if (classLabel != -1) {
        if (auto m = checkClass("class", classLabel, classCount); !m.empty())
            return m + " (or -1: none)";
    }
    if (!classes.empty()) {
        if (int(classes.size()) != count)
            return "classes: " + std::to_string(classes.size()) + " given for " + std::to_string(count) +
                   " images";
        for (int c : classes)
            if (auto m = checkClass("classes", c, classCount); !m.empty())
                return m;
    }
    if (blendClass != -1) {
        if (auto m = checkClass("blend class", blendClass, classCount); !m.empty())
            return m + " (or -1: none)";
        if (classLabel < 0 && classes.empty())
            return "blend class: blending needs a class to start from";
    }
    if (!initialNoise.empty()) {
        const std::size_t want = denoiser.imageValues() * std::size_t(count);
        if (initialNoise.size() != want)
            return "initial noise: " + std::to_string(initialNoise.size()) + " values, expected " +
                   std::to_string(want) + " (" + std::to_string(count) + " images of " +
                   std::to_string(denoiser.imageValues()) + ")";
        for (float v : initialNoise)
            if (!std::isfinite(v))
                return "initial noise: a value is not finite";
    }
    return {};
}

std::string SamplerSettings::describe() const
{
    std::string s;
    switch (kind) {
    case SamplerKind::Ddpm:
        s = "DDPM";
        break;
    case SamplerKind::Ddim:
        s = "DDIM η " + number(eta);
        break;
    case SamplerKind::DpmSolver2M:
        s = "DPM-Solver++ (2M)";
        break;
    }
    s += ", " + std::to_string(steps) + (steps == 1 ? " step" : " steps");
    s += initialNoise.empty() ? ", seed " + std::to_string(seed)
                              : ", given noise, seed " + std::to_string(seed);
    if (count > 1)
        s += ", " + std::to_string(count) + " images";
    if (!classes.empty()) {
        s += ", classes";
        for (std::size_t i = 0; i < classes.size() && i < 10; ++i)
            s += (i ? ", " : " ") + std::to_string(classes[i]);
        if (classes.size() > 10)
            s += ", ...";
    } else if (classLabel >= 0) {
        s += ", class " + std::to_string(classLabel);
    }
    if (classLabel >= 0 || !classes.empty()) {
        if (blendClass >= 0 && blend > 0)
            s += ", blend " + number(blend) + " towards class " + std::to_string(blendClass);
        s += ", guidance " + number(guidance);
    }
    return s;
}

std::vector<int> samplerTimesteps(int T, int steps)
{
    if (T < 1 || steps < 1 || steps > T)
        throw std::invalid_argument("sampler timesteps: " + std::to_string(steps) + " steps over T " +
                                    std::to_string(T));
    std::vector<int> ts(std::size_t(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        // round(T (steps - i) / steps) in integers: exact, halves rounded up.
        const std::int64_t num = std::int64_t(T) * (steps - i);
        ts[std::size_t(i)] = int((2 * num + steps) / (2 * std::int64_t(steps)));
    }
    return ts;
}

std::vector<float> startingNoise(std::uint64_t seed, int count, std::size_t imageValues)
{
    std::vector<float> noise(std::size_t(std::max(count, 0)) * imageValues);
    const std::uint64_t base = detail::mixSeed(seed, detail::kSaltStartingNoise);
    for (int image = 0; image < count; ++image) {
        detail::SplitMix64 rng(detail::mixSeed(base, std::uint64_t(image)));
        detail::fillStandardNormal(rng, noise.data() + std::size_t(image) * imageValues, imageValues);
    }
    return noise;
}

SamplingRun sample(const Denoiser &denoiser, const SamplerSettings &settings, const RunContext &ctx,
                   const StepCallback &onStep)
{
    if (const std::string problem = settings.validate(denoiser); !problem.empty())
        throw std::invalid_argument(problem);
    const int T = denoiser.schedule().timesteps();
    SamplingRun run = emptyRun(denoiser, settings);
    run.timesteps = samplerTimesteps(T, settings.steps);
    run.steps.reserve(std::size_t(settings.steps) + 1);
    run.steps.push_back(startStep(denoiser.schedule(), T,
                                  settings.initialNoise.empty()
                                      ? startingNoise(settings.seed, settings.count, denoiser.imageValues())
                                      : settings.initialNoise));
    if (onStep)
        onStep(run.steps.back());
    continueRun(denoiser, run, ctx, onStep);
    return run;
}

SamplingRun branch(const Denoiser &denoiser, const SamplingRun &parent, int k,
                   const SamplerSettings &settings, const RunContext &ctx, const StepCallback &onStep)
{
    const int parentSteps = int(parent.steps.size()) - 1;
    if (parentSteps < 1 || parent.timesteps.size() != parent.steps.size())
        throw std::invalid_argument("branch: the parent run is incomplete");
    if (k < 0 || k >= parentSteps)
        throw std::invalid_argument("branch: step " + std::to_string(k) + " is outside 0.." +
                                    std::to_string(parentSteps - 1));
    if (parent.timesteps.front() != denoiser.schedule().timesteps() ||
        parent.imageValues != int(denoiser.imageValues()))
        throw std::invalid_argument("branch: the parent run was made with another model");
    SamplerSettings s = settings;
    s.steps = parentSteps;
    s.count = parent.settings.count;
    s.initialNoise.clear();
    if (const std::string problem = s.validate(denoiser); !problem.empty())
        throw std::invalid_argument(problem);
    SamplingRun run = emptyRun(denoiser, s);
    run.timesteps = parent.timesteps;
    run.branchedAt = k;
    run.steps.reserve(parent.steps.size());
    run.steps.assign(parent.steps.begin(), parent.steps.begin() + k + 1);
    continueRun(denoiser, run, ctx, onStep);
    return run;
}

std::vector<float> slerp(const std::vector<float> &a, const std::vector<float> &b, double t,
                         std::size_t imageValues)
{
    if (a.size() != b.size())
        throw std::invalid_argument("slerp: the noises differ in size (" + std::to_string(a.size()) +
                                    " and " + std::to_string(b.size()) + ")");
    const std::size_t chunk = imageValues == 0 ? a.size() : imageValues;
    if (chunk == 0 || a.size() % chunk != 0)
        throw std::invalid_argument("slerp: " + std::to_string(a.size()) +
                                    " values are not whole images of " + std::to_string(chunk));
    std::vector<float> out(a.size());
    for (std::size_t start = 0; start < a.size(); start += chunk) {
        double dot = 0, na = 0, nb = 0;
        for (std::size_t i = start; i < start + chunk; ++i) {
            dot += double(a[i]) * b[i];
            na += double(a[i]) * a[i];
            nb += double(b[i]) * b[i];
        }
        double wa = 1 - t, wb = t; // nearly parallel (or a zero vector): the straight line
        if (na > 0 && nb > 0) {
            const double theta = std::acos(std::clamp(dot / std::sqrt(na * nb), -1.0, 1.0));
            const double sinTheta = std::sin(theta);
            if (sinTheta > 1e-6) {
                wa = std::sin((1 - t) * theta) / sinTheta;
                wb = std::sin(t * theta) / sinTheta;
            }
        }
        for (std::size_t i = start; i < start + chunk; ++i)
            out[i] = float(wa * a[i] + wb * b[i]);
    }
    return out;
}

Image toImage(const std::vector<float> &batch, int index, int channels, int height, int width)
{
    const std::size_t plane = std::size_t(std::max(height, 0)) * std::size_t(std::max(width, 0));
    const std::size_t values = plane * std::size_t(std::max(channels, 0));
    if (values == 0 || index < 0 || (std::size_t(index) + 1) * values > batch.size())
        throw std::invalid_argument("toImage: image " + std::to_string(index) + " of " +
                                    std::to_string(channels) + "x" + std::to_string(height) + "x" +
                                    std::to_string(width) + " is not in a batch of " +
                                    std::to_string(batch.size()) + " values");
    Image out(width, height, channels);
    const float *src = batch.data() + std::size_t(index) * values;
    for (int c = 0; c < channels; ++c) {
        for (std::size_t i = 0; i < plane; ++i) {
            float v = src[std::size_t(c) * plane + i];
            if (!std::isfinite(v))
                v = -1.f;
            out.pixels[i * channels + c] =
                std::uint8_t(std::lround(std::clamp((v + 1.f) * 0.5f, 0.f, 1.f) * 255.f));
        }
    }
    return out;
}

} // namespace genlab::engine::diffusion
