// Ingest: decoding (UTF-8, BOMs, UTF-16 with and without BOM, Latin-1/Windows-1252, broken
// sequences counted), binary files refused whatever their name, listing a folder tree (sorted,
// deduplicated, hidden folders left out, named problems reported), HTML through gumbo, the size
// limit and the content hash.
#include "engine/retrieval/htmltext.h"
#include "engine/retrieval/ingest.h"
#include "engine/retrieval/textdecode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <string>

using namespace genlab::engine::retrieval;

namespace {

std::string bytes(std::initializer_list<int> list)
{
    std::string s;
    for (int b : list)
        s.push_back(char(b));
    return s;
}

std::string utf16(const std::u16string &text, bool bigEndian, bool bom)
{
    std::string s;
    auto put = [&](char16_t u) {
        if (bigEndian) {
            s.push_back(char(u >> 8));
            s.push_back(char(u & 0xFF));
        } else {
            s.push_back(char(u & 0xFF));
            s.push_back(char(u >> 8));
        }
    };
    if (bom)
        put(0xFEFF);
    for (char16_t u : text)
        put(u);
    return s;
}

void writeFile(const QString &path, const std::string &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content.data(), qint64(content.size()));
}

std::vector<std::string> pathsOf(const SourceListing &l, const QString &root)
{
    std::vector<std::string> out;
    for (const auto &f : l.files)
        out.push_back(QDir(root).relativeFilePath(QString::fromStdString(f.path)).toStdString());
    return out;
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesUtf8AsIs()
    {
        const DecodedText d = decodeText("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\r\nnext\rline");
        QCOMPARE(d.encoding, std::string("utf-8"));
        QCOMPARE(d.utf8, std::string("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\nnext\nline"));
        QCOMPARE(d.replacedBytes, std::int64_t(0));
    }

    void dropsTheUtf8Bom()
    {
        const DecodedText d = decodeText("\xEF\xBB\xBFhello");
        QCOMPARE(d.encoding, std::string("utf-8"));
        QCOMPARE(d.utf8, std::string("hello"));
    }

    void countsBrokenUtf8()
    {
        // Mostly good UTF-8 with one stray continuation byte and one truncated sequence: stays
        // UTF-8, two bytes replaced.
        std::string s;
        for (int i = 0; i < 10; ++i)
            s += "\xC3\xA9t\xC3\xA9 ";
        s += "\x80 end \xE2\x82";
        const DecodedText d = decodeText(s);
        QCOMPARE(d.encoding, std::string("utf-8"));
        QCOMPARE(d.replacedBytes, std::int64_t(3)); // 0x80, then 0xE2 and 0x82 each
        QVERIFY(d.utf8.find("\xEF\xBF\xBD end ") != std::string::npos);
        // Overlong and surrogate encodings are not valid UTF-8 either.
        QCOMPARE(decodeText(std::string(20, 'a') + "\xC0\xAF" + "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9")
                     .replacedBytes,
                 std::int64_t(2));
        std::string surrogate;
        for (int i = 0; i < 20; ++i)
            surrogate += "\xC3\xA9";
        QCOMPARE(decodeText(surrogate + "\xED\xA0\x80").replacedBytes, std::int64_t(3));
    }

    void decodesUtf16WithBom()
    {
        const std::u16string text = u"H\u00e9llo \u20ac\r\nw\U0001F600rld";
        for (bool be : {false, true}) {
            const DecodedText d = decodeText(utf16(text, be, true));
            QCOMPARE(d.encoding, std::string(be ? "utf-16be" : "utf-16le"));
            QCOMPARE(d.utf8, std::string("H\xC3\xA9llo \xE2\x82\xAC\nw\xF0\x9F\x98\x80rld"));
            QCOMPARE(d.replacedBytes, std::int64_t(0));
        }
    }

    void decodesUtf16WithoutBom()
    {
        const std::u16string text = u"Plain ASCII text saved as UTF-16 by an old editor.\r\n";
        for (bool be : {false, true}) {
            const DecodedText d = decodeText(utf16(text, be, false));
            QCOMPARE(d.encoding, std::string(be ? "utf-16be" : "utf-16le"));
            QCOMPARE(d.utf8, std::string("Plain ASCII text saved as UTF-16 by an old editor.\n"));
        }
    }

    void countsBrokenUtf16()
    {
        // A lone low surrogate and an odd trailing byte.
        std::string s = utf16(u"ab", false, true) + bytes({0x00, 0xDC}) + utf16(u"cd", false, false) + "x";
        const DecodedText d = decodeText(s);
        QCOMPARE(d.encoding, std::string("utf-16le"));
        QCOMPARE(d.utf8, std::string("ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD"));
        QCOMPARE(d.replacedBytes, std::int64_t(3));
    }

    void fallsBackToLatin1()
    {
        // "café crème" in Latin-1 plus Windows-1252's euro sign and curly quotes; 0x81 is a hole.
        const std::string s = "caf" + bytes({0xE9}) + " cr" + bytes({0xE8}) + "me " + bytes({0x80, 0x93, 0x94, 0x81});
        const DecodedText d = decodeText(s);
        QCOMPARE(d.encoding, std::string("latin-1"));
        QCOMPARE(d.utf8, std::string("caf\xC3\xA9 cr\xC3\xA8me \xE2\x82\xAC\xE2\x80\x9C\xE2\x80\x9D\xEF\xBF\xBD"));
        QCOMPARE(d.replacedBytes, std::int64_t(1));
    }

    void refusesBinaryWhateverItsName()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("image.txt"));
        writeFile(png, bytes({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}) + std::string(200, '\x01'));
        const QString controls = dir.filePath(QStringLiteral("controls.md"));
        writeFile(controls, std::string(100, '\x02') + "some text");
        const IngestLimits limits;
        for (const QString &path : {png, controls}) {
            try {
                readDocument(SourceFile{path.toStdString(), 0, 0, "text"}, limits);
                QFAIL("a binary file was read as text");
            } catch (const IngestError &e) {
                const QString message = QString::fromUtf8(e.what());
                QVERIFY2(message.contains(QStringLiteral("binary")), qPrintable(message));
                QVERIFY2(message.contains(path), qPrintable(message));
            }
        }
        // UTF-16 is full of NUL bytes and is still text.
        const QString u16 = dir.filePath(QStringLiteral("u16.txt"));
        writeFile(u16, utf16(u"Text in UTF-16.\n", false, true));
        const Document doc = readDocument(SourceFile{u16.toStdString(), 0, 0, "text"}, limits);
        QCOMPARE(doc.text, std::string("Text in UTF-16.\n"));
        QCOMPARE(doc.encoding, std::string("utf-16le"));
    }

    void readsTextWithItsEncoding()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "na" + bytes({0xEF}) + "ve\r\n");
        const Document doc = readDocument(SourceFile{path.toStdString(), 0, 0, "text"}, IngestLimits{});
        QCOMPARE(doc.path, path.toStdString());
        QCOMPARE(doc.format, std::string("text"));
        QCOMPARE(doc.encoding, std::string("latin-1"));
        QCOMPARE(doc.text, std::string("na\xC3\xAFve\n"));
    }

    void refusesTooBigAndMissing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        writeFile(path, std::string(5000, 'a'));
        IngestLimits limits;
        limits.maxFileBytes = 4096;
        try {
            readDocument(SourceFile{path.toStdString(), 0, 0, "text"}, limits);
            QFAIL("a file over the limit was read");
        } catch (const IngestError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("too big")), e.what());
        }
        const std::string missing = dir.filePath(QStringLiteral("gone.txt")).toStdString();
        QVERIFY_THROWS_EXCEPTION(IngestError, readDocument(SourceFile{missing, 0, 0, "text"}, limits));
        QVERIFY_THROWS_EXCEPTION(IngestError, fileContentHash(missing));
    }

    void pdfWithoutHelperIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paper.pdf"));
        writeFile(path, "%PDF-1.4\n");
        try {
            readDocument(SourceFile{path.toStdString(), 0, 0, "pdf"}, IngestLimits{});
            QFAIL("a PDF was read without a helper");
        } catch (const IngestError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("not available")), e.what());
            QCOMPARE(e.path(), path.toStdString());
        }
    }

    void listsAFolderTree()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + QStringLiteral("/b.md"), "# B\n");
        writeFile(root + QStringLiteral("/a.TXT"), "a\n");
        writeFile(root + QStringLiteral("/sub/c.html"), "<p>c</p>");
        writeFile(root + QStringLiteral("/sub/deeper/d.Markdown"), "d");
        writeFile(root + QStringLiteral("/sub/e.pdf"), "%PDF");
        writeFile(root + QStringLiteral("/sub/f.htm"), "f");
        writeFile(root + QStringLiteral("/sub/g.text"), "g");
        writeFile(root + QStringLiteral("/sub/image.png"), "png");      // other types: ignored silently
        writeFile(root + QStringLiteral("/.git/HEAD.txt"), "hidden");  // hidden folders are not entered
        writeFile(root + QStringLiteral("/sub/.cache/x.md"), "hidden");
        writeFile(root + QStringLiteral("/notes.docx"), "docx");

        // The folder, one of its files again (deduplicated), a missing path, a file of another type.
        const SourceListing l = listSources({root.toStdString(), (root + QStringLiteral("/sub/../b.md")).toStdString(),
                                             (root + QStringLiteral("/missing")).toStdString(),
                                             (root + QStringLiteral("/notes.docx")).toStdString()});
        const std::vector<std::string> expected{"a.TXT", "b.md", "sub/c.html", "sub/deeper/d.Markdown", "sub/e.pdf",
                                                "sub/f.htm", "sub/g.text"};
        QCOMPARE(pathsOf(l, root), expected);
        QCOMPARE(l.files[0].format, std::string("text"));
        QCOMPARE(l.files[1].format, std::string("markdown"));
        QCOMPARE(l.files[2].format, std::string("html"));
        QCOMPARE(l.files[4].format, std::string("pdf"));
        QCOMPARE(l.files[1].size, std::int64_t(4));
        QVERIFY(l.files[1].mtimeNs > 0);
        QCOMPARE(l.skipped.size(), std::size_t(2));
        QVERIFY(QString::fromStdString(l.skipped[0].path).endsWith(QStringLiteral("missing")));
        QVERIFY(l.skipped[0].reason.find("does not exist") != std::string::npos);
        QVERIFY(QString::fromStdString(l.skipped[1].path).endsWith(QStringLiteral("notes.docx")));
        QVERIFY2(l.skipped[1].reason.find(".docx") != std::string::npos, l.skipped[1].reason.c_str());
    }

    void htmlTextThroughTheParser()
    {
        const std::string html = R"(<!DOCTYPE html>
<html><head><title>  The   Page </title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<h1>Main &amp; only</h1>
<p>First   paragraph with <b>bold</b>
and a line break.<br>After the break &lt;tag&gt; &eacute;t&eacute; &#8364;5.</p>
<h2>Section <em>two</em><a class="headerlink" href="#two" title="Permalink">¶</a></h2>
<ul><li>one</li><li>two</li></ul>
<pre>  indented
    code</pre>
<table><tr><td>a</td><td>b</td></tr></table>
<h3></h3>
<div>unclosed <p>tags
</body></html>)";
        const HtmlText t = htmlToText(html);
        QCOMPARE(t.title, std::string("The Page"));
        const std::string expected = "# Main & only\n\n"
                                     "First paragraph with bold and a line break.\n"
                                     "After the break <tag> \xC3\xA9t\xC3\xA9 \xE2\x82\xAC" "5.\n\n"
                                     "## Section two\n\n"
                                     "one\ntwo\n\n"
                                     "  indented\n    code\n\n"
                                     "a b\n\n"
                                     "unclosed\n\ntags";
        QCOMPARE(t.text, expected);
    }

    void htmlDocumentKeepsItsTitle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.HTML"));
        writeFile(path, "<html><head><title>Guide</title></head><body><p>Body text.</p></body></html>");
        const Document doc = readDocument(SourceFile{path.toStdString(), 0, 0, "html"}, IngestLimits{});
        QCOMPARE(doc.format, std::string("html"));
        QCOMPARE(doc.text, std::string("# Guide\n\nBody text."));
    }

    void deepNestingIsRefusedBeforeParsing()
    {
        // gumbo's time grows with depth x tags; a hostile file is refused at once instead.
        std::string deep;
        for (int i = 0; i < 20000; ++i)
            deep += "<span>";
        deep += "deep";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, htmlToText(deep));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.html"));
        writeFile(path, deep);
        try {
            readDocument(SourceFile{path.toStdString(), 0, 0, "html"}, IngestLimits{});
            QFAIL("20,000 nested elements were parsed");
        } catch (const IngestError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("nested")), e.what());
        }
        // Nesting within the limit is read, and unclosed <p>/<li> or tags in comments and scripts
        // do not count as depth.
        std::string fine;
        for (int i = 0; i < 300; ++i)
            fine += "<div>";
        for (int i = 0; i < 3000; ++i)
            fine += "<p>para <li>item <br> <img src=x>";
        fine += "<!-- <div><div><div> --><script>" + std::string(600, 'x') + "</script>";
        for (int i = 0; i < 600; ++i)
            fine += "<b></b>";
        const std::string text = htmlToText(fine).text;
        QVERIFY2(text.rfind("para\n\nitem", 0) == 0, text.substr(0, 40).c_str());
    }

    void hashesContent()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.txt")), b = dir.filePath(QStringLiteral("b.txt"));
        writeFile(a, "");
        QCOMPARE(fileContentHash(a.toStdString()), std::string("cbf29ce484222325")); // FNV-1a 64 of nothing
        writeFile(a, "a");
        QCOMPARE(fileContentHash(a.toStdString()), std::string("af63dc4c8601ec8c"));
        writeFile(b, "b");
        QVERIFY(fileContentHash(a.toStdString()) != fileContentHash(b.toStdString()));
    }
};

QTEST_APPLESS_MAIN(TestIngest)
#include "tst_ingest.moc"
