// Keeps a deadline's "time left" current while the page is open: every element with a
// data-deadline (an RFC 3339 time) shows the same words the server wrote.
(function () {
  "use strict";
  function unit(n, one) { return n + " " + one + (n === 1 ? "" : "s"); }
  function words(seconds) {
    if (seconds <= 0) { return "the deadline has passed"; }
    var days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600),
      minutes = Math.floor(seconds % 3600 / 60);
    if (days > 0) { return unit(days, "day") + " " + unit(hours, "hour") + " left"; }
    if (hours > 0) { return unit(hours, "hour") + " " + unit(minutes, "minute") + " left"; }
    return unit(Math.max(minutes, 1), "minute") + " left";
  }
  function tick() {
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      el.textContent = words(Math.floor((Date.parse(el.dataset.deadline) - Date.now()) / 1000));
    });
  }
  tick();
  setInterval(tick, 30000);
})();
