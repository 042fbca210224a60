#pragma once
// The Retrieval lab's facade: the index (engine::retrieval::RetrievalIndex) in the open project's
// folder or a per-user data folder, opened when the lab is first shown and filled with the
// studio's own help pages (resources/help) when it holds no documents; updates with progress and
// cancel; search under BM25, dense or hybrid; "why (not) this passage"; the extractive answer with
// citations; evaluation on the help pages' labelled questions; the chunk preview. Queries run on
// the lab's own interactive lane ("retrieval"); updates run on a lane of their own
// ("retrieval-update") so the lab can still search the index as it was while a large folder is
// indexed (the engine lets readers see the last committed index during an update).
// Thread: GUI only.

#include "engine/retrieval/chunking.h"
#include "engine/retrieval/extractive.h"
#include "engine/retrieval/retrievalindex.h"
#include "engine/retrieval/types.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace genlab::engine {
struct RunContext;
}

namespace genlab::services {

class Job;
class JobManager;
class ProjectService;

namespace retrieval {
// The built-in corpus: the studio's help pages. $GENLAB_RETRIEVAL_CORPUS (a folder, for tests and
// screenshots) first, then share/genlab/help beside the binary, then resources/help of the source
// tree. Empty when none exists.
QString helpCorpusFolder();
// questions.json in that folder ("" when there is none).
QString helpQuestionsFile();
// Where the index lives: $GENLAB_RETRIEVAL_INDEX (tests) first, then <project>/retrieval-index
// when a project is open, else <per-user data>/retrieval-index.
QString defaultIndexFolder(const QString &projectFolder = {});
// Reads {"version":1,"questions":[{"question","relevant":[file names],"sections":[...]}]}.
// Throws std::runtime_error naming the file (and the question's number) and the problem.
std::vector<engine::retrieval::EvaluationQuestion> loadQuestions(const QString &file);
// The options a new index gets (the engine's defaults).
engine::retrieval::IndexOptions defaultIndexOptions();
QString fromStd(const std::string &s);
} // namespace retrieval

// What the GUI knows of the index. Plain data.
struct RetrievalIndexInfo
{
    QString folder;
    QStringList roots;                          // the sources the index was built from
    QStringList documents;                      // absolute paths, in index order
    qint64 documentCount = 0;
    qint64 chunkCount = 0;
    QString annMode;                            // "exact" or "hnsw"
    QString embedder;                           // the embedder's identity ("" without vectors)
    bool denseAvailable = false;
    QString denseProblem;                       // why dense search gives nothing, when it does not
    engine::retrieval::IndexOptions options;    // as last built
    QStringList openNotes;                      // what opening repaired or replaced, and why
    bool builtIn = false;                       // its only root is the help corpus
    quint64 generation = 0;                     // grows with every open and every update that changed it
};

// Result of update(). Plain data.
struct RetrievalUpdateResult
{
    engine::retrieval::UpdateReport report;
    RetrievalIndexInfo info;
};

// Where a passage comes from. Plain data.
struct PassageLocation
{
    QString path;        // absolute
    QString fileName;    // the last component
    int line = 1;
    int page = 0;        // PDF page, 0 otherwise
    QString heading;
    qint64 begin = 0;    // byte range in the document's decoded text
    qint64 end = 0;
    QString describe() const; // "gans.md, line 12, “Why GANs collapse”"
};

// One passage as the lab shows it. Plain data.
struct RetrievedPassage
{
    engine::retrieval::SearchHit hit;   // chunk id and the ranks and scores under each retriever
    QString text;
    PassageLocation location;
};

struct SearchOutcome
{
    QString query;
    engine::retrieval::SearchOptions options;
    std::vector<RetrievedPassage> passages; // best first
    QString notice;                          // why there are fewer hits than asked ("dense search: ..."), else empty
    quint64 indexGeneration = 0;
};

// A byte range [begin, end) in a UTF-8 text (a query term's occurrence).
using ByteRange = std::pair<qint64, qint64>;

// Everything the detail pane shows for one passage.
struct PassageDetail
{
    QString query;
    engine::retrieval::ChunkId chunk = -1;
    QString text;                                        // the passage
    PassageLocation location;
    std::vector<ByteRange> highlights;                   // query terms in text (UTF-8 byte offsets)
    QString before, after;                               // the document's text around it (a few hundred characters)
    bool contextFromFile = false;                        // false: stitched from neighbouring chunks (file gone or changed)
    std::vector<engine::retrieval::TermContribution> terms; // BM25 per distinct query term
    double bm25Score = 0;                                // sum of terms
};

struct ExplainOutcome
{
    QString query;
    engine::retrieval::PassageExplanation explanation;
    RetrievedPassage passage;
};

// A passage found by its text ("Why not this one?").
struct PassageMatch
{
    engine::retrieval::ChunkId chunk = -1;
    PassageLocation location;
    QString snippet;     // the text around the first match
};

struct PassageMatches
{
    QString text;
    std::vector<PassageMatch> matches;
    bool truncated = false; // more matched than the limit
};

struct AnswerRequest
{
    QString question;
    std::vector<engine::retrieval::SearchHit> hits;  // the retrieved passages, best first
    QList<engine::retrieval::ChunkId> pinned;        // kept first, in this order, whatever their rank
    QList<engine::retrieval::ChunkId> dropped;       // left out
    int maxSentences = 3;
};

struct AnswerOutcome
{
    QString question;
    engine::retrieval::ExtractiveAnswer answer;      // citations number the passages below (1-based)
    std::vector<RetrievedPassage> passages;          // the passages the answer drew on, in prompt order
    QString prompt;                                  // the prompt a generator would get from these passages
};

struct EvaluationOutcome
{
    QString questionsFile;
    int questions = 0;
    std::vector<engine::retrieval::RetrieverEvaluation> results; // bm25, dense, hybrid (rrf), hybrid (weighted)
    QStringList notes;                                         // questions whose pages are not in the index, ...
    std::optional<double> annRecall;                           // HNSW recall@10 against the exact scan, when HNSW is used
};

struct ChunkPreview
{
    QString path;
    QString text;                                   // the decoded document (capped, see notice)
    std::vector<engine::retrieval::Chunk> chunks;   // byte ranges into text
    QString spec;                                   // the chunking as text ("chars:800:100")
    QString notice;                                 // decode notes, the cap, ...
};

namespace retrieval {
// The prompt a generator would get from these passages: an instruction, the passages numbered
// [1], [2], ... with their location, then the question.
QString assemblePrompt(const QString &question, const std::vector<RetrievedPassage> &passages);
} // namespace retrieval

class RetrievalService : public QObject
{
    Q_OBJECT
public:
    // projects may be null (tests): the index then lives in the per-user folder (or
    // $GENLAB_RETRIEVAL_INDEX). When the open project changes, the index of the new one is opened.
    explicit RetrievalService(JobManager *jobs, ProjectService *projects = nullptr, QObject *parent = nullptr);
    ~RetrievalService() override;

