#include "services/tuning/distilljobs.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/resourcepaths.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace genlab::services {

namespace et = engine::tuning;

DistillJobs::DistillJobs(JobManager *jobs, engine::ResolvedDevice device, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_device(std::move(device))
{
    qRegisterMetaType<DistillOutcome>();
}

DistillJobs::~DistillJobs() = default;

QString DistillJobs::defaultCorpus()
{
    QStringList candidates;
    const QString own = qEnvironmentVariable("GENLAB_CORPUS");
    if (!own.isEmpty())
        candidates << own;
    const QString dataDir = qEnvironmentVariable("GENLAB_DATA_DIR");
    if (!dataDir.isEmpty())
        candidates << QDir(dataDir).filePath(QStringLiteral("tinyshakespeare/input.txt"));
    candidates << QStringLiteral("/work/shared/data/tinyshakespeare/input.txt");
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return c;
    return {};
}

QString DistillJobs::shippedTeacherFolder()
{
    return shippedModelPath(QStringLiteral("lm-shakespeare-bpe"));
}

QString DistillJobs::teacherFolder(const QString &requested)
{
    if (!requested.trimmed().isEmpty()) {
        const QString folder = requested.trimmed();
        if (!QFileInfo(folder).isDir())
            throw std::invalid_argument(folder.toStdString() + " is not a folder: choose a language model folder");
        return folder;
    }
    const QString shipped = shippedTeacherFolder();
    if (shipped.isEmpty())
        throw std::runtime_error("the shipped language model (lm-shakespeare-bpe) is missing; choose a teacher folder");
    return shipped;
}

Job *DistillJobs::distill(const DistillRequest &request)
{
    JobRequest r;
    r.title = tr("Distillation (student %1 x %2, T %3)")
                  .arg(request.options.studentLayers)
                  .arg(request.options.studentWidth)
                  .arg(request.options.temperature);
    r.lane = Lane::Training;
    r.pausable = true;
    // The teacher opens on the CPU, where the students are made: the three small models gain
    // nothing from a GPU and the distillation step reads the teacher's logits beside the student's.
    r.work = [request](const engine::RunContext &ctx) {
        DistillOutcome out;
        out.request = request;
        et::DistillOptions o = request.options;
        if (o.dataPath.empty()) {
            const QString corpus = defaultCorpus();
            if (corpus.isEmpty())
                throw std::runtime_error("no corpus: the default (tiny Shakespeare) was not found; choose a text file");
            o.dataPath = QDir::toNativeSeparators(corpus).toStdString();
        } else if (!QFileInfo(QString::fromStdString(o.dataPath)).isFile()) {
            throw std::runtime_error(o.dataPath + ": not a readable text file");
        }
        et::validate(o);
        out.corpus = QString::fromStdString(o.dataPath);
        out.teacher = teacherFolder(request.teacher);
        ctx.progress(0, "opening the teacher");
        engine::gpt::GptModel teacher = engine::gpt::GptModel::open(out.teacher.toStdString());
        if (!teacher.tokenizer())
            throw std::runtime_error(out.teacher.toStdString() + ": the teacher has no tokenizer files, so it cannot read the corpus");
        out.result = et::runDistillation(teacher, o, ctx);
        return QVariant::fromValue(out);
    };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
