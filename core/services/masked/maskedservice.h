#pragma once
// The Masked objectives lab's facade: BERT's fill-mask (the shipped masked LM or a BERT folder the
// user opens), T5's span corruption and the small T5 that fills the spans, and the three objectives
// (GPT's next token, BERT's masks, T5's spans) on one sentence. The models live on the lab's own
// interactive lane ("masked"); training (masked LM, T5) goes through services::submitTraining.
// Thread: GUI only.

#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"
#include "engine/masked/mlmtraining.h"
#include "engine/masked/t5training.h"
#include "engine/runtime/compute.h"
#include "services/latent/latentoutputs.h"
#include "services/modelslot.h"
#include "services/text/textservice.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

namespace masked {
inline constexpr char kShippedMlm[] = "mlm-shakespeare";
inline constexpr char kShippedT5[] = "t5-shakespeare";
// The GPT whose next-token predictions the three-objectives page shows (the Text lab's shipped one).
inline constexpr char kShippedGpt[] = "lm-shakespeare-bpe";
} // namespace masked

// The encoder the lab works with, as the GUI sees it. Plain data.
struct MaskedModelInfo
{
    latent::ModelSource source;
    engine::masked::BertConfig config;
    bool hasMlmHead = false;
    QString pooling;           // "mean" or "cls"
    bool normalizes = true;
    qint64 parameterCount = 0;
    quint64 generation = 0;    // grows with every load
    // "mlm-shakespeare: BERT, 4 layers, 4 heads, 128 wide, 3,000 tokens, 0.9 M parameters"
    QString describe() const;
};

// One WordPiece of the user's sentence.
struct SentencePiece
{
    QString text;           // as in the vocabulary, without "##"
    int id = 0;
    int word = -1;          // the word it belongs to (-1: [CLS]/[SEP])
    bool continuation = false;
    bool special = false;   // [CLS], [SEP], [MASK] written by the user
    int begin = 0, end = 0; // UTF-8 byte offsets in the sentence
};

struct MaskCandidate
{
    QString token;          // without "##"
    bool continuation = false;
    int id = 0;
    double probability = 0;
};

// The candidates at one masked position, best first.
struct MaskPrediction
{
    int position = 0;        // in the model's input (0 is [CLS])
    int word = -1;           // the word it masks (-1: a [MASK] the user wrote)
    std::vector<MaskCandidate> candidates;
};

// One step of iterative filling: the most confident mask is filled, the others predicted again.
struct FillStep
{
    int position = 0;
    MaskCandidate chosen;
    std::vector<MaskPrediction> masks; // what the model predicted before filling, every mask still open
    QString text;                       // the sentence after this step
};

struct FillMaskRequest
{
    QString text;
    QList<int> maskedWords;   // words (WordPieceTokenizer::Piece::word) to mask; [MASK] in the text counts too
    bool wholeWord = true;    // mask every piece of a word; otherwise only its first piece
    int topK = 5;
    bool iterative = false;   // also fill the masks one at a time, most confident first
};

struct FillMaskOutcome
{
    quint64 modelGeneration = 0;
    FillMaskRequest request;
    std::vector<SentencePiece> words; // the sentence as the tokenizer split it (no [CLS]/[SEP]), for click-to-mask
    std::vector<int> inputIds;         // [CLS] ... [SEP] with the masks in place
    QStringList inputPieces;           // one per input id
    std::vector<MaskPrediction> masks; // in text order
    std::vector<FillStep> steps;       // iterative filling, when asked
    QString filledText;                // the sentence with every mask filled by its favourite
    QString notice;                    // truncated, no mask, ...
};

// T5's span corruption of one sentence, and the small T5's fill of its spans.
struct CorruptRequest
{
    QString text;
    double rate = 0.15;
    double meanSpan = 3;
    quint64 seed = 1;
    bool fill = true; // run the T5 model on the corrupted input
};

struct CorruptOutcome
{
    CorruptRequest request;
    QStringList pieces;         // the sentence's tokens
    std::vector<int> spanOf;    // per piece: the span it falls in (-1: kept)
    QStringList inputPieces;    // the encoder's input, sentinels in place of the spans
    QStringList targetPieces;   // the decoder's target: sentinel, span, sentinel, ...
    double expectedSpans = 0;   // length * rate / mean span
    int drawnSpans = 0;
    int noiseTokens = 0;
    QStringList filled;         // the model's text for each span (empty without a model)
    QString modelTarget;        // the model's whole decoded target
    QString notice;
};

