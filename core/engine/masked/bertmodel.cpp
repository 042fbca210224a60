#include "engine/masked/bertmodel.h"

#include "engine/io/checkpoint.h"
#include "engine/io/safetensors.h"
#include "engine/masked/detail/hflayout.h"
#include "engine/masked/detail/modelstate.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/tensorio.h"
#include "engine/text/wordpiecetokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <stdexcept>

namespace genlab::engine::masked {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxConfigBytes = 16u << 20;
// embed() runs its texts in forward passes of at most this many tokens (rows x longest, padding
// included) and this many texts. Measured on BERT-base at 128 tokens, one thread: 8 texts per pass
// ran 2-3x more sentences per second than 32 (the activations of a 4096-token pass no longer stay
// in cache; sentence-transformers' default of 32 pays that), while 1 text per pass re-reads every
// weight per text.
constexpr std::size_t kEmbedTokensPerPass = 1024;
constexpr std::size_t kEmbedMaxRows = 64;

std::string readTextFile(const std::string &path, std::uintmax_t maxBytes)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(path + ": no such file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw std::runtime_error(path + ": cannot read its size (" + ec.message() + ")");
    if (size > maxBytes)
        throw std::runtime_error(path + ": " + std::to_string(size) + " bytes, more than the " +
                                 std::to_string(maxBytes) + " allowed for this file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot be opened");
    std::string text(std::size_t(size), '\0');
    in.read(text.data(), std::streamsize(size));
    if (in.gcount() != std::streamsize(size))
        throw std::runtime_error(path + ": short read");
    return text;
}

Json readJsonFile(const std::string &path)
{
    const std::string text = readTextFile(path, kMaxConfigBytes);
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &e) {
        throw std::runtime_error(path + ": not valid JSON (" + e.what() + ")");
    }
}

