#include "engine/gpt/detail/gptnet.h"

#include "engine/gpt/detail/gemv.h"

#include <cmath>
#include <stdexcept>

namespace genlab::engine::gpt::detail {

namespace {

torch::Tensor zeros(at::IntArrayRef shape)
{
    return torch::zeros(shape, torch::TensorOptions().dtype(torch::kFloat32));
}

torch::Tensor ones(at::IntArrayRef shape)
{
    return torch::ones(shape, torch::TensorOptions().dtype(torch::kFloat32));
}

torch::Tensor geluTanh(const torch::Tensor &x)
{
    return torch::gelu(x, "tanh");
}

} // namespace

GptNet::GptNet(const GptConfig &config) : m_config(config)
{
    config.validate();
    const std::int64_t e = config.embedDim;
    wte = zeros({config.vocabSize, e});
    wpe = zeros({config.contextLength, e});
    blocks.resize(std::size_t(config.layers));
    for (auto &b : blocks) {
        b.ln1Weight = ones({e});
        b.ln1Bias = zeros({e});
        b.qkvWeight = zeros({3 * e, e});
        b.qkvBias = zeros({3 * e});
        b.projWeight = zeros({e, e});
        b.projBias = zeros({e});
        b.ln2Weight = ones({e});
        b.ln2Bias = zeros({e});
        b.fcWeight = zeros({4 * e, e});
        b.fcBias = zeros({4 * e});
        b.fc2Weight = zeros({e, 4 * e});
        b.fc2Bias = zeros({e});
    }
    lnfWeight = ones({e});
    lnfBias = zeros({e});
}

void GptNet::initialise(std::uint64_t seed)
{
    torch::InferenceMode guard(false);
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    const double std = 0.02;
    const double residualStd = 0.02 / std::sqrt(2.0 * m_config.layers);
    auto normal = [&](torch::Tensor &t, double s) {
        auto cpu = torch::empty(t.sizes(), torch::kFloat32);
        cpu.normal_(0.0, s, gen);
        t.copy_(cpu);
    };
    normal(wte, std);
    normal(wpe, std);
    for (auto &b : blocks) {
        b.ln1Weight.fill_(1);
        b.ln1Bias.zero_();
        normal(b.qkvWeight, std);
        b.qkvBias.zero_();
        normal(b.projWeight, residualStd);
        b.projBias.zero_();
        b.ln2Weight.fill_(1);
        b.ln2Bias.zero_();
        normal(b.fcWeight, std);
        b.fcBias.zero_();
        normal(b.fc2Weight, residualStd);
        b.fc2Bias.zero_();
    }
    lnfWeight.fill_(1);
    lnfBias.zero_();
}

std::vector<std::pair<std::string, torch::Tensor>> GptNet::namedParameters() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    out.emplace_back("wte.weight", wte);
    out.emplace_back("wpe.weight", wpe);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const auto &b = blocks[i];
        const std::string p = "h." + std::to_string(i) + ".";
        out.emplace_back(p + "ln_1.weight", b.ln1Weight);
        out.emplace_back(p + "ln_1.bias", b.ln1Bias);
        out.emplace_back(p + "attn.c_attn.weight", b.qkvWeight);
        out.emplace_back(p + "attn.c_attn.bias", b.qkvBias);
        out.emplace_back(p + "attn.c_proj.weight", b.projWeight);
        out.emplace_back(p + "attn.c_proj.bias", b.projBias);
        out.emplace_back(p + "ln_2.weight", b.ln2Weight);
        out.emplace_back(p + "ln_2.bias", b.ln2Bias);
        out.emplace_back(p + "mlp.c_fc.weight", b.fcWeight);
        out.emplace_back(p + "mlp.c_fc.bias", b.fcBias);
        out.emplace_back(p + "mlp.c_proj.weight", b.fc2Weight);
        out.emplace_back(p + "mlp.c_proj.bias", b.fc2Bias);
    }
    out.emplace_back("ln_f.weight", lnfWeight);
    out.emplace_back("ln_f.bias", lnfBias);
    return out;
}

