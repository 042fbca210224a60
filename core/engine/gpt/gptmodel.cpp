#include "engine/gpt/gptmodel.h"

#include "engine/gpt/detail/hflayout.h"
#include "engine/gpt/detail/modelstate.h"
#include "engine/gpt/detail/utf8.h"
#include "engine/io/checkpoint.h"
#include "engine/io/safetensors.h"
#include "engine/runtime/detail/tensors.h"
#include "engine/tensorio/detail/tensorio.h"
#include "engine/text/bpetokenizer.h"
#include "engine/text/chartokenizer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::gpt {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr const char *kCharTokenizerFile = "char_tokenizer.json";
constexpr std::uintmax_t kMaxConfigBytes = 16u << 20;

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

GptConfig configFromFile(const std::string &path, const std::string &text)
{
    try {
        return GptConfig::fromJson(text);
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

void checkTokenizerFits(const text::Tokenizer *tokenizer, const GptConfig &config, const std::string &where)
{
    if (tokenizer && tokenizer->vocabSize() > config.vocabSize)
        throw std::runtime_error(where + ": the tokenizer has " + std::to_string(tokenizer->vocabSize()) +
                                 " tokens but the model only " + std::to_string(config.vocabSize));
}

// Splits streamed bytes into complete UTF-8: returns what can be shown now and keeps an
// unfinished multi-byte tail. Bytes that can never become UTF-8 turn into U+FFFD, as Python's
// errors="replace" decoding of GPT-2 output does.
class Utf8Assembler
{
public:
    std::string push(const std::string &bytes)
    {
        m_pending += bytes;
        std::string out;
        std::size_t i = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(m_pending.data());
        while (i < m_pending.size()) {
            const int len = detail::utf8Sequence(data + i, m_pending.size() - i);
            if (len < 0)
                break; // unfinished: wait for the next token
            if (len == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
                continue;
            }
            out.append(m_pending, i, std::size_t(len));
            i += std::size_t(len);
        }
        m_pending.erase(0, i);
        return out;
    }

    std::string flush()
    {
        std::string out;
        for (std::size_t i = 0; i < m_pending.size(); ++i)
            out += "\xEF\xBF\xBD";
        m_pending.clear();
        return out;
    }

private:
    std::string m_pending;
};

} // namespace

namespace detail {

std::shared_ptr<const text::Tokenizer> loadFolderTokenizer(const std::string &dir, const std::string &configJson)
{
    const Json config = Json::parse(configJson, nullptr, false);
    const std::string configPath = (fs::path(dir) / "config.json").string();
    if (!config.is_object() || !config.contains("tokenizer") || !config["tokenizer"].is_object())
        throw std::runtime_error(configPath + ": no \"tokenizer\" entry; the model folder does not say how to read text");
    const auto &t = config["tokenizer"];
    const std::string kind = t.value("kind", std::string());
    if (kind == "char") {
        const std::string path = (fs::path(dir) / kCharTokenizerFile).string();
        return std::make_shared<text::CharTokenizer>(text::CharTokenizer::fromJson(readTextFile(path, 64u << 20), path));
    }
    if (kind == "bpe")
        return std::shared_ptr<const text::Tokenizer>(text::BpeTokenizer::loadFromFolder(dir));
    throw std::runtime_error(configPath + ": unknown tokenizer kind \"" + kind + "\" (expected \"char\" or \"bpe\")");
}

void checkReplaceableModelFolder(const std::string &dir)
{
    std::error_code ec;
    const fs::path path(dir);
    if (!fs::exists(path, ec))
        return;
    if (!fs::is_directory(path, ec))
        throw std::runtime_error(dir + " exists and is not a folder; choose a new folder for the model");
    if (fs::is_empty(path, ec))
        return;
    // Saving replaces the whole folder: only ever one of our own GPT checkpoints.
    const fs::path config = path / "config.json";
    if (fs::is_regular_file(config, ec) && fs::file_size(config, ec) < kMaxConfigBytes) {
        const Json j = Json::parse(readTextFile(config.string(), kMaxConfigBytes), nullptr, false);
        if (j.is_object() && j.contains("format_version") && j.value("architecture", std::string()) == "gpt2")
            return;
    }
    throw std::runtime_error(dir + " exists and is not a GenLab GPT model folder; saving would replace it, so "
                                   "choose a new or empty folder");
}

void saveModelFolder(const GptModelState &state, const std::string &dir, std::int64_t step,
                     const std::string &extraConfigJson,
                     const std::vector<std::pair<std::string, torch::Tensor>> &optimizer)
{
    checkReplaceableModelFolder(dir);
    Json config = Json::parse(state.net.config().toJson());
    if (!extraConfigJson.empty()) {
        Json extra = Json::parse(extraConfigJson, nullptr, false);
        if (!extra.is_object())
            throw std::invalid_argument("save: extra config is not a JSON object");
        for (auto &[key, value] : extra.items())
            if (!config.contains(key))
                config[key] = value;
    }
    config["step"] = step;
    if (state.tokenizer) {
        config["tokenizer"] = {{"kind", state.tokenizer->kind()}, {"vocab_size", state.tokenizer->vocabSize()}};
        if (state.tokenizer->kind() == "char")
            config["tokenizer"]["file"] = kCharTokenizerFile;
        else
            config["tokenizer"]["files"] = {"vocab.json", "merges.txt"};
    }

    io::CheckpointData data;
    data.configJson = config.dump(2);
    std::vector<torch::Tensor> keepAlive;
    const auto weights = hfWeights(state.net);
    data.weights = engine::detail::tensorsToWrite({weights.begin(), weights.end()}, &keepAlive);
    data.optimizer = engine::detail::tensorsToWrite({optimizer.begin(), optimizer.end()}, &keepAlive);
    data.weightsMetadata["format"] = "pt";
    io::saveCheckpoint(dir, data);

    // Beside the checkpoint's own files, under the names other tools expect.
    if (state.tokenizer) {
        if (auto *bpe = dynamic_cast<const text::BpeTokenizer *>(state.tokenizer.get()))
            bpe->saveToFolder(dir);
        else if (auto *chars = dynamic_cast<const text::CharTokenizer *>(state.tokenizer.get()))
            writeFileAtomically((fs::path(dir) / kCharTokenizerFile).string(), chars->toJson());
        else
            throw std::runtime_error("save: tokenizer kind \"" + state.tokenizer->kind() + "\" cannot be stored");
    }
}

} // namespace detail

GptModel::GptModel() = default;
GptModel::~GptModel() = default;
GptModel::GptModel(GptModel &&) noexcept = default;
GptModel &GptModel::operator=(GptModel &&) noexcept = default;
GptModel::GptModel(std::unique_ptr<detail::GptModelState> state) : m_state(std::move(state)) {}

namespace {

std::unique_ptr<detail::GptModelState> makeState(const GptConfig &config, const ResolvedDevice &device)
{
    auto state = std::make_unique<detail::GptModelState>(config);
    state->device = device;
    if (state->device.id.empty())
        state->device.id = "cpu";
    return state;
}

void placeOnDevice(detail::GptModelState &state)
{
    state.net.to(engine::detail::toTorchDevice(state.device));
}

// Refused before any weight is read: the compact kernels are CPU code.
void checkFormatFitsDevice(const GptLoadOptions &options, const ResolvedDevice &device, const std::string &what)
{
    if (options.weights != WeightFormat::Fp32 && !device.id.empty() && device.id != "cpu")
        throw std::runtime_error(what + ": " + std::string(weightFormatName(options.weights)) +
                                 " weights are for decoding on the CPU; load the model as fp32 for device " + device.id);
}

} // namespace

GptModel GptModel::createRandom(const GptConfig &config, std::uint64_t seed, const ResolvedDevice &device)
{
    auto state = makeState(config, device);
    state->net.initialise(seed);
    state->source = "random (seed " + std::to_string(seed) + ")";
    placeOnDevice(*state);
    return GptModel(std::move(state));
}

GptModel GptModel::openSafetensors(const std::string &path, const GptConfig &config, const ResolvedDevice &device,
                                   const GptLoadOptions &options)
{
    checkFormatFitsDevice(options, device, path);
    auto reader = io::SafetensorsReader::open(path);
    auto state = makeState(config, device);
    detail::loadHfWeights(state->net, reader);
    state->source = path;
    placeOnDevice(*state);
    state->net.packWeights(options.weights);
    return GptModel(std::move(state));
}

GptModel GptModel::open(const std::string &folder, const ResolvedDevice &device, const GptLoadOptions &options)
{
    checkFormatFitsDevice(options, device, folder);
    GptModel model = open(folder, device);
    model.m_state->net.packWeights(options.weights);
    return model;
}

GptModel GptModel::open(const std::string &folder, const ResolvedDevice &device)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw std::runtime_error(folder + ": not a folder (a model is a folder with config.json and model.safetensors)");
    const fs::path dir(folder);
    const std::string configPath = (dir / "config.json").string();
    const std::string configText = readTextFile(configPath, kMaxConfigBytes);
    const Json config = Json::parse(configText, nullptr, false);
    if (config.is_discarded() || !config.is_object())
        throw std::runtime_error(configPath + ": not a JSON object");

    if (config.contains("format_version") || (config.contains("architecture") && !config.contains("model_type"))) {
        // Our own checkpoint.
        auto loaded = io::loadCheckpoint(folder);
        if (loaded.architecture != "gpt2")
            throw std::runtime_error(configPath + ": architecture \"" + loaded.architecture +
                                     "\" is not a GPT-2 language model");
        const GptConfig c = configFromFile(configPath, loaded.configJson);
        auto state = makeState(c, device);
        std::vector<std::string> extras;
        detail::loadHfWeights(state->net, *loaded.weights, &extras);
        if (!extras.empty())
            throw std::runtime_error(loaded.weights->path() + ": unexpected tensor " + extras.front() +
                                     (extras.size() > 1 ? " and " + std::to_string(extras.size() - 1) + " more" : "") +
                                     " for a GPT-2 model of this shape");
        state->tokenizer = detail::loadFolderTokenizer(folder, loaded.configJson);
        checkTokenizerFits(state->tokenizer.get(), c, folder);
        state->source = folder;
        placeOnDevice(*state);
        return GptModel(std::move(state));
    }

    // A Hugging Face folder.
    const GptConfig c = configFromFile(configPath, configText);
    const fs::path weights = dir / "model.safetensors";
    if (!fs::exists(weights, ec)) {
        if (fs::exists(dir / "model.safetensors.index.json", ec))
            throw std::runtime_error(folder + ": sharded weights (model.safetensors.index.json) are not supported; "
                                              "save the model as one model.safetensors");
        if (fs::exists(dir / "pytorch_model.bin", ec))
            throw std::runtime_error(folder + ": only pytorch_model.bin (a pickle, which the studio never loads for "
                                              "safety); convert it to model.safetensors");
        throw std::runtime_error(folder + ": no model.safetensors");
    }
    auto reader = io::SafetensorsReader::open(weights.string());
    auto state = makeState(c, device);
    detail::loadHfWeights(state->net, reader);
    const bool hfNames = fs::exists(dir / "vocab.json", ec) && fs::exists(dir / "merges.txt", ec);
    const bool openAiNames = fs::exists(dir / "encoder.json", ec) && fs::exists(dir / "vocab.bpe", ec);
    if (!hfNames && !openAiNames)
        throw std::runtime_error(folder + ": no tokenizer files (vocab.json + merges.txt, or encoder.json + vocab.bpe)");
    state->tokenizer = std::shared_ptr<const text::Tokenizer>(text::BpeTokenizer::loadFromFolder(folder));
    checkTokenizerFits(state->tokenizer.get(), c, folder);
    state->source = folder;
    placeOnDevice(*state);
    return GptModel(std::move(state));
}

