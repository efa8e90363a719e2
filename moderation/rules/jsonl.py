"""JSON lines in, flags out: the core of `manage.py checktweets`, usable without Django.

Input lines are {"id": ..., "text": "..."}; each good line gives one output line
{"id": ..., "flags": [{"rule", "severity", "start", "end", "message"}, ...]} in input order.
A bad line gets a message on the error stream naming its line number and no output line.
"""

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from .engine import check
from .inbound import classify_mention
from .types import Flag, RulesContext

OUTPUT_KEYS = ("rule", "severity", "start", "end", "message")


def _flag_dict(flag: Flag) -> dict:
    result = {key: getattr(flag, key) for key in OUTPUT_KEYS}
    if flag.urgent:
        result["urgent"] = True
    return result


def run_jsonl(
    in_stream: Iterable[str | bytes],
    out_stream: TextIO,
    err_stream: TextIO,
    context: RulesContext,
    *,
    checker: Callable[[str, RulesContext], list[Flag]] = check,
) -> tuple[int, int]:
    """Check every line of `in_stream`; return (lines checked, bad lines)."""
    checked = bad = 0
    for number, raw in enumerate(in_stream, 1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                bad += 1
                err_stream.write(f"line {number}: not valid UTF-8 ({exc.reason}); skipped\n")
                continue
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            bad += 1
            err_stream.write(f"line {number}: not valid JSON ({exc.msg}); skipped\n")
            continue
        if not isinstance(item, dict) or "id" not in item:
            bad += 1
            err_stream.write(f'line {number}: expected an object with "id" and "text"; skipped\n')
            continue
        text = item.get("text")
        if not isinstance(text, str):
            bad += 1
            err_stream.write(
                f'line {number}: "text" must be a string (id {item["id"]!r}); skipped\n'
            )
            continue
        flags = [_flag_dict(f) for f in checker(text, context)]
        out_stream.write(json.dumps({"id": item["id"], "flags": flags}) + "\n")
        checked += 1
    return checked, bad


def inbound_flags(text: str, context: RulesContext) -> list[Flag]:
    """The inbound checker: a mention's `call_for_help` flag, if it is one."""
    return classify_mention(text, context)


def main(argv: list[str] | None = None) -> int:
    """`python -m moderation.rules.jsonl [--inbound]`: the same as checktweets, without Django."""
    import argparse
    import sys

    from .defaults import default_rules_context

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbound", action="store_true", help="classify mentions (call_for_help)")
    args = parser.parse_args(argv)
    run_jsonl(
        sys.stdin.buffer,
        sys.stdout,
        sys.stderr,
        default_rules_context(),
        checker=inbound_flags if args.inbound else check,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
