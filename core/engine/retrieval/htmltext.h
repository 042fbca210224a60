#pragma once
// HTML to plain text through gumbo (the HTML5 parsing algorithm, so broken markup reads as a
// browser would read it). Pure function, thread-safe.

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
// Entities are decoded by the parser. Deeply nested markup is walked without recursion.
HtmlText htmlToText(std::string_view html);

} // namespace genlab::engine::retrieval
