"""HTML element names that the file importer and the analysis both read past (one list for both), and the spaces
that the input schema and the analysis both read as plain ones."""
from __future__ import annotations

import re

# Spaces other than the plain one are taken as plain spaces: no-break (typeset names and sums, "Rachel\u00a0Reeves",
# "£2\u00a0bn"), thin, ideographic. spaCy splits words at plain spaces only: the name became two one-word names.
OTHER_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

# Elements that end a paragraph (`<br>` ends only a line): the analysis reads lines (headlines, paragraphs, tables).
BLOCK_TAGS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
                        "article", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "hr", "nav",
                        "main", "aside", "dl", "dt", "dd", "center", "address", "caption", "form", "details",
                        "summary", "dialog", "fieldset", "legend", "hgroup", "menu"})
# A table's cells: apart from each other by a space ("Tim Cook</td><td>Chief Executive" is no "Tim CookChief").
CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is no text of the page: code, drawings (an SVG's labels and paths), and embedded pages and
# media, whose content is a fallback browsers do not show ("Your browser does not support video").
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "iframe", "video", "audio"})
# Elements inside a paragraph: dropped, their text kept.
INLINE_TAGS = frozenset({"a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "mark",
                         "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "tbody", "thead", "tfoot",
                         "html", "body", "head", "title", "meta", "link", "picture", "source", "label", "button",
                         "input", "wbr", "o:p", "strike", "kbd", "tt", "var", "samp", "dfn", "bdi", "bdo"})
