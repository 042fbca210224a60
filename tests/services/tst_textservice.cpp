// TextService with small real models (a few thousand parameters, random weights): loading and
// its errors (the previous model stays), streamed generation matching the result, seeds, stop,
// branching from a prefix, replay, truncation, attention, tokenizers, BPE learning with streamed
// merges, training, and the recipe sidecar of a saved text.
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "services/text/samplingjson.h"
#include "services/text/textservice.h"

#include "engine/gpt/gptmodel.h"
#include "engine/io/safetensors.h"
#include "engine/text/bpetrainer.h"
#include "engine/text/chartokenizer.h"
#include "engine/train/events.h"
#include "shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace genlab::services;
namespace gpt = genlab::engine::gpt;
namespace text = genlab::engine::text;
namespace io = genlab::engine::io;

namespace {

const QString kCorpus = QStringLiteral("to be or not to be, that is the question. the cat sat on the mat. ");

bool waitFinished(Job *job, int ms = 30000)
{
    return QTest::qWaitFor([&] { return job->isFinished(); }, ms);
}

// Our checkpoint folder: a random char-level model.
QString makeCharModel(const QTemporaryDir &dir, const QString &name, int context = 32, std::uint64_t seed = 5)
{
    auto tokenizer = std::make_shared<text::CharTokenizer>(text::CharTokenizer::fromText(kCorpus.toStdString()));
    gpt::GptConfig c{tokenizer->vocabSize(), context, 2, 2, 16};
    gpt::GptModel model = gpt::GptModel::createRandom(c, seed);
    model.setTokenizer(tokenizer);
    const QString folder = dir.filePath(name);
    model.save(folder.toStdString());
    return folder;
}

// A Hugging Face GPT-2 folder (config.json, model.safetensors, vocab.json, merges.txt), with one
// tensor left out when `drop` names it.
QString makeHfFolder(const QTemporaryDir &dir, const QString &name, const std::string &drop = {})
{
    text::BpeTrainerOptions options;
    options.vocabSize = 262;
    auto trained = text::BpeTrainer(options).train(kCorpus.toStdString(), {});
    std::shared_ptr<const text::Tokenizer> tokenizer(std::move(trained.tokenizer));
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    static_cast<const text::BpeTokenizer &>(*tokenizer).saveToFolder(folder.toStdString());
    gpt::GptConfig c{tokenizer->vocabSize(), 32, 1, 2, 16};
    gpt::GptModel model = gpt::GptModel::createRandom(c, 9);
    const std::string full = QDir(folder).filePath(QStringLiteral("full.safetensors")).toStdString();
    model.saveSafetensors(full);
    {
        auto reader = io::SafetensorsReader::open(full);
        std::vector<std::vector<float>> data;
        std::vector<io::TensorToWrite> tensors;
        for (const auto &t : reader.tensors()) {
            if (t.name == drop)
                continue;
            data.push_back(reader.readFloat32(t));
        }
        std::size_t i = 0;
        for (const auto &t : reader.tensors()) {
            if (t.name == drop)
                continue;
            tensors.push_back({t.name, io::DType::F32, t.shape, data[i].data(), data[i].size() * sizeof(float)});
            ++i;
        }
        io::writeSafetensors(QDir(folder).filePath(QStringLiteral("model.safetensors")).toStdString(), tensors);
    }
    QFile::remove(QString::fromStdString(full));
    QFile config(QDir(folder).filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write(QStringLiteral("{\"model_type\": \"gpt2\", \"n_embd\": 16, \"n_layer\": 1, \"n_head\": 2, "
                                "\"n_positions\": 32, \"vocab_size\": %1}")
                     .arg(c.vocabSize)
                     .toUtf8());
    return folder;
}

} // namespace

class TestTextService : public QObject
{
    Q_OBJECT

    std::unique_ptr<JobManager> m_jobs;
    std::unique_ptr<TextService> m_service;
    QTemporaryDir m_dir;
    QString m_model;

    Job *load(const QString &folder)
    {
        Job *job = m_service->loadModel(folder);
        [&] { QVERIFY(waitFinished(job)); }();
        return job;
    }

