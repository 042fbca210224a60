#include "engine/masked/fillmask.h"

#include "engine/masked/bertmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

namespace genlab::engine::masked {

namespace {

using text::WordPieceTokenizer;

const WordPieceTokenizer &tokenizerOf(const BertModel &model)
{
    if (model.isNull())
        throw std::invalid_argument("fill-mask: no model");
    if (!model.hasMlmHead())
        throw std::invalid_argument("fill-mask: " + model.source() +
                                    " has no masked-LM head (a BertModel or sentence-transformers folder); "
                                    "fill-mask needs a BertForMaskedLM");
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("fill-mask: " + model.source() + " has no tokenizer (vocab.txt)");
    return *tokenizer;
}

bool isBracketed(const std::string &t)
{
    if (t.size() < 3 || t.front() != '[' || t.back() != ']')
        return false;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        const char c = t[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

bool isExtraId(const std::string &t)
{
    static const std::string prefix = "<extra_id_";
    if (t.size() <= prefix.size() + 1 || t.compare(0, prefix.size(), prefix) != 0 || t.back() != '>')
        return false;
    for (std::size_t i = prefix.size(); i + 1 < t.size(); ++i)
        if (t[i] < '0' || t[i] > '9')
            return false;
    return true;
}

// The text with the targets' current ids spliced into the original spans, so that everything the
// user wrote outside the masks stays as written. pieces[i] sits at ids[i + 1].
std::string openText(std::string_view text, const std::vector<WordPieceTokenizer::Piece> &pieces,
                     const std::vector<int> &ids, const std::set<int> &targets, const WordPieceTokenizer &tok)
{
    std::string out;
    std::size_t cursor = 0;
    std::size_t lastTargetEnd = std::string::npos;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const auto &p = pieces[i];
        const int position = int(i) + 1;
        if (!targets.count(position))
            continue;
        const std::size_t begin = std::max(cursor, p.begin);
        if (begin > cursor)
            out.append(text.substr(cursor, begin - cursor));
        const int id = ids[std::size_t(position)];
        if (id == tok.maskId()) {
            if (lastTargetEnd == begin && !out.empty())
                out += ' ';
            out += "[MASK]";
        } else {
            const bool continuation = tok.token(id).rfind("##", 0) == 0;
            // Two filled pieces that touch: a new word gets its space, a "##" piece joins.
            if (lastTargetEnd == begin && !continuation && !out.empty())
                out += ' ';
            out += tok.tokenBytes(id);
        }
        cursor = std::max(cursor, p.end);
        lastTargetEnd = cursor;
    }
    if (cursor < text.size())
        out.append(text.substr(cursor));
    return out;
}

void checkTopK(int topK, int vocabSize)
{
    if (topK < 1 || topK > vocabSize)
        throw std::invalid_argument("fill-mask: top-k must be from 1 to the vocabulary's " + std::to_string(vocabSize) +
                                    " (got " + std::to_string(topK) + ")");
}

// Fills `open` one mask at a time, most confident first, recording every step.
template <class Render>
void fillIteratively(const BertModel &model, FillMaskResult &r, std::vector<MaskPrediction> open, int topK,
                     const Render &render, const RunContext &ctx)
{
    std::vector<int> ids = r.ids;
    while (!open.empty()) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < open.size(); ++i)
            if (open[i].candidates.front().probability > open[best].candidates.front().probability)
                best = i;
        FillStep step;
        step.position = open[best].position;
        step.chosen = open[best].candidates.front();
        step.masks = open;
        ids[std::size_t(step.position)] = step.chosen.id;
        step.ids = ids;
        open.erase(open.begin() + std::ptrdiff_t(best));
        step.text = render(ids);
        r.steps.push_back(std::move(step));
        if (open.empty())
            break;
        ctx.checkpoint();
        std::vector<int> positions;
        for (const auto &m : open)
            positions.push_back(m.position);
        auto again = predictAt(model, ids, positions, topK);
        for (std::size_t i = 0; i < open.size(); ++i)
            open[i].candidates = std::move(again[i].candidates);
    }
    r.filledText = r.steps.empty() ? std::string() : r.steps.back().text;
}

} // namespace

std::vector<int> specialTokenIds(const WordPieceTokenizer &tok)
{
    std::set<int> ids{tok.padId(), tok.unkId(), tok.clsId(), tok.sepId(), tok.maskId()};
    for (int id = 0; id < tok.vocabSize(); ++id) {
        const std::string &t = tok.token(id);
        if (isBracketed(t) || isExtraId(t))
            ids.insert(id);
    }
    ids.erase(-1);
    return {ids.begin(), ids.end()};
}

MaskingVocabulary maskingVocabulary(const WordPieceTokenizer &tok)
{
    return MaskingVocabulary{tok.maskId(), tok.vocabSize(), specialTokenIds(tok)};
}

