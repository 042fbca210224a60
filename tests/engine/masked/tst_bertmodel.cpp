// The BERT encoder against an independent Python/PyTorch implementation reading the same
// safetensors file (hidden states and MLM logits to 1e-4, the top 5 at a [MASK]), Hugging Face's
// BertForMaskedLM and BertModel layouts, sentence-transformers folders (mean and CLS pooling,
// Normalize present or not), our own save, and the messages for broken folders.
#include "berttesthelpers.h"

#include "engine/io/safetensors.h"
#include "engine/masked/bertmodel.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace genlab::engine;
using namespace genlab::engine::masked;

namespace {

const BertConfig kConfig{64, 40, 2, 4, 32, 64, 2};

QString idList(const std::vector<int> &ids)
{
    QStringList out;
    for (int id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// Runs the reference on a weights file; an empty object means "skip" (with *skip set).
QJsonArray runReference(const QString &weights, const QString &config, const std::vector<std::vector<int>> &sequences,
                        bool normalize, QString *skip, QString *error)
{
    QStringList args{QStringLiteral(GENLAB_SOURCE_DIR "/tests/python/bert_reference.py"), QStringLiteral("--weights"),
                     weights, QStringLiteral("--config"), config};
    for (const auto &s : sequences)
        args << QStringLiteral("--ids") << idList(s);
    if (normalize)
        args << QStringLiteral("--normalize");
    const QByteArray out = berttest::runPython(args, error);
    if (out.isEmpty() && error->contains(QStringLiteral("No module named 'torch'")))
        *skip = QStringLiteral("Debian's /usr/bin/python3 cannot import torch (apt-get install python3-torch)");
    if (out.isEmpty() && error->contains(QStringLiteral("failed to start")))
        *skip = QStringLiteral("Debian's /usr/bin/python3 is not installed");
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("sequences")).toArray();
}

// max |reference - ours| over a [rows][cols] JSON array against a flat vector; *maxAbs gets the
// largest reference magnitude.
double maxDifference(const QJsonArray &rows, const std::vector<float> &ours, int cols, double *maxAbs = nullptr)
{
    double diff = 0, biggest = 0;
    if (std::size_t(rows.size()) * std::size_t(cols) != ours.size())
        return INFINITY;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray row = rows[r].toArray();
        if (row.size() != cols)
            return INFINITY;
        for (int c = 0; c < cols; ++c) {
            const double v = row[c].toDouble();
            diff = std::max(diff, std::abs(v - double(ours[std::size_t(r) * cols + c])));
            biggest = std::max(biggest, std::abs(v));
        }
    }
    if (maxAbs)
        *maxAbs = biggest;
    return diff;
}

double maxDifference(const QJsonArray &ref, const std::vector<float> &ours)
{
    if (std::size_t(ref.size()) != ours.size())
        return INFINITY;
    double diff = 0;
    for (int i = 0; i < ref.size(); ++i)
        diff = std::max(diff, std::abs(ref[i].toDouble() - double(ours[std::size_t(i)])));
    return diff;
}

std::string errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const std::exception &e) {
        return e.what();
    }
    return "(no error)";
}

bool contains(const std::string &s, const std::string &part)
{
    return s.find(part) != std::string::npos;
}

} // namespace

class TestBertModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskedLmMatchesPython()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString hf = tmp.filePath(QStringLiteral("hf"));
        berttest::writeHfFolder(hf, kConfig, 7, berttest::Layout{});
        BertModel fromHf = BertModel::open(hf.toStdString());
        QVERIFY(fromHf.hasMlmHead());
        QCOMPARE(fromHf.config(), kConfig);
        QVERIFY(fromHf.tokenizer());
        QCOMPARE(fromHf.tokenizer()->maskId(), 4);

        // Our save is a BertForMaskedLM folder: Python reads exactly that file.
        const QString saved = tmp.filePath(QStringLiteral("saved"));
        fromHf.save(saved.toStdString(), 12);
        auto reader = io::SafetensorsReader::open((saved + QStringLiteral("/model.safetensors")).toStdString());
        QVERIFY(reader.find("bert.embeddings.word_embeddings.weight"));
        QVERIFY(reader.find("bert.encoder.layer.1.attention.self.value.bias"));
        QVERIFY(reader.find("cls.predictions.transform.LayerNorm.weight"));
        QVERIFY(reader.find("cls.predictions.bias"));
        QVERIFY(QFile::exists(saved + QStringLiteral("/vocab.txt")));
        BertModel model = BertModel::open(saved.toStdString());

        const std::vector<std::vector<int>> sequences{{2, 8, 9, 10, 11, 4, 12, 5, 3}, {2, 20, 4, 30, 41, 3}};
        QString skip, error;
        const QJsonArray ref = runReference(saved + QStringLiteral("/model.safetensors"),
                                            saved + QStringLiteral("/config.json"), sequences, false, &skip, &error);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(ref.size() == int(sequences.size()), qPrintable(error));

        for (std::size_t s = 0; s < sequences.size(); ++s) {
            const auto &ids = sequences[s];
            const BertOutput out = model.forward(ids);
            const BertOutput original = fromHf.forward(ids);
            QVERIFY(out.hidden == original.hidden); // the save round trip is exact
            QVERIFY(out.logits == original.logits);
            QCOMPARE(out.vocabSize, kConfig.vocabSize);
            const QJsonObject r = ref[int(s)].toObject();
            double hiddenAbs = 0, logitAbs = 0;
            const double hiddenDiff = maxDifference(r.value(QStringLiteral("hidden")).toArray(), out.hidden,
                                                    kConfig.hiddenSize, &hiddenAbs);
            const double logitDiff = maxDifference(r.value(QStringLiteral("logits")).toArray(), out.logits,
                                                   kConfig.vocabSize, &logitAbs);
            qInfo("sequence %zu: max |hidden difference| %.3g, max |logit difference| %.3g (logits up to %.3g)", s,
                  hiddenDiff, logitDiff, logitAbs);
            QVERIFY2(hiddenAbs > 0.5 && logitAbs > 0.5, "outputs too small for the comparison to mean anything");
            QVERIFY2(hiddenDiff < 1e-4, qPrintable(QStringLiteral("hidden differs by %1").arg(hiddenDiff)));
            QVERIFY2(logitDiff < 1e-4, qPrintable(QStringLiteral("logits differ by %1").arg(logitDiff)));

            // The five best candidates at the [MASK], in order.
            const int maskAt = int(std::find(ids.begin(), ids.end(), 4) - ids.begin());
            const float *row = out.logits.data() + std::size_t(maskAt) * kConfig.vocabSize;
            std::vector<int> order(std::size_t(kConfig.vocabSize));
            std::iota(order.begin(), order.end(), 0);
            std::partial_sort(order.begin(), order.begin() + 5, order.end(), [&](int a, int b) { return row[a] > row[b]; });
            const QJsonArray top = r.value(QStringLiteral("top5")).toArray()[maskAt].toArray();
            QCOMPARE(top.size(), 5);
            for (int i = 0; i < 5; ++i)
                QCOMPARE(order[std::size_t(i)], top[i].toInt());
        }

        // Attention: one [T, T] map per layer and head, rows summing to 1.
        const BertAttention att = model.attention(sequences[0]);
        QCOMPARE(att.layers, kConfig.layers);
        QCOMPARE(att.heads, kConfig.heads);
        QCOMPARE(att.tokens, int(sequences[0].size()));
        for (int l = 0; l < att.layers; ++l)
            for (int q = 0; q < att.tokens; ++q) {
                double sum = 0;
                for (int k = 0; k < att.tokens; ++k)
                    sum += att.at(l, 1, q, k);
                QVERIFY(std::abs(sum - 1) < 1e-5);
            }
    }

    void sentenceTransformersPoolingMatchesPython()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        // A BertModel (no head, no prefix) in BF16 with TensorFlow-era gamma/beta names, a pooler and
        // position_ids: all-MiniLM-L6-v2's folder shape, transformer in the folder itself.
        const berttest::Layout encoder{false, true, true};
        const QString mean = tmp.filePath(QStringLiteral("st-mean"));
        berttest::writeHfFolder(mean, kConfig, 11, encoder, true);
        berttest::writeFile(mean + QStringLiteral("/modules.json"),
                            R"([{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
 {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])");
        QDir().mkpath(mean + QStringLiteral("/1_Pooling"));
        berttest::writeFile(mean + QStringLiteral("/1_Pooling/config.json"),
                            R"({"word_embedding_dimension": 32, "pooling_mode_cls_token": false,
 "pooling_mode_mean_tokens": true, "pooling_mode_max_tokens": false, "pooling_mode_mean_sqrt_len_tokens": false})");
        // bge-small-en's shape: CLS pooling, Normalize, the transformer in a sub-folder here.
        const QString cls = tmp.filePath(QStringLiteral("st-cls"));
        berttest::writeHfFolder(cls + QStringLiteral("/0_Transformer"), kConfig, 11, encoder, true);
        berttest::writeFile(cls + QStringLiteral("/modules.json"),
                            R"([{"idx": 0, "name": "0", "path": "0_Transformer", "type": "sentence_transformers.models.Transformer"},
 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
 {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])");
        QDir().mkpath(cls + QStringLiteral("/1_Pooling"));
        berttest::writeFile(cls + QStringLiteral("/1_Pooling/config.json"),
                            R"({"word_embedding_dimension": 32, "pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false})");
        // Mean pooling without Normalize.
        const QString plain = tmp.filePath(QStringLiteral("st-plain"));
        berttest::writeHfFolder(plain, kConfig, 11, encoder, true);
        berttest::writeFile(plain + QStringLiteral("/modules.json"),
                            R"([{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
 {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}])");
        QDir().mkpath(plain + QStringLiteral("/1_Pooling"));
        QFile::copy(mean + QStringLiteral("/1_Pooling/config.json"), plain + QStringLiteral("/1_Pooling/config.json"));

        const BertModel meanModel = BertModel::open(mean.toStdString());
        const BertModel clsModel = BertModel::open(cls.toStdString());
        const BertModel plainModel = BertModel::open(plain.toStdString());
        QVERIFY(!meanModel.hasMlmHead());
        QCOMPARE(meanModel.pooling(), Pooling::Mean);
        QVERIFY(meanModel.normalizesEmbeddings());
        QCOMPARE(clsModel.pooling(), Pooling::Cls);
        QVERIFY(clsModel.normalizesEmbeddings());
        QVERIFY(!plainModel.normalizesEmbeddings());
        QCOMPARE(meanModel.forward({2, 8, 3}).vocabSize, 0);

        // Different lengths, so the batch is padded and masked.
        const std::vector<std::string> texts{"the cat sat on the mat.", "a big red dog ran!", "cats", "house"};
        std::vector<std::vector<int>> sequences;
        const auto tok = meanModel.tokenizer();
        QVERIFY(tok);
        for (const auto &t : texts) {
            std::vector<int> ids{tok->clsId()};
            for (int id : tok->encode(t))
                ids.push_back(id);
            ids.push_back(tok->sepId());
            sequences.push_back(ids);
        }
        QVERIFY(sequences[0].size() != sequences[2].size());

        const auto meanVectors = meanModel.embed(texts);
        const auto clsVectors = clsModel.embed(texts);
        const auto plainVectors = plainModel.embed(texts);
        QCOMPARE(meanVectors.size(), texts.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            QCOMPARE(int(meanVectors[i].size()), kConfig.hiddenSize);
            const double norm = std::sqrt(std::inner_product(meanVectors[i].begin(), meanVectors[i].end(),
                                                             meanVectors[i].begin(), 0.0));
            const double plainNorm = std::sqrt(std::inner_product(plainVectors[i].begin(), plainVectors[i].end(),
                                                                  plainVectors[i].begin(), 0.0));
            QVERIFY(std::abs(norm - 1) < 1e-5);
            QVERIFY(std::abs(plainNorm - 1) > 1e-3);
            for (std::size_t k = 0; k < meanVectors[i].size(); ++k)
                QVERIFY(std::abs(plainVectors[i][k] / plainNorm - meanVectors[i][k]) < 1e-5);
            // One at a time (no padding) gives the same vector as in the batch.
            const auto alone = meanModel.embed({texts[i]});
            for (std::size_t k = 0; k < alone[0].size(); ++k)
                QVERIFY(std::abs(alone[0][k] - meanVectors[i][k]) < 1e-5);
        }

        QString skip, error;
        const QJsonArray ref = runReference(mean + QStringLiteral("/model.safetensors"),
                                            mean + QStringLiteral("/config.json"), sequences, true, &skip, &error);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(ref.size() == int(sequences.size()), qPrintable(error));
        for (std::size_t i = 0; i < sequences.size(); ++i) {
            const QJsonObject r = ref[int(i)].toObject();
            const QJsonObject pooled = r.value(QStringLiteral("pooled")).toObject();
            const double meanDiff = maxDifference(pooled.value(QStringLiteral("mean")).toArray(), meanVectors[i]);
            const double clsDiff = maxDifference(pooled.value(QStringLiteral("cls")).toArray(), clsVectors[i]);
            const double hiddenDiff = maxDifference(r.value(QStringLiteral("hidden")).toArray(),
                                                    meanModel.forward(sequences[i]).hidden, kConfig.hiddenSize);
            qInfo("text %zu: max difference hidden %.3g, mean-pooled %.3g, CLS-pooled %.3g", i, hiddenDiff, meanDiff,
                  clsDiff);
            QVERIFY(hiddenDiff < 1e-4);
            QVERIFY(meanDiff < 1e-4);
            QVERIFY(clsDiff < 1e-4);
        }
    }

    void randomModelSavesAndReopens()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        BertModel model = BertModel::createRandom(kConfig, 5);
        QVERIFY(model.hasMlmHead());
        QVERIFY(!model.tokenizer());
        QCOMPARE(model.source(), std::string("random (seed 5)"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, model.embed({"the cat"}));
        model.setTokenizer(std::make_shared<text::WordPieceTokenizer>(
            text::WordPieceTokenizer::fromVocab(berttest::smallVocabulary(), {}, "test vocabulary")));
        const std::string dir = tmp.filePath(QStringLiteral("model")).toStdString();
        model.save(dir, 3, R"({"dataset": "toy"})");
        const BertModel again = BertModel::open(dir);
        QCOMPARE(again.config(), kConfig);
        QVERIFY(again.hasMlmHead());
        QCOMPARE(again.tokenizer()->vocabSize(), 60);
        const std::vector<int> ids{2, 8, 9, 4, 3};
        QVERIFY(model.forward(ids).logits == again.forward(ids).logits);
        QVERIFY(model.embed({"the cat sat"}) == again.embed({"the cat sat"}));
        // More texts than one forward pass takes: each still gets its own vector, in order.
        std::vector<std::string> many;
        for (int i = 0; i < 70; ++i)
            many.push_back(std::string(std::size_t(1 + i % 7), char('b' + i % 20)) + " the cat");
        const auto vectors = model.embed(many);
        QCOMPARE(vectors.size(), many.size());
        for (std::size_t i : {std::size_t(0), std::size_t(33), std::size_t(69)}) {
            const auto alone = model.embed({many[i]})[0];
            for (std::size_t k = 0; k < alone.size(); ++k)
                QVERIFY(std::abs(alone[k] - vectors[i][k]) < 1e-5);
        }
        // Saving over it again is fine; over a folder of the user's it is not.
        model.save(dir, 4);
        const QString users = tmp.filePath(QStringLiteral("users"));
        QDir().mkpath(users);
        berttest::writeFile(users + QStringLiteral("/notes.txt"), "mine");
        QVERIFY_THROWS_EXCEPTION(std::exception, model.save(users.toStdString()));
        QVERIFY(QFile::exists(users + QStringLiteral("/notes.txt")));

        // Without a head: BertModel names, and it stays headless.
        const std::string encoderDir = tmp.filePath(QStringLiteral("encoder")).toStdString();
        BertModel::createRandom(kConfig, 6, false).save(encoderDir);
        auto reader = io::SafetensorsReader::open(encoderDir + "/model.safetensors");
        QVERIFY(reader.find("embeddings.word_embeddings.weight"));
        QVERIFY(!reader.find("cls.predictions.bias"));
        const BertModel encoder = BertModel::open(encoderDir);
        QVERIFY(!encoder.hasMlmHead());
        QVERIFY(!encoder.tokenizer());

        // Too long a sequence is refused, not truncated.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.forward(std::vector<int>(41, 5)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.forward({2, 64, 3}));
    }

    void brokenFoldersAreNamed()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const berttest::Layout layout;
        auto folder = [&](const QString &name) {
            const QString dir = tmp.filePath(name);
            berttest::writeHfFolder(dir, kConfig, 3, layout);
            return dir;
        };
        auto rewriteWeights = [&](const QString &dir, const std::function<void(std::vector<berttest::HfTensor> &)> &edit) {
            auto tensors = berttest::randomHfTensors(kConfig, 3, layout);
            edit(tensors);
            berttest::writeHf((dir + QStringLiteral("/model.safetensors")).toStdString(), tensors, false, false, kConfig);
        };

        // A missing tensor: its name and the shape it should have.
        const QString missing = folder(QStringLiteral("missing"));
        rewriteWeights(missing, [](auto &t) {
            t.erase(std::find_if(t.begin(), t.end(),
                                 [](const auto &x) { return x.name == "bert.encoder.layer.1.output.dense.bias"; }));
        });
        std::string e = errorOf([&] { BertModel::open(missing.toStdString()); });
        qInfo("%s", e.c_str());
        QVERIFY(contains(e, "model.safetensors") && contains(e, "bert.encoder.layer.1.output.dense.bias") &&
                contains(e, "missing") && contains(e, "[32]"));

        // A misshaped one: both shapes.
        const QString misshaped = folder(QStringLiteral("misshaped"));
        rewriteWeights(misshaped, [](auto &t) {
            for (auto &x : t)
                if (x.name == "bert.encoder.layer.0.intermediate.dense.weight")
                    x.shape = {32, 64};
        });
        e = errorOf([&] { BertModel::open(misshaped.toStdString()); });
        qInfo("%s", e.c_str());
        QVERIFY(contains(e, "bert.encoder.layer.0.intermediate.dense.weight") && contains(e, "[64, 32]") &&
                contains(e, "[32, 64]"));

        // An extra encoder layer would be silently ignored: refused.
        const QString extra = folder(QStringLiteral("extra"));
        rewriteWeights(extra, [](auto &t) {
            t.push_back({"bert.encoder.layer.2.output.dense.bias", {32}, std::vector<float>(32, 0.f)});
        });
        e = errorOf([&] { BertModel::open(extra.toStdString()); });
        QVERIFY(contains(e, "bert.encoder.layer.2.output.dense.bias"));

        // Another architecture's config says which.
        const QString gpt2 = folder(QStringLiteral("gpt2"));
        berttest::writeFile(gpt2 + QStringLiteral("/config.json"),
                            R"({"model_type": "gpt2", "vocab_size": 64, "n_positions": 40, "n_layer": 2, "n_head": 4, "n_embd": 32})");
        e = errorOf([&] { BertModel::open(gpt2.toStdString()); });
        qInfo("%s", e.c_str());
        QVERIFY(contains(e, "config.json") && contains(e, "gpt2") && contains(e, "not a BERT"));
        berttest::writeFile(gpt2 + QStringLiteral("/config.json"), R"({"model_type": "t5", "vocab_size": 64})");
        QVERIFY(contains(errorOf([&] { BertModel::open(gpt2.toStdString()); }), "\"t5\""));

        // Bad JSON names the file.
        const QString badJson = folder(QStringLiteral("badjson"));
        berttest::writeFile(badJson + QStringLiteral("/config.json"), "{\"model_type\": \"bert\",");
        e = errorOf([&] { BertModel::open(badJson.toStdString()); });
        QVERIFY(contains(e, "config.json") && contains(e, "JSON"));
        berttest::writeFile(badJson + QStringLiteral("/modules.json"), "[{");
        e = errorOf([&] { BertModel::open(badJson.toStdString()); });
        QVERIFY(contains(e, "modules.json") && contains(e, "JSON"));

        // A vocabulary larger than the model's.
        const QString vocab = folder(QStringLiteral("vocab"));
        BertConfig small = kConfig;
        small.vocabSize = 50;
        berttest::writeHfFolder(vocab, small, 3, layout);
        e = errorOf([&] { BertModel::open(vocab.toStdString()); });
        qInfo("%s", e.c_str());
        QVERIFY(contains(e, "vocab.txt") && contains(e, "60") && contains(e, "50"));

        // Pooling the studio does not do.
        const QString maxPool = folder(QStringLiteral("maxpool"));
        berttest::writeFile(maxPool + QStringLiteral("/modules.json"),
                            R"([{"path": "", "type": "sentence_transformers.models.Transformer"},
 {"path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}])");
        QDir().mkpath(maxPool + QStringLiteral("/1_Pooling"));
        berttest::writeFile(maxPool + QStringLiteral("/1_Pooling/config.json"),
                            R"({"pooling_mode_max_tokens": true, "pooling_mode_mean_tokens": false})");
        e = errorOf([&] { BertModel::open(maxPool.toStdString()); });
        QVERIFY(contains(e, "1_Pooling/config.json") && contains(e, "pooling_mode_max_tokens"));

        // No weights.
        const QString none = folder(QStringLiteral("none"));
        QFile::remove(none + QStringLiteral("/model.safetensors"));
        QVERIFY(contains(errorOf([&] { BertModel::open(none.toStdString()); }), "no model.safetensors"));
    }
};

QTEST_APPLESS_MAIN(TestBertModel)
#include "tst_bertmodel.moc"
