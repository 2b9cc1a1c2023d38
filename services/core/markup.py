"""HTML element names that the file importer and the analysis both read past (one list for both)."""
from __future__ import annotations

# Elements that end a paragraph (`<br>` ends only a line): the analysis reads lines (headlines, paragraphs, tables).
BLOCK_TAGS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
                        "article", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "hr"})
# Elements whose content is no text of the page.
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
# Elements inside a paragraph: dropped, their text kept.
INLINE_TAGS = frozenset({"a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "mark",
                         "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "td", "th", "tbody",
                         "thead", "html", "body", "head", "title", "meta", "link", "main", "nav", "aside", "iframe",
                         "picture", "source", "video", "audio", "label", "button", "input", "form", "dl", "dt", "dd"})
