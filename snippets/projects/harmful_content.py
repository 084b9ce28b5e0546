# %% [markdown]
# # Classifying harmful content
#
# **The task.** We have short user comments labelled harmful or not, and must predict whether a
# new comment is harmful.
#
# **The answer in brief.** Start with a linear model on TF-IDF features before anything deep:
# it trains in seconds, is easy to inspect, and is a strong baseline on short texts. Use word
# n-grams for meaning and **character n-grams** for robustness to obfuscated spellings
# ("st*pid", "1d10t", spaced letters). Handle the imbalance with class weights and, above all,
# with the decision threshold; compare naive Bayes, logistic regression and a linear SVM by
# stratified cross-validation on PR-AUC; fix the recall the policy requires and report the
# precision it costs. In production the score does not make one yes/no decision: a high-precision
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

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.metrics import ConfusionMatrixDisplay, average_precision_score, confusion_matrix
from sklearn.model_selection import train_test_split

from snippets.projects._harmful_content_lib import (
    compare, is_obfuscated, load_corpus, make_model, out_of_fold_scores, precision_recall_at,
    scores, threshold_for_precision, threshold_for_recall,
)

SEED = 0
REQUIRED_RECALL = 0.90
AUTO_PRECISION = 0.95
pd.set_option("display.max_colwidth", 80)

# %% [markdown]
# ## The data
#
# The corpus (`snippets/projects/data/harmful_content.csv`, columns `text,label`) was written for
# this project: hand-written sentences plus sentences built by a seeded template script
# (`_harmful_content_data.py`) from hand-written fragments. It is deliberately tricky in the ways
# real moderation data is: benign comments use alarming words ("this workout killed me", "my
# stupid printer"), friendly comments share the shape of insults ("you are such a legend"),
# some harmful comments contain no rude word at all ("do everyone a favour and delete your
# account"), and 24 of the 85 harmful comments use an obfuscated spelling.

# %%
corpus = load_corpus()
corpus["obfuscated"] = corpus["text"].map(is_obfuscated)
print(f"{len(corpus)} comments, harmful share {corpus['label'].mean():.3f}, "
      f"obfuscated harmful comments {int(corpus.loc[corpus['label'] == 1, 'obfuscated'].sum())}")
corpus.groupby("label").sample(4, random_state=SEED)

# %% [markdown]
# A stratified 75/25 split keeps a test set aside. On real data I would split **by time** (train
# on older comments, test on newer ones) and keep all comments of one author or one thread on the
# same side: a random split lets near-duplicates (the same spam copied a hundred times, the same
# troll's phrasing) sit on both sides and inflates the score. Template-generated text has the
# same risk, so the numbers here are optimistic for that reason too.

# %%
train, test = train_test_split(corpus, test_size=0.25, stratify=corpus["label"],
                               random_state=SEED)
print(f"train {len(train)} comments ({train['label'].mean():.3f} harmful), "
      f"test {len(test)} comments ({test['label'].mean():.3f} harmful)")

# %% [markdown]
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
# "pid " with "stupid", and "l0ser" shares "ser " with "loser". The vocabulary and IDF weights
# are learned inside the pipeline, from the training folds only.
#
# ## Three linear models, compared by stratified 5-fold CV
#
# | model | how it handles the 1-in-5 imbalance |
# |---|---|
# | complement naive Bayes | estimates each class from the *other* classes' counts, which is steadier when one class is small |
# | logistic regression | `class_weight="balanced"`: each harmful example weighs 4× a benign one in the loss |
# | linear SVM | the same class weights on the hinge loss |
#
# The dummy predicts the base rate and anchors the metrics. PR-AUC (average precision) is the
# headline, because moderation works at the top of the ranking and its floor is the harmful
# share, not 0.5. F1 here uses each model's default threshold (0.5 or a zero margin), which is
# not the threshold we will deploy.

# %%
table = compare(train, folds=5, seed=SEED)
print(table.round(3).to_string())

fig, ax = plt.subplots(figsize=(7, 3.6))
names = table.index.tolist()
ax.barh(names, table["average_precision mean"], xerr=table["average_precision std"])
ax.set(xlabel="average precision (mean ± std over 5 folds)", xlim=(0, 1),
       title="Model comparison on the training split")
ax.invert_yaxis()
plt.show()

# %% [markdown]
# Every model is far above the dummy. Logistic regression and the linear SVM tie within one
# standard deviation; naive Bayes is a little behind, as usual once there is enough data for
# discriminative models. The fold-to-fold spread is large because each fold holds only about 13
# harmful comments: with this little data, differences of a point or two are noise. I keep
# **logistic regression**: same ranking quality as the SVM, and its scores are probabilities,
# which makes thresholds easier to reason about and to recalibrate.
#
# ## Do character n-grams earn their place?
#
# Compare word-only and word+character features on out-of-fold predictions of the training
# split: set each model's threshold to reach 90% recall, then ask how many of the obfuscated
# harmful comments each catches.

