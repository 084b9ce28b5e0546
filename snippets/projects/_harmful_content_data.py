"""Writes snippets/projects/data/harmful_content.csv: short comments labelled harmful (1) or not (0).

The corpus is fictional and mild. Hand-written sentences (including benign ones that use
'harmful-looking' words, and harmful ones with no obvious keyword) are mixed with sentences built
from hand-written templates, with a seeded share of the harmful ones obfuscated ('1d10t',
'st*pid', 'l o s e r'). Run `uv run python snippets/projects/_harmful_content_data.py` to
regenerate the file; the output is identical on every run.

Every row records the template that produced it (`template`, e.g. 'insult-3'), so that evaluation
can keep all comments of one template on the same side of a split. A hand-written row gets a
group of its own ('hand-07'), unless some template generates exactly that text.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 11
OUT = Path(__file__).parent / "data" / "harmful_content.csv"

INSULTS = ["idiot", "moron", "loser", "clown", "fool", "stupid", "pathetic", "dumb", "useless", "worthless"]
NAMES = ["Sam", "Alex", "Jordan", "Riley", "Casey", "Morgan", "Taylor", "Jamie", "Robin", "Drew"]
TOPICS = ["the new update", "this recipe", "the bus schedule", "my garden", "the final episode",
          "this keyboard", "the match last night", "the library hours", "that tutorial", "the podcast",
          "the hiking trail", "my sourdough", "the chess puzzle", "the budget app", "this playlist"]
POSITIVE = ["great", "really helpful", "so relaxing", "better than I expected", "surprisingly good",
            "a bit slow but fine", "worth a try", "pretty clever", "fun", "well explained"]
QUESTIONS = ["does anyone know when {t} comes back?", "how long did {t} take you?",
             "is {t} worth it for beginners?", "where did you find {t}?",
             "can someone explain {t} to me?", "any tips for {t}?"]
BENIGN = ["{t} was {p}", "honestly {t} is {p}", "thanks {n}, {t} was {p}", "just tried {t}, {p}",
          "{n} recommended {t} and it was {p}", "not sure about {t} yet, looks {p}",
          "had a long day, {t} was {p} though", "update: {t} is {p} after the fix"]
COMPLIMENTS = ["legend", "genius", "star", "pro", "hero", "champ", "sweetheart", "natural", "gem"]
# Friendly mirrors of the insult templates: the sentence shape alone must not give the label away.
PRAISE_T = ["you are such a {c}", "such a {c} take, {n}", "{n} is a total {c}",
            "only a {c} would think of this", "typical {c} move from {n}", "stop being such a {c}, {n} :)",
            "you sound like a {c} already", "lol look at this {c}"]
INSULT_T = ["you are such a {i}", "such a {i} take, {n}", "only a {i} would post this",
            "{n} is a total {i}", "nobody asked you, {i}", "stop talking, you {i}",
            "are you always like this, you {i}?", "lol look at this {i}", "typical {i} comment",
            "you sound like a {i}, log off"]
HARASS_T = ["everyone here is tired of you {n}, just leave", "{n} nobody wants you in this group",
            "go away {n}, no one likes you", "keep posting and we will make this forum miserable for you",
            "we are all laughing at you {n}", "{n} you should quit, you embarrass yourself every day"]
THREAT_T = ["watch your back {n}", "keep it up {n} and you will regret it",
            "I know where you hang out {n}, be careful", "say that again and see what happens to you",
            "you will be sorry you posted this {n}"]
SCAM_T = ["congrats {n}! you won a free {prize}, claim at {url}",
          "your account is locked, verify your password at {url}",
          "earn $500 a day from home, dm me now", "send a gift card to unlock your prize",
          "limited offer!!! free {prize} for the first 10 people, click {url}",
          "I made $3000 this week with this one trick, link in bio"]
PRIZES = ["phone", "vacation", "gift card", "laptop", "concert ticket"]
URLS = ["bit.ly/fr33-prize", "claim-now.example", "win-big.example/go", "verify-acct.example"]

# Hand-written rows: benign text with alarming words, and harmful text without keywords.
HAND = [
    ("this workout absolutely killed me", 0), ("you killed it on stage tonight!", 0),
    ("my stupid printer jammed again", 0), ("I feel like such an idiot, I forgot my keys", 0),
    ("that plot twist was insane", 0), ("the villain in chapter 3 threatens the whole town", 0),
    ("lol I'm a clown for buying two of the same book", 0), ("dumb question but how do I reset it?", 0),
    ("the referee was useless tonight, both teams agree", 0), ("this bug is driving me crazy", 0),
    ("beware of scam emails asking for your password", 0), ("I hate mondays", 0),
    ("that joke was so bad it was good", 0), ("don't be a stranger, Sam!", 0),
    ("the phone I won at the raffle arrived today", 0), ("free tickets at the library this weekend", 0),
    ("you are such a legend", 0), ("nobody asked, but here is my cat", 0),
    ("be careful on the trail, it is icy", 0), ("I will find you a better recipe", 0),
    ("I bet nobody in your family can stand you", 1), ("imagine being this bad at everything", 1),
    ("do everyone a favour and delete your account", 1), ("your mother must be so disappointed", 1),
    ("get lost, nobody will miss you", 1), ("you should be embarrassed to show your face here", 1),
    ("it would be a shame if your account got reported by all of us", 1),
    ("wow you really are the dumbest person on this forum", 1),
    ("the movie was so stupid I loved it", 0), ("kill the lights before the film starts", 0),
    ("that was a dumb mistake on my part, sorry everyone", 0), ("I'm a total loser at chess lol", 0),
    ("the phishing link in the last post is fake, don't click it", 0),
    ("my brother calls me a fool every time I lose at cards", 0),
    ("won a free coffee at work today, small wins", 0), ("our team got destroyed 5-0, rough night", 0),
    ("I could murder a pizza right now", 0), ("that exam was brutal", 0),
    ("please report accounts that ask for gift cards", 0), ("the clown at the party was great with the kids", 0),
    ("you are not useless, you are learning, keep going", 0), ("nobody likes mondays, Jordan", 0),
    ("go away, winter, nobody likes you", 0), ("is it pathetic that I cried at the ending?", 0),
    ("we are all laughing at this video of the cat", 0), ("careful, the soup is hot", 0),
    ("you have the brain of a goldfish, honestly", 1), ("no wonder nobody replies to your posts", 1),
    ("cry more, it is fun to watch", 1), ("log off forever, the forum is better without you", 1),
    ("you're a st*pid little troll", 1), ("what an 1d10t", 1), ("d u m b take as usual", 1),
    ("ur such a l0ser lmao", 1), ("shut up you cl*wn", 1), ("typical m*ron behaviour", 1),
    ("click here to claim your reward before it expires", 1), ("dm me for easy money, no work needed", 1),
    ("your parcel is on hold, pay the fee at parcel-help.example", 1),
    ("keep talking and you will find out what happens", 1),
]


def obfuscate(text: str, word: str, rng: np.random.Generator) -> str:
    """Rewrite one word the way people dodge filters: leetspeak, an asterisk, spaces, stretching."""
    style = rng.integers(4)
    if style == 0:
        new = word.translate(str.maketrans({"i": "1", "o": "0", "e": "3", "a": "4", "s": "5"}))
    elif style == 1:
        vowels = [k for k, ch in enumerate(word) if ch in "aeiou"]
        k = vowels[rng.integers(len(vowels))] if vowels else 1
        new = word[:k] + "*" + word[k + 1:]
    elif style == 2:
        new = " ".join(word)
    else:
        vowels = [k for k, ch in enumerate(word) if ch in "aeiou"] or [0]
        k = vowels[0]
        new = word[:k] + word[k] * 3 + word[k + 1:]
    return text.replace(word, new, 1)


POOLS = {"benign": BENIGN, "question": QUESTIONS, "praise": PRAISE_T, "insult": INSULT_T,
         "harass": HARASS_T, "threat": THREAT_T, "scam": SCAM_T}
FIELDS = {"i": INSULTS, "c": COMPLIMENTS, "n": NAMES, "t": TOPICS, "p": POSITIVE,
          "prize": PRIZES, "url": URLS}


def fill(template: str, rng: np.random.Generator) -> tuple[str, str]:
    word = INSULTS[rng.integers(len(INSULTS))]
    text = template.format(i=word, c=COMPLIMENTS[rng.integers(len(COMPLIMENTS))], n=NAMES[rng.integers(len(NAMES))],
                           t=TOPICS[rng.integers(len(TOPICS))], p=POSITIVE[rng.integers(len(POSITIVE))],
                           prize=PRIZES[rng.integers(len(PRIZES))], url=URLS[rng.integers(len(URLS))])
    return text, word


def template_pattern(template: str) -> re.Pattern:
    """A regex matching exactly the texts `fill` can produce from `template` (no obfuscation)."""
    parts = re.split(r"\{(\w+)\}", template)  # literal, field, literal, field, ...
    return re.compile("".join(
        re.escape(part) if k % 2 == 0 else "(?:" + "|".join(map(re.escape, FIELDS[part])) + ")"
        for k, part in enumerate(parts)) + r"\Z")


def hand_group(text: str, k: int) -> str:
    """The template that generates this hand-written text, else a group of its own."""
    spellings = {text, text[0].lower() + text[1:]}  # generated benign text may be capitalized
    for name, pool in POOLS.items():
        for j, template in enumerate(pool):
            if any(template_pattern(template).match(t) for t in spellings):
                return f"{name}-{j}"
    return f"hand-{k:02d}"


def pick(pools: list[str], kind: int, rng: np.random.Generator) -> tuple[str, str]:
    name = pools[kind]
    j = int(rng.integers(len(POOLS[name])))
    return POOLS[name][j], f"{name}-{j}"


def build(n_benign: int = 340, n_harmful: int = 85, obfuscated_share: float = 0.5,
          seed: int = SEED) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = {row: hand_group(row[0], k) for k, row in enumerate(HAND)}  # (text, label) -> template
    while sum(1 for _, y in rows if y == 0) < n_benign:
        u = rng.random()
        template, group = pick(["benign", "question", "praise"], 0 if u < 0.55 else 1 if u < 0.8 else 2, rng)
        text, _ = fill(template, rng)
        rows.setdefault((text[0].upper() + text[1:] if rng.random() < 0.5 else text, 0), group)
    while sum(1 for _, y in rows if y == 1) < n_harmful:
        kind = rng.choice(4, p=[0.45, 0.2, 0.15, 0.2])
        template, group = pick(["insult", "harass", "threat", "scam"], kind, rng)
        text, word = fill(template, rng)
        if kind == 0 and rng.random() < obfuscated_share:
            text = obfuscate(text, word, rng)
        rows.setdefault((text, 1), group)
    frame = pd.DataFrame([(text, y, rows[text, y]) for text, y in sorted(rows)],
                         columns=["text", "label", "template"])
    return frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    build().to_csv(OUT, index=False)
