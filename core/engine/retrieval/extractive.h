#pragma once
// The extractive answer: the sentences of the retrieved passages that best match the question,
// each with its citation. Needs no language model, so it works on first launch. Pure function of
// the index and the hits, thread-safe.

#include "engine/retrieval/retrievalindex.h"

#include <cstdint>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

struct Citation
{
    int passage = 0;                    // 1-based number of the passage in the hit list ("[2]")
    ChunkId chunk = -1;
    std::string source;                 // the file
    std::int64_t begin = 0;             // byte range of the sentence in the document's decoded text
    std::int64_t end = 0;
    std::int32_t line = 1;              // 1-based line of begin
    std::int32_t page = 0;              // PDF page, 0 otherwise
    std::string heading;                // the passage's heading, may be empty
};

struct AnswerSentence
{
    std::string text;                   // as written in the passage (whitespace runs collapsed)
    double score = 0;                   // idf-weighted share of the question's terms it holds, plus the rank bonus
    std::vector<std::string> matchedTerms;
    Citation citation;
};

struct ExtractiveAnswer
{
    std::string question;
    std::vector<AnswerSentence> sentences; // best first, at most maxSentences
    std::string text;                   // the sentences joined, each followed by its "[n]"
    std::string notice;                 // why there is no answer ("no passages", "no sentence shares a word ..."), else empty
};

// Splits each hit's passage into sentences (ends: . ! ? followed by space, line breaks that end a
// paragraph or a heading line; Markdown heading lines and sentences of fewer than three words are
// not offered), scores each by the summed idf (from the index's BM25 statistics) of the distinct
// question terms it contains divided by the summed idf of all question terms, adds a small bonus
// for a better-ranked passage (0.05 for passage 1 down to 0 for the last), and keeps the best
// maxSentences, a sentence that occurs twice (overlapping chunks) once. A question in the text
// ("So why do GANs collapse?") is not offered; the sentence after it, which usually answers it,
// scores at least 0.9 times the square of the question's share. Sentences are shown with Markdown links reduced to
// their text.
ExtractiveAnswer answerExtractively(const RetrievalIndex &index, const std::string &question, const std::vector<SearchHit> &hits,
                                    int maxSentences = 3);

} // namespace genlab::engine::retrieval
