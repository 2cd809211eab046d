"""The charts' shared style and parts, for every chart of :mod:`helpers.plots` (and :mod:`helpers.maps`).

Owns Dateline's colour-blind-safe :data:`PALETTE`, the matplotlib settings (:data:`STYLE`, applied by
:func:`dateline_style`), :data:`FIGURES_DIR` and :func:`save_figure`, and what every chart draws
with: a new figure or the caller's axes (``_new_figure``), labels made safe from untrusted text
(``_label``), the source note under a chart and saving on request (``_source_note``, ``_finish``),
and the message of a chart with nothing to show (``_empty``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

FIGURES_DIR = Path("reports/figures")

# Petroff (2021) 10-colour cycle, designed for colour-vision deficiencies and shipped with
# matplotlib >= 3.10 as the "petroff10" style; spelled out so older matplotlib gets it too.
PALETTE: tuple[str, ...] = (
    "#3f90da",
    "#ffa90e",
    "#bd1f01",
    "#94a4a2",
    "#832db6",
    "#a96b59",
    "#e76300",
    "#b9ac70",
    "#717581",
    "#92dadd",
)

STYLE: dict[str, Any] = {
    "axes.prop_cycle": mpl.cycler(color=list(PALETTE)),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.edgecolor": "#555555",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "figure.constrained_layout.use": True,
    "savefig.dpi": 150,
    "savefig.facecolor": "white",
    "svg.fonttype": "none",  # keep text as text in SVG: smaller files, editable labels
    "image.cmap": "cividis",  # perceptually uniform and colour-blind safe
}


@contextlib.contextmanager
def dateline_style() -> Iterator[None]:
    """Apply Dateline's chart style inside a ``with`` block (all plot functions use it).

    >>> with dateline_style():
    ...     fig, ax = plt.subplots()
    >>> plt.close(fig)
    """
    # Only our own keys are saved and restored. mpl.rc_context would restore *every* setting,
    # including `interactive`, which IPython switches on when the first figure is created; putting
    # it back to False would stop Jupyter from showing any later figure.
    saved = {key: mpl.rcParams[key] for key in STYLE}
    mpl.rcParams.update(STYLE)
    try:
        yield
    finally:
        mpl.rcParams.update(saved)


def save_figure(
    fig: Figure,
    name: str,
    folder: str | Path = FIGURES_DIR,
    formats: Sequence[str] = ("png", "svg"),
) -> list[Path]:
    """Write ``fig`` as ``folder/name.png`` and ``folder/name.svg``; return the paths written.

    >>> fig, ax = plt.subplots()
    >>> [p.suffix for p in save_figure(fig, "demo", folder=tmp)]         # doctest: +SKIP
    ['.png', '.svg']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(name).stem if Path(name).suffix in {f".{f}" for f in formats} else name
    paths = []
    with dateline_style():
        for fmt in formats:
            path = folder / f"{stem}.{fmt}"
            fig.savefig(path, format=fmt, bbox_inches="tight")
            paths.append(path)
    return paths


# --------------------------------------------------------------------------- helpers


def _label(text: object, width: int = 48) -> str:
    """Untrusted text made safe for a matplotlib label: one line, truncated, no mathtext."""
    s = " ".join(str(text).split())
    if len(s) > width:
        s = s[: width - 1].rstrip() + "…"
    return s.replace("$", r"\$")


def _new_figure(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes, bool]:
    if ax is not None:
        return ax.figure, ax, False  # type: ignore[return-value]
    fig, new_ax = plt.subplots(figsize=figsize)
    return fig, new_ax, True


def _finish(
    fig: Figure,
    *,
    note: str | None,
    owns_figure: bool,
    save: str | None,
    folder: str | Path,
) -> Figure:
    """Add the source note (only on figures we created) and save when asked."""
    if owns_figure and note:
        height_pt = fig.get_figheight() * 72
        engine = fig.get_layout_engine()
        if engine is not None and hasattr(engine, "set"):
            # leave room under the axes so the note never overlaps a tick label
            engine.set(rect=(0, 16 / height_pt, 1, 1 - 16 / height_pt))
        fig.text(0.005, 0.004, _label(note, 160), fontsize=7.5, color="#666666", va="bottom")
    if save:
        save_figure(fig, save, folder)
    return fig


def _articles(n: int) -> str:
    """``"1 article"``, ``"1,000 articles"``."""
    return f"{n:,} article{'s' if n != 1 else ''}"


def _source_note(n_articles: int, extra: str | None = None) -> str:
    note = f"Source: Dateline analysis of {_articles(n_articles)}"
    return f"{note}. {extra[:1].upper()}{extra[1:]}" if extra else note


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
