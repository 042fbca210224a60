#include "engine/masked/t5model.h"

#include "engine/io/checkpoint.h"
#include "engine/masked/detail/t5state.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/tensorio.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace genlab::engine::masked {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxConfigBytes = 16u << 20;
constexpr const char *kVocabFile = "vocab.txt";

std::string readConfigFile(const std::string &path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(path + ": no such file (a model folder holds config.json)");
    const auto size = fs::file_size(path, ec);
    if (ec || size > kMaxConfigBytes)
        throw std::runtime_error(path + ": unreadable or larger than 16 MB");
    std::ifstream in(path, std::ios::binary);
    std::string text(std::size_t(size), '\0');
    in.read(text.data(), std::streamsize(size));
    if (in.gcount() != std::streamsize(size))
        throw std::runtime_error(path + ": short read");
    return text;
}

// Says what a folder holds when it is not ours: the other lab's model by its name.
void refuseOtherArchitecture(const std::string &configPath, const Json &config)
{
    const std::string architecture = config.value("architecture", std::string());
    const std::string modelType = config.value("model_type", std::string());
    if (architecture == kT5Architecture)
        return;
    std::string what;
    if (!architecture.empty())
        what = "architecture \"" + architecture + "\"";
    else if (!modelType.empty())
        what = "a Hugging Face \"" + modelType + "\" model";
    else
        what = "no \"architecture\"";
    std::string hint;
    const std::string name = architecture.empty() ? modelType : architecture;
    if (name == "gpt2")
        hint = " (a GPT-2 language model: open it in the Text lab)";
    else if (name.rfind("bert", 0) == 0)
        hint = " (a BERT encoder: it fills [MASK], not T5's sentinels)";
    else if (name == "t5" || name == "mt5")
        hint = " (Hugging Face T5 folders use a SentencePiece vocabulary, which the studio does not read)";
    throw std::runtime_error(configPath + ": " + what + " is not the studio's T5 (\"architecture\": \"" +
                             kT5Architecture + "\")" + hint);
}

std::unique_ptr<detail::T5ModelState> makeState(const T5Config &config, const ResolvedDevice &device)
{
    auto state = std::make_unique<detail::T5ModelState>(config);
    state->device = device;
    if (state->device.id.empty())
        state->device.id = "cpu";
    return state;
}

void placeOnDevice(detail::T5ModelState &state)
{
    state.net.to(engine::detail::toTorchDevice(state.device));
}

