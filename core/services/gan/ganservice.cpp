#include "services/gan/ganservice.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "services/modelslot.h"

#include <chrono>

namespace genlab::services {

namespace gan = engine::gan;

// The lab's own interactive lane (JobRequest::lab).
namespace {
const QString kLab = QStringLiteral("gan");
}

struct GanService::Slot : ModelSlot<gan::ToyGan>
{
};

GanService::GanService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device)), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<ToyGanUpdate>();
}

GanService::~GanService() = default;

Job *GanService::submit(const QString &title, bool hidden, std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = kLab;
    r.hidden = hidden;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) { return work(*slot, ctx); };
    return m_jobs->submit(std::move(r));
}

Job *GanService::resetToy(const gan::ToyConfig &config, const gan::ToySettings &settings, quint64 seed,
                          const gan::ViewRequest &view)
{
    return submit(tr("Start a toy GAN"), true, [config, settings, seed, view](Slot &slot, const engine::RunContext &) {
        auto toy = std::make_unique<gan::ToyGan>(gan::ToyGan::create(config, seed));
        toy->setSettings(settings);
        ToyGanUpdate u;
        u.snapshot = toy->snapshot(view);
        u.generation = slot.replace(std::move(toy)); // only now: a bad config keeps the previous toy
        return QVariant::fromValue(u);
    });
}

Job *GanService::stepToy(const gan::ToySettings &settings, const ToyStepRequest &request)
{
    return submit(tr("Step the toy GAN"), true, [settings, request](Slot &slot, const engine::RunContext &ctx) {
        gan::ToyGan &toy = slot.require("no toy GAN yet: press Reset");
        toy.setSettings(settings);
        using Clock = std::chrono::steady_clock;
        const auto start = Clock::now();
        ToyGanUpdate u;
        u.generation = slot.generation();
        const int most = std::max(1, request.maxSteps);
        for (int i = 0; i < most; ++i) {
            ctx.checkpoint();
            u.steps.push_back(toy.step(request.kind));
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (request.budgetMs > 0 && ms >= request.budgetMs)
                break;
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        u.stepsPerSecond = seconds > 0 ? double(u.steps.size()) / seconds : 0;
        u.snapshot = toy.snapshot(request.view);
        return QVariant::fromValue(u);
    });
}

Job *GanService::snapshotToy(const gan::ViewRequest &view)
{
    return submit(tr("Draw the toy GAN"), true, [view](Slot &slot, const engine::RunContext &) {
        ToyGanUpdate u;
        u.generation = slot.generation();
        u.snapshot = slot.require("no toy GAN yet: press Reset").snapshot(view);
        return QVariant::fromValue(u);
    });
}

} // namespace genlab::services
