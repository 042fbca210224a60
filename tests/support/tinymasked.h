#pragma once
// The smallest BERT and T5 the Masked lab's tests load: random weights over a vocabulary learned on
// a few lines of text, written as real model folders (config.json, model.safetensors, vocab.txt),
// so the service and the widgets go through the same loading as a user's folder, in milliseconds.

#include "engine/masked/bertmodel.h"
#include "engine/masked/spancorruption.h"
#include "engine/masked/t5model.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace genlab::testing {

inline const char *tinyMaskedCorpus()
{
    return "The play's the thing wherein I'll catch the conscience of the king.\n"
           "To be, or not to be, that is the question.\n"
           "Now is the winter of our discontent made glorious summer by this sun of York.\n"
           "Friends, Romans, countrymen, lend me your ears.\n"
           "All the world's a stage, and all the men and women merely players.\n";
}

// A BertForMaskedLM folder: 2 layers, 32 wide, 2 heads, 64 positions.
inline void writeTinyBert(const QString &folder, std::uint64_t seed = 7)
{
    using namespace engine;
    const auto vocab = text::WordPieceTokenizer::learnVocabulary(tinyMaskedCorpus(), 400);
    auto tokenizer = std::make_shared<const text::WordPieceTokenizer>(
        text::WordPieceTokenizer::fromVocab(vocab, text::WordPieceOptions{}, "tiny"));
    masked::BertConfig c;
    c.vocabSize = tokenizer->vocabSize();
    c.maxPositions = 64;
    c.layers = 2;
    c.heads = 2;
    c.hiddenSize = 32;
    c.intermediateSize = 64;
    masked::BertModel model = masked::BertModel::createRandom(c, seed, true);
    model.setTokenizer(tokenizer);
    model.save(folder.toStdString());
}

// A T5 folder: 1 + 1 layers, 32 wide, 2 heads, 32 sentinels.
inline void writeTinyT5(const QString &folder, std::uint64_t seed = 7)
{
    using namespace engine;
    std::vector<std::string> sentinels;
    for (int k = 0; k < 32; ++k)
        sentinels.push_back(masked::sentinelToken(k));
    text::WordPieceOptions options;
    options.lowerCase = false;
    const auto vocab = text::WordPieceTokenizer::learnVocabulary(tinyMaskedCorpus(), 400, options, sentinels);
    auto tokenizer = std::make_shared<const text::WordPieceTokenizer>(
        text::WordPieceTokenizer::fromVocab(vocab, options, "tiny"));
    masked::T5Config c;
    c.vocabSize = tokenizer->vocabSize();
    c.dModel = 32;
    c.dKv = 16;
    c.dFf = 64;
    c.encoderLayers = 1;
    c.decoderLayers = 1;
    c.heads = 2;
    c.padId = tokenizer->padId();
    c.endId = tokenizer->sepId();
    c.sentinels = 32;
    c.lowerCase = false;
    masked::T5Model model = masked::T5Model::createRandom(c, seed);
    model.setTokenizer(tokenizer);
    model.save(folder.toStdString());
}

} // namespace genlab::testing
