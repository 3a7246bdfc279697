"""What is no study material gives no card: adverts, pay tables, sample answers to imitate,
screenshots of what to click, and in a vault the notes that only link others or plan an
essay. What stands beside them and teaches keeps its cards, as Anki shows them."""

from __future__ import annotations

from pathlib import Path

from flashgen.check import check
from flashgen.config import Settings

from .conftest import answer_of, build_decks, import_apkg, sides, visible_text, write

HANDBOOK_PAGE = """\
# Preparing for interviews

## Practice platforms

### MockHero

**Disclaimer: This section was added by the MockHero team**

MockHero pairs you with senior engineers.

- Low prices: sessions cost less than elsewhere.

### Pair programming

Two people share one editor: the driver types, the navigator reviews each line.

## Pay at Acme

| Level | Total | Base |
| --- | --- | --- |
| L1 | $150,000 | $120,000 |
| L2 | $210,000 | $150,000 |

_Data as of 2023._

## Sample self introduction

> "Hi, I'm Sam. I built the payment service my team still runs."

## 프로젝트 생성

![](img/step1.png)

`Gradle` 선택

![](img/step2.png)
"""


def test_adverts_pay_tables_samples_and_click_steps_give_no_card_in_anki(collection, tmp_path):
    notes = tmp_path / "notes"
    write(notes / "prep.md", HANDBOOK_PAGE)

    report = build_decks([notes], tmp_path / "decks")
    for deck in report.decks_written:
        import_apkg(collection, deck)

    seen = [sides(collection.get_card(i)) for i in collection.find_cards("")]
    shown = " ".join(visible_text(front) + " " + visible_text(back) for front, back in seen)
    assert len(seen) == 1, shown
    [(front, back)] = seen
    assert "Pair programming" in visible_text(front)
    assert "the navigator reviews each line" in visible_text(answer_of(back))
    for junk in ("MockHero", "Low prices", "$150,000", "Hi, I'm Sam", "Gradle"):
        assert junk not in shown


LINK_HUB = """\
# Databases MOC

- [[Normal forms]]
- [[Joins]]
- [[Indexes]] and [[B-trees]]
- [Transactions](transactions.md)
"""
ESSAY_PLAN = """\
# Should exams be open book?

## Thesis
Open-book exams test understanding rather than recall.

## Paragraph 1
- evidence: studies of retention

## Counterargument
- students prepare less
"""
STUDY_NOTE = "# Joins\n\n## Inner join\nKeeps the rows that match in both tables.\n"


def test_link_hubs_and_essay_plans_give_no_cards_and_check_names_each(tmp_path):
    notes = tmp_path / "vault"
    write(notes / "Databases MOC.md", LINK_HUB)
    write(notes / "Open book.md", ESSAY_PLAN)
    write(notes / "Joins.md", STUDY_NOTE)

    report = build_decks([notes], tmp_path / "decks")
    problems = check(Settings(sources=(notes,)))

    assert {Path(deck).stem for deck in report.decks_written} == {"Joins"}
    named = {Path(p.file).name: p.message for p in problems if "not study notes" in p.message}
    assert named["Databases MOC.md"].startswith("a link hub")
    assert named["Open book.md"].startswith("an essay plan")
    assert "Joins.md" not in named


WRITERS_OWN_WORDS = """\
# Practice plans

## Plan your weeks

Most candidates need about 40 hours to cover the basics.

Which questions come first? You may try the free [Drill 50 planner](https://example.com/drill50) (built by me) which orders questions by how often they are asked.

Spread the work over 10 weeks at about 2 hours a day. I came up with a [personal 10-week plan](./ten-week-plan.md), which lists each week's topics.

And that is all from me - dive into each topic through the sidebar!
"""


def test_the_writers_promotion_of_their_own_work_and_sign_off_are_not_on_the_card_in_anki(
    collection, tmp_path
):
    notes = tmp_path / "notes"
    write(notes / "plans.md", WRITERS_OWN_WORDS)

    for deck in build_decks([notes], tmp_path / "decks").decks_written:
        import_apkg(collection, deck)

    [(front, back)] = [sides(collection.get_card(i)) for i in collection.find_cards("")]
    answer = visible_text(answer_of(back))
    assert "Plan your weeks" in visible_text(front)
    assert "40 hours" in answer and "10 weeks at about 2 hours a day" in answer
    for meta in (
        "Drill 50",
        "built by me",
        "Which questions come first",
        "10-week plan",
        "sidebar",
    ):
        assert meta not in answer


ADVICE_WITH_TESTIMONY = """\
# Offers

## Counter the first number

Recruiters expect candidates to come back with a higher figure, and the first number they \
give leaves room for it. During my last job search, I received five offers, and every one \
of them went up after I asked. Ask for the total package rather than the base salary alone, \
since bonus, equity and signing money move more easily than the base does.

Tie every request to something concrete: another offer, the scope of the role, or the market \
rate for the level. With two offers in hand, I was able to raise both of them. I wouldn't \
recommend inventing an offer you do not have, as recruiters often ask to see it.
"""


def test_the_writers_own_story_leaves_a_long_back_and_the_advice_stays_in_anki(
    collection, tmp_path
):
    write(tmp_path / "source" / "offers.md", ADVICE_WITH_TESTIMONY)
    for deck in build_decks([tmp_path / "source"], tmp_path / "decks").decks_written:
        import_apkg(collection, deck)
    (card_id,) = collection.find_cards("")
    back = visible_text(answer_of(sides(collection.get_card(card_id))[1]))
    assert "During my last job search" not in back and "I was able to" not in back
    assert "Ask for the total package" in back
    assert "I wouldn't recommend inventing an offer" in back
