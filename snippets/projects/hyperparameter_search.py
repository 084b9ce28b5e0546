# %% [raw]
# ---
# description: >-
#   Grid, random and Bayesian search and successive halving compared on one budget,
#   with nested cross-validation and the scales to search on.
# tags:
#   - projects
#   - hard
# ---

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

# %% alt="Histograms of 2000 uniform and 2000 log-uniform draws of C on a log axis"
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
# A stratified 50/50 split keeps a test set for the end: 899 test images resolve differences
# of about a tenth of a percent, and the 898 training images keep each fit cheap enough to
# repeat every randomized search over five seeds. Every strategy scores a configuration by
# 3-fold stratified cross-validation accuracy on the training part, with the same folds.
# The space is $C \in [10^{-2}, 10^{3}]$ and $\gamma \in [10^{-5}, 10^{-1}]$, both log-uniform.
# The budget is 16 configurations at full size for grid, random and Bayesian search (48 fits
# each); successive halving gets 81 configurations but starts them on small subsets.

# %%
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, stratify=y,
                                                    random_state=SEED)
folds = StratifiedKFold(3, shuffle=True, random_state=SEED)
LOG_BOUNDS = np.array([[-2.0, 3.0], [-5.0, -1.0]])  # log10 C, log10 gamma
space = {"C": loguniform(1e-2, 1e3), "gamma": loguniform(1e-5, 1e-1)}
N_CONFIGS = 16
N_INIT = 5  # random starting points of Bayesian optimization
SEEDS = range(5)
n_train = len(X_train)
print(f"train {n_train} images, test {len(X_test)} images")


def cv_accuracy(log_point: np.ndarray) -> float:
    """Mean 3-fold CV accuracy of an RBF SVM at (log10 C, log10 gamma)."""
    model = SVC(C=10 ** log_point[0], gamma=10 ** log_point[1])
    return float(cross_val_score(model, X_train, y_train, cv=folds).mean())


def log_points(search) -> np.ndarray:
    """The (log10 C, log10 gamma) of every configuration a search tried, in order."""
    return np.log10([[p["C"], p["gamma"]] for p in search.cv_results_["params"]])

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
print(f"grid configurations with CV accuracy below 0.5: {np.sum(grid_scores < 0.5)} of 16")

# %% [markdown]
# ### Random search
#
# Sixteen independent log-uniform draws. With the same budget it tries 16 values of each
# hyperparameter instead of 4. If only a few hyperparameters matter (usually true), random search
# explores those densely while grid search spends most of its budget varying the ones that do
# not. The chance that the best of $n$ random trials lands in the top 5% of the space is
# $1 - 0.95^n$, which is already 0.56 for $n = 16$, whatever the dimension.

# %%
def run_random(seed: int) -> RandomizedSearchCV:
    return RandomizedSearchCV(SVC(), space, n_iter=N_CONFIGS, cv=folds,
                              random_state=seed).fit(X_train, y_train)


random_search = run_random(SEED)
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
def run_halving(seed: int) -> HalvingRandomSearchCV:
    return HalvingRandomSearchCV(SVC(), space, n_candidates=81, min_resources=20, factor=3,
                                 resource="n_samples", cv=folds, random_state=seed,
                                 ).fit(X_train, y_train)


halving = run_halving(SEED)
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
# uses a Matérn-5/2 kernel plus a noise term on the unit box and maximizes EI over 2,000
# random candidates. It starts from the first 5 configurations of the random search with the
# same seed (and their scores), so the two methods differ only in how they choose the other 11:
# a paired comparison. It is sequential by nature, and its own cost (a GP fit is cubic in the
# number of evaluations) only pays off when a model fit is expensive.
#
# **The margin $\xi$.** The GP is fitted with `normalize_y=True`, but it predicts $\mu$ and
# $\sigma$ back in the objective's units, here accuracy, so $\xi$ is an accuracy margin: a
# candidate counts as an improvement only insofar as it may beat the incumbent by more than
# $\xi$. The common default $\xi = 0.01$ would ask for a full percentage point, about 9 of the
# 898 images the CV accuracy is computed on, which is more than the accuracies of all good
# configurations differ by. EI would then ignore the neighbourhood of the incumbent and spend
# the budget on uncertain corners. We set $\xi = 0.001$, one image: the smallest improvement
# the CV accuracy can register. Because $\xi$ is in the objective's units, it has to be set
# again for every objective: 0.001 would be negligible for a loss in the hundreds.