// The three objectives on one sentence.
struct ObjectivesRequest
{
    QString text;
    QList<int> maskedWords;  // empty: BERT's rule draws 15 % of the words with the seed
    double rate = 0.15;      // T5's corruption rate
    double meanSpan = 3;
    quint64 seed = 1;
};

struct NextTokenPrediction
{
    QString context;   // the token it follows
    QString actual;    // the next token in the sentence
    QString predicted; // the model's top-1
    double probabilityOfActual = 0;
    double probabilityOfPredicted = 0;
};

struct ObjectivesOutcome
{
    ObjectivesRequest request;
    QStringList gptPieces;
    std::vector<NextTokenPrediction> gpt; // one per position that has a next token
    FillMaskOutcome bert;
    CorruptOutcome t5;
    int gptTargets = 0;  // every position predicts the next: tokens - 1
    int bertTargets = 0; // the masked positions
    int t5Targets = 0;   // the target's tokens (spans + sentinels)
    QString notice;      // which models were missing
};

// A finished training run of either objective.
struct MaskedTrainResult
{
    QString objective;      // "mlm" or "t5"
    QString checkpointDir;
    qint64 step = 0;
    double validationLoss = 0;
    double validationAccuracy = 0; // masked positions (mlm) or target tokens (t5), teacher forced
    double seconds = 0;
    qint64 parameterCount = 0;
    QString preview;        // the probe filled (mlm) or the last preview (t5)
};

namespace masked {
// The engine's candidates as the lab shows them ("##ing" becomes "ing" with continuation set).
MaskCandidate candidateOf(const engine::masked::MaskCandidate &candidate);
std::vector<MaskPrediction> predictionsOf(const std::vector<engine::masked::MaskPrediction> &masks);
} // namespace masked

class MaskedService : public QObject
{
    Q_OBJECT
public:
    explicit MaskedService(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~MaskedService() override;

    // A shipped name (masked::kShippedMlm) or a BERT folder (BertForMaskedLM, BertModel,
    // sentence-transformers). Result: MaskedModelInfo. A failed load keeps the model there was.
    Job *load(const QString &nameOrFolder);
    // Result: FillMaskOutcome. Latest wins.
    Job *fillMask(const FillMaskRequest &request);
    // Result: TextAttention (the BERT maps, bidirectional) of [CLS] ids [SEP] as the caller gives them.
    Job *attention(const std::vector<int> &ids, int maxTokens = 96);
    // Result: CorruptOutcome (the T5 model is loaded on first use). Latest wins.
    Job *corrupt(const CorruptRequest &request);
    // The T5 the corruption and objectives pages fill spans with from now on (a trained folder);
    // empty: the shipped one.
    void setT5Model(const QString &folder);
    // Result: ObjectivesOutcome. Latest wins.
    Job *objectives(const ObjectivesRequest &request);
    // Training lane, pausable. Result: MaskedTrainResult. Partials: engine/train/events.h and, for
    // the masked LM, engine::masked::MaskedProbe.
    Job *trainMlm(const engine::masked::TrainOptions &options);
    Job *trainT5(const engine::masked::T5TrainOptions &options);

    bool hasModel() const { return m_model.has(); }
    const MaskedModelInfo &model() const { return m_model.info(); }
    // The loaded encoder's tokenizer (null before a load): immutable, shared with the lane.
    std::shared_ptr<const engine::text::WordPieceTokenizer> tokenizer() const { return m_tokenizer; }
    QString pieceText(int id) const;

    JobManager *jobManager() const { return m_jobs; }
    const engine::ResolvedDevice &device() const { return m_device; }

    struct Slot;

private:
    Job *submit(const QString &title, const QString &coalesceKey, bool hidden,
                std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
    LoadedModel<MaskedModelInfo> m_model;
    std::shared_ptr<const engine::text::WordPieceTokenizer> m_tokenizer;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::MaskedModelInfo)
Q_DECLARE_METATYPE(genlab::services::FillMaskOutcome)
Q_DECLARE_METATYPE(genlab::services::CorruptOutcome)
Q_DECLARE_METATYPE(genlab::services::ObjectivesOutcome)
Q_DECLARE_METATYPE(genlab::services::MaskedTrainResult)
