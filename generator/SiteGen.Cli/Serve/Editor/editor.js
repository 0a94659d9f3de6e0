// sitegen serve --edit: draws the form of a content file from the format description the server sends, checks the
// would-be file as the user types (the server runs sitegen check's binding and rules), and saves it as minimal edits.
// DOM calls only (no innerHTML), no inline handlers: works under the editor's strict CSP.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="sitegen-token"]').content;
  var form = document.getElementById("editor");
  var statusBox = document.getElementById("status");
  var summary = document.getElementById("summary");
  var state = null;
  var timer = null;

  function post(action, body) {
    return fetch("/_sitegen/edit/api/" + action, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-SiteGen-Token": token },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json().then(function (j) { j.status = r.status; return j; }); });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  function idOf(path) { return "f-" + path.replace(/[^A-Za-z0-9_]/g, "-"); }

  // ----- the home page's actions -----
  document.querySelectorAll("button[data-action]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-action");
      post(action, { path: button.getAttribute("data-path") }).then(function (answer) {
        if (answer.created) location.href = "file?path=" + encodeURIComponent(answer.created);
        else announce(answer.error || "操作失败");
      });
    });
  });

  function announce(text) { if (statusBox) statusBox.textContent = text; }

  if (!form) return;
  var path = form.getAttribute("data-path");

  post("form", { path: path }).then(function (answer) {
    if (answer.status !== 200) { announce(answer.error); return; }
    state = answer;
    if (!answer.editable) {
      announce("文件有 YAML 语法错误，表单无法编辑：请先用文本编辑器修正（sitegen check 会指出位置）。");
      form.textContent = "";
      return;
    }
    draw();
    check();
  });

  function draw() {
    var focused = document.activeElement && document.activeElement.id;
    form.textContent = "";
    drawFields(form, state.format.fields, state.value, "");
    var tools = el("p", { "class": "actions" });
    var save = el("button", { type: "button", id: "save" }, "保存");
    save.addEventListener("click", saveFile);
    tools.appendChild(save);
    if (state.kind === "project") {
      var del = el("button", { type: "button", id: "delete" }, "删除这个项目");
      del.addEventListener("click", confirmDelete);
      tools.appendChild(del);
    }
    if (form.getAttribute("data-page")) {
      tools.appendChild(el("a", { href: form.getAttribute("data-page"), id: "view" }, "查看页面"));
    }
    form.appendChild(tools);
    if (form.getAttribute("data-page")) {
      var frame = el("iframe", { src: form.getAttribute("data-page"), title: "页面预览", id: "preview" });
      form.appendChild(frame);
    }
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function drawFields(parent, fields, value, prefix) {
    fields.forEach(function (field) {
      var p = prefix ? prefix + "." + field.key : field.key;
      drawField(parent, field, value, field.key, p, field.title, field);
    });
  }

  // One control: `holder[key]` is its value; `field` describes it (kind, title, help, required, values …).
  function drawField(parent, field, holder, key, p, title, owner) {
    var id = idOf(p);
    if (field.kind === "map") {
      var set = el("fieldset", { id: id });
      set.appendChild(el("legend", {}, title + (owner.required ? "（必填）" : "")));
      if (owner.help) set.appendChild(el("p", { "class": "help" }, owner.help));
      set.appendChild(el("p", { "class": "error", id: id + "-err" }));
      if (!holder[key] || typeof holder[key] !== "object") holder[key] = {};
      drawFields(set, field.format.fields, holder[key], p);
      parent.appendChild(set);
      return;
    }
    if (field.kind === "list") { drawList(parent, field, holder, key, p, title); return; }

    var describedBy = [];
    var label = el("label", { "for": id }, title + (owner.required ? "（必填）" : ""));
    parent.appendChild(label);
    var input;
    var current = holder[key] === null || holder[key] === undefined ? "" : String(holder[key]);
    if (field.kind === "markdown") {
      input = el("textarea", { id: id, rows: "4" });
      input.value = current;
    } else if (field.kind === "choice" || field.kind === "boolean") {
      input = el("select", { id: id });
      var values = field.kind === "boolean" ? ["true", "false"] : field.values;
      input.appendChild(el("option", { value: "" }, "（不填）"));
      values.concat(values.indexOf(current) < 0 && current ? [current] : []).forEach(function (v) {
        var o = el("option", { value: v }, field.kind === "boolean" ? (v === "true" ? "是（true）" : "否（false）") : v);
        if (v === current) o.selected = true;
        input.appendChild(o);
      });
    } else {
      input = el("input", { id: id, type: "text" });
      if (field.kind === "amount") { input.setAttribute("inputmode", "decimal"); }
      if (field.kind === "integer") { input.setAttribute("inputmode", "numeric"); }
      input.value = current;
      var list = levelChoices(p, holder);
      if (list) { input.setAttribute("list", list); }
    }
    if (owner.help) { parent.appendChild(el("p", { "class": "help", id: id + "-help" }, owner.help)); describedBy.push(id + "-help"); }
    if (field.kind === "markdown") parent.appendChild(el("p", { "class": "help" }, "可用 Markdown：**粗体**、列表、链接。"));
    parent.insertBefore(input, label.nextSibling);
    var err = el("p", { "class": "error", id: id + "-err" });
    parent.appendChild(err);
    describedBy.push(id + "-err");
    if (/\.(target|previous_target)$/.test(p)) {
      parent.appendChild(el("p", { "class": "parsed", id: id + "-parsed", "aria-live": "polite" }));
      describedBy.push(id + "-parsed");
    }
    input.setAttribute("aria-describedby", describedBy.join(" "));
    input.addEventListener("input", function () {
      holder[key] = input.value === "" ? null : input.value;
      if (/\.level1$/.test(p)) refreshLevel2(p, holder);
      schedule();
    });
    input.addEventListener("change", function () { holder[key] = input.value === "" ? null : input.value; schedule(); });
  }

  // 一级/二级 indicators: choices from the disclosure's framework (other text may still be typed: the check judges it).
  function levelChoices(p, holder) {
    var m = /\.(level1|level2)$/.exec(p);
    if (!m || !state.framework || !state.frameworks[state.framework]) return null;
    var fw = state.frameworks[state.framework];
    var id = idOf(p) + "-choices";
    var names = m[1] === "level1" ? Object.keys(fw) : (fw[normalise(holder.level1)] || [].concat.apply([], Object.keys(fw).map(function (k) { return fw[k]; })));
    var list = el("datalist", { id: id });
    names.forEach(function (n) { list.appendChild(el("option", { value: n })); });
    form.appendChild(list);
    return id;
  }

  function normalise(level1) { return (level1 || "").replace(/[（(].*$/, "").replace(/^效果指标$/, "效益指标"); }

  function refreshLevel2(p, holder) {
    var list = document.getElementById(idOf(p.replace(/level1$/, "level2")) + "-choices");
    if (!list) return;
    var fw = state.frameworks[state.framework];
    list.textContent = "";
    (fw[normalise(holder.level1)] || []).forEach(function (n) { list.appendChild(el("option", { value: n })); });
  }

  function drawList(parent, field, holder, key, p, title) {
    if (!Array.isArray(holder[key])) holder[key] = [];
    var items = holder[key];
    var set = el("fieldset", { id: idOf(p) });
    set.appendChild(el("legend", {}, title + (field.required ? "（必填）" : "") + "：" + items.length + " 项"));
    if (field.help) set.appendChild(el("p", { "class": "help" }, field.help));
    set.appendChild(el("p", { "class": "error", id: idOf(p) + "-err" }));
    items.forEach(function (_, i) {
      var ip = p + "." + i;
      var box = el("div", { "class": "item", role: "group", "aria-labelledby": idOf(ip) + "-heading" });
      box.appendChild(el("p", { id: idOf(ip) + "-heading" }, title + " 第 " + (i + 1) + " 项"));
      drawField(box, field.item, items, i, ip, field.item.kind === "map" ? title + " 第 " + (i + 1) + " 项" : title + " 第 " + (i + 1) + " 项", { required: false });
      var tools = el("p", { "class": "item-tools" });
      tool(tools, "上移", ip, i > 0, function () { move(items, i, i - 1); return idOf(p + "." + (i - 1)) + "-up"; }, "-up");
      tool(tools, "下移", ip, i < items.length - 1, function () { move(items, i, i + 1); return idOf(p + "." + (i + 1)) + "-down"; }, "-down");
      tool(tools, "删除这一项", ip, true, function () { items.splice(i, 1); return idOf(p) + "-add"; }, "-remove");
      box.appendChild(tools);
      set.appendChild(box);
    });
    var add = el("button", { type: "button", "class": "add", id: idOf(p) + "-add" }, "添加" + title);
    add.addEventListener("click", function () {
      items.push(field.item.kind === "map" ? {} : "");
      draw();
      var first = document.getElementById(idOf(p + "." + (items.length - 1)) + (field.item.kind === "map" ? "-" + field.item.format.fields[0].key : ""));
      if (first) first.focus();
      schedule();
    });
    set.appendChild(add);
    parent.appendChild(set);
  }

  function tool(tools, text, ip, enabled, act, suffix) {
    var b = el("button", { type: "button", id: idOf(ip) + suffix }, text);
    b.setAttribute("aria-label", text + "（" + ip + "）");
    if (!enabled) b.disabled = true;
    b.addEventListener("click", function () { var focus = act(); draw(); var f = document.getElementById(focus); if (f) f.focus(); schedule(); });
    tools.appendChild(b);
  }

  function move(items, from, to) { var x = items.splice(from, 1)[0]; items.splice(to, 0, x); }

  function schedule() { clearTimeout(timer); timer = setTimeout(check, 250); }

  function check() {
    return post("check", { path: path, value: state.value }).then(show);
  }

  function show(answer) {
    document.querySelectorAll(".error").forEach(function (e) { e.textContent = ""; });
    document.querySelectorAll("[aria-invalid]").forEach(function (e) { e.removeAttribute("aria-invalid"); });
    summary.textContent = "";
    if (!answer.diagnostics) { announce(answer.error || ""); return []; }
    var first = [];
    var loose = [];
    answer.diagnostics.forEach(function (d) {
      var target = d.field ? nearest(d.field) : null;
      var text = (d.severity === "error" ? "错误 " : d.severity === "warning" ? "提示 " : "说明 ") + d.code + "：" + d.message + "（第 " + d.line + " 行）";
      if (target) {
        var err = document.getElementById(target + "-err");
        err.className = d.severity === "error" ? "error" : "warning";
        err.textContent = (err.textContent ? err.textContent + " " : "") + text;
        var input = document.getElementById(target);
        if (d.severity === "error" && input && input.tagName !== "FIELDSET") { input.setAttribute("aria-invalid", "true"); }
        if (d.severity === "error") first.push(target);
      } else { loose.push(text); }
    });
    Object.keys(answer.targets || {}).forEach(function (p) {
      var out = document.getElementById(idOf(p) + "-parsed");
      var t = answer.targets[p];
      if (out) out.textContent = "读作：" + (t.operator ? "运算符 " + t.operator + " · " : "") + (t.number ? "数值 " + t.number + (t.magnitude || "") + " · " : "") + (t.unit ? "单位 " + t.unit + " · " : "") + (t.note ? "备注 " + t.note + " · " : "") + kindName(t.kind);
    });
    if (answer.errors > 0 || loose.length) {
      summary.appendChild(el("h2", {}, answer.errors > 0 ? "有 " + answer.errors + " 个错误（可以先保存，网站预览显示最近一次没有错误的版本）" : "提示"));
      var ul = el("ul");
      loose.forEach(function (t) { ul.appendChild(el("li", {}, t)); });
      first.forEach(function (f) { var li = el("li"); var a = el("a", { href: "#" + f }, document.getElementById(f + "-err").textContent); li.appendChild(a); ul.appendChild(li); });
      summary.appendChild(ul);
    }
    return first;
  }

  function kindName(k) { return k === "Quantitative" ? "数量值" : k === "Qualitative" ? "定性等级" : k === "Placeholder" ? "未填写的占位符" : "无法识别"; }

  // The field a diagnostic belongs to, or its nearest drawn ancestor.
  function nearest(p) {
    for (var q = p; q; q = q.indexOf(".") < 0 ? "" : q.slice(0, q.lastIndexOf("."))) {
      if (document.getElementById(idOf(q) + "-err")) return idOf(q);
    }
    return null;
  }

  function saveFile() {
    // Said first, so that "已保存" is news of this save, not the last one (for a screen reader, and for a test waiting on it).
    announce("正在保存…");
    post("save", { path: path, value: state.value, hash: state.hash }).then(function (answer) {
      if (answer.conflict) { conflict(answer); return; }
      if (!answer.saved) { announce(answer.error || "保存失败"); return; }
      state.hash = answer.hash;
      var first = show(answer);
      announce(answer.errors > 0 ? "已保存，但有 " + answer.errors + " 个错误（已标出）" : "已保存");
      if (first.length) { document.getElementById(first[0]).focus(); }
    });
  }

  function conflict(answer) {
    announce(answer.error);
    summary.textContent = "";
    summary.appendChild(el("h2", {}, "文件已被其他程序修改，没有保存"));
    var box = el("div", { "class": "versions" });
    [["磁盘上的版本", answer.theirs], ["你的版本", answer.mine]].forEach(function (v) {
      var d = el("div"); d.appendChild(el("h3", {}, v[0])); d.appendChild(el("pre", { tabindex: "0" }, v[1] || "")); box.appendChild(d);
    });
    summary.appendChild(box);
    var again = el("a", { href: location.href }, "重新打开（放弃你的修改）");
    summary.appendChild(again);
    summary.focus();
  }

  function confirmDelete() {
    var box = el("div", { role: "alertdialog", "aria-labelledby": "confirm-text", id: "confirm" });
    box.appendChild(el("p", { id: "confirm-text" }, "确定删除这个项目吗？文件会移到 content/_trash/，可以从那里找回。"));
    var yes = el("button", { type: "button", id: "confirm-yes" }, "确定删除");
    var no = el("button", { type: "button", id: "confirm-no" }, "取消");
    yes.addEventListener("click", function () {
      post("delete", { path: path, hash: state.hash, confirm: true }).then(function (answer) {
        if (answer.trashed) { location.href = "./"; } else { announce(answer.error); box.remove(); }
      });
    });
    no.addEventListener("click", function () { box.remove(); document.getElementById("delete").focus(); });
    box.appendChild(yes); box.appendChild(no);
    form.appendChild(box);
    yes.focus();
  }
})();
