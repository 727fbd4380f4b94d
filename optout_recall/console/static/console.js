// recall console: live updates over server-sent events and statements signed in this browser.
// The private key is imported into WebCrypto as non-extractable and kept in IndexedDB; only signatures leave.
"use strict";

const DB_NAME = "recall-console";
const STORE = "keys";
// PKCS#8 wrapping of a raw 32-byte Ed25519 private key (RFC 8410), for key files of 64 hex digits.
const PKCS8_ED25519_PREFIX = "302e020100300506032b657004220420";
const STATEMENT_VERSION = "optout-recall/statement/v2";
const APPROVAL_PREDICATE_TYPE = "https://optout-recall.invalid/recall-approval/v1";
const IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

const data = JSON.parse(document.getElementById("recall-data").textContent);
const csrf = document.querySelector('meta[name="csrf-token"]').content;
const signedIn = document.getElementById("signed-in");
const signedInUser = signedIn ? signedIn.querySelector("b").textContent : null;

function hexToBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}
function bytesToHex(bytes) {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}
function base64UrlToHex(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "===".slice((b64.length + 3) % 4));
  return bytesToHex(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "public_key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
async function storeKey(entry) {
  const db = await openDb();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).put(entry);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}
async function storedKeys() {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE, "readonly").objectStore(STORE).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// The file `recall keys new` writes: PEM PKCS#8, or 64 hex digits of a raw key.
async function importKeyFile(text) {
  const trimmed = text.trim();
  let der;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    der = hexToBytes(PKCS8_ED25519_PREFIX + trimmed);
  } else if (trimmed.includes("-----BEGIN PRIVATE KEY-----")) {
    const body = trimmed.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
    der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  } else {
    throw new Error("not a private key file from `recall keys new` (PEM or 64 hex digits)");
  }
  // Imported once as extractable only to learn its public half (JWK "x"), then re-imported non-extractable.
  const temporary = await crypto.subtle.importKey("pkcs8", der, { name: "Ed25519" }, true, ["sign"]);
  const jwk = await crypto.subtle.exportKey("jwk", temporary);
  const publicKey = base64UrlToHex(jwk.x);
  const key = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["sign"]);
  jwk.d = "";
  return { publicKey, key, looksPublic: trimmed.toLowerCase() };
}

function person(name) {
  return data.people.find((p) => p.name === name) || null;
}

async function refreshSigners(preferred) {
  const select = document.getElementById("signer");
  const keys = await storedKeys();
  select.innerHTML = "";
  for (const entry of keys) {
    const listed = data.people.find((p) => p.public_key === entry.public_key);
    if (!listed || (signedInUser && listed.name !== signedInUser)) continue;
    const option = document.createElement("option");
    option.value = entry.public_key;
    option.textContent = `${listed.name} (${listed.roles.join(", ")})`;
    select.appendChild(option);
  }
  if (preferred) select.value = preferred;
  showPanels();
}

async function selectedSigner() {
  const select = document.getElementById("signer");
  const keys = await storedKeys();
  const entry = keys.find((k) => k.public_key === select.value);
  if (!entry) throw new Error("import your key file first");
  const listed = data.people.find((p) => p.public_key === entry.public_key);
  return { name: listed.name, roles: listed.roles, key: entry.key };
}

function showPanels() {
  const select = document.getElementById("signer");
  const listed = data.people.find((p) => p.public_key === select.value);
  const pending = data.pending;
  document.getElementById("decide-panel").hidden = !data.running;
  document.getElementById("propose-panel").hidden = !(
    data.running && pending && pending.step === "hotfix" && !pending.hotfix_ref
  );
  const commander = Boolean(listed && listed.roles.includes("commander"));
  document.getElementById("cancel-panel").hidden = !(data.running && commander);
  // Offered only where the validator could accept it: a commander, the hotfix gate, after an escalation.
  document.getElementById("break-glass-panel").hidden = !(
    data.running && commander && pending && pending.step === "hotfix" && pending.hotfix_ref && pending.escalations >= 1
  );
}

