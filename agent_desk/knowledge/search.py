"""Turning what the agent typed into an FTS5 trigram query, and what is too short for one.

The trigram tokenizer indexes every run of three characters, so any substring of three or more
characters (中文 or Latin, case-insensitive) is an index lookup; Chinese needs no word segmenter
for that. A term of one or two characters has no trigram: it is matched with LIKE over titles
and tags only (short, indexed by nothing, but only 20,000 short strings), never over bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_TRIGRAM = 3
# Suggestions from a question: at most this many of its trigrams go into the OR query.
MAX_SUGGEST_GRAMS = 24
_SPLIT = re.compile(r"[\s,，。、；;：:？?！!（）()\[\]【】“”\"'《》<>/\\|]+")


@dataclass(frozen=True)
class Query:
    """`match`: an FTS5 expression ('' when there is none); `short`: terms for LIKE."""

    match: str
    short: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.match and not self.short


def terms(text: str) -> list[str]:
    """The words of a query: split at spaces and punctuation, Chinese or Western."""
    return [t for t in _SPLIT.split(text.strip().lower()) if t]


def phrase(term: str) -> str:
    """An FTS5 string literal: the term in double quotes, its quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


def build_query(text: str) -> Query:
    """All terms must match: long ones through the index, short ones by LIKE."""
    long_terms = []
    short_terms = []
    for term in terms(text):
        if len(term) >= MIN_TRIGRAM:
            long_terms.append(phrase(term))
        else:
            short_terms.append(term)
    return Query(" AND ".join(long_terms), tuple(short_terms))


def grams(text: str, limit: int = MAX_SUGGEST_GRAMS) -> list[str]:
    """Distinct trigrams of the words of a question, in order, for an OR query (suggestions).

    A question is a sentence, not a query: 「宽带每月多少钱」 shares 「宽带每」 or 「多少钱」 with
    an article about broadband prices even though no article contains the whole sentence.
    """
    seen: dict[str, None] = {}
    for word in terms(text):
        for i in range(len(word) - MIN_TRIGRAM + 1):
            seen.setdefault(word[i : i + MIN_TRIGRAM], None)
            if len(seen) >= limit:
                return list(seen)
    return list(seen)


# Characters that make a run of three a function-word run (「怎么办」, 「了怎么」, 「请问您」):
# in every other question, so they say nothing about which article is meant.
FUNCTION_CHARS = frozenset("了的吗呢吧啊呀么怎什我你您他她它们是在有没这那个请问要想就还也都和与或")
MAX_TELLING = 8


def telling_grams(text: str, limit: int = MAX_TELLING) -> list[str]:
    """The question's trigrams without a function character, at most `limit`."""
    return [g for g in grams(text, 64) if not FUNCTION_CHARS.intersection(g)][:limit]


def like_pattern(term: str) -> str:
    """A LIKE pattern matching the term anywhere, with %, _ and the escape escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def title_key(title: str) -> str:
    """The title as compared for duplicates: case-folded, spaces squeezed."""
    return " ".join(title.casefold().split())


def word_list(values: list[str] | tuple[str, ...] | str) -> str:
    """Categories or tags as stored: ' a b ', so LIKE '% a %' finds a whole word."""
    items = terms(values) if isinstance(values, str) else [v.strip().lower() for v in values]
    unique = list(dict.fromkeys(v for v in items if v))
    return " " + " ".join(unique) + " " if unique else " "


def words_of(stored: str) -> tuple[str, ...]:
    return tuple(stored.split())
