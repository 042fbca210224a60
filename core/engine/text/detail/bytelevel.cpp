#include "engine/text/detail/bytelevel.h"

#include "engine/text/detail/utf8.h"

namespace genlab::engine::text::detail {

namespace {

struct Tables
{
    std::array<char32_t, 256> symbol{};
    std::array<unsigned char, 256> order{};
    std::array<std::string, 256> utf8;

    Tables()
    {
        auto visible = [](int b) { return (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE; };
        int next = 0;
        for (int b = 0; b < 256; ++b)
            if (visible(b))
                order[std::size_t(next++)] = static_cast<unsigned char>(b);
        int shifted = 0;
        for (int b = 0; b < 256; ++b) {
            if (visible(b)) {
                symbol[std::size_t(b)] = char32_t(b);
            } else {
                symbol[std::size_t(b)] = char32_t(256 + shifted++);
                order[std::size_t(next++)] = static_cast<unsigned char>(b);
            }
            appendUtf8(utf8[std::size_t(b)], symbol[std::size_t(b)]);
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

char32_t byteToSymbol(unsigned char b)
{
    return tables().symbol[b];
}

int symbolToByte(char32_t cp)
{
    if (cp < 256) {
        // Visible bytes stand for themselves; the rest of 0..255 are not symbols.
        bool visible = (cp >= 0x21 && cp <= 0x7E) || (cp >= 0xA1 && cp <= 0xAC) || cp >= 0xAE;
        return visible ? int(cp) : -1;
    }
    if (cp < 256 + 68) {
        static const std::array<int, 68> back = [] {
            std::array<int, 68> a{};
            for (int b = 0; b < 256; ++b) {
                char32_t s = tables().symbol[std::size_t(b)];
                if (s >= 256)
                    a[std::size_t(s - 256)] = b;
            }
            return a;
        }();
        return back[std::size_t(cp - 256)];
    }
    return -1;
}

const std::string &byteSymbolUtf8(unsigned char b)
{
    return tables().utf8[b];
}

const std::array<unsigned char, 256> &bytesInGpt2Order()
{
    return tables().order;
}

std::string bytesToSymbols(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes)
        out += tables().utf8[static_cast<unsigned char>(c)];
    return out;
}

bool symbolsToBytes(std::string_view symbols, std::string *bytes)
{
    bytes->clear();
    const auto *p = reinterpret_cast<const unsigned char *>(symbols.data());
    std::size_t i = 0;
    while (i < symbols.size()) {
        char32_t cp = 0;
        int len = decodeUtf8(p + i, symbols.size() - i, &cp);
        if (len == 0)
            return false;
        int b = symbolToByte(cp);
        if (b >= 0)
            *bytes += char(b);
        else
            bytes->append(symbols.substr(i, std::size_t(len)));
        i += std::size_t(len);
    }
    return true;
}

} // namespace genlab::engine::text::detail
