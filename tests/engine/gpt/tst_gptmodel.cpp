// GptModel: configs, the key/value cache against the full forward pass, loading errors,
// generation (seeds, draws, streaming, stop sequences, truncation), attention, checkpoints.
#include "gpttesthelpers.h"

#include "engine/gpt/gptmodel.h"
#include "engine/runtime/compute.h"
#include "engine/text/bpetokenizer.h"
#include "engine/text/bpetrainer.h"
#include "engine/text/chartokenizer.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <stop_token>

using namespace genlab::engine;
using namespace genlab::engine::gpt;
namespace io = genlab::engine::io;

namespace {

const GptConfig kSmall{40, 16, 2, 4, 32};

std::string path(const QTemporaryDir &dir, const char *name)
{
    return dir.filePath(QString::fromLatin1(name)).toStdString();
}

// Weights large enough that logits differ clearly between tokens.
GptModel hfModel(const QTemporaryDir &dir, const GptConfig &c = kSmall, std::uint32_t seed = 3)
{
    const std::string file = path(dir, "w.safetensors");
    gpttest::writeHf(file, gpttest::randomHfTensors(c, seed), false, gpttest::Dtype::F32, c);
    return GptModel::openSafetensors(file, c);
}

double maxAbsDiff(const float *a, const float *b, std::size_t n)
{
    double m = 0;
    for (std::size_t i = 0; i < n; ++i)
        m = std::max(m, double(std::abs(a[i] - b[i])));
    return m;
}

QString thrownMessage(const std::function<void()> &f)
{
    try {
        f();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestGptModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void configRoundTripsAndReadsHuggingFace()
    {
        const GptConfig c{50257, 1024, 12, 12, 768};
        QCOMPARE(GptConfig::fromJson(c.toJson()), c);
        QCOMPARE(c.parameterCount(), std::int64_t(124439808)); // GPT-2 small, tied head
        const GptConfig hf = GptConfig::fromJson(
            R"({"model_type":"gpt2","n_embd":768,"n_layer":12,"n_head":12,"n_positions":1024,"vocab_size":50257,
                "layer_norm_epsilon":1e-05,"activation_function":"gelu_new","n_inner":null})");
        QCOMPARE(hf, c);
        QVERIFY(thrownMessage([] { GptConfig::fromJson(R"({"model_type":"gpt2","n_layer":2,"n_head":2,"vocab_size":9,"n_ctx":4})"); })
                    .contains(QStringLiteral("n_embd")));
        QVERIFY(thrownMessage([] {
                    GptConfig::fromJson(R"({"vocab_size":10,"n_positions":8,"n_layer":1,"n_head":3,"n_embd":16})");
                }).contains(QStringLiteral("multiple of heads")));
        QVERIFY(thrownMessage([] { GptConfig::fromJson(R"({"model_type":"llama"})"); }).contains(QStringLiteral("llama")));
        QVERIFY(thrownMessage([] {
                    GptConfig::fromJson(R"({"vocab_size":10,"n_positions":8,"n_layer":1,"n_head":2,"n_embd":16,
                                            "activation_function":"relu"})");
                }).contains(QStringLiteral("relu")));
        QVERIFY(!thrownMessage([] { GptConfig::fromJson("[1]"); }).isEmpty());
        QCOMPARE(QString::fromStdString(GptConfig{40, 16, 2, 4, 32}.difference(GptConfig{40, 16, 3, 4, 32})),
                 QStringLiteral("layers: 2 vs 3"));
    }

