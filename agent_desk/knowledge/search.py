"""Turning what the agent typed into FTS5 queries, and the title rules for duplicates.

The trigram tokenizer indexes every run of three characters, so any substring of three or more
characters (中文 or Latin, case-insensitive) is an index lookup; Chinese needs no word segmenter
for that. A term of one or two characters (发票, 退款, 退) has no trigram: it is looked up as one
token of `kb_grams_fts`, which holds every article's characters and character pairs
(`models/knowledge.py`), in titles, tags and bodies alike. A LIKE/instr scan of 20,000 bodies
was measured at 350-600 ms for a rare word (bench/RESULTS.md); the token lookup at 1-17 ms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agent_desk.models.knowledge import WORD_BREAK

MIN_TRIGRAM = 3
# Suggestions from a question: at most this many of its trigrams go into the OR query.
MAX_SUGGEST_GRAMS = 24


@dataclass(frozen=True)
class Query:
    """`match`: an FTS5 expression for the trigram tables ('' when there is none); `short`:
    one for `kb_grams_fts` ('' when no term is under three characters)."""

    match: str
    short: str

    @property
    def empty(self) -> bool:
        return not self.match and not self.short


def terms(text: str) -> list[str]:
    """The words of a query: split at spaces and punctuation, Chinese or Western."""
    return [t for t in WORD_BREAK.split(text.strip().lower()) if t]


def phrase(term: str) -> str:
    """An FTS5 string literal: the term in double quotes, its quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


def build_query(text: str) -> Query:
    """All terms must match: long ones through the trigram index, short ones as a character
    or pair token of the grams index."""
    long_terms: dict[str, None] = {}
    short_terms: dict[str, None] = {}
    for term in terms(text):
        (long_terms if len(term) >= MIN_TRIGRAM else short_terms).setdefault(phrase(term))
    return Query(" AND ".join(long_terms), " AND ".join(short_terms))


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


def telling_pairs(text: str, limit: int = MAX_TELLING) -> list[str]:
    """The question's two-character runs without a function character (发票, 退款), at most
    `limit`: for a question none of whose trigrams tells anything (「发票怎么开」)."""
    seen: dict[str, None] = {}
    for word in terms(text):
        for i in range(len(word) - 1):
            pair = word[i : i + 2]
            if not FUNCTION_CHARS.intersection(pair):
                seen.setdefault(pair, None)
    return list(seen)[:limit]


def like_pattern(term: str) -> str:
    """A LIKE pattern matching the term anywhere, with %, _ and the escape escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Han, kana, Hangul and their compatibility and extension blocks: no spaces between words.
_CJK = re.compile(
    r"[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    r"\uf900-\ufaff\U00020000-\U0003ffff]"
)


def title_key(title: str) -> str:
    """The title as compared for duplicates, the one definition (add, edit and import):
    NFKC (full-width Ｒｅｆｕｎｄ is Refund), case-folded, spaces squeezed, and no space between
    two CJK characters (「退款 多久到账」 is 「退款多久到账」), invisible format characters
    (a zero-width space) dropped."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    words = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf").split()
    key = ""
    for word in words:
        if key and not (_CJK.match(key[-1]) and _CJK.match(word[0])):
            key += " "
        key += word
    return key


def title_problem(title: str) -> str | None:
    """A character a title may not hold (a control character, a line or paragraph break, an
    invisible format character such as a zero-width space), as U+XXXX, or None."""
    for ch in title:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return f"U+{ord(ch):04X}"
    return None


def word_list(values: list[str] | tuple[str, ...] | str) -> str:
    """Categories or tags as stored: ' a b ', so LIKE '% a %' finds a whole word."""
    items = terms(values) if isinstance(values, str) else [v.strip().lower() for v in values]
    unique = list(dict.fromkeys(v for v in items if v))
    return " " + " ".join(unique) + " " if unique else " "


def words_of(stored: str) -> tuple[str, ...]:
    return tuple(stored.split())