std::vector<torch::Tensor> GptNet::parameters() const
{
    std::vector<torch::Tensor> out;
    for (auto &[name, t] : namedParameters())
        out.push_back(t);
    return out;
}

torch::Tensor GptNet::embed(const torch::Tensor &ids) const
{
    if (wte.defined())
        return torch::embedding(wte, ids);
    auto flat = ids.to(torch::kCPU, torch::kInt64).contiguous().view({-1});
    const std::int64_t e = wtePacked.cols, n = flat.numel();
    auto out = torch::empty({n, e}, torch::kFloat32);
    const std::int64_t *id = flat.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        if (id[i] < 0 || id[i] >= wtePacked.rows)
            throw std::out_of_range("token id " + std::to_string(id[i]) + " is outside the vocabulary [0, " +
                                    std::to_string(wtePacked.rows) + ")");
        wtePacked.dequantizeRow(id[i], out.data_ptr<float>() + i * e);
    }
    auto shape = ids.sizes().vec();
    shape.push_back(e);
    return out.view(shape);
}

torch::Tensor GptNet::linear(const torch::Tensor &x, const torch::Tensor &w, const PackedMatrix &packed,
                             const torch::Tensor &bias)
{
    if (w.defined())
        return torch::linear(x, w, bias);
    auto in = x.to(torch::kFloat32).contiguous();
    if (in.dim() == 0 || in.size(-1) != packed.cols)
        throw std::invalid_argument("linear: input width " + std::to_string(in.dim() ? in.size(-1) : 0) +
                                    " does not match the matrix's " + std::to_string(packed.cols));
    auto shape = in.sizes().vec();
    shape.back() = packed.rows;
    auto out = torch::empty(shape, in.options());
    gemmPacked(packed, in.data_ptr<float>(), bias.defined() ? bias.contiguous().data_ptr<float>() : nullptr,
               out.data_ptr<float>(), in.numel() / std::max<std::int64_t>(packed.cols, 1));
    return out;
}

void GptNet::packWeights(WeightFormat format)
{
    if (format == m_format)
        return;
    if (packed())
        throw std::logic_error("packWeights: the weights are already packed as " + std::string(weightFormatName(m_format)));
    if (!wte.device().is_cpu())
        throw std::runtime_error(std::string(weightFormatName(format)) +
                                 " weights are for decoding on the CPU; load the model as fp32 for device " +
                                 wte.device().str());
    torch::NoGradGuard noGrad;
    auto pack = [&](torch::Tensor &t, PackedMatrix &out) {
        auto c = t.detach().to(torch::kFloat32).contiguous();
        out = PackedMatrix::pack(c.data_ptr<float>(), c.size(0), c.size(1), format);
        t = torch::Tensor(); // frees the fp32 copy: the point of a compact format is the memory it saves
    };
    for (auto &b : blocks) {
        pack(b.qkvWeight, b.qkvPacked);
        pack(b.projWeight, b.projPacked);
        pack(b.fcWeight, b.fcPacked);
        pack(b.fc2Weight, b.fc2Packed);
    }
    pack(wte, wtePacked);
    m_format = format;
}

std::int64_t GptNet::weightBytes() const
{
    std::int64_t total = 0;
    for (const auto &[name, t] : namedParameters())
        if (t.defined())
            total += std::int64_t(t.nbytes());
    for (const auto &b : blocks)
        total += std::int64_t(b.qkvPacked.bytes() + b.projPacked.bytes() + b.fcPacked.bytes() + b.fc2Packed.bytes());
    return total + std::int64_t(wtePacked.bytes());
}

