// Shared helpers for the therapy-scribe pages (no framework, no build step).
// Data from the server is only ever put into the page with textContent / text nodes.
'use strict';

/**
 * Call the JSON API. body: a plain object (sent as JSON), FormData (multipart),
 * or a Blob (sent as application/octet-stream). Returns the parsed JSON, text, or
 * null for an empty reply. Throws Error(detail) with .status (0 when the server
 * could not be reached) and .data (the error body). On 401 it goes to /login,
 * unless opts.noRedirect is set (the login form, uploads of a live recording).
 */
async function api(method, path, body, opts) {
  opts = opts || {};
  const init = {
    method: method,
    credentials: 'same-origin',
    headers: { 'X-Requested-With': 'scribe', 'Accept': 'application/json' },
  };
  if (opts.keepalive) init.keepalive = true;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body instanceof Blob) {
    init.body = body;
    init.headers['Content-Type'] = 'application/octet-stream';
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    const err = new Error('Could not reach the server. Check the connection and try again.');
    err.status = 0;
    throw err;
  }
  const type = res.headers.get('Content-Type') || '';
  let data = null;
  if (res.status !== 204) {
    try {
      data = type.includes('json') ? await res.json() : await res.text();
    } catch (e) {
      data = null;
    }
  }
  if (res.status === 401 && !opts.noRedirect && location.pathname !== '/login') {
    location.assign('/login?next=' + encodeURIComponent(location.pathname + location.search));
  }
  if (!res.ok) {
    const err = new Error(errorDetail(data, res));
    err.status = res.status;
    err.data = data;
    throw err;
  }
  return data === '' ? null : data;
}

// The plain message in an error reply ({"detail": "..."}; FastAPI's 422 lists too).
function errorDetail(data, res) {
  const d = data && typeof data === 'object' ? data.detail : null;
  if (typeof d === 'string' && d) return d;
  if (Array.isArray(d) && d.length) return d.map((x) => (x && x.msg) || String(x)).join('; ');
  return 'The server answered ' + res.status + (res.statusText ? ' ' + res.statusText : '') + '.';
}

// Seconds -> "mm:ss", or "h:mm:ss" from one hour on.
function fmtClock(seconds) {
  const t = Math.max(0, Math.floor(Number(seconds) || 0));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  const pad = (n) => String(n).padStart(2, '0');
  return h ? h + ':' + pad(m) + ':' + pad(s) : pad(m) + ':' + pad(s);
}

// Unix seconds -> local date and time.
function fmtDate(unix) {
  if (unix == null) return '—';
  const d = new Date(unix * 1000);
  try {
    return d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
  } catch (e) {
    return d.toLocaleString();
  }
}

// The status of a recording as the list shows it: "processing: asr", "failed: <message>".
function recStatusText(r) {
  if (r.status === 'processing') return r.stage ? 'processing: ' + r.stage : 'processing';
  if (r.status === 'failed') return 'failed: ' + (r.error || 'unknown error');
  return r.status;
}

/**
 * Build an element. attrs: "class", "text" (textContent), "on<event>" (listener),
 * anything else becomes an attribute (true -> present, false/null -> left out).
 * Children: elements or strings (appended as text nodes, so never parsed as HTML).
 */
function h(tag, attrs) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const kid of Array.prototype.slice.call(arguments, 2).flat()) {
    if (kid != null && kid !== false) el.append(kid);
  }
  return el;
}

// Show a message in a status element (hidden when empty); kind "error" styles it as one.
function showMsg(el, text, kind) {
  if (!el) return;
  el.textContent = text || '';
  el.hidden = !text;
  el.classList.toggle('error', kind === 'error');
  el.classList.toggle('ok', kind === 'ok');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
