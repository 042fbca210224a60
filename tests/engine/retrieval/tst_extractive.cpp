// The extractive answer over a small index: the sentence that answers the question comes first and
// cites the passage it came from (its number in the hit list, chunk, file, byte range that holds
// exactly that sentence, line); Markdown headings and word-less sentences are not offered; a
// sentence repeated by overlapping chunks appears once; a question in the text is not offered but
// the sentence after it is; links show as their text; no hits or no shared word gives a notice.
#include "engine/retrieval/extractive.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>

using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const char *kGan = "# GANs and their instability\n\n"
                   "A generator and a discriminator are trained against each other.\n\n"
                   "## Why GANs collapse\n\n"
                   "GANs collapse when the generator finds a few outputs that fool the discriminator and keeps producing only those. "
                   "This is called mode collapse. Feature matching and minibatch discrimination make it rarer.\n";
const char *kDiffusion = "# Diffusion\n\n"
                         "Diffusion models never collapse in this way because they are trained with a plain regression loss on the noise. "
                         "Sampling takes many steps.\n";
const char *kFaq = "# Questions\n\nSo why do diffusion models train stably? Because their loss is a plain regression on the noise. "
                   "See [the GAN page](gans.md) for models that train less stably.\n";
const char *kCooking = "# Bread\n\nFlour, water, salt and yeast. Knead for ten minutes and let the dough rise.\n";

} // namespace

class TestExtractive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    fs::path m_docs;
    std::unique_ptr<RetrievalIndex> m_index;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_docs = fs::path(m_tmp.path().toStdString()) / "docs";
        fs::create_directories(m_docs);
        writeText(m_docs / "gan.md", kGan);
        writeText(m_docs / "diffusion.md", kDiffusion);
        writeText(m_docs / "bread.md", kCooking);
        writeText(m_docs / "faq.md", kFaq);
        m_index = std::make_unique<RetrievalIndex>(RetrievalIndex::create((fs::path(m_tmp.path().toStdString()) / "index").string()));
        IndexOptions o;
        o.chunking = ChunkingSpec::parse("headings");
        o.lsaDimension = 8;
        m_index->update({m_docs.string()}, o);
        QVERIFY(m_index->chunkCount() >= 4);
    }

    void answersWithTheRightCitation()
    {
        const std::string question = "why do GANs collapse?";
        SearchOptions o;
        o.retriever = Retriever::Bm25;
        o.topK = 3;
        const auto hits = m_index->search(question, o);
        QVERIFY(hits.size() >= 2);
        const ExtractiveAnswer a = answerExtractively(*m_index, question, hits, 2);
        QVERIFY2(a.notice.empty(), a.notice.c_str());
        QCOMPARE(int(a.sentences.size()), 2);
        const AnswerSentence &best = a.sentences.front();
        QVERIFY2(best.text.rfind("GANs collapse when the generator", 0) == 0, best.text.c_str());
        const Citation &c = best.citation;
        QVERIFY(c.passage >= 1 && c.passage <= int(hits.size()));
        QCOMPARE(c.chunk, hits[std::size_t(c.passage - 1)].chunk);
        QCOMPARE(QString::fromStdString(fs::path(c.source).filename().string()), QStringLiteral("gan.md"));
        // The byte range holds exactly the sentence in the file as read, and the line is right.
        const std::string file = readText(m_docs / "gan.md");
        QCOMPARE(QString::fromStdString(file.substr(std::size_t(c.begin), std::size_t(c.end - c.begin))), QString::fromStdString(best.text));
        QCOMPARE(c.line, 7);
        QCOMPARE(QString::fromStdString(c.heading), QStringLiteral("Why GANs collapse"));
        // The answer text cites each sentence, best first.
        QVERIFY(a.text.find(best.text + " [" + std::to_string(c.passage) + "]") == 0);
        QVERIFY(best.score >= a.sentences[1].score);
        // No heading line is offered as a sentence.
        for (const auto &s : a.sentences)
            QVERIFY2(s.text.find('#') == std::string::npos, s.text.c_str());
    }

    void theSentenceAfterAMatchingQuestionAnswersIt()
    {
        const std::string question = "why do diffusion models train stably";
        SearchOptions o;
        o.retriever = Retriever::Bm25;
        o.topK = 3;
        const ExtractiveAnswer a = answerExtractively(*m_index, question, m_index->search(question, o), 3);
        QVERIFY(!a.sentences.empty());
        QCOMPARE(QString::fromStdString(a.sentences.front().text), QStringLiteral("Because their loss is a plain regression on the noise."));
        for (const auto &s : a.sentences) {
            QVERIFY2(s.text.back() != '?', s.text.c_str());
            // Links show as their text.
            QVERIFY2(s.text.find("](") == std::string::npos, s.text.c_str());
        }
        bool link = false;
        for (const auto &s : a.sentences)
            link |= s.text == "See the GAN page for models that train less stably.";
        QVERIFY(link);
    }

    void aSentenceRepeatedByOverlapAppearsOnce()
    {
        const std::string question = "why do GANs collapse?";
        SearchOptions o;
        o.retriever = Retriever::Bm25;
        o.topK = 1;
        auto hits = m_index->search(question, o);
        QCOMPARE(int(hits.size()), 1);
        hits.push_back(hits.front()); // the same passage twice, as overlapping chunks would give it
        const ExtractiveAnswer a = answerExtractively(*m_index, question, hits, 10);
        std::set<std::string> texts;
        for (const auto &s : a.sentences)
            QVERIFY2(texts.insert(s.text).second, s.text.c_str());
    }

    void noticesInsteadOfAnswers()
    {
        QVERIFY(!answerExtractively(*m_index, "why do GANs collapse?", {}).notice.empty());
        QVERIFY(!answerExtractively(*m_index, "?!", {}).notice.empty());
        // The bread passage shares no word with the question.
        ChunkId bread = -1;
        for (ChunkId id = 0; id < m_index->chunkCount(); ++id)
            if (m_index->documentOf(id).path.find("bread.md") != std::string::npos && m_index->chunk(id).text.find("yeast") != std::string::npos)
                bread = id;
        QVERIFY(bread >= 0);
        SearchHit hit;
        hit.chunk = bread;
        const ExtractiveAnswer a = answerExtractively(*m_index, "why do GANs collapse?", {hit});
        QVERIFY(a.sentences.empty());
        QVERIFY(!a.notice.empty());
    }
};

QTEST_APPLESS_MAIN(TestExtractive)
#include "tst_extractive.moc"
