"""`talentguard policy show [NAME]` and `policy list`: a preset's rules in words, with sources."""

from __future__ import annotations

import argparse

from talentguard.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("policy", help="show a policy preset's rules in words, with their sources",
                              description="Print every rule of a policy preset (or policy file) in words, each "
                                          "with the clause of the platform's policy it comes from. Without NAME: "
                                          "the preset of --policy / TALENTGUARD_POLICY.")
    sub = p.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="the rules of one preset")
    show.add_argument("name", nargs="?", help="preset name or policy file (default: the configured policy)")
    show.set_defaults(func=run_show)
    lst = sub.add_parser("list", help="the preset names")
    lst.set_defaults(func=run_list)
    table = sub.add_parser("table", help="every preset side by side (Markdown, as in docs/policies.md)")
    table.set_defaults(func=run_table)


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from talentguard.policy import load_policy
    from talentguard.policy_words import render

    print(render(load_policy(args.name or settings.policy)))
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from talentguard.policy import preset_names

    print("\n".join(preset_names()))
    return 0


def run_table(args: argparse.Namespace, settings: Settings) -> int:
    from talentguard.policy_words import side_by_side

    print(side_by_side())
    return 0
