"""The dark rendering recolors the figure's chrome (ink, grid, black, white) and nothing else."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from snippets._shared import plot_style  # noqa: E402


@pytest.fixture
def figure():
    with matplotlib.rc_context(plot_style.light_rc()):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, 1], label="data")
        ax.plot([0, 1], [1, 0], color="black", label="reference")
        ax.annotate("note", xy=(0.5, 0.5), xytext=(0.1, 0.9), arrowprops={"arrowstyle": "->"})
        ax.text(0.8, 0.2, "boxed", bbox={"facecolor": "white"})
        ax.set_title("title")
        ax.legend()
        yield fig
        plt.close(fig)


def test_chrome_is_recolored_for_dark(figure):
    ax = figure.axes[0]
    plot_style.recolor_for_dark(figure)
    dark_ink = plot_style.DARK_FOREGROUND
    assert to_hex(ax.title.get_color()) == dark_ink
    assert to_hex(ax.xaxis.get_ticklabels()[0].get_color()) == dark_ink
    assert to_hex(ax.spines["left"].get_edgecolor()) == dark_ink
    assert to_hex(ax.lines[1].get_color()) == dark_ink  # explicit black
    annotation = next(t for t in ax.texts if t.get_text() == "note")
    assert to_hex(annotation.arrow_patch.get_edgecolor()) == dark_ink
    boxed = next(t for t in ax.texts if t.get_text() == "boxed")
    assert to_hex(boxed.get_bbox_patch().get_facecolor()) == plot_style.DARK_BACKGROUND
    assert to_hex(ax.xaxis.get_gridlines()[0].get_color()) == plot_style.DARK_GRID


def test_data_colors_are_left_alone(figure):
    ax = figure.axes[0]
    plot_style.recolor_for_dark(figure)
    assert to_hex(ax.lines[0].get_color()) == plot_style.DATA_COLORS[0]