void GptModel::save(const std::string &folder, std::int64_t step, const std::string &extraConfig) const
{
    if (!m_state)
        throw std::logic_error("save: no model");
    checkSavable("save");
    detail::saveModelFolder(*m_state, folder, step, extraConfig, {});
}

void GptModel::saveSafetensors(const std::string &path) const
{
    if (!m_state)
        throw std::logic_error("saveSafetensors: no model");
    checkSavable("saveSafetensors");
    const auto weights = detail::hfWeights(m_state->net);
    engine::detail::saveTensors(path, {weights.begin(), weights.end()}, {{"format", "pt"}});
}

const GptConfig &GptModel::config() const
{
    if (!m_state)
        throw std::logic_error("config: no model");
    return m_state->net.config();
}

std::string GptModel::deviceId() const
{
    return m_state ? m_state->device.id : std::string();
}

std::string GptModel::source() const
{
    return m_state ? m_state->source : std::string();
}

WeightFormat GptModel::weightFormat() const
{
    return m_state ? m_state->net.weightFormat() : WeightFormat::Fp32;
}

std::int64_t GptModel::weightBytes() const
{
    return m_state ? m_state->net.weightBytes() : 0;
}

void GptModel::checkSavable(const char *what) const
{
    if (m_state->net.packed())
        throw std::runtime_error(std::string(what) + ": the model is loaded with " +
                                 std::string(weightFormatName(m_state->net.weightFormat())) +
                                 " weights, which are rounded copies; load it as fp32 to save it");
}

