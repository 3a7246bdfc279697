"""A heading's card over a long answer, and the cards of its parts, as Anki shows them."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Interview guide

## Kinds of rounds

Rounds come in a few kinds:

- Coding round
- System design round
- Behavioral round

Most companies hold all three on one onsite day. Some common system design questions include:

- Design a URL shortener
- Design a chat service
- Design a file sync service
- Design a news feed
- Design a ride hailing service
- Design a web crawler

## Feature engineering

- Feature preparation
  - Text:
    - tokenise
    - embed with a language model
  - Images:
    - resize
    - embed with a vision model
  - Counts:
    - clicks and views
    - use directly

## Choosing a plan

How long you have decides most of it. Someone with three months can cover every topic twice, while someone with three weeks has to choose, and should spend the first evening deciding which topics matter most for the roles they apply to.

The usual study plans are:

1. **Wide first** - Read every topic once, then practise a mix of exercises across all of them. This suits anyone with about a month to spare and a fair memory of the basics.
1. **Deep first** - Take one topic at a time - read it, practise many exercises on it, and move on only once it feels easy. Repeat for every topic, or for the chosen ones. This suits anyone short of time.
1. **Deep then wide** - Take one topic at a time as above, then finish with a mix of exercises across all topics. This takes the longest, so it suits anyone with more than a month.

## Problem formulation

* Clarifying questions
  * Which kinds of spam matter most: scams, adverts or malware?
  * How many messages arrive each day? About two billion
  * Can users mark a message as spam themselves? Yes
* Goal: keep spam out of the inbox without hiding real mail
* ML objective: predict whether a message is spam
* ML category: binary classification
* Latency matters less than accuracy here
* Messages in several languages
"""


def cards_seen(tmp_path, collection) -> dict[str, str]:
    """Each card's front (its last line, the question) and the words of its answer."""
    return dict(cards_in_anki(tmp_path, collection, "guide.md", NOTE))


def question(seen: dict[str, str], words: str) -> str:
    [front] = [front for front in seen if front.endswith(words)]
    return front


def test_a_later_list_led_in_by_its_own_sentence_is_its_own_card(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    heading = seen[question(seen, "Kinds of rounds")]
    assert "Coding round" in heading and "Behavioral round" in heading
    assert "Design a URL shortener" not in heading
    questions = seen[question(seen, "Common system design questions")]
    assert questions.startswith("Design a URL shortener") and "Design a web crawler" in questions


def test_an_overview_shows_each_part_whole_and_never_cut_short(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    overview = seen[question(seen, "Feature preparation")]
    assert "…" not in overview
    assert "Text: tokenise; embed with a language model" in overview
    assert "Counts: clicks and views; use directly" in overview


def test_prose_and_a_long_list_of_terms_give_the_names_a_card_and_each_term_its_own(
    tmp_path, collection
):
    """The heading's card keeps the lead-in with the names, not what the list says of
    each: that is on the terms' own cards."""
    seen = cards_seen(tmp_path, collection)

    heading = seen[question(seen, "Choosing a plan")]
    assert heading.startswith("How long you have decides most of it.")
    assert "The usual study plans are: Wide first Deep first Deep then wide" in heading
    assert "Read every topic once" not in heading
    assert seen[question(seen, "Usual study plans")].split() == [
        "Wide",
        "first",
        "Deep",
        "first",
        "Deep",
        "then",
        "wide",
    ]
    assert seen[question(seen, "Deep first")].startswith("Take one topic at a time - read it")


def test_clarifying_questions_are_asked_on_their_own_card_not_left_bare(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    heading = seen[question(seen, "Problem formulation")]
    assert "Clarifying questions" not in heading
    assert "Goal: keep spam out of the inbox" in heading
    assert "How many messages arrive each day?" in seen[question(seen, "Clarifying questions")]
