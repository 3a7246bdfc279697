"""A remark the writer sets apart beside a long answer (`Note: …`, a `:::tip` box) is asked
on a card of its own, as a student sees it in Anki."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Resumes

## Keyword frequency

Read the job description and decide how important each skill is to the role, then mention the more important skills more often and higher up on the page than the others, where a reader scanning the page sees them first.

A skill named once at the bottom of the page reads as a minor one, whatever the experience behind it, while the same skill named in the summary and under two jobs reads as central to the candidate's work.

Do not repeat a keyword so often that the resume reads as a list of words: a human reads it after the system has passed it, and a page stuffed with keywords makes a poor impression on that reader.

:::tip Expert tip

Tailoring every resume is ideal but slow. Collect three to five descriptions of the same kind of role, count the words they share, and write one resume for that kind of role.

:::

## Header names

Tracking systems read a resume's sections by their headers, so the headers should use the standard names in the usual order: summary, contact information, skills, experience, education and projects.

A header the system does not recognise may make it file the section's content under the wrong heading or skip it, and a reader then sees an empty section where the experience should be.

Fancy layouts with columns and tables confuse many of these systems in the same way, which is why a plain layout of one column is the safest choice for a resume that a system reads first.

:::caution

Never put symbols in the headers.

:::
"""


def test_a_boxed_tip_beside_a_long_answer_is_a_card_of_its_own(tmp_path, collection):
    seen = dict(cards_in_anki(tmp_path, collection, "resumes.md", NOTE))

    [tip] = [front for front in seen if front.endswith("Keyword frequency › Tip")]
    assert seen[tip].startswith("Tailoring every resume is ideal but slow.")
    [answer] = [front for front in seen if front.endswith("Resumes Keyword frequency")]
    assert "stuffed with keywords" in seen[answer] and "Tailoring" not in seen[answer]


def test_a_one_line_caution_stays_on_the_card_it_goes_with(tmp_path, collection):
    seen = dict(cards_in_anki(tmp_path, collection, "resumes.md", NOTE))

    [answer] = [front for front in seen if front.endswith("Header names")]
    assert "Never put symbols in the headers." in seen[answer]
    assert not any("Caution" in front or "Note" in front for front in seen)
