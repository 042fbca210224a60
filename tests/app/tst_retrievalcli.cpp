// The Retrieval lab's commands as a user runs them: `genlab index` on a folder (summary with the
// skipped file and its reason), `genlab search --json` prints exactly {"query", "results":
// [{"source", "location", "text", "bm25", "dense", "fused"}]} best first with null for a retriever
// that did not rank the passage, `genlab ask` answers with [n] citing the passage the sentence
// comes from, an empty query and a bad --model get clear messages and exit code 2, `genlab ask --model
// lm-shakespeare-bpe` streams a generated answer and gives every sentence its support or
// "unsupported" (and says that model is no question answerer), and the demo step answers "why do
// GANs collapse?" from the help pages. While `genlab index` updates an index, a second `genlab
// index --out` on it fails at once naming the folder and the process holding it; Ctrl+C then
// cancels the first (exit 130, "the previous index generation ... is intact") and the index
// still searches as before.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace genlab::testing;

namespace {

// The generation folder index.json names.
QString committedGeneration(const QString &index)
{
    QFile f(index + QStringLiteral("/index.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("generation")).toString();
}

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

    void concurrentUpdateIsRefusedAndCtrlCCancels()
    {
        // A corpus that takes far longer to index than this test waits (about 25 MB of text).
        const QString big = m_tmp.filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(big));
        QByteArray page;
        for (int i = 0; page.size() < 40000; ++i)
            page += "Paragraph " + QByteArray::number(i) + " about generators, discriminators, noise schedules and passages. "
                    "Retrieval finds the passages first and the answer cites them.\n\n";
        for (int f = 0; f < 600; ++f)
            writeFile(big + QStringLiteral("/page%1.md").arg(f, 3, 10, QLatin1Char('0')), "# Page " + QByteArray::number(f) + "\n\n" + page);
        const QString before = committedGeneration(m_index);
        QVERIFY(!before.isEmpty());

        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        first.setProcessEnvironment(env);
        first.start(genlabBinary(), {QStringLiteral("index"), QStringLiteral("--docs"), big, QStringLiteral("--out"), m_index});
        QVERIFY(first.waitForStarted());
        // Its first progress line comes once the update holds the index's lock.
        QByteArray firstErr;
        while (!firstErr.contains("index: ") && first.state() == QProcess::Running) {
            first.waitForReadyRead(200);
            firstErr += first.readAllStandardError();
        }
        QVERIFY2(first.state() == QProcess::Running, firstErr.constData());

        const GenlabRun second = runGenlab({QStringLiteral("index"), QStringLiteral("--docs"), m_docs, QStringLiteral("--out"), m_index});
        QVERIFY2(second.code == 1, qPrintable(describe(second)));
        QVERIFY2(second.err.contains(QStringLiteral("another process (pid %1) is updating this index").arg(first.processId())),
                 qPrintable(second.err));
        QVERIFY2(second.err.contains(QDir(m_index).absolutePath()), qPrintable(second.err));
        QVERIFY2(first.state() == QProcess::Running, "the first update finished before Ctrl+C: make the corpus bigger");

        // Ctrl+C: cancelled at the next step, exit 130, the previous generation still the index.
        QCOMPARE(::kill(pid_t(first.processId()), SIGINT), 0);
        QVERIFY(first.waitForFinished(60000));
        firstErr += first.readAllStandardError();
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QVERIFY2(first.exitCode() == 130, firstErr.constData());
        QVERIFY2(firstErr.contains("genlab index: cancelled; the previous index generation in "), firstErr.constData());
        QVERIFY2(firstErr.contains("is intact (4 files"), firstErr.constData());
        QCOMPARE(committedGeneration(m_index), before);
        // The half-written generation is gone.
        QCOMPARE(QDir(m_index).entryList({QStringLiteral("gen-*")}, QDir::Dirs), QStringList{before});

        const GenlabRun search = runGenlab({QStringLiteral("search"), QStringLiteral("--index"), m_index, QStringLiteral("--json"),
                                            QStringLiteral("why do GANs collapse?")});
        QVERIFY2(search.code == 0, qPrintable(describe(search)));
        const QJsonArray results = search.json().value(QStringLiteral("results")).toArray();
        QVERIFY(!results.isEmpty());
        QVERIFY(results[0].toObject().value(QStringLiteral("source")).toString().endsWith(QStringLiteral("gan.md")));
    }
};

QTEST_GUILESS_MAIN(TestRetrievalCli)
#include "tst_retrievalcli.moc"
