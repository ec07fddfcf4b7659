"""`talentguard sanitize-cv`: strip special categories and contact details from CVs."""

from __future__ import annotations

import argparse
import json
import sys

from talentguard.config import Settings
from talentguard.errors import PipelineError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sanitize-cv", help="sanitise a CV (stdin) or a batch of CVs (JSON lines)",
        description="Read one CV on stdin and write JSON {text, language, findings: [{category, start, end, "
                    "score}]} (offsets into the input). With --batch, read JSON lines {id, text, lang?} and "
                    "write one JSON line per input with the same id; a bad line gets {id, error} and the "
                    "exit code 1. Categories: the ten special categories of POLICIES.md plus 'contact'.")
    p.add_argument("--lang", choices=("en", "fr"), help="language of the CV (default: detected)")
    p.add_argument("--batch", action="store_true", help="JSON lines in, JSON lines out")
    p.add_argument("--preset", metavar="NAME",
                   help="policy preset whose extras are removed too (valumen: hobbies, associations, birthplace, gender)")
    p.set_defaults(func=run)


def _as_json(result, **extra) -> str:  # noqa: ANN001 - SanitisedCv
    return json.dumps({**extra, "text": result.text, "language": result.language,
                       "findings": [{"category": f.category, "start": f.start, "end": f.end, "score": f.score}
                                    for f in result.findings]}, ensure_ascii=False)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from anonymiser.cv_sanitiser import get_sanitiser, options_for_preset

    options = options_for_preset(args.preset)  # an unknown preset is a clear error, before reading stdin
    try:
        raw = sys.stdin.buffer.read()
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PipelineError("input is not UTF-8 text") from None
    if not args.batch:
        if not text.strip():
            raise PipelineError("empty input: pipe one CV (plain text) on stdin")
        print(_as_json(get_sanitiser().sanitise(text, args.lang, options)))
        return 0
    sanitiser, failed = get_sanitiser(), 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or "text" not in item:
                raise PipelineError('expected an object {"id", "text", "lang"?}')
            item_id = item.get("id")
            print(_as_json(sanitiser.sanitise(item["text"], item.get("lang") or args.lang, options), id=item_id), flush=True)
        except (json.JSONDecodeError, PipelineError) as exc:
            failed += 1
            reason = "not valid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            print(json.dumps({"id": item_id, "error": f"line {lineno}: {reason}"}), flush=True)
            print(f"line {lineno}: {reason}", file=sys.stderr)
    return 1 if failed else 0
