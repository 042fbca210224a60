#pragma once

#include "engine/base/partial.h"
#include "engine/gpt/gptconfig.h"
#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/gpt/training.h"
#include "engine/runtime/compute.h"
#include "engine/text/tokenizer.h"

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
    std::shared_ptr<const engine::text::Tokenizer> tokenizer;

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

// One token as it streams in (Partial kind "token"); the full trace comes with the result.
struct StreamedToken
{
    int index = 0; // position among the generated tokens
    int id = -1;
    float probability = 0;    // in the final distribution
    float rawProbability = 0; // the model's own
    double entropy = 0;       // bits
    double surprise = 0;      // bits
    QString text;             // the token's own text
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

// The Text lab's typed facade over the gpt and text engine modules. The model lives on the
// interactive lane's thread (loading, generation, attention) and is never touched elsewhere;
// training and BPE learning run on the training lane.
// Thread: GUI only (construct, call and connect from the GUI thread).
class TextService : public QObject
{
    Q_OBJECT
public:
    explicit TextService(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~TextService() override;

    // Result: TextModelInfo (modelInfoOf()). The loaded model replaces the previous one only when
    // loading succeeded; a failure names the file and the problem (a missing or misshaped tensor).
    Job *loadShippedModel();
    Job *loadModel(const QString &folder);
    static TextModelInfo modelInfoOf(const Job *job);
    // The model last loaded successfully (invalid before).
    const TextModelInfo &model() const { return m_model; }
    bool hasModel() const { return m_model.isValid(); }

    // Streams Partials of kind "token" (tokensOf()); result: TextGeneration (generationOf()). A newer
    // request drops a queued older one. Fails when no model is loaded.
    Job *generate(const TextGenerationRequest &request);
    // Ends the running generation after its current token; its job then succeeds with what was
    // generated so far (stopReason "stopped").
    void stopGeneration();
    static TextGeneration generationOf(const Job *job);
    static QList<StreamedToken> tokensOf(const engine::Partial &partial);

    // Result: TextAttention (attentionOf()) for the last maxTokens of ids.
    Job *attention(const std::vector<int> &ids, int maxTokens = 96);
    static TextAttention attentionOf(const Job *job);

    // Result: TokenizedText (tokenizedOf()). Runs on the I/O lane; a newer request with the same
    // key drops a queued older one.
    Job *tokenize(std::shared_ptr<const engine::text::Tokenizer> tokenizer, const QString &text,
                  const QString &coalesceKey = QStringLiteral("text.tokenize"));
    static TokenizedText tokenizedOf(const Job *job);
    static TokenizedText tokenizeNow(const engine::text::Tokenizer &tokenizer, const QString &text);

    // A tokenizer from a folder (encoder.json + vocab.bpe, vocab.json + merges.txt, or a model
    // folder); result: std::shared_ptr<const Tokenizer> (tokenizerOf()).
    Job *loadTokenizer(const QString &folder);
    static std::shared_ptr<const engine::text::Tokenizer> tokenizerOf(const Job *job);
    // Throws std::runtime_error naming the folder when it holds no tokenizer.
    static std::shared_ptr<const engine::text::Tokenizer> readTokenizer(const QString &folder);

    // Learns a byte-level BPE vocabulary on a text file (training lane). Streams Partials of kind
    // "merge" (text "left right", step = rank, scalars count); result: TrainedTokenizer.
    Job *trainTokenizer(const QString &corpusPath, int vocabSize);
    static TrainedTokenizer trainedTokenizerOf(const Job *job);

    // Trains a language model (training lane, pausable: pause, resume and single-step from the
    // panel or the Jobs dock). Streams the engine's "metrics", "samples" and "log" Partials;
    // result: engine::gpt::TrainResult (trainResultOf()).
    Job *train(const engine::gpt::TrainOptions &options);
    static engine::gpt::TrainResult trainResultOf(const Job *job);

    // The recipe of a generation with this model (lab "text", action "generate").
    static Recipe recipeFor(const TextGeneration &generation, const TextModelInfo &model, const QString &prompt);
    // Writes the text (prompt + generation) and OUTPUT.recipe.json beside it, each atomically.
    static bool saveGeneration(const QString &path, const QString &prompt, const TextGeneration &generation,
                               const TextModelInfo &model, QString *error);

    struct Slot; // the interactive lane's model, shared with the jobs

private:
    Job *submitLoad(const QString &folder, bool shipped);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
    TextModelInfo m_model;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::TextModelInfo)
Q_DECLARE_METATYPE(genlab::services::TextGeneration)
Q_DECLARE_METATYPE(genlab::services::TextAttention)
Q_DECLARE_METATYPE(genlab::services::TokenizedText)
Q_DECLARE_METATYPE(genlab::services::TrainedTokenizer)
Q_DECLARE_METATYPE(genlab::engine::gpt::TrainResult)
Q_DECLARE_METATYPE(std::shared_ptr<const genlab::engine::text::Tokenizer>)
