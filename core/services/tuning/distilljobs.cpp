#include "services/tuning/distilljobs.h"

#include "engine/gpt/gptmodel.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/helppaths.h"
#include "services/resourcepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

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
#ifdef GENLAB_SOURCE_DIR
    // A build in a checkout with the reference data beside it (../shared/data).
    candidates << QDir(QStringLiteral(GENLAB_SOURCE_DIR)).filePath(QStringLiteral("../shared/data/tinyshakespeare/input.txt"));
#endif
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return helpPagesCorpus();
}

QString DistillJobs::helpPagesCorpus()
{
    // Every machine has the studio's own help pages (our prose, ~90 KB): written once into one text
    // file in the cache, in name order, so the same pages give the same corpus.
    const QString folder = helpFolder();
    if (folder.isEmpty())
        return {};
    QStringList pages = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QByteArray text;
    for (const QString &page : pages) {
        QFile f(QDir(folder).filePath(page));
        if (f.open(QIODevice::ReadOnly))
            text += f.readAll() + "\n\n";
    }
    if (text.isEmpty())
        return {};
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cache.isEmpty() || !QDir().mkpath(cache))
        return {};
    const QString path = QDir(cache).filePath(QStringLiteral("tuning-corpus-help-pages.txt"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
        return path;
    existing.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return {};
    return path;
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
