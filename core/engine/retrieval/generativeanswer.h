#pragma once
// The generative answer: a GPT-2-family model writes the answer from the retrieved passages (the
// prompt numbers them [1]..[n]); every sentence it writes is then traced back to the passage span
// that shares the most idf-weighted words with it, or marked unsupported. A small model, or one
// never trained to answer questions (the studio's Shakespeare model), writes text the passages do
// not support: the support marks are there to show exactly that.

#include "engine/base/runcontext.h"
#include "engine/gpt/sampling.h"
#include "engine/retrieval/extractive.h"
#include "engine/retrieval/retrievalindex.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::gpt {
class GptModel;
}

namespace genlab::engine::retrieval {

// One passage as the prompt shows it.
struct PromptPassage
{
    std::string location; // "gans.md, line 34, “Why GANs collapse”"
    std::string text;
};

// The prompt format the Answer page shows and the generative answer uses: an instruction, the
// passages numbered [1]..[n] with their location, then "Question: ...\nAnswer:".
std::string assembleAnswerPrompt(const std::string &question, const std::vector<PromptPassage> &passages);
// "file, page P, line L, “heading”" (page only for PDFs, heading when there is one).
std::string describePassageLocation(const std::string &fileName, std::int32_t page, std::int32_t line, const std::string &heading);
// The chunk as a prompt passage (its file name without folders).
PromptPassage promptPassage(const RetrievalIndex &index, ChunkId chunk);

struct GenerativeOptions
{
    gpt::SamplingSettings sampling = gpt::studioSamplingDefaults(); // maxTokens, seed, temperature ...
    // The prompt's token budget; <= 0: the model's context minus sampling.maxTokens, but at least half
    // the context (a small model's window then slides while it writes, with a notice). The worst
    // passages (last in the hit list) are dropped first, then the last one kept is cut; when the
    // instruction and question alone overflow, the passage stays whole and the model reads the tail.
    int maxPromptTokens = 0;
    // A sentence whose best span holds less than this share of its idf-weighted words is unsupported.
    double supportThreshold = 0.35;
    // Also where the model looked: one more full forward pass over prompt + answer (skipped, with a
    // notice, when they do not fit the model's context together).
    bool attentionSupport = false;
    // The prompt exactly as the user edited it on the Answer page; empty: assembled from the hits
    // and fitted to the budget. An edited prompt is read as written (no passage is dropped or cut;
    // a prompt over the budget is read from its tail, with a notice). Its [n] still name hits[n-1],
    // which the support check compares each sentence with.
    std::string promptOverride;
};

struct GeneratedSentence
{
    std::string text;                 // as the model wrote it, trimmed
    std::int64_t begin = 0;           // byte range in GenerativeAnswer::text
    std::int64_t end = 0;
    std::vector<int> modelCitations;  // the [n] the model wrote that name a passage of the prompt
    std::vector<int> citations;       // what the sentence cites: the model's, or the support when it wrote none
    bool citationAdded = false;       // citations came from the support, not from the model
    bool supported = false;           // overlap >= threshold and at least two words shared
    double overlap = 0;               // idf-weighted share of the sentence's words in the best span (0..1)
    std::vector<std::string> matchedTerms;
    Citation support;                 // the best span (passage 0 when no passage shares a word)
    // With GenerativeOptions::attentionSupport: the share of the sentence tokens' attention (mean over
    // layers, heads and the sentence's tokens) that falls on each passage's tokens, [1] first, and
    // the passage with the most (0: not computed).
    std::vector<double> attentionShare;
    int attentionPassage = 0;
};

struct GenerativeAnswer
{
    std::string question;
    std::string prompt;               // exactly what the model read
    bool promptEdited = false;        // it was GenerativeOptions::promptOverride
    int promptTokens = 0;
    int maxPromptTokens = 0;          // the budget it was fitted to
    std::vector<ChunkId> passages;    // the chunks in the prompt, [1] first
    int droppedPassages = 0;          // hits left out to fit the budget
    bool passageCut = false;          // the last passage kept was cut to fit
    std::string text;                 // the generated answer
    std::string stopReason;
    std::uint64_t seed = 0;
    std::vector<GeneratedSentence> sentences;
    std::vector<std::string> notices; // prompt fitting, the model's own notice, no sentences ...
};

// Splits text into sentences (ends: . ! ? followed by white space, a "[n]" after the mark staying
// with its sentence, line breaks) and finds each one's support among the passages ([1] is
// passages[0]): the passage sentence holding the largest idf-weighted share (idf from the index's
// BM25 statistics, terms from its analyzer; words the corpus lacks weigh most) of the sentence's
// distinct words; below threshold, or with fewer than two words shared, it is unsupported. "[n]" naming a passage are kept as the citations; a supported sentence without one
// cites its support.
std::vector<GeneratedSentence> supportSentences(const RetrievalIndex &index, const std::vector<ChunkId> &passages, const std::string &text,
                                                double threshold);

// Fits the prompt, generates with model.generate (GeneratedPiece partials stream through ctx;
// ctx.checkpoint() once per token), then finds each sentence's support. The same index, hits,
// model and sampling settings (seed included) give the same answer. Throws std::runtime_error when
// the model has no tokenizer or there are no hits.
// Thread: the caller's; the model must be idle and owned by it for the call.
GenerativeAnswer answerGeneratively(const RetrievalIndex &index, const std::string &question, const std::vector<SearchHit> &hits,
                                    gpt::GptModel &model, const GenerativeOptions &options = {}, const RunContext &ctx = {});

} // namespace genlab::engine::retrieval
