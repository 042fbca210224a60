#pragma once

#include "engine/masked/spancorruption.h"
#include "engine/masked/t5config.h"
#include "engine/runtime/compute.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genlab::engine::text {
class WordPieceTokenizer;
}

namespace genlab::engine::masked {

namespace detail {
struct T5ModelState;
}

// The shipped span-filling model (services::shippedModelPath finds it in resources/models).
inline constexpr char kShippedT5Model[] = "t5-shakespeare";

// What the model wrote for one sentinel of its input.
struct T5SpanFill
{
    int sentinel = 0;              // k of <extra_id_k>
    std::string predicted;         // the decoded span ("" when the model skipped it)
    std::vector<int> predictedIds;
    std::string original;          // the span the corruption removed; empty when the input came with sentinels
    bool found = false;            // the model wrote this sentinel in its output
};

struct T5FillOptions
{
    enum class Source {
        Auto,      // the text's own <extra_id_k> when it has any, else corrupt it
        Corrupt,   // always corrupt the text (sentinels in it are kept as written)
        Sentinels, // the text must hold sentinels
    };
    Source source = Source::Auto;
    SpanCorruptionOptions corruption; // for Corrupt (and Auto without sentinels)
    int maxTokens = 64;               // decoder tokens at most
};

struct T5FillResult
{
    std::vector<int> inputIds;   // the encoder's input, ending with the end token
    std::string input;           // the same as text, sentinels spelled <extra_id_k>
    std::vector<int> outputIds;  // greedy decoding, without the start token
    std::string output;          // the raw decoded target ("<extra_id_0> the king <extra_id_1> ...")
    std::vector<T5SpanFill> spans; // one per sentinel of the input, in order
    std::string filled;          // the input with each sentinel replaced by its predicted span
    std::string stopReason;      // "end token", "closing sentinel" (the one after the input's last), "max tokens"
    std::optional<SpanCorruption> corruption; // when the text was corrupted here
};

// A small T5-style encoder-decoder (t5config.h) with its WordPiece tokenizer, trained here on span
// corruption (t5training.h).
// Thread: one worker at a time (the lane that loaded it); move it between threads only while idle.
class T5Model
{
public:
    T5Model();
    ~T5Model();
    T5Model(T5Model &&) noexcept;
    T5Model &operator=(T5Model &&) noexcept;

    // T5's initialisation, seeded; no tokenizer until setTokenizer().
    static T5Model createRandom(const T5Config &config, std::uint64_t seed, const ResolvedDevice &device = {});
    // Our checkpoint folder (config.json "architecture": "t5-studio", model.safetensors, vocab.txt).
    // Throws std::runtime_error naming the file and the problem: another architecture by its name
    // (a GPT-2 or BERT folder), a missing, unexpected or misshaped tensor (name, expected and
    // actual shape), a vocabulary that does not fit the config or lacks a sentinel.
    static T5Model open(const std::string &folder, const ResolvedDevice &device = {});
    // Writes our checkpoint (io::saveCheckpoint, Hugging Face T5 tensor names) and vocab.txt
    // beside it. extraConfig: a JSON object merged into config.json (recipe, data); may be empty.
    // Refuses a folder that is neither empty nor one of our T5 checkpoints.
    void save(const std::string &folder, std::int64_t step = 0, const std::string &extraConfig = {}) const;

    bool isNull() const { return !m_state; }
    const T5Config &config() const;
    std::string deviceId() const;
    std::string source() const; // the folder, or "random (seed N)"

    // May be null for a random model.
    std::shared_ptr<const text::WordPieceTokenizer> tokenizer() const;
    // Checks that it fits: vocabulary size, [PAD]/[SEP] at the config's ids, every sentinel present.
    void setTokenizer(std::shared_ptr<const text::WordPieceTokenizer> tokenizer);
    // Ids of <extra_id_0> .. <extra_id_{sentinels-1}>; empty without a tokenizer.
    const std::vector<int> &sentinelIds() const;

    // Teacher-forced logits: decoder input = start token + targetIds[:-1]; [targetIds.size() * vocab].
    std::vector<float> logits(const std::vector<int> &inputIds, const std::vector<int> &targetIds) const;
    // Mean cross-entropy of targetIds given inputIds (teacher forced).
    double loss(const std::vector<int> &inputIds, const std::vector<int> &targetIds) const;

    // Greedy decoding of the target for inputIds (which hold sentinels; the end token is appended
    // when missing), parsed per sentinel. Stops at the end token, at the sentinel after the input's
    // last one (which closes every target), or after maxTokens.
    T5FillResult fillSpans(const std::vector<int> &inputIds, int maxTokens = 64) const;
    // The same for text: its own sentinels, or a corruption of it (options.source). Throws
    // std::invalid_argument for an empty text, Sentinels without any, or too many spans.
    T5FillResult fillSpans(std::string_view text, const T5FillOptions &options = {}) const;

    // Internal state for the masked module's own code (training); opaque elsewhere.
    detail::T5ModelState *state() const { return m_state.get(); }
    explicit T5Model(std::unique_ptr<detail::T5ModelState> state);

private:
    std::unique_ptr<detail::T5ModelState> m_state;
};

} // namespace genlab::engine::masked
