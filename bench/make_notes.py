"""Write a synthetic corpus of study notes, in the style students write them.

    python bench/make_notes.py OUT --files N [--seed S] [--sections K]

Each note looks like an ordinary Korean/English computer-science study note: a `# Title`,
a table of contents of anchor links, `<br>` between parts, `##` sections (some with `###`
subsections), `- term: definition` bullets, `- 장점` / `- 단점` with child bullets, **bold**
key phrases, now and then a code fence, a table or a remote image. The output depends only on
the seed and the note's number, so the same command always writes the same bytes, and a
bigger corpus starts with the notes of a smaller one.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SUBJECTS = {
    "컴퓨터 구조": ["CPU", "캐시 메모리", "파이프라이닝", "인터럽트", "DMA", "레지스터", "버스"],
    "알고리즘": ["이진 탐색", "퀵 정렬", "병합 정렬", "동적 계획법", "그리디", "BFS", "DFS"],
    "Network": ["TCP", "UDP", "HTTP/2", "DNS", "TLS handshake", "NAT", "로드 밸런싱"],
    "운영체제": ["프로세스", "스레드", "교착 상태", "페이지 교체", "세마포어", "스케줄러"],
    "Database": ["인덱스", "트랜잭션", "정규화", "MVCC", "샤딩", "복제", "실행 계획"],
    "Web": ["쿠키", "세션", "JWT", "CORS", "REST API", "웹 소켓", "브라우저 렌더링"],
    "Python": ["GIL", "제너레이터", "데코레이터", "컨텍스트 매니저", "asyncio", "dataclass"],
    "Cloud": ["EC2", "S3", "Lambda", "VPC", "오토 스케일링", "CDN", "IAM"],
}
HEADING_ENDINGS = ("", "란?", "의 특징", " 동작 방식", " 정리", " 사용 이유", " vs 대안")
DEFINITIONS = (
    "데이터를 임시로 저장해 두는 빠른 저장소",
    "요청과 응답을 주고받는 약속",
    "여러 작업이 같은 자원을 기다리며 멈춘 상태",
    "한 번에 하나의 실행 흐름만 들어가게 하는 장치",
    "읽기 성능을 위해 추가 공간을 쓰는 자료구조",
    "상태를 서버에 저장하지 않는 방식",
    "a small, fast memory close to the processor",
    "the order in which work is given a turn",
    "a key that identifies one row",
    "an agreed format for messages between two programs",
)
FACTS = (
    "평균 시간 복잡도는 O(n log n)",
    "자주 쓰는 데이터는 가까운 곳에 두는 것이 유리함",
    "면접에서 자주 나오는 질문",
    "실제 서비스에서는 모니터링과 함께 사용함",
    "설정 값에 따라 성능 차이가 큼",
    "락을 잡는 순서를 정하면 교착 상태를 피할 수 있음",
    "쓰기보다 읽기가 많을 때 효과적",
    "It trades memory for speed",
    "Most interview questions ask for the trade-off, not the definition",
    "Measure before optimising",
)
PROS = ("구현이 단순함", "응답이 빠름", "확장하기 쉬움", "장애가 전파되지 않음", "비용이 적게 듦")
CONS = ("메모리를 더 씀", "디버깅이 어려움", "일관성을 맞추기 어려움", "초기 설정이 복잡함")
CODE = (
    ("python", ("def search(items, key):", "    return key in set(items)")),
    ("java", ("public int twice(int x) {", "    return x * 2;", "}")),
    ("sql", ("SELECT name FROM users", "WHERE id = 42;")),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the notes into")
    parser.add_argument("--files", type=int, default=2000, help="how many notes (default: 2000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    parser.add_argument("--sections", type=int, default=20, help="sections per note (default: 20)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    size = 0
    for number in range(args.files):
        text = study_note(random.Random(f"{args.seed}:{number}"), number, args.sections)
        data = text.encode("utf-8")
        (args.out / f"note-{number:05}.md").write_bytes(data)
        size += len(data)
    print(f"wrote {args.files} notes, {size / 1e6:.1f} MB, to {args.out}")


def study_note(rng: random.Random, number: int, sections: int) -> str:
    subject = list(SUBJECTS)[number % len(SUBJECTS)]
    terms = SUBJECTS[subject]
    headings = unique_headings(rng, terms, sections)
    contents = ["- 목차"]
    body: list[str] = []
    index = 0
    while index < len(headings):
        heading = headings[index]
        contents.append(f"    - [{heading}](#{anchor(heading)})")
        if index + 2 < len(headings) and rng.random() < 0.2:
            # A parent section whose content is two subsections.
            body += [f"## {heading}", ""]
            for child in headings[index + 1 : index + 3]:
                contents.append(f"        - [{child}](#{anchor(child)})")
                body += section(rng, "###", child, terms)
            index += 3
        else:
            body += section(rng, "##", heading, terms)
            index += 1
    return "\n".join([f"# {subject} {number}", *contents, "", "<br>", "", *body])


def unique_headings(rng: random.Random, terms: list[str], count: int) -> list[str]:
    headings: list[str] = []
    while len(headings) < count:
        heading = rng.choice(terms) + rng.choice(HEADING_ENDINGS)
        headings.append(heading if heading not in headings else f"{heading} ({len(headings)})")
    return headings


def section(rng: random.Random, marks: str, heading: str, terms: list[str]) -> list[str]:
    lines = [f"{marks} {heading}"]
    if rng.random() < 0.15:
        lines.append(remote_image(rng))
    if rng.random() < 0.4:
        for term in rng.sample(terms, rng.randint(2, 5)):
            lines.append(f"- {term}: {emphasise(rng, rng.choice(DEFINITIONS))}")
    else:
        lines += [f"- {emphasise(rng, fact)}" for fact in rng.sample(FACTS, rng.randint(1, 3))]
        if rng.random() < 0.5:
            lines.append("- 장점")
            lines += [f"    - {emphasise(rng, p)}" for p in rng.sample(PROS, rng.randint(1, 3))]
            lines.append("- 단점")
            lines += [f"    - {emphasise(rng, c)}" for c in rng.sample(CONS, rng.randint(1, 2))]
    if rng.random() < 0.1:
        language, code = rng.choice(CODE)
        lines += ["", f"```{language}", *code, "```"]
    if rng.random() < 0.06:
        first, second = rng.sample(terms, 2)
        lines += ["", "| 구분 | 설명 |", "| --- | --- |"]
        lines += [f"| {first} | {rng.choice(DEFINITIONS)} |", f"| {second} | {rng.choice(FACTS)} |"]
    return [*lines, "", "<br>", ""]


def emphasise(rng: random.Random, text: str) -> str:
    """Now and then a few words in **bold**, as students mark what matters."""
    if rng.random() >= 0.3:
        return text
    words = text.split(" ")
    start = rng.randrange(len(words))
    end = min(len(words), start + rng.randint(1, 2))
    return " ".join([*words[:start], "**" + " ".join(words[start:end]) + "**", *words[end:]])


def remote_image(rng: random.Random) -> str:
    return f"![](https://images.example.com/notes/{rng.getrandbits(64):016x}.png)"


def anchor(heading: str) -> str:
    """The fragment a Markdown viewer gives a heading: lower case, spaces as dashes."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


if __name__ == "__main__":
    main()
