#include "services/retrieval/retrievalservice.h"

#include "engine/base/runcontext.h"
#include "engine/gpt/gptmodel.h"
#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/ingest.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/projectservice.h"
#include "services/resourcepaths.h"
#include "services/text/textservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>
#include <unordered_set>

namespace genlab::services {

namespace er = engine::retrieval;

namespace {

const QString kLab = QStringLiteral("retrieval");
// Updates get a thread of their own, so queries keep answering (from the last committed index)
// while a large folder is indexed.
const QString kUpdateLab = QStringLiteral("retrieval-update");
constexpr int kContextChars = 400;                  // around a passage in the detail pane
constexpr qint64 kContextFromFileLimit = 8ll << 20;  // larger documents: context from neighbouring chunks
constexpr qint64 kPreviewBytes = 512ll << 10;        // the chunk preview shows at most this much text

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The largest prefix of s of at most n bytes that does not split a UTF-8 sequence.
std::string utf8Prefix(const std::string &s, std::size_t n)
{
    if (s.size() <= n)
        return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

// The genlab binary that parses PDFs in a child process: this executable when it is genlab,
// else a genlab beside it; none (PDFs refused with that reason) in other test binaries.
std::string pdfHelper()
{
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo self(QCoreApplication::applicationFilePath());
    if (self.fileName() == QLatin1String("genlab"))
        return self.absoluteFilePath().toStdString();
    for (const QString &candidate : {QDir(self.absolutePath()).filePath(QStringLiteral("genlab")),
                                     QDir(self.absolutePath()).filePath(QStringLiteral("../../app/genlab"))}) {
        const QFileInfo fi(candidate);
        if (fi.isFile() && fi.isExecutable())
            return fi.canonicalFilePath().toStdString();
    }
    return {};
}

PassageLocation locationFrom(const er::Chunk &c, const er::IndexedDocument &doc)
{
    PassageLocation l;
    l.path = retrieval::fromStd(doc.path);
    l.fileName = QFileInfo(l.path).fileName();
    l.line = c.line;
    l.page = c.page;
    l.heading = retrieval::fromStd(c.heading);
    l.begin = c.begin;
    l.end = c.end;
    return l;
}

RetrievedPassage passageOf(const er::RetrievalIndex &index, const er::SearchHit &hit)
{
    RetrievedPassage p;
    p.hit = hit;
    const er::Chunk c = index.chunk(hit.chunk);
    p.text = retrieval::fromStd(c.text);
    p.location = locationFrom(c, index.documentOf(hit.chunk));
    return p;
}

std::string checkedQuery(const QString &query, const char *what)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        throw std::invalid_argument(std::string("type ") + what + " first");
    return q.toStdString();
}

// Query terms in text, as the index's analyzer sees them (stemmed when it stems).
std::vector<ByteRange> highlightsOf(const std::string &query, const std::string &text, const er::AnalyzerOptions &analyzer)
{
    std::unordered_set<std::string> terms;
    for (auto &t : er::analyzeTerms(query, analyzer))
        terms.insert(std::move(t));
    std::vector<ByteRange> out;
    if (terms.empty())
        return out;
    for (const er::Token &t : er::analyze(text, analyzer))
        if (terms.count(t.term))
            out.emplace_back(t.begin, t.end);
    return out;
}

} // namespace

// ---- free helpers ----------------------------------------------------------------------------

namespace retrieval {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString helpCorpusFolder()
{
    // The help pages, looked for as the help viewer does, unless GENLAB_RETRIEVAL_CORPUS names another folder.
    for (const QString &c : resourceSearchPaths("GENLAB_RETRIEVAL_CORPUS", QStringLiteral("help")))
        if (QFileInfo(c).isDir())
            return QDir(c).absolutePath();
    return {};
}

QString helpQuestionsFile()
{
    const QString folder = helpCorpusFolder();
    if (folder.isEmpty())
        return {};
    const QString file = QDir(folder).filePath(QStringLiteral("questions.json"));
    return QFileInfo(file).isFile() ? file : QString();
}

QString defaultIndexFolder(const QString &projectFolder)
{
    const QString env = qEnvironmentVariable("GENLAB_RETRIEVAL_INDEX");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    if (!projectFolder.isEmpty())
        return QDir(projectFolder).filePath(QStringLiteral("retrieval-index"));
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.genlab");
    return QDir(base).filePath(QStringLiteral("retrieval-index"));
}

std::vector<er::EvaluationQuestion> loadQuestions(const QString &file)
{
    const std::string name = native(file).toStdString();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(name + ": cannot be read (" + f.errorString().toStdString() + ")");
    if (f.size() > (16 << 20))
        throw std::runtime_error(name + ": larger than 16 MB; not a list of questions");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error(name + ": not valid JSON at byte " + std::to_string(error.offset) + " (" +
                                 error.errorString().toStdString() + ")");
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("version")).toInt() != 1)
        throw std::runtime_error(name + ": expected {\"version\": 1, \"questions\": [...]}");
    const QJsonValue list = root.value(QStringLiteral("questions"));
    if (!list.isArray())
        throw std::runtime_error(name + ": \"questions\" is not a list");
    std::vector<er::EvaluationQuestion> out;
    int number = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++number;
        const QJsonObject o = v.toObject();
        const QString question = o.value(QStringLiteral("question")).toString().trimmed();
        if (!v.isObject() || question.isEmpty())
            throw std::runtime_error(name + ": question " + std::to_string(number) + " has no \"question\" text");
        er::EvaluationQuestion q;
        q.question = question.toStdString();
        for (const QJsonValue &r : o.value(QStringLiteral("relevant")).toArray())
            if (r.isString() && !r.toString().isEmpty())
                q.relevantDocuments.push_back(r.toString().toStdString());
        if (q.relevantDocuments.empty())
            throw std::runtime_error(name + ": question " + std::to_string(number) + " (\"" + q.question +
                                     "\") names no relevant page");
        out.push_back(std::move(q));
    }
    return out;
}

