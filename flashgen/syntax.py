"""markdown-it tokens → a small tree of nodes, one for each block, item or inline span.

The recognisers read this tree many thousand times a note. markdown-it's own
`SyntaxTreeNode` works out `type`, `children` and `map` anew on every read, and builds
its tree through several calls a node; here each is a plain attribute, filled once, in
one pass over the tokens. The names and meanings are markdown-it's, so a rule reads the
same either way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from markdown_it.token import Token

LIST_TYPES = ("bullet_list", "ordered_list")
"""The types of a list block, bulleted or numbered."""
CODE_TYPES = ("fence", "code_block")
"""The types of a code block, fenced or indented."""


class Node:
    """A token, or an `_open` … `_close` pair of tokens with what stands between them."""

    __slots__ = ("type", "tag", "map", "content", "attrs", "children", "_inline", "line", "below")

    def __init__(self, tokens: Sequence[Token] = ()) -> None:
        """The root of a tree holding `tokens` (markdown-it's `SyntaxTreeNode(tokens)`)."""
        self.type = "root"
        self.tag = ""
        self.map: list[int] | None = None
        self.content = ""
        self.attrs: dict = {}
        self.children: list[Node] = []
        _add_children(self, tokens)

    line: Node | None
    """A list item's own line: the inline node of its first paragraph (None when the item
    opens with another block). Rule after rule reads it, so it is worked out once, as the
    item is built, as is `below`."""
    below: list[Node]
    """The blocks of a list item under its own line."""

    def __getattr__(self, name: str) -> Node | list[Node] | None:
        # Reached only for a slot never filled. The children of an inline node, which most
        # rules never look into (they read its `content`), are built when first read.
        if name == "children":
            tokens = self._inline
            if tokens is None:  # text the parse left to be read when asked
                from flashgen.markdown_parser import read_inline  # which imports this module

                tokens = read_inline(self.content)
            self.children = []
            _add_children(self, tokens)
            return self.children
        if name in ("line", "below"):  # asked of a node that is not a list item
            _split_item(self)
            return getattr(self, name)
        raise AttributeError(name)

    def walk(self, include_self: bool = True) -> Iterator[Node]:
        """This node (if `include_self`) and every node under it, depth first, in order."""
        if include_self:
            yield self
        stack = self.children[::-1]
        while stack:
            node = stack.pop()
            yield node
            if node.children:
                stack.extend(node.children[::-1])

    def rows(self) -> list[Node]:
        """The rows (`tr`) of a table, in order: `walk`'s, without reading the text of any
        cell (a walk makes the nodes of each cell's text, and no row stands among them)."""
        rows = []
        stack = [self]
        while stack:
            node = stack.pop()
            if node.type == "tr":
                rows.append(node)
            elif node.type != "inline" and node.children:
                stack.extend(node.children[::-1])
        return rows

    def inlines(self) -> Iterator[Node]:
        """The inline nodes under this one, in order, without making their children."""
        stack = [self]
        while stack:
            node = stack.pop()
            if node.type == "inline":
                yield node
            elif node.children:
                stack.extend(node.children[::-1])

    def __repr__(self) -> str:
        return f"Node({self.type})"


def _add_children(parent: Node, tokens: Sequence[Token]) -> None:
    """The nodes of `tokens` under `parent`: an `_open` token opens a node that takes what
    follows up to its `_close`; an inline token or an image holds its own child tokens,
    made nodes when first asked for (and read from its text then, if the parse left
    them unread)."""
    open_lists = [parent.children]  # the children of each node still open, innermost last
    open_items = []  # the list items still open, innermost last
    new = Node.__new__
    for token in tokens:
        nesting = token.nesting
        if nesting < 0:
            open_lists.pop()
            if token.type == "list_item_close":
                _split_item(open_items.pop())
            continue
        node = new(Node)
        node.type = token.type if nesting == 0 else token.type[:-5]  # less `_open`
        node.tag = token.tag
        node.map = token.map
        node.content = token.content
        node.attrs = token.attrs
        open_lists[-1].append(node)
        if token.children:
            node._inline = token.children
        elif token.children is None and token.type == "inline":
            node._inline = None  # its text not read yet (markdown_parser.py)
        else:
            node.children = children = []
            if nesting > 0:
                open_lists.append(children)
                if node.type == "list_item":
                    open_items.append(node)


def _split_item(item: Node) -> None:
    """Fills a list item's `line` and `below`."""
    children = item.children
    if children and children[0].type == "paragraph":
        item.line, item.below = children[0].children[0], children[1:]
    else:
        item.line, item.below = None, list(children)


def neighbours(root: Node, node: Node) -> tuple[Node | None, Node | None]:
    """The nodes just before and after `node` among its siblings, somewhere under `root`.

    A node keeps no link to its parent: that link would make every tree a reference cycle,
    which Python frees only in its slow full collections, with all the notes' cards around
    by then. The few rules that look at a block's neighbours look them up instead, in an
    index of the last tree asked about (searching the tree for each would take time
    growing with the square of a note's length, in a note of a thousand `Q:` lines)."""
    global _sibling_index
    known = _sibling_index
    if known is None or known[0] is not root:
        known = _sibling_index = (root, _siblings_of_blocks(root))
    siblings, index = known[1].get(id(node), ((), 0))
    if not siblings:
        return None, None
    before = siblings[index - 1] if index > 0 else None
    after = siblings[index + 1] if index + 1 < len(siblings) else None
    return before, after


_sibling_index: tuple[Node, dict[int, tuple[list[Node], int]]] | None = None


def _siblings_of_blocks(root: Node) -> dict[int, tuple[list[Node], int]]:
    """Each node under `root` (by id) → its siblings and its place among them."""
    index: dict[int, tuple[list[Node], int]] = {}
    open_nodes = [root]
    while open_nodes:
        siblings = open_nodes.pop().children
        for place, sibling in enumerate(siblings):
            index[id(sibling)] = (siblings, place)
        # Blocks only: an inline node's children would be made just to be looked through.
        open_nodes.extend(sibling for sibling in siblings if sibling.type != "inline")
    return index
