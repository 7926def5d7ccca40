// newsalert operations-room dashboard: live feed (SSE /stream), map, incident detail, ack/assign, health.
// No framework and no request beyond this origin: it must run in an air-gapped room.
"use strict";

const SEVERITIES = ["low", "medium", "high", "critical"];
const TYPES = ["rocket_attack", "airstrike", "bombing", "armed_assault", "storming", "arson", "kidnapping",
  "protest", "threat", "cyberattack", "none"];
const EVENT_TYPES = "incident.opened,incident.escalated,incident.updated";
const RADIUS = { low: 3, medium: 5, high: 8, critical: 12 };
const W = 1000, H = 500;

const $ = (id) => document.getElementById(id);
const incidents = new Map();   // id -> Incident (merged figures)
const states = new Map();      // id -> {acknowledged_by, assignee, ...}
let order = [];                // ids, most recent activity first
let selected = null;           // id shown in the detail panel
let focusedIndex = -1;
let audio = null;
let soundOn = localStorage.getItem("newsalert.sound") === "on";
const filters = readFilters();

// ---------- helpers ----------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}
const label = (t) => (t || "none").replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
function place(inc) {
  const l = inc.location || {};
  const parts = [l.city, l.country || l.country_code].filter(Boolean);
  return parts.length ? parts.join(", ") : "place unknown";
}
function target(inc) {
  const f = inc.facility;
  if (f) return `${label(f.kind)}${f.of ? " of " + f.of : ""}`;
  return label(inc.target_type);
}
function casualties(c) {
  const k = c && c.killed, i = c && c.injured;
  if (k == null && i == null) return "casualties unknown";
  return `${k == null ? "?" : k} killed · ${i == null ? "?" : i} injured`;
}
function ago(iso) {
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 60) return `${Math.floor(s)} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 172800) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86400)} d ago`;
}
const when = (iso) => new Date(iso).toISOString().replace("T", " ").slice(0, 19) + " UTC";

// ---------- filters, kept in the URL so a wall screen can be bookmarked ----------
function readFilters() {
  const q = new URLSearchParams(location.search);
  return {
    severity: q.get("severity") || "",
    type: q.get("type") || "",
    country: (q.get("country") || "").toUpperCase(),
    diplomatic: q.get("diplomatic") === "1",
  };
}
function writeFilters() {
  const q = new URLSearchParams(location.search);
  const set = (k, v) => (v ? q.set(k, v) : q.delete(k));
  set("severity", filters.severity); set("type", filters.type); set("country", filters.country);
  set("diplomatic", filters.diplomatic ? "1" : "");
  const s = q.toString();
  history.replaceState(null, "", location.pathname + (s ? "?" + s : ""));
}
function passes(inc) {
  if (filters.severity && SEVERITIES.indexOf(inc.severity) < SEVERITIES.indexOf(filters.severity)) return false;
  if (filters.type && inc.incident_type !== filters.type) return false;
  if (filters.country) {
    const wanted = filters.country.split(/[ ,]+/).filter(Boolean);
    if (wanted.length && !wanted.includes(((inc.location || {}).country_code || "").toUpperCase())) return false;
  }
  if (filters.diplomatic && inc.target_type !== "diplomatic") return false;
  return true;
}
function setupFilters() {
  for (const t of TYPES) $("f-type").append(el("option", { value: t, text: label(t) }));
  $("f-severity").value = filters.severity; $("f-type").value = filters.type;
  $("f-country").value = filters.country; $("f-diplomatic").checked = filters.diplomatic;
  const changed = () => {
    filters.severity = $("f-severity").value; filters.type = $("f-type").value;
    filters.country = $("f-country").value.trim().toUpperCase(); filters.diplomatic = $("f-diplomatic").checked;
    writeFilters(); renderAll();
  };
  for (const id of ["f-severity", "f-type", "f-diplomatic"]) $(id).addEventListener("change", changed);
  $("f-country").addEventListener("input", changed);
}