void GptNet::to(const torch::Device &device)
{
    if (device == wpe.device())
        return;
    if (packed())
        throw std::runtime_error(std::string(weightFormatName(m_format)) +
                                 " weights are for decoding on the CPU; load the model as fp32 for device " +
                                 device.str());
    auto move = [&](torch::Tensor &t) { t = t.to(device).contiguous(); };
    move(wte);
    move(wpe);
    for (auto &b : blocks) {
        for (torch::Tensor *t : {&b.ln1Weight, &b.ln1Bias, &b.qkvWeight, &b.qkvBias, &b.projWeight, &b.projBias,
                                 &b.ln2Weight, &b.ln2Bias, &b.fcWeight, &b.fcBias, &b.fc2Weight, &b.fc2Bias})
            move(*t);
    }
    move(lnfWeight);
    move(lnfBias);
}

void GptNet::setRequiresGrad(bool on)
{
    auto set = [&](torch::Tensor &t) { t.set_requires_grad(on); };
    set(wte);
    set(wpe);
    for (auto &b : blocks)
        for (torch::Tensor *t : {&b.ln1Weight, &b.ln1Bias, &b.qkvWeight, &b.qkvBias, &b.projWeight, &b.projBias,
                                 &b.ln2Weight, &b.ln2Bias, &b.fcWeight, &b.fcBias, &b.fc2Weight, &b.fc2Bias})
            set(*t);
    set(lnfWeight);
    set(lnfBias);
}

torch::Tensor GptNet::hidden(const torch::Tensor &ids, std::vector<torch::Tensor> *attention) const
{
    TORCH_CHECK(ids.dim() == 2, "ids must be [B, T]");
    const std::int64_t batch = ids.size(0), tokens = ids.size(1);
    const std::int64_t e = m_config.embedDim, h = m_config.heads, d = m_config.headDim();
    if (tokens > m_config.contextLength)
        throw std::length_error("sequence of " + std::to_string(tokens) + " tokens exceeds the context length " +
                                std::to_string(m_config.contextLength));
    const double scale = 1.0 / std::sqrt(double(d));
    auto x = embed(ids) + wpe.narrow(0, 0, tokens);
    auto mask = torch::ones({tokens, tokens}, torch::TensorOptions().dtype(torch::kBool).device(ids.device()))
                    .triu(1);
    for (const auto &b : blocks) {
        auto a = torch::layer_norm(x, {e}, b.ln1Weight, b.ln1Bias, m_config.layerNormEps);
        auto qkv = linear(a, b.qkvWeight, b.qkvPacked, b.qkvBias).view({batch, tokens, 3, h, d}).permute({2, 0, 3, 1, 4});
        auto q = qkv[0], k = qkv[1], v = qkv[2]; // [B, H, T, D]
        auto att = torch::matmul(q, k.transpose(-2, -1)).mul(scale).masked_fill(mask, -INFINITY).softmax(-1);
        if (attention)
            attention->push_back(att);
        auto y = torch::matmul(att, v).transpose(1, 2).reshape({batch, tokens, e});
        x = x + linear(y, b.projWeight, b.projPacked, b.projBias);
        auto m = torch::layer_norm(x, {e}, b.ln2Weight, b.ln2Bias, m_config.layerNormEps);
        x = x + linear(geluTanh(linear(m, b.fcWeight, b.fcPacked, b.fcBias)), b.fc2Weight, b.fc2Packed, b.fc2Bias);
    }
    return torch::layer_norm(x, {e}, lnfWeight, lnfBias, m_config.layerNormEps);
}

KvDecoder::KvDecoder(const GptNet &net) : m_net(&net) {}

