#pragma once
// Latent semantic analysis fitted on the indexed corpus itself: needs no model file, works offline
// on first launch. TF-IDF over the analyzer's terms, then a truncated SVD of the sparse
// document-term matrix by randomized subspace iteration; a text is embedded by projecting its
// TF-IDF vector onto the top right singular vectors.

#include "engine/retrieval/embedder.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace genlab::engine::retrieval {

struct LsaFitOptions
{
    int dimension = 128;            // lowered automatically for a tiny corpus (rank, vocabulary)
    std::uint64_t seed = 1;         // the random start of the subspace iteration
    int maxVocabulary = 50000;      // the terms in the most texts are kept
    int minDocumentFrequency = 2;   // terms in fewer texts carry no co-occurrence (lowered to 1 if nothing is left)
    int oversampling = 10;          // extra subspace columns (Halko et al.)
    int powerIterations = 3;        // each one re-orthonormalised
};

// Thread: any one thread fits or loads; embed() is const and safe from many threads at once.
class LsaEmbedder : public Embedder
{
public:
    // texts: the corpus (chunk texts). progress(fraction) returning false cancels (throws
    // engine::Canceled). Throws std::invalid_argument when the texts hold no words at all.
    static std::unique_ptr<LsaEmbedder> fit(const std::vector<std::string> &texts, int dimension = 128,
                                            std::uint64_t seed = 1,
                                            const std::function<bool(double)> &progress = {});
    static std::unique_ptr<LsaEmbedder> fit(const std::vector<std::string> &texts, const LsaFitOptions &options,
                                            const std::function<bool(double)> &progress = {});

    std::string kind() const override { return "lsa"; }
    std::string identity() const override { return m_identity; }
    int dimension() const override { return int(m_singularValues.size()); }
    std::vector<float> embed(const std::vector<std::string> &texts) const override;

    int vocabularySize() const { return int(m_terms.size()); }
    const std::vector<std::string> &terms() const { return m_terms; }
    const std::vector<float> &singularValues() const { return m_singularValues; }
    // terms x dimension, row-major: the right singular vectors (orthonormal columns).
    const std::vector<float> &projection() const { return m_projection; }
    std::int64_t documentCount() const { return m_documents; }

    // A safetensors file (idf, projection, singular values, the vocabulary as UTF-8 bytes, and
    // format metadata). load() checks the format version, shapes, duplicate terms and non-finite
    // values; a damaged file throws std::runtime_error naming it.
    void save(const std::string &path) const;
    static std::unique_ptr<LsaEmbedder> load(const std::string &path);

private:
    LsaEmbedder() = default;
    void finish(); // term index and identity from the fitted or loaded parameters

    std::vector<std::string> m_terms;
    std::vector<float> m_idf;               // per term
    std::vector<float> m_projection;        // terms x dimension, row-major
    std::vector<float> m_singularValues;    // descending
    std::int64_t m_documents = 0;
    std::uint64_t m_seed = 0;
    std::unordered_map<std::string, int> m_termIndex;
    std::string m_identity;
};

} // namespace genlab::engine::retrieval
