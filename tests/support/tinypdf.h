#pragma once
// A minimal valid PDF written byte by byte (one line of Helvetica per page, a correct xref table),
// for the PDF text tests of the engine and of `genlab pdf-text`. Page texts must not contain
// parentheses or backslashes (they would need PDF string escapes).

#include <cstdio>
#include <string>
#include <vector>

namespace genlab::testing {

inline std::string tinyPdf(const std::vector<std::string> &pageTexts)
{
    std::vector<std::string> objects;
    const int pages = int(pageTexts.size());
    // 1: catalog, 2: page tree, 3: font, then per page its page object and content stream.
    std::string kids;
    for (int i = 0; i < pages; ++i)
        kids += std::to_string(4 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages; ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents " +
                          std::to_string(5 + 2 * i) + " 0 R >>");
        const std::string stream = "BT /F1 18 Tf 72 700 Td (" + pageTexts[std::size_t(i)] + ") Tj ET";
        objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace genlab::testing
