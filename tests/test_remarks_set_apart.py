"""A remark the writer boxes beside a long answer (a `:::tip` box) is asked on a card of its
own when its first line names what it tells, as a student sees it in Anki; a remark that
names nothing stays on the answer's card (`… › Tip` would ask nothing)."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Resumes

## Keyword frequency

Read the job description and decide how important each skill is to the role, then mention the more important skills more often and higher up on the page than the others, where a reader scanning the page sees them first.

A skill named once at the bottom of the page reads as a minor one, whatever the experience behind it, while the same skill named in the summary and under two jobs reads as central to the candidate's work.

Do not repeat a keyword so often that the resume reads as a list of words: a human reads it after the system has passed it, and a page stuffed with keywords makes a poor impression on that reader.

:::tip Expert tip

Keywords for one kind of role

- Collect three to five job descriptions of the same kind of role.
- Count the words they share with a word-frequency tool.
- Write one resume for that kind of role with the shared skills in it.

:::

## Cover letters

A cover letter says in a few paragraphs why the candidate wants this role at this company, and what in their past work shows they can do it, in words a hiring manager reads in under a minute.

It should name the team or the product the candidate would work on, which shows that the letter was written for this company and not sent unchanged to a hundred others.

It should end with one concrete thing the candidate would do in the first months, so that the reader remembers a plan and not only a list of qualities.

:::tip

Tailoring every letter is slow, so many candidates keep a paragraph for each kind of role and write only the opening and the closing for each company. The letter still reads as written for the company, and it takes a few minutes instead of an hour.

:::

## Header names

Tracking systems read a resume's sections by their headers, so the headers should use the standard names in the usual order: summary, contact information, skills, experience, education and projects.

A header the system does not recognise may make it file the section's content under the wrong heading or skip it, and a reader then sees an empty section where the experience should be.

Fancy layouts with columns and tables confuse many of these systems in the same way, which is why a plain layout of one column is the safest choice for a resume that a system reads first.

:::caution

Never put symbols in the headers.

:::
"""


def test_a_boxed_tip_named_by_its_first_line_beside_a_long_answer_is_a_card_of_its_own(
    tmp_path, collection
):
    seen = dict(cards_in_anki(tmp_path, collection, "resumes.md", NOTE))

    [tip] = [front for front in seen if front.endswith("Keywords for one kind of role")]
    assert "Count the words they share" in seen[tip]
    [answer] = [front for front in seen if front.endswith("Resumes Keyword frequency")]
    assert "stuffed with keywords" in seen[answer] and "word-frequency" not in seen[answer]


def test_a_boxed_tip_naming_nothing_stays_on_the_answers_card(tmp_path, collection):
    seen = dict(cards_in_anki(tmp_path, collection, "resumes.md", NOTE))

    [answer] = [front for front in seen if front.endswith("Cover letters")]
    assert "keep a paragraph for each kind of role" in seen[answer]
    assert not any(front.endswith("Tip") for front in seen)


def test_a_one_line_caution_stays_on_the_card_it_goes_with(tmp_path, collection):
    seen = dict(cards_in_anki(tmp_path, collection, "resumes.md", NOTE))

    [answer] = [front for front in seen if front.endswith("Header names")]
    assert "Never put symbols in the headers." in seen[answer]
    assert not any("Caution" in front or "Note" in front for front in seen)