void KvDecoder::ensureCache()
{
    const auto &c = m_net->config();
    if (m_keys.defined() && m_keys.device() == m_net->device())
        return;
    // The CPU step reads the weights through raw pointers (packed ones have no tensor).
    for (const auto &[name, t] : m_net->namedParameters())
        if (t.defined() && (!t.is_contiguous() || t.scalar_type() != torch::kFloat32))
            throw std::logic_error("decoder: weight " + name + " is not contiguous float32");
    auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(m_net->device());
    m_keys = torch::zeros({c.layers, c.heads, c.contextLength, c.headDim()}, opts);
    m_values = torch::zeros({c.layers, c.heads, c.contextLength, c.headDim()}, opts);
    m_length = 0;
}

void KvDecoder::truncate(int length)
{
    m_length = std::clamp(length, 0, m_length);
}

torch::Tensor KvDecoder::append(const std::vector<int> &ids)
{
    if (ids.empty())
        throw std::invalid_argument("append: no tokens");
    if (m_length + int(ids.size()) > capacity())
        throw std::length_error("the key/value cache holds " + std::to_string(capacity()) + " positions; " +
                                std::to_string(m_length + ids.size()) + " were asked for");
    const int vocab = m_net->config().vocabSize;
    for (int id : ids)
        if (id < 0 || id >= vocab)
            throw std::out_of_range("token id " + std::to_string(id) + " is outside the vocabulary [0, " +
                                    std::to_string(vocab) + ")");
    c10::InferenceMode guard;
    ensureCache();
    return ids.size() == 1 ? step(ids[0]) : prefill(ids);
}

torch::Tensor KvDecoder::prefill(const std::vector<int> &ids)
{
    const auto &c = m_net->config();
    const auto &net = *m_net;
    const std::int64_t tokens = std::int64_t(ids.size()), start = m_length, total = start + tokens;
    const std::int64_t e = c.embedDim, h = c.heads, d = c.headDim();
    const double scale = 1.0 / std::sqrt(double(d));
    std::vector<std::int64_t> ids64(ids.begin(), ids.end());
    auto idT = torch::tensor(ids64, torch::kInt64).to(net.device());
    auto x = net.embed(idT) + net.wpe.narrow(0, start, tokens); // [T, E]
    auto mask = torch::ones({tokens, total}, torch::TensorOptions().dtype(torch::kBool).device(net.device()))
                    .triu(start + 1);
    for (std::size_t l = 0; l < net.blocks.size(); ++l) {
        const auto &b = net.blocks[l];
        auto a = torch::layer_norm(x, {e}, b.ln1Weight, b.ln1Bias, c.layerNormEps);
        auto qkv = GptNet::linear(a, b.qkvWeight, b.qkvPacked, b.qkvBias).view({tokens, 3, h, d}).permute({1, 2, 0, 3});
        auto keys = m_keys[std::int64_t(l)], values = m_values[std::int64_t(l)]; // [H, Tmax, D]
        keys.narrow(1, start, tokens).copy_(qkv[1]);
        values.narrow(1, start, tokens).copy_(qkv[2]);
        auto k = keys.narrow(1, 0, total), v = values.narrow(1, 0, total);
        auto att = torch::bmm(qkv[0], k.transpose(1, 2)).mul_(scale).masked_fill_(mask, -INFINITY).softmax(-1);
        auto y = torch::bmm(att, v).transpose(0, 1).reshape({tokens, e});
        x = x + GptNet::linear(y, b.projWeight, b.projPacked, b.projBias);
        auto m = torch::layer_norm(x, {e}, b.ln2Weight, b.ln2Bias, c.layerNormEps);
        x = x + GptNet::linear(geluTanh(GptNet::linear(m, b.fcWeight, b.fcPacked, b.fcBias)), b.fc2Weight,
                               b.fc2Packed, b.fc2Bias);
    }
    m_length = int(total);
    auto last = torch::layer_norm(x[tokens - 1], {e}, net.lnfWeight, net.lnfBias, c.layerNormEps);
    return net.wte.defined() ? torch::mv(net.wte, last) : net.logits(last);
}