    TextGeneration run(const TextGenerationRequest &request, QList<StreamedToken> *streamed = nullptr)
    {
        Job *job = m_service->generate(request);
        if (streamed)
            connect(job, &Job::partialResult, this, [streamed](const genlab::engine::Partial &p) {
                if (const auto token = StreamedToken::decode(p))
                    streamed->append(*token);
            });
        const bool finished = waitFinished(job);
        if (!finished || job->state() != JobState::Succeeded) {
            qWarning("generation: %s", qPrintable(job->message()));
            return {};
        }
        return job->resultAs<TextGeneration>();
    }

private Q_SLOTS:
    void samplingSettingsRoundTripAndDistrustJson()
    {
        genlab::engine::gpt::SamplingSettings s;
        s.greedy = false;
        s.temperature = 1.3;
        s.topK = 12;
        s.topP = 0.9;
        s.minP = 0.05;
        s.repetitionPenalty = 1.2;
        s.maxTokens = 77;
        s.seed = 4242;
        s.stopSequences = {"\n\n", "THE END"};
        const auto back = genlab::services::samplingFromJson(genlab::services::samplingToJson(s), genlab::engine::gpt::SamplingSettings{});
        QCOMPARE(back.greedy, s.greedy);
        QCOMPARE(back.temperature, s.temperature);
        QCOMPARE(back.topK, s.topK);
        QCOMPARE(back.topP, s.topP);
        QCOMPARE(back.minP, s.minP);
        QCOMPARE(back.repetitionPenalty, s.repetitionPenalty);
        QCOMPARE(back.maxTokens, s.maxTokens);
        QCOMPARE(back.seed, s.seed);
        QCOMPARE(back.stopSequences, s.stopSequences);

        // Wrong types keep the base; numbers are clamped; non-finite numbers are ignored.
        QJsonArray manyStops;
        for (int i = 0; i < 100; ++i)
            manyStops.append(QStringLiteral("s%1").arg(i));
        manyStops.append(QString(5000, QLatin1Char('x')));
        const QJsonObject hostile{{QStringLiteral("greedy"), QStringLiteral("yes")},
                                  {QStringLiteral("temperature"), 1e300},
                                  {QStringLiteral("top_k"), -3},
                                  {QStringLiteral("top_p"), QJsonValue(std::nan(""))},
                                  {QStringLiteral("max_tokens"), QStringLiteral("many")},
                                  {QStringLiteral("seed"), 1e20},
                                  {QStringLiteral("stop_sequences"), manyStops}};
        const auto safe = genlab::services::samplingFromJson(hostile, s);
        QCOMPARE(safe.greedy, s.greedy);
        QCOMPARE(safe.temperature, 5.0);
        QCOMPARE(safe.topK, 0);
        QCOMPARE(safe.topP, s.topP);
        QCOMPARE(safe.maxTokens, s.maxTokens);
        QCOMPARE(safe.seed, std::uint64_t(std::numeric_limits<int>::max()));
        QCOMPARE(int(safe.stopSequences.size()), 32);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jobs = std::make_unique<JobManager>(JobManager::Options{});
        m_service = std::make_unique<TextService>(m_jobs.get());
        m_model = makeCharModel(m_dir, QStringLiteral("char-model"));
        Job *job = load(m_model);
        QCOMPARE(job->state(), JobState::Succeeded);
        const TextModelInfo info = job->resultAs<TextModelInfo>();
        QCOMPARE(info.config.layers, 2);
        QCOMPARE(info.tokenizerKind, QStringLiteral("char"));
        QVERIFY(info.tokenizer);
        QCOMPARE(info.weightsSha256.size(), 64);
        QVERIFY(m_service->hasModel());
        QCOMPARE(m_service->model().source, QDir(m_model).absolutePath());
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_jobs->shutdown(5000);
    }

    void streamedTokensMatchTheResult()
    {
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the cat");
        r.sampling.maxTokens = 25;
        r.sampling.seed = 11;
        QList<StreamedToken> streamed;
        const TextGeneration g = run(r, &streamed);
        QCOMPARE(int(g.ids.size()), 25);
        QCOMPARE(int(g.traces.size()), 25);
        QCOMPARE(g.pieces.size(), 25);
        QCOMPARE(streamed.size(), 25);
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(streamed[i].index, i);
            QCOMPARE(streamed[i].id, g.ids[std::size_t(i)]);
            QCOMPARE(streamed[i].rawProbability, g.traces[std::size_t(i)].rawProbability);
            QVERIFY(!g.traces[std::size_t(i)].stages.empty());
        }
        QCOMPARE(g.pieces.join(QString()), g.text);
        QCOMPARE(g.stopReason, QStringLiteral("max tokens"));
        QVERIFY(g.logProbability < 0);
        QVERIFY(g.tokensPerSecond > 0);
        QCOMPARE(int(g.promptIds.size()), 7);
    }

    void sameSeedSameText_otherSeedOtherText()
    {
        TextGenerationRequest r;
        r.prompt = QStringLiteral("to be");
        r.sampling.maxTokens = 40;
        r.sampling.temperature = 1.5;
        r.sampling.seed = 3;
        const TextGeneration a = run(r), b = run(r);
        r.sampling.seed = 4;
        const TextGeneration c = run(r);
        QCOMPARE(a.ids, b.ids);
        QVERIFY(a.ids != c.ids);
    }

