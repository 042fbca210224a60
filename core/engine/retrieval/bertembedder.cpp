#include "engine/retrieval/bertembedder.h"

#include "engine/masked/bertmodel.h"
#include "engine/retrieval/detail/vectorstoreio.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace genlab::engine::retrieval {

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kEdgeBytes = 1 << 20;

std::uint64_t hashFileSample(const fs::path &path, std::uint64_t h)
{
    // Size, time and both ends: re-reading a 400 MB weights file on every start would cost seconds,
    // and a retrained or replaced file changes at least its time or its ends.
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return h;
    const auto time = fs::last_write_time(path, ec).time_since_epoch().count();
    const std::string head = path.filename().string() + ":" + std::to_string(size) + ":" + std::to_string(time);
    h = detail::contentHash(head.data(), head.size(), h);
    std::ifstream in(path, std::ios::binary);
    std::string buffer(std::size_t(std::min(size, kEdgeBytes)), '\0');
    in.read(buffer.data(), std::streamsize(buffer.size()));
    h = detail::contentHash(buffer.data(), std::size_t(in.gcount()), h);
    if (size > kEdgeBytes) {
        in.clear();
        in.seekg(std::streamoff(size - std::min(size - kEdgeBytes, kEdgeBytes)));
        in.read(buffer.data(), std::streamsize(std::min(size - kEdgeBytes, kEdgeBytes)));
        h = detail::contentHash(buffer.data(), std::size_t(in.gcount()), h);
    }
    return h;
}

std::uint64_t hashFolder(const fs::path &folder)
{
    // The weights and configuration in the folder and one level down (sentence-transformers keep
    // the transformer and the pooling in sub-folders), in a fixed order.
    std::vector<fs::path> files;
    std::error_code ec;
    auto consider = [&](const fs::path &p) {
        const std::string ext = p.extension().string();
        if (ext == ".safetensors" || ext == ".json" || ext == ".txt")
            files.push_back(p);
    };
    for (const auto &entry : fs::directory_iterator(folder, ec)) {
        if (entry.is_regular_file(ec))
            consider(entry.path());
        else if (entry.is_directory(ec) && entry.path().filename().string().front() != '.')
            for (const auto &inner : fs::directory_iterator(entry.path(), ec))
                if (inner.is_regular_file(ec))
                    consider(inner.path());
    }
    std::sort(files.begin(), files.end());
    std::uint64_t h = 0;
    for (const auto &f : files) {
        const std::string rel = f.lexically_relative(folder).string();
        h = detail::contentHash(rel.data(), rel.size(), h);
        h = hashFileSample(f, h);
    }
    return h;
}

} // namespace

BertEmbedder::BertEmbedder() = default;
BertEmbedder::~BertEmbedder() = default;

std::unique_ptr<BertEmbedder> BertEmbedder::open(const std::string &folder)
{
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    if (absolute.empty())
        absolute = folder;
    auto embedder = std::unique_ptr<BertEmbedder>(new BertEmbedder());
    embedder->m_model = std::make_unique<masked::BertModel>(masked::BertModel::open(absolute.string()));
    if (!embedder->m_model->tokenizer())
        throw std::runtime_error(absolute.string() + ": the model folder has no vocab.txt to tokenize texts with");
    embedder->m_folder = absolute.string();
    embedder->m_dimension = embedder->m_model->config().hiddenSize;
    embedder->m_identity = "bert:" + embedder->m_folder + ":" + detail::hashHex(hashFolder(absolute));
    return embedder;
}

std::vector<float> BertEmbedder::embed(const std::vector<std::string> &texts) const
{
    const auto rows = m_model->embed(texts);
    std::vector<float> out(texts.size() * std::size_t(m_dimension), 0.0f);
    if (rows.size() != texts.size())
        throw std::runtime_error(m_folder + ": the encoder returned " + std::to_string(rows.size()) +
                                 " vectors for " + std::to_string(texts.size()) + " texts");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].size() != std::size_t(m_dimension))
            throw std::runtime_error(m_folder + ": the encoder returned a vector of " +
                                     std::to_string(rows[r].size()) + " values, expected " +
                                     std::to_string(m_dimension));
        // Normalised here whatever the folder says: the index ranks by inner product.
        double norm = 0;
        for (float v : rows[r])
            norm += double(v) * v;
        if (!(norm > 0) || !std::isfinite(norm))
            continue;
        const double inv = 1.0 / std::sqrt(norm);
        float *row = out.data() + r * std::size_t(m_dimension);
        for (int c = 0; c < m_dimension; ++c)
            row[c] = float(rows[r][std::size_t(c)] * inv);
    }
    return out;
}

} // namespace genlab::engine::retrieval