// ---------- feed ----------
function card(inc) {
  const st = states.get(inc.incident_id) || {};
  const badges = [];
  if (st.acknowledged_by) badges.push(el("span", { class: "badge badge-ack", text: `✓ acknowledged by ${st.acknowledged_by}` }));
  else badges.push(el("span", { class: "badge badge-new", text: "unacknowledged" }));
  if (st.assignee) badges.push(el("span", { class: "badge badge-assignee", text: `→ ${st.assignee}` }));
  const langs = (inc.languages || []).join(", ") || "—";
  return el("li", {
    class: `card sev-${inc.severity}`, tabindex: "0", role: "button",
    "data-incident-id": inc.incident_id, "aria-label": `${inc.severity} ${label(inc.incident_type)} ${place(inc)}`,
  },
    el("span", { class: "bar" }),
    el("span", { class: "title", text: `${label(inc.incident_type)} · ${target(inc)}` }),
    el("span", { class: "sev", text: inc.severity }),
    el("span", { class: "meta" }, el("span", { class: "place", text: place(inc) }), ` · ${casualties(inc.casualties)}`),
    el("span", { class: "extra" },
      el("span", { text: `${(inc.sources || []).length} source${(inc.sources || []).length === 1 ? "" : "s"}` }),
      el("span", { text: `lang ${langs}` }),
      el("time", { class: "since", "data-first": inc.first_seen, title: `first report ${when(inc.first_seen)}`, text: `first ${ago(inc.first_seen)}` }),
      ...badges));
}
function renderAll() {
  const frag = document.createDocumentFragment();
  let shown = 0;
  for (const id of order) {
    const inc = incidents.get(id);
    if (!passes(inc)) continue;
    const node = card(inc);
    if (id === selected) node.classList.add("selected");
    frag.append(node); shown++;
  }
  $("feed").replaceChildren(frag);
  $("empty").hidden = shown > 0;
  $("count").textContent = `${shown} / ${incidents.size} incidents`;
  focusedIndex = -1;
  renderMarkers();
}
function upsert(inc, fresh) {
  const id = inc.incident_id;
  incidents.set(id, inc);
  order = [id, ...order.filter((x) => x !== id)];
  const old = document.querySelector(`#feed [data-incident-id="${CSS.escape(id)}"]`);
  if (old) old.remove();
  if (passes(inc)) {
    const node = card(inc);
    if (fresh) node.classList.add("fresh");
    if (id === selected) node.classList.add("selected");
    $("feed").prepend(node);
  }
  $("empty").hidden = $("feed").children.length > 0;
  $("count").textContent = `${$("feed").children.length} / ${incidents.size} incidents`;
  upsertMarker(inc, fresh);
}
function refreshCard(id) {
  const inc = incidents.get(id);
  const old = document.querySelector(`#feed [data-incident-id="${CSS.escape(id)}"]`);
  if (inc && old) { const node = card(inc); if (id === selected) node.classList.add("selected"); old.replaceWith(node); }
}
function tickTimes() {
  for (const t of document.querySelectorAll("#feed time.since")) t.textContent = `first ${ago(t.dataset.first)}`;
}
function tickClock() { $("clock").textContent = new Date().toISOString().slice(11, 19) + " UTC"; }

