// PDF text: poppler-cpp on a small PDF the test writes byte by byte (two pages, correct xref), a
// damaged PDF refused with a message, and the helper process: `genlab pdf-text --json` for real
// (skipped when the binary is not built; tst_pdftextcli checks its failures), and fake helpers that hang, crash, fail or print junk.
#include "engine/retrieval/ingest.h"
#include "engine/retrieval/pdftext.h"
#include "tinypdf.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace genlab::engine::retrieval;
using genlab::testing::tinyPdf;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const std::string &content, bool executable = false)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content.data(), qint64(content.size()));
    f.close();
    if (executable)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QString genlabBinary()
{
    return QStringLiteral(GENLAB_BINARY_DIR "/app/genlab");
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPagesInProcess()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("two.pdf"), tinyPdf({"Hello PDF world", "Second page here"}));
        const auto pages = pdfPagesInProcess(path.toStdString());
        QCOMPARE(pages.size(), std::size_t(2));
        QCOMPARE(pages[0], std::string("Hello PDF world"));
        QCOMPARE(pages[1], std::string("Second page here"));
        std::vector<std::int64_t> starts;
        const std::string text = pdfTextInProcess(path.toStdString(), &starts);
        QCOMPARE(text, std::string("Hello PDF world\n\f\nSecond page here"));
        QCOMPARE(starts, (std::vector<std::int64_t>{0, 18}));
    }

    void refusesDamagedPdf()
    {
        QTemporaryDir dir;
        std::string broken = tinyPdf({"text"});
        broken = "%PDF-1.4\n" + std::string(200, 'x') + broken.substr(broken.size() / 2, 40);
        const QString path = writeFile(dir, QStringLiteral("broken.pdf"), broken);
        const QString notPdf = writeFile(dir, QStringLiteral("text.pdf"), "just text, named .pdf\n");
        for (const QString &p : {path, notPdf, dir.filePath(QStringLiteral("missing.pdf"))}) {
            try {
                pdfPagesInProcess(p.toStdString());
                QFAIL("a damaged PDF was read");
            } catch (const std::runtime_error &e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains(p), e.what());
            }
        }
    }

    void jsonRoundTrip()
    {
        const std::vector<std::string> pages{"caf\xC3\xA9 \"quoted\"\n", "", "bad \xFF byte"};
        const auto back = pdfPagesFromJson(pdfPagesToJson(pages));
        QCOMPARE(back.size(), std::size_t(3));
        QCOMPARE(back[0], pages[0]);
        QCOMPARE(back[2], std::string("bad \xEF\xBF\xBD byte"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pdfPagesFromJson("not json"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pdfPagesFromJson("{\"pages\": [1, 2]}"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pdfPagesFromJson("[]"));
    }

    void readsThroughTheRealHelper()
    {
        if (!QFileInfo(genlabBinary()).isExecutable())
            QSKIP("build/app/genlab is not built");
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("two.pdf"), tinyPdf({"Hello PDF world", "Second page here"}));
        IngestLimits limits;
        limits.helperExecutable = genlabBinary().toStdString();
        // The default memory limit must leave the whole genlab binary room to start and parse.
        const Document doc = readDocument(SourceFile{path.toStdString(), 0, 0, "pdf"}, limits);
        QCOMPARE(doc.format, std::string("pdf"));
        QCOMPARE(doc.text, std::string("Hello PDF world\n\f\nSecond page here"));
        QCOMPARE(doc.pageStarts, (std::vector<std::int64_t>{0, 18}));
    }

    void helperFaultsBecomeMessages()
    {
        QTemporaryDir dir;
        const QString pdf = writeFile(dir, QStringLiteral("doc.pdf"), tinyPdf({"x"}));
        IngestLimits limits;
        limits.pdfTimeoutMs = 400;
        struct Case
        {
            const char *name;
            const char *script;
            const char *says;
        };
        const Case cases[] = {
            // The sleeping grandchild keeps the pipe open: the whole process group must be killed.
            {"hangs", "#!/bin/sh\nsleep 60 &\nsleep 60\n", "did not finish within 400 ms"},
            {"crashes", "#!/bin/sh\nkill -SEGV $$\n", "crashed"},
            {"fails", "#!/bin/sh\necho 'some noise' >&2\necho 'cannot parse: bad xref' >&2\nexit 3\n",
             "exit 3): cannot parse: bad xref"},
            {"junk", "#!/bin/sh\necho 'not json'\n", "not a JSON object"},
            {"args", "#!/bin/sh\n[ \"$1\" = pdf-text ] && [ \"$2\" = --json ] && printf '{\"pages\":[\"%s\"]}' \"$3\"\n", ""},
        };
        for (const Case &c : cases) {
            limits.helperExecutable =
                writeFile(dir, QString::fromLatin1(c.name) + QStringLiteral(".sh"), c.script, true).toStdString();
            if (!*c.says) {
                // The helper gets `pdf-text --json PATH`.
                QCOMPARE(readPdfViaHelper(pdf.toStdString(), limits).text, pdf.toStdString());
                continue;
            }
            try {
                readPdfViaHelper(pdf.toStdString(), limits);
                QFAIL(c.name);
            } catch (const IngestError &e) {
                const QString message = QString::fromUtf8(e.what());
                QVERIFY2(message.startsWith(pdf) && message.contains(QString::fromLatin1(c.says)), e.what());
            }
        }
        limits.helperExecutable = dir.filePath(QStringLiteral("no-such-helper")).toStdString();
        QVERIFY_THROWS_EXCEPTION(IngestError, readPdfViaHelper(pdf.toStdString(), limits));
    }
};

QTEST_APPLESS_MAIN(TestPdfText)
#include "tst_pdftext.moc"
