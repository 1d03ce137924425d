"""stamps: lists of other stories or comments, each entry stamped with how long ago it went up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean import Pipeline
from newsclean.stamps import MAX_GAP, is_age_stamp, stamped_lists

ARTICLE = [
    "Police released dramatic video showing the rescue of an 8-year-old girl who was taken from her mother "
    "on a city street in broad daylight last month.",
    "In a three-hour recorded interview with the FBI, the suspect confessed to the kidnapping, investigators "
    "said on Tuesday.",
    "It was around midnight when a tip led officers to a motel room. Shortly before they arrived, the man had "
    "admitted to a relative what he had done.",
    "Following a two-day trial in September, a federal jury deliberated for less than 10 minutes before "
    "convicting him on all counts.",
    "First published on November 19, 2019 / 8:16 AM",
]
#: A news site's "More in World" box under the article: headline, summary, age.
MORE_IN_WORLD = [
    "More World",
    "Why farmers may want to paint their cows with zebra stripes",
    "Some people thought the stripy cattle in a Japanese pasture were a practical joke, but the science behind "
    "the disguised animals is sound.",
    "32M ago",
    "Defense chief says deadly strikes were a message to the militia.",
    "1H ago",
    "Officials dismiss a claim that the helicopter was shot down but say the cause of the crash is being "
    "investigated.",
    "2H ago",
    "Woman risks her life to save a koala",
    "At least six people have died and hundreds of homes have been destroyed by bushfires.",
    "14H ago",
    "More in World",
]


def test_age_stamps_in_several_languages() -> None:
    for stamp in ("32M ago", "1H ago", "13 hours ago", "an hour ago", "vor 3 Stunden", "vor 2 Std.",
                  "il y a 2 heures", "hace 5 minutos", "há 2 dias", "3 ore fa", "2 uur geleden",
                  "för 2 timmar sedan", "2 godziny temu", "3 часа назад"):
        assert is_age_stamp(stamp), stamp
    for line in ("Today", "12 ago", "5 years ago today", "The meeting ended 2 hours ago.", "Vor 3 Stunden sagte "
                 "der Bürgermeister, die Straße bleibe gesperrt.", "November 19, 2019 at 9:45 am", ""):
        assert not is_age_stamp(line), line


def test_a_list_is_three_stamps_a_few_lines_apart() -> None:
    page = [*ARTICLE, *MORE_IN_WORLD]
    assert stamped_lists(page) == [range(len(ARTICLE) + 3, len(ARTICLE) + 11)]
    assert stamped_lists(page[:len(ARTICLE) + 6]) == []  # two stamps: not yet a list
    spread = ["32M ago", *ARTICLE[:MAX_GAP], "1H ago", *ARTICLE[:MAX_GAP], "2H ago"]
    assert stamped_lists(spread) == []  # stamps far apart are dates of separate things


def test_a_live_blog_whose_posts_are_stamped_is_the_article() -> None:
    posts = [line for text in ARTICLE[:4] for line in ("2 hours ago", text)]
    assert stamped_lists(posts) == []  # the list holds nearly all the page's words
    assert stamped_lists([*posts, *ARTICLE[:4] * 3]) == [range(0, 7)]


def test_the_list_under_the_article_goes_with_its_reason_and_the_article_stays() -> None:
    doc = Pipeline().run("\n".join(["World", "Video shows dramatic rescue of kidnapped girl", *ARTICLE,
                                    *MORE_IN_WORLD]))
    reasons = {r.text: r.reason for r in doc.removals}
    for line in MORE_IN_WORLD[3:11]:
        assert reasons[line].startswith("in a list of other stories or comments stamped with their age ('32M ago'")
    assert all(line in doc.text for line in ARTICLE[:4])


@given(st.lists(st.text(max_size=40), max_size=30))
def test_stamped_lists_lie_inside_the_page_and_start_and_end_on_stamps(lines: list[str]) -> None:
    for run in stamped_lists(lines):
        assert 0 <= run.start < run.stop <= len(lines)
        assert is_age_stamp(lines[run.start]) and is_age_stamp(lines[run.stop - 1])


def test_a_stamp_is_one_whole_line() -> None:
    assert stamped_lists(["32", "hours ago", "1", "hours ago", "2", "hours ago", *ARTICLE * 3]) == []
    assert stamped_lists(["  32M ago ", "x", "1H ago", "x", "2H ago\t", *ARTICLE * 3]) == [range(0, 5)]
    assert not is_age_stamp("32M ago\n1H ago")
