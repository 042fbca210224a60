#pragma once

#include "engine/base/partial.h"
#include "engine/gpt/gptconfig.h"
#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/gpt/training.h"
#include "engine/runtime/compute.h"
#include "engine/text/tokenizer.h"
#include "services/modelslot.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;
struct Recipe;

// The language model that ships in resources/models and loads when the Text lab opens.
inline constexpr char kShippedTextModel[] = "lm-shakespeare-bpe";

// What is known about the loaded model, on the GUI side. The tokenizer is immutable and may be
// used from any thread; the model itself stays on the interactive lane.
struct TextModelInfo
{
    QString source;      // the folder it was read from
    QString name;        // short label: the folder's name
    bool shipped = false;
    engine::gpt::GptConfig config;
    qint64 parameterCount = 0;
    QString tokenizerKind; // "bpe", "char", "" when none
    QString device;
    QString weightsSha256; // of model.safetensors, for recipes
    engine::gpt::WeightFormat weights = engine::gpt::WeightFormat::Fp32; // how it was loaded
    qint64 weightBytes = 0; // memory its weights take held that way
    std::shared_ptr<const engine::text::Tokenizer> tokenizer;

    quint64 generation = 0; // grows with every load (ModelSlot): results of an older model are stale

    bool isValid() const { return config.vocabSize > 0; }
};

// One generation request. The settings are the engine's (see SamplingSettings for the defaults).
struct TextGenerationRequest
{
    QString prompt;              // encoded with the model's tokenizer when promptIds is empty
    std::vector<int> promptIds;  // exact ids: branches continue from a prefix plus a chosen token
    engine::gpt::SamplingSettings sampling;
};

// What a generation produced, with the full trace of every token for the microscope.
struct TextGeneration
{
    std::vector<int> promptIds; // as used (the tail of a prompt longer than the context)
    std::vector<int> ids;       // generated tokens
    std::vector<engine::gpt::TokenTrace> traces; // one per generated token
    QStringList pieces;         // each generated token's own text (plain text; may hold U+FFFD
                                // where a token ends inside a multi-byte character)
    QString text;               // the generated text, cut before a stop sequence
    QString stopReason;         // "max tokens", "stop sequence", "end of text", "stopped"
    QString notice;             // prompt truncated, context window slid; empty when none
    double logProbability = 0;  // sum of ln(raw probability) of the generated tokens
    double tokensPerSecond = 0; // after the first token
    double firstTokenMs = 0;
    engine::gpt::SamplingSettings sampling;
};

// One token as it streams in (a Partial of this kind per token); the full trace comes with the result.
struct StreamedToken
{
    static constexpr std::string_view kKind = "text.token";
    int index = 0; // position among the generated tokens
    int id = -1;
    float probability = 0;    // in the final distribution
    float rawProbability = 0; // the model's own
    double entropy = 0;       // bits
    double surprise = 0;      // bits
    QString text;             // the token's own text

    engine::Partial encode() const;
    static std::optional<StreamedToken> decode(const engine::Partial &partial);
};

// One merge as BPE learning finds it (a Partial of this kind per merge).
struct LearnedMerge
{
    static constexpr std::string_view kKind = "text.merge";
    int rank = 0;       // 0 for the first merge learned
    std::string left;   // byte-level spellings of the two tokens merged
    std::string right;
    std::int64_t count = 0; // how often the pair occurred when it was merged

    engine::Partial encode() const;
    static std::optional<LearnedMerge> decode(const engine::Partial &partial);
};

struct TextAttention
{
    std::vector<int> ids;  // the tokens the maps are for (the tail of a long text)
    int droppedTokens = 0; // tokens before them that were left out
    engine::gpt::AttentionMaps maps;
};

struct TokenizedText
{
    std::vector<int> ids;
    QStringList pieces;   // each token's text (plain text)
    QStringList displays; // printable form: "·" for a space, "↵" for a newline
    qint64 characters = 0;
    qint64 bytes = 0;
};

struct TrainedTokenizer
{
    std::shared_ptr<const engine::text::Tokenizer> tokenizer;
    int mergeCount = 0;
    qint64 wordCount = 0;
    bool reachedVocabSize = false;
    QString corpusNote; // encoding, replaced bytes
};

