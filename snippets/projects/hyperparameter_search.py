# %% [markdown]
# # Hyperparameter search
#
# **The task.** "Tune this model, and explain how you searched the space." We tune an RBF
# support vector machine on scikit-learn's digits data (1,797 8×8 images, 10 classes) and
# compare four strategies under the same budget: grid search, random search, successive halving
# and Bayesian optimization, then show how to report an unbiased score with nested
# cross-validation.
#
# **The answer in brief.** Parameters are learned by the fit (the SVM's dual coefficients);
# hyperparameters are set before it (the penalty $C$, the kernel width $\gamma$) and are chosen
# by validation, never by the test set. Search rates and regularization strengths on a **log
# scale**. Prefer **random search** to grid search once there are more than two hyperparameters,
# because it tries a new value of every hyperparameter on every trial. Use **successive
# halving** when a cheap, low-fidelity evaluation (fewer samples, fewer epochs) ranks
# configurations roughly as the expensive one does. Use **Bayesian optimization** when each
# evaluation is expensive and the space is small and continuous. Report the tuned model's
# performance with a held-out test set or **nested CV**, because the best cross-validation score
# of a search is optimistically biased.

# %%
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy.stats import loguniform, uniform
from sklearn.datasets import load_breast_cancer, load_digits
from sklearn.experimental import enable_halving_search_cv  # noqa: F401  (registers the class)
from sklearn.model_selection import (GridSearchCV, HalvingRandomSearchCV, RandomizedSearchCV,
                                     StratifiedKFold, cross_val_score, train_test_split)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

from snippets.projects._hyperparameter_search_lib import bayes_opt, best_so_far, nested_cv

SEED = 0
warnings.filterwarnings("ignore", category=UserWarning)  # HalvingRandomSearchCV's rung notices

# %% [markdown]
# ## Ranges and scales
#
# $C$ trades margin width against training errors and $\gamma$ sets how far one training point's
# influence reaches; both act multiplicatively, so going from 0.01 to 0.1 matters as much as
# going from 100 to 1000. A uniform draw on $[10^{-2}, 10^{3}]$ almost never visits the small
# end; a log-uniform draw (`scipy.stats.loguniform`, uniform in $\log C$) spends the same number
# of trials per decade. Ranges come from the model's meaning: $\gamma$ around $1/(d \cdot
# \operatorname{Var}(x))$ is scikit-learn's default (`"scale"`), so we search a few decades
# around it; if the best value lands on the edge of a range, widen the range and search again.

# %%
rng = np.random.default_rng(SEED)
draws = {"uniform(0.01, 1000)": uniform(0.01, 1000 - 0.01).rvs(2000, random_state=rng),
         "loguniform(0.01, 1000)": loguniform(0.01, 1000).rvs(2000, random_state=rng)}
for name, values in draws.items():
    print(f"{name:>23}: share of draws below 1 = {np.mean(values < 1):.3f}")

fig, ax = plt.subplots(figsize=(7, 3.5))
bins = np.logspace(-2, 3, 26)
for name, values in draws.items():
    ax.hist(values, bins=bins, alpha=0.6, label=name)
ax.set(xscale="log", xlabel="C (log axis)", ylabel="draws out of 2000",
       title="Uniform draws waste the budget on the top decade")
ax.legend()
plt.show()

# %% [markdown]
# ## The setup
#
# A stratified 75/25 split keeps a test set for the end. Every strategy scores a configuration
# by 3-fold stratified cross-validation accuracy on the training part, with the same folds.
# The space is $C \in [10^{-2}, 10^{3}]$ and $\gamma \in [10^{-5}, 10^{-1}]$, both log-uniform.
# The budget is 16 configurations at full size for grid, random and Bayesian search (48 fits
# each); successive halving gets 81 configurations but starts them on small subsets.

# %%
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=SEED)
folds = StratifiedKFold(3, shuffle=True, random_state=SEED)
LOG_BOUNDS = np.array([[-2.0, 3.0], [-5.0, -1.0]])  # log10 C, log10 gamma
space = {"C": loguniform(1e-2, 1e3), "gamma": loguniform(1e-5, 1e-1)}
N_CONFIGS = 16
n_train = len(X_train)
print(f"train {n_train} images, test {len(X_test)} images")


def cv_accuracy(log_point: np.ndarray) -> float:
    """Mean 3-fold CV accuracy of an RBF SVM at (log10 C, log10 gamma)."""
    model = SVC(C=10 ** log_point[0], gamma=10 ** log_point[1])
    return float(cross_val_score(model, X_train, y_train, cv=folds).mean())

