"""House plot style: one light rendering, and a recoloring of the same figure for the dark palette.

The snippet build applies `apply_light_style()` before a snippet runs and saves every figure twice:
as drawn, and after `recolor_for_dark()`. Snippets do not need to import this module.
"""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib.colors import to_hex, to_rgba, to_rgba_array
from matplotlib.figure import Figure

LIGHT_FOREGROUND = "#1f2328"
LIGHT_GRID = "#d0d7de"
DARK_FOREGROUND = "#e6e8ec"
DARK_GRID = "#434956"
# Material's slate background, for anything a snippet paints white on purpose.
DARK_BACKGROUND = "#1e2029"

# Mid-luminance hues that keep their contrast on a white and on a slate page.
DATA_COLORS = [
    "#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#ec4899", "#84cc16",
]

_DARK_RECOLOR = {
    LIGHT_FOREGROUND: DARK_FOREGROUND,
    "#000000": DARK_FOREGROUND,
    LIGHT_GRID: DARK_GRID,
    "#ffffff": DARK_BACKGROUND,
}


def light_rc() -> dict[str, Any]:
    """The rcParams of the light rendering: transparent background, dark ink, soft grid."""
    return {
        "figure.figsize": (7.0, 4.2),
        "figure.dpi": 100,
        "figure.facecolor": (1, 1, 1, 0),
        "axes.facecolor": (1, 1, 1, 0),
        "savefig.facecolor": (1, 1, 1, 0),
        "savefig.bbox": "tight",
        "axes.edgecolor": LIGHT_FOREGROUND,
        "axes.labelcolor": LIGHT_FOREGROUND,
        "axes.titlecolor": LIGHT_FOREGROUND,
        "axes.grid": True,
        "axes.axisbelow": True,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.prop_cycle": mpl.cycler(color=DATA_COLORS),
        "grid.color": LIGHT_GRID,
        "grid.linewidth": 0.8,
        "text.color": LIGHT_FOREGROUND,
        "xtick.color": LIGHT_FOREGROUND,
        "ytick.color": LIGHT_FOREGROUND,
        "legend.facecolor": "none",
        "legend.edgecolor": LIGHT_GRID,
        "legend.framealpha": None,
        "font.size": 11,
        "svg.hashsalt": "ml-interview-kb",
        "svg.fonttype": "path",
        "image.cmap": "viridis",
    }


def apply_light_style() -> None:
    """Install the light rcParams globally (called by the build before a snippet runs)."""
    mpl.rcParams.update(light_rc())


def _recolor(value: Any) -> Any | None:
    """Map one color or an array of colors through `_DARK_RECOLOR`; None when nothing changes."""
    if isinstance(value, str) and value in ("none", "auto", "face"):
        return None
    try:
        rgba = to_rgba_array(value).copy()
    except (ValueError, TypeError):
        return None
    changed = False
    for row in rgba:
        target = _DARK_RECOLOR.get(to_hex(row[:3]))
        if target is not None:
            row[:3] = to_rgba(target)[:3]
            changed = True
    if not changed:
        return None
    is_array = isinstance(value, np.ndarray) and value.ndim == 2
    return rgba if is_array else tuple(rgba[0])


_COLOR_PROPERTIES = ("color", "facecolor", "edgecolor", "markeredgecolor", "markerfacecolor")


def recolor_for_dark(figure: Figure) -> None:
    """Swap the chrome colors (ink, grid, black, white) of a drawn figure for the dark palette.

    Data colors from `DATA_COLORS` and colormaps read on both backgrounds and are left alone.
    """
    artists = figure.findobj()
    # A text's box and an annotation's arrow are not among its children: findobj() misses them.
    for artist in list(artists):
        box = artist.get_bbox_patch() if hasattr(artist, "get_bbox_patch") else None
        arrow = getattr(artist, "arrow_patch", None)
        artists += [patch for patch in (box, arrow) if patch is not None]
    for artist in artists:
        for prop in _COLOR_PROPERTIES:
            getter = getattr(artist, f"get_{prop}", None)
            setter = getattr(artist, f"set_{prop}", None)
            if getter is None or setter is None:
                continue
            try:
                new_value = _recolor(getter())
            except Exception:  # some artists compute colors lazily; leave those alone
                continue
            if new_value is not None:
                setter(new_value)
