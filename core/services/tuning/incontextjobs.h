#pragma once
// The Tuning lab's in-context learning jobs: few-shot accuracy as the shots grow (one model or two
// side by side) and in-context copying with the heads that do it. The language models are opened
// inside the jobs on the lab's own interactive lane ("tuning") and kept there, one per folder, until
// their files change, so a second run does not read them again.
// Thread: GUI only.

#include "engine/runtime/compute.h"
#include "engine/tuning/copying.h"
#include "engine/tuning/fewshot.h"
#include "services/text/textservice.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

namespace tuning {
// The Text lab's shipped language model, model A unless the user picks another folder.
inline constexpr char kShippedLanguageModel[] = "lm-shakespeare-bpe";
// The shipped small model trained on the in-context corpus (`genlab incontext-corpus`): it learns
// from the shots and copies, so it is model B (and the copying model) by default.
inline constexpr char kShippedInContextModel[] = "lm-incontext";
// The task name of the user's own examples (the built-in ones: engine::tuning::taskNames()).
inline constexpr char kOwnExamplesTask[] = "examples";
} // namespace tuning

struct FewShotRequest
{
    QString task = QStringLiteral("copy"); // copy, reverse, next, lookup or tuning::kOwnExamplesTask
    QString examples;                      // the user's "input -> output" lines (task "examples")
    QList<int> shots = {0, 1, 2, 4, 8};
    int queries = 20;
    quint64 seed = 1;
    QString modelA; // a language model folder; empty: the shipped one
    QString modelB; // empty: no second model
};

struct FewShotOutcome
{
    FewShotRequest request;
    QString modelA, modelB;            // the folders measured (modelB empty: none)
    engine::tuning::FewShotResult a;
    engine::tuning::FewShotResult b;   // empty points without a model B
    bool hasB() const { return !modelB.isEmpty(); }
};

struct CopyingRequest
{
    QString model; // empty: the shipped one
    int length = 32;
    quint64 seed = 1;
};

struct CopyingOutcome
{
    CopyingRequest request;
    QString model; // the folder measured
    engine::tuning::CopyingResult result;
};

class InContextJobs : public QObject
{
    Q_OBJECT
public:
    explicit InContextJobs(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~InContextJobs() override;

    // Result: FewShotOutcome. Partials: engine::tuning::FewShotPointEvent, series 0 for model A and
    // 1 for model B, one per point as it finishes. Fails naming a bad option, a bad example line or
    // a model folder that does not open.
    Job *fewShot(const FewShotRequest &request);
    // Result: CopyingOutcome (loss per position, head scores, every attention map).
    Job *copying(const CopyingRequest &request);
    // Result: TextAttention of a finished copying measurement (its maps, nothing recomputed): what
    // the Text lab's attention view shows.
    Job *attentionOf(const CopyingOutcome &outcome);

    // The user's examples checked as the job will check them: an empty string when they are fine,
    // else the problem with its line number.
    static QString examplesProblem(const QString &text);
    // The folder a request's empty model means (the shipped model), or "" when it is missing.
    static QString shippedModelFolder();
    // The shipped in-context model's folder (tuning::kShippedInContextModel), or "" when it is missing.
    static QString shippedInContextModelFolder();

    struct Slot;

private:
    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::FewShotOutcome)
Q_DECLARE_METATYPE(genlab::services::CopyingOutcome)