# %% [markdown]
# ### Grid search
#
# A 4×4 grid evenly spaced in log space. Simple and embarrassingly parallel, but only four
# distinct values of each hyperparameter are ever tried, and the cost grows as the product of
# the number of values per axis: ten values for each of five hyperparameters is 100,000
# configurations, each cross-validated.

# %%
grid = {"C": np.logspace(-2, 3, 4), "gamma": np.logspace(-5, -1, 4)}
grid_search = GridSearchCV(SVC(), grid, cv=folds).fit(X_train, y_train)
grid_scores = grid_search.cv_results_["mean_test_score"]

# %% [markdown]
# ### Random search
#
# Sixteen independent log-uniform draws. With the same budget it tries 16 values of each
# hyperparameter instead of 4. If only a few hyperparameters matter (usually true), random search
# explores those densely while grid search spends most of its budget varying the ones that do
# not. The chance that the best of $n$ random trials lands in the top 5% of the space is
# $1 - 0.95^n$, which is already 0.56 for $n = 16$, whatever the dimension.

# %%
random_search = RandomizedSearchCV(SVC(), space, n_iter=N_CONFIGS, cv=folds,
                                   random_state=SEED).fit(X_train, y_train)
random_scores = random_search.cv_results_["mean_test_score"]
print(f"P(best of {N_CONFIGS} random trials is in the top 5%) = 1 - 0.95^{N_CONFIGS} = "
      f"{1 - 0.95 ** N_CONFIGS:.2f}")

# %% [markdown]
# ### Successive halving
#
# Start many configurations on a small resource (here: training samples), keep the best third,
# give the survivors three times the resource, repeat. With 81 candidates, a minimum of 20
# samples and factor 3, the rungs are 81 configurations on 20 samples, 27 on 60, 9 on 180 and
# 3 on 540. It bets that the ranking on small subsets predicts the ranking on the full data; the
# bet fails for hyperparameters whose best value depends on the data size (regularization is
# the classic one: small subsets prefer stronger regularization). Hyperband runs several such
# brackets with different starting resources to hedge that bet.

# %%
halving = HalvingRandomSearchCV(SVC(), space, n_candidates=81, min_resources=20, factor=3,
                                resource="n_samples", cv=folds, random_state=SEED,
                                ).fit(X_train, y_train)
print("rungs (candidates, samples):", list(zip(halving.n_candidates_, halving.n_resources_)))
halving_results = pd.DataFrame(halving.cv_results_)

# %% [markdown]
# ### Bayesian optimization
#
# Fit a Gaussian process to the scores seen so far; its posterior gives, at every untried point,
# a predicted score $\mu(x)$ and an uncertainty $\sigma(x)$. The next point maximizes the
# **expected improvement** over the incumbent $f^*$:
#
# $$
# \mathrm{EI}(x) = (\mu - f^* - \xi)\,\Phi(z) + \sigma\,\varphi(z), \qquad
# z = \frac{\mu - f^* - \xi}{\sigma},
# $$
#
# which is large where the prediction is good (exploitation) or uncertain (exploration). The
# loop in `bayes_opt` (in
# [`_hyperparameter_search_lib.py`](https://github.com/ml-interview-kb/ml-interview-kb/blob/main/snippets/projects/_hyperparameter_search_lib.py))
# uses a Matérn-5/2 kernel plus a noise term on the unit box, 5 random starting points and
# maximizes EI over 2,000 random candidates. It is sequential by nature, and its own cost (a GP
# fit is cubic in the number of evaluations) only pays off when a model fit is expensive.

# %%
bo_points, bo_scores = bayes_opt(cv_accuracy, LOG_BOUNDS, N_CONFIGS, np.random.default_rng(SEED),
                                 n_init=5)
bo_best = 10 ** bo_points[np.argmax(bo_scores)]
bo_model = SVC(C=bo_best[0], gamma=bo_best[1]).fit(X_train, y_train)

# %% [markdown]
# ## The comparison
#
# Cost is counted in full-size fits: a fit on $m$ of the $n$ training samples counts as $m/n$
# (generous to halving, since an SVM's fit time grows faster than linearly in $m$).