std::vector<float> toVector(const torch::Tensor &t)
{
    auto c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

namespace detail {

std::vector<int> t5SentinelIds(const text::WordPieceTokenizer &tokenizer, const T5Config &config, const std::string &where)
{
    if (tokenizer.vocabSize() != config.vocabSize)
        throw std::runtime_error(where + ": the vocabulary has " + std::to_string(tokenizer.vocabSize()) +
                                 " tokens, the model " + std::to_string(config.vocabSize));
    if (tokenizer.padId() != config.padId || tokenizer.sepId() != config.endId)
        throw std::runtime_error(where + ": [PAD] and [SEP] are tokens " + std::to_string(tokenizer.padId()) + " and " +
                                 std::to_string(tokenizer.sepId()) + " of the vocabulary, the model expects " +
                                 std::to_string(config.padId) + " and " + std::to_string(config.endId));
    std::vector<int> ids;
    for (int k = 0; k < config.sentinels; ++k) {
        const auto id = tokenizer.idOf(sentinelToken(k));
        if (!id)
            throw std::runtime_error(where + ": the vocabulary has no " + sentinelToken(k) + " (the model uses " +
                                     std::to_string(config.sentinels) + " sentinels)");
        ids.push_back(*id);
    }
    return ids;
}

std::shared_ptr<const text::WordPieceTokenizer> loadT5Tokenizer(const std::string &dir, const T5Config &config)
{
    text::WordPieceOptions options;
    options.lowerCase = config.lowerCase;
    const std::string path = (fs::path(dir) / kVocabFile).string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(path + ": no such file (the model's vocabulary)");
    return std::make_shared<const text::WordPieceTokenizer>(text::WordPieceTokenizer::fromVocabFile(path, options));
}

void loadT5Weights(T5Net &net, const io::SafetensorsReader &reader)
{
    const engine::detail::TensorMap loaded = engine::detail::loadTensors(reader, engine::detail::HalfPrecision::ToFloat32);
    engine::detail::ShapeMap expected;
    for (auto &[name, t] : net.namedTensors())
        expected[name] = t->sizes().vec();
    if (const std::string problem = engine::detail::checkShapes(expected, loaded); !problem.empty())
        throw io::FileError(reader.path(), problem);
    torch::NoGradGuard noGrad;
    for (auto &[name, t] : net.namedTensors())
        t->copy_(loaded.at(name).to(torch::kFloat32));
}

void saveT5Folder(const T5ModelState &state, const std::string &dir, std::int64_t step, const std::string &extraConfigJson,
                  const std::vector<std::pair<std::string, torch::Tensor>> &optimizer)
{
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw std::runtime_error(dir + " exists and is not a folder; choose a new folder for the model");
    if (fs::is_directory(dir, ec) && !fs::is_empty(dir, ec)) {
        // Saving replaces the whole folder: only ever one of our own T5 checkpoints.
        const fs::path config = fs::path(dir) / "config.json";
        bool ours = false;
        if (fs::is_regular_file(config, ec) && fs::file_size(config, ec) < kMaxConfigBytes) {
            const Json j = Json::parse(readConfigFile(config.string()), nullptr, false);
            ours = j.is_object() && j.contains("format_version") && j.value("architecture", std::string()) == kT5Architecture;
        }
        if (!ours)
            throw std::runtime_error(dir + " exists and is not a GenLab T5 model folder; saving would replace it, so "
                                           "choose a new or empty folder");
    }
    if (!state.tokenizer)
        throw std::logic_error("save: the T5 model has no tokenizer");
    Json config = Json::parse(state.net.config().toJson());
    if (!extraConfigJson.empty()) {
        const Json extra = Json::parse(extraConfigJson, nullptr, false);
        if (!extra.is_object())
            throw std::invalid_argument("save: extra config is not a JSON object");
        for (auto &[key, value] : extra.items())
            if (!config.contains(key))
                config[key] = value;
    }
    config["step"] = step;
    config["tokenizer"] = {{"kind", "wordpiece"}, {"file", kVocabFile}, {"vocab_size", state.tokenizer->vocabSize()}};

    io::CheckpointData data;
    data.configJson = config.dump(2);
    std::vector<torch::Tensor> keepAlive;
    engine::detail::TensorMap weights;
    for (auto &[name, t] : state.net.namedParameters())
        weights[name] = t;
    data.weights = engine::detail::tensorsToWrite(weights, &keepAlive);
    engine::detail::TensorMap opt(optimizer.begin(), optimizer.end());
    data.optimizer = engine::detail::tensorsToWrite(opt, &keepAlive);
    data.weightsMetadata["format"] = "pt";
    io::saveCheckpoint(dir, data);
    // Beside the checkpoint's files: a save replaces the folder, so the vocabulary is written each time.
    state.tokenizer->saveVocab((fs::path(dir) / kVocabFile).string());
}

std::pair<torch::Tensor, torch::Tensor> padRows(const std::vector<std::vector<int>> &rows, int padId)
{
    std::size_t width = 1;
    for (const auto &r : rows)
        width = std::max(width, r.size());
    std::vector<std::int64_t> ids(rows.size() * width, padId);
    std::vector<std::uint8_t> keep(rows.size() * width, 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j) {
            ids[i * width + j] = rows[i][j];
            keep[i * width + j] = 1;
        }
    const auto shape = std::vector<std::int64_t>{std::int64_t(rows.size()), std::int64_t(width)};
    return {torch::tensor(ids, torch::kInt64).view(shape), torch::tensor(keep, torch::kUInt8).view(shape).to(torch::kBool)};
}

} // namespace detail

T5Model::T5Model() = default;
T5Model::~T5Model() = default;
T5Model::T5Model(T5Model &&) noexcept = default;
T5Model &T5Model::operator=(T5Model &&) noexcept = default;
T5Model::T5Model(std::unique_ptr<detail::T5ModelState> state) : m_state(std::move(state)) {}

T5Model T5Model::createRandom(const T5Config &config, std::uint64_t seed, const ResolvedDevice &device)
{
    auto state = makeState(config, device);
    state->net.initialise(seed);
    state->source = "random (seed " + std::to_string(seed) + ")";
    placeOnDevice(*state);
    return T5Model(std::move(state));
}

T5Model T5Model::open(const std::string &folder, const ResolvedDevice &device)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw std::runtime_error(folder + ": not a folder (a T5 model is a folder with config.json, model.safetensors "
                                          "and vocab.txt)");
    const std::string configPath = (fs::path(folder) / "config.json").string();
    const Json raw = Json::parse(readConfigFile(configPath), nullptr, false);
    if (raw.is_discarded() || !raw.is_object())
        throw std::runtime_error(configPath + ": not a JSON object");
    refuseOtherArchitecture(configPath, raw);
    auto loaded = io::loadCheckpoint(folder);
    T5Config config;
    try {
        config = T5Config::fromJson(loaded.configJson);
    } catch (const std::exception &e) {
        throw std::runtime_error(configPath + ": " + e.what());
    }
    auto state = makeState(config, device);
    detail::loadT5Weights(state->net, *loaded.weights);
    state->tokenizer = detail::loadT5Tokenizer(folder, config);
    state->sentinelIds = detail::t5SentinelIds(*state->tokenizer, config, (fs::path(folder) / kVocabFile).string());
    state->source = folder;
    placeOnDevice(*state);
    return T5Model(std::move(state));
}

