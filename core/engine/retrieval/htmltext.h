#pragma once
// HTML to plain text through gumbo (the HTML5 parsing algorithm, so broken markup reads as a
// browser would read it). Pure function, thread-safe.

#include <cstddef>
#include <string>
#include <string_view>

namespace genlab::engine::retrieval {

struct HtmlText
{
    std::string text;   // UTF-8, LF line ends, blank line between blocks
    std::string title;  // the first <title>, whitespace collapsed; may be empty
};

// `html` must be UTF-8 (decode it with decodeText first). script, style, nav, head (its <title>
// goes to HtmlText::title), noscript, template, svg and form controls are left out; block elements
// end lines; h1-h6 become Markdown heading lines ("## Heading") so heading chunking works on HTML
// too; <pre> keeps its line breaks and spaces; elsewhere whitespace collapses as a browser shows it.
// Entities are decoded by the parser. Throws std::runtime_error for markup nested deeper than
// kMaxHtmlDepth open elements (the parser's time grows with depth x tags; Chromium's parser stops
// nesting at 512 too), estimated by a linear scan before parsing.
HtmlText htmlToText(std::string_view html);

constexpr std::size_t kMaxHtmlDepth = 512;

} // namespace genlab::engine::retrieval