std::vector<int> wholeWordPieces(const std::vector<WordPieceTokenizer::Piece> &pieces, const std::vector<int> &chosen)
{
    std::set<int> words;
    for (int i : chosen)
        if (i >= 0 && std::size_t(i) < pieces.size())
            words.insert(pieces[std::size_t(i)].word);
    std::vector<int> out;
    for (std::size_t i = 0; i < pieces.size(); ++i)
        if (words.count(pieces[i].word))
            out.push_back(int(i));
    return out;
}

std::vector<MaskPrediction> predictAt(const BertModel &model, const std::vector<int> &ids,
                                      const std::vector<int> &positions, int topK)
{
    const WordPieceTokenizer &tok = tokenizerOf(model);
    const BertOutput output = model.forward(ids, true);
    const int vocab = output.vocabSize;
    if (vocab <= 0 || output.logits.size() != std::size_t(output.tokens) * std::size_t(vocab))
        throw std::runtime_error("fill-mask: " + model.source() + " gave no masked-LM logits");
    checkTopK(topK, vocab);
    std::vector<char> special(std::size_t(vocab), 0);
    for (int id : specialTokenIds(tok))
        if (id < vocab)
            special[std::size_t(id)] = 1;

    std::vector<MaskPrediction> out;
    out.reserve(positions.size());
    std::vector<double> p(static_cast<std::size_t>(vocab));
    std::vector<int> order(static_cast<std::size_t>(vocab));
    for (int position : positions) {
        const float *row = output.logits.data() + std::size_t(position) * std::size_t(vocab);
        double top = -std::numeric_limits<double>::infinity();
        for (int v = 0; v < vocab; ++v)
            if (!special[std::size_t(v)])
                top = std::max(top, double(row[v]));
        double sum = 0;
        for (int v = 0; v < vocab; ++v) {
            p[std::size_t(v)] = special[std::size_t(v)] ? 0.0 : std::exp(double(row[v]) - top);
            sum += p[std::size_t(v)];
        }
        for (auto &x : p)
            x /= sum;
        for (int v = 0; v < vocab; ++v)
            order[std::size_t(v)] = v;
        const int k = std::min(topK, vocab);
        // Ties go to the lower id, so the order is the same on every run.
        std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int a, int b) {
            return p[std::size_t(a)] != p[std::size_t(b)] ? p[std::size_t(a)] > p[std::size_t(b)] : a < b;
        });
        MaskPrediction m;
        m.position = position;
        for (int i = 0; i < k; ++i) {
            const int id = order[std::size_t(i)];
            if (special[std::size_t(id)])
                break; // fewer ordinary tokens than k
            MaskCandidate c;
            c.id = id;
            c.token = tok.token(id);
            c.continuation = c.token.rfind("##", 0) == 0 && c.token.size() > 2;
            c.probability = p[std::size_t(id)];
            m.candidates.push_back(std::move(c));
        }
        if (m.candidates.empty())
            throw std::runtime_error("fill-mask: the vocabulary of " + model.source() + " has only special tokens");
        out.push_back(std::move(m));
    }
    return out;
}