QString assemblePrompt(const QString &question, const std::vector<RetrievedPassage> &passages)
{
    // The engine's format, the one the generator reads, with the locations as the lab words them.
    std::vector<er::PromptPassage> parts;
    parts.reserve(passages.size());
    for (const RetrievedPassage &p : passages)
        parts.push_back({p.location.describe().toStdString(), p.text.toStdString()});
    return fromStd(er::assembleAnswerPrompt(question.toStdString(), parts));
}

er::IndexOptions defaultIndexOptions()
{
    er::IndexOptions o;
    o.limits.helperExecutable = pdfHelper();
    return o;
}

} // namespace retrieval

QString PassageLocation::describe() const
{
    QString s = fileName;
    if (page > 0)
        s += QCoreApplication::translate("genlab::services::RetrievalService", ", page %1").arg(page);
    s += QCoreApplication::translate("genlab::services::RetrievalService", ", line %1").arg(line);
    if (!heading.isEmpty())
        s += QStringLiteral(", “%1”").arg(heading);
    return s;
}

// ---- the slot: the open index, shared by the two lanes ----------------------------------------

struct RetrievalService::Slot
{
    // Guards the pointer and the counter; the index itself is safe for readers during an update.
    mutable std::mutex mutex;
    std::shared_ptr<er::RetrievalIndex> index;
    quint64 generation = 0;
    QString helpFolder; // to tell the built-in corpus from the user's sources

    std::shared_ptr<er::RetrievalIndex> current() const
    {
        std::lock_guard lock(mutex);
        return index;
    }
    const er::RetrievalIndex &require(std::shared_ptr<er::RetrievalIndex> &holder) const
    {
        holder = current();
        if (!holder)
            throw std::runtime_error("the retrieval index is not open yet");
        return *holder;
    }
    quint64 nextGeneration()
    {
        std::lock_guard lock(mutex);
        return ++generation;
    }

    RetrievalIndexInfo infoOf(const er::RetrievalIndex &index, quint64 gen) const
    {
        RetrievalIndexInfo info;
        info.folder = retrieval::fromStd(index.folder());
        for (const auto &r : index.roots())
            info.roots << retrieval::fromStd(r);
        info.documentCount = index.documentCount();
        info.chunkCount = index.chunkCount();
        for (std::int64_t i = 0; i < info.documentCount; ++i)
            info.documents << retrieval::fromStd(index.document(std::int32_t(i)).path);
        info.annMode = retrieval::fromStd(index.annMode());
        info.embedder = retrieval::fromStd(index.embedderIdentity());
        std::string why;
        info.denseAvailable = index.denseAvailable(&why);
        info.denseProblem = retrieval::fromStd(why);
        info.options = index.options();
        if (info.options.limits.helperExecutable.empty())
            info.options.limits.helperExecutable = pdfHelper();
        for (const auto &r : index.openReport().rebuilt)
            info.openNotes << retrieval::fromStd(r);
        for (const auto &n : index.openReport().notes)
            info.openNotes << retrieval::fromStd(n);
        info.builtIn = info.roots.size() == 1 && !helpFolder.isEmpty() &&
                       QDir(info.roots.front()).absolutePath() == QDir(helpFolder).absolutePath();
        info.generation = gen;
        return info;
    }
};

