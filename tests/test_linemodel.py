"""The line model's parts: per-line counts, features, stopwords, tree inference and the block step."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.linemodel.blocks import best_block, choose_lines
from newsclean.linemodel.context import PageContext, anchors, repeat_counts
from newsclean.linemodel.features import FEATURE_NAMES, _median, for_language, page_features
from newsclean.linemodel.model import load_model
from newsclean.linemodel.rowcache import RowCache, cached_page_counts
from newsclean.linemodel.stopwords import (
    fallback_stopwords,
    known_languages,
    normalise_language,
    stopword_hashes_for,
    stopwords_for,
)
from newsclean.linemodel.structure import STRUCTURE_NAMES, main_prose_run
from newsclean.linemodel.text import COUNT_NAMES, _is_stopword, page_counts, reply_lines, word_hashes
from newsclean.linemodel.trees import TreeEnsemble, from_lightgbm_dump
from newsclean.model import Removal

WORD = re.compile(r"\w+")
COL = {name: i for i, name in enumerate(COUNT_NAMES)}

ARTICLE = [
    "Home", "News", "Sport", "Weather", "Subscribe",
    "The city council voted on Tuesday to expand the bus network, adding three new lines by the spring.",
    "Officials said the plan would cost about 12 million euros and would be paid for from the transport "
    "budget, without raising fares.",
    "Residents who spoke at the meeting were mostly in favour, although some asked why their district "
    "had been left out of the first phase.",
    "Related stories", "Bus drivers strike again", "New tram line opens",
    "© 2024 Example Media. All rights reserved.",
]


def test_counts_agree_with_the_regex_definition_of_words() -> None:
    lines = ["Hello, world! It's 2024.", "naïve café — straße", "a_b\u0301c x²y", "", "東京は晴れです。"]
    sw = frozenset({"hello", "it", "s", "is"})
    counts = page_counts(lines, word_hashes(sw))
    for line, row in zip(lines, counts, strict=False):
        toks = WORD.findall(line)
        assert row[COL["words"]] == len(toks)
        assert row[COL["stopwords"]] == sum(t.lower() in sw for t in toks)


def test_counts_see_cjk_characters_and_sentence_ends() -> None:
    counts = page_counts(["東京は晴れです。明日も晴れ。", "ニュース一覧"], word_hashes([]))
    assert counts[0, COL["cjk"]] == 12
    assert counts[0, COL["cjk_function"]] >= 2  # は, も ...
    assert counts[0, COL["sentences"]] == 2
    assert counts[0, COL["sentence_end"]] == 1
    assert counts[1, COL["sentence_end"]] == 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [("He left.", True), ("“Never,” she said.”", True), ("(See below.)", True), ("Read more", False),
     ("Menu:", False), ("終わり。", True), ("", False)],
)
def test_sentence_end(line: str, expected: bool) -> None:
    counts = page_counts(["x", line, "y"], word_hashes([]))
    assert bool(counts[1, COL["sentence_end"]]) is expected


def test_counts_flag_links_copyright_and_glued_teasers() -> None:
    counts = page_counts(["Visit www.example.com", "© 2024 Example", "Big StormA storm hit the coast"],
                         word_hashes([]))
    assert counts[0, COL["link_like"]] == 1
    assert counts[1, COL["copyright"]] == 1
    assert counts[2, COL["glued_words"]] == 1


_LINE_PIECES = st.sampled_from(["Jane says:", "12:30", "2024", " ", "\n", "(c)", "www.x", "©", "Big", "storm",
                                 "hit.", "»", "”", "東京は", "。", "😀", "a_b", "essays", "Menu |", "\t", ""])
_LINES = st.lists(st.lists(st.one_of(_LINE_PIECES, st.text(max_size=6)), max_size=6).map("".join), max_size=12)


@given(pages=st.lists(_LINES, min_size=1, max_size=4), capacity=st.integers(1, 40))
def test_counts_are_row_wise_so_cached_rows_are_exact(pages: list[list[str]], capacity: int) -> None:
    """A line's counts do not depend on the other lines of its page: the row cache (any size, across
    pages that share lines) gives exactly what measuring the page gives."""
    hashes = stopword_hashes_for("en")
    cache = RowCache(capacity)
    for lines in [*pages, *pages]:
        expected = page_counts(lines, hashes)
        assert np.array_equal(cache.counts(lines, hashes), expected)
        assert np.array_equal(cached_page_counts(lines, hashes), expected)
        for line, row in zip(lines, expected, strict=True):
            assert np.array_equal(page_counts([line], hashes)[0], row)


def test_the_row_cache_forgets_long_lines_and_stays_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its budget of characters the cache empties itself (its keys are the lines): still exact."""
    import newsclean.linemodel.rowcache as rowcache

    monkeypatch.setattr(rowcache, "MAX_CHARS", 120)
    hashes = stopword_hashes_for("en")
    cache = RowCache(64)
    pages = [["Short line.", "x" * 50 + " storm", "Menu"], ["A" * 200], ["Short line.", "Menu", "y" * 70]]
    for lines in pages * 3:
        assert np.array_equal(cache.counts(lines, hashes), page_counts(lines, hashes))
        assert sum(map(len, filter(None, cache._keys))) <= 120


