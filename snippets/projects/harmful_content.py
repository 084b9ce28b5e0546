# %% [raw]
# ---
# description: >-
#   Classify harmful comments, solved end to end: TF-IDF and logistic regression,
#   grouped cross-validation, two thresholds and an honest recall estimate.
# tags:
#   - projects
#   - medium
# ---

# %% [markdown]
# # Classifying harmful content
#
# **The task.** We have short user comments labelled harmful or not, and must predict whether a
# new comment is harmful.
#
# **The answer in brief.** Start with a linear model on TF-IDF features before anything deep:
# it trains in seconds, is easy to inspect, and is a strong baseline on short texts. Decide first
# what "new" means and make the validation match it: here most comments come from templates, so
# every split keeps all comments of one template on the same side (grouped folds), or the score
# measures template recognition instead of generalization. Compare naive Bayes, logistic
# regression and a linear SVM by nested, grouped cross-validation on PR-AUC, with their
# hyperparameters tuned inside each fold; handle the imbalance with class weights and, above
# all, with the decision threshold; fix the recall the policy requires and report the precision
# it costs. In production the score does not make one yes/no decision: a high-precision
# threshold acts automatically and a lower, high-recall threshold sends comments to human
# reviewers.
#
# **Assumptions I would state.**
#
# - "Harmful" follows a written policy: insults, harassment, (mild, fictional) threats and
#   scams. Labels come from trained reviewers; some are wrong, and borderline cases disagree.
# - Missing harmful content is worse than reviewing a benign comment, so the policy sets a
#   recall target: catch at least 90% of harmful comments (automatically or via review).
# - Reviewer time is the budget: the review queue must stay small relative to traffic.
# - The model must work on phrasings it has not seen, so the test comments must not share a
#   template (or, on real data, an author, a thread or a spam campaign) with the training ones.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy.stats import binom, binomtest
from sklearn.metrics import ConfusionMatrixDisplay, average_precision_score, confusion_matrix
from sklearn.model_selection import train_test_split

from snippets.projects._harmful_content_lib import (
    compare, fixed_oof, grouped_split, is_obfuscated, load_corpus, precision_recall_at, scores,
    threshold_for_precision, threshold_for_recall, tuned_model,
)

SEED = 0
REQUIRED_RECALL = 0.90
AUTO_PRECISION = 0.95
LR = "logistic regression"
pd.set_option("display.max_colwidth", 80)

# %% [markdown]
# ## The data
#
# The corpus (`snippets/projects/data/harmful_content.csv`, columns `text,label,template`) was
# written for this project: hand-written sentences plus sentences built by a seeded template
# script (`_harmful_content_data.py`) from hand-written fragments. It is deliberately tricky in
# the ways real moderation data is: benign comments use alarming words ("this workout killed
# me", "my stupid printer"), friendly comments share the shape of insults ("you are such a
# legend"), some harmful comments contain no rude word at all ("do everyone a favour and delete
# your account"), and 24 of the 85 harmful comments use an obfuscated spelling. The `template`
# column names the template a generated comment came from ("insult-3"); each hand-written
# comment is a group of its own.

# %%
corpus = load_corpus()
corpus["obfuscated"] = corpus["text"].map(is_obfuscated)
print(f"{len(corpus)} comments, harmful share {corpus['label'].mean():.3f}, "
      f"obfuscated harmful comments {int(corpus.loc[corpus['label'] == 1, 'obfuscated'].sum())}")
hand = corpus["template"].str.startswith("hand")
print(f"{corpus['template'].nunique()} groups: {hand.sum()} hand-written comments, and "
      f"{(~hand).sum()} generated ones from {corpus.loc[~hand, 'template'].nunique()} templates")
corpus.groupby("label").sample(4, random_state=SEED)

# %% [markdown]
# ## The split: grouped by template
#
# A random stratified 75/25 split would put comments of the same template on both sides, and
# the test would reward the model for recognizing a template it was trained on. How often?

# %%
naive_train, naive_test = train_test_split(corpus, test_size=0.25, stratify=corpus["label"],
                                           random_state=SEED)
shared = naive_test["template"].isin(set(naive_train["template"])).mean()
print(f"random split: {shared:.0%} of test comments share a template with a training comment")

