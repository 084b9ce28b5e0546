"""CART from scratch makes the same splits as scikit-learn's DecisionTreeClassifier on tie-free data."""

import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier

from snippets.ml_coding.decision_tree import (
    SEED, best_split, count_leaves, grow, impurity, make_disc, one_hot, predict,
)


def continuous_data(seed: int, n: int = 300, d: int = 4, n_classes: int = 3):
    """Continuous features (no repeated values) and labels that depend on them, plus noise."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    score = X[:, 0] + 0.8 * X[:, 1] ** 2 - 0.5 * X[:, 2] + rng.normal(0, 0.5, n)
    y = np.digitize(score, np.quantile(score, np.linspace(0, 1, n_classes + 1)[1:-1]))
    return X, y


def sklearn_tree(X, y, criterion, max_depth, min_leaf):
    return DecisionTreeClassifier(criterion=criterion, max_depth=max_depth,
                                  min_samples_leaf=min_leaf, random_state=0).fit(X, y)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("criterion", ["gini", "entropy"])
def test_first_split_matches_sklearn(seed, criterion):
    X, y = continuous_data(seed)
    feature, threshold, _ = best_split(X, one_hot(y, 3), criterion, min_leaf=1)
    ref = sklearn_tree(X, y, criterion, 1, 1).tree_
    assert feature == ref.feature[0]
    assert threshold == pytest.approx(ref.threshold[0], abs=1e-6)  # sklearn thresholds are float32


def split_cost(X, Y, feature, threshold, criterion):
    """Weighted child impurity of one split, computed directly from the definition."""
    left = X[:, feature] <= threshold
    sizes = np.array([left.sum(), (~left).sum()])
    counts = np.stack([Y[left].sum(axis=0), Y[~left].sum(axis=0)])
    return float(sizes @ impurity(counts, criterion) / len(X))


def compare_with_sklearn(ours, ref, X, Y, criterion, node_id=0):
    """Walk both trees together. Returns (nodes that agree, nodes where they part on an exact tie).

    Where both trees split the same way, recurse. Where they split differently, the two splits
    must have the same weighted impurity (a tie that scikit-learn breaks by its random feature
    order), and the subtrees below are not compared.
    """
    ref_feature, ref_threshold = ref.feature[node_id], ref.threshold[node_id]
    if ours.feature < 0 or ref_feature < 0:
        assert ours.feature < 0 and ref_feature < 0, "one tree splits where the other stops"
        np.testing.assert_array_equal(ours.counts, Y.sum(axis=0))
        return 1, 0
    if ours.feature != ref_feature or abs(ours.threshold - ref_threshold) > 1e-6:
        mine = split_cost(X, Y, ours.feature, ours.threshold, criterion)
        theirs = split_cost(X, Y, ref_feature, ref_threshold, criterion)
        assert mine == pytest.approx(theirs, abs=1e-12), "scikit-learn found a better split"
        return 0, 1
    go_left = X[:, ours.feature] <= ours.threshold
    a = compare_with_sklearn(ours.left, ref, X[go_left], Y[go_left], criterion, ref.children_left[node_id])
    b = compare_with_sklearn(ours.right, ref, X[~go_left], Y[~go_left], criterion, ref.children_right[node_id])
    return a[0] + b[0] + 1, a[1] + b[1]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("max_depth, min_leaf", [(2, 1), (4, 1), (4, 15), (None, 1), (None, 8)])
def test_every_split_matches_sklearn_or_ties_with_it(seed, criterion, max_depth, min_leaf):
    X, y = continuous_data(seed)
    Y = one_hot(y, 3)
    ours = grow(X, Y, criterion, max_depth, min_leaf)
    ref = sklearn_tree(X, y, criterion, max_depth, min_leaf)
    agree, ties = compare_with_sklearn(ours, ref.tree_, X, Y, criterion)
    assert agree >= 3
    if ties == 0:  # no tie anywhere: the two trees are identical
        assert count_leaves(ours) == ref.get_n_leaves()
        assert np.mean(predict(ours, X) == y) == pytest.approx(ref.score(X, y))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("criterion", ["gini", "entropy"])
@pytest.mark.parametrize("max_depth", [2, 3])
def test_shallow_trees_equal_sklearn(seed, criterion, max_depth):
    # Large nodes, continuous features: no ties, so the whole tree and its predictions agree.
    X, y = continuous_data(seed)
    X_new, _ = continuous_data(seed + 100)
    ours = grow(X, one_hot(y, 3), criterion, max_depth)
    ref = sklearn_tree(X, y, criterion, max_depth, 1)
    assert np.mean(predict(ours, X) == y) == pytest.approx(ref.score(X, y))
    np.testing.assert_array_equal(predict(ours, X_new), ref.predict(X_new))


def test_min_leaf_is_respected():
    X, y = continuous_data(7)

    def leaf_sizes(node):
        if node.feature < 0:
            return [node.counts.sum()]
        return leaf_sizes(node.left) + leaf_sizes(node.right)

    assert min(leaf_sizes(grow(X, one_hot(y, 3), min_leaf=12))) >= 12


def test_impurity_formulas():
    counts = np.array([[5, 5], [10, 0], [1, 3]])
    np.testing.assert_allclose(impurity(counts, "gini"), [0.5, 0.0, 1 - (0.25**2 + 0.75**2)])
    np.testing.assert_allclose(impurity(counts, "entropy"),
                               [1.0, 0.0, -(0.25 * np.log2(0.25) + 0.75 * np.log2(0.75))])


def test_unlimited_tree_memorizes_distinct_points():
    X, y = continuous_data(3)
    assert np.mean(predict(grow(X, one_hot(y, 3)), X) == y) == 1.0


def test_printed_table_matches_sklearn():
    rng = np.random.default_rng(SEED)
    X, y = make_disc(rng, 400)
    X_test, y_test = make_disc(rng, 2000)
    expected = {(1, "gini"): (2, 0.593, 0.594), (2, "gini"): (4, 0.688, 0.670),
                (4, "gini"): (14, 0.885, 0.837), (4, "entropy"): (12, 0.875, 0.841)}
    for (depth, criterion), (leaves, train, test) in expected.items():
        tree = grow(X, one_hot(y, 2), criterion, max_depth=depth)
        ref = sklearn_tree(X, y, criterion, depth, 1)  # shallow: no ties, identical trees
        assert count_leaves(tree) == leaves == ref.get_n_leaves()
        assert np.mean(predict(tree, X) == y) == pytest.approx(train, abs=5e-4)
        assert np.mean(predict(tree, X_test) == y_test) == pytest.approx(test, abs=5e-4)
        assert ref.score(X_test, y_test) == pytest.approx(test, abs=5e-4)
    full = grow(X, one_hot(y, 2), "gini", max_depth=None)
    assert (count_leaves(full), np.mean(predict(full, X) == y)) == (78, 1.0)
    assert np.mean(predict(full, X_test) == y_test) == pytest.approx(0.797, abs=5e-4)
    limited = grow(X, one_hot(y, 2), max_depth=None, min_leaf=10)
    assert count_leaves(limited) == 27
    assert np.mean(predict(limited, X_test) == y_test) == pytest.approx(0.845, abs=5e-4)


def test_adjacent_floats_give_nonempty_children():
    # The midpoint of two adjacent floats can round up to the upper one; `x <= t` would then send
    # both points left and growth would recurse forever. scikit-learn falls back to the lower one.
    lo = 1.0000000000000002
    hi = np.nextafter(lo, 2.0)
    assert (lo + hi) / 2.0 == hi  # the case being guarded against
    X = np.array([[lo], [hi], [lo], [hi]])
    y = np.array([0, 1, 0, 1])
    feature, threshold, cost = best_split(X, one_hot(y, 2), "gini", min_leaf=1)
    assert (feature, threshold, cost) == (0, lo, 0.0)
    tree = grow(X, one_hot(y, 2))
    assert count_leaves(tree) == 2
    np.testing.assert_array_equal(predict(tree, X), y)
