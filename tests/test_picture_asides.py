"""A missing picture in parentheses (`(see ![](x.png))`, `(Strang's picture, ![](x.png))`)
leaves no empty `(see )` on the back; a parenthesis that says more than where to look keeps
its words, and a shown picture keeps its parenthesis whole."""

from __future__ import annotations

from pathlib import Path

from .images import packed_backs

NOTE = """\
# Linear maps

## Rotations

Standard examples in the plane (see ![rotations](img/rot.png)): rotation by θ, reflection in a line.

## Subspaces

The four subspaces fit together (Strang's picture, ![four](img/four.png)): row space ⟂ null space.

## Units

The pressure is read in kPa (about 101 at sea level, ![gauge](img/gauge.png)).
"""


def backs(tmp_path: Path, shown: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    return packed_backs(tmp_path, "maps.md", NOTE, tuple(f"{name}.png" for name in shown))


def test_a_parenthesis_only_pointing_at_a_missing_picture_goes(tmp_path):
    found = backs(tmp_path)
    assert found["Rotations"] == (
        "Standard examples in the plane: rotation by θ, reflection in a line.",
        0,
    )
    assert found["Subspaces"] == ("The four subspaces fit together: row space ⟂ null space.", 0)


def test_a_parenthesis_saying_more_keeps_its_words_without_the_picture(tmp_path):
    assert backs(tmp_path)["Units"] == ("The pressure is read in kPa (about 101 at sea level).", 0)


def test_a_shown_picture_keeps_its_parenthesis(tmp_path):
    found = backs(tmp_path, shown=("rot", "four", "gauge"))
    assert found["Rotations"] == (
        "Standard examples in the plane (see ): rotation by θ, reflection in a line.",
        1,
    )
