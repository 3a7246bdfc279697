"""Docusaurus pictures written in JSX (`require('@site/…')`, `useBaseUrl('/img/…')`, an
imported picture) are the files the site builds them from, packed as any picture is and
from inside the notes folder only, as real Anki shows their cards after import."""

from __future__ import annotations

import html
from pathlib import Path

from .conftest import built_into_anki, visible_text, write
from .images import png

TREE, HEAP, CHART, SECRET = (png(rgb=rgb) for rgb in ((1, 2, 3), (4, 5, 6), (7, 8, 9), (9, 9, 9)))

PAGE = """\
---
sidebar_position: 2
---
import Chart from '@site/static/img/chart.png';

# Trees

## Binary tree
A tree whose nodes have at most two children.

<div className="text--center">
  <figure>
    <img alt="A binary tree"
    className="shadow--md" src={require('@site/static/img/tree.png').default} style={{maxWidth: '420px'}} />
  </figure>
</div>

## Heap
A tree in which each parent orders before its children.

<img src={useBaseUrl('/img/heap.png')} alt="A heap" />

## Balance
A balanced tree keeps its height logarithmic.

<img alt="Heights" src={Chart} />

## Trie
A tree of the letters of words. <img src={require('@site/static/img/trie.png').default} />

## Private
A page cannot pack what lies outside the site. <img src={require('@site/../secret.png').default} />

## Writing a picture
Docusaurus writes a picture so:

```jsx
<img src={require('@site/static/img/tree.png').default} />
```
"""


def build_site(collection, tmp_path: Path, config: bool = True):
    site = tmp_path / "site"
    if config:
        write(site / "docusaurus.config.js", "module.exports = {title: 'Trees'};\n")
    write(site / "docs" / "trees.mdx", PAGE)
    for name, data in (("tree.png", TREE), ("heap.png", HEAP), ("chart.png", CHART)):
        (site / "static" / "img").mkdir(parents=True, exist_ok=True)
        (site / "static" / "img" / name).write_bytes(data)
    (tmp_path / "secret.png").write_bytes(SECRET)
    report, shown = built_into_anki(collection, [site], tmp_path / "decks")
    assert not report.failed, report.problems
    return site, report, {front.split(" ")[-1]: back for front, back in shown}


def media_of(collection) -> set[bytes]:
    return {path.read_bytes() for path in Path(collection.media.dir()).iterdir() if path.is_file()}


def test_jsx_pictures_of_a_docusaurus_site_are_packed_and_shown(collection, tmp_path):
    _, _, backs = build_site(collection, tmp_path)

    for front in ("tree", "Heap", "Balance"):
        assert backs[front].count("<img") == 1, backs[front]
        assert "{" not in backs[front] and "require" not in backs[front]
    assert {TREE, HEAP, CHART} <= media_of(collection)
    assert not collection.media.check().missing
    code = "".join(html.unescape(visible_text(backs["picture"])).split())
    assert "<imgsrc={require('@site/static/img/tree.png').default}/>" in code  # code is code


def test_a_jsx_picture_not_found_is_named_as_the_site_names_it_and_shows_nothing(
    collection, tmp_path
):
    site, report, backs = build_site(collection, tmp_path)

    page = (site / "docs" / "trees.mdx").as_posix()
    assert [str(problem) for problem in report.warnings] == [
        f"{page}:29: warning: image not found: @site/static/img/trie.png",
        f"{page}:32: warning: image @site/../secret.png is outside the notes folder: not packed",
    ]
    assert visible_text(backs["Trie"]) == "A tree of the letters of words."
    assert "<img" not in backs["Private"]
    assert SECRET not in media_of(collection)


def test_without_a_site_config_the_notes_folder_is_the_sites_root(collection, tmp_path):
    _, report, backs = build_site(collection, tmp_path, config=False)

    assert {TREE, HEAP, CHART} <= media_of(collection)
    assert all("<img" in backs[front] for front in ("tree", "Heap", "Balance"))
    assert len(report.warnings) == 2