train, test = grouped_split(corpus, seed=SEED)
print(f"grouped split: train {len(train)} comments ({train['label'].mean():.3f} harmful), "
      f"test {len(test)} comments ({test['label'].mean():.3f} harmful), "
      f"templates on both sides: {len(set(train['template']) & set(test['template']))}")

# %% [markdown]
# `grouped_split` holds out one fold of scikit-learn's `StratifiedGroupKFold` with four folds:
# about a quarter of the comments, the harmful share kept close to the overall one, and no
# template on both sides. Every cross-validation below uses the same kind of folds, inside the
# training split. On real data the groups would be authors, threads or campaigns, and I would
# also split **by time** (train on older comments, test on newer ones), because production
# sees tomorrow's comments.
#
# ## Features: TF-IDF on words and characters
#
# A comment becomes a sparse vector. Each term $t$ (a word n-gram or a character n-gram) of
# document $d$ gets the weight
#
# $$
# w_{t,d} = \bigl(1 + \log \mathrm{tf}_{t,d}\bigr)\cdot\Bigl(1 + \log\frac{1 + N}{1 + \mathrm{df}_t}\Bigr),
# $$
#
# (sublinear term frequency times smoothed inverse document frequency, over $N$ training
# documents), and each block of the vector is scaled to unit length. Word uni- and bigrams
# capture phrases ("nobody asked", "watch your back"). Character 2-5-grams inside word
# boundaries (`char_wb`) capture pieces of words, so "st*pid" still shares " st", "pid" and
# "pid " with "stupid", and "l0ser" shares "ser " with "loser". Terms seen in fewer than
# `min_df` training comments are dropped. The vocabulary and IDF weights are learned from the
# training folds only.
#
# ## How much does the split matter?
#
# The same logistic regression (default settings: $C = 10$, `min_df` 1), scored out of fold on
# the training split, once with plain stratified folds and once with folds grouped by template:

# %%
y_train = train["label"].to_numpy()
for grouped in [False, True]:
    s = fixed_oof(LR, train, grouped=grouped, seed=SEED)
    print(f"{'grouped' if grouped else 'stratified':>10} 5-fold CV: out-of-fold PR-AUC "
          f"{average_precision_score(y_train, s):.3f}")

# %% [markdown]
# Same model, same comments, and the estimate drops by about 0.4 of PR-AUC once a template can
# no longer be on both sides of a fold. The stratified number measures how well the model
# recognizes templates it has seen; the grouped one estimates how it does on new phrasings,
# which is the question. Everything from here on uses grouped folds.
#
# ## Three linear models, compared by nested grouped CV
#
# | model | how it handles the 1-in-5 imbalance | tuned |
# |---|---|---|
# | complement naive Bayes | estimates each class from the *other* classes' counts, which is steadier when one class is small | smoothing `alpha` ∈ {0.1, 0.3, 1} |
# | logistic regression | `class_weight="balanced"`: each harmful example weighs 4× a benign one in the loss | $C$ ∈ {1, 10, 100} |
# | linear SVM | the same class weights on the hinge loss | $C$ ∈ {0.1, 0.5, 2} |
#
# Every model also tunes `min_df` ∈ {1, 2} (shared by the word and character blocks). The
# evaluation is **nested**: five outer grouped folds estimate the score; inside each outer
# training part, three inner grouped folds choose the hyperparameters by average precision,
# and the chosen model is refitted on the outer training part and scored on the outer fold.
# Tuning on the same folds that report the score would pick the luckiest configuration and
# report its luck. (`tune` in `_harmful_content_lib.py` chooses what `GridSearchCV` would; it
# fits each fold's TF-IDF once per `min_df` and shares it across the classifiers, which is
# faster.)
#
# The dummy predicts the base rate and anchors the metrics. PR-AUC (average precision) is the
# headline, because moderation works at the top of the ranking and its floor is the harmful
# share, not 0.5. F1 here uses each model's default threshold (0.5 or a zero margin), which is
# not the threshold we will deploy.