void T5Model::save(const std::string &folder, std::int64_t step, const std::string &extraConfig) const
{
    if (!m_state)
        throw std::logic_error("save: no model");
    detail::saveT5Folder(*m_state, folder, step, extraConfig, {});
}

const T5Config &T5Model::config() const
{
    if (!m_state)
        throw std::logic_error("config: no model");
    return m_state->net.config();
}

std::string T5Model::deviceId() const
{
    return m_state ? m_state->device.id : std::string();
}

std::string T5Model::source() const
{
    return m_state ? m_state->source : std::string();
}

std::shared_ptr<const text::WordPieceTokenizer> T5Model::tokenizer() const
{
    return m_state ? m_state->tokenizer : nullptr;
}

void T5Model::setTokenizer(std::shared_ptr<const text::WordPieceTokenizer> tokenizer)
{
    if (!m_state)
        throw std::logic_error("setTokenizer: no model");
    if (!tokenizer)
        throw std::invalid_argument("setTokenizer: no tokenizer");
    m_state->sentinelIds = detail::t5SentinelIds(*tokenizer, config(), "setTokenizer");
    m_state->tokenizer = std::move(tokenizer);
}

const std::vector<int> &T5Model::sentinelIds() const
{
    static const std::vector<int> none;
    return m_state ? m_state->sentinelIds : none;
}

namespace {

void checkIds(const std::vector<int> &ids, const T5Config &c, const char *what)
{
    for (int id : ids)
        if (id < 0 || id >= c.vocabSize)
            throw std::invalid_argument(std::string(what) + ": token id " + std::to_string(id) +
                                        " is outside the vocabulary [0, " + std::to_string(c.vocabSize) + ")");
}

torch::Tensor teacherLogits(const detail::T5Net &net, const std::vector<int> &input, const std::vector<int> &target)
{
    const auto device = net.device();
    auto [ids, keep] = detail::padRows({input}, net.config().padId);
    std::vector<int> decoderInput{net.config().padId};
    decoderInput.insert(decoderInput.end(), target.begin(), target.end() - 1);
    auto [dec, decKeep] = detail::padRows({decoderInput}, net.config().padId);
    ids = ids.to(device);
    keep = keep.to(device);
    auto encoded = net.encode(ids, keep);
    return net.logits(net.decode(dec.to(device), encoded, keep))[0]; // [T, V]
}

} // namespace

std::vector<float> T5Model::logits(const std::vector<int> &inputIds, const std::vector<int> &targetIds) const
{
    const auto &c = config();
    if (inputIds.empty() || targetIds.empty())
        throw std::invalid_argument("logits: the input and the target need at least one token each");
    checkIds(inputIds, c, "logits");
    checkIds(targetIds, c, "logits");
    c10::InferenceMode guard;
    return toVector(teacherLogits(m_state->net, inputIds, targetIds));
}

double T5Model::loss(const std::vector<int> &inputIds, const std::vector<int> &targetIds) const
{
    const auto &c = config();
    if (inputIds.empty() || targetIds.empty())
        throw std::invalid_argument("loss: the input and the target need at least one token each");
    checkIds(inputIds, c, "loss");
    checkIds(targetIds, c, "loss");
    c10::InferenceMode guard;
    auto logits = teacherLogits(m_state->net, inputIds, targetIds);
    std::vector<std::int64_t> labels(targetIds.begin(), targetIds.end());
    return torch::nn::functional::cross_entropy(logits, torch::tensor(labels, torch::kInt64).to(logits.device()))
        .item<double>();
}

