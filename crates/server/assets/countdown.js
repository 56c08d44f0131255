// Keeps a deadline's "time left" current while the page is open: every element with a
// data-deadline (an RFC 3339 time) shows the time left in the page's language, the units worded
// by the browser (Intl), the sentence around them from the server's catalogue (data-left, with
// {time} where the time goes; data-passed once it has passed).
(function () {
  "use strict";
  var lang = document.documentElement.lang || "en";
  function unit(n, name) {
    return new Intl.NumberFormat(lang, { style: "unit", unit: name, unitDisplay: "long" }).format(n);
  }
  function words(el, seconds) {
    if (seconds <= 0) { return el.dataset.passed; }
    var days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600),
      minutes = Math.floor(seconds % 3600 / 60), time;
    if (days > 0) { time = unit(days, "day") + " " + unit(hours, "hour"); }
    else if (hours > 0) { time = unit(hours, "hour") + " " + unit(minutes, "minute"); }
    else { time = unit(Math.max(minutes, 1), "minute"); }
    return el.dataset.left.replace("{time}", time);
  }
  function tick() {
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      el.textContent = words(el, Math.floor((Date.parse(el.dataset.deadline) - Date.now()) / 1000));
    });
  }
  tick();
  setInterval(tick, 30000);
})();