# %% alt="Horizontal bars of mean average precision with its standard deviation for each model, from nested grouped cross-validation"
table, results = compare(train, seed=SEED)
print(table.drop(columns="usual choice").astype(float).round(3).to_string())
print(table["usual choice"].to_string())

fig, ax = plt.subplots(figsize=(7, 3.6))
names = table.index.tolist()
ax.barh(names, table["average_precision mean"].astype(float),
        xerr=table["average_precision std"].astype(float))
ax.set(xlabel="average precision (mean ± std over 5 grouped outer folds)", xlim=(0, 1),
       title="Model comparison on the training split (nested, grouped CV)")
ax.invert_yaxis()
plt.show()

# %% [markdown]
# Every model is far above the dummy's 0.201, and far below the 0.945 that stratified folds
# gave. Logistic regression (0.625) and the linear SVM (0.627) tie; naive Bayes (0.506) is
# about one standard deviation behind. The fold-to-fold spread (a standard deviation of 0.12
# to 0.15) is large because an outer fold holds about 13 harmful comments from a handful of
# templates, so one template more or less moves the score: differences of a few points are
# noise. The inner CV most often chose the strongest regularization on the logistic-regression
# and SVM grids ($C = 1$ and $C = 0.1$, with `min_df` 2), but only in 3 of 5 folds: with this
# little data the inner score is nearly flat in these hyperparameters, and with more data I
# would extend the range below. I keep **logistic regression**: the same ranking quality as
# the SVM, and one score to threshold (not a calibrated probability here; see the thresholds).
#
# ## Do character n-grams earn their place?
#
# Compare word-only and word+character features for logistic regression, both tuned by the
# same nested grouped CV: PR-AUC on each outer fold, PR-AUC of the pooled out-of-fold scores,
# and, at the threshold that reaches 90% recall on those scores, the precision and the share of
# obfuscated harmful comments caught.

# %%
obfuscated = train["obfuscated"].to_numpy()
by_features = {"words only": compare(train, [LR], char=False, seed=SEED)[1][LR],
               "words + chars": results[LR]}
rows, oof_by, thr_by = {}, {}, {}
for key, (s, per_fold) in by_features.items():
    t = threshold_for_recall(y_train, s, REQUIRED_RECALL)
    precision, _ = precision_recall_at(y_train, s, t)
    caught = s[(y_train == 1) & obfuscated] >= t
    rows[key] = {"fold PR-AUC mean": per_fold["average_precision"].mean(),
                 "pooled PR-AUC": average_precision_score(y_train, s),
                 "precision @ 90% recall": precision,
                 "obfuscated caught": f"{caught.sum()} of {caught.size}"}
    oof_by[key], thr_by[key] = s, t
print(pd.DataFrame(rows).T.to_string(float_format="{:.3f}".format))
wins = (by_features["words + chars"][1]["average_precision"]
        > by_features["words only"][1]["average_precision"]).sum()
print(f"outer folds where words + chars has the higher PR-AUC: {wins} of 5")
oof, threshold_review = oof_by["words + chars"], thr_by["words + chars"]

# %% [markdown]
# The grouped numbers do not establish that character n-grams help. Pooled over the folds,
# words + chars ranks better (PR-AUC 0.539 against 0.498) and is much more precise at 90%
# recall (0.414 against 0.249). Fold by fold it is the other way round: words only has the
# higher PR-AUC in 4 of the 5 outer folds, and a higher mean. The two views differ because a
# fold's PR-AUC measures only the ranking inside that fold, while the pooled one also rewards
# scores that are on the same scale in every fold, which is what a single deployed threshold
# needs. At the 90%-recall threshold, words only even catches more of the obfuscated insults
# (15 of 16 against 13 of 16), because it needs a lower threshold to reach that recall and so
# flags more of everything. With 16 obfuscated and 64 harmful training comments, none of
# these differences is beyond noise. What the numbers support: the character features give the
# better precision at the operating threshold, on the pooled scores, at no serving cost, so I
# keep them; that they make the model robust to obfuscation is a plausible mechanism (below)
# that this corpus is too small to confirm. The obfuscated harmful comments of the training
# split, with both out-of-fold scores and whether each threshold catches them:

