"""What `build`, `sync` and `check` report: a person gets lines, a script `--json`.

The build's summary, its deck table, the cards by rule and what changed since the last
build; a sync's plan; check's findings, counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from flashgen.build import BuildReport
from flashgen.console import plural, table
from flashgen.errors import Problem, printable
from flashgen.stamps import CardRecord
from flashgen.state import STATE_DIR

if TYPE_CHECKING:
    from flashgen.sync_plan import SyncPlan


def _cards(report: BuildReport) -> str:
    """`110 cards (108 notes)`: Anki's count, and the notes' where a note makes several."""
    cards = plural(report.anki_cards, "card")
    return (
        cards if report.anki_cards == report.cards else f"{cards} ({plural(report.cards, 'note')})"
    )


def summary(report: BuildReport, out: Path) -> str:
    """One line: what was read and written, and what went wrong."""
    errors = len(report.problems) - len(report.warnings)
    decks = plural(len(report.decks_written), "deck")
    if report.decks_unchanged:
        decks += f" ({report.decks_unchanged} unchanged)"
    line = (
        f"{plural(report.notes_read, 'note')} read, {decks} in {out.as_posix()}/, "
        f"{_cards(report)}, {plural(len(report.warnings), 'warning')}"
    )
    return line + (f", {plural(errors, 'error')}" if errors else "")


CHANGES_SHOWN = 20
"""Cards named of each kind of change; `--json` names them all."""


def changes(report: BuildReport) -> list[str]:
    """What changed since the last build, each card by note and line: new, updated,
    renamed and moved ones (a handful of each), and every removed one, since an import
    leaves those in Anki; then the deck files deleted."""
    changed = report.changes
    counts = [
        f"{len(changed.new)} new" if changed.new else "",
        f"{len(changed.updated)} updated" if changed.updated else "",
        f"{len(changed.renamed)} renamed" if changed.renamed else "",
        f"{len(changed.moved)} moved" if changed.moved else "",
        f"{len(changed.removed)} removed" if changed.removed else "",
    ]
    lines = [f"since the last build: {', '.join(filter(None, counts)) or 'no changes'}"]
    if report.state_lost:
        lines.append(
            f"no state beside the decks ({STATE_DIR}/): every card counts as new, and cards "
            "gone from the notes or renamed before cannot be named; commit it with your notes"
        )
    first_build = not (changed.updated or changed.renamed or changed.moved or changed.removed)
    if changed.new and not (first_build and changed.unchanged == 0):
        lines += _named("new", [f"{_at(c)}: {c.question} ({c.deck})" for c in changed.new])
    lines += _named("updated", [f"{_at(c)}: {c.question} ({c.deck})" for c in changed.updated])
    lines += _named(
        "renamed (same card, same history)",
        [f"{_at(now)}: {was.question} → {now.question}" for was, now in changed.renamed],
    )
    lines += _named(
        "moved (same card, same history; flashgen sync moves it in Anki)",
        [
            f"{_at(now)}: {now.question} ({_where(was)} → {_where(now)})"
            for was, now in changed.moved
        ],
    )
    if changed.removed:
        lines.append(
            "removed from the decks (an import leaves them in Anki: delete them there, "
            "or use flashgen sync):"
        )
        lines += [
            printable(f"  {_at(card)}: {card.question} ({card.deck})") for card in changed.removed
        ]
    if changed.deleted_files:
        deleted = ", ".join(changed.deleted_files)
        lines.append(printable(f"deck files no longer built, deleted: {deleted}"))
    return lines


def _named(heading: str, rows: list[str]) -> list[str]:
    if not rows:
        return []
    shown = [printable(f"  {row}") for row in rows[:CHANGES_SHOWN]]
    if len(rows) > CHANGES_SHOWN:
        shown.append(f"  … and {len(rows) - CHANGES_SHOWN} more (--json lists them all)")
    return [f"{heading}:", *shown]


def _at(card: CardRecord) -> str:
    """`note.md:12`, or the note alone when the line is not known (an older state)."""
    return f"{card.note_name}:{card.line}" if card.line else card.note_name


def _where(card: CardRecord) -> str:
    return f"{card.deck}, {card.note_name}"


def _card_json(card: CardRecord) -> dict:
    return {
        "question": card.question,
        "deck": card.deck,
        "source": card.note_name,
        "line": card.line,
    }


def rule_counts(report: BuildReport) -> str:
    """Which recognisers made the cards, most first (equal counts by name, so two builds
    print the same line): where a writer's cards came from."""
    ranked = sorted(report.cards_by_rule.items(), key=lambda rule: (-rule[1], rule[0]))
    counts = ", ".join(f"{rule} {count}" for rule, count in ranked)
    return f"cards by rule: {counts}"


