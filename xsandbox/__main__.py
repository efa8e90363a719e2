"""Run the sandbox: python -m xsandbox --host 127.0.0.1 --port 8001 --db var/xsandbox.sqlite3"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from pathlib import Path

from .control import register_accounts
from .server import start_sandbox


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m xsandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8001, help="port (default 8001, 0 = any)")
    parser.add_argument("--db", default=":memory:", help="sqlite file, or :memory: (default)")
    parser.add_argument(
        "--accounts", type=Path, help='JSON file: a list of accounts, or {"accounts": [...]}'
    )
    parser.add_argument(
        "--signature-base-url",
        default="https://api.twitter.com",
        help="base URL the OAuth signatures are computed over (default https://api.twitter.com)",
    )
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    return parser.parse_args(argv)


def load_accounts_file(path: Path) -> list:
    """The account objects in an --accounts file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    accounts = data.get("accounts") if isinstance(data, dict) else data
    if not isinstance(accounts, list):
        raise ValueError(f'{path}: expected a list of accounts or {{"accounts": [...]}}')
    return accounts


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    if args.db != ":memory:":
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    try:
        accounts = load_accounts_file(args.accounts) if args.accounts else []
    except (OSError, ValueError) as error:
        print(f"xsandbox: cannot read accounts: {error}", file=sys.stderr)
        return 2
    sandbox = start_sandbox(args.host, args.port, args.db, args.signature_base_url)
    stop_requested = threading.Event()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, lambda *_: stop_requested.set())
    try:
        registered = register_accounts(sandbox.store, accounts)
        print(
            f"xsandbox listening on {sandbox.base_url} (db {args.db},"
            f" {len(registered)} accounts loaded)",
            flush=True,
        )
        while not stop_requested.wait(0.5):
            pass
    except ValueError as error:
        print(f"xsandbox: bad account: {error}", file=sys.stderr)
        return 2
    finally:
        sandbox.stop()
    print("xsandbox stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
