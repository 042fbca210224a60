#include "engine/retrieval/detail/retrievalindexembedders.h"

#include "engine/retrieval/bertembedder.h"
#include "engine/retrieval/lsaembedder.h"

#include <mutex>
#include <stdexcept>

namespace genlab::engine::retrieval::detail {

namespace {

// BertEmbedder allows one caller at a time; the index's searches may come from several threads,
// so its calls are taken in turn here.
// Thread: any; embed() serialises on the mutex.
class SerialisedEmbedder : public Embedder
{
public:
    explicit SerialisedEmbedder(std::unique_ptr<Embedder> inner) : m_inner(std::move(inner)) {}
    std::string kind() const override { return m_inner->kind(); }
    std::string identity() const override { return m_inner->identity(); }
    int dimension() const override { return m_inner->dimension(); }
    std::vector<float> embed(const std::vector<std::string> &texts) const override
    {
        std::lock_guard lock(m_mutex);
        return m_inner->embed(texts);
    }

private:
    std::unique_ptr<Embedder> m_inner;
    mutable std::mutex m_mutex;
};

} // namespace

std::shared_ptr<const Embedder> fitLsa(const std::vector<std::string> &texts, int dimension, std::uint64_t seed, const RunContext &ctx)
{
    std::shared_ptr<LsaEmbedder> lsa = LsaEmbedder::fit(texts, dimension, seed, [&ctx](double fraction) {
        ctx.progress(fraction, "fitting LSA on the corpus");
        return !ctx.stopRequested();
    });
    ctx.checkpoint();
    return lsa;
}

void saveLsa(const Embedder &lsa, const std::string &path)
{
    const auto *model = dynamic_cast<const LsaEmbedder *>(&lsa);
    if (!model)
        throw std::logic_error("saveLsa: the embedder is not an LSA model");
    model->save(path);
}

std::shared_ptr<const Embedder> loadLsa(const std::string &path)
{
    return std::shared_ptr<const Embedder>(LsaEmbedder::load(path));
}

std::shared_ptr<const Embedder> openBert(const std::string &folder)
{
    return std::make_shared<SerialisedEmbedder>(BertEmbedder::open(folder));
}

} // namespace genlab::engine::retrieval::detail
