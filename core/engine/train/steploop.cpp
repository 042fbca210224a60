#include "engine/train/steploop.h"

#include "engine/io/checkpoint.h"
#include "engine/runtime/compute.h"
#include "engine/train/distributed.h"
#include "engine/train/events.h"

#include <c10/util/Exception.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <exception>
#include <new>
#include <vector>

namespace genlab::engine::train {

namespace {

bool isOutOfMemory(const std::string &what)
{
    return what.find("out of memory") != std::string::npos || what.find("can't allocate") != std::string::npos ||
           what.find("Cannot allocate") != std::string::npos;
}

} // namespace

Diverged::Diverged(std::string loss, std::int64_t step, bool isNan, std::string_view advice)
    : std::runtime_error(loss + " became " + (isNan ? "NaN" : "infinite") + " at step " + std::to_string(step) +
                         ". Training stopped before that step changed the weights; no checkpoint was written from it." +
                         (advice.empty() ? std::string() : " " + std::string(advice))),
      m_loss(std::move(loss)), m_step(step), m_isNan(isNan)
{
}

std::string Diverged::summary() const
{
    return m_loss + " became " + (m_isNan ? "NaN" : "infinite") + " at step " + std::to_string(m_step);
}

void checkFinite(double value, std::string_view name, std::int64_t step)
{
    // In a data-parallel group every rank must stop at the same step, or the others would wait in
    // the next all-reduce for one that left: a NaN on any rank stops them all.
    const bool local = !std::isfinite(value);
    if (inGroup() ? anyInGroup(local) : local)
        throw Diverged(std::string(name), step, local ? std::isnan(value) : true);
}

namespace {

bool shouldResumeHere(const CommonOptions &o, const std::string &architecture)
{
    namespace fs = std::filesystem;
    if (o.outDir.empty()) {
        if (o.resume == Resume::Required)
            throw std::runtime_error("nothing to resume: no output folder was given");
        return false;
    }
    std::error_code ec;
    const fs::path dir(o.outDir);
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw std::runtime_error(o.outDir + " exists and is not a folder; choose a new folder for the model");
    const bool hasCheckpoint = io::checkpointExists(o.outDir);
    if (!hasCheckpoint) {
        if (o.resume == Resume::Required)
            throw std::runtime_error(o.outDir + ": there is no checkpoint to resume from");
        if (fs::exists(dir, ec) && !fs::is_empty(dir, ec))
            throw std::runtime_error(o.outDir + " is not empty and holds no GenLab checkpoint; saving would replace "
                                                "it, so choose a new or empty folder");
        return false;
    }
    // Also completes or rolls back a save that a kill cut short.
    const io::LoadedCheckpoint existing = io::loadCheckpoint(o.outDir);
    if (existing.architecture != architecture)
        throw std::runtime_error(o.outDir + " holds a \"" + existing.architecture + "\" checkpoint, not \"" + architecture +
                                 "\"; choose another output folder");
    return o.resume != Resume::Never;
}

} // namespace

bool shouldResume(const CommonOptions &o, const std::string &architecture)
{
    if (!inGroup())
        return shouldResumeHere(o, architecture);
    // Opening a checkpoint may complete or roll back a save a kill cut short: rank 0 does that
    // first, alone; the others then read what it left. A folder rank 0 refuses stops every rank.
    if (isLeadRank()) {
        std::exception_ptr failure;
        bool resume = false;
        try {
            resume = shouldResumeHere(o, architecture);
        } catch (...) {
            failure = std::current_exception();
        }
        anyInGroup(failure != nullptr);
        if (failure)
            std::rethrow_exception(failure);
        return resume;
    }
    if (anyInGroup(false))
        throw std::runtime_error("rank 0 could not use " + o.outDir + " (its message says why)");
    return shouldResumeHere(o, architecture);
}

void prepare(const CommonOptions &options)
{
    validate(options);
    if (options.threads > 0)
        configureWorkerThread(options.threads);
}

LoopResult runSteps(const CommonOptions &o, std::int64_t startStep, const LoopHooks &hooks, const RunContext &ctx)
{
    LoopResult result;
    result.startStep = startStep;
    result.lastStep = startStep;
    if (startStep >= o.steps)
        return result;

    bool settled = false;
    auto settle = [&] {
        if (!settled && hooks.settle)
            hooks.settle();
        settled = true;
    };
    // Data-parallel (distributed.h): rank 0 alone evaluates, previews, saves and reports; every
    // rank takes the same steps, and a stop on any rank ends them all after the same step.
    const bool grouped = inGroup();
    const bool lead = isLeadRank();
    auto save = [&](std::int64_t step) {
        if (o.outDir.empty() || !hooks.save || !lead)
            return;
        ctx.progress(double(step) / double(o.steps), "saving a checkpoint");
        hooks.save(step);
        result.lastCheckpoint = o.outDir;
        report(ctx, CheckpointWritten{step, o.outDir});
    };
    const std::string total = std::to_string(o.steps);
    const auto t0 = std::chrono::steady_clock::now();
    auto finishTiming = [&] {
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        result.examplesPerSecond = result.seconds > 0 ? double(result.examples) / result.seconds : 0.0;
    };
    std::int64_t current = startStep + 1; // the step being worked on, for messages
    // Why the state a paused divergence continues from is the live one, not a copy or the last
    // checkpoint: every kit trainer calls checkFinite() on its losses and gradient norm before its
    // optimizer applies them, so when Diverged arrives the weights and the optimizer's moments are
    // still those after the last completed step: the newest good state there is, at no cost (a
    // snapshot per step would copy every tensor at every step for a rare event). Reloading the
    // last checkpoint instead would rewind up to checkpointEvery steps and, since every trainer
    // draws its batches and noise from the seed and the step, walk back into the same NaN. What
    // Resume changes is the draw: the step that diverged is skipped (the data stream has moved past
    // its batch; the next step's noise is another), so a NaN that came from one unlucky batch does
    // not come back, and one that comes from the learning rate comes back within a few steps,
    // pausing again with the advice. A trainer that updates one network before checking another
    // (the GANs: D before G's loss) continues with that finite update kept.
    bool pausedOnDivergence = false; // no step completed since a divergence paused the run
    std::int64_t next = startStep + 1;
    for (;;) {
        try {
            for (std::int64_t step = next; step <= o.steps; ++step) {
                current = step;
                if (grouped) {
                    // A stop is agreed on after the step (below); a pause holds this rank, and the
                    // others wait for it in the step's first collective.
                    if (ctx.pauseGate)
                        ctx.pauseGate();
                } else {
                    ctx.checkpoint();
                }
                StepReport r = hooks.step(step);
                bool stopAll = false;
                if (grouped) {
                    // One collective per step: the figures averaged over the ranks (the curves of
                    // the global batch), the examples summed, and whether any rank was told to stop.
                    std::vector<double> shared;
                    for (const auto &[name, value] : r.scalars)
                        shared.push_back(value);
                    shared.push_back(double(r.examples));
                    shared.push_back(ctx.stopRequested() ? 1.0 : 0.0);
                    averageOverGroup(shared);
                    for (std::size_t i = 0; i < r.scalars.size(); ++i)
                        r.scalars[i].second = shared[i];
                    r.examples = std::int64_t(std::llround(shared[r.scalars.size()] * groupSize()));
                    stopAll = shared.back() > 0;
                }
                pausedOnDivergence = false;
                result.lastStep = step;
                ++result.stepsThisRun;
                result.examples += r.examples;
                if (lead) {
                    Metrics m;
                    m.step = step;
                    m.scalars = std::move(r.scalars);
                    m.values = std::move(r.values);
                    report(ctx, m);
                    ctx.progress(double(step) / double(o.steps), "step " + std::to_string(step) + " of " + total);
                    if (hooks.evaluate && isDue(o.evalEvery, step, o.steps))
                        hooks.evaluate(step);
                    if (hooks.preview && o.previewEvery > 0 && isDue(o.previewEvery, step, o.steps))
                        hooks.preview(step);
                }
                if (isDue(o.checkpointEvery, step, o.steps))
                    save(step);
                if (stopAll)
                    throw Canceled();
            }
            // The last step diverged: the run waits all the same, and once resumed ends with a
            // checkpoint of what it trained, as every run that completes does.
            if (pausedOnDivergence) {
                ctx.checkpoint();
                if (result.stepsThisRun > 0)
                    save(result.lastStep);
            }
            break;
        } catch (const Canceled &) {
            settle();
            // Stopped while paused on a divergence: the live weights are those that led to the NaN,
            // so the last checkpoint on disk stays the one to keep.
            if (o.checkpointOnCancel && result.stepsThisRun > 0 && !pausedOnDivergence)
                save(result.lastStep);
            throw;
        } catch (const Diverged &d) {
            // Ranks cannot pause one another mid-step: a data-parallel run stops, with its checkpoint.
            const bool pause = o.onDivergence == OnDivergence::Pause && ctx.requestPause && !grouped;
            if (!pause) {
                settle();
                const Diverged full(d.loss(), d.step(), d.isNan(), hooks.divergenceAdvice);
                report(ctx, Divergence{d.step(), d.loss(), d.isNan(), full.what(), false});
                throw full;
            }
            const bool anySaved = !o.outDir.empty() && (!result.lastCheckpoint.empty() || startStep > 0);
            const std::string saved = anySaved ? "keeps the checkpoint in " + o.outDir
                                               : std::string("keeps nothing (no checkpoint was written yet)");
            const std::string from = current > 1 ? "step " + std::to_string(current - 1) + "'s weights"
                                                  : std::string("the initial weights");
            std::string message = d.summary() + "; that step's update was not applied and no checkpoint was "
                                  "written from it. Resume skips step " + std::to_string(current) +
                                  " and continues from " + from + "; Stop ends the run and " + saved + ".";
            if (!hooks.divergenceAdvice.empty())
                message += " " + hooks.divergenceAdvice;
            report(ctx, Divergence{d.step(), d.loss(), d.isNan(), message, true});
            report(ctx, LogLine{d.step(), d.summary() + ": paused; resuming skips step " + std::to_string(current)});
            if (!ctx.pauseSelf()) { // the runner refused after all: end as Stop would
                settle();
                throw Diverged(d.loss(), d.step(), d.isNan(), hooks.divergenceAdvice);
            }
            pausedOnDivergence = true;
            next = current + 1; // the loop's next ctx.checkpoint() waits for Resume, Step or Stop
        } catch (const std::bad_alloc &) {
            settle();
            throw std::runtime_error("training ran out of memory at step " + std::to_string(current) + ": " +
                                     hooks.outOfMemoryAdvice);
        } catch (const c10::Error &e) {
            settle();
            const std::string what = e.what_without_backtrace();
            if (isOutOfMemory(what))
                throw std::runtime_error("training ran out of memory at step " + std::to_string(current) + ": " +
                                         hooks.outOfMemoryAdvice);
            throw std::runtime_error("training failed at step " + std::to_string(current) + ": " + what.substr(0, 500));
        } catch (...) {
            settle();
            throw;
        }
    }
    settle();
    finishTiming();
    return result;
}

} // namespace genlab::engine::train