RetrievalService::RetrievalService(JobManager *jobs, ProjectService *projects, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_projects(projects), m_slot(std::make_shared<Slot>())
{
    qRegisterMetaType<RetrievalIndexInfo>();
    qRegisterMetaType<RetrievalUpdateResult>();
    qRegisterMetaType<SearchOutcome>();
    qRegisterMetaType<PassageDetail>();
    qRegisterMetaType<ExplainOutcome>();
    qRegisterMetaType<PassageMatches>();
    qRegisterMetaType<AnswerOutcome>();
    qRegisterMetaType<GenerativeOutcome>();
    qRegisterMetaType<EvaluationOutcome>();
    qRegisterMetaType<ChunkPreview>();
    m_slot->helpFolder = retrieval::helpCorpusFolder();
    if (m_projects)
        connect(m_projects, &ProjectService::projectChanged, this, [this] {
            // Only an index the lab has opened follows the project; the lab opens it when first shown.
            if (!hasIndex())
                return;
            const QString folder = retrieval::defaultIndexFolder(m_projects->folder());
            if (QDir(folder).absolutePath() == QDir(m_info.folder).absolutePath())
                return;
            if (m_update)
                m_update->cancel();
            open(folder);
        });
}

RetrievalService::~RetrievalService()
{
    if (m_update)
        m_update->cancel();
}

Job *RetrievalService::submit(const QString &title, const QString &coalesceKey, bool hidden, bool updateLane,
                              std::function<QVariant(Slot &, const engine::RunContext &)> work)
{
    JobRequest r;
    r.title = title;
    r.lane = Lane::Interactive;
    r.lab = updateLane ? kUpdateLab : kLab;
    r.hidden = hidden;
    r.coalesceKey = coalesceKey;
    r.work = [slot = m_slot, work = std::move(work)](const engine::RunContext &ctx) { return work(*slot, ctx); };
    return m_jobs->submit(std::move(r));
}

void RetrievalService::accept(const RetrievalIndexInfo &info)
{
    if (info.generation <= m_info.generation)
        return;
    m_info = info;
    Q_EMIT indexChanged();
}

bool RetrievalService::isUpdating() const
{
    return m_update && !m_update->isFinished();
}

Job *RetrievalService::open(const QString &folder)
{
    const QString dir = QDir(folder.isEmpty() ? retrieval::defaultIndexFolder(m_projects ? m_projects->folder() : QString())
                                              : folder)
                            .absolutePath();
    // On the update lane: an open never races an update of the index it replaces.
    Job *job = submit(tr("Open the retrieval index %1").arg(native(dir)), QString(), true, true,
                      [dir](Slot &slot, const engine::RunContext &ctx) {
                          ctx.progress(0.1, "opening the index");
                          if (!QDir().mkpath(dir))
                              throw std::runtime_error(native(dir).toStdString() + ": cannot create the folder");
                          std::string why;
                          auto index = std::make_shared<er::RetrievalIndex>(er::RetrievalIndex::openOrCreate(dir.toStdString(), &why));
                          RetrievalIndexInfo info;
                          {
                              std::lock_guard lock(slot.mutex);
                              slot.index = index;
                              info = slot.infoOf(*index, ++slot.generation);
                          }
                          if (!why.empty())
                              info.openNotes.prepend(retrieval::fromStd(why));
                          return QVariant::fromValue(info);
                      });
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &) {
        if (state == JobState::Succeeded)
            accept(job->resultAs<RetrievalIndexInfo>());
    });
    return job;
}

