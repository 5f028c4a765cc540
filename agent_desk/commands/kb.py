"""`agent-desk kb`: the knowledge base without a screen.

`kb add` proposes an article (any account; queued for `kb/proposals/` on the share, so a
supervisor at any desk of the branch publishes it); `kb pull` takes the newest good package and
(on a desk with a supervisor) the proposals from the share now, as the window does at start and
after each sync, and says which files it refused and why; `kb publish`, `kb retire`,
`kb export`, `kb import` and `kb share` are for supervisors and administrators; `kb search`
reads published articles only and needs no account (what any agent at the desk may look up
during a call). The rules are in `agent_desk/knowledge/service.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import AgentDeskError

CATEGORY_HELP = "call category (inquiry, complaint, report, suggestion, repair, other; repeatable)"


LIMIT_MAX = 1000


def _limit(text: str) -> int:
    """How many articles to print: 0, -5 or a 20-digit number is no answer to ask for."""
    try:
        value = int(text.strip()) if text.strip().isascii() else 0
    except ValueError:
        value = 0
    if not 1 <= value <= LIMIT_MAX:
        raise argparse.ArgumentTypeError(f"{text}: give a number from 1 to {LIMIT_MAX:,}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    kb = group(sub, "kb", help="the knowledge base: propose, publish, retire, search, share")

    add = command(
        kb,
        "add",
        needs=Permission.TAKE_CALLS,
        func=add_cmd,
        help="propose an article (a supervisor publishes it); prints its id",
    )
    add.add_argument("--title", required=True)
    add.add_argument("--body", help="the article's text (or --body-file)")
    add.add_argument("--body-file", type=Path, help="read the text from this UTF-8 file")
    add.add_argument("--category", action="append", default=[], help=CATEGORY_HELP)
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    add.add_argument("--json", action="store_true", help="print one JSON object")

    for name, func, text in (
        ("publish", publish_cmd, "publish a proposed or retired article"),
        ("retire", retire_cmd, "retire an article: no longer offered on calls"),
    ):
        p = command(kb, name, needs=Permission.PUBLISH_KNOWLEDGE, func=func, help=text)
        p.add_argument("id", help="the article's id (from kb add or kb search --json)")

    search = command(
        kb,
        "search",
        needs=NoAccount("reads published articles only, which every agent may look up"),
        func=search_cmd,
        help="search the published articles",
    )
    search.add_argument("text", help="words to find (Chinese or not; every word must match)")
    search.add_argument("--limit", type=_limit, default=20, help="1 to 1,000 (default 20)")
    search.add_argument("--json", action="store_true", help="print one JSON array")
    words_may_start_with_a_dash(search)

    export = command(
        kb,
        "export",
        needs=Permission.PUBLISH_KNOWLEDGE,
        func=export_cmd,
        help="write the published and retired articles with their history to a package file",
    )
    export.add_argument("file", type=Path)

    imp = command(
        kb,
        "import",
        needs=Permission.PUBLISH_KNOWLEDGE,
        func=import_cmd,
        help="import a package file (whole or not at all); newer versions replace older",
    )
    imp.add_argument("file", type=Path)

    listing = command(
        kb,
        "list",
        needs=Permission.TAKE_CALLS,
        func=list_cmd,
        help="list the articles on this desk by status, newest change first (e.g. the "
        "proposals a supervisor has to publish)",
    )
    listing.add_argument("--status", choices=("proposed", "published", "retired"))
    listing.add_argument("--limit", type=_limit, default=500, help="1 to 1,000 (default 500)")
    listing.add_argument("--json", action="store_true", help="print one JSON array")

    command(
        kb,
        "pull",
        needs=Permission.TAKE_CALLS,
        func=pull_cmd,
        help="take the newest good package (and, with a supervisor here, the proposals) "
        "from the share now",
    )

    command(
        kb,
        "share",
        needs=Permission.PUBLISH_KNOWLEDGE,
        func=share_cmd,
        help="queue the package for kb/ on the share and publish the outbox",
    )


def words_may_start_with_a_dash(parser: argparse.ArgumentParser) -> None:
    """`kb search -退款` searches for 退款 instead of failing on an unknown option -退款.

    argparse takes a word starting with "-" for a positional only when it looks like a negative
    number; this parser counts every single-dash word that is not one of its own options
    (`-h`) as one. Its own options are matched before this rule, so `--json` still works."""
    matcher = getattr(parser, "_negative_number_matcher", None)
    if matcher is not None and not getattr(parser, "_has_negative_number_optionals", [True]):
        parser._negative_number_matcher = re.compile(r"^-[^-]")  # type: ignore[attr-defined]


def _body(args: argparse.Namespace) -> str:
    if args.body_file is not None:
        try:
            return args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise AgentDeskError(f"cannot read {args.body_file}: {exc}") from exc
    if args.body is None:
        raise AgentDeskError("give the article's text with --body or --body-file")
    return str(args.body)


def add_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        article = services.knowledge.propose(
            args.actor, args.title, _body(args), args.category, args.tag
        )
    finally:
        services.close()
    if args.json:
        print(json.dumps({"id": article.id, "status": article.status, "version": article.version}))
    else:
        print(article.id)
    return 0


def publish_cmd(args: argparse.Namespace) -> int:
    return _status(args, "publish")


def retire_cmd(args: argparse.Namespace) -> int:
    return _status(args, "retire")


def _status(args: argparse.Namespace, verb: str) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        article = getattr(services.knowledge, verb)(args.actor, args.id)
    finally:
        services.close()
    print(f"{article.id} {article.status} (version {article.version}): {article.title}")
    return 0


def search_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        hits = services.knowledge.search(args.text, limit=max(1, args.limit))
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": h.id,
                        "title": h.title,
                        "version": h.version,
                        "categories": list(h.categories),
                        "tags": list(h.tags),
                        "snippet": h.snippet,
                    }
                    for h in hits
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for h in hits:
        print(f"{h.id}  {h.title}")
    if not hits:
        print("no published article matches", file=sys.stderr)
    return 0


def export_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        data = services.knowledge.export_package(args.actor, *services.branch_desk())
    finally:
        services.close()
    temp = args.file.with_name(f".{args.file.name}.partial")
    try:  # a file cut short by a full disk is never left under the real name
        temp.write_bytes(data)
        temp.replace(args.file)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise AgentDeskError(f"cannot write {args.file}: {exc.strerror or exc}") from exc
    print(f"wrote {args.file} ({len(data):,} bytes)")
    return 0


def import_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.knowledge.package import MAX_PACKAGE_BYTES

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise AgentDeskError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    if len(data) > MAX_PACKAGE_BYTES:
        raise AgentDeskError(f"{args.file} is larger than any knowledge package")
    services = open_services(args)
    try:
        result = services.knowledge.import_package(data, args.file.name, actor=args.actor)
    finally:
        services.close()
    print(
        f"imported {args.file.name}: {result.added} new, {result.updated} newer, "
        f"{result.unchanged} unchanged, {len(result.skipped)} skipped"
    )
    _tell(result)
    return 0


def _tell(result: object) -> None:
    """Skipped articles and refused files, one line each on stderr."""
    for skip in getattr(result, "skipped", ()):
        print(f"skipped {skip.message}", file=sys.stderr)
    for refused in getattr(result, "refused", ()):
        print(f"refused {refused.name}: {refused.message}", file=sys.stderr)


def list_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        articles = services.knowledge.articles(args.status, limit=max(1, args.limit))
    finally:
        services.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": a.id,
                        "title": a.title,
                        "status": a.status,
                        "version": a.version,
                        "author": a.author_no,
                        "origin": a.origin,
                    }
                    for a in articles
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for a in articles:
        print(f"{a.id}  {a.status:<9} v{a.version:<3} {a.author_no:<6} {' '.join(a.title.split())}")
    if not articles:
        print("no article", file=sys.stderr)
    return 0


def pull_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        location = str(services.config.get("share.location") or "")
        if not location.strip():
            raise AgentDeskError("no share is set (config set share.location …)")
        result = services.knowledge.import_from_share(
            location, str(services.config.get("share.username") or "")
        )
    finally:
        services.close()
    if result is None:
        print("nothing new on the share")
        return 0
    if result.name:
        print(
            f"took {result.name}: {result.added} new, {result.updated} newer, "
            f"{result.unchanged} unchanged"
        )
    else:
        print("no new good package on the share")
    if result.proposals:
        print(
            f"{result.proposals} proposals new or changed: "
            "kb list --status proposed (or Tools > Knowledge base…)"
        )
    _tell(result)
    return 0


def share_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services

    services = open_services(args)
    try:
        path = services.knowledge.queue_for_share(args.actor, *services.branch_desk())
        result = services.sync.run(force=True)
    finally:
        services.close()
    state = result.state
    print(f"queued {path}; the sync sent {result.sent} item(s) of the outbox")
    left = state.waiting + state.conflicts + state.failed
    if result.error is not None or left:
        why = result.error.message if result.error is not None else "see agent-desk sync --list"
        print(f"agent-desk: {left} item(s) not on the share yet: {why}", file=sys.stderr)
        return 1
    return 0