// The Text lab's typed facade over the gpt and text engine modules. The model lives on the Text
// lab's own interactive lane (lab "text": loading, generation, attention) and is never touched
// elsewhere; training and BPE learning run on the training lane.
// Thread: GUI only (construct, call and connect from the GUI thread).
class TextService : public QObject
{
    Q_OBJECT
public:
    explicit TextService(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~TextService() override;

    // Every job's result is read with job->resultAs<T>(), T as said here.
    // Result: TextModelInfo. The loaded model replaces the previous one only when
    // loading succeeded; a failure names the file and the problem (a missing or misshaped tensor).
    // weights: how the decode matrices are held (bf16 / int8: less memory, faster decoding).
    Job *loadShippedModel(engine::gpt::WeightFormat weights = engine::gpt::WeightFormat::Fp32);
    Job *loadModel(const QString &folder, engine::gpt::WeightFormat weights = engine::gpt::WeightFormat::Fp32);
    // The model last loaded successfully (invalid before).
    const TextModelInfo &model() const { return m_model.info(); }
    bool hasModel() const { return m_model.has(); }

    // Streams a StreamedToken per token; result: TextGeneration. A newer
    // request drops a queued older one. Fails when no model is loaded.
    Job *generate(const TextGenerationRequest &request);
    // Ends the running generation after its current token; its job then succeeds with what was
    // generated so far (stopReason "stopped").
    void stopGeneration();

    // Result: TextAttention for the last maxTokens of ids.
    Job *attention(const std::vector<int> &ids, int maxTokens = 96);

    // Result: TokenizedText. Runs on the I/O lane; a newer request with the same
    // key drops a queued older one.
    Job *tokenize(std::shared_ptr<const engine::text::Tokenizer> tokenizer, const QString &text,
                  const QString &coalesceKey = QStringLiteral("text.tokenize"));
    static TokenizedText tokenizeNow(const engine::text::Tokenizer &tokenizer, const QString &text);

    // A tokenizer from a folder (encoder.json + vocab.bpe, vocab.json + merges.txt, vocab.txt for
    // BERT's WordPiece, or a model folder) or a WordPiece vocab.txt file; result:
    // std::shared_ptr<const engine::text::Tokenizer>.
    Job *loadTokenizer(const QString &folder);
    // Throws std::runtime_error naming the folder when it holds no tokenizer.
    static std::shared_ptr<const engine::text::Tokenizer> readTokenizer(const QString &folder);

    // Learns a byte-level BPE vocabulary on a text file (training lane). Streams a LearnedMerge per
    // merge; result: TrainedTokenizer.
    Job *trainTokenizer(const QString &corpusPath, int vocabSize);

    // Trains a language model (services::submitTraining: training lane, pausable). Streams the
    // engine's typed training events (engine/train/events.h: Metrics, TextPreview, LogLine,
    // CheckpointWritten, Divergence); result: engine::gpt::TrainResult.
    Job *train(const engine::gpt::TrainOptions &options);

    // The recipe of a generation with this model (lab "text", action "generate").
    static Recipe recipeFor(const TextGeneration &generation, const TextModelInfo &model, const QString &prompt);
    // Writes the text (prompt + generation) and OUTPUT.recipe.json beside it, each atomically.
    static bool saveGeneration(const QString &path, const QString &prompt, const TextGeneration &generation,
                               const TextModelInfo &model, QString *error);

    struct Slot; // the interactive lane's model, shared with the jobs

private:
    Job *submitLoad(const QString &folder, bool shipped, engine::gpt::WeightFormat weights);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
    LoadedModel<TextModelInfo> m_model;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::TextModelInfo)
Q_DECLARE_METATYPE(genlab::services::TextGeneration)
Q_DECLARE_METATYPE(genlab::services::TextAttention)
Q_DECLARE_METATYPE(genlab::services::TokenizedText)
Q_DECLARE_METATYPE(genlab::services::TrainedTokenizer)
Q_DECLARE_METATYPE(genlab::engine::gpt::TrainResult)
Q_DECLARE_METATYPE(std::shared_ptr<const genlab::engine::text::Tokenizer>)
