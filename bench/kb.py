"""The knowledge base at 20,000 articles: search as you type and suggestions for a new call.

    .venv/bin/python bench/kb.py [--articles 20000] [--words 200] [--questions 200] [--plain]

A fresh profile (SQLCipher-encrypted as a desk's store is, unless --plain) gets N published
articles of Chinese text whose words follow a Zipf law over a vocabulary of call-center words,
so common trigrams occur in thousands of articles (the hard case for ranking). Then:
- search as you type: a phrase from a random article typed one character at a time, every
  prefix searched as the side panel's worker does (`KnowledgeService.search`, 20 results);
  1-2 character prefixes look up the index of characters and pairs (kb_grams_fts), titles,
  tags and bodies alike; 3+ characters the trigram indexes. Target p99 <= 20 ms.
- suggestions for a new call: a question of 8-20 characters made of vocabulary words and a
  call category (`KnowledgeService.suggest`, 8 results). Target p99 <= 30 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打"
    "白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今"
    "集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近"
    "矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写"
    "存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听"
    "该铁价严首底液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木"
    "帮轮破亚师围注远字材排供河态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试"
    "食充兵源判护司足某练差致板田降黑犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画"
    "功巴跟虽杂飞检吸助升阳互初创抗考投坏策古径换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣"
    "环双请超微让控州良轴找否纪益依优顶础载倒房突坐粉敌略客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋"
)


def vocabulary(rng: random.Random, size: int = 600) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(CHARS) for _ in range(rng.choice((2, 2, 2, 3, 4)))))
    return sorted(words)


def zipf_words(rng: random.Random, vocab: list[str], n: int) -> list[str]:
    weights = [1 / (i + 1) for i in range(len(vocab))]
    return rng.choices(vocab, weights=weights, k=n)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def fill(services: object, count: int, rng: random.Random, vocab: list[str]) -> list[str]:
    """Insert `count` published articles in one transaction (the triggers fill the index);
    returns their bodies for the typing sample."""
    from agent_desk.knowledge.search import title_key, word_list
    from agent_desk.models import KbArticle, KbArticleVersion
    from agent_desk.models.calls import CATEGORIES

    now = datetime.now(UTC)
    bodies = []
    sessions = services.store.sessions  # type: ignore[attr-defined]
    with sessions.begin() as session:
        for i in range(count):
            title = "".join(zipf_words(rng, vocab, rng.randint(2, 4))) + f"{i}"
            body = "，".join(
                "".join(zipf_words(rng, vocab, rng.randint(3, 8)))
                for _ in range(rng.randint(4, 30))
            )
            cats = rng.sample(CATEGORIES, rng.randint(1, 2))
            tags = zipf_words(rng, vocab, rng.randint(0, 3))
            row = KbArticle(
                title=title,
                title_key=title_key(title),
                body=body,
                categories=word_list(cats),
                tags=word_list(tags),
                author_no=f"{1000 + i % 300}",
                status="published",
                version=2,
                created_at=now,
                updated_at=now,
                updated_by_no="2001",
                published_at=now,
                published_by_no="2001",
                origin="local",
            )
            session.add(row)
            session.flush()
            session.add(
                KbArticleVersion(
                    article_id=row.id,
                    version=2,
                    title=title,
                    body=body,
                    categories=row.categories,
                    tags=row.tags,
                    status="published",
                    saved_at=now,
                    saved_by_no="2001",
                    note="bench",
                )
            )
            bodies.append(body)
    return bodies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--words", type=int, default=200, help="phrases typed")
    parser.add_argument("--questions", type=int, default=200, help="suggestions asked")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--plain", action="store_true", help="plain SQLite, not SQLCipher")
    args = parser.parse_args()

    from machine import describe

    from agent_desk.models.calls import CATEGORIES
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    rng = random.Random(args.seed)
    vocab = vocabulary(rng)
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        profile = Profile.at(Path(tmp) / "profile").ensure()
        if args.plain:  # as bench/import_customers.py: a store opened without a key
            from agent_desk.clock import SystemClock
            from agent_desk.context import AppContext
            from agent_desk.store import open_store

            context = AppContext.load(profile, SystemClock())
            services = Services(
                context, open_store(profile.db_path, profile.backup_dir, context.clock)
            )
        else:
            services = Services.open(profile)
        try:
            began = time.perf_counter()
            bodies = fill(services, args.articles, rng, vocab)
            filled = time.perf_counter() - began
            kb = services.knowledge
            kb.search("预热")  # the first query opens the connection and reads the schema
            keystrokes: list[float] = []
            by_length: dict[str, list[float]] = {"1-2": [], "3+": []}
            for _ in range(args.words):
                body = rng.choice(bodies).replace("，", "")
                start = rng.randrange(max(1, len(body) - 8))
                phrase = body[start : start + rng.randint(3, 8)]
                for end in range(1, len(phrase) + 1):
                    t0 = time.perf_counter()
                    kb.search(phrase[:end])
                    ms = (time.perf_counter() - t0) * 1000
                    keystrokes.append(ms)
                    by_length["1-2" if end < 3 else "3+"].append(ms)
            suggestions: list[float] = []
            for _ in range(args.questions):
                question = "".join(zipf_words(rng, vocab, rng.randint(3, 7)))[:20]
                t0 = time.perf_counter()
                kb.suggest(rng.choice(CATEGORIES), question)
                suggestions.append((time.perf_counter() - t0) * 1000)
        finally:
            services.close()
    store = "plain SQLite" if args.plain else "SQLCipher"
    print(f"machine: {describe()}")
    print(f"{args.articles} published articles ({store}) filled in {filled:.1f} s")
    print(
        f"search as you type: {len(keystrokes)} keystrokes, p50 "
        f"{statistics.median(keystrokes):.2f} ms, p99 {pct(keystrokes, 99):.2f} ms, "
        f"max {max(keystrokes):.2f} ms (target p99 <= 20 ms)"
    )
    for name, values in by_length.items():
        if values:
            print(
                f"  prefixes of {name} characters: {len(values)}, p50 "
                f"{statistics.median(values):.2f} ms, p99 {pct(values, 99):.2f} ms"
            )
    print(
        f"suggestions: {len(suggestions)} questions, p50 {statistics.median(suggestions):.2f} ms, "
        f"p99 {pct(suggestions, 99):.2f} ms, max {max(suggestions):.2f} ms (target p99 <= 30 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
