// SM-2 scheduling for the Practice page: pure functions of a card, a grade and a day number,
// so the browser test can check them against a reimplementation of the documented rules.
(function (global) {
  "use strict";

  const GRADES = { again: 1, hard: 3, good: 4, easy: 5 }; // SM-2 quality of each button
  const INITIAL_EASE = 2.5;
  const MINIMUM_EASE = 1.3;
  const KNOWN_INTERVAL = 21; // days; a card this far apart counts as known
  const FORMAT = "ml-interview-kb-practice";
  const MS_PER_DAY = 86400000;

  function newCard() {
    return { reps: 0, interval: 0, ease: INITIAL_EASE, due: 0, lapses: 0, last: 0 };
  }

  // One review: SM-2 with the grade's quality q; `today` is a day number (see dayNumber).
  function review(card, grade, today) {
    const quality = GRADES[grade];
    if (quality === undefined) throw new Error(`unknown grade: ${grade}`);
    const next = Object.assign(newCard(), card);
    if (quality < 3) {
      next.reps = 0;
      next.interval = 1;
      next.lapses += 1;
    } else {
      if (next.reps === 0) next.interval = 1;
      else if (next.reps === 1) next.interval = 6;
      else next.interval = Math.round(next.interval * next.ease);
      next.reps += 1;
    }
    const miss = 5 - quality;
    next.ease = Math.max(MINIMUM_EASE, next.ease + (0.1 - miss * (0.08 + miss * 0.02)));
    next.due = today + next.interval;
    next.last = today;
    return next;
  }

  // "new" (never graded), "known" (interval of 21 days or more) or "learning".
  function state(card) {
    if (!card) return "new";
    return card.interval >= KNOWN_INTERVAL ? "known" : "learning";
  }

  // Days since 1970-01-01 in the reader's time zone: a review is due from local midnight.
  function dayNumber(date) {
    const local = date.getTime() - date.getTimezoneOffset() * 60000;
    return Math.floor(local / MS_PER_DAY);
  }

  function dayLabel(day) {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  }

  function isWholeNumber(value, minimum) {
    return Number.isInteger(value) && value >= minimum;
  }

  // A progress file as exported; returns { progress } or { error } naming the first problem.
  function validateProgress(data) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return { error: "the file does not hold a JSON object" };
    }
    if (data.format !== FORMAT) {
      return { error: `"format" must be "${FORMAT}": this is not a progress file` };
    }
    if (data.version !== 1) return { error: `"version" must be 1, not ${data.version}` };
    const cards = data.cards;
    if (cards === null || typeof cards !== "object" || Array.isArray(cards)) {
      return { error: '"cards" must be an object of question ids' };
    }
    const clean = {};
    for (const [id, card] of Object.entries(cards)) {
      const where = `cards["${id}"]`;
      if (!/^q-[0-9a-f]{10}$/.test(id)) return { error: `${where}: not a question id` };
      if (card === null || typeof card !== "object") {
        return { error: `${where} must be an object` };
      }
      for (const field of ["reps", "interval", "due", "lapses", "last"]) {
        if (!isWholeNumber(card[field], 0)) {
          return { error: `${where}.${field} must be a whole number of 0 or more` };
        }
      }
      if (typeof card.ease !== "number" || !(card.ease >= MINIMUM_EASE) || card.ease > 10) {
        return { error: `${where}.ease must be a number from ${MINIMUM_EASE} to 10` };
      }
      clean[id] = {
        reps: card.reps, interval: card.interval, ease: card.ease, due: card.due,
        lapses: card.lapses, last: card.last,
      };
    }
    const filters = data.filters && typeof data.filters === "object" ? data.filters : null;
    return { progress: { format: FORMAT, version: 1, cards: clean, filters } };
  }

  global.PracticeSM2 = {
    GRADES, INITIAL_EASE, MINIMUM_EASE, KNOWN_INTERVAL, FORMAT,
    newCard, review, state, dayNumber, dayLabel, validateProgress,
  };
})(window);