def deck_table(report: BuildReport, limit: int = 20) -> str:
    """The deck files written and their cards; past `limit` rows, the biggest, then the rest
    counted, so a large build does not scroll its problems off the screen."""
    rows = [(path.name, count) for path, count in report.cards_per_deck.items()]
    if len(rows) > limit:
        shown = sorted(rows, key=lambda row: -row[1])[: limit - 1]
        rest = [row for row in rows if row not in shown]
        rows = [*shown, (f"… {plural(len(rest), 'more file')}", sum(c for _, c in rest))]
    return table(("deck file", "cards"), [(name, str(count)) for name, count in rows], right=(1,))


def problems_json(problems: Iterable[Problem]) -> list[dict]:
    return [
        {
            "file": problem.file,
            "line": problem.line,
            "severity": problem.severity,
            "message": problem.message,
        }
        for problem in problems
    ]


def report_json(report: BuildReport, out: Path) -> str:
    """The build's outcome for scripts: decks written, counts, and every problem."""
    return json.dumps(
        {
            "ok": not report.failed,
            "notes_read": report.notes_read,
            "cards": report.cards,
            "decks_unchanged": report.decks_unchanged,
            "cards_by_rule": dict(report.cards_by_rule.most_common()),
            "out": out.as_posix(),
            "decks": [
                {"file": path.as_posix(), "cards": count}
                for path, count in report.cards_per_deck.items()
            ],
            "problems": problems_json(report.problems),
            "changes": {
                "new": [_card_json(c) for c in report.changes.new],
                "updated": [_card_json(c) for c in report.changes.updated],
                "renamed": [
                    {"from": _card_json(was), "to": _card_json(now)}
                    for was, now in report.changes.renamed
                ],
                "moved": [
                    {"from": _card_json(was), "to": _card_json(now)}
                    for was, now in report.changes.moved
                ],
                "removed": [_card_json(c) for c in report.changes.removed],
                "unchanged": report.changes.unchanged,
                "deleted_deck_files": list(report.changes.deleted_files),
                "state_lost": report.state_lost,
            },
        },
        ensure_ascii=False,
        indent=2,
    )


def show_build(report: BuildReport, out: Path, quiet: bool, as_json: bool) -> None:
    """A build's problems, decks, counts and changes; only its errors when quiet."""
    if as_json:
        click.echo(report_json(report, out))
        return
    for problem in report.problems:
        if problem.is_error or not quiet:
            click.echo(str(problem), err=True)
    if not quiet:
        if report.cards_per_deck:
            click.echo(deck_table(report))
        click.echo(summary(report, out))
        if report.cards_by_rule:
            click.echo(rule_counts(report))
        for line in changes(report):
            click.echo(line)


def show_findings(problems: list[Problem], as_json: bool) -> None:
    """`check`'s findings, one a line (or JSON), then how many of each kind."""
    if as_json:
        click.echo(json.dumps(problems_json(problems), ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem))
    errors = sum(problem.is_error for problem in problems)
    hints = sum(problem.is_hint for problem in problems)
    notes = len({problem.file for problem in problems})
    counted = [
        plural(len(problems) - errors - hints, "warning"),
        plural(errors, "error"),
        *([plural(hints, "hint")] if hints else []),
    ]
    click.echo(
        f"{', '.join(counted)} in {plural(notes, 'note')}" if problems else "no problems found",
        err=True,
    )


def show_sync(
    report: BuildReport,
    out: Path,
    plan: SyncPlan,
    dry_run: bool,
    where: str,
    quiet: bool,
    as_json: bool,
) -> None:
    """What a sync did (or would do): the build's report and the plan, as JSON; or the
    plan in words."""
    if as_json:
        built = json.loads(report_json(report, out))
        sync = plan.as_json(dry_run, where)
        click.echo(json.dumps({**built, "sync": sync}, ensure_ascii=False, indent=2))
    elif not quiet:
        for line in plan.describe(dry_run, where):
            click.echo(printable(line))