# %%
view = train.loc[(y_train == 1) & obfuscated, ["text"]].copy()
for key in oof_by:
    view[key] = oof_by[key][(y_train == 1) & obfuscated].round(3)
    view[f"caught ({key})"] = view[key] >= thr_by[key]
print(view.sort_values("words + chars").to_string(index=False))

# %% [markdown]
# The default word tokenizer keeps only tokens of two or more word characters, so "l o s e r"
# disappears entirely, "st*pid" becomes the unrelated tokens "st" and "pid", and "m0r0n" is an
# unseen token. The character analyzer still finds pieces of the original word. The final
# model (its hyperparameters chosen by grouped 3-fold CV on the whole training split, then
# refitted on it) shows which pieces carry weight:

# %%
model = tuned_model(LR, train, seed=SEED)
print("chosen:", {k.split("__")[-1]: v for k, v in model.get_params().items()
                  if k in ("clf__C", "tfidf__word__min_df")})
char_vectorizer = model.named_steps["tfidf"].transformer_list[1][1]
analyze = char_vectorizer.build_analyzer()
coef = pd.Series(model.named_steps["clf"].coef_.ravel(),
                 index=model.named_steps["tfidf"].get_feature_names_out())
for clean, dirty in [("stupid", "st*pid"), ("moron", "m0r0n"), ("loser", "l0ser")]:
    shared = sorted(set(analyze(clean)) & set(analyze(dirty)) & set(char_vectorizer.vocabulary_))
    weights = ", ".join(f"'{g}' {coef['char__' + g]:+.2f}" for g in shared)
    print(f"{dirty!r} shares with {clean!r}: {weights}")

# %% [markdown]
# For "l0ser" the shared fragments ("ser", "se", "r ") carry positive weights learned from the
# clean spelling, so the obfuscated word still pushes the score up. For "st\*pid" the
# picture is mixed: "pid" and " st" push up, but "id" and " s", which many benign words
# contain, push down. "m0r0n" keeps almost nothing of "moron" except "n " and is caught, when
# it is, by its context: the limit of the approach, and the case for adding normalized text as
# a second input. That fix normalizes text before featurizing (map 0→o, 1→i, 3→e, drop `*`,
# collapse repeated letters, join spaced letters), but adversaries adapt to any fixed rule.
#
# ## Error analysis (out-of-fold, training split)
#
# Reading the mistakes is the most useful hour of a take-home. Out-of-fold predictions give an
# honest score for every training comment without touching the test set. The harmful comments
# missed at the 90%-recall threshold, and the benign comments with the highest scores:

# %%
errors = train.assign(score=oof.round(3))
print("missed harmful:")
print(errors[(errors["label"] == 1) & (errors["score"] < threshold_review)]
      .sort_values("score")[["text", "template", "score"]].to_string(index=False))
print("\nhighest-scoring benign:")
print(errors[errors["label"] == 0].sort_values("score", ascending=False)
      [["text", "template", "score"]].head(8).to_string(index=False))
print("\nlargest word weights:",
      ", ".join(f"{k.removeprefix('word__')} {v:+.2f}"
                for k, v in coef.filter(like="word__").sort_values(ascending=False).head(8).items()))

# %% [markdown]
# The misses are of three kinds. Obfuscations that defeat the character n-grams too
# ("stup\*d", spaced letters, "m\*ron"), which text normalization would recover. Insults
# whose sentence shape the model has only seen as friendly: "such a clown take, Jamie" comes
# from the insult template "such a {insult} take, {name}", and when that template is in the
# held-out fold, the training data holds only its benign mirror "such a {compliment} take".
# And harm carried by meaning rather than vocabulary ("imagine being this bad at everything",
# a scam without the usual words); a bag of n-grams cannot see that, and more labelled
# examples of that kind, or a fine-tuned pretrained encoder, are the fix. The high-scoring
# benign comments are the mirror image: "you are such a hero" is scored as an insult when
# its template is held out and the insult template "you are such a {insult}" is not; the
# others borrow harmful vocabulary (self-deprecation, jokes, warnings about scams). The
# largest word weights show a bias to watch: second-person address ("you", "your") is the
# strongest signal in this corpus, which would over-flag friendly replies in production; a
# slice analysis by phrasing and community would be the check.
#
# ## Thresholds for a moderation system
#
# The model gives a score; the policy needs two thresholds, both chosen on the out-of-fold
# training predictions (the test set is still untouched):
#
# - **review threshold**: the highest threshold that still reaches 90% recall; everything above
#   it gets at least a human look;
# - **auto-action threshold**: the lowest threshold whose precision is at least 95%; above it the
#   comment is hidden at once (and the author can appeal), because a wrong removal at that
#   precision is rare.
#
# Between the two, comments go to the review queue, ordered by score so reviewers see the worst
# first. Below the review threshold they are published.
#
# The scores are not calibrated probabilities. `class_weight="balanced"` fits the model as if
# the classes were equally common, which shifts every predicted probability up: the mean
# out-of-fold score is far above the harmful share (first line below). So a threshold is read
# off the out-of-fold scores, never set from a probability argument such as "flag above 0.5";
# if the product needs probabilities (to estimate volumes, or to combine with other signals),
# recalibrate on held-out data (`CalibratedClassifierCV`, or a logit shift by the log of the
# weight ratio for logistic regression).