    void stopKeepsWhatWasGenerated()
    {
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the");
        r.sampling.maxTokens = 200000; // far longer than the test waits
        Job *job = m_service->generate(r);
        connect(job, &Job::partialResult, this, [this] { m_service->stopGeneration(); });
        QVERIFY(waitFinished(job, 60000));
        QCOMPARE(job->state(), JobState::Succeeded);
        const TextGeneration g = job->resultAs<TextGeneration>();
        QCOMPARE(g.stopReason, QStringLiteral("stopped"));
        QVERIFY(!g.ids.empty());
        QVERIFY(int(g.ids.size()) < 200000);
        QCOMPARE(g.ids.size(), g.traces.size());
        // A later generation is not stopped by the earlier request.
        r.sampling.maxTokens = 5;
        QCOMPARE(int(run(r).ids.size()), 5);
    }

    void branchingContinuesFromAPrefixAndReplays()
    {
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the mat");
        r.sampling.maxTokens = 20;
        r.sampling.seed = 21;
        const TextGeneration root = run(r);
        QCOMPARE(int(root.ids.size()), 20);
        // Branch at token 5 with the model's second choice there.
        const auto &raw = root.traces[5].stages.front().top;
        QVERIFY(raw.size() >= 2);
        const int alternative = raw[0].first == root.ids[5] ? raw[1].first : raw[0].first;
        TextGenerationRequest branch;
        branch.promptIds = root.promptIds;
        branch.promptIds.insert(branch.promptIds.end(), root.ids.begin(), root.ids.begin() + 5);
        branch.promptIds.push_back(alternative);
        branch.sampling = r.sampling;
        branch.sampling.seed = 99;
        const TextGeneration first = run(branch), again = run(branch);
        QCOMPARE(first.promptIds, branch.promptIds);
        QCOMPARE(int(first.ids.size()), 20);
        QCOMPARE(first.ids, again.ids);
        // The root itself replays too, after the branch moved the cache.
        QCOMPARE(run(r).ids, root.ids);
    }

    void longPromptIsTruncatedWithANotice()
    {
        TextGenerationRequest r;
        r.prompt = kCorpus; // longer than the 32-token context
        r.sampling.maxTokens = 3;
        const TextGeneration g = run(r);
        QCOMPARE(int(g.promptIds.size()), 32);
        QVERIFY2(g.notice.contains(QStringLiteral("dropped")), qPrintable(g.notice));
    }

    void attentionMaps()
    {
        const std::vector<int> ids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Job *job = m_service->attention(ids, 6);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const TextAttention a = job->resultAs<TextAttention>();
        QCOMPARE(a.droppedTokens, 4);
        QCOMPARE(a.ids, std::vector<int>(ids.begin() + 4, ids.end()));
        QCOMPARE(a.maps.layers, 2);
        QCOMPARE(a.maps.heads, 2);
        QCOMPARE(a.maps.tokens, 6);
        double row = 0;
        for (int k = 0; k < 6; ++k)
            row += a.maps.at(1, 1, 5, k);
        QVERIFY(std::abs(row - 1.0) < 1e-4);
        QCOMPARE(a.maps.at(0, 0, 2, 4), 0.0f); // no looking ahead
    }

    void badFolderFailsAndKeepsTheModel()
    {
        const QString broken = makeHfFolder(m_dir, QStringLiteral("hf-missing"), "h.0.attn.c_proj.weight");
        Job *job = load(broken);
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->message().contains(QStringLiteral("c_proj")), qPrintable(job->message()));
        QCOMPARE(m_service->model().source, QDir(m_model).absolutePath());
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the");
        r.sampling.maxTokens = 3;
        QCOMPARE(int(run(r).ids.size()), 3);

