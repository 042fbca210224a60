#include "services/tuning/scalingjobs.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "services/tuning/distilljobs.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace genlab::services {

namespace et = engine::tuning;

ScalingJobs::ScalingJobs(JobManager *jobs, QObject *parent) : QObject(parent), m_jobs(jobs)
{
    qRegisterMetaType<ScalingRunOutcome>();
    qRegisterMetaType<ScalingOutcome>();
}

ScalingJobs::~ScalingJobs() = default;

bool ScalingJobs::isRunning() const
{
    return m_active;
}

Job *ScalingJobs::jobAt(int index) const
{
    return index >= 0 && index < m_running.size() ? m_running.at(index).data() : nullptr;
}

void ScalingJobs::stop()
{
    const bool wasActive = m_active;
    m_active = false;
    for (const QPointer<Job> &job : m_running)
        if (job && !job->isFinished())
            job->cancel();
    if (wasActive)
        Q_EMIT failed(tr("Stopped."));
}

std::vector<et::ScalingPlan> ScalingJobs::start(const ScalingRequest &request, QString *error)
{
    if (m_active)
        stop();
    m_running.clear();
    m_done.clear();
    et::ScalingOptions o = request.options;
    std::vector<et::ScalingPlan> plans;
    try {
        if (o.dataPath.empty()) {
            const QString corpus = DistillJobs::defaultCorpus();
            if (corpus.isEmpty())
                throw std::runtime_error(tr("No corpus: the default (tiny Shakespeare) was not found; choose a text file.").toStdString());
            o.dataPath = QDir::toNativeSeparators(corpus).toStdString();
        } else if (!QFileInfo(QString::fromStdString(o.dataPath)).isFile()) {
            throw std::runtime_error(tr("%1 is not a readable text file.").arg(QString::fromStdString(o.dataPath)).toStdString());
        }
        if (o.tokenizerFolder.empty()) {
            const QString shipped = DistillJobs::shippedTeacherFolder();
            if (!shipped.isEmpty())
                o.tokenizerFolder = QDir::toNativeSeparators(shipped).toStdString();
        }
        if (o.outDir.empty())
            o.outDir = QDir(QDir::tempPath())
                           .filePath(QStringLiteral("genlab-scaling-%1").arg(QDateTime::currentMSecsSinceEpoch()))
                           .toStdString();
        // Each size's trainer writes its checkpoint into outDir/d<width>, whose parent must exist.
        if (!QDir().mkpath(QString::fromStdString(o.outDir)))
            throw std::runtime_error(tr("%1: cannot create the folder.").arg(QString::fromStdString(o.outDir)).toStdString());
        et::validate(o);
        m_vocab = et::scalingVocabSize(o);
        plans = et::planScaling(o, m_vocab);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
    m_options = o;
    m_planned = int(plans.size());
    m_widths.clear();
    for (const et::ScalingPlan &plan : plans)
        m_widths.append(plan.width);
    m_active = true;
    for (const et::ScalingPlan &plan : plans) {
        JobRequest r;
        r.title = tr("Scaling: width %1 (%2 parameters, %3 steps)").arg(plan.width).arg(plan.parameters).arg(plan.steps);
        r.lane = Lane::Training;
        r.pausable = true;
        r.work = [plan](const engine::RunContext &ctx) {
            ScalingRunOutcome out;
            out.run = et::runScalingSize(plan, ctx);
            return QVariant::fromValue(out);
        };
        Job *job = m_jobs->submit(std::move(r));
        const int index = plan.index;
        m_running.append(job);
        connect(job, &Job::stateChanged, this, [this, index](JobState state) {
            if (state == JobState::Running && m_active)
                Q_EMIT runStarted(index);
        });
        connect(job, &Job::finished, this, [this, index](JobState, const QString &) { onJobFinished(index); });
    }
    if (error)
        error->clear();
    return plans;
}

void ScalingJobs::onJobFinished(int index)
{
    Job *job = jobAt(index);
    if (!m_active || !job)
        return;
    if (job->state() != JobState::Succeeded) {
        const QString why = job->state() == JobState::Canceled ? tr("Width %1 was stopped.").arg(m_widths.value(index))
                                                               : job->message();
        // The sizes after it would only burn compute for a fit that cannot be made.
        m_active = false;
        for (const QPointer<Job> &other : m_running)
            if (other && !other->isFinished())
                other->cancel();
        Q_EMIT failed(why);
        return;
    }
    const ScalingRunOutcome outcome = job->resultAs<ScalingRunOutcome>();
    m_done[index] = outcome.run;
    Q_EMIT runFinished(index, outcome);
    if (int(m_done.size()) < m_planned)
        return;
    m_active = false;
    std::vector<et::ScalingRun> runs;
    for (const auto &[i, run] : m_done)
        runs.push_back(run);
    ScalingOutcome all;
    all.options = m_options;
    try {
        all.result = et::summarizeScaling(m_options, m_vocab, std::move(runs));
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
        return;
    }
    Q_EMIT finished(all);
}

} // namespace genlab::services
