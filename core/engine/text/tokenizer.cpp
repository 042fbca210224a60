#include "engine/text/tokenizer.h"

#include "engine/text/detail/utf8.h"

#include <cstdio>

namespace genlab::engine::text {

Tokenizer::~Tokenizer() = default;

std::optional<int> Tokenizer::endOfText() const
{
    return std::nullopt;
}

TokenizerError::TokenizerError(const std::string &message) : std::runtime_error(message) {}

TokenizerError::TokenizerError(const std::string &source, int line, const std::string &problem)
    : std::runtime_error(line > 0 ? source + ", line " + std::to_string(line) + ": " + problem
                                  : source + ": " + problem),
      m_source(source), m_line(line)
{
}

std::string displayTokenBytes(std::string_view bytes)
{
    std::string out;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    auto hexByte = [&](unsigned char b) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "<0x%02X>", unsigned(b));
        out += buf;
    };
    std::size_t i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        int len = detail::decodeUtf8(p + i, bytes.size() - i, &cp);
        if (len == 0) {
            hexByte(p[i]);
            ++i;
            continue;
        }
        if (cp == U' ')
            out += "\u00B7";
        else if (cp == U'\n')
            out += "\u21B5";
        else if (cp == U'\t')
            out += "\u2192";
        else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
            for (int k = 0; k < len; ++k)
                hexByte(p[i + std::size_t(k)]);
        else
            out.append(bytes.substr(i, std::size_t(len)));
        i += std::size_t(len);
    }
    return out;
}

} // namespace genlab::engine::text
