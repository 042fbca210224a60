#pragma once

#include "engine/base/runcontext.h"
#include "engine/gpt/gptconfig.h"
#include "engine/gpt/sampling.h"
#include "engine/gpt/weightformat.h"
#include "engine/runtime/compute.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::text {
class Tokenizer;
}

namespace genlab::engine::gpt {

namespace detail {
struct GptModelState;
}

// Text generate() streams as it goes (through RunContext::partial): the text of token `index` once it
// forms whole characters (a piece may cover several tokens, or none yet).
struct GeneratedPiece
{
    static constexpr std::string_view kKind = "gpt.piece";
    std::int64_t index = 0; // of the generated token that completed the piece
    std::string text;

    Partial encode() const;
    static std::optional<GeneratedPiece> decode(const Partial &partial);
};

// What one generate() call produced.
struct GenerationResult
{
    std::vector<int> promptIds;     // as used: the tail of the prompt when it was truncated
    std::vector<int> ids;           // generated tokens, in order
    std::vector<TokenTrace> traces; // one per generated token
    std::string text;               // decoded generated text, cut before a stop sequence (empty without a tokenizer)
    std::string stopReason;         // "max tokens", "stop sequence", "end of text"
    std::string notice;             // e.g. the prompt was truncated, the context window slid; empty when none
    double logProbability = 0;      // sum of ln(rawProbability): the model's log-probability of the branch
    double sampledLogProbability = 0; // sum of ln(probability) in the final (filtered) distributions
    double tokensPerSecond = 0;     // generated tokens / time after the first token
    double firstTokenMs = 0;        // prompt processing + first token
};

// Per generated token: its trace and its text (the UTF-8 that became complete with it; may be
// empty when a token ends inside a multi-byte character or text is held back while it could be
// the start of a stop sequence).
using TokenCallback = std::function<void(const TokenTrace &trace, const std::string &text)>;

// Softmaxed attention of every layer and head for one text: weights[((l * heads + h) * tokens + q) * tokens + k]
// is how much query position q attends to key position k (rows sum to 1; k > q is 0).
struct AttentionMaps
{
    int layers = 0;
    int heads = 0;
    int tokens = 0;
    std::vector<float> weights;

    float at(int layer, int head, int query, int key) const
    {
        return weights[((std::size_t(layer) * heads + head) * tokens + query) * tokens + key];
    }
};

// How well a model predicts a text: exp of the mean negative log-likelihood of its tokens.
struct PerplexityResult
{
    std::int64_t tokens = 0;   // tokens scored (all but the first of the text)
    std::int64_t windows = 0;  // forward passes
    int stride = 0;            // new tokens per window after the first
    double meanNll = 0;        // nats per token
    double perplexity = 0;     // exp(meanNll)
};

// A GPT-2-family language model, its tokenizer and its key/value cache.
// Thread: one worker at a time (the lane that loaded it); move it between threads only while idle.
class GptModel
{
public:
    GptModel();
    ~GptModel();
    GptModel(GptModel &&) noexcept;
    GptModel &operator=(GptModel &&) noexcept;

    // Randomly initialised as GPT-2 is (N(0, 0.02), scaled residual projections), seeded.
    static GptModel createRandom(const GptConfig &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // A model folder: our own checkpoint (config.json "architecture": "gpt2") or a Hugging Face
    // GPT-2-family folder (config.json + model.safetensors + vocab.json/merges.txt). Throws
    // std::runtime_error naming the file and the problem (a missing or misshaped tensor gives
    // its name, the expected and the actual shape).
    static GptModel open(const std::string &folder, const ResolvedDevice &device = {});
    // As above, with the decode weights converted to options.weights (bf16 / int8: CPU only;
    // such a model decodes, scores and shows attention, but cannot be saved or trained).
    static GptModel open(const std::string &folder, const ResolvedDevice &device, const GptLoadOptions &options);
    // Just the weights of a Hugging Face layout safetensors file ("transformer." prefix optional,
    // Conv1D [in, out] weights, fused c_attn, F32/F16/BF16) for a given config. No tokenizer.
    static GptModel openSafetensors(const std::string &path, const GptConfig &config,
                                    const ResolvedDevice &device = {}, const GptLoadOptions &options = {});

    // Writes our checkpoint (io::saveCheckpoint, architecture "gpt2", weights in Hugging Face
    // GPT-2 layout) with the tokenizer files beside it, so the folder is self-contained.
    // extraConfig: a JSON object merged into config.json (recipe, data set); may be empty.
    void save(const std::string &folder, std::int64_t step = 0, const std::string &extraConfig = {}) const;
    // Hugging Face layout weights only (names without the "transformer." prefix).
    void saveSafetensors(const std::string &path) const;

    bool isNull() const { return !m_state; }
    const GptConfig &config() const;
    std::string deviceId() const;
    // Where the weights came from (folder or "random (seed N)"), for messages and recipes.
    std::string source() const;
    // How the decode matrices are held, and the bytes all weights take in memory that way.
    WeightFormat weightFormat() const;
    std::int64_t weightBytes() const;

    // May be null (random models, bare safetensors).
    std::shared_ptr<const text::Tokenizer> tokenizer() const;
    void setTokenizer(std::shared_ptr<const text::Tokenizer> tokenizer);

    // Logits of every position of one full forward pass (no cache): [ids.size() * vocabSize].
    std::vector<float> logits(const std::vector<int> &ids) const;
    AttentionMaps attention(const std::vector<int> &ids) const;
    // Perplexity of a token sequence of any length: windows of the full context sliding by half
    // of it, so every token but the first is scored once, with at least half a context before it
    // once the text is longer than one window. Calls ctx.checkpoint() and ctx.progress() per window.
    PerplexityResult perplexity(const std::vector<int> &ids, const RunContext &ctx = {}) const;

    // Generates from any prefix of ids (branching re-uses the cached part of a previous prompt).
    // Calls ctx.checkpoint() once per token, ctx.partial(GeneratedPiece) per token with text,
    // and onToken. A prompt longer than the context keeps its last tokens, with a notice.
    GenerationResult generate(const std::vector<int> &promptIds, const SamplingSettings &settings,
                              const RunContext &ctx = {}, const TokenCallback &onToken = {});

    // The raw key/value-cache path, for tests and benchmarks: appends tokens to the cached
    // sequence and returns the logits of the last one; resetCache() starts over.
    std::vector<float> appendTokens(const std::vector<int> &ids);
    void resetCache();
    int cachedLength() const;

    // Internal state for the gpt module's own code (training); opaque elsewhere.
    detail::GptModelState *state() const { return m_state.get(); }
    explicit GptModel(std::unique_ptr<detail::GptModelState> state);

private:
    void checkSavable(const char *what) const;

    std::unique_ptr<detail::GptModelState> m_state;
};

} // namespace genlab::engine::gpt
