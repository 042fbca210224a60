#pragma once
// The Tuning lab's distillation job: a teacher language model (the shipped one unless the user picks
// another folder) and two students of one size from one seed, trained on the same batches of a
// corpus, one on the teacher's softened distributions and one on the data alone, then measured on the
// corpus' held-out tail. The job runs on the Training lane (pausable) and opens the teacher itself.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "engine/tuning/distillation.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace genlab::services {

class Job;
class JobManager;

struct DistillRequest
{
    QString teacher;                         // a language model folder; empty: the shipped one
    engine::tuning::DistillOptions options;  // options.dataPath empty: DistillJobs::defaultCorpus()
};

struct DistillOutcome
{
    DistillRequest request;
    QString teacher;                         // the folder used
    QString corpus;                          // the text file used
    engine::tuning::DistillResult result;
};

class DistillJobs : public QObject
{
    Q_OBJECT
public:
    explicit DistillJobs(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~DistillJobs() override;

    // Result: DistillOutcome. Partials: engine::tuning::DistillProgress (both students, every step).
    // Fails naming a bad option, a teacher folder that does not open or an unreadable corpus.
    Job *distill(const DistillRequest &request);

    // The corpus the experiments default to: $GENLAB_CORPUS when set, else tiny Shakespeare where
    // one is found ($GENLAB_DATA_DIR/tinyshakespeare/input.txt, or ../shared/data beside the source
    // tree of a build that was not installed), else the studio's own help pages (helpPagesCorpus()),
    // which every installation has; "" only when none of them exists.
    static QString defaultCorpus();
    // The help pages as one text file in the cache folder (written when missing or changed).
    static QString helpPagesCorpus();
    // The shipped language model's folder (the default teacher, and the scaling runs' tokenizer), or "".
    static QString shippedTeacherFolder();
    // The folder an empty teacher means, checked: throws std::invalid_argument / std::runtime_error naming it.
    static QString teacherFolder(const QString &requested);

private:
    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::DistillOutcome)