# %%
print(f"mean out-of-fold score {oof.mean():.3f}, harmful share {y_train.mean():.3f}")
threshold_auto = max(threshold_for_precision(y_train, oof, AUTO_PRECISION), threshold_review)
print(f"review threshold {threshold_review:.3f}, auto-action threshold {threshold_auto:.3f}")

# %% [markdown]
# ## Final evaluation on the test split
#
# The final model scores the test comments, all from templates it has never seen, once, and
# the comments are routed by the two thresholds.

# %% alt="The test confusion matrix at the review threshold, and histograms of benign and harmful test scores with the review and auto-action thresholds"
y_test = test["label"].to_numpy()
s_test = scores(model, test["text"])
precision, recall = precision_recall_at(y_test, s_test, threshold_review)
n_pos = int(y_test.sum())
caught = int(np.sum((y_test == 1) & (s_test >= threshold_review)))
print(f"test PR-AUC {average_precision_score(y_test, s_test):.3f}")
print(f"at the review threshold: precision {precision:.3f}, recall {recall:.3f}")
low, high = binomtest(caught, n_pos).proportion_ci(0.95, method="exact")
print(f"caught {caught} of {n_pos} harmful test comments; "
      f"95% interval for the recall [{low:.2f}, {high:.2f}]")
print(f"chance of catching at most {caught} of {n_pos} if recall were 0.90: "
      f"{binom.cdf(caught, n_pos, REQUIRED_RECALL):.3f}")
auto = s_test >= threshold_auto
review = (s_test >= threshold_review) & ~auto
print(f"auto-actioned {auto.sum()} (of which harmful {int(y_test[auto].sum())}), "
      f"sent to review {review.sum()} (harmful {int(y_test[review].sum())}), "
      f"published {(~auto & ~review).sum()} (harmful {int(y_test[~auto & ~review].sum())})")

fig, (left, right) = plt.subplots(1, 2, figsize=(9, 4))
ConfusionMatrixDisplay(confusion_matrix(y_test, s_test >= threshold_review),
                       display_labels=["benign", "harmful"]).plot(ax=left, colorbar=False)
left.set_title("Test confusion matrix at the review threshold")
left.grid(False)
bins = np.linspace(0, 1, 26)
right.hist(s_test[y_test == 0], bins=bins, alpha=0.6, label="benign")
right.hist(s_test[y_test == 1], bins=bins, alpha=0.6, label="harmful")
right.axvline(threshold_review, linestyle="--", color="0.4", label="review")
right.axvline(threshold_auto, linestyle=":", color="0.1", label="auto-action")
right.set(xlabel="score (class-weighted, not a calibrated probability)",
          ylabel="test comments", title="Scores and the two thresholds")
right.legend()
fig.tight_layout()
plt.show()

print("missed harmful test comments:")
missed = test[(y_test == 1) & (s_test < threshold_review)]
print(missed.assign(score=s_test[(y_test == 1) & (s_test < threshold_review)].round(3))
      [["text", "template", "score"]].to_string(index=False))

