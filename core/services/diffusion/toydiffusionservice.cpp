#include "services/diffusion/toydiffusionservice.h"

#include "engine/data/toys.h"
#include "engine/train/events.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/modelslot.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <stop_token>
#include <string>

namespace genlab::services {

namespace ed = engine::diffusion;

namespace {

const QString kLab = QStringLiteral("diffusion"); // the lab's own interactive lane
const char *kNoToy = "no toy diffusion model yet: press Reset";

// Up to chunkSteps steps of the run `options` describes, from where the model is. The chunk ends by
// stopping the kit's loop after its last step (the loop checks the token before the next one): the
// run's options stay whole, so every step gets the learning rate an uninterrupted run gives it. A
// cancel of the job itself reaches the loop too, and propagates.
ToyTrainUpdate trainChunk(ed::ToyDiffusion &model, int chunkSteps,
                          const ed::ToyDiffusionTrainOptions &options, const engine::RunContext &ctx)
{
    if (chunkSteps < 1)
        throw std::invalid_argument("toy diffusion: a training chunk needs at least one step");
    ToyTrainUpdate u;
    const qint64 start = model.steps();
    const qint64 chunkEnd = std::min<qint64>(options.steps, start + chunkSteps);
    std::stop_source chunk;
    const std::stop_callback forwardCancel(ctx.stop, [&chunk] { chunk.request_stop(); });
    engine::RunContext inner;
    inner.stop = chunk.get_token();
    inner.pauseGate = ctx.pauseGate;
    inner.onPartial = [&](engine::Partial &&p) {
        const auto m = engine::train::Metrics::decode(p);
        if (!m)
            return; // a Divergence event: the job's failure carries its message
        if (m->evaluation) {
            if (m->has("val_loss")) {
                u.heldOutSteps.push_back(m->step);
                u.heldOutLosses.push_back(m->value("val_loss", 0));
            }
            return;
        }
        u.steps.push_back(m->step);
        u.losses.push_back(m->value("loss", std::nan("")));
        if (m->step >= chunkEnd)
            chunk.request_stop();
    };
    const auto t0 = std::chrono::steady_clock::now();
    try {
        ed::trainToyDiffusion(model, options, inner);
    } catch (const engine::Canceled &) {
        if (ctx.stopRequested())
            throw; // the job was canceled, not the chunk ended
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    u.step = model.steps();
    u.finished = model.steps() >= options.steps;
    u.stepsPerSecond = seconds > 0 ? double(model.steps() - start) / seconds : 0;
    return u;
}

// A sampling run with every step's points kept (moved out of the run, not copied).
ToySampleResult sampleKeepingSteps(const ed::ToyDiffusion &model, const ed::SamplerSettings &settings,
                                   const engine::RunContext &ctx)
{
    if (settings.count < 1 || settings.count > toydiffusion::kMaxPoints)
        throw std::invalid_argument("toy diffusion: " + std::to_string(settings.count) +
                                    " points are outside 1.." + std::to_string(toydiffusion::kMaxPoints));
    if (const std::string problem = settings.validate(model); !problem.empty())
        throw std::invalid_argument(problem);
    const int steps = settings.steps;
    ed::SamplingRun run = ed::sample(model, settings, ctx, [&ctx, steps](const ed::DenoisingStep &s) {
        ctx.progress(double(s.index) / std::max(1, steps), "denoising");
    });
    ToySampleResult r;
    r.modelStep = model.steps();
    r.settings = settings;
    r.seconds = run.seconds;
    r.timesteps.reserve(run.steps.size());
    r.points.reserve(run.steps.size());
    for (ed::DenoisingStep &s : run.steps) {
        r.timesteps.push_back(s.t);
        r.points.push_back(std::move(s.x));
    }
    return r;
}

} // namespace

struct ToyDiffusionService::Slot : ModelSlot<ed::ToyDiffusion>
{
};

ToyDiffusionService::ToyDiffusionService(JobManager *jobs, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<ToyDiffusionInfo>();
    qRegisterMetaType<ToyTrainUpdate>();
    qRegisterMetaType<ToySampleResult>();
    qRegisterMetaType<ToyFieldResult>();
}

ToyDiffusionService::~ToyDiffusionService() = default;

Job *ToyDiffusionService::submit(const QString &title, const QString &coalesceKey,
                                 std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.hidden = true; // small and frequent: the page shows them
    r.coalesceKey = coalesceKey;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) {
        return work(*slot, ctx);
    };
    return m_jobs->submit(std::move(r));
}

Job *ToyDiffusionService::reset(const ed::ToyDiffusionConfig &config, quint64 seed)
{
    return submit(
        tr("Start a toy diffusion model"), QString(), [config, seed](Slot &slot, const engine::RunContext &) {
            auto model = std::make_unique<ed::ToyDiffusion>(ed::ToyDiffusion::create(config, seed));
            ToyDiffusionInfo info;
            info.config = model->config();
            info.seed = seed;
            info.step = model->steps();
            info.parameterCount = model->parameterCount();
            info.dataPoints =
                engine::data::sampleToy(config.data, toydiffusion::kDataPoints, seed, config.userPoints);
            info.generation = slot.replace(std::move(model)); // only now: a bad config keeps the previous toy
            return QVariant::fromValue(info);
        });
}

Job *ToyDiffusionService::train(int chunkSteps, const ed::ToyDiffusionTrainOptions &options, int fieldT,
                                const ed::ToyFieldRequest &fieldView)
{
    return submit(tr("Train the toy diffusion model"), QString(),
                  [chunkSteps, options, fieldT, fieldView](Slot &slot, const engine::RunContext &ctx) {
                      ToyTrainUpdate u = trainChunk(slot.require(kNoToy), chunkSteps, options, ctx);
                      u.generation = slot.generation();
                      if (fieldT > 0)
                          u.field = slot.require(kNoToy).vectorField(fieldT, fieldView);
                      return QVariant::fromValue(u);
                  });
}

Job *ToyDiffusionService::sample(const ed::SamplerSettings &settings)
{
    return submit(tr("Sample the toy diffusion model (%1)").arg(QString::fromStdString(settings.describe())),
                  QStringLiteral("diffusion.toy.sample"),
                  [settings](Slot &slot, const engine::RunContext &ctx) {
                      ToySampleResult r = sampleKeepingSteps(slot.require(kNoToy), settings, ctx);
                      r.generation = slot.generation();
                      return QVariant::fromValue(r);
                  });
}

Job *ToyDiffusionService::field(int t, const ed::ToyFieldRequest &request)
{
    return submit(tr("Draw the toy's noise prediction"), QStringLiteral("diffusion.toy.field"),
                  [t, request](Slot &slot, const engine::RunContext &) {
                      const ed::ToyDiffusion &model = slot.require(kNoToy);
                      ToyFieldResult r;
                      r.generation = slot.generation();
                      r.modelStep = model.steps();
                      r.fields.push_back(model.vectorField(t, request));
                      return QVariant::fromValue(r);
                  });
}

Job *ToyDiffusionService::fields(const std::vector<int> &timesteps, const ed::ToyFieldRequest &request)
{
    return submit(tr("Draw the toy's noise prediction"), QStringLiteral("diffusion.toy.fields"),
                  [timesteps, request](Slot &slot, const engine::RunContext &ctx) {
                      const ed::ToyDiffusion &model = slot.require(kNoToy);
                      if (int(timesteps.size()) > toydiffusion::kMaxFieldsPerJob)
                          throw std::invalid_argument("toy diffusion: at most " +
                                                      std::to_string(toydiffusion::kMaxFieldsPerJob) +
                                                      " fields per request");
                      ToyFieldResult r;
                      r.generation = slot.generation();
                      r.modelStep = model.steps();
                      r.fields.reserve(timesteps.size());
                      for (int t : timesteps) {
                          ctx.checkpoint();
                          r.fields.push_back(model.vectorField(t, request));
                      }
                      return QVariant::fromValue(r);
                  });
}

} // namespace genlab::services
