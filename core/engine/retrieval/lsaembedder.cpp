#include "engine/retrieval/lsaembedder.h"

#include "engine/base/runcontext.h"
#include "engine/io/safetensors.h"
#include "engine/retrieval/analyzer.h"
#include "engine/retrieval/detail/vectorstoreio.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_set>

namespace genlab::engine::retrieval {

namespace {

constexpr const char *kFormat = "genlab-lsa";
constexpr int kFormatVersion = 1;

// Compressed sparse rows of the TF-IDF document-term matrix.
struct Csr
{
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<std::int64_t> start{0};
    std::vector<std::int32_t> col;
    std::vector<float> value;
};

// out (rows x width) = A * dense (cols x width); both dense row-major.
void multiply(const Csr &a, const float *dense, int width, float *out)
{
    std::fill(out, out + a.rows * width, 0.0f);
    for (std::int64_t r = 0; r < a.rows; ++r) {
        float *y = out + r * width;
        for (std::int64_t e = a.start[r]; e < a.start[r + 1]; ++e) {
            const float v = a.value[e];
            const float *x = dense + std::int64_t(a.col[e]) * width;
            for (int j = 0; j < width; ++j)
                y[j] += v * x[j];
        }
    }
}

// out (cols x width) = A^T * dense (rows x width).
void multiplyTransposed(const Csr &a, const float *dense, int width, float *out)
{
    std::fill(out, out + a.cols * width, 0.0f);
    for (std::int64_t r = 0; r < a.rows; ++r) {
        const float *x = dense + r * width;
        for (std::int64_t e = a.start[r]; e < a.start[r + 1]; ++e) {
            const float v = a.value[e];
            float *y = out + std::int64_t(a.col[e]) * width;
            for (int j = 0; j < width; ++j)
                y[j] += v * x[j];
        }
    }
}

torch::Tensor orthonormalise(const torch::Tensor &m)
{
    return std::get<0>(torch::linalg_qr(m, "reduced")).contiguous();
}

float idfOf(std::int64_t documents, std::int64_t df)
{
    // Smoothed: as if one extra text held every term, so no term gets an infinite or zero weight.
    return float(std::log((1.0 + double(documents)) / (1.0 + double(df))) + 1.0);
}

float tfWeight(int tf)
{
    return 1.0f + std::log(float(tf)); // sublinear: the tenth repetition adds far less than the second
}

[[noreturn]] void failLoad(const std::string &path, const std::string &problem)
{
    throw std::runtime_error(path + ": " + problem);
}

void report(const std::function<bool(double)> &progress, double fraction)
{
    if (progress && !progress(fraction))
        throw Canceled();
}

} // namespace

std::unique_ptr<LsaEmbedder> LsaEmbedder::fit(const std::vector<std::string> &texts, int dimension, std::uint64_t seed,
                                              const std::function<bool(double)> &progress)
{
    LsaFitOptions options;
    options.dimension = dimension;
    options.seed = seed;
    return fit(texts, options, progress);
}

std::unique_ptr<LsaEmbedder> LsaEmbedder::fit(const std::vector<std::string> &texts, const LsaFitOptions &options,
                                              const std::function<bool(double)> &progress)
{
    if (options.dimension < 1 || options.dimension > 4096)
        throw std::invalid_argument("LSA dimension must be in 1..4096, not " + std::to_string(options.dimension));
    if (options.maxVocabulary < 1 || options.oversampling < 0 || options.powerIterations < 0 ||
        options.minDocumentFrequency < 1)
        throw std::invalid_argument("LSA options out of range");
    const auto documents = std::int64_t(texts.size());

    // 1. Terms of every text, counted per text, with their document frequencies.
    std::unordered_map<std::string, std::int32_t> allTerms;
    std::vector<std::string> allNames;
    std::vector<std::int64_t> df;
    std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>> counts(texts.size());
    std::vector<std::int32_t> scratch;
    for (std::size_t d = 0; d < texts.size(); ++d) {
        if (d % 512 == 0)
            report(progress, 0.3 * double(d) / double(std::max<std::size_t>(texts.size(), 1)));
        scratch.clear();
        for (auto &term : analyzeTerms(texts[d])) {
            auto [it, inserted] = allTerms.try_emplace(std::move(term), std::int32_t(allNames.size()));
            if (inserted) {
                allNames.push_back(it->first);
                df.push_back(0);
            }
            scratch.push_back(it->second);
        }
        std::sort(scratch.begin(), scratch.end());
        auto &row = counts[d];
        for (std::size_t i = 0; i < scratch.size();) {
            std::size_t j = i;
            while (j < scratch.size() && scratch[j] == scratch[i])
                ++j;
            row.emplace_back(scratch[i], std::int32_t(j - i));
            ++df[std::size_t(scratch[i])];
            i = j;
        }
    }
    allTerms.clear();

    // 2. The vocabulary: terms shared by several texts, the most widespread first.
    std::vector<std::int32_t> order;
    for (int minDf = std::min<std::int64_t>(options.minDocumentFrequency, std::max<std::int64_t>(documents, 1));
         minDf >= 1 && order.empty(); --minDf) {
        for (std::size_t t = 0; t < df.size(); ++t)
            if (df[t] >= minDf)
                order.push_back(std::int32_t(t));
    }
    if (order.empty())
        throw std::invalid_argument("LSA: the " + std::to_string(documents) + " texts hold no words to fit a model on");
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return df[a] != df[b] ? df[a] > df[b] : allNames[a] < allNames[b];
    });
    if (order.size() > std::size_t(options.maxVocabulary))
        order.resize(std::size_t(options.maxVocabulary));
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) { return allNames[a] < allNames[b]; });
    std::vector<std::int32_t> remap(allNames.size(), -1);
    auto model = std::unique_ptr<LsaEmbedder>(new LsaEmbedder());
    for (std::size_t i = 0; i < order.size(); ++i) {
        remap[std::size_t(order[i])] = std::int32_t(i);
        model->m_terms.push_back(allNames[std::size_t(order[i])]);
        model->m_idf.push_back(idfOf(documents, df[std::size_t(order[i])]));
    }
    allNames.clear();

    // 3. TF-IDF rows, each L2-normalised so long texts do not dominate the decomposition.
    Csr a;
    a.rows = documents;
    a.cols = std::int64_t(order.size());
    for (auto &row : counts) {
        const std::size_t first = a.value.size();
        double norm = 0;
        for (auto [term, tf] : row) {
            const std::int32_t t = remap[std::size_t(term)];
            if (t < 0)
                continue;
            const float w = tfWeight(tf) * model->m_idf[std::size_t(t)];
            a.col.push_back(t);
            a.value.push_back(w);
            norm += double(w) * w;
        }
        if (norm > 0)
            for (std::size_t e = first; e < a.value.size(); ++e)
                a.value[e] = float(a.value[e] / std::sqrt(norm));
        a.start.push_back(std::int64_t(a.value.size()));
        row = {};
    }
    counts.clear();
    report(progress, 0.35);

    // 4. Randomized truncated SVD (Halko, Martinsson, Tropp 2011, algorithm 4.4): a Gaussian start,
    // power iterations re-orthonormalised at every half step (float32 loses the small singular
    // directions otherwise), then an exact SVD of the small projected matrix.
    const std::int64_t rank = std::min(a.rows, a.cols);
    const int k = int(std::min<std::int64_t>(options.dimension, rank));
    const int width = int(std::min<std::int64_t>(k + options.oversampling, rank));
    c10::InferenceMode guard;
    std::mt19937_64 rng(options.seed);
    std::normal_distribution<double> normal; // our own draw: identical across torch versions and thread counts
    auto omega = torch::empty({a.cols, width}, torch::kFloat32);
    {
        float *o = omega.data_ptr<float>();
        for (std::int64_t i = 0; i < a.cols * width; ++i)
            o[i] = float(normal(rng));
    }
    auto y = torch::empty({a.rows, width}, torch::kFloat32);
    auto z = torch::empty({a.cols, width}, torch::kFloat32);
    multiply(a, omega.data_ptr<float>(), width, y.data_ptr<float>());
    report(progress, 0.35);
    auto q = orthonormalise(y);
    const int steps = options.powerIterations;
    // A report (and so a chance to cancel) after each of the four products of a power iteration:
    // on a large corpus one iteration takes seconds, and Ctrl+C should not wait for it.
    auto stepDone = [&](int it, int part) { report(progress, 0.35 + 0.55 * (double(it) + part / 4.0) / double(std::max(steps, 1))); };
    for (int it = 0; it < steps; ++it) {
        stepDone(it, 0);
        multiplyTransposed(a, q.data_ptr<float>(), int(q.size(1)), z.data_ptr<float>());
        stepDone(it, 1);
        const auto zq = orthonormalise(z.narrow(1, 0, q.size(1)));
        stepDone(it, 2);
        multiply(a, zq.data_ptr<float>(), int(zq.size(1)), y.data_ptr<float>());
        stepDone(it, 3);
        q = orthonormalise(y.narrow(1, 0, zq.size(1)));
    }
    report(progress, 0.9);
    // B^T = A^T Q (terms x width); its left singular vectors are A's right singular vectors.
    multiplyTransposed(a, q.data_ptr<float>(), int(q.size(1)), z.data_ptr<float>());
    const auto bt = z.narrow(1, 0, q.size(1)).to(torch::kFloat64);
    auto [w, s, vh] = torch::linalg_svd(bt, /*full_matrices=*/false);
    (void)vh;
    // Directions with (numerically) no weight are noise: a tiny corpus gets fewer dimensions.
    const double top = s.numel() > 0 ? s[0].item<double>() : 0.0;
    int kept = 0;
    while (kept < k && kept < s.numel() && s[kept].item<double>() > std::max(1e-6 * top, 1e-12))
        ++kept;
    if (kept == 0)
        throw std::invalid_argument("LSA: the texts' term matrix is empty");
    auto basis = w.narrow(1, 0, kept).contiguous();
    // Fix each direction's sign (largest component positive) so seeds and platforms agree up to
    // the subspace, not up to arbitrary flips.
    {
        auto idx = basis.abs().argmax(0);
        auto signs = basis.gather(0, idx.unsqueeze(0)).sign();
        signs.masked_fill_(signs == 0, 1);
        basis = (basis * signs).to(torch::kFloat32).contiguous();
    }
    model->m_projection.assign(basis.data_ptr<float>(), basis.data_ptr<float>() + basis.numel());
    const auto sv = s.narrow(0, 0, kept).to(torch::kFloat32).contiguous();
    model->m_singularValues.assign(sv.data_ptr<float>(), sv.data_ptr<float>() + kept);
    model->m_documents = documents;
    model->m_seed = options.seed;
    model->finish();
    report(progress, 1.0);
    return model;
}