# %%
XI = 1e-3


def run_bayes(seed: int, start: RandomizedSearchCV) -> tuple[np.ndarray, np.ndarray]:
    """GP-EI from the first N_INIT configurations (and scores) of a random search."""
    init = (log_points(start)[:N_INIT], start.cv_results_["mean_test_score"][:N_INIT])
    return bayes_opt(cv_accuracy, LOG_BOUNDS, N_CONFIGS, np.random.default_rng(seed),
                     xi=XI, init=init)


def refit_best(points: np.ndarray, values: np.ndarray) -> SVC:
    C, gamma = 10 ** points[np.argmax(values)]
    return SVC(C=C, gamma=gamma).fit(X_train, y_train)


bo_points, bo_scores = run_bayes(SEED, random_search)
bo_model = refit_best(bo_points, bo_scores)
bo_best = (bo_model.C, bo_model.gamma)

# %% [markdown]
# ## The comparison, over five seeds
#
# One run of a randomized search is one draw: a lucky or unlucky start can decide which method
# "wins". So every randomized strategy runs with seeds 0 to 4 (seed 0 is the run above); grid
# search has no randomness and runs once. For each run we record the best CV accuracy after
# each evaluation, the test accuracy of the configuration it would ship, and how many of its
# evaluations after the 5 shared starting points land close to the best (within 0.01 of the
# highest CV accuracy any run found).
#
# Cost is counted in full-size fits: a fit on $m$ of the $n$ training samples counts as $m/n$.
# An SVM's fit time grows faster than linearly in $m$ (at least quadratically, as scikit-learn's
# `SVC` documentation warns), so a fit on a fraction $m/n$ of the data really costs about
# $(m/n)^2$ of a full one or less, below the $m/n$ it is charged: this accounting
# **overstates** halving's cost, which makes the comparison conservative for halving. What
# pushes the other way is not in the count: each fit has a fixed overhead, which dominates the
# 243 fits on 20 samples, and halving runs many more fits (its rungs add up to 360, against
# 48).

