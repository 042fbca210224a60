#pragma once
// Test helpers: small BERT folders in Hugging Face's layout written from plain C++ (independently
// of the engine's own layout code), a vocabulary, and the Python reference runner.

#include "engine/io/safetensors.h"
#include "engine/masked/bertmodel.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace berttest {

using genlab::engine::masked::BertConfig;
namespace io = genlab::engine::io;

struct HfTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

struct Layout
{
    bool mlmHead = true;       // BertForMaskedLM ("bert." prefix, cls.predictions.*) or BertModel
    bool oldLayerNorm = false; // LayerNorm.gamma / LayerNorm.beta
    bool extras = true;        // the tied decoder weight, the pooler, position_ids as real files carry
};

// Every tensor of a Hugging Face BERT state dict, N(0, scale) except LayerNorm scales around 1, so a
// swapped or transposed tensor changes the outputs a lot.
inline std::vector<HfTensor> randomHfTensors(const BertConfig &c, std::uint32_t seed, const Layout &layout,
                                             float scale = 0.15f)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const std::int64_t h = c.hiddenSize, in = c.intermediateSize;
    const std::string bert = layout.mlmHead ? "bert." : "";
    const std::string lnW = layout.oldLayerNorm ? "LayerNorm.gamma" : "LayerNorm.weight";
    const std::string lnB = layout.oldLayerNorm ? "LayerNorm.beta" : "LayerNorm.bias";
    std::vector<HfTensor> out;
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape, float mean, float s) {
        std::int64_t n = 1;
        for (auto d : shape)
            n *= d;
        HfTensor t{name, shape, std::vector<float>(std::size_t(n))};
        for (auto &v : t.values)
            v = mean + s * normal(gen);
        out.push_back(std::move(t));
    };
    add(bert + "embeddings.word_embeddings.weight", {c.vocabSize, h}, 0, 0.5f);
    add(bert + "embeddings.position_embeddings.weight", {c.maxPositions, h}, 0, 0.5f);
    add(bert + "embeddings.token_type_embeddings.weight", {c.typeVocabSize, h}, 0, 0.5f);
    add(bert + "embeddings." + lnW, {h}, 1, 0.1f);
    add(bert + "embeddings." + lnB, {h}, 0, 0.1f);
    for (int i = 0; i < c.layers; ++i) {
        const std::string p = bert + "encoder.layer." + std::to_string(i) + ".";
        for (const char *m : {"query", "key", "value"}) {
            add(p + "attention.self." + m + ".weight", {h, h}, 0, scale);
            add(p + "attention.self." + m + ".bias", {h}, 0, 0.1f);
        }
        add(p + "attention.output.dense.weight", {h, h}, 0, scale);
        add(p + "attention.output.dense.bias", {h}, 0, 0.1f);
        add(p + "attention.output." + lnW, {h}, 1, 0.1f);
        add(p + "attention.output." + lnB, {h}, 0, 0.1f);
        add(p + "intermediate.dense.weight", {in, h}, 0, scale);
        add(p + "intermediate.dense.bias", {in}, 0, 0.1f);
        add(p + "output.dense.weight", {h, in}, 0, scale);
        add(p + "output.dense.bias", {h}, 0, 0.1f);
        add(p + "output." + lnW, {h}, 1, 0.1f);
        add(p + "output." + lnB, {h}, 0, 0.1f);
    }
    if (layout.mlmHead) {
        add("cls.predictions.transform.dense.weight", {h, h}, 0, scale);
        add("cls.predictions.transform.dense.bias", {h}, 0, 0.1f);
        add("cls.predictions.transform." + lnW, {h}, 1, 0.1f);
        add("cls.predictions.transform." + lnB, {h}, 0, 0.1f);
        add("cls.predictions.bias", {c.vocabSize}, 0, 0.5f);
        if (layout.extras) {
            HfTensor decoder = out.front(); // tied: the word embeddings again
            decoder.name = "cls.predictions.decoder.weight";
            out.push_back(std::move(decoder));
        }
    }
    if (layout.extras && !layout.mlmHead) {
        add("pooler.dense.weight", {h, h}, 0, scale);
        add("pooler.dense.bias", {h}, 0, 0.1f);
    }
    return out;
}

inline std::uint16_t toBf16(float f)
{
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    bits += 0x7FFF + ((bits >> 16) & 1); // round to nearest even
    return std::uint16_t(bits >> 16);
}