void LsaEmbedder::finish()
{
    m_termIndex.clear();
    m_termIndex.reserve(m_terms.size());
    std::string joined;
    for (std::size_t i = 0; i < m_terms.size(); ++i) {
        m_termIndex.emplace(m_terms[i], int(i));
        joined += m_terms[i];
        joined += '\n';
    }
    std::uint64_t h = detail::contentHash(joined.data(), joined.size());
    h = detail::contentHash(m_idf.data(), m_idf.size() * sizeof(float), h);
    h = detail::contentHash(m_projection.data(), m_projection.size() * sizeof(float), h);
    m_identity = "lsa:" + std::string(analyzerName({})) + ":" + std::to_string(dimension()) + "d:" +
                 std::to_string(m_terms.size()) + "t:" + detail::hashHex(h);
}

std::vector<float> LsaEmbedder::embed(const std::vector<std::string> &texts) const
{
    const int dim = dimension();
    std::vector<float> out(texts.size() * std::size_t(dim), 0.0f);
    std::vector<int> ids;
    std::vector<double> acc(static_cast<std::size_t>(dim));
    for (std::size_t t = 0; t < texts.size(); ++t) {
        ids.clear();
        for (const auto &term : analyzeTerms(texts[t])) {
            const auto it = m_termIndex.find(term);
            if (it != m_termIndex.end())
                ids.push_back(it->second);
        }
        std::sort(ids.begin(), ids.end());
        std::fill(acc.begin(), acc.end(), 0.0);
        // The document's TF-IDF vector times the projection: v = W_k^T x, which for a text of the
        // corpus is its row of U_k Σ_k (scaling x does not matter, the result is normalised).
        for (std::size_t i = 0; i < ids.size();) {
            std::size_t j = i;
            while (j < ids.size() && ids[j] == ids[i])
                ++j;
            const double weight = double(tfWeight(int(j - i))) * m_idf[std::size_t(ids[i])];
            const float *p = m_projection.data() + std::size_t(ids[i]) * std::size_t(dim);
            for (int c = 0; c < dim; ++c)
                acc[std::size_t(c)] += weight * p[c];
            i = j;
        }
        double norm = 0;
        for (double v : acc)
            norm += v * v;
        if (norm <= 0)
            continue; // nothing the model knows: the zero vector, which matches nothing
        const double inv = 1.0 / std::sqrt(norm);
        float *row = out.data() + t * std::size_t(dim);
        for (int c = 0; c < dim; ++c)
            row[c] = float(acc[std::size_t(c)] * inv);
    }
    return out;
}