def test_the_row_cache_is_exact_when_threads_share_it() -> None:
    """Threads that fill and read one small cache (its slots refilled all the time) get exact counts."""
    import sys
    import threading

    hashes = stopword_hashes_for("en")
    cache = RowCache(16)
    pages = [[f"Line {i} of page {p}: the storm hit the coast." if i % 2 else f"Menu {i % 5}" for i in range(12)]
             for p in range(8)]
    expected = [page_counts(lines, hashes) for lines in pages]
    wrong: list[int] = []

    def work(offset: int) -> None:
        for step in range(200):
            p = (step + offset) % len(pages)
            if not np.array_equal(cache.counts(pages[p], hashes), expected[p]):
                wrong.append(p)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often (without the cache's lock, dozens of pages go wrong)
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert not wrong


def test_features_have_one_row_per_line_and_named_columns() -> None:
    x = page_features(ARTICLE, stopword_hashes_for("en"))
    assert x.shape == (len(ARTICLE), len(FEATURE_NAMES))
    assert np.isfinite(x).all()
    assert page_features([], stopword_hashes_for("en")).shape == (0, len(FEATURE_NAMES))


def test_stopwords_by_language_with_a_neutral_fallback() -> None:
    assert len(known_languages()) >= 30
    assert "the" in stopwords_for("en") and "und" in stopwords_for("de") and "и" in stopwords_for("ru")
    assert stopwords_for("pt-BR") == stopwords_for("pt")
    assert normalise_language("ZH_cn") == "zh"
    assert stopwords_for(None) == fallback_stopwords() == stopwords_for("xx")
    assert "the" in fallback_stopwords() and "und" in fallback_stopwords()


def test_tree_inference_matches_a_hand_built_tree() -> None:
    dump = {"tree_info": [{"tree_structure": {
        "split_feature": 0, "threshold": 0.5, "decision_type": "<=",
        "left_child": {"leaf_value": -1.0},
        "right_child": {"split_feature": 1, "threshold": 2.0, "decision_type": "<=",
                        "left_child": {"leaf_value": 0.5}, "right_child": {"leaf_value": 2.0}},
    }}]}
    trees = from_lightgbm_dump(dump)
    x = np.array([[0.0, 9.0], [1.0, 1.0], [1.0, 3.0]])
    assert trees.raw_score(x).tolist() == [-1.0, 0.5, 2.0]
    again = TreeEnsemble.from_dict(trees.to_dict())
    assert again.raw_score(x).tolist() == [-1.0, 0.5, 2.0]


def test_best_block_is_the_maximum_subarray() -> None:
    assert best_block(np.array([-1.0, 2.0, 3.0, -10.0, 4.0])) == (1, 3)
    assert best_block(np.array([-3.0, -1.0, -2.0])) == (1, 2)
    assert best_block(np.zeros(0)) == (0, 0)


@given(st.lists(st.floats(-100, 100), min_size=1, max_size=60))
def test_best_block_beats_every_other_run(values: list[float]) -> None:
    scores = np.array(values)
    start, end = best_block(scores)
    best = scores[start:end].sum()
    for i in range(len(values)):
        for j in range(i + 1, len(values) + 1):
            assert scores[i:j].sum() <= best + 1e-9


def test_choose_lines_keeps_confident_outsiders_and_never_nothing() -> None:
    p = np.array([0.95, 0.1, 0.1, 0.8, 0.9, 0.7, 0.1])
    choice = choose_lines(p, np.ones(7), keep_outside=0.9, drop_inside=0.2)
    assert choice.keep.tolist() == [True, False, False, True, True, True, False]
    none = choose_lines(np.array([0.01, 0.02]), np.ones(2))
    assert none.keep.tolist() == [False, True]


def test_shipped_model_separates_prose_from_menus() -> None:
    scored = load_model().score(ARTICLE, "en")
    assert scored.probs.shape == (len(ARTICLE),)
    assert scored.probs[5:8].min() > 0.5
    assert scored.probs[:5].max() < 0.5


@given(st.lists(st.text(max_size=80), max_size=30), st.sampled_from([None, "en", "ja", "xx", "pt-BR"]))
def test_model_scores_any_unicode(lines: list[str], language: str | None) -> None:
    lines = [ln for ln in lines if ln.strip()]
    scored = load_model().score(lines, language)
    assert scored.probs.shape == (len(lines),)
    assert np.all((scored.probs >= 0) & (scored.probs <= 1))


def test_reply_and_time_like_counts() -> None:
    lines = ["Jane says:", "essays", "Max schrieb", "At 12:30 pm", "in 1999", "x1999", "5:3 win", ""]
    counts = page_counts(lines, word_hashes([]))
    assert counts[:, COL["reply_marker"]].tolist() == [1, 0, 1, 0, 0, 0, 0, 0]
    assert counts[:, COL["time_like"]].tolist() == [0, 0, 0, 1, 1, 0, 0, 0]


@given(st.lists(st.text(alphabet="1920:3 ax\n", max_size=12), max_size=8))
def test_time_like_agrees_with_the_regex(lines: list[str]) -> None:
    lines = [ln.replace("\n", " ") for ln in lines]
    pattern = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b")
    counts = page_counts(lines, word_hashes([]))
    assert counts[:, COL["time_like"]].tolist() == [float(bool(pattern.search(ln))) for ln in lines]


def test_anchors_map_removed_landmarks_to_kept_positions() -> None:
    removals = [Removal(2, "Bus network grows | Bugle", "title", "the title"),
                Removal(3, "By Jane Roe", "byline", "the byline"),
                Removal(9, "Home", "dedup", "an exact repeat of paragraph 0")]
    kept = [0, 1, 4, 5, 6]
    assert anchors(kept, removals, "Bus network grows") == (2, 2)
    assert anchors(kept, removals, None) == (None, 2)
    assert repeat_counts(["Home", "News"], removals).tolist() == [1.0, 0.0]


def test_context_columns_see_the_landmarks() -> None:
    context = PageContext(title_at=5, head_at=5, repeats=np.ones(len(ARTICLE)))
    x = page_features(ARTICLE, stopword_hashes_for("en"), context)
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    assert x[:, col["has_title"]].min() == 1.0
    assert x[0, col["rel_title"]] == -5.0 and x[6, col["rel_title"]] == 1.0
    assert x[:, col["log_repeats"]].min() > 0
    plain = page_features(ARTICLE, stopword_hashes_for("en"))
    assert plain[:, col["has_title"]].max() == 0.0


def test_tree_conversion_pads_shallow_leaves_to_a_complete_tree() -> None:
    dump = {"tree_info": [
        {"tree_structure": {"leaf_value": 0.25}},
        {"tree_structure": {"split_feature": 1, "threshold": 0.0, "decision_type": "<=",
                            "left_child": {"leaf_value": 1.0},
                            "right_child": {"split_feature": 0, "threshold": 5.0, "decision_type": "<=",
                                            "left_child": {"leaf_value": 2.0},
                                            "right_child": {"leaf_value": 3.0}}}},
    ]}
    trees = from_lightgbm_dump(dump)
    assert trees.depth == 2 and trees.leaf.shape == (2, 4)
    x = np.array([[0.0, -1.0], [1.0, 1.0], [9.0, 1.0]])
    assert trees.raw_score(x).tolist() == [1.25, 2.25, 3.25]


# The speed paths below must give exactly what the plain definitions give (the features feed a trained model).

LINE_CHARS = [*"ab Zé:：.)”»\t\u00a0says wrote,|©(c)http1920", "İ", "Σ", "\U0001F600"]
LINE_TEXT = st.text(alphabet=st.sampled_from(LINE_CHARS), max_size=30)


@given(st.lists(LINE_TEXT, min_size=1, max_size=12))
def test_line_ends_and_replies_agree_with_plain_string_tests(lines: list[str]) -> None:
    counts = page_counts(lines, word_hashes([]))
    for line, row in zip(lines, counts, strict=True):
        text = line.strip()
        assert row[COL["chars"]] == len(text)
        assert row[COL["ends_colon"]] == (text[-1:] in (":", "："))
        assert row[COL["starts_lower"]] == text[:1].islower()
        end = len(line)
        while end and (line[end - 1].isspace() or line[end - 1] in "\"'”’»)]）」』】›"):
            end -= 1
        assert row[COL["sentence_end"]] == (end > 0 and line[end - 1] in ".!?。！？…।؟;")
    assert counts[:, COL["reply_marker"]].tolist() == reply_lines(lines).tolist()


@given(st.lists(st.text(alphabet="abcdeé θ", min_size=1, max_size=6), max_size=40),
       st.lists(st.text(alphabet="abcdeé θ", min_size=1, max_size=6), max_size=40))
def test_stopword_buckets_find_exactly_the_listed_words(listed: list[str], words: list[str]) -> None:
    listed_hashes = word_hashes(listed)
    wanted = word_hashes(words)
    if len(listed_hashes):
        expected = np.isin(wanted, listed_hashes)
        assert _is_stopword(wanted, listed_hashes).tolist() == expected.tolist()
        frozen = listed_hashes.copy()
        frozen.flags.writeable = False  # the cached index path
        assert _is_stopword(wanted, frozen).tolist() == expected.tolist()


@given(st.lists(st.sampled_from([0.0, -0.0, 0.5, 1.0, 2.5, float(np.log1p(3.0)), 7.0]), min_size=1, max_size=30))
def test_median_is_numpys_to_the_bit(values: list[float]) -> None:
    array = np.array(values)
    expected = float(np.median(array))
    got = _median(array)
    assert got == expected and np.signbit(got) == np.signbit(expected)


def _walk(trees: TreeEnsemble, x: np.ndarray) -> np.ndarray:
    """The plain definition of raw_score: each row down each tree, one node at a time."""
    inner = (1 << trees.depth) - 1
    reached = np.zeros((len(x), trees.n_trees))
    for r, row in enumerate(x):
        for t in range(trees.n_trees):
            node = 0
            for _ in range(trees.depth):
                right = row[trees.feature[t, node]] > trees.threshold[t, node]
                node = 2 * node + 1 + int(right)
            reached[r, t] = trees.leaf[t, node - inner]
    return reached.sum(axis=1) + trees.bias  # type: ignore[no-any-return]


@pytest.mark.parametrize("depth", [0, 1, 3])
def test_raw_score_is_the_plain_walk_to_the_bit(depth: int) -> None:
    rng = np.random.default_rng(depth)
    inner, leaves, n_trees, width = (1 << depth) - 1, 1 << depth, 7, 4
    trees = TreeEnsemble(feature=rng.integers(0, width, (n_trees, inner)).astype(np.intp),
                         threshold=rng.normal(size=(n_trees, inner)), leaf=rng.normal(size=(n_trees, leaves)),
                         depth=depth, bias=0.125)
    x = rng.normal(size=(9, width))
    x[0, 0] = np.nan  # goes left, like any failed comparison
    assert trees.raw_score(x).tolist() == _walk(trees, x).tolist()


@pytest.mark.parametrize("line", ["Done." + "”" * 50, "(" * 40 + ")" * 40, "»" * 9, "ok.)" + " )" * 20, ""])
def test_long_runs_of_closers_end_sentences_like_short_ones(line: str) -> None:
    counts = page_counts(["x", line, "y"], word_hashes([]))
    end = len(line)
    while end and (line[end - 1].isspace() or line[end - 1] in "\"'”’»)]）」』】›"):
        end -= 1
    assert counts[1, COL["sentence_end"]] == (end > 0 and line[end - 1] in ".!?。！？…।؟;")


# --- structure features (position relative to the main prose run, runs without a sentence end) ---

def _structure(lines: list[str], language: str = "en") -> dict[str, np.ndarray]:
    x = page_features(lines, stopword_hashes_for(language))
    return {name: x[:, FEATURE_NAMES.index(name)] for name in STRUCTURE_NAMES}


def test_main_prose_run_is_the_run_holding_most_prose_words() -> None:
    prose_words = np.array([0, 20, 0, 0, 0, 0, 0, 15, 0, 30, 25, 0, 0])
    # lines 1 and 7 are 6 lines apart (two runs); 7, 9 and 10 join across one-line gaps
    assert main_prose_run(prose_words.astype(float)) == (7, 10, 70.0)
    assert main_prose_run(np.zeros(4)) == (-1, -1, 0.0)
    assert main_prose_run(np.zeros(0)) == (-1, -1, 0.0)


def test_lines_are_placed_relative_to_the_main_prose_run() -> None:
    lines = ARTICLE[:5] + ARTICLE[5:8] + ["Related stories"] + ["Bus drivers strike again"] * 3
    s = _structure(lines)
    assert (s["rel_main_prose"][:5] < 0).all()  # the menu above
    assert (s["rel_main_prose"][5:8] == 0).all()  # the article
    assert (s["rel_main_prose"][8:] > 0).all()  # the teasers below
    assert s["prose_above_share"][5] == 0 and s["prose_below_share"][7] == 0
    assert s["prose_below_share"][0] == pytest.approx(1.0)
    assert s["main_prose_share"] == pytest.approx(np.ones(len(lines)))


def test_structure_is_neutral_on_a_page_without_prose() -> None:
    s = _structure(["Home", "News", "Sport", "Weather"])
    assert (s["rel_main_prose"] == 0).all() and (s["main_prose_share"] == 0).all()
    assert (s["prose_above_share"] == 0).all() and (s["prose_below_share"] == 0).all()
    assert (s["no_end_run"] == np.log1p(4)).all()
    assert page_features([], stopword_hashes_for("en")).shape == (0, len(FEATURE_NAMES))


def test_runs_without_a_sentence_end_count_cjk_full_stops() -> None:
    lines = ["カテゴリ", "ソフトウェア(207)", "WordPress(53)", "サーバー(64)",
             "パソコンでそのまま読みたい時もあります。", "ニュース一覧"]
    s = _structure(lines, "ja")
    assert list(s["no_end_run"]) == pytest.approx(list(np.log1p([4, 4, 4, 4, 0, 1])))


def test_capitalisation_columns_are_made_comparable_for_languages_that_capitalise_nouns() -> None:
    lines = ["Die Bundesregierung hat am Montag ein neues Gesetz zum Schutz der Wälder beschlossen, das strengere "
             "Regeln für die Holzwirtschaft vorsieht.", "STARTSEITE NACHRICHTEN"]
    column = FEATURE_NAMES.index("capitalised_ratio")
    plain = page_features(lines, stopword_hashes_for("de"))
    german = for_language(page_features(lines, stopword_hashes_for("de")), "de")
    english = for_language(page_features(lines, stopword_hashes_for("de")), "en")
    assert 0 < german[0, column] < plain[0, column]  # nouns' capitals no longer read as a headline's
    assert german[1, column] == plain[1, column] == 1.0  # a line of capitals is one in any language
    assert (english == plain).all()
    changed = [FEATURE_NAMES[i] for i in range(len(FEATURE_NAMES)) if (german[:, i] != plain[:, i]).any()]
    assert changed == ["capitalised_ratio"]


def test_the_prose_offset_lifts_long_sentences_only() -> None:
    import numpy as np

    from newsclean.linemodel.model import PROSE_LOGIT_OFFSET, with_prose_offset

    lines = ["Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen.",
             "Politik", "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt"]
    probs = np.array([0.40, 0.40, 0.40])
    out = with_prose_offset(probs, lines, PROSE_LOGIT_OFFSET["de"])
    assert 0.52 < out[0] < 0.53  # a long line that ends a sentence
    assert out[1] == out[2] == 0.40  # a menu word, a line that ends no sentence
    assert probs[0] == 0.40  # the input is left alone
    assert "en" not in PROSE_LOGIT_OFFSET
