"""A long answer cut only where the note marks a part apart, as Anki shows the cards."""

from __future__ import annotations

from .conftest import cards_in_anki

NOTE = """\
# Caching

## Cache stampede

A cache stampede happens when a popular key expires and every request that wanted it misses \
the cache at the same moment, so they all go to the database together and each computes the \
same value again before writing it back.

The database then sees a sudden burst of identical, expensive queries. Its connection pool \
runs dry, responses slow down for every other caller, and requests that time out are retried, \
which adds even more load on top of the burst.

Here's an example of guarding the refill with a lock, so that one request recomputes the \
value while the others wait for it.

```py
def get(key):
    value = cache.get(key)
    if value is None:
        with lock(key):
            value = compute(key)
            cache.set(key, value)
    return value
```

Only the request holding the lock reaches the database; the rest read the value it wrote.

## Gather your stories

Collect three to five projects from your past work before the interview, looking for ones \
where the stakes were high and your part in them was large.

**Big launches:** Releases, migrations and redesigns that many people depended on, and where \
you owned a visible piece of the work.

**Hard moments:** Deadlines that slipped, outages, disagreements inside the team, goals that \
changed half way through.

**Growth:** Feedback that changed how you work, a mistake you learned from, a skill you \
picked up under pressure.

Write each story down in the same shape and rehearse it aloud until it takes two minutes.
"""


def test_an_example_after_a_long_answer_is_asked_on_its_own_card(tmp_path, collection):
    cards = dict(cards_in_anki(tmp_path, collection, "caching.md", NOTE))
    stampede = next(back for front, back in cards.items() if front.endswith("Cache stampede"))
    assert "connection pool runs dry" in stampede
    assert "return value" not in stampede and "Here's an example" not in stampede
    example = next(back for front, back in cards.items() if "Cache stampede › Example" in front)
    assert example.startswith("Here's an example of guarding the refill")
    assert "return value" in example and "Only the request holding the lock" in example


def test_a_closing_paragraph_stays_with_the_heading_not_the_last_part(tmp_path, collection):
    cards = dict(cards_in_anki(tmp_path, collection, "caching.md", NOTE))
    growth = next(back for front, back in cards.items() if front.endswith("Growth"))
    assert growth.startswith("Feedback that changed how you work")
    assert "rehearse it aloud" not in growth
    stories = next(back for front, back in cards.items() if front.endswith("Gather your stories"))
    assert "rehearse it aloud" in stories


EXAMPLE_ITEM_NOTE = """\
# Subnetting

## Host part of an address

* A subnet mask splits an IPv4 address into a network part and a host part.

* The mask's bits that are set mark the network part.

    * Network part : the leading bits the mask covers, shared by every host of the subnet.

    * Host part : the bits left over, which tell the hosts of one subnet apart.

![mask](mask.png)

* Example: host 10.0.0.77 in the network 10.0.0.64/26

![subnet](subnet.png)

The /26 network drawn as four blocks

* The mask 255.255.255.192 keeps the first 26 bits as the network.

    * 77 is 01001101, and its top two bits 01 give the network 10.0.0.64.

* The remaining six bits give the host within that network.

    * 001101 is 13, so the address is host 13 of 10.0.0.64/26.
"""


def test_a_worked_example_set_apart_as_one_item_gets_its_own_card(tmp_path, collection):
    """`* Example: …` written as a list of its own after the definition starts a worked
    example: the heading's card keeps what the parts of an address are, the example's card
    works out the host, each a back a student recalls in one go."""
    cards = dict(cards_in_anki(tmp_path, collection, "subnetting.md", EXAMPLE_ITEM_NOTE))
    heading = next(
        back for front, back in cards.items() if front.endswith("Host part of an address")
    )
    assert "Host part : the bits left over" in heading
    assert "10.0.0.77" not in heading and "host 13" not in heading
    example = next(
        back for front, back in cards.items() if "Host part of an address › Example" in front
    )
    assert example.startswith("Example: host 10.0.0.77")
    assert "host 13 of 10.0.0.64/26" in example
