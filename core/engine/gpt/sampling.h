#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::gpt {

// How the next token is picked. The pipeline runs in this order, as Hugging Face's generate()
// does: repetition penalty -> temperature -> top-k -> top-p -> min-p -> one draw. A default
// SamplingSettings is the neutral pipeline (every stage off, temperature 1); what the studio offers
// a user who has not chosen is studioSamplingDefaults().
struct SamplingSettings
{
    double temperature = 1.0;      // <= 0 means greedy
    int topK = 0;                  // 0: off; otherwise keep exactly the k most likely (ties by lower id)
    double topP = 1.0;             // 1: off; keep the smallest most-likely set whose mass is >= topP
    double minP = 0.0;             // 0: off; drop tokens below minP x the most likely token's probability
    double repetitionPenalty = 1.0; // 1: off; HF rule: logit > 0 divided, logit < 0 multiplied, once per seen id
    int maxTokens = 100;           // generated tokens, not counting the prompt
    std::uint64_t seed = 0;        // seeds the one CPU generator of a generation
    bool greedy = false;           // take the most likely token after penalties; no draw
    std::vector<std::string> stopSequences; // generation stops once the text contains one (not included)
};

// The settings the Text lab's form and `genlab generate` start from (temperature 0.8, top-k 40,
// 100 tokens, seed 7; the other stages off): the one place they are written.
SamplingSettings studioSamplingDefaults();

// One stage of the pipeline as the microscope shows it.
struct StageCandidates
{
    std::string stage; // "raw logits", "penalties", "temperature", "top-k", "top-p / min-p", "final"
    // (id, probability after this stage), most likely first (ties by lower id), at most
    // kTraceCandidates with non-zero probability; the chosen token is appended when it is not among them.
    std::vector<std::pair<int, float>> top;
};

inline constexpr int kTraceCandidates = 10;

// Everything about one generated token, enough to explain why it was chosen.
struct TokenTrace
{
    int id = -1;
    float probability = 0;      // in the final distribution the draw was made from
    float rawProbability = 0;   // softmax of the model's raw logits
    double entropy = 0;         // bits, of the raw (model) distribution
    double surprise = 0;        // bits, -log2(rawProbability)
    float randomDraw = -1;      // the uniform u in [0,1) that picked it; -1 when greedy (no draw)
    float cumulativeBefore = 0; // final-distribution mass of the tokens ordered before it (probability
                                // descending, then id ascending): cumulativeBefore <= u < cumulativeBefore + probability
    std::vector<StageCandidates> stages;
    int rankInRaw = 0;          // 0 = the model's most likely token
};

// ln of the model's own probability of a token (its raw probability), floored at 1e-45 so that a
// token the model gave no mass to counts as very unlikely instead of -inf. A sequence's log
// probability is the sum over its tokens: the one formula the engine, the services and the lab use.
double tokenLogProbability(const TokenTrace &trace);

// Where the first of the stop sequences begins in text (searching from `from`), or std::string::npos.
// Generation ends there and the text is cut before it; a saved or replayed text is cut the same way.
std::size_t findStopSequence(const std::string &text, const std::vector<std::string> &stopSequences, std::size_t from = 0);

// The full distribution after each stage (vocabulary-sized, probabilities), for tests and tools
// that want more than the top candidates. Indices: 0 raw, 1 penalties, 2 temperature, 3 top-k,
// 4 top-p / min-p (= final). Throws std::runtime_error on NaN or +inf logits.
std::vector<std::vector<double>> samplingStages(const std::vector<float> &logits, const std::vector<int> &history,
                                                const SamplingSettings &settings);

// Picks tokens from logits, recording the trace. One instance per generation: it owns the
// generation's only random generator (std::mt19937_64 seeded from settings.seed), which draws one
// uniform per sampled token, so the same seed and settings give the same tokens whatever device
// computed the logits.
// Thread: one thread at a time.
class Sampler
{
public:
    explicit Sampler(SamplingSettings settings);

    const SamplingSettings &settings() const { return m_settings; }
    bool isGreedy() const { return m_settings.greedy || m_settings.temperature <= 0; }

    // history: the ids the repetition penalty looks at (prompt + generated so far).
    TokenTrace next(const float *logits, int vocabSize, const std::vector<int> &history);

    // The pipeline with an explicit draw (u < 0: greedy). Deterministic; used by next().
    static TokenTrace pick(const float *logits, int vocabSize, const std::vector<int> &history,
                           const SamplingSettings &settings, float u);

private:
    float nextUniform();

    SamplingSettings m_settings;
    std::mt19937_64 m_generator;
};

} // namespace genlab::engine::gpt