        Job *missing = load(m_dir.filePath(QStringLiteral("no-such-folder")));
        QCOMPARE(missing->state(), JobState::Failed);
        QVERIFY(!missing->message().isEmpty());
    }

    void huggingFaceFolderLoadsAndGenerates()
    {
        const QString folder = makeHfFolder(m_dir, QStringLiteral("hf-ok"));
        Job *job = load(folder);
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->resultAs<TextModelInfo>().tokenizerKind, QStringLiteral("bpe"));
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the cat");
        r.sampling.maxTokens = 4;
        QCOMPARE(int(run(r).ids.size()), 4);
        QCOMPARE(load(m_model)->state(), JobState::Succeeded); // back to the char model
    }

    void tokenizeMatchesTheTokenizer()
    {
        auto tokenizer = m_service->model().tokenizer;
        Job *job = m_service->tokenize(tokenizer, QStringLiteral("the cat"));
        QVERIFY(waitFinished(job));
        const TokenizedText t = job->resultAs<TokenizedText>();
        QCOMPARE(t.ids, tokenizer->encode("the cat"));
        QCOMPARE(t.pieces.join(QString()), QStringLiteral("the cat"));
        QCOMPARE(t.characters, 7);
    }

    void gpt2TokenizerFolder()
    {
        GENLAB_REQUIRE_SHARED("gpt2/encoder.json");
        auto tokenizer = TextService::readTokenizer(genlab::testing::sharedDataPath(QStringLiteral("gpt2")));
        QCOMPARE(tokenizer->encode("Hello world"), (std::vector<int>{15496, 995}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextService::readTokenizer(m_dir.path()));
    }

    void learnsBpeWithStreamedMerges()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("corpus.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kCorpus.repeated(20).toUtf8());
        f.close();
        Job *job = m_service->trainTokenizer(corpus, 280);
        QStringList merges;
        connect(job, &Job::partialResult, this, [&merges](const genlab::engine::Partial &p) {
            if (const auto merge = LearnedMerge::decode(p))
                merges << QString::fromStdString(merge->left + " " + merge->right);
        });
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), JobState::Succeeded);
        const TrainedTokenizer t = job->resultAs<TrainedTokenizer>();
        QVERIFY(t.tokenizer);
        QCOMPARE(merges.size(), t.mergeCount);
        QVERIFY(t.mergeCount > 0);
        QCOMPARE(t.tokenizer->vocabSize(), 256 + t.mergeCount + 1);
        QVERIFY(merges.first().contains(QLatin1Char(' ')));
        QCOMPARE(t.tokenizer->decode(t.tokenizer->encode("the cat sat")), std::string("the cat sat"));
    }

    void trainsAModelThatLoads()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("train.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kCorpus.repeated(40).toUtf8());
        f.close();
        gpt::TrainOptions o;
        o.dataPath = corpus.toStdString();
        o.outDir = m_dir.filePath(QStringLiteral("trained")).toStdString();
        o.layers = 1;
        o.heads = 2;
        o.embedDim = 16;
        o.contextLength = 16;
        o.steps = 6;
        o.batchSize = 2;
        o.warmupSteps = 2;
        o.evalEvery = 3;
        o.evalBatches = 1;
        o.previewEvery = 3;
        o.sampleTokens = 10;
        o.checkpointEvery = 0;
        Job *job = m_service->train(o);
        QVERIFY(job->isPausable());
        int metrics = 0, samples = 0;
        connect(job, &Job::partialResult, this, [&](const genlab::engine::Partial &p) {
            metrics += genlab::engine::train::Metrics::decode(p) && !genlab::engine::train::Metrics::decode(p)->evaluation;
            samples += bool(genlab::engine::train::TextPreview::decode(p));
        });
        QVERIFY(waitFinished(job, 120000));
        QCOMPARE(job->state(), JobState::Succeeded);
        const gpt::TrainResult r = job->resultAs<gpt::TrainResult>();
        QCOMPARE(r.steps, 6);
        QVERIFY(std::isfinite(r.validationLoss));
        QVERIFY(metrics >= 6);
        QVERIFY(samples >= 1);
        QCOMPARE(load(QString::fromStdString(r.outDir))->state(), JobState::Succeeded);
        QCOMPARE(load(m_model)->state(), JobState::Succeeded);
    }

    void savedTextCarriesItsRecipe()
    {
        TextGenerationRequest r;
        r.prompt = QStringLiteral("the ");
        r.sampling.maxTokens = 10;
        r.sampling.seed = 1234567890123ull;
        const TextGeneration g = run(r);
        const QString path = m_dir.filePath(QStringLiteral("out.txt"));
        QString error;
        QVERIFY2(TextService::saveGeneration(path, r.prompt, g, m_service->model(), &error), qPrintable(error));
        QFile text(path);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(text.readAll()), r.prompt + g.text);
        QFile sidecar(path + QStringLiteral(".recipe.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        auto recipe = Recipe::fromJson(sidecar.readAll(), &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(recipe->lab, QStringLiteral("text"));
        QCOMPARE(recipe->action, QStringLiteral("generate"));
        QCOMPARE(recipe->seed, 1234567890123ull);
        QCOMPARE(recipe->modelHash, m_service->model().weightsSha256);
        QCOMPARE(recipe->parameters.value(QStringLiteral("max_tokens")).toInt(), 10);
        QCOMPARE(recipe->parameters.value(QStringLiteral("prompt_ids")).toArray().size(), qsizetype(g.promptIds.size()));
    }
};

QTEST_GUILESS_MAIN(TestTextService)
#include "tst_textservice.moc"
