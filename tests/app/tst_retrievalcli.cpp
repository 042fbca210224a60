// The Retrieval lab's commands as a user runs them: `genlab index` on a folder (summary with the
// skipped file and its reason), `genlab search --json` prints exactly {"query", "results":
// [{"source", "location", "text", "bm25", "dense", "fused"}]} best first with null for a retriever
// that did not rank the passage, `genlab ask` answers with [n] citing the passage the sentence
// comes from, an empty query and a bad --model get clear messages and exit code 2, `genlab ask --model
// lm-shakespeare-bpe` streams a generated answer and gives every sentence its support or
// "unsupported" (and says that model is no question answerer), and the demo step answers "why do
// GANs collapse?" from the help pages.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlab::testing;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

} // namespace

class TestRetrievalCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_docs;
    QString m_index;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_docs = m_tmp.filePath(QStringLiteral("docs"));
        m_index = m_tmp.filePath(QStringLiteral("index"));
        QVERIFY(QDir().mkpath(m_docs));
        writeFile(m_docs + QStringLiteral("/gan.md"),
                  "# Adversarial training\n\nA generator and a discriminator are trained against each other.\n\n## Mode collapse\n\n"
                  "GANs collapse when the generator keeps producing the few outputs that fool the discriminator. This is mode collapse.\n");
        writeFile(m_docs + QStringLiteral("/vae.md"),
                  "# VAEs\n\nThe KL divergence pulls the encoder's posterior towards the prior. The decoder reconstructs the input.\n");
        writeFile(m_docs + QStringLiteral("/notes.txt"), "Diffusion adds noise step by step and learns to remove it again.\n");
        writeFile(m_docs + QStringLiteral("/page.html"),
                  "<html><body><h1>Attention</h1><p>Self-attention weighs every token against every other token.</p></body></html>");
        writeFile(m_docs + QStringLiteral("/image.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(100, '\0'));
    }

    // Each genlab start costs about 2 s here (loading LibTorch), so the cases share runs: seven in all.
    void indexPrintsASummary()
    {
        const GenlabRun r = runGenlab({QStringLiteral("index"), QStringLiteral("--docs"), m_docs, QStringLiteral("--out"), m_index,
                                       QStringLiteral("--chunking"), QStringLiteral("headings")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("files:     4 indexed (4 added")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("skipped:   1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("image.txt: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("chunking headings")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("index:")), qPrintable(r.err)); // progress goes to stderr
    }

    void searchJsonHasExactlyTheDocumentedShape()
    {
        const GenlabRun r = runGenlab({QStringLiteral("search"), QStringLiteral("--index"), m_index, QStringLiteral("--json"),
                                       QStringLiteral("--top-k"), QStringLiteral("4"), QStringLiteral("why do GANs collapse?")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith(QStringLiteral("{\"query\": \"why do GANs collapse?\", \"results\": [{\"source\": ")), qPrintable(r.out));
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("query"), QStringLiteral("results")}));
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty() && results.size() <= 4);
        const QStringList keys{QStringLiteral("bm25"),  QStringLiteral("dense"), QStringLiteral("fused"),
                               QStringLiteral("location"), QStringLiteral("source"), QStringLiteral("text")};
        int bm25Nulls = 0;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject hit = results[i].toObject();
            QCOMPARE(hit.keys(), keys);
            const QJsonObject fused = hit.value(QStringLiteral("fused")).toObject();
            QCOMPARE(fused.keys(), (QStringList{QStringLiteral("rank"), QStringLiteral("score")}));
            QCOMPARE(fused.value(QStringLiteral("rank")).toInt(), i + 1);
            const QJsonValue dense = hit.value(QStringLiteral("dense"));
            QVERIFY(dense.isNull() || dense.toObject().keys() == (QStringList{QStringLiteral("cosine"), QStringLiteral("rank")}));
            const QJsonValue bm25 = hit.value(QStringLiteral("bm25"));
            QVERIFY(bm25.isNull() || bm25.toObject().keys() == (QStringList{QStringLiteral("rank"), QStringLiteral("score")}));
            bm25Nulls += bm25.isNull();
            const QJsonObject location = hit.value(QStringLiteral("location")).toObject();
            for (const char *field : {"line", "begin", "end", "page", "heading"})
                QVERIFY2(location.contains(QLatin1String(field)), field);
        }
        const QJsonObject best = results[0].toObject();
        QVERIFY(best.value(QStringLiteral("source")).toString().endsWith(QStringLiteral("gan.md")));
        QVERIFY(best.value(QStringLiteral("text")).toString().contains(QStringLiteral("mode collapse")));
        QCOMPARE(best.value(QStringLiteral("bm25")).toObject().value(QStringLiteral("rank")).toInt(), 1);
        const QJsonObject location = best.value(QStringLiteral("location")).toObject();
        QCOMPARE(location.value(QStringLiteral("heading")).toString(), QStringLiteral("Mode collapse"));
        QCOMPARE(location.value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(location.value(QStringLiteral("page")).isNull());
        // Only one passage holds a word of the query: the others were not ranked by BM25.
        if (results.size() > 1)
            QCOMPARE(bm25Nulls, results.size() - 1);
    }

    void askAnswersWithCitations()
    {
        const GenlabRun r = runGenlab({QStringLiteral("ask"), QStringLiteral("--index"), m_index, QStringLiteral("why do GANs collapse?")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QRegularExpression cited(QStringLiteral("GANs collapse when the generator keeps producing the few outputs that fool the "
                                                      "discriminator\\. \\[(\\d+)\\]"));
        const QRegularExpressionMatch m = cited.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        // The cited passage is the one the sentence comes from.
        const QString passage = QStringLiteral("  [%1] ").arg(m.captured(1));
        const int at = r.out.indexOf(passage, r.out.indexOf(QStringLiteral("passages:")));
        QVERIFY2(at > 0, qPrintable(r.out));
        QVERIFY2(r.out.mid(at, r.out.indexOf(QLatin1Char('\n'), at) - at).contains(QStringLiteral("gan.md:5 [Mode collapse]")), qPrintable(r.out));
    }

    void badInputGetsClearMessages()
    {
        GenlabRun r = runGenlab({QStringLiteral("search"), QStringLiteral("--index"), m_index, QStringLiteral("  ")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the query is empty")), qPrintable(r.err));
        r = runGenlab({QStringLiteral("ask"), QStringLiteral("--index"), m_index, QStringLiteral("--model"),
                       m_tmp.filePath(QStringLiteral("no-such-model")), QStringLiteral("why?")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--model must be a GPT-2-family model folder or lm-shakespeare-bpe")), qPrintable(r.err));
    }

    void askWithTheShippedModelGenerates()
    {
        const GenlabRun r = runGenlab({QStringLiteral("ask"), QStringLiteral("--index"), m_index, QStringLiteral("--model"),
                                       QStringLiteral("lm-shakespeare-bpe"), QStringLiteral("--max-tokens"), QStringLiteral("24"),
                                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("why do GANs collapse?")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("is no question answerer")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("answer (generated by lm-shakespeare-bpe, seed 3):")), qPrintable(r.out));
        const int sentences = r.out.indexOf(QStringLiteral("sentences (support:"));
        QVERIFY2(sentences > 0, qPrintable(r.out));
        // Every sentence is followed by its support ("[2] gan.md:5 ...") or "unsupported".
        const QStringList lines = r.out.mid(sentences).split(QLatin1Char('\n'));
        int numbered = 0;
        for (int i = 1; i < lines.size() && !lines[i].startsWith(QStringLiteral("passages")); ++i) {
            if (!QRegularExpression(QStringLiteral("^  \\d+\\. ")).match(lines[i]).hasMatch())
                continue;
            ++numbered;
            QVERIFY2(i + 1 < lines.size(), qPrintable(r.out));
            QVERIFY2(QRegularExpression(QStringLiteral("^     (unsupported|\\[\\d+\\].* \\S+:\\d+)")).match(lines[i + 1]).hasMatch(),
                     qPrintable(r.out));
        }
        QVERIFY2(numbered > 0 || r.out.contains(QStringLiteral("  (none)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("passages (")), qPrintable(r.out));
    }

    void demoStepAnswersFromTheHelpPages()
    {
        const QString out = m_tmp.filePath(QStringLiteral("demo"));
        const GenlabRun r = runGenlab({QStringLiteral("demo"), QStringLiteral("--only"), QStringLiteral("retrieval"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile answer(out + QStringLiteral("/retrieval-answer.txt"));
        QVERIFY(answer.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(answer.readAll());
        if (QDir(QStringLiteral(GENLAB_SOURCE_DIR "/resources/help")).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty()) {
            QVERIFY2(text.contains(QStringLiteral("no help pages found")), qPrintable(text));
        } else {
            QVERIFY2(text.startsWith(QStringLiteral("question: why do GANs collapse?")), qPrintable(text));
            QVERIFY(QFileInfo::exists(out + QStringLiteral("/retrieval-search.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetrievalCli)
#include "tst_retrievalcli.moc"