Job *RetrievalService::update(const QStringList &paths, const er::IndexOptions &options)
{
    std::vector<std::string> roots;
    for (const QString &p : paths)
        if (!p.trimmed().isEmpty())
            roots.push_back(QDir(p).absolutePath().toStdString());
    er::IndexOptions opts = options;
    if (opts.limits.helperExecutable.empty())
        opts.limits.helperExecutable = pdfHelper();
    Job *job = submit(tr("Update the retrieval index"), QString(), false, true,
                      [roots, opts](Slot &slot, const engine::RunContext &ctx) {
                          if (roots.empty())
                              throw std::invalid_argument("add a folder or some files to index first");
                          std::shared_ptr<er::RetrievalIndex> holder;
                          slot.require(holder);
                          RetrievalUpdateResult result;
                          result.report = holder->update(roots, opts, ctx);
                          {
                              std::lock_guard lock(slot.mutex);
                              // An index replaced meanwhile (another project) keeps its own generation.
                              const bool current = slot.index == holder;
                              result.info = slot.infoOf(*holder, current ? ++slot.generation : 0);
                          }
                          return QVariant::fromValue(result);
                      });
    m_update = job;
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &) {
        if (state != JobState::Succeeded)
            return;
        const auto result = job->resultAs<RetrievalUpdateResult>();
        m_lastReport = result.report;
        accept(result.info);
    });
    return job;
}

Job *RetrievalService::indexBuiltIn()
{
    const QString folder = retrieval::helpCorpusFolder();
    if (folder.isEmpty()) {
        // Still a job, so the caller sees one way of failing.
        return submit(tr("Index the help pages"), QString(), true, true, [](Slot &, const engine::RunContext &) -> QVariant {
            throw std::runtime_error("the studio's help pages (resources/help) are not installed");
        });
    }
    er::IndexOptions options = hasIndex() ? m_info.options : retrieval::defaultIndexOptions();
    return update({folder}, options);
}