// Exactly the bytes optout_recall.gates.approvals._canonical makes: JSON with sorted keys at every level,
// no spaces, non-ASCII kept as is (signed_at in UTC to the microsecond).
function canonical(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
  return "{" + Object.keys(value).sort().map((k) => JSON.stringify(k) + ":" + canonical(value[k])).join(",") + "}";
}
function timestamp(date) {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}
function nonce() {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}
async function sign(key, statement) {
  const body = { v: STATEMENT_VERSION, ...statement };
  const signature = await crypto.subtle.sign({ name: "Ed25519" }, key, new TextEncoder().encode(canonical(body)));
  return bytesToHex(signature);
}

// The in-toto Statement every approver of one request signs alike (gates.approvals.approval_statement), so
// the bundle holds one DSSE envelope per approval with one signature per approver.
async function approvalStatement(request) {
  const predicate = {
    workflow_id: data.workflow_id, run_id: data.run_id, request_id: request.request_id, step: request.step,
    verdict: "approve", commit: request.commit,
  };
  const encoder = new TextEncoder();
  const digest = { sha256: bytesToHex(await crypto.subtle.digest("SHA-256", encoder.encode(canonical(predicate)))) };
  if (request.commit) digest.gitCommit = request.commit;
  return encoder.encode(canonical({
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: `${data.workflow_id}/${request.step}/${request.request_id}`, digest }],
    predicateType: APPROVAL_PREDICATE_TYPE,
    predicate,
  }));
}
// DSSE's pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(body) SP body, lengths in bytes.
function pae(payloadType, payload) {
  const type = new TextEncoder().encode(payloadType);
  const head = new TextEncoder().encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head);
  out.set(payload, head.length);
  return out;
}
async function signApproval(key, request) {
  const message = pae(IN_TOTO_PAYLOAD_TYPE, await approvalStatement(request));
  return bytesToHex(await crypto.subtle.sign({ name: "Ed25519" }, key, message));
}

