"""The ``dateline`` command: analyse a folder of articles, build the reports, evaluate, geocode.

    $ dateline analyze data/articles --out data/processed
    $ dateline report
    $ dateline evaluate ../shared/corpora/lgl.xml --limit 50
    $ dateline geocode "Danang, Vietnam"

Exit codes: 0 success; 1 when some inputs failed (they are listed) or the command failed;
2 on usage errors (unknown option, missing path). Errors are one line on stderr; ``--debug`` shows
the traceback. Heavy modules (pandas, the gazetteer) are imported inside each subcommand, so
``dateline --help`` answers instantly.

    >>> from helpers.cli import main
    >>> main(["--version"])                                                   # doctest: +SKIP
    dateline 0.1.0
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_LISTED_FAILURES = 20


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _backend(value: str) -> str:
    """``--backend``: dateline, spacy or spacy:MODEL (the pipeline itself loads in analyze)."""
    if value == "dateline" or value == "spacy" or (value.startswith("spacy:") and value[6:]):
        return value
    raise argparse.ArgumentTypeError(f"expected dateline, spacy or spacy:MODEL, got {value!r}")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and for generating docs)."""
    from helpers import __version__

    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Read news articles at scale: places, readability, who is mentioned.",
        epilog="Run 'dateline COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show full tracebacks instead of one-line errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    analyze = commands.add_parser(
        "analyze",
        help="analyse articles into Parquet tables (only new or changed ones are redone)",
        description="Load, clean and analyse every article of SOURCE; write the articles, "
        "readability, places, mentions and errors tables as Parquet under --out. Articles "
        "analysed before by the same version of the helpers come from the cache.",
    )
    analyze.add_argument(
        "source", metavar="SOURCE", nargs="+", help="file, folder or glob of articles"
    )
    analyze.add_argument(
        "--out", default="data/processed", help="output folder (default: %(default)s)"
    )
    analyze.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        help="worker processes (default: the cores available)",
    )
    analyze.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local process pool, or a Dask cluster (needs dateline[dask]) (default: %(default)s)",
    )
    analyze.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: scheduler address (default: start a local cluster)",
    )
    analyze.add_argument(
        "--geocoder",
        default="offline",
        metavar="NAME",
        help="geocoder for place names: offline (default) or a geopy provider name",
    )
    analyze.add_argument("--lang", default="en", help="language of the articles (default: en)")
    analyze.add_argument(
        "--backend",
        type=_backend,
        default="dateline",
        metavar="dateline|spacy[:MODEL]",
        help="recogniser of names: dateline (default, built in) or an installed spaCy pipeline "
        "(needs dateline[spacy]; spacy alone means en_core_web_sm; never downloaded)",
    )
    analyze.add_argument(
        "--story-threshold",
        type=float,
        default=None,
        metavar="J",
        help="similarity (0-1, Jaccard of 4-word shingles) from which two texts are one story "
        "(default: helpers.stories.DEFAULT_THRESHOLD, 0.4; higher splits more)",
    )
    analyze.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it hides itself in pipes)"
    )
    analyze.add_argument(
        "--wait",
        type=float,
        default=None,
        metavar="SECONDS",
        help="when another analysis is writing to --out, wait at most this long, then give up "
        "(default: wait until it is done)",
    )
    analyze.set_defaults(handler=_cmd_analyze)

    report = commands.add_parser(
        "report",
        help="execute the notebooks into HTML reports",
        description="Execute the notebooks on the processed tables and write HTML reports.",
    )
    report.add_argument("--articles", default="data/articles", help="articles folder")
    report.add_argument("--processed", default="data/processed", help="pipeline output folder")
    report.add_argument("--reports", default="reports", help="where the HTML reports go")
    report.add_argument(
        "--notebooks", default=None, help="folder of notebooks to run (default: the bundled ones)"
    )
    report.add_argument("--geocoder", default="offline", help="geocoder the notebooks use")
    report.set_defaults(handler=_cmd_report)

    evaluate = commands.add_parser(
        "evaluate",
        help="accuracy on an annotated corpus: places (LGL/GeoWebNews XML) or entities (JSON Lines)",
        description="Score place recognition (P/R/F1) and geocoding (accuracy@161 km, AUC) "
        "against an annotated LGL or GeoWebNews XML corpus, or entity recognition (people, "
        "organisations, places: P/R/F1 per type and micro, exact and overlapping spans) against "
        'annotated JSON Lines ({"text": ..., "entities": [{"start", "end", "type"}]} a line).',
    )
    evaluate.add_argument(
        "corpus", metavar="CORPUS", help="LGL or GeoWebNews XML file, or annotated .jsonl"
    )
    evaluate.add_argument(
        "--limit", type=_positive_int, default=None, help="score only the first N articles"
    )
    evaluate.set_defaults(handler=_cmd_evaluate)

    geocode = commands.add_parser(
        "geocode",
        help="look up a place name",
        description="Geocode QUERY with the offline gazetteer or an online geopy provider.",
    )
    geocode.add_argument("query", metavar="QUERY", help='a place name, e.g. "Danang, Vietnam"')
    geocode.add_argument(
        "--provider", default="offline", help="offline (default), nominatim, photon, …"
    )
    geocode.add_argument("--user-agent", default=None, help="User-Agent for online providers")
    geocode.add_argument(
        "--limit", type=_positive_int, default=5, help="at most N candidates (default: 5)"
    )
    geocode.set_defaults(handler=_cmd_geocode)
    return parser


