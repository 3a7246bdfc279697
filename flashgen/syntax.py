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


class Node:
    """A token, or an `_open` … `_close` pair of tokens with what stands between them."""

    __slots__ = ("type", "tag", "map", "content", "attrs", "children", "parent", "_inline")

    def __init__(self, tokens: Sequence[Token] = ()) -> None:
        """The root of a tree holding `tokens` (markdown-it's `SyntaxTreeNode(tokens)`)."""
        self.type = "root"
        self.tag = ""
        self.map: list[int] | None = None
        self.content = ""
        self.attrs: dict = {}
        self.children: list[Node] = []
        self.parent: Node | None = None
        _add_children(self, tokens)

    def __getattr__(self, name: str) -> list[Node]:
        # Reached only for a slot never filled: the children of an inline node, which most
        # rules never look into (they read its `content`), so they are built when first read.
        if name != "children":
            raise AttributeError(name)
        self.children = []
        _add_children(self, self._inline)
        return self.children

    @property
    def next_sibling(self) -> Node | None:
        siblings = self.parent.children if self.parent is not None else [self]
        index = _index(siblings, self) + 1
        return siblings[index] if index < len(siblings) else None

    @property
    def previous_sibling(self) -> Node | None:
        siblings = self.parent.children if self.parent is not None else [self]
        index = _index(siblings, self) - 1
        return siblings[index] if index >= 0 else None

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

    def __repr__(self) -> str:
        return f"Node({self.type})"


def _add_children(parent: Node, tokens: Sequence[Token]) -> None:
    """The nodes of `tokens` under `parent`: an `_open` token opens a node that takes what
    follows up to its `_close`; an inline token or an image holds its own child tokens,
    made nodes when first asked for."""
    open_nodes = [parent]
    new = Node.__new__
    for token in tokens:
        nesting = token.nesting
        if nesting < 0:
            open_nodes.pop()
            continue
        above = open_nodes[-1]
        node = new(Node)
        node.type = token.type if nesting == 0 else token.type[:-5]  # less `_open`
        node.tag = token.tag
        node.map = token.map
        node.content = token.content
        node.attrs = token.attrs
        node.parent = above
        above.children.append(node)
        if token.children:
            node._inline = token.children
        else:
            node.children = []
            if nesting > 0:
                open_nodes.append(node)


def _index(siblings: list[Node], node: Node) -> int:
    return next(index for index, sibling in enumerate(siblings) if sibling is node)
