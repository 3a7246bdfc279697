"""A front that asks something of its own, as Anki shows it: a heading's counter before its
name (`Point 2 :`) is left off, a counter alone (`Solve2`) names what it solves, and a worked
example opening with its claim asks the claim."""

from __future__ import annotations

from .conftest import cards_in_anki

COUNTERS = """\
# Coin toss

## ✔️ Point 1 : 공정한 동전 만들기

치우친 동전이라도 두 번 던져 앞뒤와 뒤앞만 세면 확률이 같다.

## Solve2

서로 다른 면이 나올 때까지 두 번씩 던지고 첫 면을 쓴다.
"""

PROOF = """\
# Induction

## Example 1
- Claim: If $n \\geq 4$, then $2^n \\geq 3n$.

1. Base case: $2^4 = 16 \\geq 12$.
2. Step: $2^{k+1} = 2 \\cdot 2^k \\geq 6k \\geq 3k + 3$.
"""


def test_a_counter_before_a_headings_name_is_not_on_its_front(tmp_path, collection):
    fronts = [front for front, _ in cards_in_anki(tmp_path, collection, "coin.md", COUNTERS)]
    assert any(front.endswith("공정한 동전 만들기") for front in fronts)
    assert not any("Point 1" in front for front in fronts)


def test_a_counter_alone_is_asked_with_what_it_is_of(tmp_path, collection):
    fronts = [front for front, _ in cards_in_anki(tmp_path, collection, "coin.md", COUNTERS)]
    assert any(front.endswith("Coin toss › Solve2") for front in fronts)


def test_a_worked_example_asks_the_claim_it_proves(tmp_path, collection):
    [(front, back)] = [
        card
        for card in cards_in_anki(tmp_path, collection, "induction.md", PROOF)
        if "Base case" in card[1]
    ]
    assert "Claim: If" in front and "Example 1" not in front
    assert "\\(2^n \\geq 3n\\)" in front  # math on the front, as MathJax reads it
    assert "Claim" not in back
