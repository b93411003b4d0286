"""Sentence splitting for Arabic news, as spans over the original text.

A full stop between letters is an abbreviation (ا.ف.ب، أ.ب), not a boundary; nothing
inside «…» ends a sentence. A line break ends a sentence unless the line is a hard wrap
inside one: a long line with no closing punctuation, or a line that goes on with the
conjunction و/ف and so is a sentence, not a heading (the Arabi21 page is wrapped
mid-sentence: "واتهمت الولايات المتحدة⏎كوريا الشمالية بتزويد روسيا...").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from factcheck.text import TIMEOUT

_TERMINAL = ".!?؟…"
_WRAPPED_LINE = 80  # characters: a longer line without final punctuation is a hard wrap
_CONTINUES = regex.compile(r"^\s*[وف]\p{Arabic}{2,}")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its span in the body and its text as published."""

    start: int
    end: int
    text: str


def _lines(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in body.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _joins_next(line: str, next_line: str) -> bool:
    stripped = line.rstrip()
    if not stripped or not next_line.strip():
        return False
    if stripped[-1] in _TERMINAL + ":»\"”":
        return False
    return len(stripped) > _WRAPPED_LINE or bool(_CONTINUES.match(stripped, timeout=TIMEOUT))


def _blocks(body: str) -> list[tuple[int, int]]:
    """Lines joined where the text was wrapped inside a sentence."""
    blocks: list[tuple[int, int]] = []
    lines = _lines(body)
    for i, (start, end) in enumerate(lines):
        if blocks and i > 0:
            prev_start, prev_end = lines[i - 1]
            if blocks[-1][1] == prev_end and _joins_next(body[prev_start:prev_end], body[start:end]):
                blocks[-1] = (blocks[-1][0], end)
                continue
        blocks.append((start, end))
    return blocks


def _split_block(body: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, piece_start, depth = [], start, 0
    i = start
    while i < end:
        char = body[i]
        if char == "«":
            depth += 1
        elif char == "»":
            depth = max(0, depth - 1)
        elif char in _TERMINAL and depth == 0:
            j = i
            while j + 1 < end and body[j + 1] in _TERMINAL:
                j += 1
            if j + 1 >= end or body[j + 1].isspace():
                pieces.append((piece_start, j + 1))
                piece_start = j + 1
            i = j
        i += 1
    pieces.append((piece_start, end))
    return pieces


def split_sentences(body: str) -> list[Sentence]:
    """The sentences of an article body, trimmed, with their offsets in the body."""
    sentences = []
    for block_start, block_end in _blocks(body):
        for start, end in _split_block(body, block_start, block_end):
            text = body[start:end]
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if text:
                sentences.append(Sentence(start + lead, start + lead + len(text), text))
    return sentences