torch::Tensor KvDecoder::matvec(const torch::Tensor &w, const torch::Tensor &bias, const torch::Tensor &x,
                                torch::Tensor *accumulate)
{
    if (!w.is_cpu()) {
        if (accumulate) {
            if (bias.defined())
                accumulate->add_(bias);
            return accumulate->addmv_(w, x);
        }
        return bias.defined() ? torch::addmv(bias, w, x) : torch::mv(w, x);
    }
    auto in = x.contiguous();
    torch::Tensor out = accumulate ? *accumulate : torch::empty({w.size(0)}, w.options());
    gemv(w.data_ptr<float>(), in.data_ptr<float>(), bias.defined() ? bias.data_ptr<float>() : nullptr,
         out.data_ptr<float>(), w.size(0), w.size(1), accumulate != nullptr);
    return out;
}

namespace {

void layerNorm(const float *x, const float *w, const float *b, float *out, std::int64_t n, double eps)
{
    double mean = 0, var = 0;
    for (std::int64_t i = 0; i < n; ++i)
        mean += x[i];
    mean /= double(n);
    for (std::int64_t i = 0; i < n; ++i)
        var += (x[i] - mean) * (x[i] - mean);
    const float inv = float(1.0 / std::sqrt(var / double(n) + eps));
    const float m = float(mean);
    for (std::int64_t i = 0; i < n; ++i)
        out[i] = (x[i] - m) * inv * w[i] + b[i];
}

void geluTanhInPlace(float *x, std::int64_t n)
{
    constexpr float kAlpha = 0.7978845608028654f; // sqrt(2 / pi)
    for (std::int64_t i = 0; i < n; ++i) {
        const float v = x[i];
        x[i] = 0.5f * v * (1.0f + std::tanh(kAlpha * (v + 0.044715f * v * v * v)));
    }
}

} // namespace

// The CPU step on raw buffers: no tensor is created per operation, so a small model's token costs
// little more than its arithmetic, and a large one's is bound by reading the weights.
torch::Tensor KvDecoder::stepCpu(int id)
{
    const auto &c = m_net->config();
    const auto &net = *m_net;
    const std::int64_t pos = m_length, e = c.embedDim, h = c.heads, d = c.headDim();
    const float scale = float(1.0 / std::sqrt(double(d)));
    m_buffer.resize(std::size_t(e * 11));
    float *x = m_buffer.data(), *a = x + e, *qkv = a + e, *y = qkv + 3 * e, *m = y + e, *row = m + 4 * e; // m: 4E
    const float *wte = row;
    if (net.wte.defined())
        wte = net.wte.data_ptr<float>() + std::int64_t(id) * e;
    else
        net.wtePacked.dequantizeRow(id, row);
    const float *wpe = net.wpe.data_ptr<float>() + pos * e;
    for (std::int64_t i = 0; i < e; ++i)
        x[i] = wte[i] + wpe[i];
    // W x + bias through the fp32 tensor or the packed matrix, whichever holds W.
    auto mv = [](const torch::Tensor &w, const PackedMatrix &p, const float *in, const torch::Tensor &bias, float *out,
                 std::int64_t rows, std::int64_t cols, bool accumulate) {
        const float *b = bias.defined() ? bias.data_ptr<float>() : nullptr;
        if (w.defined())
            gemv(w.data_ptr<float>(), in, b, out, rows, cols, accumulate);
        else
            gemvPacked(p, in, b, out, accumulate);
    };
    float *keysBase = m_keys.data_ptr<float>(), *valuesBase = m_values.data_ptr<float>();
    const std::int64_t layerStride = m_keys.stride(0), headStride = m_keys.stride(1);
    for (std::size_t l = 0; l < net.blocks.size(); ++l) {
        const auto &b = net.blocks[l];
        layerNorm(x, b.ln1Weight.data_ptr<float>(), b.ln1Bias.data_ptr<float>(), a, e, c.layerNormEps);
        mv(b.qkvWeight, b.qkvPacked, a, b.qkvBias, qkv, 3 * e, e, false);
        float *keys = keysBase + std::int64_t(l) * layerStride, *values = valuesBase + std::int64_t(l) * layerStride;
        for (std::int64_t head = 0; head < h; ++head) {
            std::copy_n(qkv + e + head * d, d, keys + head * headStride + pos * d);
            std::copy_n(qkv + 2 * e + head * d, d, values + head * headStride + pos * d);
        }
        attendOne(qkv, keys, values, y, h, pos + 1, d, headStride, scale);
        mv(b.projWeight, b.projPacked, y, b.projBias, x, e, e, true);
        layerNorm(x, b.ln2Weight.data_ptr<float>(), b.ln2Bias.data_ptr<float>(), a, e, c.layerNormEps);
        mv(b.fcWeight, b.fcPacked, a, b.fcBias, m, 4 * e, e, false);
        geluTanhInPlace(m, 4 * e);
        mv(b.fc2Weight, b.fc2Packed, m, b.fc2Bias, x, e, 4 * e, true);
    }
    m_length = int(pos + 1);
    layerNorm(x, net.lnfWeight.data_ptr<float>(), net.lnfBias.data_ptr<float>(), a, e, c.layerNormEps);
    auto logits = torch::empty({c.vocabSize}, net.wpe.options());
    mv(net.wte, net.wtePacked, a, torch::Tensor(), logits.data_ptr<float>(), c.vocabSize, e, false);
    return logits;
}

