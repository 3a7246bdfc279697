"""Lists whose items answer their heading (pros and cons, a worked example, the steps of a
process), as Anki shows them: the heading's card holds every item, and no item's name is
asked as if it were a term."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Caching

## Write-back cache

Writes go to the cache first and reach the store later.

### Disadvantages
1. **Data loss**: writes still in the cache are lost if it crashes.
2. **Harder reads elsewhere**: another reader of the store may see old values.

### How It Works
1. **Write**: The client writes to the cache, which answers at once.
2. **Flush**: After a delay, the cache writes the changed entries to the store.
3. **Evict**: When it is full, the cache drops the entries least used.

### Terms
- **Dirty entry**: an entry changed in the cache and not yet in the store
"""


def cards_seen(tmp_path, collection) -> dict[str, str]:
    """Each card's front and the words of its answer."""
    return dict(cards_in_anki(tmp_path, collection, "cache.md", NOTE))


def asked(seen: dict[str, str], words: str) -> list[str]:
    return [front for front in seen if front.endswith(words)]


def test_disadvantages_are_the_answer_of_their_heading_not_fronts(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    [heading] = asked(seen, "Disadvantages")
    assert "Data loss" in seen[heading] and "another reader of the store" in seen[heading]
    assert asked(seen, "Data loss") == [] and asked(seen, "Harder reads elsewhere") == []


def test_the_steps_of_a_process_stay_together_on_its_card(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    [heading] = asked(seen, "How It Works")
    steps = seen[heading]
    assert steps.index("Write") < steps.index("Flush") < steps.index("Evict")
    assert asked(seen, "Flush") == [] and asked(seen, "Evict") == []


def test_a_term_beside_them_keeps_its_own_card(tmp_path, collection):
    seen = cards_seen(tmp_path, collection)

    [term] = asked(seen, "Dirty entry")
    assert seen[term].startswith("an entry changed in the cache")
