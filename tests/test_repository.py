"""Guards on the repository itself: things a merge can leave behind."""

import subprocess

from tests.conftest import ROOT


def test_no_merge_conflict_markers_are_committed():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    offenders = []
    for name in tracked:
        path = ROOT / name
        if not path.is_file() or path.suffix in {".gz", ".png"}:
            continue
        for number, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
            if line.startswith(("<<<<<<< ", ">>>>>>> ")):
                offenders.append(f"{name}:{number}")
    assert offenders == []
