"""TweetDesk's X API sandbox: a local HTTP double of the X API v2 subset the app uses.

Start it in-process with `start_sandbox()` or as a program with `python -m xsandbox`.
"""

from .server import SandboxServer, start_sandbox
from .store import SandboxStore

__all__ = ["SandboxServer", "SandboxStore", "start_sandbox"]