# %%
y_train = train["label"].to_numpy()
obfuscated = train["obfuscated"].to_numpy()
rows, oof_by, thr_by = {}, {}, {}
for char in [False, True]:
    key = "words + chars" if char else "words only"
    s = out_of_fold_scores("logistic regression", train, char=char, seed=SEED)
    t = threshold_for_recall(y_train, s, REQUIRED_RECALL)
    precision, recall = precision_recall_at(y_train, s, t)
    rows[key] = {"PR-AUC": average_precision_score(y_train, s), "precision @ 90% recall": precision,
                 "recall on obfuscated harmful": np.mean(s[(y_train == 1) & obfuscated] >= t)}
    oof_by[key], thr_by[key] = s, t
print(pd.DataFrame(rows).T.round(3).to_string())
oof, threshold_review = oof_by["words + chars"], thr_by["words + chars"]

# %% [markdown]
# At the same 90% overall recall, the character features catch more of the obfuscated insults,
# for slightly lower precision overall. Which comments make the difference? The obfuscated
# harmful comments of the training split, with both out-of-fold scores and whether each model's
# 90%-recall threshold catches them:

# %%
view = train.loc[(y_train == 1) & obfuscated, ["text"]].copy()
for key in oof_by:
    view[key] = oof_by[key][(y_train == 1) & obfuscated].round(3)
    view[f"caught ({key})"] = view[key] >= thr_by[key]
print(view.sort_values("words + chars").to_string(index=False))

# %% [markdown]
# The default word tokenizer keeps only tokens of two or more word characters, so "l o s e r"
# disappears entirely, "st*pid" becomes the unrelated tokens "st" and "pid", and "m0r0n" is an
# unseen token. The character analyzer still finds pieces of the original word:

# %%
model = make_model("logistic regression", char=True).fit(train["text"], train["label"])
char_vectorizer = model.named_steps["tfidf"].transformer_list[1][1]
analyze = char_vectorizer.build_analyzer()
coef = pd.Series(model.named_steps["clf"].coef_.ravel(),
                 index=model.named_steps["tfidf"].get_feature_names_out())
for clean, dirty in [("stupid", "st*pid"), ("moron", "m0r0n"), ("loser", "l0ser")]:
    shared = sorted(set(analyze(clean)) & set(analyze(dirty)) & set(char_vectorizer.vocabulary_))
    weights = ", ".join(f"'{g}' {coef['char__' + g]:+.2f}" for g in shared)
    print(f"{dirty!r} shares with {clean!r}: {weights}")

# %% [markdown]
# For "st\*pid" and "l0ser" the shared fragments ("pid", "pi", "ser", "se") carry positive
# weights learned from the clean spellings, so the obfuscated word still pushes the score up.
# "m0r0n" keeps almost nothing of "moron" and is caught, when it is, by its context: the limit
# of the approach, and the case for adding normalized text as a second input. That fix normalizes text before
# featurizing (map 0→o, 1→i, 3→e, drop `*`, collapse repeated letters, join spaced letters),
# but adversaries adapt to any fixed rule, and character n-grams degrade gracefully.
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
      .sort_values("score")[["text", "score"]].to_string(index=False))
print("\nhighest-scoring benign:")
print(errors[errors["label"] == 0].sort_values("score", ascending=False)[["text", "score"]]
      .head(8).to_string(index=False))
print("\nlargest word weights:",
      ", ".join(f"{k.removeprefix('word__')} {v:+.2f}"
                for k, v in coef.filter(like="word__").sort_values(ascending=False).head(8).items()))

# %% [markdown]
# The misses are of two kinds. Half are obfuscations that also defeat the character n-grams:
# "d u m b" leaves only single letters, and "stup\*d" or "l0ser" in an unusual sentence keep too
# few fragments; text normalization would recover them. The other half carry their harm in the
# meaning (mockery, a sneer, a scam without the usual words) rather than in the vocabulary; a bag
# of n-grams cannot see that, and more labelled examples of that kind, or a fine-tuned
# pretrained encoder, are the fix. The
# high-scoring benign comments borrow harmful vocabulary or the shape of an insult:
# self-deprecation, jokes, friendly teasing. The largest word weights also show a bias to watch:
# second-person address ("you") is a strong signal in this corpus, which would over-flag
# friendly replies in production; a slice analysis by phrasing and community would be the check.

# %% [markdown]
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

