"""Patterns that fold case only in their English words match as if they folded case throughout.

Folding case over a range of Hangul syllables makes a pattern slow to compile (every syllable
is looked up for a case it does not have), so these patterns scope the flag to their Latin
part; what they match must not change for any letter, cased or not."""

import re

import pytest

from flashgen.extract import cloze_gaps, cloze_sentence, qa
from flashgen.patterns import any_of, compile_all, lazy

SCOPED = {
    "cloze_sentence._CONDITION": cloze_sentence._CONDITION,
    "cloze_sentence._EXAMPLE_HEADING": cloze_sentence._EXAMPLE_HEADING,
    "cloze_sentence._SETS_A_CASE": cloze_sentence._SETS_A_CASE,
    "cloze_sentence._LIKE_BEFORE": cloze_sentence._LIKE_BEFORE,
    "cloze_sentence._POINTER": cloze_sentence._POINTER,
    "cloze_gaps._VAGUE": cloze_gaps._VAGUE,
    "qa.POINTS_BACK": qa.POINTS_BACK,
}

# Letters Unicode folds onto ASCII ones (Kelvin sign, long s, dotted and dotless I), letters
# with three cases or that change length, and Hangul, which has no case.
ODD_LETTERS = ["\u212a", "\u017f", "\u0130", "\u0131", "ǅ", "ß", "ﬀ", "가", "힣", "ᄀ", "K", "k"]


def _inputs(pattern: re.Pattern[str]) -> list[str]:
    words = set(re.findall(r"[A-Za-z.']+|[가-힣]+", pattern.pattern))
    words |= {"Example가", "EXAMPLEk", "ex) 주문", "E.G. 1:", "그러면 ", "하면, ", "여러 가지 방법"}
    texts = set()
    for word in words:
        for form in {word, word.upper(), word.title(), word.swapcase()}:
            for odd in ODD_LETTERS:
                folded = form.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0130")
                for text in (form, folded, f"{odd}{form}", f"{form}{odd}", f"the {form} {odd}"):
                    texts |= {text, f"{text} cases", f"이런 {text} 것", f"{text}면 "}
    return sorted(texts)


@pytest.mark.parametrize("name", sorted(SCOPED))
def test_scoped_case_folding_matches_what_folding_throughout_matches(name):
    pattern = SCOPED[name]
    assert not pattern.flags & re.IGNORECASE, "the flag is scoped inside the pattern"
    throughout = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    for text in _inputs(pattern):
        for start in range(len(text) + 1):
            scoped, folded = pattern.search(text, start), throughout.search(text, start)
            assert (scoped and scoped.span()) == (folded and folded.span()), (text, start)


def test_a_pattern_compiled_on_first_use_matches_as_the_compiled_one():
    compiled = re.compile(r"(?P<word>\w+)면\s|(?i:\bif\b)")
    pattern = lazy(compiled.pattern)
    text = "그러면 IF 하면 ok"
    assert pattern.search(text, 3).span() == compiled.search(text, 3).span()
    assert pattern.sub("_", text) == compiled.sub("_", text)
    assert [m.group() for m in pattern.finditer(text)] == [
        m.group() for m in compiled.finditer(text)
    ]
    assert (pattern.pattern, pattern.flags, pattern.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groupindex,
    )


def test_a_pattern_compiled_ahead_of_use_matches_as_the_compiled_one():
    """Before worker processes are forked, every rule's pattern is compiled, so that they
    share it: the pattern then matches as one compiled by `re` itself."""
    compiled = re.compile(r"^(?P<term>[^:\n]+?)\s*:\s+\S", re.MULTILINE)
    pattern = lazy(compiled.pattern, compiled.flags)
    compile_all()
    assert "search" in vars(pattern)  # compiled already, not at its first use
    text = "intro\nEC2 : Elastic Compute Cloud\nS3: storage"
    assert [m.group("term") for m in pattern.finditer(text)] == ["EC2", "S3"]
    assert pattern.sub("-", text) == compiled.sub("-", text)


def test_a_pattern_used_before_the_others_are_compiled_still_matches_after():
    """A rebuild may use some patterns before workers are forked for the rest: compiling
    the rest leaves those already used matching as before."""
    used = lazy(r"\d+")
    assert used.search("a1").group() == "1"
    unused = lazy(r"[a-z]+")
    compile_all()
    assert used.findall("1 a 22") == ["1", "22"]
    assert unused.match("ab1").group() == "ab"


def test_a_pattern_of_words_finds_what_looking_for_each_word_finds():
    words = ("ook up", "ook it up", "TODO", "todo", "받아 적", "받아적", "e-read", "eread", "a.b")
    pattern = re.compile(any_of(words))
    texts = [*words, *(word[:-1] for word in words), *(word.upper() for word in words)]
    texts += ["Look it up later", "받아 적음", "ab", "a.b", "a-b", "", "ook", "e read", "TODOs"]
    texts += [f"{word} {other}" for word in words for other in ("x", "ook u", "받아")]
    for text in texts:
        assert bool(pattern.search(text)) == any(word in text for word in words), text
