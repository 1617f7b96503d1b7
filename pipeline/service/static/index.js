// Recordings page: who is signed in, upload a file, record in the browser, the list.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  let isAdmin = false;

  // ---- signed-in user -------------------------------------------------------

  api('GET', '/api/me').then((me) => {
    $('who').textContent = me.name;
    isAdmin = me.role === 'admin';
    document.querySelector('.owner-col').hidden = !isAdmin;
  }).catch(() => {}).finally(refreshList);

  // ---- client pickers (upload and record) ---------------------------------------

  async function loadClients() {
    let clients = [];
    try {
      clients = await api('GET', '/api/clients');
    } catch (e) { return; }
    const wanted = new URLSearchParams(location.search).get('client') || '';
    document.querySelectorAll('select.client-picker').forEach((sel) => {
      const keep = sel.value || wanted;
      sel.replaceChildren(h('option', { value: '' }, 'No client'),
        ...clients.map((c) => h('option', { value: c.id }, c.id + (c.name ? ' · ' + c.name : ''))));
      sel.value = clients.some((c) => c.id === keep) ? keep : '';
    });
  }
  loadClients();

  $('signout').addEventListener('click', async () => {
    try {
      await api('DELETE', '/api/session', undefined, { noRedirect: true });
    } catch (e) { /* signed out either way */ }
    location.assign('/login');
  });

  // ---- upload -----------------------------------------------------------------

  const uploadMsg = $('upload-msg');
  const progress = $('upload-progress');

  // XMLHttpRequest rather than fetch, for upload progress on large files.
  function sendUpload(form) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/recordings');
      xhr.withCredentials = true;
      xhr.setRequestHeader('X-Requested-With', 'scribe');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.responseType = 'json';
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) progress.value = e.loaded / e.total;
      };
      xhr.onload = () => {
        const data = xhr.response;
        if (xhr.status >= 200 && xhr.status < 300) return resolve(data);
        if (xhr.status === 401) location.assign('/login?next=/');
        const err = new Error(errorDetail(data, { status: xhr.status, statusText: xhr.statusText }));
        err.status = xhr.status;
        err.data = data;
        reject(err);
      };
      xhr.onerror = () => reject(Object.assign(new Error('Could not reach the server. Check the connection and try again.'), { status: 0 }));
      xhr.send(form);
    });
  }

  $('upload-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const fileInput = $('upload-file');
    const consent = $('upload-consent');
    const file = fileInput.files && fileInput.files[0];
    if (!file) {
      showMsg(uploadMsg, 'Choose an audio or video file first.', 'error');
      fileInput.focus();
      return;
    }
    if (!consent.checked) {
      showMsg(uploadMsg, 'Please confirm that the family agreed to recording and processing before uploading.', 'error');
      consent.focus();
      return;
    }
    const form = new FormData();
    form.append('file', file);
    form.append('title', $('upload-title').value.trim());
    if ($('upload-client').value) form.append('client', $('upload-client').value);
    form.append('consent', 'true');

    const button = $('upload-btn');
    button.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    showMsg(uploadMsg, 'Uploading ' + file.name + '…');
    try {
      const rec = await sendUpload(form);
      showMsg(uploadMsg, 'Uploaded “' + (rec.title || file.name) + '”. It is queued for processing.', 'ok');
      $('upload-form').reset();
      loadClients();
      refreshList();
    } catch (e) {
      showMsg(uploadMsg, e.message, 'error');
      if (e.status === 409 && e.data && e.data.id) {
        uploadMsg.append(' ', h('a', { href: '/recordings/' + encodeURIComponent(e.data.id) }, 'Open the earlier upload'));
      }
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  });

  // ---- recording in the browser -----------------------------------------------
  // Blobs arrive every 2 s and are PUT strictly in order; a failed PUT is retried
  // with backoff, so a short network drop loses nothing. All blobs are kept until
  // the end so the audio can still be saved locally if the server refuses it.

  const recMsg = $('rec-msg');
  const startBtn = $('rec-start');
  const stopBtn = $('rec-stop');
  const timeEl = $('rec-time');
  const level = $('rec-level');
  let live = null;

  function pickMime() {
    const want = 'audio/webm;codecs=opus';
    return window.MediaRecorder && MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(want) ? want : '';
  }

  function chunkUrl(n) {
    return '/api/recordings/' + encodeURIComponent(live.id) + '/chunks/' + n;
  }

  async function putChunk(n, blob) {
    let delay = 500;
    for (;;) {
      try {
        await api('PUT', chunkUrl(n), blob, { noRedirect: true });
        if (delay > 500) showMsg(recMsg, live.stopping ? 'Connection back. Uploading the last part…' : 'Connection back. Recording…');
        return;
      } catch (e) {
        // The server already has this one (a retry of a request whose reply was lost).
        if (e.status === 409 && e.data && typeof e.data.expected === 'number' && e.data.expected > n) return;
        const retry = !e.status || e.status >= 500 || e.status === 408 || e.status === 429;
        if (!retry) throw e;
        showMsg(recMsg, 'Connection problem: keeping the audio and retrying…', 'error');
        await sleep(delay);
        delay = Math.min(delay * 2, 15000);
      }
    }
  }

  async function runPump() {
    while (live.sent < live.chunks.length) {
      await putChunk(live.sent, live.chunks[live.sent]);
      live.sent += 1;
    }
  }

  function pump() {
    if (live.failed) return Promise.reject(live.failed);
    if (!live.pumping) {
      live.pumping = runPump().finally(() => { live.pumping = null; });
    }
    return live.pumping;
  }

  async function drain() {
    while (live.sent < live.chunks.length) await pump();
  }

  function onChunk(event) {
    if (!event.data || !event.data.size) return;
    live.chunks.push(event.data);
    pump().catch(uploadFailed);
  }

  // The server refused a chunk (signed out, recording gone): stop and offer the audio as a file.
  function uploadFailed(err) {
    if (!live || live.failed) return;
    live.failed = err;
    showMsg(recMsg, 'The recording could not be sent: ' + err.message, 'error');
    if (live.recorder.state !== 'inactive') live.recorder.stop();
  }

  function offerDownload(state) {
    const blob = new Blob(state.chunks, { type: state.mime || 'audio/webm' });
    const url = URL.createObjectURL(blob);
    const box = $('rec-fallback');
    box.replaceChildren('Your audio is still in this page: ',
      h('a', { href: url, download: 'session-recording.webm' }, 'save it to this device'),
      ' and upload it with the form once the problem is solved.');
    box.hidden = false;
  }

  function startMeter(stream) {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 2048;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const buf = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(buf);
      let sum = 0;
      for (let i = 0; i < buf.length; i++) sum += buf[i] * buf[i];
      level.value = Math.min(1, Math.sqrt(sum / buf.length));
    }, 100);
    if (ctx.state === 'suspended') ctx.resume().catch(() => {});
    live.meter = { ctx: ctx, timer: timer };
  }

  function stopDevices(state) {
    clearInterval(state.clock);
    if (state.meter) {
      clearInterval(state.meter.timer);
      state.meter.ctx.close().catch(() => {});
    }
    state.stream.getTracks().forEach((t) => t.stop());
    level.value = 0;
    document.body.classList.remove('recording');
  }

  startBtn.addEventListener('click', async () => {
    if (live) return;
    const consent = $('rec-consent');
    if (!consent.checked) {
      showMsg(recMsg, 'Please confirm that the family agreed to recording and processing first.', 'error');
      consent.focus();
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      showMsg(recMsg, 'This browser cannot record here (it needs a secure https:// address). Upload a file instead.', 'error');
      return;
    }
    $('rec-fallback').hidden = true;
    startBtn.disabled = true;
    showMsg(recMsg, 'Asking for the microphone…');
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      showMsg(recMsg, 'The microphone is not available: ' + (e.message || e.name), 'error');
      startBtn.disabled = false;
      return;
    }
    const mime = pickMime();
    let recorder;
    try {
      recorder = mime ? new MediaRecorder(stream, { mimeType: mime }) : new MediaRecorder(stream);
    } catch (e) {
      stream.getTracks().forEach((t) => t.stop());
      showMsg(recMsg, 'Recording could not start: ' + e.message, 'error');
      startBtn.disabled = false;
      return;
    }
    const title = $('rec-title').value.trim();
    let rec;
    try {
      rec = await api('POST', '/api/recordings/live', {
        title: title, consent: true, mime: recorder.mimeType || mime || 'audio/webm',
      });
    } catch (e) {
      stream.getTracks().forEach((t) => t.stop());
      showMsg(recMsg, e.message, 'error');
      startBtn.disabled = false;
      return;
    }
    const client = $('rec-client').value;
    if (client) {
      try {  // before any chunk: the worker takes the recording only once it is finished
        await api('PUT', '/api/recordings/' + encodeURIComponent(rec.id) + '/client', { client: client });
      } catch (e) {
        stream.getTracks().forEach((t) => t.stop());
        showMsg(recMsg, 'The recording could not be given its client: ' + e.message, 'error');
        startBtn.disabled = false;
        return;
      }
    }
    live = {
      id: rec.id, recorder: recorder, stream: stream, mime: recorder.mimeType || mime,
      chunks: [], sent: 0, pumping: null, failed: null, clock: null, meter: null,
    };
    recorder.ondataavailable = onChunk;
    recorder.onstop = finishRecording;
    recorder.onerror = (e) => uploadFailed(new Error((e.error && e.error.message) || 'the recorder stopped'));
    const began = performance.now();
    live.clock = setInterval(() => { timeEl.textContent = fmtClock((performance.now() - began) / 1000); }, 250);
    timeEl.textContent = fmtClock(0);
    try { startMeter(stream); } catch (e) { /* the level meter is optional */ }
    recorder.start(2000);
    document.body.classList.add('recording');
    stopBtn.disabled = false;
    showMsg(recMsg, 'Recording. Press “Stop and save” at the end of the session.');
    refreshList();
  });

  stopBtn.addEventListener('click', () => {
    if (!live || live.recorder.state === 'inactive') return;
    stopBtn.disabled = true;
    live.stopping = true;
    showMsg(recMsg, 'Saving the last part…');
    live.recorder.stop(); // the last blob arrives, then "stop" runs finishRecording
  });

  // POST .../finish, retried while the server cannot be reached.
  async function postFinish(id) {
    let delay = 1000;
    for (let tries = 0; ; tries++) {
      try {
        return await api('POST', '/api/recordings/' + encodeURIComponent(id) + '/finish', undefined, { noRedirect: true });
      } catch (e) {
        if ((e.status && e.status < 500) || tries >= 5) throw e;
        await sleep(delay);
        delay *= 2;
      }
    }
  }

  // Also runs when the recorder stops by itself (microphone unplugged, upload refused).
  async function finishRecording() {
    const state = live;
    state.stopping = true;
    stopBtn.disabled = true;
    stopDevices(state);
    if (!state.failed) {
      showMsg(recMsg, 'Uploading the last part…');
      try {
        await drain();
      } catch (e) {
        uploadFailed(e);
      }
    }
    if (state.failed) {
      offerDownload(state);
      if (state.failed.status === 413) {
        // the recording reached the size limit: what arrived is kept and queued now; the rest stays in the page
        try {
          await postFinish(state.id);
          showMsg(recMsg, 'The recording reached the size limit: the part that was sent is saved and queued. ' +
            'The rest is still in this page.', 'error');
        } catch (e) { /* the server finishes it by itself */ }
      }
    } else {
      try {
        const rec = await postFinish(state.id);
        if (rec.status === 'failed') showMsg(recMsg, 'The recording was saved but could not be read: ' + (rec.error || 'unknown error'), 'error');
        else showMsg(recMsg, 'Recording saved (' + timeEl.textContent + '). It is queued for processing.', 'ok');
      } catch (e) {
        showMsg(recMsg, 'All the audio was uploaded, but finishing failed (' + e.message + '). The server finishes it by itself within a few minutes.', 'error');
      }
    }
    live = null;
    startBtn.disabled = false;
    refreshList();
  }

  // Leaving the page mid-recording: send what is queued (best effort; the server
  // finishes an idle live recording by itself).
  window.addEventListener('pagehide', () => {
    if (!live || live.failed) return;
    let budget = 60000; // keepalive requests may carry 64 KiB in all
    for (let n = live.sent; n < live.chunks.length; n++) {
      const blob = live.chunks[n];
      if (blob.size > budget) break;
      budget -= blob.size;
      api('PUT', chunkUrl(n), blob, { noRedirect: true, keepalive: true }).catch(() => {});
    }
    try {
      if (live.recorder.state === 'recording') live.recorder.requestData();
    } catch (e) { /* nothing more to do */ }
  });

  // ---- the list ---------------------------------------------------------------

  const tbody = document.querySelector('#recordings tbody');
  let listing = false;

  function cell(cls, content) {
    return h('td', { class: cls }, content);
  }

  function rowFor(r) {
    let tr = tbody.querySelector('tr[data-id="' + CSS.escape(r.id) + '"]');
    if (!tr) {
      tr = h('tr', { 'data-id': r.id },
        h('th', { scope: 'row', class: 'title' }), cell('owner'), cell('status'), cell('created'),
        cell('duration'), cell('note-status'), cell('actions'));
    }
    const set = (cls, text) => {
      const el = tr.querySelector('.' + cls);
      if (el.textContent !== text) el.textContent = text;
    };
    set('title', r.title || 'Untitled');
    set('owner', r.owner || '');
    tr.querySelector('.owner').hidden = !isAdmin;
    set('status', recStatusText(r));
    tr.dataset.status = r.status;
    set('created', fmtDate(r.created));
    set('duration', r.duration == null ? '—' : fmtClock(r.duration));
    set('note-status', r.note_status && r.note_status !== 'none' ? r.note_status : '—');
    const actions = tr.querySelector('.actions');
    const link = actions.querySelector('a.review');
    if (r.status === 'ready' && !link) {
      actions.append(h('a', { class: 'review button-link', href: '/recordings/' + encodeURIComponent(r.id) },
        r.note_status === 'approved' ? 'Open' : 'Review'));
    } else if (r.status !== 'ready' && link) {
      link.remove();
    }
    return tr;
  }

  async function refreshList() {
    if (listing) return;
    listing = true;
    try {
      // Never leave the page for /login while a recording is running.
      const recs = await api('GET', '/api/recordings', undefined, { noRedirect: !!live });
      const keep = new Set();
      recs.forEach((r, i) => {
        const tr = rowFor(r);
        keep.add(tr);
        if (tbody.children[i] !== tr) tbody.insertBefore(tr, tbody.children[i] || null);
      });
      Array.from(tbody.children).forEach((tr) => { if (!keep.has(tr)) tr.remove(); });
      $('list-empty').hidden = recs.length > 0;
      showMsg($('list-msg'), '');
    } catch (e) {
      if (e.status !== 401 || live) showMsg($('list-msg'), 'Could not update the list: ' + e.message, 'error');
    } finally {
      listing = false;
    }
  }

  setInterval(() => { if (!document.hidden) refreshList(); }, 3000);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refreshList(); });
})();
