import type { MentionType } from '../types';
import { MENTION_TYPES } from './article';

/** One colour per mention type (pastels after displaCy's), used by the marks, the legend and the badges. */
export const TYPE_COLOURS: Record<MentionType | 'other', string> = {
  person: '#c4b5fd',
  title: '#fcd38d',
  organisation: '#7fe3e3',
  region: '#b4e5a2',
  metric: '#fdb4b4',
  slogan: '#fdf08a',
  document: '#c3d3fd',
  other: '#dddddd',
};

const typeRules = [...MENTION_TYPES, 'other' as const]
  .map(
    (t) =>
      `.gz-t-${t}{background:${TYPE_COLOURS[t]}}` +
      `.gz-labels mark.gz-t-${t}::after{content:"${t}"}` +
      `.gz-hide-${t} mark.gz-t-${t}{background:transparent;box-shadow:none}`,
  )
  .join('\n');

/** The page's style sheet: no url(), no @import, nothing fetched. */
export const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;color:#1f2328;background:#f6f7f9;line-height:1.5}
main{max-width:1080px;margin:0 auto;padding:0 16px 48px}
.gz-top{background:#24292f;color:#fff;padding:12px 16px}
.gz-top .gz-inner{max-width:1080px;margin:0 auto;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:baseline}
.gz-top h1{font-size:20px;margin:0}
.gz-top label{font-size:14px;cursor:pointer}
.gz-top a{color:#cfe3ff}
section.gz-doc,section.gz-summary{background:#fff;border:1px solid #d8dee4;border-radius:8px;margin:20px 0;padding:16px 20px}
h2{font-size:18px;margin:0 0 8px;word-break:break-all}
h3{font-size:15px;margin:16px 0 6px}
.gz-meta{color:#57606a;font-size:13px;margin:0 0 8px}
.gz-legend{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 12px}
.gz-legend button{font:inherit;font-size:13px;border:1px solid #c9d1d9;border-radius:14px;padding:2px 10px;cursor:pointer;background:#fff}
.gz-legend button[aria-pressed="false"]{opacity:.45;text-decoration:line-through}
.gz-swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;vertical-align:-1px;margin-right:4px}
.gz-article{white-space:pre-wrap;word-break:break-word;font-size:16px;line-height:2.1;border-top:1px solid #eaeef2;padding-top:10px}
mark.gz-m{color:inherit;padding:.12em .15em;border-radius:.3em;cursor:pointer}
mark.gz-m:hover,mark.gz-m:focus,mark.gz-m.gz-pinned,mark.gz-m:target{outline:2px solid #0969da;outline-offset:1px}
.gz-labels mark.gz-m::after{font-size:.6em;font-weight:600;text-transform:uppercase;margin-left:.3em;vertical-align:.15em;color:#3d4450}
${typeRules}
.gz-card{position:absolute;z-index:10;max-width:440px;min-width:260px;background:#fff;border:1px solid #8c959f;border-radius:8px;box-shadow:0 6px 20px rgba(0,0,0,.18);padding:10px 12px;font-size:13px}
.gz-card[hidden]{display:none}
.gz-card-head{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline;margin-bottom:6px}
.gz-card-text{font-size:15px;font-weight:600;word-break:break-all}
.gz-card-span,.gz-card-hint{color:#57606a;font-size:12px}
.gz-card-rec{font-weight:600;margin:8px 0 2px;border-top:1px solid #eaeef2;padding-top:6px}
.gz-card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0}
.gz-card dt{color:#57606a}
.gz-card dd{margin:0;word-break:break-word}
.gz-badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:13px;margin:4px 0 8px}
th,td{border:1px solid #d8dee4;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f5f7}
tbody tr:nth-child(even){background:#fafbfc}
td.gz-num{text-align:right;font-variant-numeric:tabular-nums}
td.gz-rule,.gz-rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:#57606a}
details{margin:6px 0}
summary{cursor:pointer;font-weight:600;font-size:14px;padding:4px 0}
.gz-none{color:#57606a;font-size:13px;margin:2px 0 6px}
.gz-charts{display:grid;grid-template-columns:1fr;gap:12px}
.gz-charts svg{width:100%;height:auto;font-size:12px}
.gz-charts svg text{fill:#1f2328}
.gz-charts svg .gz-bar-org{fill:${TYPE_COLOURS.organisation}}
.gz-charts svg .gz-bar-slogan{fill:#e9d64f}
.gz-skipped li{font-size:13px}
.gz-back{font-size:13px}
`;

/**
 * The page's script: shows the record behind a mention on hover or focus, pins it on click or
 * Enter (Escape or a click elsewhere closes it), and toggles types and labels. It only writes
 * textContent, never HTML, so record values cannot become markup.
 */
export const SCRIPT = `
(function () {
  "use strict";
  var source = document.getElementById("gz-cards");
  var cards = source ? JSON.parse(source.textContent) : {};
  var card = document.getElementById("gz-card");
  var pinned = null;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function fields(list) {
    var dl = el("dl");
    list.forEach(function (f) { dl.appendChild(el("dt", null, f[0])); dl.appendChild(el("dd", null, f[1])); });
    return dl;
  }
  function markOf(node) {
    return node && node.closest ? node.closest("mark.gz-m") : null;
  }
  function show(mark) {
    var c = cards[mark.getAttribute("data-card")];
    if (!c) return;
    card.textContent = "";
    var head = el("div", "gz-card-head");
    head.appendChild(el("span", "gz-badge gz-t-" + c.cls, c.type));
    head.appendChild(el("span", "gz-card-text", c.text));
    head.appendChild(el("span", "gz-card-span", c.span));
    card.appendChild(head);
    card.appendChild(fields([["mention rule", c.rule]]));
    if (c.record) {
      card.appendChild(el("div", "gz-card-rec", c.record.kind + " " + c.record.id));
      card.appendChild(fields(c.record.fields));
    } else card.appendChild(el("div", "gz-card-rec", "no record behind this mention"));
    if (pinned === mark) card.appendChild(el("div", "gz-card-hint", "pinned: Escape or a click elsewhere closes it"));
    card.setAttribute("data-for", mark.id);
    card.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = card.offsetWidth;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    card.style.left = Math.max(window.scrollX + 8, Math.min(r.left + window.scrollX, maxLeft)) + "px";
    card.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hide() {
    card.hidden = true;
    card.removeAttribute("data-for");
  }
  function unpin() {
    if (pinned) pinned.classList.remove("gz-pinned");
    pinned = null;
  }
  function togglePin(mark) {
    if (pinned === mark) { unpin(); hide(); return; }
    unpin();
    pinned = mark;
    mark.classList.add("gz-pinned");
    show(mark);
  }
  document.addEventListener("mouseover", function (e) {
    var m = markOf(e.target);
    if (m && !pinned) show(m);
  });
  document.addEventListener("mouseout", function (e) {
    var m = markOf(e.target);
    if (m && !pinned && markOf(e.relatedTarget) !== m) hide();
  });
  document.addEventListener("focusin", function (e) {
    var m = markOf(e.target);
    if (m && !pinned) show(m);
  });
  document.addEventListener("focusout", function (e) {
    if (markOf(e.target) && !pinned) hide();
  });
  document.addEventListener("click", function (e) {
    var m = markOf(e.target);
    if (m) { togglePin(m); return; }
    if (card.contains(e.target)) return;
    var button = e.target.closest ? e.target.closest("button[data-type]") : null;
    if (button) {
      var on = button.getAttribute("aria-pressed") !== "false";
      document.body.classList.toggle("gz-hide-" + button.getAttribute("data-type"), on);
      document.querySelectorAll("button[data-type=\\"" + button.getAttribute("data-type") + "\\"]").forEach(function (b) {
        b.setAttribute("aria-pressed", on ? "false" : "true");
      });
      return;
    }
    if (pinned) { unpin(); hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { unpin(); hide(); return; }
    var m = markOf(e.target);
    if (m && e.key === "Enter") { e.preventDefault(); togglePin(m); }
  });
  var labels = document.getElementById("gz-labels");
  if (labels) labels.addEventListener("change", function () { document.body.classList.toggle("gz-labels", labels.checked); });
})();
`;