    void kvCacheMatchesFullForward()
    {
        QTemporaryDir dir;
        GptModel model = hfModel(dir);
        std::vector<int> ids;
        for (int i = 0; i < kSmall.contextLength; ++i)
            ids.push_back((i * 7 + 3) % kSmall.vocabSize);
        const auto full = model.logits(ids);
        const std::size_t v = std::size_t(kSmall.vocabSize);
        double maxLogit = 0;
        for (float x : full)
            maxLogit = std::max(maxLogit, double(std::abs(x)));
        QVERIFY(maxLogit > 0.5);

        // A prefill of five, then one token at a time up to the full context.
        auto last = model.appendTokens({ids.begin(), ids.begin() + 5});
        QVERIFY(maxAbsDiff(last.data(), full.data() + 4 * v, v) < 1e-4);
        for (std::size_t t = 5; t < ids.size(); ++t) {
            last = model.appendTokens({ids[t]});
            QVERIFY2(maxAbsDiff(last.data(), full.data() + t * v, v) < 1e-4, qPrintable(QString::number(t)));
        }
        QCOMPARE(model.cachedLength(), kSmall.contextLength);
        QVERIFY_THROWS_EXCEPTION(std::length_error, model.appendTokens({1}));
        model.resetCache();
        QCOMPARE(model.cachedLength(), 0);
        last = model.appendTokens({ids[0]});
        QVERIFY(maxAbsDiff(last.data(), full.data(), v) < 1e-4);
        QVERIFY(!thrownMessage([&] { model.appendTokens({kSmall.vocabSize}); }).isEmpty());
    }

    // Wide enough that the matrix-vector products and the attention of one token are split over
    // two threads (the single-token kernels' parallel paths).
    void kvCacheMatchesFullForwardOnTwoThreads()
    {
        configureWorkerThread(2);
        QTemporaryDir dir;
        const GptConfig c{40, 600, 1, 4, 256};
        GptModel model = hfModel(dir, c, 4);
        std::vector<int> ids;
        for (int i = 0; i < c.contextLength; ++i)
            ids.push_back((i * 13 + 1) % c.vocabSize);
        const auto full = model.logits(ids);
        const std::size_t v = std::size_t(c.vocabSize);
        model.appendTokens({ids.begin(), ids.begin() + 3});
        double worst = 0;
        for (std::size_t t = 3; t < ids.size(); ++t) {
            const auto last = model.appendTokens({ids[t]});
            worst = std::max(worst, maxAbsDiff(last.data(), full.data() + t * v, v));
        }
        configureWorkerThread(1);
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
    }

    void missingAndMisshapedTensorsAreNamed()
    {
        QTemporaryDir dir;
        auto tensors = gpttest::randomHfTensors(kSmall, 1);
        std::erase_if(tensors, [](auto &t) { return t.name == "h.1.mlp.c_fc.weight"; });
        for (auto &t : tensors)
            if (t.name == "h.0.attn.c_proj.weight") {
                t.shape = {32, 16};
                t.values.resize(32 * 16);
            }
        const std::string file = path(dir, "bad.safetensors");
        gpttest::writeHf(file, tensors, true, gpttest::Dtype::F32, kSmall);
        const QString msg = thrownMessage([&] { GptModel::openSafetensors(file, kSmall); });
        QVERIFY2(msg.contains(QStringLiteral("bad.safetensors")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("h.1.mlp.c_fc.weight")) && msg.contains(QStringLiteral("[32, 128]")),
                 qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("h.0.attn.c_proj.weight")) && msg.contains(QStringLiteral("[32, 32]")) &&
                     msg.contains(QStringLiteral("[32, 16]")),
                 qPrintable(msg));

        // A file for another model size says so.
        const std::string other = path(dir, "other.safetensors");
        gpttest::writeHf(other, gpttest::randomHfTensors(GptConfig{40, 16, 2, 4, 64}, 1), false, gpttest::Dtype::F32,
                         GptConfig{40, 16, 2, 4, 64});
        const QString otherMsg = thrownMessage([&] { GptModel::openSafetensors(other, kSmall); });
        QVERIFY2(otherMsg.contains(QStringLiteral("width 32")) && otherMsg.contains(QStringLiteral("[64, 192]")),
                 qPrintable(otherMsg));