BertConfig configFromFile(const std::string &path, const std::string &text)
{
    try {
        return BertConfig::fromJson(text);
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

void writeFileAtomically(const std::string &path, const std::string &contents)
{
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error(temp + ": cannot be created");
        out.write(contents.data(), std::streamsize(contents.size()));
        out.flush();
        if (!out)
            throw std::runtime_error(temp + ": write failed");
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec)
        throw std::runtime_error(path + ": cannot be replaced (" + ec.message() + ")");
}

void checkTokenizerFits(const text::WordPieceTokenizer *tokenizer, const BertConfig &config, const std::string &where)
{
    if (tokenizer && tokenizer->vocabSize() > config.vocabSize)
        throw std::runtime_error(where + ": vocab.txt has " + std::to_string(tokenizer->vocabSize()) +
                                 " tokens but the model's vocabulary (vocab_size) only " +
                                 std::to_string(config.vocabSize));
}

const char *poolingName(Pooling p)
{
    return p == Pooling::Cls ? "cls" : "mean";
}

// sentence-transformers' modules.json: where the transformer is, how it pools, whether it normalises.
struct SentenceTransformerLayout
{
    std::string transformerDir;
    Pooling pooling = Pooling::Mean;
    bool normalize = false;
};

SentenceTransformerLayout readModulesJson(const fs::path &dir)
{
    const std::string path = (dir / "modules.json").string();
    const Json modules = readJsonFile(path);
    if (!modules.is_array())
        throw std::runtime_error(path + ": not a JSON array of modules");
    SentenceTransformerLayout layout;
    bool transformer = false, pooling = false;
    for (const auto &m : modules) {
        if (!m.is_object() || !m.contains("type") || !m["type"].is_string())
            throw std::runtime_error(path + ": a module without a \"type\" string");
        const std::string type = m["type"].get<std::string>();
        const std::string sub = m.contains("path") && m["path"].is_string() ? m["path"].get<std::string>() : "";
        if (sub.find("..") != std::string::npos || (!sub.empty() && sub.front() == '/'))
            throw std::runtime_error(path + ": module path \"" + sub + "\" leaves the model folder");
        const std::string kind = type.substr(type.rfind('.') == std::string::npos ? 0 : type.rfind('.') + 1);
        if (kind == "Transformer") {
            layout.transformerDir = (dir / sub).string();
            transformer = true;
        } else if (kind == "Pooling") {
            const std::string poolPath = (dir / sub / "config.json").string();
            const Json pool = readJsonFile(poolPath);
            if (!pool.is_object())
                throw std::runtime_error(poolPath + ": not a JSON object");
            auto flag = [&](const char *key) { return pool.contains(key) && pool[key].is_boolean() && pool[key].get<bool>(); };
            for (const char *unsupported : {"pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens",
                                            "pooling_mode_weightedmean_tokens", "pooling_mode_lasttoken"})
                if (flag(unsupported))
                    throw std::runtime_error(poolPath + ": \"" + std::string(unsupported) +
                                             "\" is not supported (only mean and CLS pooling)");
            const bool cls = flag("pooling_mode_cls_token"), mean = flag("pooling_mode_mean_tokens");
            if (cls == mean)
                throw std::runtime_error(poolPath + (cls ? ": both CLS and mean pooling are set; one is supported at a time"
                                                         : ": neither \"pooling_mode_mean_tokens\" nor "
                                                           "\"pooling_mode_cls_token\" is set"));
            layout.pooling = cls ? Pooling::Cls : Pooling::Mean;
            pooling = true;
        } else if (kind == "Normalize") {
            layout.normalize = true;
        } else {
            throw std::runtime_error(path + ": module type \"" + type +
                                     "\" is not supported (Transformer, Pooling and Normalize are)");
        }
    }
    if (!transformer)
        throw std::runtime_error(path + ": no Transformer module");
    if (!pooling)
        throw std::runtime_error(path + ": no Pooling module");
    return layout;
}

std::unique_ptr<detail::BertModelState> makeState(const BertConfig &config, bool withMlmHead,
                                                  const ResolvedDevice &device)
{
    auto state = std::make_unique<detail::BertModelState>(config, withMlmHead);
    state->device = device;
    if (state->device.id.empty())
        state->device.id = "cpu";
    return state;
}

void placeOnDevice(detail::BertModelState &state)
{
    state.net.to(engine::detail::toTorchDevice(state.device));
}

// Loads the transformer part of a folder: config.json, model.safetensors (ours or Hugging Face's),
// vocab.txt when present.
std::unique_ptr<detail::BertModelState> loadTransformer(const std::string &folder, const ResolvedDevice &device)
{
    std::error_code ec;
    const fs::path dir(folder);
    if (!fs::is_directory(dir, ec))
        throw std::runtime_error(folder + ": not a folder (a BERT model is a folder with config.json, "
                                          "model.safetensors and vocab.txt)");
    const std::string configPath = (dir / "config.json").string();
    std::string configText = readTextFile(configPath, kMaxConfigBytes);
    Json config = Json::parse(configText, nullptr, false);
    if (config.is_discarded())
        throw std::runtime_error(configPath + ": not valid JSON");
    if (!config.is_object())
        throw std::runtime_error(configPath + ": not a JSON object");

    std::optional<io::SafetensorsReader> reader;
    if (config.contains("format_version")) {
        // Our own checkpoint: loadCheckpoint finishes or rolls back a save cut short.
        auto loaded = io::loadCheckpoint(folder);
        if (loaded.architecture != "bert")
            throw std::runtime_error(configPath + ": architecture \"" + loaded.architecture +
                                     "\" is not a BERT encoder");
        configText = loaded.configJson;
        config = Json::parse(configText, nullptr, false);
        reader = std::move(loaded.weights);
    }
    const BertConfig c = configFromFile(configPath, configText);
    if (auto it = config.find("tie_word_embeddings"); it != config.end() && it->is_boolean() && !it->get<bool>())
        throw std::runtime_error(configPath + ": \"tie_word_embeddings\": false is not supported (BERT's MLM decoder "
                                              "is the word embedding matrix)");
    if (!reader) {
        const fs::path weights = dir / "model.safetensors";
        if (!fs::exists(weights, ec)) {
            if (fs::exists(dir / "model.safetensors.index.json", ec))
                throw std::runtime_error(folder + ": sharded weights (model.safetensors.index.json) are not "
                                                  "supported; save the model as one model.safetensors");
            if (fs::exists(dir / "pytorch_model.bin", ec))
                throw std::runtime_error(folder + ": only pytorch_model.bin (a pickle, which the studio never loads "
                                                  "for safety); convert it to model.safetensors");
            throw std::runtime_error(folder + ": no model.safetensors");
        }
        reader.emplace(io::SafetensorsReader::open(weights.string()));
    }
    const auto layout = detail::detectHfLayout(*reader);
    auto state = makeState(c, layout.hasMlmHead, device);
    detail::loadHfWeights(state->net, *reader, layout);
    if (fs::exists(dir / "vocab.txt", ec)) {
        state->tokenizer = text::WordPieceTokenizer::loadFromFolder(folder);
        checkTokenizerFits(state->tokenizer.get(), c, (dir / "vocab.txt").string());
    }
    // Our own checkpoints remember how they pool.
    if (auto it = config.find("sentence_pooling"); it != config.end() && it->is_string())
        state->pooling = it->get<std::string>() == "cls" ? Pooling::Cls : Pooling::Mean;
    if (auto it = config.find("sentence_normalize"); it != config.end() && it->is_boolean())
        state->normalize = it->get<bool>();
    state->source = folder;
    return state;
}

void checkIds(const std::vector<int> &ids, const BertConfig &c, const char *what)
{
    if (int(ids.size()) > c.maxPositions)
        throw std::invalid_argument(std::string(what) + ": " + std::to_string(ids.size()) + " tokens exceed the " +
                                    std::to_string(c.maxPositions) + " positions of the model");
    for (int id : ids)
        if (id < 0 || id >= c.vocabSize)
            throw std::invalid_argument(std::string(what) + ": token id " + std::to_string(id) +
                                        " is outside the vocabulary [0, " + std::to_string(c.vocabSize) + ")");
}

torch::Tensor idTensor(const std::vector<int> &ids, const torch::Device &device)
{
    std::vector<std::int64_t> v(ids.begin(), ids.end());
    return torch::tensor(v, torch::kInt64).view({1, std::int64_t(v.size())}).to(device);
}

std::vector<float> toVector(const torch::Tensor &t)
{
    auto c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

namespace detail {

void saveModelFolder(const BertModelState &state, const std::string &dir, std::int64_t step,
                     const std::string &extraConfigJson,
                     const std::vector<std::pair<std::string, torch::Tensor>> &optimizer)
{
    // saveCheckpoint refuses folders that are not ours; a checkpoint of another lab is refused here.
    std::error_code ec;
    const fs::path configPath = fs::path(dir) / "config.json";
    if (fs::is_regular_file(configPath, ec) && fs::file_size(configPath, ec) < kMaxConfigBytes) {
        const Json j = Json::parse(readTextFile(configPath.string(), kMaxConfigBytes), nullptr, false);
        if (j.is_object() && j.contains("format_version") && j.contains("architecture") &&
            j["architecture"] != "bert")
            throw std::runtime_error(dir + " holds a checkpoint of another architecture (" +
                                     j["architecture"].dump() + "); choose a new or empty folder");
    }
    nlohmann::ordered_json config = nlohmann::ordered_json::parse(state.config.toJson());
    config["architectures"] = {state.net.hasMlmHead() ? "BertForMaskedLM" : "BertModel"};
    config["architecture"] = "bert";
    config["step"] = step;
    config["sentence_pooling"] = poolingName(state.pooling);
    config["sentence_normalize"] = state.normalize;
    if (state.tokenizer)
        config["do_lower_case"] = state.tokenizer->lowerCase(); // also inside the atomic part of the save
    if (!extraConfigJson.empty()) {
        const nlohmann::ordered_json extra = nlohmann::ordered_json::parse(extraConfigJson, nullptr, false);
        if (!extra.is_object())
            throw std::invalid_argument("save: the extra config is not a JSON object");
        for (auto &[key, value] : extra.items())
            if (!config.contains(key))
                config[key] = value;
    }

    io::CheckpointData data;
    data.configJson = config.dump(2);
    std::vector<torch::Tensor> keepAlive;
    const auto weights = hfWeights(state.net);
    // Hugging Face's own order (embeddings, layers, head) rather than the map's alphabetical one.
    for (const auto &[name, t] : weights) {
        keepAlive.push_back(t);
        io::TensorToWrite w;
        w.name = name;
        w.dtype = io::DType::F32;
        w.shape = t.sizes().vec();
        w.data = t.data_ptr();
        w.byteCount = std::size_t(t.nbytes());
        data.weights.push_back(std::move(w));
    }
    data.optimizer = engine::detail::tensorsToWrite({optimizer.begin(), optimizer.end()}, &keepAlive);
    data.weightsMetadata["format"] = "pt";
    io::saveCheckpoint(dir, data);

    if (state.tokenizer) {
        state.tokenizer->saveVocab((fs::path(dir) / "vocab.txt").string());
        Json tokenizerConfig;
        tokenizerConfig["tokenizer_class"] = "BertTokenizer";
        tokenizerConfig["do_lower_case"] = state.tokenizer->lowerCase();
        tokenizerConfig["strip_accents"] = state.tokenizer->stripAccents();
        tokenizerConfig["tokenize_chinese_chars"] = state.tokenizer->options().tokenizeChineseChars;
        tokenizerConfig["model_max_length"] = state.config.maxPositions;
        writeFileAtomically((fs::path(dir) / "tokenizer_config.json").string(), tokenizerConfig.dump(2));
    }
}

} // namespace detail

BertModel::BertModel() = default;
BertModel::~BertModel() = default;
BertModel::BertModel(BertModel &&) noexcept = default;
BertModel &BertModel::operator=(BertModel &&) noexcept = default;
BertModel::BertModel(std::unique_ptr<detail::BertModelState> state) : m_state(std::move(state)) {}

BertModel BertModel::createRandom(const BertConfig &config, std::uint64_t seed, bool withMlmHead,
                                  const ResolvedDevice &device)
{
    auto state = makeState(config, withMlmHead, device);
    state->net.initialise(seed);
    state->source = "random (seed " + std::to_string(seed) + ")";
    placeOnDevice(*state);
    return BertModel(std::move(state));
}

BertModel BertModel::open(const std::string &folder, const ResolvedDevice &device)
{
    std::error_code ec;
    const fs::path dir(folder);
    if (!fs::is_directory(dir, ec))
        throw std::runtime_error(folder + ": not a folder (a BERT model is a folder with config.json, "
                                          "model.safetensors and vocab.txt)");
    std::unique_ptr<detail::BertModelState> state;
    if (fs::exists(dir / "modules.json", ec)) {
        const auto layout = readModulesJson(dir);
        state = loadTransformer(layout.transformerDir, device);
        state->pooling = layout.pooling;
        state->normalize = layout.normalize;
        state->source = folder;
    } else {
        state = loadTransformer(folder, device);
    }
    placeOnDevice(*state);
    return BertModel(std::move(state));
}

void BertModel::save(const std::string &folder, std::int64_t step, const std::string &extraConfig) const
{
    if (!m_state)
        throw std::logic_error("save: no model");
    detail::saveModelFolder(*m_state, folder, step, extraConfig, {});
}

const BertConfig &BertModel::config() const
{
    if (!m_state)
        throw std::logic_error("config: no model");
    return m_state->config;
}

bool BertModel::hasMlmHead() const
{
    return m_state && m_state->net.hasMlmHead();
}

Pooling BertModel::pooling() const
{
    return m_state ? m_state->pooling : Pooling::Mean;
}

bool BertModel::normalizesEmbeddings() const
{
    return m_state ? m_state->normalize : true;
}

std::string BertModel::deviceId() const
{
    return m_state ? m_state->device.id : std::string();
}

std::string BertModel::source() const
{
    return m_state ? m_state->source : std::string();
}

std::shared_ptr<const text::WordPieceTokenizer> BertModel::tokenizer() const
{
    return m_state ? m_state->tokenizer : nullptr;
}

void BertModel::setTokenizer(std::shared_ptr<const text::WordPieceTokenizer> tokenizer)
{
    if (!m_state)
        throw std::logic_error("setTokenizer: no model");
    checkTokenizerFits(tokenizer.get(), m_state->config, "setTokenizer");
    m_state->tokenizer = std::move(tokenizer);
}

BertOutput BertModel::forward(const std::vector<int> &ids, bool withLogits) const
{
    const auto &c = config();
    checkIds(ids, c, "forward");
    BertOutput out;
    out.tokens = int(ids.size());
    out.hiddenSize = c.hiddenSize;
    if (ids.empty())
        return out;
    c10::InferenceMode guard;
    const auto &net = m_state->net;
    const bool logits = withLogits && net.hasMlmHead();
    auto result = net.forward(idTensor(ids, net.device()), {}, logits, false);
    out.hidden = toVector(result.hidden);
    if (logits) {
        out.vocabSize = c.vocabSize;
        out.logits = toVector(result.logits);
    }
    return out;
}

BertAttention BertModel::attention(const std::vector<int> &ids) const
{
    const auto &c = config();
    checkIds(ids, c, "attention");
    BertAttention maps;
    maps.layers = c.layers;
    maps.heads = c.heads;
    maps.tokens = int(ids.size());
    if (ids.empty())
        return maps;
    c10::InferenceMode guard;
    auto result = m_state->net.forward(idTensor(ids, m_state->net.device()), {}, false, true);
    maps.weights = toVector(torch::cat(result.attention, 0)); // [L, H, T, T]
    return maps;
}

std::vector<std::vector<float>> BertModel::embed(const std::vector<std::string> &texts, const RunContext &ctx) const
{
    const auto &c = config();
    const auto &tok = m_state->tokenizer;
    if (!tok)
        throw std::logic_error("embed: the model has no tokenizer (no vocab.txt in " + m_state->source + ")");
    std::vector<std::vector<int>> sequences(texts.size());
    const std::size_t maxBody = std::size_t(std::max(0, c.maxPositions - 2));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto body = tok->encode(texts[i]);
        if (body.size() > maxBody)
            body.resize(maxBody);
        auto &s = sequences[i];
        s.reserve(body.size() + 2);
        s.push_back(tok->clsId());
        s.insert(s.end(), body.begin(), body.end());
        s.push_back(tok->sepId());
        checkIds(s, c, "embed");
    }
    // Similar lengths share a batch, so little is spent on padding.
    std::vector<std::size_t> order(texts.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sequences[a].size() < sequences[b].size(); });

    std::vector<std::vector<float>> out(texts.size());
    const auto &net = m_state->net;
    const torch::Device device = net.device();
    const std::int64_t pad = tok->padId() >= 0 ? tok->padId() : c.padTokenId;
    c10::InferenceMode guard;
    for (std::size_t first = 0, count = 0; first < order.size(); first += count) {
        ctx.checkpoint();
        // Ascending lengths: the last row of a pass is its longest.
        count = 1;
        while (first + count < order.size() && count < kEmbedMaxRows &&
               (count + 1) * sequences[order[first + count]].size() <= kEmbedTokensPerPass)
            ++count;
        const std::size_t shortest = sequences[order[first]].size();
        const std::size_t longest = sequences[order[first + count - 1]].size();
        auto ids = torch::full({std::int64_t(count), std::int64_t(longest)}, pad, torch::kInt64);
        auto mask = torch::zeros({std::int64_t(count), std::int64_t(longest)}, torch::kFloat32);
        auto *idData = ids.data_ptr<std::int64_t>();
        auto *maskData = mask.data_ptr<float>();
        for (std::size_t j = 0; j < count; ++j) {
            const auto &s = sequences[order[first + j]];
            std::copy(s.begin(), s.end(), idData + j * longest);
            std::fill(maskData + j * longest, maskData + j * longest + s.size(), 1.0f);
        }
        ids = ids.to(device);
        mask = mask.to(device);
        // Equal lengths need no mask: every key is real.
        auto hidden = net.forward(ids, shortest == longest ? torch::Tensor() : mask, false, false).hidden;
        torch::Tensor pooled;
        if (m_state->pooling == Pooling::Cls) {
            pooled = hidden.select(1, 0);
        } else {
            auto m = mask.unsqueeze(-1);
            pooled = (hidden * m).sum(1) / m.sum(1).clamp_min(1e-9);
        }
        if (m_state->normalize)
            pooled = pooled / pooled.norm(2, -1, true).clamp_min(1e-12);
        pooled = pooled.to(torch::kCPU, torch::kFloat32).contiguous();
        const float *p = pooled.data_ptr<float>();
        for (std::size_t j = 0; j < count; ++j)
            out[order[first + j]].assign(p + j * c.hiddenSize, p + (j + 1) * c.hiddenSize);
        ctx.progress(double(first + count) / double(order.size()), "embedding");
    }
    return out;
}

} // namespace genlab::engine::masked
