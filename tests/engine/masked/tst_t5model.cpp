// The T5-style encoder-decoder: T5's relative position buckets, the encoder sees both ways and the
// decoder only back, teacher-forced logits, greedy span filling parsed per sentinel, save and open
// give identical outputs, and folders of another architecture or with a broken tensor are refused
// by name.
#include "engine/io/checkpoint.h"
#include "engine/masked/t5model.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::masked;

namespace {

std::shared_ptr<const text::WordPieceTokenizer> tinyTokenizer()
{
    std::vector<std::string> extras;
    for (int k = 0; k < 8; ++k)
        extras.push_back(sentinelToken(k));
    text::WordPieceOptions o;
    o.lowerCase = false;
    const std::string corpus = "the king and the queen sat on the throne . the fool sang a song to the king .";
    return std::make_shared<const text::WordPieceTokenizer>(
        text::WordPieceTokenizer::fromVocab(text::WordPieceTokenizer::learnVocabulary(corpus, 120, o, extras), o, "test"));
}

T5Config tinyConfig(const text::WordPieceTokenizer &t)
{
    T5Config c;
    c.vocabSize = t.vocabSize();
    c.dModel = 32;
    c.dKv = 8;
    c.dFf = 48;
    c.encoderLayers = 2;
    c.decoderLayers = 2;
    c.heads = 4;
    c.sentinels = 8;
    c.padId = t.padId();
    c.endId = t.sepId();
    return c;
}

T5Model tinyModel(std::uint64_t seed = 1, T5FeedForward ff = T5FeedForward::GatedGelu)
{
    auto t = tinyTokenizer();
    T5Config c = tinyConfig(*t);
    c.feedForward = ff;
    T5Model m = T5Model::createRandom(c, seed);
    m.setTokenizer(t);
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

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

double maxDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    double worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    return worst;
}

} // namespace

