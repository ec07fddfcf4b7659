"""Write docs/events.md from schemas/*.avsc (see schemas/reference.py). Run after any schema change."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.reference import REFERENCE_PATH, render_reference  # noqa: E402


def main() -> int:
    REFERENCE_PATH.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE_PATH.write_text(render_reference())
    print(f"wrote {REFERENCE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