T5FillResult T5Model::fillSpans(const std::vector<int> &inputIdsIn, int maxTokens) const
{
    const auto &c = config();
    const auto &tok = m_state->tokenizer;
    if (!tok)
        throw std::logic_error("fillSpans: the model has no tokenizer");
    std::vector<int> inputIds = inputIdsIn;
    if (inputIds.empty() || inputIds.back() != c.endId)
        inputIds.push_back(c.endId);
    checkIds(inputIds, c, "fillSpans");
    if (maxTokens < 1 || maxTokens > 4096)
        throw std::invalid_argument("fillSpans: maxTokens must be in [1, 4096]");
    const auto &sentinels = m_state->sentinelIds;
    auto sentinelIndex = [&](int id) {
        auto it = std::find(sentinels.begin(), sentinels.end(), id);
        return it == sentinels.end() ? -1 : int(it - sentinels.begin());
    };

    T5FillResult r;
    r.inputIds = inputIds;
    r.input = tok->decode(std::vector<int>(inputIds.begin(), inputIds.end() - 1));
    for (int id : inputIds)
        if (int k = sentinelIndex(id); k >= 0)
            r.spans.push_back(T5SpanFill{k, {}, {}, {}, false});

    int lastSentinel = -1;
    for (const auto &span : r.spans)
        lastSentinel = std::max(lastSentinel, span.sentinel);
    {
        c10::InferenceMode guard;
        const auto &net = m_state->net;
        const auto device = net.device();
        auto [ids, keep] = detail::padRows({inputIds}, c.padId);
        ids = ids.to(device);
        keep = keep.to(device);
        const auto encoded = net.encode(ids, keep);
        // Greedy, recomputing the short decoder prefix each step (targets are tens of tokens).
        std::vector<std::int64_t> prefix{c.padId};
        r.stopReason = "max tokens";
        for (int step = 0; step < maxTokens; ++step) {
            auto dec = torch::tensor(prefix, torch::kInt64).view({1, std::int64_t(prefix.size())}).to(device);
            auto last = net.logits(net.decode(dec, encoded, keep)[0][-1]);
            last[c.padId] = -INFINITY; // the start token never appears inside a target
            const int next = int(last.argmax().item<std::int64_t>());
            if (next == c.endId) {
                r.stopReason = "end token";
                break;
            }
            r.outputIds.push_back(next);
            prefix.push_back(next);
            // The target closes with the sentinel after the input's last one (S0 .. Sn-1 spans, then Sn).
            if (sentinelIndex(next) > lastSentinel) {
                r.stopReason = "closing sentinel";
                break;
            }
        }
    }
    r.output = tok->decode(r.outputIds);

    // Per sentinel: the tokens after it in the output, up to the next sentinel.
    int current = -1;
    for (int id : r.outputIds) {
        if (const int k = sentinelIndex(id); k >= 0) {
            current = -1;
            for (std::size_t i = 0; i < r.spans.size(); ++i)
                if (r.spans[i].sentinel == k && !r.spans[i].found) {
                    r.spans[i].found = true;
                    current = int(i);
                    break;
                }
            continue;
        }
        if (current >= 0)
            r.spans[std::size_t(current)].predictedIds.push_back(id);
    }
    std::vector<int> filledIds;
    for (int id : std::vector<int>(inputIds.begin(), inputIds.end() - 1)) {
        if (const int k = sentinelIndex(id); k >= 0) {
            for (const auto &s : r.spans)
                if (s.sentinel == k) {
                    filledIds.insert(filledIds.end(), s.predictedIds.begin(), s.predictedIds.end());
                    break;
                }
            continue;
        }
        filledIds.push_back(id);
    }
    for (auto &s : r.spans)
        s.predicted = tok->decode(s.predictedIds);
    r.filled = tok->decode(filledIds);
    return r;
}

T5FillResult T5Model::fillSpans(std::string_view text, const T5FillOptions &options) const
{
    const auto &tok = m_state ? m_state->tokenizer : nullptr;
    if (!tok)
        throw std::logic_error("fillSpans: the model has no tokenizer");
    std::vector<int> ids = tok->encode(text);
    if (ids.empty())
        throw std::invalid_argument("fillSpans: the text holds no tokens");
    const auto &sentinels = m_state->sentinelIds;
    const bool hasSentinels =
        std::any_of(ids.begin(), ids.end(), [&](int id) { return std::find(sentinels.begin(), sentinels.end(), id) != sentinels.end(); });
    const bool corrupt = options.source == T5FillOptions::Source::Corrupt ||
                         (options.source == T5FillOptions::Source::Auto && !hasSentinels);
    if (!corrupt) {
        if (!hasSentinels)
            throw std::invalid_argument("fillSpans: the text holds no sentinel (write <extra_id_0> where a span is missing)");
        return fillSpans(ids, options.maxTokens);
    }
    SpanCorruption c = corruptSpans(ids, options.corruption, sentinels, config().endId);
    T5FillResult r = fillSpans(c.inputIds, options.maxTokens);
    for (std::size_t k = 0; k < c.spans.size() && k < r.spans.size(); ++k)
        r.spans[k].original = tok->decode(std::vector<int>(ids.begin() + c.spans[k].begin, ids.begin() + c.spans[k].end));
    r.corruption = std::move(c);
    return r;
}

} // namespace genlab::engine::masked