# %%
def halving_curve(results: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative cost and the best score seen on the largest rung reached so far."""
    cost, best, spent = [], [], 0.0
    for rung, part in results.groupby("iter"):
        spent += len(part) * folds.get_n_splits() * part["n_resources"].iloc[0] / n_train
        cost.append(spent)
        best.append(part["mean_test_score"].max())
    return np.array(cost), np.array(best)


fits = np.arange(1, N_CONFIGS + 1) * folds.get_n_splits()
h_cost, h_best = halving_curve(halving_results)
fig, ax = plt.subplots(figsize=(8, 4.5))
ax.plot(fits, best_so_far(grid_scores), marker="o", label="grid (4×4)")
ax.plot(fits, best_so_far(random_scores), marker="s", label="random")
ax.plot(fits, best_so_far(bo_scores), marker="^", label="Bayesian (GP + EI)")
ax.plot(h_cost, h_best, marker="D", linestyle="--",
        label="successive halving (best on each rung)")
ax.set(xlabel="cost in full-size fits", ylabel="best 3-fold CV accuracy so far",
       ylim=(0.8, 1.0), title="Best score found against cost (digits, RBF SVM)")
ax.legend(loc="lower right")
plt.show()

summary = pd.DataFrame({
    "grid": [grid_search.best_params_["C"], grid_search.best_params_["gamma"],
             grid_scores.max(), fits[-1], grid_search.score(X_test, y_test)],
    "random": [random_search.best_params_["C"], random_search.best_params_["gamma"],
               random_scores.max(), fits[-1], random_search.score(X_test, y_test)],
    "halving": [halving.best_params_["C"], halving.best_params_["gamma"],
                halving.best_score_, h_cost[-1], halving.score(X_test, y_test)],
    "bayesian": [bo_best[0], bo_best[1], bo_scores.max(), fits[-1], bo_model.score(X_test, y_test)],
}, index=["C", "gamma", "best CV accuracy", "cost (full fits)", "test accuracy"]).T
print(summary.to_string(formatters={"C": "{:.3g}".format, "gamma": "{:.2e}".format,
                                    "best CV accuracy": "{:.4f}".format,
                                    "cost (full fits)": "{:.1f}".format,
                                    "test accuracy": "{:.4f}".format}))

# %% [markdown]
# Where did each method look? Points are in log space, colored by CV accuracy; the good region is
# a band of $\gamma$ between about $10^{-4}$ and $10^{-3}$ in which $C$ hardly matters once it is above 1.

# %%
last_rung = halving_results.drop_duplicates(subset=["param_C", "param_gamma"], keep="last")
fig, axes = plt.subplots(1, 4, figsize=(13, 3.6), sharex=True, sharey=True)
panels = [
    ("grid", np.log10(grid_search.cv_results_["param_C"].astype(float)),
     np.log10(grid_search.cv_results_["param_gamma"].astype(float)), grid_scores),
    ("random", np.log10(random_search.cv_results_["param_C"].astype(float)),
     np.log10(random_search.cv_results_["param_gamma"].astype(float)), random_scores),
    ("halving (last rung reached)", np.log10(last_rung["param_C"].astype(float)),
     np.log10(last_rung["param_gamma"].astype(float)), last_rung["mean_test_score"]),
    ("Bayesian", bo_points[:, 0], bo_points[:, 1], bo_scores),
]
for ax, (title, log_c, log_g, scores) in zip(axes, panels):
    points = ax.scatter(log_c, log_g, c=scores, vmin=0.5, vmax=1.0, cmap="viridis", s=28)
    ax.set(title=title, xlabel=r"$\log_{10} C$")
axes[0].set_ylabel(r"$\log_{10} \gamma$")
fig.colorbar(points, ax=axes, label="CV accuracy", shrink=0.9)
plt.show()

# %% [markdown]
# **Reading the result.** On this two-dimensional problem every method finds a configuration
# in the good band, and the test accuracies differ by a few images out of 450; the differences
# are in cost and in how the budget is spent. Grid search tries only four values of $\gamma$,
# and every configuration with $\gamma = 10^{-1}$ or $C = 10^{-2}$ (7 of its 16) lands far
# outside the good region. Random search covers the axes more
# densely. Bayesian optimization, after its random start, concentrates its evaluations in the
# good band. Successive halving screens five times as many configurations as the others for a
# fraction of their cost (its best CV accuracy is measured on 540 samples, not the full 1,347,
# so that column is not comparable across methods), which is why it is the default choice for expensive models with a
# natural low-fidelity version (fewer epochs, fewer trees, a data subsample). With more
# hyperparameters, grid search degrades fastest, and Bayesian optimization's advantage grows as
# long as the space stays small enough for the surrogate to learn.
#
# ## Nested cross-validation: an honest score for a tuned model
#
# The best CV score of a search is the maximum of many noisy estimates, so it is biased upward:
# the search picked the configuration partly because its folds were lucky. Nested CV wraps the
# whole search (inner CV) inside an outer CV loop; each outer test fold is scored by a model
# whose hyperparameters were chosen without it. Our `nested_cv` writes the loop out; scikit-learn
# gets the same numbers from `cross_val_score(GridSearchCV(...), cv=outer)`. Here on the breast
# cancer data (569 samples) with a scaled RBF SVM and a 4×3 grid:

# %%
Xb, yb = load_breast_cancer(return_X_y=True)
pipeline = make_pipeline(StandardScaler(), SVC())
small_grid = {"svc__C": [0.1, 1.0, 10.0, 100.0], "svc__gamma": [1e-3, 1e-2, 1e-1]}
outer = StratifiedKFold(5, shuffle=True, random_state=SEED)
inner = StratifiedKFold(3, shuffle=True, random_state=SEED + 1)
nested = nested_cv(pipeline, small_grid, Xb, yb, outer, inner)
flat = GridSearchCV(pipeline, small_grid, cv=inner).fit(Xb, yb)
print(f"non-nested: best inner-CV accuracy of the search  {flat.best_score_:.4f}")
print(f"nested:     mean outer-fold accuracy             {nested.mean():.4f} "
      f"(std {nested.std():.4f} over 5 folds)")

# %% [markdown]
# Here the two estimates happen to agree to four decimals (0.9771): with 12 configurations on
# a smooth accuracy surface the optimism is small. It grows with the number of configurations
# tried and shrinks with more data, and nested CV also shows the spread over outer folds (a
# standard deviation of 0.0131), which a single best score hides.
#
# Nested CV answers "how well does *this tuning procedure* do on new data", not "how good is one
# particular configuration": each outer fold may pick different hyperparameters. To ship, run the
# search once on all the data and report the nested estimate. It costs outer × inner × configs
# fits, which is why deep learning uses one fixed validation set and one test set instead.
#
# ## Interview follow-ups
#
# **What is the difference between a parameter and a hyperparameter, and why tune the latter?**
# Parameters are fitted to the training data by the learning algorithm (weights, split
# thresholds, support-vector coefficients). Hyperparameters control that fit and are fixed
# before it (learning rate, regularization strength, tree depth, kernel width); the training
# loss cannot choose them, because it would always prefer the most flexible setting. They decide
# the bias-variance trade-off, so a poorly tuned strong model often loses to a well-tuned simple
# one.
#
# **Walk me through how you would tune a gradient-boosting model with a budget of one day.** Fix
# a validation scheme first (stratified or grouped or time-based K-fold on the training data,
# test set untouched). Start from defaults to get a baseline. Set the number of trees by early
# stopping instead of searching it. Search learning rate (log-uniform 0.01-0.3), leaf count or
# depth, minimum samples per leaf, L2 penalty (log-uniform) and row/column subsampling with
# random search or successive halving; look at which hyperparameters matter (plots of score
# against each), narrow the ranges, and finish with a Bayesian or local search. Refit the best
# configuration on all training data and evaluate once on the test set.
#
# **Why is random search usually better than grid search?** Because performance usually
# depends strongly on a few hyperparameters and weakly on the rest. A grid with $k$ values per
# axis tries only $k$ distinct values of the important one, whatever the budget; random search
# tries as many values as it has trials. It also lets you stop or extend at any time, and it is
# as parallel as grid search.
#
# **When would Bayesian optimization not help?** When evaluations are cheap and can run in
# parallel (random search with a bigger budget wins on wall-clock time), when the space is
# high-dimensional or full of conditional and categorical hyperparameters (a GP surrogate learns
# poorly; tree-based surrogates such as TPE cope better), and when the objective is very noisy
# relative to the differences between configurations.
#
# **Your tuned model's CV score was 0.99 but production accuracy is 0.95. Could the search be
# to blame?** Partly: the selected configuration's CV score is an optimistic estimate, more so
# with a large search and small folds (winner's curse); nested CV or a held-out test set measures
# it. Beyond that, check whether the CV folds match production (random folds on time-ordered or
# grouped data leak), and whether the data drifted.
#
# **Which scale and range would you use for the learning rate, dropout, batch size, and number
# of layers?** Learning rate: log-uniform, about $10^{-5}$ to $10^{-1}$ for neural networks.
# Dropout: uniform on $[0, 0.5]$, an additive quantity. Batch size: powers of two, a small
# discrete set, tuned jointly with the learning rate. Number of layers: a small integer range.
# Always check that the optimum is not at the edge of a range.
