// 长辈模式（大字）and 高对比度: two toggles for older readers (GB/T 37668, the 2021 适老化 rules), first-party so
// the CSP ('self') allows it. Each mode is a class on <html>, remembered in localStorage across pages. Without this
// script the page is complete: the buttons stay hidden, browser zoom and prefers-contrast: more still work (site.css).
(function () {
  "use strict";
  var root = document.documentElement;
  var modes = { "large-text": "sitegen-large-text", "high-contrast": "sitegen-high-contrast" };

  function stored(key) {
    try { return window.localStorage.getItem(key) === "on"; } catch (e) { return false; }
  }

  function store(key, on) {
    try { window.localStorage.setItem(key, on ? "on" : "off"); } catch (e) { /* private mode: this page only */ }
  }

  // Run in <head>, before the body is drawn, so a remembered mode shows without a flash.
  Object.keys(modes).forEach(function (mode) {
    root.classList.toggle(mode, stored(modes[mode]));
  });

  document.addEventListener("DOMContentLoaded", function () {
    var controls = document.getElementById("display-controls");
    var status = document.getElementById("display-status");
    if (!controls) { return; }
    controls.hidden = false;
    Array.prototype.forEach.call(controls.querySelectorAll("button[data-mode]"), function (button) {
      var mode = button.getAttribute("data-mode");
      button.setAttribute("aria-pressed", root.classList.contains(mode) ? "true" : "false");
      button.addEventListener("click", function () {
        var on = !root.classList.contains(mode);
        root.classList.toggle(mode, on);
        button.setAttribute("aria-pressed", on ? "true" : "false");
        store(modes[mode], on);
        if (status) { status.textContent = button.textContent + (on ? "已开启" : "已关闭"); }
      });
    });
  });
}());