inline float fromBf16(std::uint16_t v)
{
    const std::uint32_t bits = std::uint32_t(v) << 16;
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

// Writes the tensors as F32 or BF16 (plus an int64 position_ids buffer when extras).
inline void writeHf(const std::string &path, const std::vector<HfTensor> &tensors, bool bf16, bool positionIds,
                    const BertConfig &c)
{
    std::vector<io::TensorToWrite> out;
    std::vector<std::vector<std::uint16_t>> halves;
    halves.reserve(tensors.size());
    for (const auto &t : tensors) {
        if (!bf16) {
            out.push_back({t.name, io::DType::F32, t.shape, t.values.data(), t.values.size() * 4});
        } else {
            halves.emplace_back();
            for (float v : t.values)
                halves.back().push_back(toBf16(v));
            out.push_back({t.name, io::DType::BF16, t.shape, halves.back().data(), halves.back().size() * 2});
        }
    }
    std::vector<std::int64_t> positions(std::size_t(c.maxPositions));
    for (std::size_t i = 0; i < positions.size(); ++i)
        positions[i] = std::int64_t(i);
    if (positionIds)
        out.push_back({(tensors.front().name.rfind("bert.", 0) == 0 ? "bert." : "") + std::string("embeddings.position_ids"),
                       io::DType::I64, {1, c.maxPositions}, positions.data(), positions.size() * 8});
    io::writeSafetensors(path, out, {{"format", "pt"}});
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

// A Hugging Face style config.json (as transformers writes it, not our toJson()).
inline QByteArray hfConfig(const BertConfig &c, const char *architecture = "BertForMaskedLM")
{
    return QStringLiteral("{\"architectures\": [\"%1\"], \"attention_probs_dropout_prob\": 0.1, "
                          "\"hidden_act\": \"gelu\", \"hidden_dropout_prob\": 0.1, \"hidden_size\": %2, "
                          "\"initializer_range\": 0.02, \"intermediate_size\": %3, \"layer_norm_eps\": 1e-12, "
                          "\"max_position_embeddings\": %4, \"model_type\": \"bert\", \"num_attention_heads\": %5, "
                          "\"num_hidden_layers\": %6, \"pad_token_id\": 0, \"position_embedding_type\": \"absolute\", "
                          "\"type_vocab_size\": %7, \"vocab_size\": %8}")
        .arg(QString::fromLatin1(architecture))
        .arg(c.hiddenSize)
        .arg(c.intermediateSize)
        .arg(c.maxPositions)
        .arg(c.heads)
        .arg(c.layers)
        .arg(c.typeVocabSize)
        .arg(c.vocabSize)
        .toUtf8();
}

// A 60-token uncased vocabulary: the specials first ([PAD]=0, [UNK]=1, [CLS]=2, [SEP]=3, [MASK]=4),
// letters, their "##" forms, a few words.
inline std::vector<std::string> smallVocabulary()
{
    std::vector<std::string> v{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", "!"};
    for (const char *w : {"the", "cat", "sat", "on", "mat", "dog", "ran", "a", "big", "red", "house", "is", "##s"})
        v.emplace_back(w);
    for (char ch = 'a'; ch <= 'z'; ++ch)
        if (std::string(1, ch) != "a")
            v.emplace_back(1, ch);
    for (char ch = 'a'; v.size() < 60; ++ch)
        v.push_back(std::string("##") + ch);
    return v;
}

inline QByteArray vocabText(const std::vector<std::string> &tokens)
{
    QByteArray out;
    for (const auto &t : tokens)
        out += QByteArray::fromStdString(t) + '\n';
    return out;
}

// A Hugging Face BERT folder (config.json, model.safetensors, vocab.txt) in dir.
inline void writeHfFolder(const QString &dir, const BertConfig &c, std::uint32_t seed, const Layout &layout,
                          bool bf16 = false)
{
    QDir().mkpath(dir);
    writeHf((dir + QStringLiteral("/model.safetensors")).toStdString(), randomHfTensors(c, seed, layout), bf16,
            layout.extras, c);
    writeFile(dir + QStringLiteral("/config.json"), hfConfig(c, layout.mlmHead ? "BertForMaskedLM" : "BertModel"));
    writeFile(dir + QStringLiteral("/vocab.txt"), vocabText(smallVocabulary()));
}

inline QByteArray runPython(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("/usr/bin/python3 failed to start");
        return {};
    }
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()).right(2000);
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace berttest