        // Non-finite weights are refused by name (patched into the file: the writer refuses NaN itself).
        const std::string nanFile = path(dir, "nan.safetensors");
        gpttest::writeHf(nanFile, gpttest::randomHfTensors(kSmall, 1), false, gpttest::Dtype::F32, kSmall);
        {
            const auto reader = io::SafetensorsReader::open(nanFile);
            const io::TensorInfo *info = reader.find("h.1.ln_2.bias");
            QVERIFY(info);
            QFile f(QString::fromStdString(nanFile));
            QVERIFY(f.open(QIODevice::ReadWrite));
            quint64 headerBytes = 0;
            f.read(reinterpret_cast<char *>(&headerBytes), 8);
            QVERIFY(f.seek(qint64(8 + headerBytes + info->begin + 8)));
            const float nan = NAN;
            f.write(reinterpret_cast<const char *>(&nan), 4);
        }
        const QString nanMsg = thrownMessage([&] { GptModel::openSafetensors(nanFile, kSmall); });
        QVERIFY2(nanMsg.contains(QStringLiteral("h.1.ln_2.bias")) && nanMsg.contains(QStringLiteral("NaN")),
                 qPrintable(nanMsg));
    }

    void sameSeedSameTokensAndTheDrawExplainsEachChoice()
    {
        QTemporaryDir dir;
        GptModel model = hfModel(dir);
        SamplingSettings s;
        s.seed = 1234;
        s.maxTokens = 30;
        s.temperature = 1.0;
        const std::vector<int> prompt{1, 2, 3};
        const auto a = model.generate(prompt, s);
        const auto b = model.generate(prompt, s); // the cache now holds a longer sequence: reused, same result
        QCOMPARE(a.ids, b.ids);
        QCOMPARE(int(a.ids.size()), 30);
        QCOMPARE(QString::fromStdString(a.stopReason), QStringLiteral("max tokens"));
        s.seed = 1235;
        QVERIFY(model.generate(prompt, s).ids != a.ids);
        double logp = 0;
        for (const auto &t : a.traces) {
            QVERIFY(t.cumulativeBefore <= t.randomDraw && t.randomDraw < t.cumulativeBefore + t.probability);
            logp += std::log(double(t.rawProbability));
        }
        QVERIFY(std::abs(logp - a.logProbability) < 1e-9);

        // Branching: continue from a prefix of the first generation; the result equals a fresh model's.
        std::vector<int> branch = prompt;
        branch.insert(branch.end(), a.ids.begin(), a.ids.begin() + 10);
        s.seed = 9;
        const auto fromCache = model.generate(branch, s);
        GptModel fresh = hfModel(dir);
        const auto fromScratch = fresh.generate(branch, s);
        QCOMPARE(fromCache.ids, fromScratch.ids);
        QCOMPARE(fromCache.traces.front().probability, fromScratch.traces.front().probability);
    }

    void longPromptIsTruncatedAndLongGenerationSlides()
    {
        QTemporaryDir dir;
        GptModel model = hfModel(dir);
        std::vector<int> prompt(25, 5);
        SamplingSettings s;
        s.greedy = true;
        s.maxTokens = 30; // more than the context of 16
        const auto r = model.generate(prompt, s);
        QCOMPARE(int(r.promptIds.size()), kSmall.contextLength);
        QVERIFY2(QString::fromStdString(r.notice).contains(QStringLiteral("first 9 were dropped")), r.notice.c_str());
        QVERIFY(QString::fromStdString(r.notice).contains(QStringLiteral("context window")));
        QCOMPARE(int(r.ids.size()), 30);
    }

    void streamsTextStopsAndCancels()
    {
        QTemporaryDir dir;
        auto tokenizer = std::make_shared<text::CharTokenizer>(
            text::CharTokenizer::fromText("abcdefghijklmnopqrstuvwxyz .,\n\xC3\xA9")); // 31 chars + unknown
        GptConfig c = kSmall;
        c.vocabSize = tokenizer->vocabSize();
        GptModel model = hfModel(dir, c);
        model.setTokenizer(tokenizer);
        SamplingSettings s;
        s.seed = 77;
        s.maxTokens = 40;
        std::string streamed;
        int partials = 0;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            const auto piece = GeneratedPiece::decode(p);
            QVERIFY(piece);
            streamed += piece->text;
            ++partials;
        };
        const std::vector<int> prompt = tokenizer->encode("the ");
        int callbacks = 0;
        const auto full = model.generate(prompt, s, ctx, [&](const TokenTrace &, const std::string &) { ++callbacks; });
        QCOMPARE(callbacks, 40);
        QVERIFY(partials > 0);
        QCOMPARE(streamed, full.text);
        QCOMPARE(full.text, tokenizer->decode(full.ids));

        // Stop at the first occurrence of a piece of that text: same tokens up to there, text cut before it.
        const std::string stop = full.text.substr(12, 3);
        const std::size_t at = full.text.find(stop);
        s.stopSequences = {"\x01never", stop};
        streamed.clear();
        const auto stopped = model.generate(prompt, s, ctx);
        QCOMPARE(QString::fromStdString(stopped.stopReason), QStringLiteral("stop sequence"));
        QCOMPARE(stopped.text, full.text.substr(0, at));
        QCOMPARE(streamed, stopped.text);
        QVERIFY(stopped.ids.size() < full.ids.size());

        std::stop_source source;
        ctx.stop = source.get_token();
        source.request_stop();
        QVERIFY_THROWS_EXCEPTION(Canceled, model.generate(prompt, s, ctx));
    }

    void attentionRowsAreCausalDistributions()
    {
        QTemporaryDir dir;
        GptModel model = hfModel(dir);
        const std::vector<int> ids{4, 8, 15, 16, 23, 39};
        const AttentionMaps maps = model.attention(ids);
        QCOMPARE(maps.layers, kSmall.layers);
        QCOMPARE(maps.heads, kSmall.heads);
        QCOMPARE(maps.tokens, 6);
        QCOMPARE(maps.weights.size(), std::size_t(2 * 4 * 6 * 6));
        bool varied = false;
        for (int l = 0; l < maps.layers; ++l)
            for (int h = 0; h < maps.heads; ++h)
                for (int q = 0; q < 6; ++q) {
                    double sum = 0;
                    for (int k = 0; k < 6; ++k) {
                        const float w = maps.at(l, h, q, k);
                        if (k > q)
                            QCOMPARE(w, 0.0f);
                        sum += w;
                        varied = varied || (k <= q && std::abs(w - 1.0f / float(q + 1)) > 0.05f);
                    }
                    QVERIFY(std::abs(sum - 1) < 1e-5);
                }
        QVERIFY(varied); // not uniform: the weights were really used
        QCOMPARE(maps.at(0, 0, 0, 0), 1.0f);
    }

    void checkpointRoundTripKeepsWeightsAndTokenizer()
    {
        QTemporaryDir dir;
        auto tokenizer =
            std::make_shared<text::CharTokenizer>(text::CharTokenizer::fromText("hello world, said the model\n"));
        GptConfig c = kSmall;
        c.vocabSize = tokenizer->vocabSize();
        GptModel model = GptModel::createRandom(c, 5);
        model.setTokenizer(tokenizer);
        const std::string folder = path(dir, "lm");
        model.save(folder, 42, R"({"recipe": {"steps": 42}})");
        QVERIFY(QFile::exists(QString::fromStdString(folder + "/model.safetensors")));
        QVERIFY(QFile::exists(QString::fromStdString(folder + "/char_tokenizer.json")));

        GptModel loaded = GptModel::open(folder);
        QCOMPARE(loaded.config(), c);
        QVERIFY(loaded.tokenizer());
        QCOMPARE(QString::fromStdString(loaded.tokenizer()->kind()), QStringLiteral("char"));
        QCOMPARE(loaded.tokenizer()->encode("hello"), tokenizer->encode("hello"));
        const std::vector<int> ids = tokenizer->encode("hello world");
        QCOMPARE(loaded.logits(ids), model.logits(ids));

        // Saving never replaces a folder that is not one of our models.
        const QString precious = dir.filePath(QStringLiteral("documents"));
        QDir().mkpath(precious);
        QFile note(precious + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        QVERIFY(thrownMessage([&] { model.save(precious.toStdString()); }).contains(QStringLiteral("not a GenLab")));
        QVERIFY(QFile::exists(precious + QStringLiteral("/note.txt")));
        model.save(folder, 43); // our own model folder is replaced
        QVERIFY(GptModel::open(folder).logits(ids) == model.logits(ids));

        // A checkpoint whose weights were cut short names the tensor.
        QFile config(QString::fromStdString(folder + "/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QString json = QString::fromUtf8(config.readAll());
        config.close();
        json.replace(QStringLiteral("\"layers\": 2"), QStringLiteral("\"layers\": 3"));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(json.toUtf8());
        config.close();
        const QString msg = thrownMessage([&] { GptModel::open(folder); });
        QVERIFY2(msg.contains(QStringLiteral("h.2.")), qPrintable(msg));
    }

    void opensHuggingFaceFolders()
    {
        GENLAB_REQUIRE_SHARED(QStringLiteral("gpt2/encoder.json"));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("gpt2-tiny"));
        QDir().mkpath(folder);
        for (const char *f : {"gpt2/encoder.json", "gpt2/vocab.bpe"})
            QVERIFY(QFile::copy(genlab::testing::sharedDataPath(QString::fromLatin1(f)),
                                folder + QLatin1Char('/') + QFileInfo(QString::fromLatin1(f)).fileName()));
        const GptConfig c{50257, 16, 1, 2, 16};
        const std::string folderS = folder.toStdString();

        QVERIFY(thrownMessage([&] { GptModel::open(folderS); }).contains(QStringLiteral("config.json")));
        gpttest::writeHfConfig(folderS + "/config.json", c);
        QFile bin(folder + QStringLiteral("/pytorch_model.bin"));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.close();
        QVERIFY(thrownMessage([&] { GptModel::open(folderS); }).contains(QStringLiteral("pytorch_model.bin")));

        gpttest::writeHf(folderS + "/model.safetensors", gpttest::randomHfTensors(c, 2), true, gpttest::Dtype::F32, c);
        GptModel model = GptModel::open(folderS);
        QCOMPARE(model.config(), c);
        QCOMPARE(model.tokenizer()->vocabSize(), 50257);
        QCOMPARE(model.tokenizer()->endOfText().value_or(-1), 50256);
        SamplingSettings s;
        s.maxTokens = 5;
        const auto r = model.generate(model.tokenizer()->encode("Hello"), s);
        QCOMPARE(int(r.ids.size()), 5);

    }

    void bpeTokenizerTravelsWithTheCheckpoint()
    {
        // A small vocabulary learned here (GPT-2's 50k would make the save slow for a quick test).
        text::BpeTrainerOptions options;
        options.vocabSize = 300;
        auto trained = text::BpeTrainer(options).train("the cat sat on the mat; the cat ate the rat. " , RunContext{});
        std::shared_ptr<const text::Tokenizer> tokenizer(std::move(trained.tokenizer));
        GptConfig c = kSmall;
        c.vocabSize = tokenizer->vocabSize();
        GptModel model = GptModel::createRandom(c, 8);
        model.setTokenizer(tokenizer);
        QTemporaryDir dir;
        const std::string ours = path(dir, "ours");
        model.save(ours);
        QVERIFY(QFile::exists(QString::fromStdString(ours + "/vocab.json")));
        QVERIFY(QFile::exists(QString::fromStdString(ours + "/merges.txt")));
        GptModel reopened = GptModel::open(ours);
        QCOMPARE(QString::fromStdString(reopened.tokenizer()->kind()), QStringLiteral("bpe"));
        const std::vector<int> ids = tokenizer->encode("the cat sat");
        QVERIFY(ids.size() < 11); // merges were learned and kept
        QCOMPARE(reopened.tokenizer()->encode("the cat sat"), ids);
        QCOMPARE(reopened.logits(ids), model.logits(ids));
    }
};

QTEST_APPLESS_MAIN(TestGptModel)
#include "tst_gptmodel.moc"
