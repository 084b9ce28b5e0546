"""t-SNE pieces against their definitions, numerical gradients and scikit-learn; the page's numbers."""

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from snippets._shared.gradcheck import numerical_gradient, relative_error
from snippets.math.tsne_digits import (
    conditional_affinities, digits_subset, embeddings, groups_per_digit, joint_affinities,
    kl_and_gradient, knn_accuracy, low_dim_affinities, squared_distances,
)


@pytest.fixture(scope="module")
def small():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 5))
    return X, conditional_affinities(squared_distances(X), perplexity=10.0)


def test_rows_have_the_requested_perplexity(small):
    _, P = small
    np.testing.assert_allclose(P.sum(axis=1), 1.0)
    assert np.all(np.diag(P) == 0)
    H = -(P * np.log(np.where(P > 0, P, 1.0))).sum(axis=1)
    np.testing.assert_allclose(np.exp(H), 10.0, rtol=1e-6)


def test_joint_affinities_match_sklearn(small):
    X, P_cond = small
    try:
        from scipy.spatial.distance import squareform
        from sklearn.manifold._t_sne import _joint_probabilities
    except ImportError:
        pytest.skip("scikit-learn's private t-SNE helper moved")
    ref = squareform(_joint_probabilities(squared_distances(X).astype(np.float32), 10.0, 0))
    np.testing.assert_allclose(joint_affinities(P_cond), ref, atol=1e-6)


def test_kl_gradient_matches_numerical(small):
    _, P_cond = small
    P = joint_affinities(P_cond)
    Y = np.random.default_rng(1).normal(size=(60, 2))
    _, grad = kl_and_gradient(P, Y)
    numeric = numerical_gradient(lambda v: kl_and_gradient(P, v)[0], Y.copy())
    assert relative_error(grad, numeric) < 1e-5


def test_student_t_affinities_sum_to_one():
    Q, kernel = low_dim_affinities(np.random.default_rng(2).normal(size=(30, 2)))
    assert Q.sum() == pytest.approx(1.0)
    assert np.all(np.diag(Q) == 0) and np.all(kernel <= 1.0)


def test_fixed_random_state_gives_identical_layouts():
    X, _ = digits_subset(150)
    with threadpool_limits(limits=1):
        np.testing.assert_array_equal(embeddings(X)[1], embeddings(X)[1])


def test_page_numbers():
    X, y = digits_subset()
    with threadpool_limits(limits=1):
        P_cond = conditional_affinities(squared_distances(X), perplexity=30.0)
        pca, tsne = embeddings(X)
    P = joint_affinities(P_cond)
    pca_kl = min(kl_and_gradient(P, pca * s)[0] for s in np.geomspace(0.01, 10, 31))
    assert pca_kl == pytest.approx(1.503, abs=5e-4)  # PCA is deterministic up to signs
    # The t-SNE layout varies slightly across platforms (5-NN accuracy 0.956 on one, 0.960 on
    # another), so its numbers are printed with 2 decimals and checked to within 0.01.
    assert kl_and_gradient(P, tsne)[0] == pytest.approx(0.47, abs=0.01)
    assert knn_accuracy(pca, y) == pytest.approx(0.66, abs=0.01)
    assert knn_accuracy(tsne, y) == pytest.approx(0.96, abs=0.01)
    # What the figure shows: not one group per digit. 1 splits into several groups.
    groups = groups_per_digit(tsne, y)
    assert groups[1] >= 2
    assert sum(groups) > 10
    assert sum(g == 1 for g in groups) >= 5  # but most digits do form a single group


def test_groups_per_digit_on_known_clusters():
    rng = np.random.default_rng(3)
    centers = {0: [(0, 0)], 1: [(10, 0), (0, 10), (10, 10)], 2: [(20, 20)]}
    E, y = [], []
    for digit, cs in centers.items():
        for c in cs:
            E.append(rng.normal(c, 0.3, size=(20, 2)))
            y += [digit] * 20
    E = np.vstack(E)
    assert groups_per_digit(E, np.array(y)) == [1, 3, 1]
    # A group smaller than min_size does not count.
    E2 = np.vstack([E, [[30.0, 30.0]]])
    assert groups_per_digit(E2, np.array(y + [0])) == [1, 3, 1]