# ----------------------------------------------------------------------------------- commands


def _cmd_analyze(args: argparse.Namespace) -> int:
    for item in args.source:
        if not _exists_or_glob(item):
            raise UsageError(f"SOURCE not found: {item}")
    from helpers.pipeline import analyze

    source: Any = args.source[0] if len(args.source) == 1 else list(args.source)
    result = analyze(
        source,
        out=args.out,
        geocoder=args.geocoder,
        workers=args.workers,
        engine=args.engine,
        lang=args.lang,
        progress=False if args.no_progress else None,
        client=args.scheduler,
        lock_timeout=args.wait,
        backend=args.backend,
        **({} if args.story_threshold is None else {"story_threshold": args.story_threshold}),
    )
    print(result.summary())
    return _report_problems(result.errors, Path(args.out))


def _report_problems(errors: Any, out: Path) -> int:
    """List the run's problems on stderr; EXIT_FAILED when there are any (analyze and report)."""
    if not len(errors):
        return EXIT_OK
    print(f"\n{len(errors)} problem(s):", file=sys.stderr)
    for row in errors.head(MAX_LISTED_FAILURES).itertuples(index=False):
        print(f"  {row.source}: [{row.stage}] {row.error}", file=sys.stderr)
    if len(errors) > MAX_LISTED_FAILURES:
        rest = len(errors) - MAX_LISTED_FAILURES
        print(f"  … and {rest} more in {out / 'errors.parquet'}", file=sys.stderr)
    return EXIT_FAILED


def _exists_or_glob(item: str) -> bool:
    import glob

    return os.path.exists(item) or (glob.has_magic(item) and bool(glob.glob(item, recursive=True)))


def _cmd_report(args: argparse.Namespace) -> int:
    # The notebooks run the (incremental) analysis themselves, so missing tables are no problem;
    # a missing articles folder is.
    if not any(ch in args.articles for ch in "*?[") and not Path(args.articles).exists():
        raise UsageError(f"no articles at {args.articles}")
    from helpers.report import build_report

    options: dict[str, Any] = {"geocoder": args.geocoder}
    if args.notebooks is not None:
        options["notebooks"] = args.notebooks
    written = build_report(
        articles=args.articles, processed=args.processed, reports=args.reports, **options
    )
    for path in written:
        print(path)
    print(f"{len(written)} report(s) in {args.reports}")
    # the report is written either way; like analyze, exit 1 when some inputs failed
    from helpers.report import report_problems

    return _report_problems(report_problems(args.processed), Path(args.processed))


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if not Path(args.corpus).is_file():
        raise UsageError(f"CORPUS not found: {args.corpus}")
    from helpers.evaluate import (
        evaluate_corpus,
        evaluate_entities,
        format_entity_scores,
        format_scores,
    )

    if Path(args.corpus).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        try:
            entity_scores = evaluate_entities(args.corpus, limit=args.limit)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        print(format_entity_scores(entity_scores, name=Path(args.corpus).stem))
        return EXIT_OK
    scores = evaluate_corpus(args.corpus, limit=args.limit)
    print(format_scores(scores, name=Path(args.corpus).stem))
    return EXIT_OK


def _cmd_geocode(args: argparse.Namespace) -> int:
    from helpers.geocode import geocode_query

    kwargs: dict[str, Any] = {}
    if args.user_agent:
        kwargs["user_agent"] = args.user_agent
    locations = geocode_query(args.query, provider=args.provider, limit=args.limit, **kwargs)
    if not locations:
        print(f"no match for {args.query!r}", file=sys.stderr)
        return EXIT_FAILED
    for location in list(locations)[: args.limit]:
        print(f"{location.latitude:.4f}\t{location.longitude:.4f}\t{location.address}")
    return EXIT_OK


# --------------------------------------------------------------------------------------- main


def _one_line(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on usage errors, 0 on --help
    try:
        return int(args.handler(args))
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"dateline {args.command}: error: {exc}\n")
    except KeyboardInterrupt:
        print("dateline: interrupted; previous results are untouched", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        else:
            print(f"dateline {args.command}: error: {_one_line(exc)}", file=sys.stderr)
            print("  (run with --debug for the full traceback)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK  # pragma: no cover - parser.exit above never returns


if __name__ == "__main__":
    sys.exit(main())
