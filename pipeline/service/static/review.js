// Review page: transcript + AI-drafted note side by side; edit, confirm, approve, export.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const recId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
  const base = '/api/recordings/' + encodeURIComponent(recId);
  const player = $('player');
  const ROLES = ['therapist', 'child', 'caregiver', 'other'];
  const KIND = { draft: 'AI draft', edit: 'edited', approved: 'approved' };

  const state = {
    rec: null, transcript: null, note: null,
    editing: null,   // {key, index} of the item being edited, or {key, index: -1} to add one
    highlight: [],   // segment ids shown as evidence
    busy: false,
    goals: null,     // the note's report on the client's plan (GET .../goals)
    clients: null,   // the clients the user may give this recording
  };
  let segById = new Map();

  const say = (text, kind) => showMsg($('review-msg'), text, kind);
  const cap = (s) => String(s).charAt(0).toUpperCase() + String(s).slice(1).replace(/_/g, ' ');
  const smooth = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

  function isUnsupported(item) {
    return !!(item.support && item.support.supported === false && !item.edited && !item.confirmed);
  }

  // ---- loading ----------------------------------------------------------------

  async function load() {
    try {
      state.rec = await api('GET', base);
    } catch (e) {
      if (e.status !== 401) say(e.message, 'error');
      if (!e.status) setTimeout(load, 3000); // the network, not the recording: try again
      return;
    }
    renderHead();
    if (state.rec.status === 'ready') return loadReady();
    if (state.rec.status !== 'failed') setTimeout(load, 3000);
  }

  async function loadReady() {
    setupPlayer();
    const [transcript, note] = await Promise.allSettled([api('GET', base + '/transcript'), api('GET', base + '/note')]);
    if (transcript.status === 'fulfilled') state.transcript = transcript.value;
    else say('Transcript: ' + transcript.reason.message, 'error');
    if (note.status === 'fulfilled') state.note = note.value;
    else say('Note: ' + note.reason.message, 'error');
    $('review-body').hidden = false;
    renderTranscript();
    renderSpeakers();
    renderNote();
    loadVersions();
    if (state.note && state.note.approved) loadDiff();
    await loadGoals();
    seekFromHash();
  }

  // /recordings/ID#t=63.2&seg=seg-0012 (a link from the client's progress): play there, show the line.
  function seekFromHash() {
    const m = /(?:^#|&)t=([0-9.]+)/.exec(location.hash);
    if (!m) return;
    const seg = /(?:^#|&)seg=([^&]+)/.exec(location.hash);
    const id = seg ? decodeURIComponent(seg[1]) : null;
    if (id && segById.has(id)) showEvidence({ evidence: [id] }, id);
    else play(Number(m[1]));
  }

  // ---- the client and its plan of care ---------------------------------------------

  async function loadGoals() {
    try {
      state.goals = await api('GET', base + '/goals');
    } catch (e) {
      state.goals = null;
    }
    renderClientBar();
    renderPlan();
    renderNote();
  }

  async function renderClientBar() {
    const bar = $('client-bar');
    const g = state.goals;
    const locked = !!(g && g.approved);
    bar.hidden = !g;
    if (!g) return;
    const open = $('client-open');
    open.hidden = !g.client;
    if (g.client) open.href = '/clients/' + encodeURIComponent(g.client.id);
    $('client-pick').disabled = locked;
    $('client-save').hidden = locked;
    if (state.clients === null) {
      try { state.clients = await api('GET', '/api/clients'); } catch (e) { state.clients = []; }
    }
    const sel = $('client-pick');
    const current = g.client ? g.client.id : '';
    const list = state.clients.slice();
    if (g.client && !list.some((c) => c.id === g.client.id)) list.push(g.client);
    sel.replaceChildren(h('option', { value: '' }, 'No client'),
      ...list.map((c) => h('option', { value: c.id, selected: c.id === current }, c.id + (c.name ? ' · ' + c.name : ''))));
  }

  $('client-save').addEventListener('click', async () => {
    const client = $('client-pick').value || null;
    try {
      await api('PUT', base + '/client', { client: client });
      say(client ? 'The recording now belongs to client ' + client + '.' : 'The recording belongs to no client now.', 'ok');
      await loadGoals();
    } catch (e) {
      say(e.message, 'error');
    }
  });

  const STATUS_CLASS = (s) => 'status-' + String(s).replace(/[^a-z]+/g, '-');

  function evidenceButtons(cited) {
    return (cited || []).filter((c) => segById.has(c.seg)).map((c) => h('button', {
      type: 'button', class: 'ts', 'data-start': c.start, 'data-seg': c.seg, title: segById.get(c.seg).text,
      'aria-label': 'Play evidence at ' + fmtClock(c.start),
      onclick: () => showEvidence({ evidence: cited.map((x) => x.seg) }, c.seg),
    }, fmtClock(c.start)));
  }

  function renderPlan() {
    const g = state.goals;
    const panel = $('plan-panel');
    panel.hidden = !(g && g.client);
    if (panel.hidden) return;
    $('plan-meta').textContent = 'Client ' + g.client.id + (g.client.name ? ' (' + g.client.name + ')' : '') +
      ', session of ' + g.date + '. ' + (g.approved ? 'Stored with the approval.' :
      'Each active goal with what this note says about it; it follows your edits until you approve.');
    const list = $('plan');
    list.replaceChildren(...g.results.map((r) => h('li', { class: 'plan-goal', 'data-goal': r.goal_id },
      h('strong', { text: r.goal_id + ': ' + r.text }), r.target ? h('span', { class: 'muted', text: ' (target: ' + r.target + ')' }) : null,
      h('br'),
      r.addressed ? h('span', { class: 'goal-measure', text: (r.measure || 'no measure stated') + (r.assistance && !(r.measure || '').includes(r.assistance) ? ' (' + r.assistance + ')' : '') + ' · ' }) : null,
      h('span', { class: 'goal-status ' + STATUS_CLASS(r.status), text: r.status }),
      r.against ? h('span', { class: 'muted', text: ' · ' + r.against }) : null,
      ' ', ...evidenceButtons(r.evidence))));
    if (!g.results.length) list.append(h('li', { class: 'muted', text: 'The client\'s plan has no active goal.' }));
    const box = $('proposed');
    box.replaceChildren(...g.proposed.map((p, k) => {
      const li = h('li', { class: 'proposed', 'data-item': (p.items || [])[0] || '' },
        h('span', { class: 'proposed-text', text: p.text }),
        p.measure ? h('span', { class: 'muted', text: ': ' + p.measure }) : null, ' ', ...evidenceButtons(p.evidence));
      if (!g.approved && (p.items || []).length) {
        const text = h('input', { type: 'text', class: 'accept-text', id: 'accept-text-' + k, maxlength: 300 });
        text.value = p.text;
        const target = h('input', { type: 'text', class: 'accept-target', id: 'accept-target-' + k, maxlength: 200, placeholder: 'e.g. 8/10 trials' });
        const form = h('div', { class: 'accept-form', hidden: true },
          h('label', { for: 'accept-text-' + k }, 'Goal'), text,
          h('label', { for: 'accept-target-' + k }, 'Target'), target,
          h('button', { type: 'button', class: 'accept-save primary', onclick: () => acceptGoal(p, text.value.trim(), target.value.trim()) }, 'Add to the plan of care'));
        li.append(' ', h('button', { type: 'button', class: 'accept', onclick: () => { form.hidden = false; text.focus(); } }, 'Accept into plan'), form);
      }
      return li;
    }));
    $('proposed-box').hidden = !g.proposed.length;
  }

  async function acceptGoal(p, text, target) {
    if (!text) return say('Write the goal first.', 'error');
    if (state.busy) return;
    state.busy = true;
    try {
      state.goals = await api('POST', base + '/goals/accept',
        { base_version: state.note.version, item: p.items[0], text: text, target: target });
      say('Added the goal to the plan of care; the note reports on it.', 'ok');
      state.busy = false;
      await reloadNote();
    } catch (e) {
      say(e.message, 'error');
      if (e.status === 409) await reloadNote();
    } finally {
      state.busy = false;
    }
  }

  // item id -> the status of the goal result it states (the rules' status against the target, live)
  function goalStatuses() {
    const out = new Map();
    const g = state.goals;
    if (g && g.client) g.results.forEach((r) => { if (r.addressed && (r.items || []).length) out.set(r.items[0], r.status); });
    return out;
  }

  // item id -> the goal it reports on ("G3", "proposed", "none", or "" when it is not a goal item)
  function goalLinks() {
    const links = new Map();
    const g = state.goals;
    if (!g || !g.client) return links;
    g.results.forEach((r) => (r.items || []).forEach((id) => links.set(id, r.goal_id)));
    g.proposed.forEach((p) => (p.items || []).forEach((id) => links.set(id, 'proposed')));
    return links;
  }

  async function reloadNote() {
    try {
      state.note = await api('GET', base + '/note');
    } catch (e) { /* keep what is shown */ }
    state.editing = null;
    renderNote();
    loadVersions();
    loadGoals();
  }

  function renderHead() {
    const r = state.rec;
    const title = r.title || 'Untitled recording';
    $('rec-title').textContent = title;
    document.title = title + ' · therapy-scribe';
    const meta = ['Recorded ' + fmtDate(r.created)];
    if (r.duration != null) meta.push(fmtClock(r.duration) + ' long');
    if (r.owner) meta.push('by ' + r.owner);
    $('rec-meta').textContent = meta.join(' · ');
    const status = $('rec-status');
    if (r.status === 'ready') showMsg(status, '');
    else if (r.status === 'failed') showMsg(status, 'Status: ' + recStatusText(r), 'error');
    else showMsg(status, 'Status: ' + recStatusText(r) + '. This page updates by itself when the note is ready.');
    $('player').hidden = r.status !== 'ready';
  }

  function setupPlayer() {
    if (state.rec.audio === 'deleted') {
      player.hidden = true;
      showMsg($('audio-msg'), 'The audio was deleted under the retention rule; the transcript and note remain.');
      return;
    }
    if (!player.getAttribute('src')) player.src = base + '/audio';
  }

  player.addEventListener('error', () => {
    if (player.getAttribute('src')) showMsg($('audio-msg'), 'The audio could not be loaded. It may have been deleted under the retention rule.');
  });

  // ---- transcript ---------------------------------------------------------------

  function speakerInfo(id) {
    const list = (state.transcript && state.transcript.speakers) || [];
    return list.find((s) => s.id === id) || null;
  }

  function speakerLabel(id) {
    const s = speakerInfo(id);
    if (!s) return id || 'Unknown speaker';
    return s.name || s.label || (s.role ? cap(s.role) : s.id);
  }

  function renderTranscript() {
    const box = $('transcript');
    box.replaceChildren();
    segById = new Map();
    const t = state.transcript;
    if (!t || !t.segments || !t.segments.length) {
      box.append(h('p', { class: 'muted', text: 'No transcript available.' }));
      return;
    }
    for (const seg of t.segments) {
      segById.set(seg.id, seg);
      const sp = speakerInfo(seg.speaker);
      box.append(h('div', {
        class: 'seg' + (state.highlight.includes(seg.id) ? ' highlight' : '') + (sp && sp.role ? ' role-' + sp.role : ''),
        'data-id': seg.id, 'data-start': seg.start, 'data-end': seg.end,
      },
      h('button', { type: 'button', class: 'seg-time', 'aria-label': 'Play from ' + fmtClock(seg.start), onclick: () => play(seg.start) },
        fmtClock(seg.start)),
      h('span', { class: 'speaker', text: speakerLabel(seg.speaker) }, ...speakerMarks(seg)),
      h('p', { class: 'text', text: seg.text })));
    }
  }

  // Below this speaker confidence a segment's speaker is uncertain (pipeline.schema.LOW_SPEAKER_CONFIDENCE).
  const LOW_SPEAKER_CONFIDENCE = 0.5;

  function speakerMarks(seg) {
    const marks = [];
    if (typeof seg.speaker_confidence === 'number' && seg.speaker_confidence < LOW_SPEAKER_CONFIDENCE) {
      const why = 'Speaker uncertain (confidence ' + Math.round(seg.speaker_confidence * 100) + '%): listen to check who spoke';
      marks.push(h('span', { class: 'speaker-doubt', title: why, 'aria-label': why, text: '?' }));
    }
    if (seg.overlap && seg.overlap.length) {
      const who = 'Overlapping speech: ' + seg.overlap.map(speakerLabel).join(', ') + ' also spoke';
      marks.push(h('span', { class: 'speaker-overlap', title: who, 'aria-label': who, text: 'overlap' }));
    }
    return marks;
  }

  function play(start) {
    if (player.hidden || !player.getAttribute('src')) return;
    try {
      player.currentTime = start;
    } catch (e) { /* not seekable yet */ }
    const p = player.play();
    if (p && p.catch) p.catch(() => {});
  }

  // Evidence button: play from its segment, highlight every segment the item cites.
  function showEvidence(item, segId) {
    const seg = segById.get(segId);
    if (seg) play(seg.start);
    state.highlight = (item.evidence || []).slice();
    document.querySelectorAll('#transcript .seg.highlight').forEach((el) => el.classList.remove('highlight'));
    let target = null;
    for (const id of state.highlight) {
      const el = document.querySelector('#transcript .seg[data-id="' + CSS.escape(id) + '"]');
      if (!el) continue;
      el.classList.add('highlight');
      if (!target || id === segId) target = el;
    }
    if (target) target.scrollIntoView({ block: 'center', behavior: smooth() });
  }

  // Mark the segment now playing.
  player.addEventListener('timeupdate', () => {
    const t = player.currentTime;
    document.querySelectorAll('#transcript .seg').forEach((el) => {
      const on = t >= Number(el.dataset.start) && t < Number(el.dataset.end);
      if (el.classList.contains('playing') !== on) el.classList.toggle('playing', on);
    });
  });

  // ---- speakers -----------------------------------------------------------------

  function renderSpeakers() {
    const list = $('speaker-list');
    list.replaceChildren();
    const speakers = (state.transcript && state.transcript.speakers) || [];
    $('save-speakers').hidden = !speakers.length;
    if (!speakers.length) {
      list.append(h('p', { class: 'muted', text: 'No speakers were identified.' }));
      return;
    }
    speakers.forEach((s, i) => {
      const roles = ROLES.includes(s.role) || !s.role ? ROLES : ROLES.concat([s.role]);
      list.append(h('div', { class: 'speaker-row' },
        h('span', { class: 'speaker-id', text: s.label ? s.label + ' (' + s.id + ')' : s.id }),
        h('label', { for: 'spk-name-' + i }, 'Name'),
        h('input', { type: 'text', id: 'spk-name-' + i, class: 'speaker-name', 'data-speaker': s.id, value: s.name || '', placeholder: s.label || 'Name', autocomplete: 'off' }),
        h('label', { for: 'spk-role-' + i }, 'Role'),
        h('select', { id: 'spk-role-' + i, class: 'speaker-role', 'data-speaker': s.id },
          roles.map((r) => h('option', { value: r, selected: r === s.role }, cap(r))))));
    });
  }

  $('save-speakers').addEventListener('click', async () => {
    const speakers = Array.from(document.querySelectorAll('#speakers input.speaker-name')).map((input) => {
      const id = input.dataset.speaker;
      const role = document.querySelector('#speakers select.speaker-role[data-speaker="' + CSS.escape(id) + '"]');
      return { id: id, name: input.value.trim() || null, role: role ? role.value : 'other' };
    });
    const button = $('save-speakers');
    button.disabled = true;
    try {
      state.transcript = await api('PUT', base + '/speakers', { speakers: speakers });
      renderTranscript();
      renderSpeakers();
      say('Speakers saved.', 'ok');
    } catch (e) {
      say(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  });

  // ---- note -----------------------------------------------------------------------

  function noteStatus(note) {
    if (note.approved) return 'approved (version ' + note.version + ')';
    return (note.kind === 'edit' ? 'edited' : note.kind) + ' (version ' + note.version + ')';
  }

  function renderNote() {
    const box = $('note');
    // the quoted lines a clinician opened stay open when the note is drawn again (a save or a late refresh)
    const opened = new Set(Array.from(box.querySelectorAll('.item details.quotes[open]'))
      .map((d) => d.closest('.item').dataset.id).filter(Boolean));
    box.replaceChildren();
    const note = state.note;
    if (!note) {
      $('note-status').textContent = '';
      box.append(h('p', { class: 'muted', text: 'No note yet.' }));
      $('approve').hidden = true;
      $('approve-why').textContent = '';
      return;
    }
    $('note-title').textContent = note.title || 'Note';
    $('note-status').textContent = noteStatus(note);
    $('note-status').dataset.state = note.approved ? 'approved' : note.kind;
    document.body.classList.toggle('approved', !!note.approved);
    note.sections.forEach((sec) => box.append(renderSection(sec, !!note.approved)));
    box.querySelectorAll('.item[data-id]').forEach((li) => {
      const d = li.querySelector('details.quotes');
      if (d && opened.has(li.dataset.id)) d.open = true;
    });
    renderOmissions(note);
    renderApprove();
  }

  function renderSection(sec, locked) {
    const el = h('section', { class: 'note-section', 'data-key': sec.key }, h('h3', { text: sec.title || cap(sec.key) }));
    if (sec.items.length) {
      el.append(h('ul', { class: 'items' }, sec.items.map((item, i) => renderItem(sec, item, i, locked))));
    } else {
      el.append(h('p', { class: 'muted', text: 'Nothing recorded.' }));
    }
    if (!locked) {
      const e = state.editing;
      if (e && e.key === sec.key && e.index === -1) {
        el.append(editor('New item for ' + (sec.title || sec.key), '', (text) => addItem(sec.key, text)));
      } else {
        el.append(h('button', { type: 'button', class: 'add', onclick: () => startEdit(sec.key, -1) }, 'Add item'));
      }
    }
    return el;
  }

  function renderItem(sec, item, index, locked) {
    const unsupported = isUnsupported(item);
    const e = state.editing;
    const editing = !locked && e && e.key === sec.key && e.index === index;
    const li = h('li', { class: 'item' + (unsupported ? ' unsupported' : ''), 'data-id': item.id || '' });

    const badges = h('div', { class: 'badges' });
    if (unsupported) badges.append(h('span', { class: 'badge warn', text: 'Needs review' }));
    if (item.edited) badges.append(h('span', { class: 'badge', text: 'Edited by clinician' }));
    if (item.confirmed) badges.append(h('span', { class: 'badge', text: 'Confirmed' }));
    if (badges.childNodes.length) li.append(badges);

    if (editing) li.append(editor('Edit item text', item.text, (text) => saveItem(sec.key, index, text)));
    else li.append(h('p', { class: 'item-text', text: item.text }));

    // The template's extra fields (goal, status, …), then any others the item has.
    const names = (sec.fields || []).slice();
    Object.keys(item.fields || {}).forEach((k) => { if (!names.includes(k)) names.push(k); });
    const fields = h('dl', { class: 'fields' });
    const plan = state.goals && state.goals.client && sec.key === state.goals.section ? state.goals : null;
    if (plan) {  // which plan goal the item reports on: the clinician may change it
      const link = (item.fields && item.fields.plan_goal === 'none') ? 'none' : (goalLinks().get(item.id) || 'none');
      const choices = plan.plan.map((g) => [g.id, g.id + ': ' + g.text]).concat([['proposed', 'A proposed goal'], ['none', 'Not a goal result']]);
      const sel = h('select', { class: 'item-goal', 'aria-label': 'The goal this item reports on', disabled: locked || null },
        choices.map(([v, t]) => h('option', { value: v, selected: v === link }, t)));
      sel.addEventListener('change', () => setItemGoal(sec.key, index, sel.value));
      fields.append(h('div', { class: 'field', 'data-field': 'goal' }, h('dt', { text: 'Plan goal' }), h('dd', {}, sel)));
    }
    const liveStatus = plan ? goalStatuses().get(item.id) : null;
    names.forEach((k) => {
      if (plan && k === 'plan_goal') return;
      const v = k === 'status' && liveStatus ? liveStatus : item.fields && item.fields[k];
      if (v == null || v === '') return;
      fields.append(h('div', { class: 'field', 'data-field': k }, h('dt', { text: cap(k) }), h('dd', { text: String(v) })));
    });
    if (fields.childNodes.length) li.append(fields);

    const evidence = h('div', { class: 'evidence' }, h('span', { class: 'evidence-label', text: 'Evidence:' }));
    const cited = item.evidence || [];
    if (!cited.length) evidence.append(h('span', { class: 'muted', text: 'none cited' }));
    cited.forEach((segId) => {
      const seg = segById.get(segId);
      if (!seg) {
        evidence.append(h('span', { class: 'muted', text: segId + ' (not in transcript)' }));
        return;
      }
      evidence.append(h('button', {
        type: 'button', class: 'ts', 'data-start': seg.start, 'data-seg': segId,
        'aria-label': 'Play evidence at ' + fmtClock(seg.start), title: seg.text,
        onclick: () => showEvidence(item, segId),
      }, fmtClock(seg.start)));
    });
    li.append(evidence);
    li.append(quotes(cited));

    if (unsupported) {
      const reasons = (item.support.reasons || []).filter(Boolean);
      li.append(h('div', { class: 'support-warning' },
        h('p', { text: 'This may not be supported by the transcript' + (reasons.length ? ':' : '.') }),
        reasons.length ? h('ul', { class: 'reasons' }, reasons.map((r) => h('li', { text: r }))) : null));
    }

    if (!locked && !editing) {
      li.append(h('div', { class: 'item-actions' },
        unsupported ? h('button', { type: 'button', class: 'confirm', onclick: () => confirmItem(sec.key, index) }, 'Confirm as correct') : null,
        h('button', { type: 'button', class: 'edit', onclick: () => startEdit(sec.key, index) }, 'Edit'),
        h('button', { type: 'button', class: 'delete', onclick: () => deleteItem(sec.key, index) }, 'Delete')));
    }
    return li;
  }

  // The cited lines themselves, quoted (shown on click; each evidence time also shows its line on hover).
  function quotes(cited) {
    const lines = cited.map((id) => segById.get(id)).filter(Boolean);
    if (!lines.length) return h('span', { hidden: true });
    return h('details', { class: 'quotes' },
      h('summary', { text: lines.length === 1 ? 'Quoted line' : 'Quoted lines (' + lines.length + ')' }),
      lines.map((seg) => h('blockquote', { class: 'quote', 'data-seg': seg.id },
        h('span', { class: 'quote-who', text: speakerLabel(seg.speaker) + ' [' + fmtClock(seg.start) + ']: ' }),
        h('span', { class: 'quote-text', text: seg.text }))));
  }

  const KIND_LABEL = {
    measure: 'measure', assistance: 'level of assistance', caregiver_report: 'caregiver report',
    home_program: 'home program', plan: 'plan',
  };

  // a report is named by who made it (a SOAP note's patient, an OT session's caregiver)
  function kindLabel(kind, o) {
    if (kind === 'caregiver_report') {
      const seg = segById.get((o.evidence || [])[0]);
      const sp = seg ? speakerInfo(seg.speaker) : null;
      return (sp && sp.role && sp.role !== 'other' ? sp.role : 'speaker') + ' report';
    }
    return KIND_LABEL[kind] || kind;
  }

  // "Not in the note": moments that look clinically relevant and that no item states.
  function renderOmissions(note) {
    const box = $('omissions');
    box.replaceChildren();
    const list = (note && note.omissions) || [];
    $('omissions-panel').hidden = !note;
    $('omissions-count').textContent = list.length ? '(' + list.length + ')' : '';
    if (!list.length) {
      box.append(h('p', { class: 'muted', text: 'Nothing left out: every count, level of help, caregiver report, home program and plan the rules found is cited by an item.' }));
      return;
    }
    const locked = !!note.approved;
    box.append(h('ul', { class: 'omissions' }, list.map((o) => {
      const seg = segById.get(o.evidence[0]);
      const kinds = (o.kinds || []).map((k) => kindLabel(k, o)).join(', ');
      return h('li', { class: 'omission', 'data-id': o.id },
        seg ? h('button', {
          type: 'button', class: 'ts', 'data-start': seg.start, 'data-seg': seg.id, title: seg.text,
          'aria-label': 'Play the moment at ' + fmtClock(seg.start), onclick: () => showEvidence(o, seg.id),
        }, fmtClock(seg.start)) : null,
        h('span', { class: 'omission-kind', text: kinds }),
        h('span', { class: 'omission-what', text: o.what }),
        seg ? h('blockquote', { class: 'quote', text: speakerLabel(seg.speaker) + ': ' + seg.text }) : null,
        locked ? null : h('button', { type: 'button', class: 'add-omission', onclick: () => addOmission(o) }, 'Add to note'));
    })));
  }

  function omissionText(o) {
    const label = (o.kinds || []).length ? kindLabel(o.kinds[0], o) : 'note';
    const what = String(o.what || '').replace(/\s+/g, ' ').trim();
    return cap(label) + ': ' + what + (/[.!?]$/.test(what) ? '' : '.');
  }

  function addOmission(o) {
    const keys = state.note.sections.map((s) => s.key);
    const key = keys.includes(o.section) ? o.section : keys[0];
    putNote((sections) => {
      find(sections, key).items.push({ id: null, text: omissionText(o), evidence: (o.evidence || []).slice(), fields: {}, confirmed: false });
    }, 'Added to the note from "Not in the note"; edit its wording if needed.', 'section[data-key="' + CSS.escape(key) + '"] .item:last-of-type button.edit');
  }

  function editor(label, initial, onSave) {
    const area = h('textarea', { class: 'item-edit', rows: 3, 'aria-label': label });
    area.value = initial;
    const save = () => onSave(area.value.trim());
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') cancelEdit();
      else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); }
    });
    return h('div', { class: 'editor' }, area,
      h('div', { class: 'editor-actions' },
        h('button', { type: 'button', class: 'save primary', onclick: save }, 'Save'),
        h('button', { type: 'button', class: 'cancel', onclick: cancelEdit }, 'Cancel'),
        h('span', { class: 'muted hint', text: 'Ctrl+Enter saves, Esc cancels' })));
  }

  function focusLater(selector) {
    const el = document.querySelector(selector);
    if (el) el.focus();
  }

  function itemSelector(key, index, inner) {
    return 'section[data-key="' + CSS.escape(key) + '"] .item:nth-of-type(' + (index + 1) + ') ' + inner;
  }

  function startEdit(key, index) {
    state.editing = { key: key, index: index };
    renderNote();
    focusLater('textarea.item-edit');
  }

  function cancelEdit() {
    const e = state.editing;
    state.editing = null;
    renderNote();
    if (e) focusLater(e.index < 0 ? 'section[data-key="' + CSS.escape(e.key) + '"] button.add' : itemSelector(e.key, e.index, 'button.edit'));
  }

  // The note's sections in the PUT shape; evidence and fields kept as they are.
  function sectionsPayload() {
    return state.note.sections.map((s) => ({
      key: s.key,
      items: s.items.map((it) => ({
        id: it.id == null ? null : it.id,
        text: it.text,
        evidence: (it.evidence || []).slice(),
        fields: Object.assign({}, it.fields || {}),
        confirmed: !!it.confirmed,
      })),
    }));
  }

  // Apply change(sections) and PUT the whole note as a new version.
  async function putNote(change, doneMsg, focusSel) {
    if (state.busy || !state.note) return;
    const sections = sectionsPayload();
    change(sections);
    state.busy = true;
    document.body.classList.add('busy');
    try {
      state.note = await api('PUT', base + '/note', { base_version: state.note.version, sections: sections });
      state.editing = null;
      renderNote();
      say(doneMsg + ' Saved as version ' + state.note.version + '.', 'ok');
      if (focusSel) focusLater(focusSel);
      loadVersions();
      loadGoals();
    } catch (e) {
      if (e.status === 409) {
        say(e.message + ' The latest version has been loaded; please make the change again.', 'error');
        await reloadNote();
      } else {
        say(e.message, 'error');
      }
    } finally {
      state.busy = false;
      document.body.classList.remove('busy');
    }
  }

  const find = (sections, key) => sections.find((s) => s.key === key);

  function saveItem(key, index, text) {
    if (!text) return say('The text cannot be empty. Use Delete to remove an item.', 'error');
    if (text === state.note.sections.find((s) => s.key === key).items[index].text) return cancelEdit();
    putNote((sections) => { find(sections, key).items[index].text = text; },
      'Item updated.', itemSelector(key, index, 'button.edit'));
  }

  function addItem(key, text) {
    if (!text) return say('Type the text of the new item first.', 'error');
    putNote((sections) => { find(sections, key).items.push({ id: null, text: text, evidence: [], fields: {}, confirmed: false }); },
      'Item added.', 'section[data-key="' + CSS.escape(key) + '"] button.add');
  }

  function deleteItem(key, index) {
    putNote((sections) => { find(sections, key).items.splice(index, 1); },
      'Item deleted (earlier versions keep it).', 'section[data-key="' + CSS.escape(key) + '"] button.add');
  }

  function setItemGoal(key, index, goal) {
    putNote((sections) => { find(sections, key).items[index].fields.plan_goal = goal; },
      goal === 'none' ? 'The item is no longer counted for a goal.' : 'The item now reports on ' + (goal === 'proposed' ? 'a proposed goal' : goal) + '.');
  }

  function confirmItem(key, index) {
    putNote((sections) => { find(sections, key).items[index].confirmed = true; },
      'Item confirmed.', itemSelector(key, index, 'button.edit'));
  }

  // ---- approval and export ----------------------------------------------------------

  function renderApprove() {
    const note = state.note;
    const button = $('approve');
    const why = $('approve-why');
    const exportsBox = $('exports');
    if (note.approved) {
      button.hidden = true;
      why.textContent = 'Approved and locked. Download it for the record:';
      exportsBox.replaceChildren(
        exportLink('md', 'Markdown'), exportLink('txt', 'Plain text (for the EHR)'), exportLink('json', 'JSON'),
        h('a', { class: 'export-fhir button-link', href: base + '/fhir', download: 'note-' + recId + '.fhir.json' }, 'FHIR R4 (JSON)'));
      exportsBox.hidden = false;
      return;
    }
    exportsBox.hidden = true;
    exportsBox.replaceChildren();
    let open = 0;
    note.sections.forEach((s) => s.items.forEach((it) => { if (isUnsupported(it)) open += 1; }));
    button.hidden = false;
    button.disabled = open > 0;
    why.textContent = open
      ? open + (open === 1 ? ' item needs' : ' items need') + ' review (edit, confirm or delete) before the note can be approved.'
      : 'Approving locks this version; later changes are not possible.';
  }

  function exportLink(format, label) {
    return h('a', {
      class: 'export button-link', 'data-format': format,
      href: base + '/export?format=' + format, download: 'note-' + recId + '.' + format,
    }, label);
  }

  $('approve').addEventListener('click', async () => {
    if (state.busy || !state.note) return;
    const button = $('approve');
    state.busy = true;
    button.disabled = true;
    try {
      state.note = await api('POST', base + '/approve', { version: state.note.version });
      state.editing = null;
      renderNote();
      say('Note approved (version ' + state.note.version + ').', 'ok');
      loadVersions();
      loadDiff();
      loadGoals();
      focusLater('a.export');
    } catch (e) {
      say(e.message, 'error');
      if (e.status === 409) await reloadNote();
      else renderApprove();
    } finally {
      state.busy = false;
    }
  });

  async function loadDiff() {
    try {
      const d = await api('GET', base + '/diff');
      const n = (x) => (Array.isArray(x) ? x.length : 0);
      $('diff-summary').textContent = 'From AI draft (version ' + d.draft_version + ') to approved (version ' +
        d.approved_version + '): ' + n(d.added) + ' added, ' + n(d.removed) + ' removed, ' + n(d.changed) + ' changed.';
      $('diff-text').textContent = d.text_diff || '(no text changes)';
      $('diff').hidden = false;
    } catch (e) {
      $('diff').hidden = true;
    }
  }

  // ---- versions ---------------------------------------------------------------------

  async function loadVersions() {
    let versions = [];
    try {
      versions = await api('GET', base + '/note/versions');
    } catch (e) { /* no note yet */ }
    const list = $('versions');
    list.replaceChildren();
    const current = state.note && state.note.version;
    versions.forEach((v) => {
      list.append(h('li', { 'data-version': v.version, class: v.version === current ? 'current' : null },
        h('span', { class: 'v-num', text: 'Version ' + v.version }), ' · ',
        h('span', { class: 'v-kind', text: KIND[v.kind] || v.kind }), ' · ',
        h('span', { class: 'v-author', text: v.author === 'scribe' ? 'scribe (AI)' : v.author }), ' · ',
        h('time', { class: 'v-time', text: fmtDate(v.created) }),
        v.version === current ? h('span', { class: 'muted', text: ' (shown)' }) : null));
    });
    if (!versions.length) list.append(h('li', { class: 'muted', text: 'No versions yet.' }));
  }

  load();
})();