FillMaskResult fillMask(const BertModel &model, std::string_view text, const FillMaskOptions &options,
                        const RunContext &ctx)
{
    const WordPieceTokenizer &tok = tokenizerOf(model);
    checkTopK(options.topK, model.config().vocabSize);
    std::vector<WordPieceTokenizer::Piece> pieces = tok.encodeWithOffsets(text);

    // Which pieces to mask: those asked for (whole words when wholeWord), every piece of the words
    // asked for, and each [MASK] written in the text.
    std::set<int> chosen;
    for (int i : options.maskPieces)
        if (i < 0 || std::size_t(i) >= pieces.size())
            throw std::invalid_argument("fill-mask: piece " + std::to_string(i) + " is outside the text's " +
                                        std::to_string(pieces.size()) + " pieces");
    int words = 0;
    for (const auto &p : pieces)
        words = std::max(words, p.word + 1);
    for (int w : options.maskWords)
        if (w < 0 || w >= words)
            throw std::invalid_argument("fill-mask: word " + std::to_string(w) + " is outside the text's " +
                                        std::to_string(words) + " words");
    if (options.wholeWord)
        for (int i : wholeWordPieces(pieces, options.maskPieces))
            chosen.insert(i);
    else
        chosen.insert(options.maskPieces.begin(), options.maskPieces.end());
    for (std::size_t i = 0; i < pieces.size(); ++i)
        if (std::find(options.maskWords.begin(), options.maskWords.end(), pieces[i].word) != options.maskWords.end())
            chosen.insert(int(i));

    FillMaskResult r;
    const int maxPieces = model.config().maxPositions - 2;
    if (int(pieces.size()) > maxPieces) {
        const std::size_t dropped = pieces.size() - std::size_t(std::max(0, maxPieces));
        int droppedMasks = 0;
        for (std::size_t i = std::size_t(std::max(0, maxPieces)); i < pieces.size(); ++i)
            if (pieces[i].id == tok.maskId() || chosen.count(int(i)))
                ++droppedMasks;
        pieces.resize(std::size_t(std::max(0, maxPieces)));
        r.truncated = true;
        r.notice = "the text is " + std::to_string(pieces.size() + dropped) + " pieces long and the model reads at most " +
                   std::to_string(maxPieces) + "; the last " + std::to_string(dropped) + " were dropped";
        if (droppedMasks > 0)
            r.notice += " (with " + std::to_string(droppedMasks) + (droppedMasks == 1 ? " mask" : " masks") + ")";
    }

    r.ids.push_back(tok.clsId());
    std::vector<int> positions;
    std::vector<int> wordOf;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool literal = pieces[i].id == tok.maskId();
        if (literal || chosen.count(int(i))) {
            positions.push_back(int(i) + 1);
            wordOf.push_back(literal ? -1 : pieces[i].word);
        }
        r.ids.push_back(pieces[i].id);
    }
    r.ids.push_back(tok.sepId());
    r.originalIds = r.ids;
    for (int pos : positions)
        r.ids[std::size_t(pos)] = tok.maskId();
    for (int id : r.ids)
        r.pieces.push_back(tok.token(id));

    if (positions.empty()) {
        r.notice = r.notice.empty() ? std::string(kNoMaskMessage) : r.notice + "; " + kNoMaskMessage;
        return r;
    }
    const std::set<int> targets(positions.begin(), positions.end());
    // The text ends where the last kept piece ends when it was cut.
    const std::string_view shown = r.truncated && !pieces.empty() ? text.substr(0, pieces.back().end) : text;
    auto render = [&](const std::vector<int> &ids) { return openText(shown, pieces, ids, targets, tok); };

    ctx.checkpoint();
    r.masks = predictAt(model, r.ids, positions, options.topK);
    for (std::size_t i = 0; i < r.masks.size(); ++i)
        r.masks[i].word = wordOf[i];
    if (options.iterative) {
        fillIteratively(model, r, r.masks, options.topK, render, ctx);
    } else {
        std::vector<int> filled = r.ids;
        for (const auto &m : r.masks)
            if (!m.candidates.empty())
                filled[std::size_t(m.position)] = m.candidates.front().id;
        r.filledText = render(filled);
    }
    return r;
}

FillMaskResult fillMaskIds(const BertModel &model, std::vector<int> ids, const FillMaskOptions &options,
                           const RunContext &ctx)
{
    const WordPieceTokenizer &tok = tokenizerOf(model);
    checkTopK(options.topK, model.config().vocabSize);
    for (int id : ids)
        if (id < 0 || id >= model.config().vocabSize)
            throw std::invalid_argument("fill-mask: id " + std::to_string(id) + " is outside the vocabulary of " +
                                        std::to_string(model.config().vocabSize));
    for (int i : options.maskPieces)
        if (i < 0 || std::size_t(i) >= ids.size())
            throw std::invalid_argument("fill-mask: position " + std::to_string(i) + " is outside the " +
                                        std::to_string(ids.size()) + " ids");
    FillMaskResult r;
    const std::size_t maxPositions = std::size_t(model.config().maxPositions);
    if (ids.size() > maxPositions) {
        r.truncated = true;
        r.notice = std::to_string(ids.size()) + " ids and the model reads at most " + std::to_string(maxPositions) +
                   "; the last " + std::to_string(ids.size() - maxPositions) + " were dropped";
        ids.resize(maxPositions);
        if (ids.back() != tok.sepId())
            ids.back() = tok.sepId();
    }
    r.originalIds = ids;
    std::set<int> targets;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == tok.maskId())
            targets.insert(int(i));
    for (int i : options.maskPieces)
        if (std::size_t(i) < ids.size())
            targets.insert(i);
    for (int pos : targets)
        ids[std::size_t(pos)] = tok.maskId();
    r.ids = ids;
    for (int id : r.ids)
        r.pieces.push_back(tok.token(id));
    if (targets.empty()) {
        r.notice = r.notice.empty() ? std::string(kNoMaskMessage) : r.notice + "; " + kNoMaskMessage;
        return r;
    }
    const std::vector<int> positions(targets.begin(), targets.end());
    auto render = [&](const std::vector<int> &current) {
        std::vector<int> inner;
        for (int id : current)
            if (id != tok.clsId() && id != tok.sepId() && id != tok.padId())
                inner.push_back(id);
        return tok.decode(inner);
    };
    ctx.checkpoint();
    r.masks = predictAt(model, r.ids, positions, options.topK);
    if (options.iterative) {
        fillIteratively(model, r, r.masks, options.topK, render, ctx);
    } else {
        std::vector<int> filled = r.ids;
        for (const auto &m : r.masks)
            if (!m.candidates.empty())
                filled[std::size_t(m.position)] = m.candidates.front().id;
        r.filledText = render(filled);
    }
    return r;
}

} // namespace genlab::engine::masked