# %%
threshold_auto = max(threshold_for_precision(y_train, oof, AUTO_PRECISION), threshold_review)
print(f"review threshold {threshold_review:.3f}, auto-action threshold {threshold_auto:.3f}")

# %% [markdown]
# ## Final evaluation on the test split
#
# The model trained on the full training split scores the test comments once, and the
# comments are routed by the two thresholds.

# %%
y_test = test["label"].to_numpy()
s_test = scores(model, test["text"])
precision, recall = precision_recall_at(y_test, s_test, threshold_review)
print(f"test PR-AUC {average_precision_score(y_test, s_test):.3f}")
print(f"at the review threshold: precision {precision:.3f}, recall {recall:.3f}")
print(f"missed harmful comments: {int(np.sum((y_test == 1) & (s_test < threshold_review)))} "
      f"of {int(y_test.sum())}")
print(f"chance of zero misses among {int(y_test.sum())} if recall were exactly 0.90: "
      f"{REQUIRED_RECALL ** int(y_test.sum()):.3f}")
auto = s_test >= threshold_auto
review = (s_test >= threshold_review) & ~auto
print(f"auto-actioned {auto.sum()} (of which harmful {int(y_test[auto].sum())}), "
      f"sent to review {review.sum()} (harmful {int(y_test[review].sum())}), "
      f"published {(~auto & ~review).sum()} (harmful {int(y_test[~auto & ~review].sum())})")

fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
ConfusionMatrixDisplay(confusion_matrix(y_test, s_test >= threshold_review),
                       display_labels=["benign", "harmful"]).plot(ax=left, colorbar=False)
left.set_title("Test confusion matrix at the review threshold")
left.grid(False)
bins = np.linspace(0, 1, 26)
right.hist(s_test[y_test == 0], bins=bins, alpha=0.6, label="benign")
right.hist(s_test[y_test == 1], bins=bins, alpha=0.6, label="harmful")
right.axvline(threshold_review, linestyle="--", color="0.4", label="review")
right.axvline(threshold_auto, linestyle=":", color="0.1", label="auto-action")
right.set(xlabel="predicted probability of harm", ylabel="test comments",
          title="Scores and the two thresholds")
right.legend()
fig.tight_layout()
plt.show()

# %% [markdown]
# On the test split every harmful comment lands in review or auto-action, and all but one
# auto-actioned comment is harmful. Do not read too much into it: with 21 harmful test
# comments, a model whose true recall is exactly 90% would still miss none about one time in
# nine (the last printed line), so the out-of-fold estimate on the larger training split is the
# better guide to recall, and a confidence interval belongs next to any number shown to
# stakeholders.
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
#   beats this baseline on a time-based split at the same review budget.
#
# ## Interview follow-ups
#
# **Why not just use accuracy?** With one harmful comment in five, flagging nothing scores 80%
# accuracy and catches nothing. Report PR-AUC for the ranking, then precision and recall at the
# operating thresholds, because those are what reviewers and users experience.
#
# **How would you choose which 100K of 10 million unlabelled comments to send for labelling?**
# Not uniformly: at a low harmful rate, most labels would be spent on easy negatives. Stratify by
# time, community and language so the labelled set covers production; oversample likely-harmful
# comments with the current model or user reports (and record the sampling weights so metrics
# can be re-weighted to the true distribution); add uncertainty sampling (scores near the
# threshold) as the model improves. Keep a uniform random slice as an unbiased test set.
#
# **How do you check label quality from 20 annotators?** Have a random sample, stratified by
# annotator and by label, relabelled by experts or by several annotators; a few hundred items
# estimate each annotator's error rate to within a few points. Measure inter-annotator agreement
# (Cohen's or Fleiss' kappa), look at disagreements to fix the guidelines, and down-weight or
# retrain annotators who disagree systematically.
#
# **A co-worker splits a week of spam-labelled comments randomly into train and test. What is
# wrong?** Spam campaigns repeat near-identical text within hours, so a random split puts copies
# of the same campaign on both sides, and the test score measures memorization. Production sees
# new campaigns. Split by time (train on the first days, test on the last) and deduplicate
# near-copies across the boundary.
#
# **The positive class is 1% instead of 20%. What changes?** PR-AUC becomes much more
# informative than ROC-AUC; class weights or negative downsampling (with a correction of the
# predicted probabilities by the sampling rate) keep training efficient; thresholds move;
# labelling needs targeted sampling to find enough positives; and the review queue at a
# 90% recall target may become too large, so the recall target and the reviewer budget have to
# be negotiated with data.
#
# **How would you handle multiple languages, images or very long posts?** A multilingual
# encoder (or per-language models where data allows) for text, an image model and OCR for text
# inside images, and for long posts, scoring sentences or chunks and taking the maximum, since
# one harmful sentence makes the post harmful.