Job *RetrievalService::search(const QString &query, const er::SearchOptions &options)
{
    return submit(tr("Search passages"), QStringLiteral("retrieval.search"), true, false,
                  [query, options](Slot &slot, const engine::RunContext &ctx) {
                      const std::string q = checkedQuery(query, "a question or some words to search for");
                      if (options.topK < 1 || options.topK > 1000)
                          throw std::invalid_argument("top-k must be between 1 and 1000");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      ctx.checkpoint();
                      SearchOutcome out;
                      out.query = query.trimmed();
                      out.options = options;
                      {
                          std::lock_guard lock(slot.mutex);
                          out.indexGeneration = slot.generation;
                      }
                      std::string why;
                      if (options.retriever != er::Retriever::Bm25 && !index.denseAvailable(&why))
                          out.notice = QStringLiteral("dense search is not available: %1").arg(retrieval::fromStd(why));
                      if (index.chunkCount() == 0)
                          out.notice = QStringLiteral("the index holds no passages yet");
                      for (const er::SearchHit &hit : index.search(q, options))
                          out.passages.push_back(passageOf(index, hit));
                      if (out.passages.empty() && out.notice.isEmpty())
                          out.notice = QStringLiteral("no passage matches (no query word occurs in the index)");
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::passage(const QString &query, er::ChunkId chunk, const er::Bm25Params &bm25)
{
    return submit(tr("Show a passage"), QStringLiteral("retrieval.passage"), true, false,
                  [query, chunk, bm25](Slot &slot, const engine::RunContext &ctx) {
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      if (chunk < 0 || chunk >= index.chunkCount())
                          throw std::out_of_range("passage " + std::to_string(chunk) + " is not in the index (it has " +
                                                  std::to_string(index.chunkCount()) + ")");
                      const er::Chunk c = index.chunk(chunk);
                      const er::IndexedDocument doc = index.documentOf(chunk);
                      const std::string q = query.trimmed().toStdString();
                      PassageDetail d;
                      d.query = query.trimmed();
                      d.chunk = chunk;
                      d.text = retrieval::fromStd(c.text);
                      d.location = locationFrom(c, doc);
                      d.highlights = highlightsOf(q, c.text, index.analyzer());
                      if (!q.empty()) {
                          d.terms = index.bm25Terms(q, chunk, bm25);
                          for (const auto &t : d.terms)
                              d.bm25Score += t.score;
                      }
                      ctx.checkpoint();
                      // The chunk in its document: the file as it is now when it still holds the chunk
                      // where the index says, else the neighbouring chunks.
                      if (doc.size <= kContextFromFileLimit) {
                          try {
                              er::SourceFile f{doc.path, doc.size, doc.mtimeNs, doc.format};
                              er::IngestLimits limits = index.options().limits;
                              if (limits.helperExecutable.empty())
                                  limits.helperExecutable = pdfHelper();
                              const er::Document text = er::readDocument(f, limits);
                              if (c.end <= std::int64_t(text.text.size()) &&
                                  text.text.compare(std::size_t(c.begin), std::size_t(c.end - c.begin), c.text) == 0) {
                                  d.before = retrieval::fromStd(text.text.substr(0, std::size_t(c.begin))).right(kContextChars);
                                  d.after = retrieval::fromStd(text.text.substr(std::size_t(c.end))).left(kContextChars);
                                  d.contextFromFile = true;
                              }
                          } catch (const std::exception &) {
                              // Gone or unreadable: the neighbours below say enough.
                          }
                      }
                      if (!d.contextFromFile) {
                          if (chunk > doc.firstChunk) {
                              const er::Chunk p = index.chunk(chunk - 1);
                              const std::string s = p.end <= c.begin ? p.text + "\n…\n"
                                                                     : p.text.substr(0, std::size_t(std::max<std::int64_t>(0, c.begin - p.begin)));
                              d.before = retrieval::fromStd(s).right(kContextChars);
                          }
                          if (chunk + 1 < doc.firstChunk + doc.chunkCount) {
                              const er::Chunk n = index.chunk(chunk + 1);
                              const std::string s = n.begin >= c.end ? "\n…\n" + n.text
                                                                     : n.text.substr(std::size_t(std::min<std::int64_t>(
                                                                           std::int64_t(n.text.size()), c.end - n.begin)));
                              d.after = retrieval::fromStd(s).left(kContextChars);
                          }
                      }
                      return QVariant::fromValue(d);
                  });
}

Job *RetrievalService::explain(const QString &query, er::ChunkId chunk, const er::SearchOptions &options)
{
    return submit(tr("Explain a passage's ranks"), QStringLiteral("retrieval.explain"), true, false,
                  [query, chunk, options](Slot &slot, const engine::RunContext &) {
                      const std::string q = checkedQuery(query, "a question or some words to search for");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      if (chunk < 0 || chunk >= index.chunkCount())
                          throw std::out_of_range("passage " + std::to_string(chunk) + " is not in the index");
                      ExplainOutcome out;
                      out.query = query.trimmed();
                      out.explanation = index.explain(q, chunk, options);
                      er::SearchHit hit;
                      hit.chunk = chunk;
                      hit.bm25 = out.explanation.bm25;
                      hit.dense = out.explanation.dense;
                      hit.fused = out.explanation.fused;
                      out.passage = passageOf(index, hit);
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::findPassages(const QString &text, int limit)
{
    return submit(tr("Find passages by their text"), QStringLiteral("retrieval.find"), true, false,
                  [text, limit](Slot &slot, const engine::RunContext &ctx) {
                      const QString needle = text.trimmed();
                      if (needle.isEmpty())
                          throw std::invalid_argument("type some words of the passage to look for");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      PassageMatches out;
                      out.text = needle;
                      const int cap = std::clamp(limit, 1, 1000);
                      const std::int64_t n = index.chunkCount();
                      for (std::int64_t id = 0; id < n; ++id) {
                          if ((id & 255) == 0)
                              ctx.checkpoint();
                          const er::Chunk c = index.chunk(id);
                          const QString body = retrieval::fromStd(c.text);
                          const qsizetype at = body.indexOf(needle, 0, Qt::CaseInsensitive);
                          if (at < 0)
                              continue;
                          if (int(out.matches.size()) >= cap) {
                              out.truncated = true;
                              break;
                          }
                          PassageMatch m;
                          m.chunk = id;
                          m.location = locationFrom(c, index.documentOf(id));
                          const qsizetype from = std::max<qsizetype>(0, at - 60);
                          m.snippet = (from > 0 ? QStringLiteral("…") : QString()) +
                                      body.mid(from, needle.size() + 120).simplified() +
                                      (from + needle.size() + 120 < body.size() ? QStringLiteral("…") : QString());
                          out.matches.push_back(std::move(m));
                      }
                      return QVariant::fromValue(out);
                  });
}

namespace {

// Pinned passages first (in the user's order), then the rest by rank, dropped ones left out.
std::vector<er::SearchHit> answerHits(const AnswerRequest &request, const er::RetrievalIndex &index)
{
    std::vector<er::SearchHit> hits;
    std::set<er::ChunkId> seen;
    for (er::ChunkId id : request.pinned) {
        if (id < 0 || id >= index.chunkCount() || request.dropped.contains(id) || !seen.insert(id).second)
            continue;
        auto it = std::find_if(request.hits.begin(), request.hits.end(), [id](const er::SearchHit &h) { return h.chunk == id; });
        er::SearchHit h;
        h.chunk = id;
        hits.push_back(it != request.hits.end() ? *it : h);
    }
    for (const er::SearchHit &h : request.hits)
        if (h.chunk >= 0 && h.chunk < index.chunkCount() && !request.dropped.contains(h.chunk) && seen.insert(h.chunk).second)
            hits.push_back(h);
    return hits;
}

} // namespace

Job *RetrievalService::answer(const AnswerRequest &request)
{
    return submit(tr("Answer from the passages"), QStringLiteral("retrieval.answer"), false, false,
                  [request](Slot &slot, const engine::RunContext &ctx) {
                      const std::string q = checkedQuery(request.question, "a question");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      const std::vector<er::SearchHit> hits = answerHits(request, index);
                      ctx.checkpoint();
                      AnswerOutcome out;
                      out.question = request.question.trimmed();
                      out.answer = er::answerExtractively(index, q, hits, std::clamp(request.maxSentences, 1, 20));
                      for (const er::SearchHit &h : hits)
                          out.passages.push_back(passageOf(index, h));
                      out.prompt = retrieval::assemblePrompt(out.question, out.passages);
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::generate(const AnswerRequest &request, const QString &modelFolder, quint64 seed)
{
    QString folder = modelFolder;
    const QString shipped = shippedModelPath(QString::fromLatin1(kShippedTextModel));
    if (folder.isEmpty())
        folder = shipped;
    const bool isShipped = !shipped.isEmpty() && QFileInfo(folder).canonicalFilePath() == QFileInfo(shipped).canonicalFilePath();
    return submit(tr("Generate an answer from the passages"), QStringLiteral("retrieval.generate"), false, false,
                  [request, folder, isShipped, seed](Slot &slot, const engine::RunContext &ctx) {
                      const std::string q = checkedQuery(request.question, "a question");
                      if (folder.isEmpty())
                          throw std::runtime_error("the shipped model " + std::string(kShippedTextModel) +
                                                   " was not found; open a GPT-2-family model folder instead");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      const std::vector<er::SearchHit> hits = answerHits(request, index);
                      if (hits.empty())
                          throw std::runtime_error("no passages to answer from: search first, or pin a passage");
                      ctx.checkpoint();
                      engine::gpt::GptModel model = engine::gpt::GptModel::open(folder.toStdString());
                      er::GenerativeOptions options;
                      options.sampling.seed = seed;
                      // One more forward pass: cheap next to the generation, and the page shows where the model looked.
                      options.attentionSupport = true;
                      options.promptOverride = request.prompt.trimmed().isEmpty() ? std::string() : request.prompt.toStdString();
                      GenerativeOutcome out;
                      out.question = request.question.trimmed();
                      out.modelFolder = folder;
                      out.shippedModel = isShipped;
                      out.answer = er::answerGeneratively(index, q, hits, model, options, ctx);
                      for (std::size_t i = 0; i < out.answer.passages.size(); ++i)
                          out.passages.push_back(passageOf(index, hits[i]));
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::evaluate(const er::SearchOptions &options, const QString &questionsFile)
{
    const QString file = questionsFile.isEmpty() ? retrieval::helpQuestionsFile() : questionsFile;
    return submit(tr("Evaluate the retrievers"), QStringLiteral("retrieval.evaluate"), false, false,
                  [file, options](Slot &slot, const engine::RunContext &ctx) {
                      if (file.isEmpty())
                          throw std::runtime_error("the labelled questions (resources/help/questions.json) are not installed");
                      std::shared_ptr<er::RetrievalIndex> holder;
                      const er::RetrievalIndex &index = slot.require(holder);
                      EvaluationOutcome out;
                      out.questionsFile = file;
                      const auto questions = retrieval::loadQuestions(file);
                      out.questions = int(questions.size());
                      std::set<QString> indexed;
                      for (std::int64_t i = 0; i < index.documentCount(); ++i)
                          indexed.insert(QFileInfo(retrieval::fromStd(index.document(std::int32_t(i)).path)).fileName());
                      int missing = 0;
                      for (const auto &q : questions)
                          for (const auto &d : q.relevantDocuments)
                              if (!indexed.count(QFileInfo(retrieval::fromStd(d)).fileName())) {
                                  ++missing;
                                  break;
                              }
                      if (missing > 0)
                          out.notes << QStringLiteral("%1 of %2 questions name pages that are not in the index (they count as misses)")
                                           .arg(missing)
                                           .arg(out.questions);
                      out.results = index.evaluate(questions, options, ctx);
                      std::vector<std::string> texts;
                      for (const auto &q : questions)
                          texts.push_back(q.question);
                      out.annRecall = index.annRecall(texts, 10, options.ef);
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::previewChunks(const QString &path, const er::ChunkingSpec &spec)
{
    const std::string helper = pdfHelper();
    return submit(tr("Preview the chunks of %1").arg(QFileInfo(path).fileName()), QStringLiteral("retrieval.preview"), true, false,
                  [path, spec, helper](Slot &, const engine::RunContext &ctx) {
                      const QFileInfo fi(path);
                      const std::string name = native(path).toStdString();
                      if (path.isEmpty())
                          throw std::invalid_argument("choose a document to preview");
                      if (!fi.isFile())
                          throw std::runtime_error(name + ": no such file");
                      er::SourceFile f;
                      f.path = fi.absoluteFilePath().toStdString();
                      f.size = fi.size();
                      f.mtimeNs = fi.lastModified().toMSecsSinceEpoch() * 1000000;
                      f.format = er::formatForPath(f.path);
                      if (f.format.empty())
                          throw std::runtime_error(name + ": not a text, Markdown, HTML or PDF file");
                      er::IngestLimits limits;
                      limits.helperExecutable = helper;
                      ctx.progress(0.2, "reading");
                      er::Document doc = er::readDocument(f, limits);
                      ctx.checkpoint();
                      ChunkPreview out;
                      out.path = fi.absoluteFilePath();
                      out.spec = retrieval::fromStd(spec.toString());
                      QStringList notes;
                      if (doc.encoding != "utf-8" || doc.replacedBytes > 0)
                          notes << QStringLiteral("decoded as %1, %2 bytes replaced").arg(retrieval::fromStd(doc.encoding)).arg(doc.replacedBytes);
                      if (qint64(doc.text.size()) > kPreviewBytes) {
                          notes << QStringLiteral("only the first %1 KB are previewed").arg(kPreviewBytes >> 10);
                          doc.text = utf8Prefix(doc.text, std::size_t(kPreviewBytes));
                      }
                      ctx.progress(0.6, "chunking");
                      out.chunks = er::chunkDocument(doc, 0, spec);
                      for (auto &c : out.chunks)
                          c.text.clear(); // the ranges say it; the text would double the copy
                      out.text = retrieval::fromStd(doc.text);
                      out.notice = notes.join(QStringLiteral("; "));
                      return QVariant::fromValue(out);
                  });
}

Job *RetrievalService::run(const QString &title, const QString &coalesceKey, IndexWork work, bool hidden)
{
    return submit(title, coalesceKey, hidden, false, [work = std::move(work)](Slot &slot, const engine::RunContext &ctx) {
        std::shared_ptr<er::RetrievalIndex> holder;
        return work(slot.require(holder), ctx);
    });
}

std::optional<er::Chunk> RetrievalService::chunk(er::ChunkId id) const
{
    const auto index = m_slot->current();
    if (!index || id < 0 || id >= index->chunkCount())
        return std::nullopt;
    try {
        return index->chunk(id);
    } catch (const std::out_of_range &) {
        return std::nullopt; // the index changed between the check and the copy
    }
}

std::optional<PassageLocation> RetrievalService::locationOf(er::ChunkId id) const
{
    const auto index = m_slot->current();
    if (!index || id < 0)
        return std::nullopt;
    try {
        return locationFrom(index->chunk(id), index->documentOf(id));
    } catch (const std::out_of_range &) {
        return std::nullopt;
    }
}

std::pair<er::ChunkId, qint64> RetrievalService::chunksOfDocument(const QString &path) const
{
    const auto index = m_slot->current();
    if (!index)
        return {0, 0};
    const std::string wanted = QDir(path).absolutePath().toStdString();
    for (std::int64_t i = 0; i < index->documentCount(); ++i) {
        const er::IndexedDocument d = index->document(std::int32_t(i));
        if (d.path == wanted)
            return {d.firstChunk, d.chunkCount};
    }
    return {0, 0};
}

} // namespace genlab::services