async function post(path, payload) {
  const response = await fetch(`/recalls/${encodeURIComponent(data.incident_id)}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": csrf },
    body: JSON.stringify(payload),
    credentials: "same-origin",
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`refused: ${body.refused}`);
  return body.recorded;
}

function say(text, kind) {
  const line = document.getElementById("outcome");
  line.textContent = text;
  line.className = `status-line ${kind}`;
}

async function decide(approve, breakGlass = false) {
  const pending = data.pending;
  if (!pending) throw new Error("nothing is waiting for a decision");
  if (breakGlass && document.getElementById("break-glass-confirm").value.trim() !== data.incident_id) {
    throw new Error(`type the incident id ${data.incident_id} to confirm break-glass; nothing was signed`);
  }
  const signer = await selectedSigner();
  const reason = document.getElementById(breakGlass ? "break-glass-reason" : "reason").value;
  const hotfixRef = pending.step === "hotfix" ? pending.hotfix_ref : null;
  const signedAt = timestamp(new Date());
  const n = nonce();
  const signature = await sign(signer.key, {
    kind: "decision", workflow_id: data.workflow_id, run_id: data.run_id, request_id: pending.request_id,
    step: pending.step, verdict: approve ? "approve" : "reject", actor: signer.name, reason,
    commit: hotfixRef, nonce: n, signed_at: signedAt, break_glass: breakGlass,
  });
  const approvalSignature = approve
    ? await signApproval(signer.key, { request_id: pending.request_id, step: pending.step, commit: hotfixRef })
    : "";
  const recorded = await post("decide", {
    request_id: pending.request_id, step: pending.step, approve, actor: signer.name, reason,
    hotfix_ref: hotfixRef, nonce: n, signed_at: signedAt, break_glass: breakGlass, signature, run_id: data.run_id,
    approval_signature: approvalSignature,
  });
  const flag = recorded.break_glass ? "BREAK-GLASS " : "";
  say(`${flag}${approve ? "approved" : "rejected"} ${recorded.step} as ${recorded.actor} (${recorded.role}), answering request ${recorded.request_id}`, "ok");
}

async function propose() {
  const pending = data.pending;
  const signer = await selectedSigner();
  const ref = document.getElementById("proposal-ref").value.trim();
  const reason = document.getElementById("proposal-reason").value;
  const signedAt = timestamp(new Date());
  const n = nonce();
  const signature = await sign(signer.key, {
    kind: "proposal", workflow_id: data.workflow_id, run_id: data.run_id, request_id: pending.request_id,
    step: "hotfix", verdict: "propose", actor: signer.name, reason, commit: ref, nonce: n,
    signed_at: signedAt, break_glass: false,
  });
  await post("propose", {
    request_id: pending.request_id, hotfix_ref: ref, actor: signer.name, reason, run_id: data.run_id,
    nonce: n, signed_at: signedAt, signature,
  });
  say(`proposed hotfix ${ref} as ${signer.name}`, "ok");
}

async function cancelRecall() {
  const signer = await selectedSigner();
  const reason = document.getElementById("cancel-reason").value;
  const signedAt = timestamp(new Date());
  const n = nonce();
  const signature = await sign(signer.key, {
    kind: "cancel", workflow_id: data.workflow_id, run_id: data.run_id, request_id: "", step: "",
    verdict: "cancel", actor: signer.name, reason, commit: null, nonce: n, signed_at: signedAt, break_glass: false,
  });
  await post("cancel", { actor: signer.name, reason, run_id: data.run_id, nonce: n, signed_at: signedAt, signature });
  say(`canceling ${data.incident_id} as ${signer.name}: repositories will be unfrozen and the report written`, "ok");
}

function guarded(action) {
  return () => action().catch((error) => say(error.message, "refused"));
}

document.getElementById("key-file").addEventListener("change", guarded(async () => {
  const file = document.getElementById("key-file").files[0];
  if (!file) return;
  const imported = await importKeyFile(await file.text());
  const asPublic = data.people.find((p) => p.public_key && p.public_key === imported.looksPublic);
  if (asPublic) throw new Error(`that file is ${asPublic.name}'s public key (the half the spec lists); import the private .key file`);
  const listed = data.people.find((p) => p.public_key === imported.publicKey);
  if (!listed) throw new Error(`this key (public half ${imported.publicKey.slice(0, 16)}…) is not on this recall's roster`);
  if (signedInUser && listed.name !== signedInUser) throw new Error(`this is ${listed.name}'s key; you are signed in as ${signedInUser}`);
  await storeKey({ public_key: imported.publicKey, key: imported.key });
  document.getElementById("key-status").textContent = `key for ${listed.name} (${listed.roles.join(", ")}) kept in this browser, not extractable`;
  await refreshSigners(imported.publicKey);
}));
document.getElementById("signer").addEventListener("change", showPanels);
document.getElementById("approve").addEventListener("click", guarded(() => decide(true)));
document.getElementById("reject").addEventListener("click", guarded(() => decide(false)));
document.getElementById("break-glass").addEventListener("click", guarded(() => decide(true, true)));
document.getElementById("propose").addEventListener("click", guarded(propose));
document.getElementById("cancel").addEventListener("click", guarded(cancelRecall));

const live = document.getElementById("live");
if (data.running) {
  const events = new EventSource(live.dataset.events);
  events.onmessage = (event) => {
    const update = JSON.parse(event.data);
    if (update.error) return;
    live.innerHTML = update.html;
    data.pending = update.pending;
    data.running = update.status === "running";
    showPanels();
    if (!data.running) events.close();
  };
}
refreshSigners(null).catch((error) => say(error.message, "refused"));
