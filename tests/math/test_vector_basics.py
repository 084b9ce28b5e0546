"""Vector products, span checks and norms agree with NumPy and with brute force."""

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from snippets._shared.plot_style import light_rc  # noqa: E402
from snippets.math.vector_basics import (  # noqa: E402
    angle_degrees, discrete_metric, is_linearly_independent, max_dot_unit_vector, outer,
    p_norm, plot, projection, same_span, span_dimension,
)


def test_page_numbers():
    a, b = np.array([3.0, 4.0]), np.array([5.0, 1.0])
    assert a @ b == 19.0
    assert angle_degrees(a, b) == pytest.approx(41.82, abs=5e-3)
    np.testing.assert_allclose(projection(a, b), [3.654, 0.731], atol=5e-4)
    x_star, best = max_dot_unit_vector(a)
    np.testing.assert_allclose(x_star, [0.6, 0.8])
    assert best == pytest.approx(5.0)


def test_projection_residual_is_orthogonal():
    rng = np.random.default_rng(0)
    for _ in range(20):
        a, b = rng.normal(size=5), rng.normal(size=5)
        assert (a - projection(a, b)) @ b == pytest.approx(0.0, abs=1e-12)


def test_max_dot_beats_every_sampled_unit_vector():
    rng = np.random.default_rng(1)
    a = rng.normal(size=4)
    samples = rng.normal(size=(100_000, 4))
    samples /= np.linalg.norm(samples, axis=1, keepdims=True)
    x_star, best = max_dot_unit_vector(a)
    assert np.linalg.norm(x_star) == pytest.approx(1.0)
    assert (samples @ a).max() <= best + 1e-12
    assert (samples @ a).max() > best - 0.05  # the sampled maximum approaches the bound


def test_outer_matches_numpy_and_has_rank_one():
    u, v = np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0])
    np.testing.assert_array_equal(outer(u, v), np.outer(u, v))
    np.testing.assert_array_equal(outer(u, v), [[4, 5], [8, 10], [12, 15]])
    assert np.linalg.matrix_rank(outer(u, v)) == 1


def test_independence_and_span():
    S = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0]])
    assert not is_linearly_independent(S)  # row 3 = row 1 + row 2
    assert is_linearly_independent(S[:2])
    assert span_dimension(S) == 2
    assert same_span(S, np.array([[1.0, 1.0, 2.0], [1.0, -1.0, 0.0]]))
    assert not same_span(S, np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]))
    assert span_dimension(np.arange(1.0, 6.0)) == 1
    assert span_dimension(np.zeros(5)) == 0


def test_norms_match_numpy_and_norm_axioms():
    x = np.array([3.0, -4.0, 0.0, 1.0])
    for p, expected in ((1, 8.0), (2, 5.099), (np.inf, 4.0)):
        assert p_norm(x, p) == pytest.approx(np.linalg.norm(x, ord=p))
        assert p_norm(x, p) == pytest.approx(expected, abs=5e-4)
    rng = np.random.default_rng(2)
    for _ in range(50):
        u, v, t = rng.normal(size=3), rng.normal(size=3), rng.normal()
        for p in (1, 2, 3, np.inf):
            assert p_norm(u + v, p) <= p_norm(u, p) + p_norm(v, p) + 1e-12
            assert p_norm(t * u, p) == pytest.approx(abs(t) * p_norm(u, p))


def test_discrete_metric_is_a_metric_but_not_homogeneous():
    z, e1 = np.zeros(2), np.array([1.0, 0.0])
    assert discrete_metric(z, z) == 0.0
    assert discrete_metric(z, e1) == discrete_metric(e1, z) == 1.0
    assert discrete_metric(z, 2 * e1) == 1.0 != 2 * discrete_metric(z, e1)


def test_figure_legend_covers_neither_vector_label_nor_tip():
    a, b = np.array([3.0, 4.0]), np.array([5.0, 1.0])
    with matplotlib.rc_context(light_rc()):  # the house style the build renders with
        plot(a, b)
    fig = plt.gcf()
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    left = fig.axes[0]
    box = left.get_legend().get_window_extent(renderer)
    legend = box.padded(15)  # 15 px of clearance: arrowheads reach beyond the tips
    labels = {t.get_text(): t.get_window_extent(renderer) for t in left.texts}
    assert set(labels) == {"a", "b"}
    for name, box in labels.items():
        assert not box.overlaps(legend), name
    for tip in (a, b):
        assert not legend.contains(*left.transData.transform(tip))
    assert left.get_window_extent(renderer).contains(box.x0, box.y0)  # legend inside the axes
    plt.close("all")
