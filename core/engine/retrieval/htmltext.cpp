#include "engine/retrieval/htmltext.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace genlab::engine::retrieval {

namespace {

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
        return true;
    default:
        return false;
    }
}

// Blank-line separated blocks (2) and line-level blocks (1); 0 for inline elements.
int blockBreak(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_HR:
        return 2;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
        return 1;
    default:
        return 0;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Builds the text with browser-like whitespace: runs collapse to one space, block ends become at
// most `pendingBreak` newlines, nothing leading or trailing.
class TextWriter
{
public:
    std::string out;

    void lineBreak(int newlines)
    {
        if (newlines > m_pendingBreak)
            m_pendingBreak = newlines;
        m_pendingSpace = false;
    }
    // <br>: a newline even when the line is empty, so <br><br> keeps its blank line.
    void hardBreak()
    {
        if (out.empty())
            return;
        flushBreak();
        out.push_back('\n');
        m_pendingSpace = false;
    }
    void space()
    {
        if (!out.empty() && out.back() != '\n' && out.back() != ' ' && m_pendingBreak == 0)
            m_pendingSpace = true;
    }
    void collapsed(std::string_view s)
    {
        for (char c : s) {
            if (isHtmlSpace(c)) {
                space();
                continue;
            }
            flushBreak();
            if (m_pendingSpace)
                out.push_back(' ');
            m_pendingSpace = false;
            out.push_back(c);
        }
    }
    void verbatim(std::string_view s)
    {
        if (s.empty())
            return;
        flushBreak();
        if (m_pendingSpace)
            out.push_back(' ');
        m_pendingSpace = false;
        out.append(s);
    }
    void finish()
    {
        while (!out.empty() && isHtmlSpace(out.back()))
            out.pop_back();
    }

private:
    void flushBreak()
    {
        if (m_pendingBreak == 0 || out.empty()) {
            m_pendingBreak = 0;
            return;
        }
        int have = 0;
        for (auto it = out.rbegin(); it != out.rend() && *it == '\n' && have < 2; ++it)
            ++have;
        // Trailing spaces before a line end are noise.
        if (have == 0)
            while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
                out.pop_back();
        for (int k = have; k < m_pendingBreak; ++k)
            out.push_back('\n');
        m_pendingBreak = 0;
    }

    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
};

std::string collapseWhitespace(std::string_view s)
{
    std::string out;
    bool space = false;
    for (char c : s) {
        if (isHtmlSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

// All text under a node (for <title>), iteratively.
std::string textUnder(const GumboNode *root)
{
    std::string s;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            s += n->v.text.text;
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector &c = n->v.element.children;
            for (unsigned i = c.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(c.data[i - 1]));
        }
    }
    return s;
}

struct OutputDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool asciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements that never nest (void) or whose end tag may be left out (the parser closes them), so an
// unclosed one does not make the tree deeper.
bool neverNests(std::string_view name)
{
    static constexpr std::string_view kNames[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
        "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body", "frame", "basefont",
        "bgsound", "image", "menuitem"};
    for (std::string_view n : kNames)
        if (n == name)
            return true;
    return false;
}

bool isRawText(std::string_view name)
{
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
           name == "iframe" || name == "noembed" || name == "noframes" || name == "noscript";
}

// gumbo checks the stack of open elements on every tag, so its time grows with depth times tags:
// 20,000 nested <span>s take half a minute. A linear scan of the tags estimates the nesting first.
std::size_t estimatedDepth(std::string_view s)
{
    std::size_t depth = 0, deepest = 0, i = 0;
    auto findCi = [&](std::size_t from, std::string_view needle) {
        for (std::size_t k = from; k + needle.size() <= s.size(); ++k) {
            std::size_t m = 0;
            while (m < needle.size() && char(std::tolower(static_cast<unsigned char>(s[k + m]))) == needle[m])
                ++m;
            if (m == needle.size())
                return k;
        }
        return std::string_view::npos;
    };
    while (i < s.size()) {
        const std::size_t lt = s.find('<', i);
        if (lt == std::string_view::npos || lt + 1 >= s.size())
            break;
        std::size_t p = lt + 1;
        if (s.compare(p, 3, "!--") == 0) {
            const std::size_t end = s.find("-->", p + 3);
            i = end == std::string_view::npos ? s.size() : end + 3;
            continue;
        }
        const bool closing = s[p] == '/';
        if (closing)
            ++p;
        if (p >= s.size() || !asciiLetter(s[p])) {
            i = p;
            continue;
        }
        std::string name;
        while (p < s.size() && name.size() < 16 && (asciiLetter(s[p]) || (s[p] >= '0' && s[p] <= '9')))
            name.push_back(char(std::tolower(static_cast<unsigned char>(s[p++]))));
        const std::size_t gt = s.find('>', p);
        if (gt == std::string_view::npos)
            break;
        i = gt + 1;
        if (closing) {
            if (!neverNests(name) && depth > 0)
                --depth;
            continue;
        }
        if (isRawText(name)) {
            const std::size_t end = findCi(i, "</" + name);
            i = end == std::string_view::npos ? s.size() : end;
            continue;
        }
        if (neverNests(name) || s[gt - 1] == '/')
            continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace

HtmlText htmlToText(std::string_view html)
{
    HtmlText result;
    if (const std::size_t depth = estimatedDepth(html); depth > kMaxHtmlDepth)
        throw std::runtime_error("HTML nested about " + std::to_string(depth) + " elements deep (the limit is " +
                                 std::to_string(kMaxHtmlDepth) + ", as in browsers); not read");
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
    if (!output)
        return result;

    TextWriter w;
    // An explicit stack: hostile HTML can nest tens of thousands of elements deep.
    struct Frame
    {
        const GumboNode *node;
        unsigned next; // the next child to visit
        std::size_t headingStart; // heading elements: where "## " was written (npos otherwise)
    };
    constexpr std::size_t npos = std::string::npos;
    std::vector<Frame> stack;
    int preDepth = 0, headingDepth = 0;

    auto enter = [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            if (preDepth > 0 && headingDepth == 0)
                w.verbatim(n->v.text.text);
            else
                w.collapsed(n->v.text.text);
            return;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) {
            return; // comments
        }
        if (n->type != GUMBO_NODE_DOCUMENT) {
            const GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_TITLE) {
                if (result.title.empty())
                    result.title = collapseWhitespace(textUnder(n));
                return;
            }
            if (tag == GUMBO_TAG_HEAD) {
                // Only the title is wanted from <head>; find it without emitting anything else.
                const GumboVector &c = n->v.element.children;
                for (unsigned i = 0; i < c.length && result.title.empty(); ++i) {
                    const auto *child = static_cast<const GumboNode *>(c.data[i]);
                    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_TITLE)
                        result.title = collapseWhitespace(textUnder(child));
                }
                return;
            }
            if (isSkipped(tag))
                return;
            // Documentation generators put a permalink ("¶", "#") after every heading: it is
            // navigation, not text, and would end up in every heading of the index.
            if (tag == GUMBO_TAG_A) {
                const GumboAttribute *cls = gumbo_get_attribute(&n->v.element.attributes, "class");
                if (cls && std::string_view(cls->value).find("headerlink") != std::string_view::npos)
                    return;
            }
            if (tag == GUMBO_TAG_BR) {
                if (headingDepth > 0)
                    w.space();
                else
                    w.hardBreak();
                return;
            }
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                w.space();
            std::size_t headingStart = npos;
            if (const int level = headingLevel(tag); level > 0 && headingDepth == 0) {
                w.lineBreak(2);
                w.verbatim(std::string(std::size_t(level), '#') + ' ');
                headingStart = w.out.size();
                ++headingDepth;
            } else if (const int b = blockBreak(tag)) {
                w.lineBreak(b);
            }
            if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT)
                ++preDepth;
            stack.push_back({n, 0, headingStart});
            return;
        }
        stack.push_back({n, 0, npos});
    };
    auto leave = [&](const Frame &f) {
        const GumboNode *n = f.node;
        if (n->type == GUMBO_NODE_DOCUMENT)
            return;
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT)
            --preDepth;
        if (f.headingStart != npos) {
            --headingDepth;
            // An empty heading leaves no "## " line behind.
            if (w.out.size() == f.headingStart) {
                w.out.resize(f.headingStart - (headingLevel(tag) + 1));
            }
            w.lineBreak(2);
        } else if (const int b = blockBreak(tag)) {
            w.lineBreak(b);
        }
    };

    enter(output->document);
    while (!stack.empty()) {
        Frame &f = stack.back();
        const GumboVector &children =
            f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children : f.node->v.element.children;
        if (f.next < children.length) {
            const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
            enter(child); // may push (invalidates f)
            continue;
        }
        const Frame done = f;
        stack.pop_back();
        leave(done);
    }
    w.finish();
    result.text = std::move(w.out);
    return result;
}

} // namespace genlab::engine::retrieval
