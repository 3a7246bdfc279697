"""What a term's line on its heading's card says of it, from a definition a note wraps."""

from flashgen.extract.term_gists import first_paragraph, term_gist

WRAPPED = (
    "read forward from the last snapshot marker, then rebuild the table of open writes and the\n"
    "list of sessions alive at the crash.\n"
    "- a sub-point of its own"
)


def test_a_definition_wrapped_over_lines_is_one_sentence_up_to_the_next_block():
    assert first_paragraph(WRAPPED) == (
        "read forward from the last snapshot marker, then rebuild the table of open writes and"
        " the list of sessions alive at the crash."
    )


def test_a_gist_never_ends_where_the_note_wrapped_its_line():
    gist = term_gist(WRAPPED)

    assert gist is None or not gist.endswith("and the")
    assert term_gist("keeps rows in key order,\nso range scans read pages in turn.") == (
        "keeps rows in key order, so range scans read pages in turn."
    )
