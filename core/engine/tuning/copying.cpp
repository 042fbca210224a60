#include "engine/tuning/copying.h"

#include "engine/gpt/gptmodel.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

namespace genlab::engine::tuning {

CopyingResult measureCopying(gpt::GptModel &model, int length, std::uint64_t seed)
{
    const gpt::GptConfig &c = model.config();
    if (length < 4 || 2 * length > c.contextLength)
        throw std::invalid_argument("copying: the length must be in 4.." + std::to_string(c.contextLength / 2) +
                                    " (twice it must fit the model's context of " + std::to_string(c.contextLength) +
                                    " tokens; got " + std::to_string(length) + ")");
    CopyingResult r;
    r.length = length;
    std::mt19937_64 rng(seed);
    // A char tokenizer: a random string of its visible characters. Its id 0 stands for characters
    // the corpus lacked (no text gives it; its embedding is untrained noise) and a line break
    // starts a new line of text, so neither is drawn.
    std::vector<int> drawn;
    const auto vocabTokenizer = model.tokenizer();
    if (vocabTokenizer && vocabTokenizer->kind() == "char")
        for (int id = 1; id < c.vocabSize && id < vocabTokenizer->vocabSize(); ++id) {
            const std::string bytes = vocabTokenizer->tokenBytes(id);
            if (!bytes.empty() && (static_cast<unsigned char>(bytes[0]) >= 0x20 || bytes.size() > 1))
                drawn.push_back(id);
        }
    if (drawn.size() < 2) {
        drawn.clear();
        for (int id = 0; id < std::max(2, c.vocabSize - 1); ++id)
            drawn.push_back(id);
    }
    std::vector<int> half(static_cast<std::size_t>(length));
    for (int &id : half)
        id = drawn[std::size_t(rng() % std::uint64_t(drawn.size()))];
    r.ids = half;
    r.ids.insert(r.ids.end(), half.begin(), half.end());
    const int n = int(r.ids.size());

    // Loss at every position from one full forward pass: log-softmax of row i at ids[i + 1].
    const std::vector<float> logits = model.logits(r.ids);
    const std::size_t V = std::size_t(c.vocabSize);
    for (int i = 0; i + 1 < n; ++i) {
        const float *row = logits.data() + std::size_t(i) * V;
        const float top = *std::max_element(row, row + V);
        double sum = 0;
        for (std::size_t v = 0; v < V; ++v)
            sum += std::exp(double(row[v]) - top);
        r.lossPerPosition.push_back(-(double(row[r.ids[std::size_t(i) + 1]]) - top - std::log(sum)));
    }
    double first = 0, repeat = 0;
    for (int i = 0; i + 1 < length; ++i) // predicting ids[1 .. length - 1]
        first += r.lossPerPosition[std::size_t(i)];
    for (int i = length; i + 1 < n; ++i) // predicting ids[length + 1 .. n - 1]: the repeat, after its first token
        repeat += r.lossPerPosition[std::size_t(i)];
    r.firstLoss = first / (length - 1);
    r.repeatLoss = repeat / (length - 1);
    r.uniformLoss = std::log(double(c.vocabSize));

    // Induction: at q = length + i (token ids[i] again) the head looks at i + 1, the token that came
    // after ids[i] the first time. Previous token: at q, the head looks at q - 1.
    r.attention = model.attention(r.ids);
    const gpt::AttentionMaps &maps = r.attention;
    const auto tokenizer = model.tokenizer();
    for (int id : r.ids)
        r.pieces.push_back(tokenizer && id < tokenizer->vocabSize() ? tokenizer->tokenBytes(id) : "<" + std::to_string(id) + ">");
    for (int l = 0; l < maps.layers; ++l)
        for (int h = 0; h < maps.heads; ++h) {
            HeadScore s;
            s.layer = l;
            s.head = h;
            double induction = 0, previous = 0;
            int count = 0;
            for (int i = 1; i + 1 < length; ++i) {
                const int q = length + i;
                induction += maps.at(l, h, q, i + 1);
                previous += maps.at(l, h, q, q - 1);
                ++count;
            }
            s.inductionScore = count ? induction / count : 0.0;
            s.previousTokenScore = count ? previous / count : 0.0;
            r.heads.push_back(s);
        }
    std::stable_sort(r.heads.begin(), r.heads.end(),
                     [](const HeadScore &a, const HeadScore &b) { return a.inductionScore > b.inductionScore; });
    return r;
}

} // namespace genlab::engine::tuning
