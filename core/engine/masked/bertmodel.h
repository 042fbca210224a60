#pragma once

#include "engine/base/runcontext.h"
#include "engine/runtime/compute.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::text {
class WordPieceTokenizer;
}

namespace genlab::engine::masked {

namespace detail {
struct BertModelState;
}

// The shape of a BERT-family encoder (post-LayerNorm blocks, learned absolute positions, token
// types, GELU (erf)), as a Hugging Face config.json writes it. bert-base-uncased is
// {30522, 512, 12, 12, 768, 3072, 2}.
struct BertConfig
{
    int vocabSize = 0;
    int maxPositions = 0;   // max_position_embeddings
    int layers = 0;         // num_hidden_layers
    int heads = 0;          // num_attention_heads
    int hiddenSize = 0;     // a multiple of heads
    int intermediateSize = 0;
    int typeVocabSize = 2;
    double layerNormEps = 1e-12;
    int padTokenId = 0;

    int headDim() const { return heads > 0 ? hiddenSize / heads : 0; }
    std::int64_t parameterCount(bool withMlmHead) const;
    // Throws std::invalid_argument naming the field when a value is out of range.
    void validate() const;
    // Hugging Face keys (model_type "bert", vocab_size, max_position_embeddings, ...).
    std::string toJson() const;
    // Accepts a Hugging Face BERT config.json; throws std::runtime_error naming the missing or bad
    // field, or the other architecture ("model_type": "gpt2" is not a BERT encoder).
    static BertConfig fromJson(const std::string &json);
    bool operator==(const BertConfig &) const = default;
};

// How a sentence embedding is pooled from the last hidden states (sentence-transformers'
// 1_Pooling/config.json; plain BERT folders: mean).
enum class Pooling { Mean, Cls };

// Softmaxed attention of every layer and head for one input: weights[((l * heads + h) * tokens + q)
// * tokens + k] (rows sum to 1; BERT is bidirectional, every key is visible).
struct BertAttention
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

// One forward pass over one sequence of ids (with [CLS]/[SEP] as the caller put them).
struct BertOutput
{
    int tokens = 0;
    int hiddenSize = 0;
    std::vector<float> hidden; // last hidden states [tokens * hiddenSize]
    int vocabSize = 0;         // 0 when the model has no MLM head or logits were not asked for
    std::vector<float> logits; // MLM logits [tokens * vocabSize]
};

// A BERT-family encoder, with its MLM head when the checkpoint has one, its WordPiece tokenizer
// and its pooling.
// Thread: one worker at a time (the lane that loaded it); move it between threads only while idle.
class BertModel
{
public:
    BertModel();
    ~BertModel();
    BertModel(BertModel &&) noexcept;
    BertModel &operator=(BertModel &&) noexcept;

    // Initialised as BERT is (N(0, 0.02), zero biases, unit LayerNorms), seeded; with an MLM head
    // (tied to the word embeddings) when withMlmHead.
    static BertModel createRandom(const BertConfig &config, std::uint64_t seed, bool withMlmHead = true,
                                  const ResolvedDevice &device = {});
    // A model folder: a Hugging Face BertForMaskedLM or BertModel folder (config.json,
    // model.safetensors, vocab.txt), a sentence-transformers folder (modules.json,
    // 1_Pooling/config.json, the transformer in the folder itself or in the sub-folder modules.json
    // names), or our own checkpoint (which is the first layout). Throws std::runtime_error naming
    // the file and the problem (a missing or misshaped tensor gives its name and both shapes; a
    // checkpoint of another architecture says which it is).
    static BertModel open(const std::string &folder, const ResolvedDevice &device = {});

    // Writes a Hugging Face BertForMaskedLM folder (config.json, model.safetensors, vocab.txt)
    // that open() and python reads alike. extraConfig: a JSON object merged into config.json.
    void save(const std::string &folder, std::int64_t step = 0, const std::string &extraConfig = {}) const;

    bool isNull() const { return !m_state; }
    const BertConfig &config() const;
    bool hasMlmHead() const;
    Pooling pooling() const;
    bool normalizesEmbeddings() const; // sentence-transformers' Normalize module (plain folders: true)
    std::string deviceId() const;
    std::string source() const; // folder or "random (seed N)"

    // Null for random models until one is set.
    std::shared_ptr<const text::WordPieceTokenizer> tokenizer() const;
    void setTokenizer(std::shared_ptr<const text::WordPieceTokenizer> tokenizer);

    // ids longer than maxPositions are refused (std::invalid_argument); callers truncate with a notice.
    BertOutput forward(const std::vector<int> &ids, bool withLogits = true) const;
    BertAttention attention(const std::vector<int> &ids) const;
    // One pooled (and, when the folder says so, normalised) vector per text, batched; each text is
    // tokenized with [CLS] ... [SEP] and truncated to maxPositions. Calls ctx.checkpoint() per batch.
    std::vector<std::vector<float>> embed(const std::vector<std::string> &texts, const RunContext &ctx = {}) const;

    // Internal state for the masked module's own code (training); opaque elsewhere.
    detail::BertModelState *state() const { return m_state.get(); }
    explicit BertModel(std::unique_ptr<detail::BertModelState> state);

private:
    std::unique_ptr<detail::BertModelState> m_state;
};

} // namespace genlab::engine::masked
