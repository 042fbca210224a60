// The generative answer with a tiny random GPT model (a character tokenizer) over an index of three
// small documents: the same passages and seed give the same answer, another seed another one; the
// prompt fits the token budget (worst passages dropped first, then the last kept cut); every
// sentence gets a support span or an unsupported mark; dropping a passage changes the prompt;
// citations the model writes are parsed and kept, missing ones added from the support.
#include "engine/gpt/gptmodel.h"
#include "engine/retrieval/generativeanswer.h"
#include "engine/text/chartokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace genlab::engine;
using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

const char *kGan = "# GANs\n\nGANs collapse when the generator keeps producing the few outputs that fool the discriminator. "
                   "This is called mode collapse.\n";
const char *kDiffusion = "# Diffusion\n\nDiffusion models train stably because their loss is a plain regression on the noise.\n";
const char *kBread = "# Bread\n\nKnead the dough for ten minutes and let it rise in a warm place.\n";

} // namespace

class TestGenerativeAnswer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<RetrievalIndex> m_index;
    std::unique_ptr<gpt::GptModel> m_model;
    std::vector<SearchHit> m_hits;
    const std::string m_question = "why do GANs collapse?";

    GenerativeOptions options(std::uint64_t seed) const
    {
        GenerativeOptions o;
        o.sampling.maxTokens = 40;
        o.sampling.seed = seed;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const fs::path docs = fs::path(m_tmp.path().toStdString()) / "docs";
        fs::create_directories(docs);
        writeText(docs / "gans.md", kGan);
        writeText(docs / "diffusion.md", kDiffusion);
        writeText(docs / "bread.md", kBread);
        m_index = std::make_unique<RetrievalIndex>(RetrievalIndex::create((fs::path(m_tmp.path().toStdString()) / "index").string()));
        IndexOptions o;
        o.chunking = ChunkingSpec::parse("headings");
        o.lsaDimension = 4;
        m_index->update({docs.string()}, o);
        SearchOptions s;
        s.retriever = Retriever::Bm25;
        s.topK = 3;
        m_hits = m_index->search(m_question, s);
        QVERIFY(!m_hits.empty());
        // Only gans.md matches; the others follow as weaker passages, as a dense retriever would add them.
        for (ChunkId id = 0; id < m_index->chunkCount(); ++id)
            if (std::none_of(m_hits.begin(), m_hits.end(), [id](const SearchHit &h) { return h.chunk == id; }))
                m_hits.push_back(SearchHit{id, {}, {}, {}});
        QCOMPARE(m_hits.size(), std::size_t(3));

        auto tokenizer = std::make_shared<text::CharTokenizer>(
            text::CharTokenizer::fromText("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,?!:()[]#\n"));
        gpt::GptConfig c{tokenizer->vocabSize(), 1024, 1, 2, 16};
        m_model = std::make_unique<gpt::GptModel>(gpt::GptModel::createRandom(c, 11));
        m_model->setTokenizer(tokenizer);
    }

    void promptNumbersThePassages()
    {
        const std::string prompt = assembleAnswerPrompt("why?", {{"a.md, line 3", " first \n"}, {"b.md, page 2, line 1", "second"}});
        QCOMPARE(QString::fromStdString(prompt),
                 QStringLiteral("Answer the question using only the passages below. Cite each passage you use as [n].\n\n"
                                "[1] (a.md, line 3)\nfirst\n\n[2] (b.md, page 2, line 1)\nsecond\n\nQuestion: why?\nAnswer:"));
        QCOMPARE(QString::fromStdString(describePassageLocation("x.pdf", 4, 9, "Intro")), QStringLiteral("x.pdf, page 4, line 9, “Intro”"));
    }

    void sameSeedSameAnswer()
    {
        std::vector<std::string> streamed;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto piece = gpt::GeneratedPiece::decode(p))
                streamed.push_back(piece->text);
        };
        const GenerativeAnswer a = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(5), ctx);
        const GenerativeAnswer b = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(5));
        const GenerativeAnswer c = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(6));
        QVERIFY(!a.text.empty());
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.prompt, b.prompt);
        QCOMPARE(a.seed, std::uint64_t(5));
        QVERIFY(a.text != c.text);
        std::string joined;
        for (const auto &s : streamed)
            joined += s;
        QCOMPARE(joined, a.text);
        QCOMPARE(a.passages.size(), m_hits.size());
        QCOMPARE(a.droppedPassages, 0);
    }

    void promptFitsTheBudget()
    {
        const std::string full = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(1)).prompt;
        const int fullTokens = int(m_model->tokenizer()->encode(full).size());
        // Room for about one and a half passages: the worst go first, then the last kept is cut.
        GenerativeOptions o = options(1);
        o.maxPromptTokens = fullTokens - 120;
        const GenerativeAnswer a = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QVERIFY(a.promptTokens <= o.maxPromptTokens);
        QCOMPARE(int(m_model->tokenizer()->encode(a.prompt).size()), a.promptTokens);
        QVERIFY(a.droppedPassages >= 1);
        QCOMPARE(a.passages.front(), m_hits.front().chunk);
        QVERIFY(!a.notices.empty());

        o.maxPromptTokens = 200;
        const GenerativeAnswer cut = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QVERIFY(cut.promptTokens <= 200);
        QCOMPARE(cut.passages.size(), std::size_t(1));
        QVERIFY(cut.passageCut);
        QVERIFY(cut.prompt.find("[1] (") != std::string::npos);
        QVERIFY(cut.prompt.find("Question: why do GANs collapse?") != std::string::npos);

        // Without a budget: the model's context less the tokens to generate.
        QCOMPARE(answerGeneratively(*m_index, m_question, m_hits, *m_model, options(1)).maxPromptTokens, 1024 - 40);
    }

    void droppingAPassageChangesThePrompt()
    {
        std::vector<SearchHit> fewer(m_hits.begin(), m_hits.end() - 1);
        const GenerativeAnswer all = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(3));
        const GenerativeAnswer less = answerGeneratively(*m_index, m_question, fewer, *m_model, options(3));
        QVERIFY(all.prompt != less.prompt);
        QVERIFY(less.prompt.find("[" + std::to_string(m_hits.size()) + "] (") == std::string::npos);
    }

    void anEditedPromptIsReadAsWritten()
    {
        GenerativeOptions o = options(3);
        const GenerativeAnswer assembled = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QVERIFY(!assembled.promptEdited);
        o.promptOverride = "[1] A generator that fools the discriminator collapses.\nQuestion: why?\nAnswer:";
        const GenerativeAnswer edited = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QCOMPARE(edited.prompt, o.promptOverride);
        QVERIFY(edited.promptEdited);
        QCOMPARE(edited.promptTokens, int(m_model->tokenizer()->encode(o.promptOverride).size()));
        // The seed is the same, the prompt is not: so is the answer.
        QVERIFY(edited.text != assembled.text);
        QCOMPARE(edited.passages.size(), m_hits.size());
        QVERIFY(std::any_of(edited.notices.begin(), edited.notices.end(), [](const std::string &n) { return n.find("edited") != std::string::npos; }));
        // Longer than the budget: read whole, from its tail, with a notice; nothing is cut.
        o.maxPromptTokens = 20;
        const GenerativeAnswer tail = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QCOMPARE(tail.prompt, o.promptOverride);
        QVERIFY(!tail.passageCut);
        QVERIFY(std::any_of(tail.notices.begin(), tail.notices.end(), [](const std::string &n) { return n.find("last tokens") != std::string::npos; }));
    }

    void everySentenceIsSupportedOrMarked()
    {
        for (std::uint64_t seed : {1, 2, 3}) {
            const GenerativeAnswer a = answerGeneratively(*m_index, m_question, m_hits, *m_model, options(seed));
            for (const GeneratedSentence &s : a.sentences) {
                QCOMPARE(a.text.substr(std::size_t(s.begin), std::size_t(s.end - s.begin)), s.text);
                QVERIFY(s.overlap >= 0 && s.overlap <= 1);
                if (s.supported) {
                    QVERIFY(s.support.passage >= 1);
                    QVERIFY(!s.citations.empty());
                } else {
                    QVERIFY(s.overlap < GenerativeOptions().supportThreshold);
                }
                if (s.support.passage > 0)
                    QVERIFY(s.support.end > s.support.begin);
            }
        }
    }

    void attentionSupportSharesSumToAtMostOne()
    {
        GenerativeOptions o = options(2);
        o.attentionSupport = true;
        const GenerativeAnswer a = answerGeneratively(*m_index, m_question, m_hits, *m_model, o);
        QVERIFY(!a.sentences.empty());
        int computed = 0;
        for (const GeneratedSentence &s : a.sentences) {
            if (s.attentionPassage == 0) // a sentence that starts inside a token has none of its own
                continue;
            ++computed;
            QCOMPARE(s.attentionShare.size(), a.passages.size());
            double total = 0;
            for (double v : s.attentionShare) {
                QVERIFY(v >= 0);
                total += v;
            }
            QVERIFY(total <= 1.0 + 1e-4);
            QVERIFY(s.attentionPassage >= 1 && s.attentionPassage <= int(a.passages.size()));
            QCOMPARE(s.attentionShare[std::size_t(s.attentionPassage - 1)],
                     *std::max_element(s.attentionShare.begin(), s.attentionShare.end()));
        }
        QVERIFY(computed > 0);
        // Off by default: nothing computed.
        for (const GeneratedSentence &s : answerGeneratively(*m_index, m_question, m_hits, *m_model, options(2)).sentences)
            QCOMPARE(s.attentionPassage, 0);
    }

    void supportFindsTheSpanAndKeepsCitations()
    {
        std::vector<ChunkId> passages;
        for (const SearchHit &h : m_hits)
            passages.push_back(h.chunk);
        int gans = 0;
        for (std::size_t i = 0; i < passages.size(); ++i)
            if (m_index->documentOf(passages[i]).path.find("gans.md") != std::string::npos)
                gans = int(i) + 1;
        QVERIFY(gans > 0);
        const std::string text = "This is called mode collapse. Purple elephants sing opera loudly! GANs collapse when the generator fools the discriminator [" +
                                 std::to_string(gans) + "] [9].\nKnead the dough.\nCollapse.";
        const auto sentences = supportSentences(*m_index, passages, text, 0.35);
        QCOMPARE(sentences.size(), std::size_t(5));

        const GeneratedSentence &copied = sentences[0];
        QCOMPARE(QString::fromStdString(copied.text), QStringLiteral("This is called mode collapse."));
        QVERIFY(copied.supported);
        QCOMPARE(copied.overlap, 1.0);
        QCOMPARE(copied.support.passage, gans);
        QVERIFY(copied.citationAdded);
        QCOMPARE(copied.citations, std::vector<int>{gans});
        const std::string doc(kGan);
        QCOMPARE(doc.substr(std::size_t(copied.support.begin), std::size_t(copied.support.end - copied.support.begin)),
                 std::string("This is called mode collapse."));
        QCOMPARE(copied.support.line, 3);

        const GeneratedSentence &invented = sentences[1];
        QVERIFY(!invented.supported);
        QVERIFY(invented.citations.empty());

        // The model's own citation is kept (one naming no passage of the prompt is not), none added.
        const GeneratedSentence &cited = sentences[2];
        QCOMPARE(cited.modelCitations, std::vector<int>{gans});
        QCOMPARE(cited.citations, std::vector<int>{gans});
        QVERIFY(!cited.citationAdded);
        QVERIFY(cited.supported);
        QCOMPARE(QString::fromStdString(sentences[3].text), QStringLiteral("Knead the dough."));
        // A single shared word is too little to call a sentence supported, even at full overlap.
        QCOMPARE(sentences[4].overlap, 1.0);
        QVERIFY(!sentences[4].supported);
        QVERIFY(sentences[4].citations.empty());
    }
};

QTEST_GUILESS_MAIN(TestGenerativeAnswer)
#include "tst_generativeanswer.moc"