void LsaEmbedder::save(const std::string &path) const
{
    std::string vocabulary;
    for (const auto &term : m_terms) {
        vocabulary += term;
        vocabulary += '\n';
    }
    const auto terms = std::int64_t(m_terms.size());
    const auto dim = std::int64_t(dimension());
    std::vector<io::TensorToWrite> tensors{
        {"idf", io::DType::F32, {terms}, m_idf.data(), m_idf.size() * sizeof(float)},
        {"projection", io::DType::F32, {terms, dim}, m_projection.data(), m_projection.size() * sizeof(float)},
        {"singular_values", io::DType::F32, {dim}, m_singularValues.data(), m_singularValues.size() * sizeof(float)},
        {"vocabulary", io::DType::U8, {std::int64_t(vocabulary.size())}, vocabulary.data(), vocabulary.size()},
    };
    const std::map<std::string, std::string> metadata{
        {"format", kFormat},
        {"format_version", std::to_string(kFormatVersion)},
        {"analyzer", std::string(analyzerName({}))},
        {"documents", std::to_string(m_documents)},
        {"seed", std::to_string(m_seed)},
    };
    io::writeSafetensors(path, tensors, metadata);
}

std::unique_ptr<LsaEmbedder> LsaEmbedder::load(const std::string &path)
{
    const auto reader = io::SafetensorsReader::open(path);
    auto fail = [&](const std::string &problem) { failLoad(path, problem); };
    const auto &meta = reader.metadata();
    const auto metaOr = [&](const char *key) {
        const auto it = meta.find(key);
        return it == meta.end() ? std::string() : it->second;
    };
    if (metaOr("format") != kFormat)
        fail("not an LSA model (metadata \"format\" is \"" + metaOr("format") + "\", expected \"genlab-lsa\")");
    int version = 0;
    try {
        version = std::stoi(metaOr("format_version"));
    } catch (const std::exception &) {
        fail("format_version missing or not a number");
    }
    if (version > kFormatVersion)
        fail("LSA model format " + std::to_string(version) + " was made by a newer version");
    if (version != kFormatVersion)
        fail("unknown LSA model format " + std::to_string(version));
    if (metaOr("analyzer") != analyzerName({}))
        fail("made with analyzer \"" + metaOr("analyzer") + "\", this version uses \"" +
             std::string(analyzerName({})) + "\"");
    auto tensor = [&](const char *name, io::DType dtype, std::size_t rank) -> const io::TensorInfo & {
        const io::TensorInfo *info = reader.find(name);
        if (!info)
            failLoad(path, std::string("missing tensor \"") + name + "\"");
        if (info->dtype != dtype || info->shape.size() != rank)
            fail(std::string("tensor \"") + name + "\" has the wrong dtype or rank");
        return *info;
    };
    const auto &idf = tensor("idf", io::DType::F32, 1);
    const auto &projection = tensor("projection", io::DType::F32, 2);
    const auto &singular = tensor("singular_values", io::DType::F32, 1);
    const auto &vocabulary = tensor("vocabulary", io::DType::U8, 1);
    const std::int64_t terms = idf.shape[0];
    const std::int64_t dim = singular.shape[0];
    if (terms < 1 || dim < 1 || dim > 4096 || projection.shape[0] != terms || projection.shape[1] != dim)
        fail("shapes do not agree: idf [" + std::to_string(terms) + "], projection [" +
             std::to_string(projection.shape[0]) + ", " + std::to_string(projection.shape[1]) +
             "], singular_values [" + std::to_string(dim) + "]");
    const auto bad = reader.nonFiniteTensors();
    if (!bad.empty())
        fail("tensor \"" + bad.front() + "\" holds a NaN or an infinity");

    auto model = std::unique_ptr<LsaEmbedder>(new LsaEmbedder());
    std::string bytes(std::size_t(vocabulary.byteCount()), '\0');
    reader.readBytes(vocabulary, 0, bytes.data(), bytes.size());
    std::unordered_set<std::string_view> seen;
    for (std::size_t begin = 0; begin < bytes.size();) {
        const std::size_t end = bytes.find('\n', begin);
        if (end == std::string::npos)
            fail("the vocabulary does not end with a newline");
        if (end == begin)
            fail("an empty term in the vocabulary (entry " + std::to_string(model->m_terms.size()) + ")");
        model->m_terms.emplace_back(bytes, begin, end - begin);
        begin = end + 1;
    }
    if (std::int64_t(model->m_terms.size()) != terms)
        fail("the vocabulary holds " + std::to_string(model->m_terms.size()) + " terms, idf " + std::to_string(terms));
    for (const auto &term : model->m_terms)
        if (!seen.insert(term).second)
            fail("the term \"" + term + "\" appears twice in the vocabulary");
    model->m_idf = reader.readFloat32(idf);
    model->m_projection = reader.readFloat32(projection);
    model->m_singularValues = reader.readFloat32(singular);
    try {
        model->m_documents = std::stoll(metaOr("documents"));
        model->m_seed = std::stoull(metaOr("seed"));
    } catch (const std::exception &) {
        fail("metadata \"documents\" or \"seed\" is not a number");
    }
    model->finish();
    return model;
}

} // namespace genlab::engine::retrieval