class TestT5Model : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relativeBucketsAreT5s()
    {
        // Hugging Face's _relative_position_bucket for 32 buckets, max distance 128, as computed by
        // python3-torch: memory - query = -200..200 at chosen offsets.
        const std::vector<std::pair<int, int>> bidirectional = {{0, 0},   {1, 17},  {-1, 1},  {7, 23},  {-7, 7},
                                                                {8, 24},  {-8, 8},  {12, 25}, {-12, 9}, {20, 26},
                                                                {-20, 10}, {64, 30}, {-64, 14}, {127, 31}, {-200, 15}};
        auto bucketOf = [](int rel, bool bi) { return t5RelativeBucket(rel, bi, 32, 128); };
        for (auto [rel, bucket] : bidirectional)
            QVERIFY2(bucketOf(rel, true) == bucket, qPrintable(QStringLiteral("%1 -> %2").arg(rel).arg(bucketOf(rel, true))));
        // Causal: the future all falls in bucket 0; the past uses all 32 buckets.
        const std::vector<std::pair<int, int>> causal = {{5, 0}, {0, 0}, {-1, 1}, {-15, 15}, {-16, 16}, {-24, 19},
                                                         {-40, 23}, {-100, 30}, {-127, 31}, {-300, 31}};
        for (auto [rel, bucket] : causal)
            QVERIFY2(bucketOf(rel, false) == bucket, qPrintable(QStringLiteral("%1 -> %2").arg(rel).arg(bucketOf(rel, false))));
    }

    void encoderBothWaysDecoderOnlyBack()
    {
        T5Model m = tinyModel();
        const auto &c = m.config();
        const std::vector<int> input = {10, 11, 12, c.endId};
        const std::vector<int> target = {13, 14, 15, 16};
        const auto base = m.logits(input, target);
        QCOMPARE(int(base.size()), 4 * c.vocabSize);
        for (float v : base)
            QVERIFY(std::isfinite(v));
        // Changing a later target token leaves the earlier positions' logits alone (causal decoder).
        const auto changed = m.logits(input, {13, 14, 20, 16});
        const std::size_t v = std::size_t(c.vocabSize);
        QCOMPARE(maxDiff({base.begin(), base.begin() + 3 * v}, {changed.begin(), changed.begin() + 3 * v}), 0.0);
        QVERIFY(maxDiff({base.begin() + 3 * v, base.end()}, {changed.begin() + 3 * v, changed.end()}) > 1e-4);
        // Changing the LAST input token changes the first target position (bidirectional encoder).
        const auto otherInput = m.logits({10, 11, 20, c.endId}, target);
        QVERIFY(maxDiff({base.begin(), base.begin() + v}, {otherInput.begin(), otherInput.begin() + v}) > 1e-4);
        // Untrained: the loss is near chance (tied, scaled embeddings keep the logits small).
        const double loss = m.loss(input, target);
        QVERIFY2(loss > 0.5 * std::log(double(c.vocabSize)) && loss < 2.5 * std::log(double(c.vocabSize)),
                 qPrintable(QString::number(loss)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.logits({10, 99999}, target));
    }

    void parameterCountMatchesTheTensors()
    {
        for (auto ff : {T5FeedForward::Relu, T5FeedForward::GatedGelu}) {
            T5Model m = tinyModel(1, ff);
            std::int64_t n = 0;
            QTemporaryDir dir;
            m.save(dir.filePath(QStringLiteral("m")).toStdString());
            auto reader = io::SafetensorsReader::open(dir.filePath(QStringLiteral("m/model.safetensors")).toStdString());
            for (const auto &info : reader.tensors())
                n += info.numel();
            QCOMPARE(n, m.config().parameterCount());
        }
    }

    void fillsSentinelsAndParsesThem()
    {
        T5Model m = tinyModel();
        const T5FillResult r = m.fillSpans(std::string_view("the king <extra_id_0> the throne <extra_id_1> ."), T5FillOptions{});
        QCOMPARE(int(r.spans.size()), 2);
        QCOMPARE(r.spans[0].sentinel, 0);
        QCOMPARE(r.spans[1].sentinel, 1);
        QVERIFY(!r.corruption);
        QVERIFY(r.input.find("<extra_id_0>") != std::string::npos);
        QVERIFY(!r.outputIds.empty());
        QVERIFY(r.stopReason == "end token" || r.stopReason == "closing sentinel" || r.stopReason == "max tokens");
        QCOMPARE(int(r.inputIds.back()), m.config().endId);

        // Corrupting a sentence: the spans removed are given back as "original".
        T5FillOptions o;
        o.source = T5FillOptions::Source::Corrupt;
        o.corruption = {0.3, 2.0, 4};
        o.maxTokens = 5;
        const T5FillResult c = m.fillSpans(std::string_view("the fool sang a song to the king and the queen"), o);
        QVERIFY(c.corruption);
        QCOMPARE(int(c.spans.size()), c.corruption->drawnSpans);
        for (const auto &s : c.spans)
            QVERIFY(!s.original.empty());
        QVERIFY(int(c.outputIds.size()) <= 5);
        QVERIFY(c.outputIds.size() == 5 || c.stopReason != "max tokens");

        QVERIFY(thrownMessage([&] {
                    T5FillOptions s;
                    s.source = T5FillOptions::Source::Sentinels;
                    m.fillSpans(std::string_view("no sentinel here"), s);
                }).contains(QStringLiteral("no sentinel")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.fillSpans(std::string_view("   "), T5FillOptions{}));
    }

    void saveAndOpenGiveTheSameOutputs()
    {
        QTemporaryDir dir;
        const std::string folder = dir.filePath(QStringLiteral("t5")).toStdString();
        T5Model m = tinyModel(3, T5FeedForward::Relu);
        m.save(folder, 7, R"({"note": "test"})");
        T5Model back = T5Model::open(folder);
        QCOMPARE(back.config(), m.config());
        QCOMPARE(back.tokenizer()->vocabSize(), m.tokenizer()->vocabSize());
        QCOMPARE(back.sentinelIds(), m.sentinelIds());
        const std::vector<int> input = {10, 11, m.sentinelIds()[0], 12, m.config().endId};
        const std::vector<int> target = {m.sentinelIds()[0], 13, m.sentinelIds()[1], m.config().endId};
        QCOMPARE(maxDiff(m.logits(input, target), back.logits(input, target)), 0.0);
        const auto a = m.fillSpans(input, 10), b = back.fillSpans(input, 10);
        QCOMPARE(a.outputIds, b.outputIds);
        QCOMPARE(a.output, b.output);
        // Saving again over our own checkpoint is fine; over someone's folder is not.
        back.save(folder, 8);
        QDir().mkpath(dir.filePath(QStringLiteral("notes")));
        writeText(dir.filePath(QStringLiteral("notes/readme.txt")), "mine");
        QVERIFY(thrownMessage([&] { m.save(dir.filePath(QStringLiteral("notes")).toStdString()); })
                    .contains(QStringLiteral("not a GenLab T5 model folder")));
    }

    // The shipped model reads its input: the target of a corrupted line is much likelier given that
    // line's input than given another line's. (The first shipped model, trained with plain AdamW,
    // ignored the encoder: 0.01 nats between the two, and it filled every span with ",".)
    void shippedModelReadsItsInput()
    {
        const std::string folder = GENLAB_SOURCE_DIR "/resources/models/t5-shakespeare";
        if (!QFileInfo::exists(QString::fromStdString(folder + "/model.safetensors")))
            QSKIP("resources/models/t5-shakespeare is not in this checkout");
        const T5Model m = T5Model::open(folder);
        const char *lines[] = {
            "ROMEO: But soft, what light through yonder window breaks? It is the east, and Juliet is the sun.",
            "JULIET: O Romeo, Romeo! wherefore art thou Romeo? Deny thy father and refuse thy name.",
            "GLOUCESTER: Now is the winter of our discontent made glorious summer by this sun of York.",
            "First Citizen: Before we proceed any further, hear me speak. All: Speak, speak.",
            "MENENIUS: I tell you, friends, most charitable care have the patricians of you.",
            "DUKE VINCENTIO: Be absolute for death; either death or life shall thereby be the sweeter.",
            "GLOUCESTER: And therefore, since I cannot prove a lover, I am determined to prove a villain.",
            "KING RICHARD II: For God's sake, let us sit upon the ground and tell sad stories of the death of kings.",
        };
        std::vector<SpanCorruption> examples;
        for (const char *line : lines)
            for (std::uint64_t seed : {1, 2, 3})
                examples.push_back(corruptSpans(m.tokenizer()->encode(line), {0.15, 3.0, seed}, m.sentinelIds(), m.config().endId));
        double own = 0, other = 0;
        int pairs = 0;
        const std::size_t n = examples.size();
        for (std::size_t i = 0; i < n; ++i) {
            // Another line's input with as many spans, so only the words differ.
            for (std::size_t k = 1; k < n; ++k) {
                const std::size_t j = (i + k) % n;
                if (j / 3 == i / 3 || examples[j].spans.size() != examples[i].spans.size())
                    continue;
                own += m.loss(examples[i].inputIds, examples[i].targetIds);
                other += m.loss(examples[j].inputIds, examples[i].targetIds);
                ++pairs;
                break;
            }
        }
        QVERIFY(pairs >= int(n) / 2);
        own /= pairs;
        other /= pairs;
        qInfo("shipped model: loss %.3f with its own input, %.3f with another line's", own, other);
        QVERIFY2(other > own + 0.3, qPrintable(QStringLiteral("loss %1 with its own input, %2 with another's").arg(own).arg(other)));
    }

    void otherArchitecturesAndBrokenTensorsAreNamed()
    {
        QTemporaryDir dir;
        // A GPT-2 checkpoint of ours and a Hugging Face BERT folder.
        QDir().mkpath(dir.filePath(QStringLiteral("gpt")));
        writeText(dir.filePath(QStringLiteral("gpt/config.json")), R"({"architecture": "gpt2", "format_version": 1, "step": 0})");
        const QString gpt = thrownMessage([&] { T5Model::open(dir.filePath(QStringLiteral("gpt")).toStdString()); });
        QVERIFY2(gpt.contains(QStringLiteral("\"gpt2\"")) && gpt.contains(QStringLiteral("Text lab")), qPrintable(gpt));
        QDir().mkpath(dir.filePath(QStringLiteral("bert")));
        writeText(dir.filePath(QStringLiteral("bert/config.json")), R"({"model_type": "bert", "vocab_size": 30522})");
        const QString bert = thrownMessage([&] { T5Model::open(dir.filePath(QStringLiteral("bert")).toStdString()); });
        QVERIFY2(bert.contains(QStringLiteral("\"bert\"")) && bert.contains(QStringLiteral("BERT")), qPrintable(bert));
        QVERIFY(thrownMessage([&] { T5Model::open(dir.filePath(QStringLiteral("none")).toStdString()); })
                    .contains(QStringLiteral("not a folder")));

        // Our checkpoint with one tensor dropped and one misshaped: both named.
        const std::string folder = dir.filePath(QStringLiteral("t5")).toStdString();
        T5Model m = tinyModel();
        m.save(folder);
        {
            auto reader = io::SafetensorsReader::open(folder + "/model.safetensors");
            std::vector<std::vector<float>> keep;
            std::vector<io::TensorToWrite> tensors;
            for (const auto &info : reader.tensors()) {
                if (info.name == "decoder.final_layer_norm.weight")
                    continue;
                keep.push_back(reader.readFloat32(info));
                auto shape = info.shape;
                if (info.name == "encoder.block.1.layer.1.DenseReluDense.wo.weight") {
                    shape = {shape[1], shape[0]};
                }
                tensors.push_back({info.name, io::DType::F32, shape, keep.back().data(), keep.back().size() * 4});
            }
            io::writeSafetensors(folder + "/model.safetensors.tmp2", tensors);
        }
        QFile::remove(QString::fromStdString(folder + "/model.safetensors"));
        QFile::rename(QString::fromStdString(folder + "/model.safetensors.tmp2"), QString::fromStdString(folder + "/model.safetensors"));
        const QString broken = thrownMessage([&] { T5Model::open(folder); });
        QVERIFY2(broken.contains(QStringLiteral("decoder.final_layer_norm.weight")) &&
                     broken.contains(QStringLiteral("encoder.block.1.layer.1.DenseReluDense.wo.weight")) &&
                     broken.contains(QStringLiteral("model.safetensors")),
                 qPrintable(broken));

        // A vocabulary without the sentinels the config promises.
        T5Model ok = tinyModel();
        const std::string second = dir.filePath(QStringLiteral("t5b")).toStdString();
        ok.save(second);
        QFile vocab(QString::fromStdString(second + "/vocab.txt"));
        QVERIFY(vocab.open(QIODevice::ReadOnly));
        QByteArray text = vocab.readAll();
        vocab.close();
        text.replace("<extra_id_7>", "<extra_idx_7>");
        writeText(QString::fromStdString(second + "/vocab.txt"), text);
        QVERIFY2(thrownMessage([&] { T5Model::open(second); }).contains(QStringLiteral("<extra_id_7>")),
                 qPrintable(thrownMessage([&] { T5Model::open(second); })));
    }
};

QTEST_APPLESS_MAIN(TestT5Model)
#include "tst_t5model.moc"