std::shared_ptr<const text::Tokenizer> GptModel::tokenizer() const
{
    return m_state ? m_state->tokenizer : nullptr;
}

void GptModel::setTokenizer(std::shared_ptr<const text::Tokenizer> tokenizer)
{
    if (!m_state)
        throw std::logic_error("setTokenizer: no model");
    checkTokenizerFits(tokenizer.get(), config(), "setTokenizer");
    m_state->tokenizer = std::move(tokenizer);
}

namespace {

void checkIds(const std::vector<int> &ids, const GptConfig &c, const char *what)
{
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

std::vector<float> GptModel::logits(const std::vector<int> &ids) const
{
    const auto &c = config();
    if (ids.empty())
        return {};
    if (int(ids.size()) > c.contextLength)
        throw std::invalid_argument("logits: " + std::to_string(ids.size()) + " tokens exceed the context length " +
                                    std::to_string(c.contextLength));
    checkIds(ids, c, "logits");
    c10::InferenceMode guard;
    const auto &net = m_state->net;
    return toVector(net.logits(net.hidden(idTensor(ids, net.device()))));
}

AttentionMaps GptModel::attention(const std::vector<int> &ids) const
{
    const auto &c = config();
    if (int(ids.size()) > c.contextLength)
        throw std::invalid_argument("attention: " + std::to_string(ids.size()) +
                                    " tokens exceed the context length " + std::to_string(c.contextLength));
    checkIds(ids, c, "attention");
    AttentionMaps maps;
    maps.layers = c.layers;
    maps.heads = c.heads;
    maps.tokens = int(ids.size());
    if (ids.empty())
        return maps;
    c10::InferenceMode guard;
    std::vector<torch::Tensor> layers;
    m_state->net.hidden(idTensor(ids, m_state->net.device()), &layers);
    maps.weights = toVector(torch::cat(layers, 0)); // [L, H, T, T]
    return maps;
}

PerplexityResult GptModel::perplexity(const std::vector<int> &ids, const RunContext &ctx) const
{
    const auto &c = config();
    if (ids.size() < 2)
        throw std::invalid_argument("perplexity: " + std::to_string(ids.size()) +
                                    " tokens; at least 2 are needed (the first is only context)");
    checkIds(ids, c, "perplexity");
    c10::InferenceMode guard;
    const auto &net = m_state->net;
    const std::int64_t n = std::int64_t(ids.size()), window = c.contextLength;
    PerplexityResult r;
    r.stride = int(std::max<std::int64_t>(1, window / 2));
    double nll = 0;
    // Tokens [scoredFrom, end) of each window are scored; the first window scores all but its first.
    std::int64_t scoredFrom = 1;
    while (scoredFrom < n) {
        ctx.checkpoint();
        const std::int64_t end = std::min(n, scoredFrom + (r.windows == 0 ? window - 1 : r.stride));
        const std::int64_t begin = std::max<std::int64_t>(0, end - window);
        std::vector<int> part(ids.begin() + begin, ids.begin() + end);
        auto logits = net.logits(net.hidden(idTensor(part, net.device()))).squeeze(0); // [T, V]
        const std::int64_t first = scoredFrom - begin; // position whose token is predicted from first - 1
        auto logProbs = logits.narrow(0, first - 1, end - scoredFrom).to(torch::kCPU, torch::kFloat64).log_softmax(-1);
        std::vector<std::int64_t> targets(ids.begin() + scoredFrom, ids.begin() + end);
        auto picked = logProbs.gather(1, torch::tensor(targets, torch::kInt64).unsqueeze(1));
        nll -= picked.sum().item<double>();
        r.tokens += end - scoredFrom;
        ++r.windows;
        scoredFrom = end;
        ctx.progress(double(scoredFrom) / double(n), "scoring");
    }
    r.meanNll = nll / double(r.tokens);
    r.perplexity = std::exp(r.meanNll);
    return r;
}

std::vector<float> GptModel::appendTokens(const std::vector<int> &ids)
{
    if (!m_state)
        throw std::logic_error("appendTokens: no model");
    auto &s = *m_state;
    if (!s.decoder)
        s.decoder = std::make_unique<detail::KvDecoder>(s.net);
    c10::InferenceMode guard;
    auto logits = s.decoder->append(ids);
    s.cachedIds.insert(s.cachedIds.end(), ids.begin(), ids.end());
    return toVector(logits);
}

void GptModel::resetCache()
{
    if (m_state) {
        if (m_state->decoder)
            m_state->decoder->truncate(0);
        m_state->cachedIds.clear();
    }
}

int GptModel::cachedLength() const
{
    return m_state && m_state->decoder ? m_state->decoder->length() : 0;
}

GenerationResult GptModel::generate(const std::vector<int> &promptIds, const SamplingSettings &settings,
                                    const RunContext &ctx, const TokenCallback &onToken)
{
    using Clock = std::chrono::steady_clock;
    if (!m_state)
        throw std::logic_error("generate: no model");
    auto &s = *m_state;
    const GptConfig &c = s.net.config();
    if (settings.maxTokens < 0)
        throw std::invalid_argument("generate: maxTokens is negative");
    if (settings.topK < 0 || !(settings.topP > 0 && settings.topP <= 1) || !(settings.minP >= 0 && settings.minP <= 1) ||
        !(settings.repetitionPenalty > 0) || std::isnan(settings.temperature))
        throw std::invalid_argument("generate: sampling settings out of range (topK >= 0, 0 < topP <= 1, "
                                    "0 <= minP <= 1, repetitionPenalty > 0)");
    checkIds(promptIds, c, "generate");

    GenerationResult r;
    r.promptIds = promptIds;
    if (r.promptIds.empty()) {
        const auto eot = s.tokenizer ? s.tokenizer->endOfText() : std::nullopt;
        if (!eot)
            throw std::invalid_argument("generate: the prompt is empty");
        r.promptIds = {*eot}; // GPT-2 convention for unconditional text
    }
    if (int(r.promptIds.size()) > c.contextLength) {
        const std::size_t dropped = r.promptIds.size() - std::size_t(c.contextLength);
        r.notice = "The prompt has " + std::to_string(r.promptIds.size()) + " tokens but the model's context holds " +
                   std::to_string(c.contextLength) + ": the first " + std::to_string(dropped) + " were dropped.";
        r.promptIds.erase(r.promptIds.begin(), r.promptIds.begin() + std::ptrdiff_t(dropped));
    }
    if (settings.maxTokens == 0) {
        r.stopReason = "max tokens";
        return r;
    }

    c10::InferenceMode guard;
    if (!s.decoder)
        s.decoder = std::make_unique<detail::KvDecoder>(s.net);
    auto &decoder = *s.decoder;

    const auto start = Clock::now();
    // Branching continues from a prefix of what is cached: only the new part is computed (at
    // least the last token, whose logits we need).
    std::size_t common = 0;
    const std::size_t cached = std::min<std::size_t>(s.cachedIds.size(), std::size_t(decoder.length()));
    while (common < cached && common < r.promptIds.size() && s.cachedIds[common] == r.promptIds[common])
        ++common;
    common = std::min(common, r.promptIds.size() - 1);
    decoder.truncate(int(common));
    s.cachedIds.assign(r.promptIds.begin(), r.promptIds.begin() + std::ptrdiff_t(common));
    torch::Tensor logits =
        decoder.append(std::vector<int>(r.promptIds.begin() + std::ptrdiff_t(common), r.promptIds.end()));
    s.cachedIds = r.promptIds;

    Sampler sampler(settings);
    std::vector<int> history = r.promptIds;
    const auto eot = s.tokenizer ? s.tokenizer->endOfText() : std::nullopt;
    Utf8Assembler utf8;
    std::string generated;   // complete UTF-8 so far
    std::size_t emitted = 0; // bytes of `generated` already handed out
    std::size_t maxStop = 0;
    for (const auto &stop : settings.stopSequences)
        maxStop = std::max(maxStop, stop.size());
    Clock::time_point firstTokenAt;
    bool slid = false;

    for (int i = 0; i < settings.maxTokens; ++i) {
        ctx.checkpoint();
        auto cpuLogits = logits.to(torch::kCPU).contiguous();
        TokenTrace trace = sampler.next(cpuLogits.data_ptr<float>(), c.vocabSize, history);
        const int id = trace.id;
        if (i == 0) {
            firstTokenAt = Clock::now();
            r.firstTokenMs = std::chrono::duration<double, std::milli>(firstTokenAt - start).count();
        }
        r.ids.push_back(id);
        history.push_back(id);
        r.logProbability += tokenLogProbability(trace);
        r.sampledLogProbability += std::log(double(trace.probability));

        const bool endOfText = eot && id == *eot;
        bool last = endOfText || i + 1 == settings.maxTokens;
        std::string piece;
        if (s.tokenizer) {
            // A model's vocabulary may be padded past its tokenizer's: those ids have no text; the
            // end-of-text token ends the text rather than adding to it.
            if (!endOfText && id < s.tokenizer->vocabSize())
                generated += utf8.push(s.tokenizer->tokenBytes(id));
            if (last)
                generated += utf8.flush();
            std::size_t safe = generated.size();
            bool stopped = false;
            if (maxStop > 0) {
                const std::size_t from = emitted > maxStop ? emitted - maxStop : 0;
                const std::size_t cut = findStopSequence(generated, settings.stopSequences, from);
                if (cut != std::string::npos) {
                    safe = std::max(cut, emitted);
                    generated.resize(safe);
                    stopped = true;
                } else if (!last) {
                    // Hold back a tail that could still grow into a stop sequence.
                    for (const auto &stop : settings.stopSequences)
                        for (std::size_t n = std::min(stop.size() - 1, generated.size()); n > 0; --n)
                            if (generated.compare(generated.size() - n, n, stop, 0, n) == 0) {
                                safe = std::min(safe, generated.size() - n);
                                break;
                            }
                    safe = std::max(safe, emitted);
                }
            }
            piece = generated.substr(emitted, safe - emitted);
            emitted = safe;
            if (stopped) {
                r.stopReason = "stop sequence";
                last = true;
            }
        }
        if (endOfText)
            r.stopReason = "end of text";
        else if (last && r.stopReason.empty())
            r.stopReason = "max tokens";

        if (!piece.empty()) {
            ctx.partial(GeneratedPiece{i, piece}.encode());
        }
        if (onToken)
            onToken(trace, piece);
        r.traces.push_back(std::move(trace));
        if (last)
            break;

        if (decoder.length() >= decoder.capacity()) {
            // The learned positions end here: keep the most recent half of the window and
            // recompute it, so generation can go on.
            std::vector<int> all = s.cachedIds;
            all.push_back(id);
            const std::size_t keep = std::size_t(std::max(1, c.contextLength / 2));
            std::vector<int> tail(all.end() - std::ptrdiff_t(std::min(keep, all.size())), all.end());
            decoder.truncate(0);
            logits = decoder.append(tail);
            s.cachedIds = tail;
            slid = true;
        } else {
            logits = decoder.append({id});
            s.cachedIds.push_back(id);
        }
    }
    r.text = generated;
    if (slid) {
        r.notice += std::string(r.notice.empty() ? "" : " ") + "The context window of " +
                    std::to_string(c.contextLength) + " tokens filled up: generation went on from the most recent " +
                    std::to_string(std::max(1, c.contextLength / 2)) + " tokens.";
    }
    const auto end = Clock::now();
    const double afterFirst = std::chrono::duration<double>(end - firstTokenAt).count();
    const double total = std::chrono::duration<double>(end - start).count();
    r.tokensPerSecond = r.ids.size() > 1 && afterFirst > 0 ? double(r.ids.size() - 1) / afterFirst
                        : total > 0                         ? double(r.ids.size()) / total
                                                            : 0;
    return r;
}

Partial GeneratedPiece::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = index;
    p.text = text;
    return p;
}

std::optional<GeneratedPiece> GeneratedPiece::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    return GeneratedPiece{p.step, p.text};
}

} // namespace genlab::engine::gpt
