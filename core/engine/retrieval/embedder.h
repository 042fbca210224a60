#pragma once
// The dense retriever's text encoder: one interface for the LSA model fitted on the corpus itself
// and for a BERT-family sentence encoder read from a folder.

#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// Maps texts to unit vectors whose dot product is their cosine similarity.
// Thread: any one thread at a time; embed() is const and safe to call concurrently on one instance
// unless the implementation says otherwise.
class Embedder
{
public:
    virtual ~Embedder();

    // "lsa" or "bert".
    virtual std::string kind() const = 0;
    // A stable string naming the model and a hash of its weights or parameters. It is written into
    // index manifests; when it changes, stored vectors are stale and the corpus is embedded again.
    virtual std::string identity() const = 0;
    virtual int dimension() const = 0;
    // Row-major texts.size() x dimension(); every row is L2-normalised (a text with nothing the
    // model knows stays the zero vector). Throws std::runtime_error on a model failure.
    virtual std::vector<float> embed(const std::vector<std::string> &texts) const = 0;
};

} // namespace genlab::engine::retrieval
