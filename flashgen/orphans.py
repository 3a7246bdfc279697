"""What a sync does to a note whose source is gone: the choice `--orphans` and `--delete`
make, read where the flags are, before anything of a sync is loaded (sync_plan.py)."""

from __future__ import annotations

from enum import StrEnum


class Orphans(StrEnum):
    """What happens to a note whose source is gone."""

    TAG = "tag"
    """Tagged `flashgen::removed`, still studied."""
    SUSPEND = "suspend"
    """Tagged and suspended: out of the reviews, history kept."""
    DELETE = "delete"


def chosen_orphans(orphans: str | None, delete: bool, watch: bool, would_ask: bool) -> Orphans:
    """`--orphans` and `--delete` as one choice (tag, when neither is given). ValueError when
    they say two things, or when deleting would stop to ask (`would_ask`: no `--yes`, no dry
    run) in a `--watch` run, which cannot."""
    if delete and orphans not in (None, "delete"):
        raise ValueError(f"--delete and --orphans {orphans} say two things: give one")
    chosen = Orphans.DELETE if delete else Orphans(orphans or "tag")
    if watch and chosen is Orphans.DELETE and would_ask:
        raise ValueError("--watch with --orphans delete needs --yes: it cannot stop to ask")
    return chosen
