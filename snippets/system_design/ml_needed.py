"""Is ML needed? A one-feature rule against logistic regression on two seeded
problems: one where a single signal decides the label, one where it is spread thin.

Used by docs/system-design/running-the-interview.md.
"""

from __future__ import annotations

import numpy as np
from sklearn.linear_model import LogisticRegression

SEED = 0
N_FEATURES = 20


# --8<-- [start:problem]
def make_problem(rng: np.random.Generator, weights: np.ndarray, noise: float,
                 n: int) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian features; the label is 1 when weights . x + noise * eps > 0."""
    x = rng.standard_normal((n, len(weights)))
    y = (x @ weights + noise * rng.standard_normal(n) > 0).astype(int)
    return x, y


def closed_form_accuracy(weights: np.ndarray, noise: float,
                         direction: np.ndarray) -> float:
    """Accuracy of predicting 1[direction . x > 0]: for jointly normal scores with
    correlation r, P(same sign) = 1/2 + arcsin(r) / pi."""
    r = (direction @ weights) / (np.linalg.norm(direction)
                                 * np.sqrt(weights @ weights + noise**2))
    return float(0.5 + np.arcsin(r) / np.pi)


def rule_vs_model(rng: np.random.Generator, weights: np.ndarray, noise: float,
                  n_train: int = 5_000, n_test: int = 20_000) -> dict[str, float]:
    """Test accuracy of the rule 1[x_0 > 0] and of a logistic regression."""
    x_tr, y_tr = make_problem(rng, weights, noise, n_train)
    x_te, y_te = make_problem(rng, weights, noise, n_test)
    model = LogisticRegression(max_iter=1_000).fit(x_tr, y_tr)
    return {"rule": float(np.mean((x_te[:, 0] > 0) == y_te)),
            "model": float(model.score(x_te, y_te)), "n_test": n_test}
# --8<-- [end:problem]


PROBLEMS = {
    "one strong signal": (np.r_[1.0, np.full(N_FEATURES - 1, 0.05)], 0.5),
    "20 weak signals": (np.ones(N_FEATURES), 1.0),
}


def main() -> None:
    rng = np.random.default_rng(SEED)
    first = np.eye(N_FEATURES)[0]
    print(f"{'problem':>18} {'rule':>7} {'model':>7} {'rule*':>7} {'best*':>7}")
    for name, (weights, noise) in PROBLEMS.items():
        acc = rule_vs_model(rng, weights, noise)
        rule_exact = closed_form_accuracy(weights, noise, first)
        best_exact = closed_form_accuracy(weights, noise, weights)
        print(f"{name:>18} {acc['rule']:7.3f} {acc['model']:7.3f} "
              f"{rule_exact:7.3f} {best_exact:7.3f}")
    half_width = 1.96 * np.sqrt(0.25 / 20_000)
    print(f"* exact; simulated accuracies on 20,000 test cases, 95% margin at most "
          f"±{half_width:.3f}")


if __name__ == "__main__":
    main()
