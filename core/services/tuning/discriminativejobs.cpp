#include "services/tuning/discriminativejobs.h"

#include "engine/data/digits.h"
#include "services/job.h"
#include "services/jobmanager.h"

#include <QCoreApplication>

#include <stdexcept>

namespace genlab::services {

namespace et = engine::tuning;

namespace {

const QString kDiscriminativeLab = QStringLiteral("tuning");

QString discriminativeDataTitle(const QString &data)
{
    if (data == QLatin1String("two-moons"))
        return QCoreApplication::translate("DiscriminativeJobs", "two moons");
    if (data == QLatin1String("ring"))
        return QCoreApplication::translate("DiscriminativeJobs", "ring");
    if (data == QLatin1String("spiral"))
        return QCoreApplication::translate("DiscriminativeJobs", "spiral");
    if (data == QLatin1String("blobs"))
        return QCoreApplication::translate("DiscriminativeJobs", "blobs");
    if (data == QLatin1String("digits"))
        return QCoreApplication::translate("DiscriminativeJobs", "digits");
    if (data == QLatin1String("procedural-digits"))
        return QCoreApplication::translate("DiscriminativeJobs", "digits from fonts");
    return data;
}

} // namespace

DiscriminativeJobs::DiscriminativeJobs(JobManager *jobs, QObject *parent) : QObject(parent), m_jobs(jobs) {}

DiscriminativeJobs::~DiscriminativeJobs() = default;

Job *DiscriminativeJobs::run(const DiscriminativeRequest &request)
{
    JobRequest r;
    r.title = QCoreApplication::translate("DiscriminativeJobs", "Discriminative vs generative (%1)")
                  .arg(discriminativeDataTitle(request.data));
    r.lane = Lane::Interactive;
    r.lab = kDiscriminativeLab;
    r.coalesceKey = QStringLiteral("tuning.discriminative");
    r.work = [request](const engine::RunContext &ctx) {
        et::DiscriminativeOptions o;
        if (!et::parseClassifierData(request.data.toStdString(), &o.data))
            throw std::invalid_argument("unknown data set '" + request.data.toStdString() +
                                        "': use two-moons, ring, spiral, blobs, digits or procedural-digits");
        o.hidden = request.hidden;
        o.components = request.components;
        o.seed = request.seed;
        o.samples = request.samples;
        DiscriminativeOutcome out;
        out.request = request;
        out.result = std::make_shared<const et::DiscriminativeResult>(et::runDiscriminativeVsGenerative(o, ctx));
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

Job *DiscriminativeJobs::sample(const DiscriminativeOutcome &outcome, int count, quint64 seed)
{
    JobRequest r;
    r.title = QCoreApplication::translate("DiscriminativeJobs", "Sample from the Gaussians (%1)")
                  .arg(discriminativeDataTitle(outcome.request.data));
    r.lane = Lane::Interactive;
    r.lab = kDiscriminativeLab;
    r.hidden = true;
    r.work = [result = outcome.result, count, seed](const engine::RunContext &ctx) {
        if (!result)
            throw std::invalid_argument("no generative model yet: run the comparison first");
        ctx.checkpoint();
        DiscriminativeSamplesOutcome out;
        out.seed = seed;
        out.samples = et::sampleGaussianClasses(result->generative, count, seed);
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

bool DiscriminativeJobs::digitsAvailable(QString *why)
{
    std::string reason;
    const bool ok = engine::data::digitsAvailable(&reason);
    if (why)
        *why = QString::fromStdString(reason);
    return ok;
}

} // namespace genlab::services
