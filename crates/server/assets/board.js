// Drag and drop on the pipeline board, where JavaScript runs: dropping a card on another
// column submits the same move form the buttons use (advance, back, or skip to that stage),
// so the server decides, records and answers exactly as for a button. Without JavaScript the
// buttons do everything.
(function () {
  "use strict";
  const board = document.querySelector(".board");
  if (!board) return;
  const columns = [...board.querySelectorAll(".column")];
  const order = columns.map((c) => c.dataset.stage);
  board.querySelectorAll(".board-card[data-version]").forEach((card) => {
    card.setAttribute("draggable", "true");
    card.addEventListener("dragstart", (e) => {
      e.dataTransfer.setData("text/plain", card.id);
      e.dataTransfer.effectAllowed = "move";
      card.classList.add("dragging");
    });
    card.addEventListener("dragend", () => card.classList.remove("dragging"));
  });
  columns.forEach((column) => {
    column.addEventListener("dragover", (e) => {
      e.preventDefault();
      column.classList.add("drop-target");
    });
    column.addEventListener("dragleave", () => column.classList.remove("drop-target"));
    column.addEventListener("drop", (e) => {
      e.preventDefault();
      column.classList.remove("drop-target");
      const card = document.getElementById(e.dataTransfer.getData("text/plain"));
      if (!card) return;
      const from = order.indexOf(card.closest(".column").dataset.stage);
      const to = order.indexOf(column.dataset.stage);
      if (from === to || from < 0 || to < 0) return;
      const form = document.getElementById("drop-move");
      form.action = card.dataset.move;
      form.elements.version.value = card.dataset.version;
      form.elements.action.value = to === from + 1 ? "advance" : to === from - 1 ? "back" : "skip_to";
      form.elements.stage.value = column.dataset.stage;
      form.submit();
    });
  });
  // One reject dialog for the whole board instead of a form per card: the card's link fills it.
  const dialog = document.getElementById("reject-dialog");
  if (dialog && typeof dialog.showModal === "function") {
    const form = dialog.querySelector("form");
    board.addEventListener("click", (e) => {
      const link = e.target.closest("a.reject-link");
      if (!link) return;
      const card = link.closest(".board-card");
      if (!card || !card.dataset.move) return;
      e.preventDefault();
      form.action = card.dataset.move;
      form.elements.version.value = card.dataset.version;
      form.elements.reason.value = "";
      dialog.querySelector(".who").textContent = card.querySelector(".who").textContent;
      dialog.showModal();
      form.elements.reason.focus();
    });
    dialog.querySelector("[data-close]").addEventListener("click", () => dialog.close());
  }
  // A column's cards can be ticked at once for a bulk rejection.
  columns.forEach((column) => {
    const boxes = [...column.querySelectorAll("input[name=ids]")];
    if (boxes.length < 2) return;
    const label = document.createElement("label");
    label.className = "tick-all";
    const all = document.createElement("input");
    all.type = "checkbox";
    all.addEventListener("change", () => boxes.forEach((box) => { box.checked = all.checked; }));
    label.append(all, ` Tick all ${boxes.length}`);
    column.querySelector("h2").after(label);
  });
})();