torch::Tensor KvDecoder::step(int id)
{
    if (m_net->device().is_cpu())
        return stepCpu(id);

    const auto &c = m_net->config();
    const auto &net = *m_net;
    const std::int64_t pos = m_length, e = c.embedDim, h = c.heads, d = c.headDim();
    const double scale = 1.0 / std::sqrt(double(d));
    auto x = net.wte[id] + net.wpe[pos]; // [E], a fresh tensor updated in place below
    for (std::size_t l = 0; l < net.blocks.size(); ++l) {
        const auto &b = net.blocks[l];
        auto a = torch::layer_norm(x, {e}, b.ln1Weight, b.ln1Bias, c.layerNormEps);
        auto qkv = matvec(b.qkvWeight, b.qkvBias, a).view({3, h, d});
        auto keys = m_keys[std::int64_t(l)], values = m_values[std::int64_t(l)]; // [H, Tmax, D]
        keys.select(1, pos).copy_(qkv[1]);
        values.select(1, pos).copy_(qkv[2]);
        torch::Tensor y;
        if (keys.is_cpu()) {
            // torch's bmm wakes every thread for these small products; a direct loop does not.
            auto q = qkv[0].contiguous();
            y = torch::empty({e}, x.options());
            attendOne(q.data_ptr<float>(), keys.data_ptr<float>(), values.data_ptr<float>(), y.data_ptr<float>(), h,
                      pos + 1, d, keys.stride(0), float(scale));
        } else {
            auto k = keys.narrow(1, 0, pos + 1), v = values.narrow(1, 0, pos + 1); // [H, t, D]
            auto att = torch::bmm(k, qkv[0].unsqueeze(2)).mul_(scale).softmax(1); // [H, t, 1]
            y = torch::bmm(att.transpose(1, 2), v).view({e});                      // [H, 1, D] -> [E]
        }
        matvec(b.projWeight, b.projBias, y, &x);
        auto m = torch::layer_norm(x, {e}, b.ln2Weight, b.ln2Bias, c.layerNormEps);
        matvec(b.fc2Weight, b.fc2Bias, geluTanh(matvec(b.fcWeight, b.fcBias, m)), &x);
    }
    m_length = int(pos + 1);
    auto last = torch::layer_norm(x, {e}, net.lnfWeight, net.lnfBias, c.layerNormEps);
    return matvec(net.wte, torch::Tensor(), last);
}

} // namespace genlab::engine::gpt::detail