# %% [markdown]
# On templates it has never seen, the model falls short of the policy. The review threshold
# catches 15 of the 21 harmful test comments (recall 0.714, exact 95% interval 0.48 to 0.89),
# and if the true recall were 0.90, catching 15 or fewer would happen only 1.4% of the time:
# the shortfall is probably real, not bad luck. The threshold was set on out-of-fold scores
# from the training templates; the test templates differ again, and four of the six misses
# come from one of them, "lol look at this {insult}", whose friendly mirror "lol look at this
# {compliment}" is benign in the training data. No test comment reaches the auto-action
# threshold (0.872), so all 26 flagged comments go to review, 15 of them harmful.
#
# What I would tell stakeholders: recall on new phrasings is about 0.7 with a wide interval,
# not the 0.9 the policy asks for. The fixes, in order: lower the review threshold, with the
# queue size that costs estimated on a fresh grouped sample; label more varied data (the
# reviewer queue supplies it); and report recall with its interval, since with 21 harmful
# test comments one comment moves recall by five points.
#
# ## What I would ship and monitor
#
# - **Ship** the TF-IDF + logistic regression pipeline as one artifact: it scores a comment in
#   well under a millisecond on a CPU, so it can run synchronously at posting time. Thresholds
#   live in configuration so policy can move them.
# - **Human in the loop**: reviewer decisions on the queue become new labels, which is the
#   cheapest way to get hard examples; also sample a small random slice of published comments
#   for review to estimate the recall that the queue cannot see.
# - **Monitor** the share auto-actioned and queued per day, reviewer overturn rates on
#   auto-actions and appeals, precision in the queue, and new frequent n-grams (an emerging
#   obfuscation or scam wave). Retrain weekly on recent labels; adversaries adapt.
# - **Next model**: a small pretrained transformer fine-tuned on the labels, kept only if it
#   beats this baseline on a grouped, time-based split at the same review budget.
#
# ## Interview follow-ups
#
# ??? question "[E] Why not just use accuracy?"
#
#     With one harmful comment in five, flagging nothing scores 80% accuracy and catches
#     nothing. Report PR-AUC for the ranking, then precision and recall at the operating
#     thresholds, because those are what reviewers and users experience.
#
# ??? question "[H] How would you choose which 100K of 10 million unlabelled comments to send for labelling?"
#
#     Not uniformly: at a low harmful rate, most labels would be spent on easy
#     negatives. Stratify by time, community and language so the labelled set covers
#     production; oversample likely-harmful comments with the current model or user
#     reports (and record the sampling weights so metrics can be re-weighted to the true
#     distribution); add uncertainty sampling (scores near the threshold) as the model
#     improves. Keep a uniform random slice as an unbiased test set.
#
# ??? question "[M] How do you check label quality from 20 annotators?"
#
#     Have a random sample, stratified by annotator and by label, relabelled by experts
#     or by several annotators; a few hundred items estimate each annotator's error rate
#     to within a few points. Measure inter-annotator agreement (Cohen's or Fleiss'
#     kappa), look at disagreements to fix the guidelines, and down-weight or retrain
#     annotators who disagree systematically.
#
# ??? question "[M] A co-worker splits a week of spam-labelled comments randomly into train and test. What is wrong?"
#
#     Spam campaigns repeat near-identical text within hours, so a random split puts
#     copies of the same campaign on both sides, and the test score measures
#     memorization. Production sees new campaigns. Split by time (train on the first
#     days, test on the last) and deduplicate near-copies across the boundary.
#
# ??? question "[M] The positive class is 1% instead of 20%. What changes?"
#
#     PR-AUC becomes much more informative than ROC-AUC; class weights or negative
#     downsampling (with a correction of the predicted probabilities by the sampling
#     rate) keep training efficient; thresholds move; labelling needs targeted sampling
#     to find enough positives; and the review queue at a 90% recall target may become
#     too large, so the recall target and the reviewer budget have to be negotiated with
#     data.
#
# ??? question "[M] How would you handle multiple languages, images or very long posts?"
#
#     A multilingual encoder (or per-language models where data allows) for text, an
#     image model and OCR for text inside images, and for long posts, scoring sentences
#     or chunks and taking the maximum, since one harmful sentence makes the post
#     harmful.