// ---------- map: equirectangular projection of world-atlas TopoJSON, no tile server ----------
const px = (lon, lat) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
function ringPath(ring) {
  // Unwrap longitudes so a ring crossing the antimeridian stays continuous, then draw it again shifted
  // by 360° where it runs past ±180: the SVG viewport clips each copy to the visible world.
  const lons = [];
  let shift = 0, prev = null;
  for (const [lon] of ring) {
    if (prev !== null && lon + shift - prev > 180) shift -= 360;
    else if (prev !== null && lon + shift - prev < -180) shift += 360;
    prev = lon + shift; lons.push(prev);
  }
  const draw = (offset) => ring.map(([, lat], i) => {
    const [x, y] = px(lons[i] + offset, lat);
    return (i ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
  }).join("") + "Z";
  let d = draw(0);
  if (Math.max(...lons) > 180) d += draw(-360);
  if (Math.min(...lons) < -180) d += draw(360);
  return d;
}
async function drawLand() {
  try {
    const world = await (await fetch("/dashboard/static/vendor/countries-110m.json")).json();
    const geo = topojson.feature(world, world.objects.countries);
    const frag = document.createDocumentFragment();
    for (const f of geo.features) {
      const g = f.geometry; if (!g || f.properties.name === "Antarctica") continue;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      const d = polys.map((p) => p.map(ringPath).join("")).join("");
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", d);
      path.append(Object.assign(document.createElementNS("http://www.w3.org/2000/svg", "title"), { textContent: f.properties.name }));
      frag.append(path);
    }
    $("land").append(frag);
  } catch (e) { console.warn("map data unavailable", e); }
}
function markerFor(inc) {
  const l = inc.location || {};
  if (l.lat == null || l.lon == null) return null;
  const [x, y] = px(l.lon, l.lat);
  const c = document.createElementNS("http://www.w3.org/2000/svg", "circle");
  c.setAttribute("cx", x.toFixed(1)); c.setAttribute("cy", y.toFixed(1)); c.setAttribute("r", RADIUS[inc.severity] || 4);
  c.setAttribute("class", `sev-${inc.severity}${inc.incident_id === selected ? " selected" : ""}`);
  c.dataset.incidentId = inc.incident_id;
  c.append(Object.assign(document.createElementNS("http://www.w3.org/2000/svg", "title"),
    { textContent: `${inc.severity} — ${label(inc.incident_type)}, ${place(inc)}` }));
  return c;
}
function renderMarkers() {
  const frag = document.createDocumentFragment();
  // Smallest on top so a critical circle never hides the lesser ones beneath it.
  const shown = order.map((id) => incidents.get(id)).filter(passes)
    .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  for (const inc of shown) { const c = markerFor(inc); if (c) frag.append(c); }
  $("markers").replaceChildren(frag);
}
function upsertMarker(inc, fresh) {
  const old = $("markers").querySelector(`circle[data-incident-id="${CSS.escape(inc.incident_id)}"]`);
  if (old) old.remove();
  if (!passes(inc)) return;
  const c = markerFor(inc);
  if (!c) return;
  if (fresh && inc.severity === "critical") c.classList.add("pulse");
  $("markers").append(c);
}

// ---------- cues ----------
function beep() {
  if (!soundOn) return;
  try {
    audio = audio || new AudioContext();
    for (const [start, freq] of [[0, 880], [0.3, 660], [0.6, 880]]) {
      const o = audio.createOscillator(), g = audio.createGain();
      o.frequency.value = freq; o.connect(g); g.connect(audio.destination);
      g.gain.setValueAtTime(0.25, audio.currentTime + start);
      g.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + start + 0.25);
      o.start(audio.currentTime + start); o.stop(audio.currentTime + start + 0.26);
    }
  } catch (e) { console.warn("no audio", e); }
}
function setSound(on) {
  soundOn = on; localStorage.setItem("newsalert.sound", on ? "on" : "off");
  $("sound").textContent = on ? "♪ sound on" : "sound off";
  $("sound").setAttribute("aria-pressed", String(on));
  if (on) { audio = audio || new AudioContext(); audio.resume(); }
}
let bannerTimer = null;
function alarm(inc, type) {
  const b = $("banner");
  b.textContent = `CRITICAL ${type === "incident.escalated" ? "(escalated)" : ""} — ${label(inc.incident_type)} · ${target(inc)} · ${place(inc)} · ${casualties(inc.casualties)}`;
  b.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { b.hidden = true; }, 20000);
  beep();
}

