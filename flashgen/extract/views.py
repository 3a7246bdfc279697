"""A heading that labels a view of the subject above it, not a subject of its own:
`## 한눈에 보기` over a diagram of the optimizers, `## 코드로 확인` over code comparing two
layers, `### At a glance`, `### Cheat sheet`, `### Quick reference`, `### In code`,
`### 실습`, `### Demo`. It says how the subject is shown (in one picture, a table, code,
a run), not what is shown: alone on a front it asks nothing (`한눈에 보기`?), so it is read
as a label (label_headings), a part of the heading above it, and asked of that subject
(`Optimizer › 한눈에 보기`) when it stands apart."""

from __future__ import annotations

import re

from flashgen.patterns import lazy

VIEW = (
    r"한눈에(?:\s*(?:보기|비교|정리))?|(?:요약|정리)\s*표|코드로\s*(?:확인|보기|이해)|실습|"
    r"at\s+a\s+glance|cheat\s?sheet|quick\s+reference|in\s+code|demo"
)
"""`한눈에 보기`, `한눈에 비교`, `요약 표`, `코드로 확인`, `실습`, `At a glance`, `Cheat sheet`,
`Quick reference`, `In code`, `Demo`: the name of a view alone, a part of `_LABEL`s."""
_VIEW = lazy(rf"^(?:{VIEW})[.:!]*$", re.IGNORECASE)


def labels_a_view(title: str) -> bool:
    """`한눈에 보기`, `At a glance`, `코드로 확인`: a title naming only how its subject is shown."""
    return bool(_VIEW.match(title.strip()))
