// sitegen serve --edit only: adds the 编辑 link to every preview page (never part of a built page).
(function () {
  "use strict";
  var link = document.createElement("a");
  link.href = "/_sitegen/edit/?page=" + encodeURIComponent(location.pathname);
  link.textContent = "编辑";
  link.className = "sitegen-edit-link";
  link.style.position = "fixed";
  link.style.right = "1rem";
  link.style.bottom = "1rem";
  link.style.padding = "0.5rem 1rem";
  link.style.background = "#0b4a8b";
  link.style.color = "#fff";
  link.style.zIndex = "1000";
  link.style.borderRadius = "4px";
  document.body.appendChild(link);
})();