// ---------- live feeds ----------
function listen(cursor) {
  const src = new EventSource(`/stream?alert_only=false&events=${EVENT_TYPES}&last_event_id=${encodeURIComponent(cursor)}`);
  src.onopen = () => { $("live").className = "dot on"; $("live").title = "live feed connected"; };
  src.onerror = () => { $("live").className = "dot wait"; $("live").title = "live feed reconnecting"; };
  const onEvent = (msg) => {
    const ev = JSON.parse(msg.data);
    const inc = ev.incident;
    upsert(inc, true);
    if (inc.severity === "critical" && (ev.type === "incident.opened" || (ev.changes || []).includes("severity"))) alarm(inc, ev.type);
    if (selected === inc.incident_id) openDetail(inc.incident_id, false);
  };
  for (const t of EVENT_TYPES.split(",")) src.addEventListener(t, onEvent);
}
function listenActions(cursor) {
  const src = new EventSource(`/dashboard/events?last_event_id=${encodeURIComponent(cursor)}`);
  const onAction = (msg) => {
    const a = JSON.parse(msg.data);
    const st = { ...(states.get(a.incident_id) || {}) };
    if (a.action === "acknowledged") { st.acknowledged_by = a.operator; st.acknowledged_at = a.at; }
    if (a.action === "assigned") { st.assignee = a.assignee; st.assigned_by = a.operator; st.assigned_at = a.at; }
    states.set(a.incident_id, st);
    refreshCard(a.incident_id);
    if (selected === a.incident_id) openDetail(a.incident_id, false);
  };
  src.addEventListener("incident.acknowledged", onAction);
  src.addEventListener("incident.assigned", onAction);
}