# %% alt="Best cross-validation accuracy found against cost in full-size fits for grid, random and Bayesian search and for successive halving"
def halving_curve(results: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative cost and the best score seen on the largest rung reached so far."""
    cost, best, spent = [], [], 0.0
    for rung, part in results.groupby("iter"):
        spent += len(part) * folds.get_n_splits() * part["n_resources"].iloc[0] / n_train
        cost.append(spent)
        best.append(part["mean_test_score"].max())
    return np.array(cost), np.array(best)


runs = {"random": {}, "bayesian": {}, "halving": {}}  # seed -> (best-so-far curve, test acc.)
evaluated = {"random": [], "bayesian": []}  # CV accuracies after the shared start, all seeds
for seed in SEEDS:
    rs = random_search if seed == SEED else run_random(seed)
    rs_scores = rs.cv_results_["mean_test_score"]
    points, values = (bo_points, bo_scores) if seed == SEED else run_bayes(seed, rs)
    model = bo_model if seed == SEED else refit_best(points, values)
    hv = halving if seed == SEED else run_halving(seed)
    runs["random"][seed] = (best_so_far(rs_scores), rs.score(X_test, y_test))
    runs["bayesian"][seed] = (best_so_far(values), model.score(X_test, y_test))
    runs["halving"][seed] = (halving_curve(pd.DataFrame(hv.cv_results_))[1],
                             hv.score(X_test, y_test))
    evaluated["random"].append(rs_scores[N_INIT:])
    evaluated["bayesian"].append(values[N_INIT:])

fits = np.arange(1, N_CONFIGS + 1) * folds.get_n_splits()
h_cost, _ = halving_curve(halving_results)
fig, ax = plt.subplots(figsize=(8, 4.5))
ax.plot(fits, best_so_far(grid_scores), marker="o", label="grid (4×4)")
for name, marker in [("random", "s"), ("bayesian", "^")]:
    curves = np.array([curve for curve, _ in runs[name].values()])
    line, = ax.plot(fits, curves.mean(axis=0), marker=marker,
                    label=f"{name} (mean over 5 seeds, band: min to max)")
    ax.fill_between(fits, curves.min(axis=0), curves.max(axis=0), alpha=0.2,
                    color=line.get_color())
for seed, (curve, _) in runs["halving"].items():
    ax.plot(h_cost, curve, marker="D", linestyle="--", alpha=0.6, color="C3",
            label="successive halving (best on each rung), one line per seed" if seed == 0 else None)
ax.set(xlabel="cost in full-size fits", ylabel="best 3-fold CV accuracy so far",
       ylim=(0.9, 0.99), title="Best score found against cost (digits, RBF SVM)")
ax.legend(loc="lower right", fontsize=10)
plt.show()

best_any = max(max(curve[-1] for curve, _ in r.values()) for r in runs.values())
rows = {"grid": {"best CV accuracy": [grid_scores.max()],
                 "test accuracy": [grid_search.score(X_test, y_test)], "cost (full fits)": fits[-1]}}
for name, cost in [("random", fits[-1]), ("halving", h_cost[-1]), ("bayesian", fits[-1])]:
    rows[name] = {"best CV accuracy": [curve[-1] for curve, _ in runs[name].values()],
                  "test accuracy": [acc for _, acc in runs[name].values()],
                  "cost (full fits)": cost}


def spread(values: list[float]) -> str:
    return f"{np.mean(values):.4f} [{min(values):.4f}, {max(values):.4f}]"


summary = pd.DataFrame({name: {"best CV accuracy": spread(r["best CV accuracy"]),
                               "test accuracy": spread(r["test accuracy"]),
                               "cost (full fits)": f"{r['cost (full fits)']:.1f}"}
                        for name, r in rows.items()}).T
print("mean [min, max] over seeds (grid: one deterministic run)")
print(summary.to_string())
bo_minus_random = (np.array(rows["bayesian"]["best CV accuracy"])
                   - np.array(rows["random"]["best CV accuracy"]))
print(f"\nbayesian minus random, best CV accuracy, per seed: "
      f"{', '.join(f'{d:+.4f}' for d in bo_minus_random)}")
for k in [8, 16]:
    means = {name: np.mean([curve[k - 1] for curve, _ in runs[name].values()])
             for name in ["random", "bayesian"]}
    print(f"mean best CV accuracy after {k} evaluations: random {means['random']:.4f}, "
          f"bayesian {means['bayesian']:.4f}")
for name, values in evaluated.items():
    close = np.mean(np.concatenate(values) >= best_any - 0.01)
    print(f"{name}: share of evaluations 6-16 within 0.01 of the best ({best_any:.4f}): "
          f"{close:.2f}")

# %% [markdown]
# Where did each method look? Points are in log space, colored by CV accuracy; the good region is
# a band of $\gamma$ between about $10^{-4}$ and $10^{-3}$ in which $C$ hardly matters once it is above 1.

# %% alt="Four scatter plots of the configurations each method evaluated, log C against log gamma, colored by cross-validation accuracy"
last_rung = halving_results.drop_duplicates(subset=["param_C", "param_gamma"], keep="last")
fig, axes = plt.subplots(2, 2, figsize=(8, 6.6), sharex=True, sharey=True)
panels = [
    ("grid", np.log10(grid_search.cv_results_["param_C"].astype(float)),
     np.log10(grid_search.cv_results_["param_gamma"].astype(float)), grid_scores),
    ("random", np.log10(random_search.cv_results_["param_C"].astype(float)),
     np.log10(random_search.cv_results_["param_gamma"].astype(float)), random_scores),
    ("halving (last rung reached)", np.log10(last_rung["param_C"].astype(float)),
     np.log10(last_rung["param_gamma"].astype(float)), last_rung["mean_test_score"]),
    ("Bayesian", bo_points[:, 0], bo_points[:, 1], bo_scores),
]
for ax, (title, log_c, log_g, scores) in zip(axes.flat, panels):
    points = ax.scatter(log_c, log_g, c=scores, vmin=0.5, vmax=1.0, cmap="viridis", s=28)
    ax.set(title=title)
for ax in axes[1]:
    ax.set_xlabel(r"$\log_{10} C$")
for ax in axes[:, 0]:
    ax.set_ylabel(r"$\log_{10} \gamma$")
fig.colorbar(points, ax=axes, label="CV accuracy", shrink=0.9)
plt.show()

# %% [markdown]
# **Reading the result.** Grid search tries only four values of $\gamma$, and half of its
# configurations score below 0.5: all 7 with $\gamma = 10^{-1}$ or $C = 10^{-2}$, and
# $C \approx 0.46$ with $\gamma = 10^{-5}$. Random search covers the axes more densely, but a
# run can be unlucky: its best CV accuracy ranges from 0.9721 to 0.9833 over the five seeds.
# Bayesian optimization keeps sampling near the good band once it has found it (47% of its
# own evaluations land within 0.01 of the best score, against 13% for random search), so it
# never ends with random search's bad case: 0.9811 to 0.9833, mean 0.9826 against 0.9802.
# That is an advantage in reliability, not a uniform win: seed by seed it is ahead twice
# (+0.0100, +0.0045), tied twice and behind once (-0.0022), and it shows no edge after 8
# evaluations (0.9788 against 0.9791), when it has made only 3 choices of its own. Five
# paired runs cannot establish a small average difference; what they rule out is reading one
# run as a verdict. On the test set every strategy ships a model scoring between 0.9878 and
# 0.9900, within 2 of the 899 images, so on this easy two-dimensional problem the strategies
# differ in cost and reliability, not in the model they deliver. Successive halving reaches the
# same test accuracy (0.9889 to 0.9900) for 21.6 full fits instead of 48 while screening five
# times as many configurations (its best CV accuracy is measured on 540 samples, not the full
# 898, so that column is not comparable across methods), which is why it is the default choice
# for expensive models with a natural low-fidelity version (fewer epochs, fewer trees, a data
# subsample). What this problem cannot show is how the methods scale with more
# hyperparameters; the usual experience is that grid search degrades fastest, and that a GP
# surrogate helps as long as the space stays small and continuous enough for it to learn.
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
# ??? question "[E] What is the difference between a parameter and a hyperparameter, and why tune the latter?"
#
#     Parameters are fitted to the training data by the learning algorithm (weights,
#     split thresholds, support-vector coefficients). Hyperparameters control that fit
#     and are fixed before it (learning rate, regularization strength, tree depth,
#     kernel width); the training loss cannot choose them, because it would always
#     prefer the most flexible setting. They decide the bias-variance trade-off, so a
#     poorly tuned strong model often loses to a well-tuned simple one.
#
# ??? question "[M] Walk me through how you would tune a gradient-boosting model with a budget of one day."
#
#     Fix a validation scheme first (stratified or grouped or time-based K-fold on the
#     training data, test set untouched). Start from defaults to get a baseline. Set the
#     number of trees by early stopping instead of searching it. Search learning rate
#     (log-uniform 0.01-0.3), leaf count or depth, minimum samples per leaf, L2 penalty
#     (log-uniform) and row/column subsampling with random search or successive halving;
#     look at which hyperparameters matter (plots of score against each), narrow the
#     ranges, and finish with a Bayesian or local search. Refit the best configuration
#     on all training data and evaluate once on the test set.
#
# ??? question "[E] Why is random search usually better than grid search?"
#
#     Because performance usually depends strongly on a few hyperparameters and weakly
#     on the rest. A grid with $k$ values per axis tries only $k$ distinct values of the
#     important one, whatever the budget; random search tries as many values as it has
#     trials. It also lets you stop or extend at any time, and it is as parallel as grid
#     search.
#
# ??? question "[H] When would Bayesian optimization not help?"
#
#     When evaluations are cheap and can run in parallel (random search with a bigger
#     budget wins on wall-clock time), when the space is high-dimensional or full of
#     conditional and categorical hyperparameters (a GP surrogate learns poorly there;
#     SMAC's random-forest surrogate, or TPE, which does not model the score at all but
#     fits Parzen density estimates of the good and the bad configurations and samples
#     where their ratio is high, cope better; the "tree" in TPE is the tree of
#     conditional hyperparameters, not a decision tree), and when the objective is very
#     noisy relative to the differences between configurations.
#
# ??? question "[M] Your tuned model's CV score was 0.99 but production accuracy is 0.95. Could the search be to blame?"
#
#     Partly: the selected configuration's CV score is an optimistic estimate, more so
#     with a large search and small folds (winner's curse); nested CV or a held-out test
#     set measures it. Beyond that, check whether the CV folds match production (random
#     folds on time-ordered or grouped data leak), and whether the data drifted.
#
# ??? question "[M] Which scale and range would you use for the learning rate, dropout, batch size, and number of layers?"
#
#     Learning rate: log-uniform, about $10^{-5}$ to $10^{-1}$ for neural networks.
#     Dropout: uniform on $[0, 0.5]$, an additive quantity. Batch size: powers of two, a
#     small discrete set, tuned jointly with the learning rate. Number of layers: a
#     small integer range. Always check that the optimum is not at the edge of a range.
