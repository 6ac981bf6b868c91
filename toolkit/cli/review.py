"""`toolkit review`: record decisions on a run's flags, one by one or interactively."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit.cli.app import catch_interrupts, main

if TYPE_CHECKING:
    import polars as pl

    from toolkit.report.rundir import Run

KEYS = "[c]onfirm  [d]ismiss  [n]ote  [s]kip  [b]ack  [q]uit"
KEY_ACTIONS = {
    "c": "confirmed",
    "d": "dismissed",
    "n": "note",
    "s": "skip",
    "b": "back",
    "q": "quit",
}


@main.command()
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option(
    "--flag",
    "flag_id",
    metavar="ID",
    help="The flag or quote-table cell to decide on (an id or a unique prefix).",
)
@click.option(
    "--set",
    "decision",
    type=click.Choice(["confirmed", "dismissed"]),
    help="The decision for --flag.",
)
@click.option("--note", default=None, metavar="TEXT", help="A note, with --set or on its own.")
@click.option(
    "--reviewer",
    default=None,
    metavar="NAME",
    help="Who decides (default: git's user.name, else the OS user).",
)
@click.option("--all", "walk_all", is_flag=True, help="Walk every flag, reviewed ones too.")
def review(
    run_dir: Path,
    flag_id: str | None,
    decision: str | None,
    note: str | None,
    reviewer: str | None,
    walk_all: bool,
) -> None:
    """Confirm or dismiss a run's flags; decisions are appended to RUN_DIR/review.jsonl.

    Without --flag, walks the unreviewed flags (--all: every flag) one by one, showing both
    texts with the differing words highlighted.
    Keys: c confirm, d dismiss, n note, s skip, b back, q quit.
    Every decision is saved at once; earlier decisions stay in the file as history.

    \b
    Example:
        toolkit review alignments/putin-bush-nato-2001
        toolkit review alignments/putin-bush-nato-2001 --flag 0f3bc2115285 --set confirmed
        toolkit review alignments/putin-bush-nato-2001 --flag 0f3b --set dismissed --note "ok"
        toolkit review alignments/putin-bush-transcript-2001 --flag CELL_ID --set confirmed
    """
    from toolkit import review as decisions
    from toolkit.report.rundir import read_run

    run = read_run(run_dir)
    log = decisions.load_review(run.review_path)
    for problem in log.problems:
        click.echo(f"Warning: {problem}", err=True)
    flags = decisions.attach_decisions(run.flags, log.decisions)
    who = reviewer or decisions.default_reviewer()
    if flag_id is None:
        if decision or note:
            raise click.UsageError("--set and --note need --flag ID (or leave all out to walk)")
        _walk(run, flags, reviewer=who, walk_all=walk_all)
        return
    if decision is None and not note:
        raise click.UsageError("--flag needs --set confirmed|dismissed, --note TEXT, or both")
    cells = run.table("quotes_table") if run.has_table("quotes_table") else None
    cell_ids = cells.get_column("cell_id").drop_nulls().to_list() if cells is not None else []
    full_id = decisions.resolve_flag_id(flags, flag_id, run_path=run_dir, cell_ids=cell_ids)
    record = decisions.make_decision(full_id, status=decision or "note", note=note, reviewer=who)
    decisions.append_decision(run.review_path, record)
    click.echo(f"Recorded {full_id}: {record['status']} by {who}")


def _styled(text: str | None, terms: list[str]) -> str:
    from toolkit.report.highlight import highlight_spans

    if not text:
        return click.style("(none)", dim=True)
    out, pos = [], 0
    for start, end in highlight_spans(text, terms):
        out.append(text[pos:start])
        out.append(click.style(text[start:end], fg="yellow", bold=True, underline=True))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _show(flag: dict, *, position: int, total: int) -> None:
    from toolkit.report.highlight import evidence_terms

    terms = evidence_terms(flag["evidence"])
    severity = {"high": "red", "medium": "yellow"}.get(flag["severity"], "blue")
    click.echo("")
    click.echo(
        f"[{position}/{total}] {click.style(flag['flag_id'], bold=True)}  {flag['category']}  "
        + click.style(flag["severity"], fg=severity, bold=True)
        + (f"  {flag['score']:.2f}" if flag["score"] is not None else "")
    )
    if flag["status"] != "unreviewed":
        click.echo(
            f"  now: {flag['status']}" + (f" by {flag['reviewer']}" if flag["reviewer"] else "")
        )
    click.echo(f"  evidence: {flag['evidence'] or ''}")
    if flag.get("cross_check"):
        click.echo(f"  cross-check: {flag['cross_check']}")
    for side in ("a", "b"):
        ids = ",".join(str(i) for i in flag[f"sent_ids_{side}"] or [])
        label = click.style(f"{side.upper()} {flag[f'version_{side}']} [{ids}]", bold=True)
        click.echo(f"  {label}: {_styled(flag[f'text_{side}'], terms)}")
    if flag["note"]:
        click.echo(f"  note: {flag['note']}")


def _read_key() -> str:
    """One key press; with no terminal (piped input) one character of standard input."""
    try:
        key = click.getchar()
    except EOFError:
        return "q"
    except OSError:  # no controlling terminal
        key = sys.stdin.read(1)
    return (key or "q").lower()


def _walk(run: Run, flags: pl.DataFrame, *, reviewer: str, walk_all: bool) -> None:
    from toolkit import review as decisions
    from toolkit.report.table import sort_flags

    chosen = flags if walk_all else flags.filter(flags["status"] == "unreviewed")
    pending = sort_flags(chosen).to_dicts()
    if not pending:
        click.echo(f"No unreviewed flags in {run.path} ({flags.height} flags in all).")
        return
    kind = "" if walk_all else "unreviewed "
    click.echo(f"{len(pending)} {kind}flag(s) in {run.path}; reviewer: {reviewer}")
    catch_interrupts()  # after polars: Ctrl-C must stop a prompt that waits for a key
    index, recorded = 0, 0
    while 0 <= index < len(pending):
        flag = pending[index]
        _show(flag, position=index + 1, total=len(pending))
        click.echo(KEYS + " > ", nl=False)
        action = KEY_ACTIONS.get(_read_key())
        click.echo(action or "")
        if action is None:
            click.echo("Use one of the keys: c d n s b q")
        elif action == "quit":
            break
        elif action == "skip":
            index += 1
        elif action == "back":
            index = max(index - 1, 0)
        elif action == "note":
            text = click.prompt("Note", default="", show_default=False).strip()
            if text:
                decisions.append_decision(
                    run.review_path,
                    decisions.make_decision(
                        flag["flag_id"], status="note", note=text, reviewer=reviewer
                    ),
                )
                flag.update(note=text, reviewer=reviewer, status=_after_note(flag["status"]))
                recorded += 1
        else:
            decisions.append_decision(
                run.review_path,
                decisions.make_decision(flag["flag_id"], status=action, reviewer=reviewer),
            )
            flag.update(status=action, reviewer=reviewer)
            recorded += 1
            index += 1
    left = sum(1 for f in pending if f["status"] == "unreviewed")
    click.echo(
        f"Recorded {recorded} decision(s) in {run.review_path}; {left} flag(s) still unreviewed."
    )


def _after_note(status: str) -> str:
    return "noted" if status == "unreviewed" else status