// ---------- detail ----------
function segmentsNode(segments) {
  const p = el("p", { class: "article" });
  let sentenceNode = null, current = -1;
  for (const s of segments) {
    if (s.sentence === null || !s.fields.length) { sentenceNode = null; current = -1; p.append(s.mark ? el("mark", { text: s.text }) : s.text); continue; }
    if (s.sentence !== current) {
      sentenceNode = el("span", { class: "ev-sentence", title: `evidence: ${s.fields.join(", ")}`, "data-fields": s.fields.join(" ") });
      p.append(sentenceNode); current = s.sentence;
    }
    sentenceNode.append(s.mark ? el("mark", { title: s.mark, text: s.text }) : s.text);
  }
  return p;
}
let detailToken = 0;
async function openDetail(id, focus = true) {
  const token = ++detailToken;
  selected = id;
  for (const n of document.querySelectorAll(".selected")) n.classList.remove("selected");
  document.querySelector(`#feed [data-incident-id="${CSS.escape(id)}"]`)?.classList.add("selected");
  $("markers").querySelector(`circle[data-incident-id="${CSS.escape(id)}"]`)?.classList.add("selected");
  const res = await fetch(`/incidents/${encodeURIComponent(id)}`);
  if (token !== detailToken) return;
  if (!res.ok) { $("d-title").textContent = "Incident not found"; $("d-body").replaceChildren(); $("detail").hidden = false; return; }
  const d = await res.json();
  const inc = d.incident, st = d.state || {};
  $("d-title").replaceChildren(el("span", { class: `sev-${inc.severity}`, text: inc.severity.toUpperCase() }),
    ` ${label(inc.incident_type)} · ${target(inc)} · ${place(inc)}`);
  const fig = (k, v) => [el("dt", { text: k }), el("dd", { text: v })];
  const figures = el("dl", { class: "figures" },
    ...[...fig("severity", inc.severity), ...fig("casualties", casualties(inc.casualties)),
      ...fig("target", target(inc)), ...fig("place", place(inc)),
      ...fig("sources", String(inc.sources.length)), ...fig("languages", inc.languages.join(", ")),
      ...fig("first report", `${when(inc.first_seen)} (${ago(inc.first_seen)})`), ...fig("last report", when(inc.last_seen)),
      ...fig("alert", inc.alert ? "yes — attack on a diplomatic site" : "no"), ...fig("revision", String(inc.revision))]
      .map((n) => n));
  const actions = el("div", { class: "actions" },
    el("span", { id: "ack-state", class: st.acknowledged_by ? "badge badge-ack" : "badge badge-new",
      text: st.acknowledged_by ? `✓ acknowledged by ${st.acknowledged_by} ${ago(st.acknowledged_at)}` : "unacknowledged" }),
    st.assignee ? el("span", { class: "badge badge-assignee", text: `assigned to ${st.assignee}` }) : null,
    el("button", { id: "ack-btn", type: "button", class: "primary", onclick: () => act(id, "ack"), text: "Acknowledge (a)" }),
    el("input", { id: "assignee", placeholder: "assignee", maxlength: "80", "aria-label": "assignee", value: st.assignee || "" }),
    el("button", { id: "assign-btn", type: "button", onclick: () => act(id, "assign"), text: "Assign (g)" }),
    el("span", { id: "act-msg", class: "count" }));
  const timeline = el("ol", { class: "timeline" }, ...d.timeline.map((t) => el("li", { class: `t-${t.type}` },
    el("b", { text: t.type.replace("incident.", "") }), ` ${when(t.at)} · ${t.severity}`,
    t.changes.length ? ` · raised ${t.changes.join(", ")}` : "", ` · [${t.language}] ${t.title || t.article_id}`)));
  const sources = d.sources.map((s) => el("article", { class: "source", "data-article-id": s.article_id },
    el("header", {}, el("span", { class: "lang", text: s.language }), el("b", { text: s.title || s.article_id }),
      el("span", { text: s.source || "" }), el("span", { text: when(s.at) }),
      el("span", { class: `sev-${s.severity}`, text: s.severity }),
      s.duplicate_of ? el("span", { text: `duplicate of ${s.duplicate_of}` }) : null,
      s.url ? el("span", { class: "count", text: s.url }) : null),
    s.evidence && s.evidence.length ? el("div", { class: "ev-fields", text: "evidence: " + s.evidence.map((e) => `${e.field} “${e.text}”`).join(" · ") }) : null,
    s.segments ? segmentsNode(s.segments) : el("p", { class: "count", text: "article text no longer held by the event stream" })));
  const audit = el("ul", { class: "audit" }, (d.audit || []).length ? null : el("li", { text: "no action yet" }),
    ...(d.audit || []).map((a) => el("li", {
    text: `${when(a.at)} — ${a.operator} ${a.action}${a.assignee ? " → " + a.assignee : ""}${a.note ? " (" + a.note + ")" : ""}` })));
  $("d-body").replaceChildren(figures, actions, el("h3", { text: "Timeline" }), timeline,
    el("h3", { text: `Sources (${d.sources.length}) — evidence highlighted` }), ...sources,
    el("h3", { text: "Audit" }), audit);
  const wasHidden = $("detail").hidden;
  $("detail").hidden = false;
  if (focus && wasHidden) $("detail").focus();
}
function closeDetail() {
  $("detail").hidden = true; selected = null; detailToken++;
  for (const n of document.querySelectorAll(".selected")) n.classList.remove("selected");
}
function operator() { return { name: localStorage.getItem("newsalert.operator"), key: localStorage.getItem("newsalert.apiKey") }; }
function askOperator() {
  const o = operator();
  $("who-input").value = o.name || ""; $("key-input").value = o.key || "";
  $("who-dialog").showModal();
}
function showOperator() { $("who-name").textContent = operator().name || "—"; }
async function act(id, what) {
  const o = operator();
  if (!o.name || !o.key) { askOperator(); return; }
  const body = { operator: o.name };
  if (what === "assign") {
    body.assignee = ($("assignee")?.value || "").trim() || o.name;
  }
  const res = await fetch(`/incidents/${encodeURIComponent(id)}/${what}`, {
    method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${o.key}` }, body: JSON.stringify(body),
  });
  const msg = $("act-msg");
  if (res.status === 401 || res.status === 503) { if (msg) msg.textContent = "key refused — press o to set it"; askOperator(); return; }
  if (!res.ok) { if (msg) msg.textContent = `failed (${res.status})`; return; }
  if (msg) msg.textContent = "";  // the shared event stream updates every page, this one included
}

// ---------- health panel ----------
function fmtRate(v) { return v == null ? "—" : `${Math.round(v * 100)} %`; }
async function pollHealth() {
  try {
    const h = await (await fetch("/pipeline/health")).json();
    $("kafka-dot").className = `dot ${h.kafka ? "on" : "off"}`; $("redis-dot").className = `dot ${h.redis ? "on" : "off"}`;
    const tiles = [
      ["articles / min", h.articles_per_min ?? "—"], ["alerts / min", h.alerts_per_min ?? "—"],
      ["incident events / min", h.incident_events_per_min ?? "—"],
      ["dead letters", h.dead_letters ?? "—", h.dead_letters ? "bad" : "good"],
      ["webhook success (1 h)", fmtRate(h.webhooks.success_rate),
        h.webhooks.success_rate == null ? "" : h.webhooks.success_rate < 0.9 ? "bad" : "good"],
      ["deliveries pending", h.webhooks.pending ?? "—"],
      ["Kafka", h.kafka ? "up" : "DOWN", h.kafka ? "good" : "bad"], ["Redis", h.redis ? "up" : "DOWN", h.redis ? "good" : "bad"],
      ...Object.entries(h.consumer_lag || {}).map(([t, v]) => [`lag ${t}`, v, v > 1000 ? "bad" : ""]),
    ];
    $("health-grid").replaceChildren(...tiles.map(([k, v, cls]) => el("div", { class: cls || "" }, el("dt", { text: k }), el("dd", { text: String(v) }))));
  } catch (e) {
    $("kafka-dot").className = "dot off"; $("redis-dot").className = "dot off";
  }
}

// ---------- keyboard ----------
function cards() { return [...document.querySelectorAll("#feed .card")]; }
function moveFocus(step) {
  const list = cards(); if (!list.length) return;
  const current = list.indexOf(document.activeElement);
  focusedIndex = Math.min(list.length - 1, Math.max(0, (current < 0 ? -1 : current) + step));
  list[focusedIndex].focus(); list[focusedIndex].scrollIntoView({ block: "nearest" });
}
document.addEventListener("keydown", (e) => {
  if (e.target.closest && e.target.closest("input, select, textarea, dialog")) {
    if (e.key === "Escape") e.target.blur();
    return;
  }
  const cardId = e.target.closest?.(".card")?.dataset.incidentId;
  if (e.key === "j" || e.key === "ArrowDown") { moveFocus(1); e.preventDefault(); }
  else if (e.key === "k" || e.key === "ArrowUp") { moveFocus(-1); e.preventDefault(); }
  else if (e.key === "Enter" && cardId) openDetail(cardId);
  else if (e.key === "Escape") closeDetail();
  else if (e.key === "a" && (selected || cardId)) act(selected || cardId, "ack");
  else if (e.key === "g" && selected) { $("assignee")?.focus(); e.preventDefault(); }
  else if (e.key === "/") { $("f-country").focus(); e.preventDefault(); }
  else if (e.key === "s") setSound(!soundOn);
  else if (e.key === "o") askOperator();
});
$("feed").addEventListener("click", (e) => { const id = e.target.closest(".card")?.dataset.incidentId; if (id) openDetail(id); });
$("markers").addEventListener("click", (e) => { const id = e.target.dataset?.incidentId; if (id) openDetail(id); });
$("close").addEventListener("click", closeDetail);
$("sound").addEventListener("click", () => setSound(!soundOn));
$("who").addEventListener("click", askOperator);
$("who-form").addEventListener("submit", (e) => {
  if (e.submitter && e.submitter.value === "save") {
    localStorage.setItem("newsalert.operator", $("who-input").value.trim());
    localStorage.setItem("newsalert.apiKey", $("key-input").value.trim());
    showOperator();
  }
});

// ---------- start ----------
async function start() {
  setupFilters(); showOperator();
  $("sound").textContent = soundOn ? "♪ sound on" : "sound off";
  $("sound").setAttribute("aria-pressed", String(soundOn));
  tickClock(); setInterval(tickClock, 1000); setInterval(tickTimes, 10_000);
  drawLand();
  const limit = Number(new URLSearchParams(location.search).get("limit")) || 1000;
  const snap = await (await fetch(`/incidents?limit=${limit}`)).json();
  for (const [id, st] of Object.entries(snap.states || {})) states.set(id, st);
  for (const inc of snap.incidents) incidents.set(inc.incident_id, inc);
  order = snap.incidents.map((i) => i.incident_id);
  renderAll();
  window.__dashboardReady = performance.now();
  listen(snap.cursor);
  listenActions(snap.actions_cursor);
  pollHealth(); setInterval(pollHealth, 5000);
}
start();