    // Opens (or creates) the index in folder ("" : defaultIndexFolder()). Result: RetrievalIndexInfo.
    Job *open(const QString &folder = {});
    // Brings the index in line with the files under paths (roots). Progress and cancel; a cancelled
    // update leaves the index as it was. Result: RetrievalUpdateResult.
    Job *update(const QStringList &paths, const engine::retrieval::IndexOptions &options);
    // update() over the help corpus with the current options (the first-launch index).
    Job *indexBuiltIn();
    // Result: SearchOutcome. Latest wins.
    Job *search(const QString &query, const engine::retrieval::SearchOptions &options);
    // Result: PassageDetail. Latest wins.
    Job *passage(const QString &query, engine::retrieval::ChunkId chunk, const engine::retrieval::Bm25Params &bm25 = {});
    // Result: ExplainOutcome. Latest wins.
    Job *explain(const QString &query, engine::retrieval::ChunkId chunk, const engine::retrieval::SearchOptions &options);
    // Passages whose text contains text (case-insensitive). Result: PassageMatches. Latest wins.
    Job *findPassages(const QString &text, int limit = 50);
    // Result: AnswerOutcome.
    Job *answer(const AnswerRequest &request);
    // The labelled questions (questionsFile "" : helpQuestionsFile()) against the index. Result: EvaluationOutcome.
    Job *evaluate(const engine::retrieval::SearchOptions &options, const QString &questionsFile = {});
    // The chunks spec would cut the file into, before indexing. Result: ChunkPreview. Latest wins.
    Job *previewChunks(const QString &path, const engine::retrieval::ChunkingSpec &spec);
    // Any other read-only work on the index, on the lab's lane (pages added later use it). The
    // index is the current one; work may run while an update is in progress and then sees the
    // index as it was before. Throws std::runtime_error inside the job when no index is open.
    using IndexWork = std::function<QVariant(const engine::retrieval::RetrievalIndex &, const engine::RunContext &)>;
    Job *run(const QString &title, const QString &coalesceKey, IndexWork work, bool hidden = true);

    bool hasIndex() const { return m_info.generation > 0; }
    const RetrievalIndexInfo &info() const { return m_info; }
    QString indexFolder() const { return m_info.folder; }
    QStringList documents() const { return m_info.documents; }
    QString annMode() const { return m_info.annMode; }
    bool isUpdating() const;
    // The last update's report (none before the first update of this session).
    const std::optional<engine::retrieval::UpdateReport> &lastReport() const { return m_lastReport; }
    // Cheap copies from the open index (safe during an update); nullopt for a bad id or no index.
    std::optional<engine::retrieval::Chunk> chunk(engine::retrieval::ChunkId id) const;
    std::optional<PassageLocation> locationOf(engine::retrieval::ChunkId id) const;
    // The chunk ids of one document ([first, first + count)); empty when unknown.
    std::pair<engine::retrieval::ChunkId, qint64> chunksOfDocument(const QString &path) const;

    JobManager *jobManager() const { return m_jobs; }

    struct Slot;

Q_SIGNALS:
    // The index that is open changed (opened, updated): info() is the new one.
    void indexChanged();

private:
    Job *submit(const QString &title, const QString &coalesceKey, bool hidden, bool updateLane,
                std::function<QVariant(Slot &, const engine::RunContext &)> work);
    void accept(const RetrievalIndexInfo &info);

    JobManager *m_jobs;
    ProjectService *m_projects;
    std::shared_ptr<Slot> m_slot;
    RetrievalIndexInfo m_info;
    std::optional<engine::retrieval::UpdateReport> m_lastReport;
    QPointer<Job> m_update;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::RetrievalIndexInfo)
Q_DECLARE_METATYPE(genlab::services::RetrievalUpdateResult)
Q_DECLARE_METATYPE(genlab::services::SearchOutcome)
Q_DECLARE_METATYPE(genlab::services::PassageDetail)
Q_DECLARE_METATYPE(genlab::services::ExplainOutcome)
Q_DECLARE_METATYPE(genlab::services::PassageMatches)
Q_DECLARE_METATYPE(genlab::services::AnswerOutcome)
Q_DECLARE_METATYPE(genlab::services::EvaluationOutcome)
Q_DECLARE_METATYPE(genlab::services::ChunkPreview)
