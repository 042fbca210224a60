// The Retrieval lab's `genlab pdf-text [--json] FILE`: a PDF's text through poppler. The studio runs
// it as a child process with memory, CPU and time limits (engine/retrieval/pdftext.h), so a PDF
// that crashes or exhausts the parser costs one skipped file, never the studio.
#include "cli/command.h"

#include "engine/retrieval/pdftext.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace genlab::cli {

namespace {

namespace retrieval = engine::retrieval;

// The text goes out as bytes: pages can be many megabytes, and stdout is read as UTF-8.
void writeStdout(const std::string &bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

int runPdfText(const CommandContext &ctx)
{
    if (ctx.positional.size() != 1)
        throw UsageError{QStringLiteral("exactly one FILE is required (a PDF)")};
    const QString file = ctx.positional.first();
    if (!QFileInfo(file).isFile())
        throw std::runtime_error(file.toStdString() + ": no such file");
    const std::vector<std::string> pages = retrieval::pdfPagesInProcess(file.toStdString());
    if (ctx.parser->isSet(QStringLiteral("json"))) {
        writeStdout(retrieval::pdfPagesToJson(pages) + "\n");
        return 0;
    }
    std::string text = retrieval::joinPdfPages(pages, nullptr);
    if (!text.empty())
        text.push_back('\n');
    writeStdout(text);
    return 0;
}

CommandRegistrar pdfTextRegistrar(Command{
    QStringLiteral("pdf-text"),
    QStringLiteral("Print a PDF's text (pages separated by a form feed); the Retrieval lab's PDF reader"),
    QStringLiteral("FILE"),
    {QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print {\"pages\": [\"...\", ...]}, one string per page"))},
    runPdfText,
});

} // namespace
} // namespace genlab::cli
