"""The JSON-lines runner behind `manage.py checktweets`, and the command itself."""

import io
import json
import sys

from moderation.rules.jsonl import run_jsonl

from .helpers import fake_context

pytest_plugins = ["tests.rules.helpers"]


def _run(lines, context, **kwargs):
    out, err = io.StringIO(), io.StringIO()
    result = run_jsonl(lines, out, err, context, **kwargs)
    return result, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_one_output_line_per_input_in_order(ctx):
    lines = [
        json.dumps({"id": "b", "text": "Signing off, night all!"}),
        json.dumps({"id": 7, "text": "Bike marking in Stone on Friday."}),
        json.dumps({"id": "a", "text": "Gavin Threlfall, 41, was jailed lol"}),
    ]
    (checked, bad), rows, err = _run(lines, ctx)
    assert (checked, bad, err) == (3, 0, "")
    assert [r["id"] for r in rows] == ["b", 7, "a"]
    assert rows[1]["flags"] == []
    assert {f["rule"] for f in rows[2]["flags"]} == {"name", "joke"}
    assert set(rows[0]["flags"][0]) == {"rule", "severity", "start", "end", "message"}


def test_bad_lines_are_reported_by_line_number_and_skipped(ctx):
    lines = [
        json.dumps({"id": 1, "text": "fine"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": 5, "text": 42}),
        json.dumps({"text": "no id"}),
        b"\xff\xfe broken bytes\n",
        json.dumps({"id": 8, "text": "Signing off"}).encode(),
    ]
    (checked, bad), rows, err = _run(lines, ctx)
    assert (checked, bad) == (2, 5)
    assert [r["id"] for r in rows] == [1, 8]
    messages = err.splitlines()
    assert [m.split(":")[0] for m in messages] == ["line 2", "line 4", "line 5", "line 6", "line 7"]
    assert "not valid JSON" in messages[0]
    assert '"text" must be a string' in messages[2]
    assert "UTF-8" in messages[4]


def test_inbound_flags_calls_for_help_and_marks_urgent_ones_only(ctx):
    from moderation.rules.jsonl import inbound_flags

    lines = [
        json.dumps({"id": 1, "text": "Gavin Threlfall lol"}),
        json.dumps({"id": 2, "text": "My bike was nicked from the station, how do I report it?"}),
        json.dumps({"id": 3, "text": "A man with a knife is chasing people outside Boots now"}),
    ]
    _, rows, _ = _run(lines, ctx, checker=inbound_flags)
    assert rows[0] == {"id": 1, "flags": []}
    assert [f["rule"] for f in rows[1]["flags"]] == ["call_for_help"]
    assert "urgent" not in rows[1]["flags"][0]
    assert rows[2]["flags"][0]["urgent"] is True


def test_checktweets_command_reads_stdin_and_writes_stdout(monkeypatch):
    from moderation.management.commands import checktweets

    handles = []

    def context_for(handle):
        handles.append(handle)
        return fake_context()

    # The real lookup reads the database; the command's own job is stdin to stdout.
    monkeypatch.setattr(checktweets, "rules_context_for", context_for)

    stdin = io.TextIOWrapper(
        io.BytesIO(
            (
                json.dumps({"id": "x", "text": "Night all!"})
                + "\nnope\n"
                + json.dumps({"id": "y", "text": "Advice at www.police.uk"})
                + "\n"
            ).encode()
        )
    )
    monkeypatch.setattr(sys, "stdin", stdin)
    out, err = io.StringIO(), io.StringIO()
    checktweets.Command(stdout=out, stderr=err).handle(account="StaffsPolice", inbound=False)
    assert handles == ["StaffsPolice"]
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["x", "y"]
    assert [f["rule"] for f in rows[0]["flags"]] == ["off_duty"]
    assert rows[1]["flags"] == []
    assert "line 2" in err.getvalue()
