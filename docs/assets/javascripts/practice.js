// Practice mode: the Practice page, the state badge on each question block, "expand all",
// and printing with every answer open. Progress lives in localStorage under STORAGE_KEY.
(function () {
  "use strict";

  const SM2 = window.PracticeSM2;
  const STORAGE_KEY = "ml-interview-kb:practice:v1";
  // This script sits at assets/javascripts/; the site root is two folders up. Taken once,
  // because instant navigation keeps the script while the page depth changes.
  const SITE_ROOT = new URL("../../", document.currentScript.src);
  const DIFFICULTIES = ["easy", "medium", "hard"];
  const GRADE_NAMES = ["again", "hard", "good", "easy"];
  const MATH_OPTIONS = {
    delimiters: [
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
    ],
    throwOnError: false,
  };

  let memoryStore = null; // used when localStorage is unavailable (private mode, disabled)
  let bankPromise = null;

  function emptyProgress() {
    return { format: SM2.FORMAT, version: 1, cards: {}, filters: null };
  }

  function loadProgress() {
    let text = memoryStore;
    try {
      text = window.localStorage.getItem(STORAGE_KEY) ?? memoryStore;
    } catch (error) {
      // fall back to the in-memory copy
    }
    if (!text) return emptyProgress();
    try {
      const checked = SM2.validateProgress(JSON.parse(text));
      return checked.progress || emptyProgress();
    } catch (error) {
      return emptyProgress();
    }
  }

  function saveProgress(progress) {
    const text = JSON.stringify(progress);
    memoryStore = text;
    try {
      window.localStorage.setItem(STORAGE_KEY, text);
    } catch (error) {
      // keep the in-memory copy; the page says so
      return false;
    }
    return true;
  }

  function today() {
    return SM2.dayNumber(new Date());
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  // ---- topic pages: badges, expand all ---------------------------------------------------

  function decorateQuestionBlocks() {
    const blocks = document.querySelectorAll("article details.question[id^='q-']");
    if (blocks.length === 0) return;
    const cards = loadProgress().cards;
    for (const block of blocks) {
      const summary = block.querySelector(":scope > summary");
      if (!summary) continue;
      let badge = summary.querySelector(":scope > .practice-badge");
      if (!badge) {
        badge = element("span", { class: "practice-badge" });
        summary.append(badge);
      }
      const state = SM2.state(cards[block.id]);
      badge.dataset.state = state;
      badge.textContent = state;
      badge.title = `Practice state: ${state}`;
    }
    addExpandControl(blocks[0]);
  }

  function addExpandControl(firstBlock) {
    const article = firstBlock.closest("article");
    if (!article || article.querySelector(".practice-expand")) return;
    const expand = element("button", { type: "button", class: "md-button", text: "Expand all" });
    const collapse = element("button", {
      type: "button", class: "md-button", text: "Collapse all",
    });
    const setAll = (open) => {
      for (const details of article.querySelectorAll("details")) details.open = open;
    };
    expand.addEventListener("click", () => setAll(true));
    collapse.addEventListener("click", () => setAll(false));
    const bar = element("div", { class: "practice-expand", role: "group",
      "aria-label": "Question blocks" }, expand, collapse);
    firstBlock.before(bar);
  }

  // Printing shows every answer: open closed blocks before, close them again after.
  let closedBeforePrint = [];
  window.addEventListener("beforeprint", () => {
    closedBeforePrint = [...document.querySelectorAll("details:not([open])")];
    for (const details of closedBeforePrint) details.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const details of closedBeforePrint) details.open = false;
    closedBeforePrint = [];
  });

  // ---- the Practice page -------------------------------------------------------------------

  function loadBank() {
    if (!bankPromise) {
      bankPromise = fetch(new URL("questions.json", SITE_ROOT)).then((response) => {
        if (!response.ok) throw new Error(`questions.json: HTTP ${response.status}`);
        return response.json();
      });
      bankPromise.catch(() => { bankPromise = null; }); // let a later visit try again
    }
    return bankPromise;
  }

  // Bank HTML holds URLs relative to the site root; parse it in a template (nothing loads
  // there) and make every URL absolute before it reaches the page.
  function bankFragment(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    for (const node of template.content.querySelectorAll("[src], [href]")) {
      for (const name of ["src", "href"]) {
        const value = node.getAttribute(name);
        if (value !== null) node.setAttribute(name, new URL(value, SITE_ROOT).href);
      }
    }
    return template.content;
  }

  function typeset(node) {
    if (typeof window.renderMathInElement !== "function") return;
    for (const math of node.querySelectorAll(".arithmatex")) {
      window.renderMathInElement(math, MATH_OPTIONS);
    }
  }

  function selectedFilters(app) {
    const chosen = (name) => [...app.querySelectorAll(`input[name="${name}"]:checked`)]
      .map((input) => input.value);
    return { modules: chosen("module"), difficulties: chosen("difficulty"), tags: chosen("tag") };
  }

  function matches(question, filters) {
    return filters.modules.includes(question.module)
      && filters.difficulties.includes(question.difficulty)
      && (filters.tags.length === 0 || filters.tags.some((tag) => question.tags.includes(tag)));
  }

  function checkboxGroup(legend, name, values, checked, labelOf) {
    const fieldset = element("fieldset", { class: "practice-filter" },
      element("legend", { text: legend }));
    for (const value of values) {
      const input = element("input", { type: "checkbox", name, value });
      input.checked = checked.includes(value);
      fieldset.append(element("label", {}, input, ` ${labelOf(value)}`));
    }
    return fieldset;
  }

  function intervalLabel(days) {
    return days === 1 ? "1 day" : `${days} days`;
  }

  function mountPractice(app, bank) {
    const questions = bank.questions;
    const byId = new Map(questions.map((question) => [question.id, question]));
    const modules = [...new Set(questions.map((question) => question.module))];
    const difficultyTags = new Set([...modules, ...DIFFICULTIES]);
    const tags = [...new Set(questions.flatMap((question) => question.tags))]
      .filter((tag) => !difficultyTags.has(tag)).sort();
    const saved = loadProgress().filters || {};
    const keep = (list, allowed, fallback) => {
      const kept = Array.isArray(list) ? list.filter((value) => allowed.includes(value)) : [];
      return Array.isArray(list) ? kept : fallback;
    };
    const initial = {
      modules: keep(saved.modules, modules, modules),
      difficulties: keep(saved.difficulties, DIFFICULTIES, DIFFICULTIES),
      tags: keep(saved.tags, tags, []),
    };

    const counts = element("p", { class: "practice-counts", "aria-live": "polite" });
    const message = element("p", { class: "practice-message", role: "alert" });
    const draw = element("button", {
      type: "button", class: "md-button md-button--primary", "data-action": "draw",
      text: "Draw a question",
    });
    const card = element("section", { class: "practice-card", hidden: "" });
    const filterBox = element("div", { class: "practice-filters" },
      checkboxGroup("Modules", "module", modules, initial.modules, (value) => value),
      checkboxGroup("Difficulty", "difficulty", DIFFICULTIES, initial.difficulties,
        (value) => value),
    );
    if (tags.length) {
      filterBox.append(checkboxGroup("Tags (any; none chosen means all)", "tag", tags,
        initial.tags, (value) => value));
    }
    const exportButton = element("button", {
      type: "button", class: "md-button", "data-action": "export", text: "Export progress",
    });
    const importInput = element("input", {
      type: "file", accept: "application/json,.json", "data-action": "import",
      id: "practice-import",
    });
    const importLabel = element("label", { for: "practice-import", class: "md-button",
      text: "Import progress" });
    const resetButton = element("button", {
      type: "button", class: "md-button", "data-action": "reset", text: "Reset progress",
    });
    const tools = element("div", { class: "practice-tools" },
      exportButton, importLabel, importInput, resetButton);
    app.replaceChildren(filterBox, counts, draw, message, card, tools);

    let current = null;

    function filteredQuestions() {
      const filters = selectedFilters(app);
      return questions.filter((question) => matches(question, filters));
    }

    function refreshCounts() {
      const cards = loadProgress().cards;
      const now = today();
      const chosen = filteredQuestions();
      const due = chosen.filter((q) => cards[q.id] && cards[q.id].due <= now).length;
      const fresh = chosen.filter((q) => !cards[q.id]).length;
      counts.replaceChildren(
        "Due today: ", element("strong", { "data-count": "due", text: String(due) }),
        " · New: ", element("strong", { "data-count": "new", text: String(fresh) }),
        ` · In the selection: ${chosen.length} of ${questions.length}`);
    }

    function saveFilters() {
      const progress = loadProgress();
      progress.filters = selectedFilters(app);
      saveProgress(progress);
      refreshCounts();
    }

    function say(text) {
      message.textContent = text;
    }

    function pick() {
      const cards = loadProgress().cards;
      const now = today();
      const chosen = filteredQuestions();
      const due = chosen.filter((q) => cards[q.id] && cards[q.id].due <= now)
        .sort((a, b) => cards[a.id].due - cards[b.id].due || a.id.localeCompare(b.id));
      if (due.length) return due[0];
      const fresh = chosen.filter((q) => !cards[q.id]);
      if (fresh.length) return fresh[Math.floor(Math.random() * fresh.length)];
      return null;
    }

    function show(question) {
      current = question;
      const cardState = loadProgress().cards[question.id];
      const pageLink = element("a", {
        href: new URL(`${question.url}#${question.id}`, SITE_ROOT).href,
        text: question.section ? `${question.page} · ${question.section}` : question.page,
      });
      const meta = element("p", { class: "practice-meta" },
        `${question.module} · ${question.difficulty} · ${SM2.state(cardState)} · `, pageLink);
      const title = element("h2", { class: "practice-question" });
      title.append(bankFragment(question.question_html));
      const answer = element("div", { class: "practice-answer", hidden: "" });
      answer.append(bankFragment(question.answer_html));
      const reveal = element("button", {
        type: "button", class: "md-button md-button--primary", "data-action": "reveal",
        text: "Reveal the answer",
      });
      const grades = element("div", { class: "practice-grades", hidden: "" });
      const base = cardState || SM2.newCard();
      for (const grade of GRADE_NAMES) {
        const next = SM2.review(base, grade, today());
        const button = element("button", { type: "button", class: "md-button",
          "data-grade": grade },
          element("span", { text: grade[0].toUpperCase() + grade.slice(1) }),
          element("small", { text: ` (${intervalLabel(next.interval)})` }));
        button.addEventListener("click", () => grade_(grade));
        grades.append(button);
      }
      reveal.addEventListener("click", () => {
        answer.hidden = false;
        grades.hidden = false;
        reveal.hidden = true;
        typeset(answer);
      });
      card.dataset.id = question.id;
      card.replaceChildren(meta, title, reveal, answer, grades);
      card.hidden = false;
      typeset(title);
      say("");
    }

    function grade_(grade) {
      if (!current) return;
      const progress = loadProgress();
      const next = SM2.review(progress.cards[current.id], grade, today());
      progress.cards[current.id] = next;
      const stored = saveProgress(progress);
      card.hidden = true;
      card.dataset.id = "";
      say(`Graded "${grade}": next review of that question in ${intervalLabel(next.interval)}`
        + ` (${SM2.dayLabel(next.due)}).`
        + (stored ? "" : " The browser refuses local storage: progress lasts until you leave."));
      current = null;
      refreshCounts();
    }

    draw.addEventListener("click", () => {
      const question = pick();
      if (question) {
        show(question);
        return;
      }
      card.hidden = true;
      const cards = loadProgress().cards;
      const later = filteredQuestions().map((q) => cards[q.id]).filter(Boolean)
        .map((c) => c.due).sort((a, b) => a - b);
      say(later.length
        ? `Nothing due in this selection today; the next review is on ${SM2.dayLabel(later[0])}.`
        : "No question matches this selection: choose at least one module and difficulty.");
    });
    filterBox.addEventListener("change", saveFilters);

    exportButton.addEventListener("click", () => {
      const text = JSON.stringify(loadProgress(), null, 1);
      const link = element("a", {
        href: URL.createObjectURL(new Blob([text], { type: "application/json" })),
        download: `ml-interview-kb-progress-${SM2.dayLabel(today())}.json`,
      });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
      say(`Exported ${Object.keys(loadProgress().cards).length} reviewed questions.`);
    });

    importInput.addEventListener("change", async () => {
      const file = importInput.files[0];
      importInput.value = "";
      if (!file) return;
      let data;
      try {
        data = JSON.parse(await file.text());
      } catch (error) {
        say(`Import failed: ${file.name} is not valid JSON (${error.message}).`);
        return;
      }
      const checked = SM2.validateProgress(data);
      if (checked.error) {
        say(`Import failed: ${file.name}: ${checked.error}. Nothing was changed.`);
        return;
      }
      const unknown = Object.keys(checked.progress.cards).filter((id) => !byId.has(id));
      checked.progress.filters = loadProgress().filters;
      saveProgress(checked.progress);
      say(`Imported ${Object.keys(checked.progress.cards).length} reviewed questions`
        + (unknown.length ? ` (${unknown.length} no longer on the site, kept).` : "."));
      refreshCounts();
    });

    resetButton.addEventListener("click", () => {
      if (!window.confirm("Reset all practice progress? This cannot be undone; export first "
        + "to keep a copy.")) {
        say("Reset cancelled: your progress is unchanged.");
        return;
      }
      saveProgress(emptyProgress());
      card.hidden = true;
      current = null;
      say("Progress reset: every question is new again.");
      refreshCounts();
    });

    refreshCounts();
    app.dataset.ready = "true";
  }

  function mountPracticeIfPresent() {
    const app = document.getElementById("practice-app");
    if (!app) return;
    loadBank().then((bank) => {
      if (app.isConnected) mountPractice(app, bank);
    }).catch((error) => {
      app.textContent = `The question bank could not be loaded: ${error.message}`;
    });
  }

  // A link to page/#q-... opens that question block and scrolls to it.
  function openLinkedQuestion() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id.startsWith("q-")) return;
    const block = document.getElementById(id);
    if (block && block.matches("details.question")) {
      block.open = true;
      block.scrollIntoView();
    }
  }

  // Runs on the first load and after every instant navigation.
  document$.subscribe(() => {
    decorateQuestionBlocks();
    openLinkedQuestion();
    mountPracticeIfPresent();
  });
  window.addEventListener("hashchange", openLinkedQuestion);

  // Another tab graded a question: refresh the badges here.
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) decorateQuestionBlocks();
  });
})();
