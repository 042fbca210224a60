#pragma once

#include <cstdint>
#include <string>

namespace genlab::engine::masked {

// config.json "architecture" of the studio's own T5-style encoder-decoder.
inline constexpr char kT5Architecture[] = "t5-studio";

enum class T5FeedForward {
    Relu,      // T5 1.0: wo(relu(wi x))
    GatedGelu, // T5 1.1: wo(gelu_tanh(wi_0 x) * wi_1 x)
};

// The shape of a small T5-style encoder-decoder: pre-norm RMSNorm (T5's LayerNorm: no mean, no
// bias), relative position buckets (bidirectional in the encoder, causal in the decoder; one bias
// table per stack, held by its first block and shared by every layer), no absolute positions,
// unscaled dot-product attention (T5 folds the 1/sqrt(d) into the initialisation), decoder
// cross-attention without position bias, input and output embeddings tied with the output scaled
// by 1/sqrt(dModel) as T5 1.0 does.
// Special ids: the WordPiece vocabulary's [PAD] pads and starts the decoder (T5 starts with its
// pad id), [SEP] is the end token (T5's </s>, in BERT's spelling, so the tokenizer keeps it whole),
// and the sentinels are the tokens "<extra_id_0>" .. "<extra_id_{sentinels-1}>".
struct T5Config
{
    int vocabSize = 0;
    int dModel = 128;
    int dKv = 32;        // per head; heads * dKv is the attention's inner width
    int dFf = 256;
    int encoderLayers = 3;
    int decoderLayers = 3;
    int heads = 4;
    int relativeBuckets = 32;
    int relativeMaxDistance = 128;
    T5FeedForward feedForward = T5FeedForward::GatedGelu;
    double layerNormEps = 1e-6;
    int padId = 0;   // also the decoder's start token
    int endId = 3;   // [SEP] in learnVocabulary's layout
    int sentinels = 32;
    bool lowerCase = false; // the tokenizer's basic step

    std::int64_t parameterCount() const; // the tied embedding counted once

    // Throws std::invalid_argument naming the field when a value is out of range.
    void validate() const;
    // Empty when equal, otherwise "dModel: 128 vs 64, ..." field by field.
    std::string difference(const T5Config &other) const;

    // {"architecture": "t5-studio", "vocab_size", "d_model", "d_kv", "d_ff", "num_layers",
    //  "num_decoder_layers", "num_heads", "relative_attention_num_buckets",
    //  "relative_attention_max_distance", "feed_forward_proj" ("relu" | "gated-gelu"),
    //  "layer_norm_epsilon", "pad_token_id", "eos_token_id", "num_sentinels", "lower_case"}
    // (Hugging Face T5's key names where it has one).
    std::string toJson() const;
    // The object above. Throws std::runtime_error naming the bad or missing field, or the other
    // architecture (a GPT-2 or BERT config.json is refused by its name); validates.
    static T5Config fromJson(const std::string &json);

    bool operator==(const T5Config &) const = default;
};

// T5's relative position bucket of (memory position - query position), as Hugging Face's
// _relative_position_bucket computes it (float32 logarithms, truncated): half the buckets exact,
// the rest logarithmic up to maxDistance; bidirectional splits them between past and future, the
// causal form puts every future position in bucket 0.
int t5RelativeBucket(int relative, bool bidirectional, int numBuckets, int maxDistance);

std::string feedForwardName(T5FeedForward f); // "relu", "gated-gelu"
bool parseFeedForward(const std::string &name, T5FeedForward *out);

} // namespace genlab::engine::masked
