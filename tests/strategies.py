"""Hypothesis strategies for text that scrapers produce — and text no scraper should, but some do."""

from __future__ import annotations

from hypothesis import strategies as st

# Everything Unicode allows in a Python str, surrogates included (they arrive via JSON "\ud800" escapes).
any_text = st.text(st.characters(codec=None), max_size=400)

_words = st.sampled_from(
    "the of and in to a is was for on that by with as he said at from it news "
    "police city Der die und von Le la des el los Η και по и в на 東京 ニュース 서울 뉴스".split()
)
_odd = st.sampled_from(
    ["\u200b", "\u202e", "\u0301", "\U0001f600", "\ufeff", "\x00", "\t", "&amp;", "Ã©", "\u05d0"]
)
_token = st.one_of(_words, _words, _words, _odd)
_sentence = st.lists(_token, min_size=4, max_size=30).map(" ".join).map(lambda s: s[:1].upper() + s[1:] + ".")
_head_line = st.one_of(
    _words.map(str.capitalize),
    st.lists(_words, min_size=3, max_size=12).map(" ".join).map(str.title),
    st.sampled_from(["by", "By", "Share", "Menu", "Home", "By Maria Papadopoulou", "Updated"]),
)
_tail_line = st.sampled_from(
    ["RES-EMP", "(AFP)", "Tags: city, police", "Recommended for you", "You May Also Like", "© 2024 Example Media",
     "Share this article", "Comments"]
)


@st.composite
def _article(draw: st.DrawFn) -> str:
    head = draw(st.lists(_head_line, max_size=5))
    body = draw(st.lists(_sentence, min_size=1, max_size=12))
    if body and draw(st.booleans()):
        body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(body)))  # a repeated paragraph
    tail = draw(st.lists(_tail_line, max_size=4))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n"]))
    return sep.join(head + body + tail)


#: Article-like text: head debris, prose paragraphs (sometimes one repeated), tail debris, odd characters.
article_text = _article()
