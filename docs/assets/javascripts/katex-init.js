// Typeset math with the self-hosted KaTeX on the first load and after every instant navigation.
// Markdown pages mark math with arithmatex's \( \) and \[ \]; notebook pages keep $ and $$.
document$.subscribe(() => {
  const options = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
      { left: "$", right: "$", display: false },
    ],
    throwOnError: false,
  };
  for (const element of document.querySelectorAll(".arithmatex, .jupyter-wrapper .jp-MarkdownCell")) {
    renderMathInElement(element, options);
  }
});
