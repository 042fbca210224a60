#pragma once
// A BERT-family sentence encoder the user brings (a Hugging Face BERT or sentence-transformers
// folder, or a Masked lab checkpoint) as the dense retriever's embedder: engine::masked::BertModel
// with the folder's pooling, every row L2-normalised.

#include "engine/retrieval/embedder.h"

#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::masked {
class BertModel;
}

namespace genlab::engine::retrieval {

// Thread: one thread at a time, embed() included (BertModel's rule: the lane that loaded it).
class BertEmbedder : public Embedder
{
public:
    // Throws std::runtime_error naming the file and the problem (BertModel::open's messages).
    static std::unique_ptr<BertEmbedder> open(const std::string &folder);
    ~BertEmbedder() override;

    std::string kind() const override { return "bert"; }
    // "bert:<absolute folder>:<hash>", the hash over the size, modification time and first and
    // last MiB of every weights file and the bytes of the folder's small configuration files.
    std::string identity() const override { return m_identity; }
    int dimension() const override { return m_dimension; }
    std::vector<float> embed(const std::vector<std::string> &texts) const override;

    const std::string &folder() const { return m_folder; }

private:
    BertEmbedder();

    std::unique_ptr<masked::BertModel> m_model;
    std::string m_folder;
    std::string m_identity;
    int m_dimension = 0;
};

} // namespace genlab::engine::retrieval
