"""Notes as their own tools show them: Obsidian vaults, Docusaurus, MkDocs and GitHub pages.

Each flavour's syntax is read in a small module of its own, as a markdown-it plugin or as a
step on the note's text before it is parsed (one that keeps every line where it was, so
cards and messages still name the right line).
"""
