#pragma once
// Test helpers: GPT-2 weights in Hugging Face's layout written from plain C++ (independently of
// the engine's own layout code), and the Python reference runner.

#include "engine/gpt/gptconfig.h"
#include "engine/io/safetensors.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace gpttest {

using genlab::engine::gpt::GptConfig;
namespace io = genlab::engine::io;

struct HfTensor
{
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

// Every tensor of a GPT2LMHeadModel state dict as Hugging Face stores it (Conv1D weights [in, out]),
// filled with N(0, scale) except LayerNorm scales around 1, so a transposed or swapped tensor
// changes the logits a lot.
inline std::vector<HfTensor> randomHfTensors(const GptConfig &c, std::uint32_t seed, float scale = 0.2f)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const std::int64_t e = c.embedDim;
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
    add("wte.weight", {c.vocabSize, e}, 0, scale);
    add("wpe.weight", {c.contextLength, e}, 0, scale);
    for (int i = 0; i < c.layers; ++i) {
        const std::string p = "h." + std::to_string(i) + ".";
        add(p + "ln_1.weight", {e}, 1, 0.1f);
        add(p + "ln_1.bias", {e}, 0, 0.1f);
        add(p + "attn.c_attn.weight", {e, 3 * e}, 0, scale);
        add(p + "attn.c_attn.bias", {3 * e}, 0, 0.1f);
        add(p + "attn.c_proj.weight", {e, e}, 0, scale);
        add(p + "attn.c_proj.bias", {e}, 0, 0.1f);
        add(p + "ln_2.weight", {e}, 1, 0.1f);
        add(p + "ln_2.bias", {e}, 0, 0.1f);
        add(p + "mlp.c_fc.weight", {e, 4 * e}, 0, scale);
        add(p + "mlp.c_fc.bias", {4 * e}, 0, 0.1f);
        add(p + "mlp.c_proj.weight", {4 * e, e}, 0, scale);
        add(p + "mlp.c_proj.bias", {e}, 0, 0.1f);
    }
    add("ln_f.weight", {e}, 1, 0.1f);
    add("ln_f.bias", {e}, 0, 0.1f);
    return out;
}

inline std::uint16_t toBf16(float f)
{
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    bits += 0x7FFF + ((bits >> 16) & 1); // round to nearest even
    return std::uint16_t(bits >> 16);
}

enum class Dtype { F32, BF16 };

// Writes the tensors (optionally with the "transformer." prefix, optionally as BF16, with the
// causal-mask buffers real files carry).
inline void writeHf(const std::string &path, const std::vector<HfTensor> &tensors, bool prefix, Dtype dtype,
                    const GptConfig &c)
{
    std::vector<io::TensorToWrite> out;
    std::vector<std::vector<std::uint16_t>> halves;
    halves.reserve(tensors.size());
    for (const auto &t : tensors) {
        const std::string name = (prefix ? "transformer." : "") + t.name;
        if (dtype == Dtype::F32) {
            out.push_back({name, io::DType::F32, t.shape, t.values.data(), t.values.size() * 4});
        } else {
            halves.emplace_back();
            for (float v : t.values)
                halves.back().push_back(toBf16(v));
            out.push_back({name, io::DType::BF16, t.shape, halves.back().data(), halves.back().size() * 2});
        }
    }
    std::vector<float> mask(std::size_t(c.contextLength) * c.contextLength);
    for (int i = 0; i < c.contextLength; ++i)
        for (int j = 0; j < c.contextLength; ++j)
            mask[std::size_t(i) * c.contextLength + j] = j <= i ? 1.0f : 0.0f;
    out.push_back({(prefix ? "transformer." : "") + std::string("h.0.attn.bias"), io::DType::F32,
                   {1, 1, c.contextLength, c.contextLength}, mask.data(), mask.size() * 4});
    io::writeSafetensors(path, out, {{"format", "pt"}});
}

inline void writeHfConfig(const std::string &path, const GptConfig &c)
{
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral("{\"model_type\": \"gpt2\", \"activation_function\": \"gelu_new\", \"vocab_size\": %1, "
                           "\"n_positions\": %2, \"n_ctx\": %2, \"n_layer\": %3, \"n_head\": %4, \"n_embd\": %5, "
                           "\"layer_norm_epsilon\": 1e-05, \"architectures\": [\"GPT2LMHeadModel\"]}")
                .arg(c.vocabSize)
                .arg(c.contextLength)
                .arg(c.layers)
                .arg(c.heads)
                .arg(c.embedDim)
                .toUtf8());
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

} // namespace gpttest
