// Client page: the plan of care (goals editable), progress per goal (SVG chart and results), recordings.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const cid = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
  const base = '/api/clients/' + encodeURIComponent(cid);
  const STATUSES = ['active', 'met', 'discontinued'];
  const say = (text, kind) => showMsg($('page-msg'), text, kind);

  api('GET', '/api/me').then((me) => { $('who').textContent = me.name; }).catch(() => {});
  $('new-session').href = '/?client=' + encodeURIComponent(cid);
  $('report-link').href = base + '/report';
  $('report-link').setAttribute('download', 'progress-' + cid + '.md');

  async function load() {
    let c;
    try {
      c = await api('GET', base);
    } catch (e) {
      if (e.status !== 401) say(e.status === 404 ? 'No such client.' : e.message, 'error');
      return;
    }
    $('client-title').textContent = 'Client ' + c.id + (c.name ? ' · ' + c.name : '');
    document.title = 'Client ' + c.id + ' · therapy-scribe';
    $('client-meta').textContent = (c.therapists.length ? 'Therapists: ' + c.therapists.join(', ') + ' · ' : '') +
      c.sessions.length + ' approved session' + (c.sessions.length === 1 ? '' : 's');
    renderGoals(c.goals);
    renderRecordings(c.recordings);
    loadProgress();
  }

  function renderGoals(goals) {
    const tbody = document.querySelector('#goals tbody');
    $('goals-empty').hidden = goals.length > 0;
    tbody.replaceChildren(...goals.map((g) => {
      const text = h('input', { type: 'text', class: 'goal-text', 'aria-label': 'Text of goal ' + g.id, maxlength: 300 });
      text.value = g.text;
      const target = h('input', { type: 'text', class: 'goal-target', 'aria-label': 'Target of goal ' + g.id, maxlength: 200 });
      target.value = g.target;
      const status = h('select', { class: 'goal-status', 'aria-label': 'Status of goal ' + g.id },
        STATUSES.map((s) => h('option', { value: s, selected: s === g.status }, s)));
      const save = h('button', { type: 'button', class: 'save-goal', onclick: () => saveGoal(g.id, text, target, status, save) }, 'Save');
      return h('tr', { 'data-goal': g.id, class: 'goal-' + g.status },
        h('th', { scope: 'row', text: g.id }), h('td', {}, text), h('td', {}, target),
        h('td', { text: g.start || '—' }), h('td', {}, status), h('td', {}, save));
    }));
  }

  async function saveGoal(gid, text, target, status, button) {
    button.disabled = true;
    try {
      await api('PUT', base + '/goals/' + encodeURIComponent(gid),
        { text: text.value.trim(), target: target.value.trim(), status: status.value });
      say('Goal ' + gid + ' saved.', 'ok');
      load();
    } catch (e) {
      say(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  $('goal-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('goal-text').value.trim();
    if (!text) {
      say('Write the goal first.', 'error');
      $('goal-text').focus();
      return;
    }
    $('goal-add').disabled = true;
    try {
      const g = await api('POST', base + '/goals', { text: text, target: $('goal-target').value.trim() });
      say('Added goal ' + g.id + '.', 'ok');
      $('goal-form').reset();
      load();
    } catch (e) {
      say(e.message, 'error');
    } finally {
      $('goal-add').disabled = false;
    }
  });

  function evidenceLink(r) {
    const first = (r.evidence || []).find((c) => c.start != null);
    if (!first) return h('span', { class: 'muted', text: '—' });
    const label = fmtClock(first.start);
    if (!r.recording) return h('span', { text: label });
    return h('a', { class: 'evidence-link', href: '/recordings/' + encodeURIComponent(r.recording) + '#t=' + first.start.toFixed(2) + '&seg=' + encodeURIComponent(first.seg) }, label);
  }

  async function loadProgress() {
    let p;
    try {
      p = await api('GET', base + '/progress');
    } catch (e) {
      say(e.message, 'error');
      return;
    }
    const box = $('progress');
    box.replaceChildren();
    p.goals.forEach((gp) => {
      const g = gp.goal;
      const sec = h('section', { class: 'goal-progress', 'data-goal': g.id },
        h('h3', { text: g.id + ': ' + g.text + (g.target ? ' (target: ' + g.target + ')' : '') + (g.status !== 'active' ? ' · ' + g.status : '') }));
      if (gp.results.some((r) => r.value != null)) {
        sec.append(h('img', { class: 'chart', src: base + '/goals/' + encodeURIComponent(g.id) + '/chart.svg?n=' + gp.results.length,
          alt: 'Chart of ' + g.id + ': ' + (gp.trend || 'no measure yet'), width: 420, height: 180 }));
      }
      if (!gp.results.length) {
        sec.append(h('p', { class: 'muted', text: 'No approved session has reported on this goal yet.' }));
      } else {
        sec.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data results' },
          h('thead', {}, h('tr', {}, ['Date', 'Measure', 'Assistance', 'Status', 'Compared with', 'Evidence'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', {}, gp.results.map((r) => h('tr', { 'data-date': r.date },
            h('td', { text: r.date || '—' }), h('td', { class: 'measure', text: r.measure || '—' }),
            h('td', { text: r.assistance || '—' }), h('td', { class: 'status', text: r.status }),
            h('td', { text: r.against || '—' }), h('td', {}, r.addressed ? evidenceLink(r) : h('span', { class: 'muted', text: '—' }))))))));
      }
      box.append(sec);
    });
    if (!p.goals.length) box.append(h('p', { class: 'muted', text: 'No goals yet.' }));
  }

  function renderRecordings(recs) {
    const list = $('client-recordings');
    list.replaceChildren(...recs.map((r) => h('li', { 'data-id': r.id },
      h('a', { href: '/recordings/' + encodeURIComponent(r.id) }, r.title || r.id), ' · ',
      h('span', { class: 'muted', text: fmtDate(r.created) + ' · ' + r.status + (r.approved ? ' · approved' : '') }))));
    if (!recs.length) list.append(h('li', { class: 'muted', text: 'No recordings of yours for this client yet.' }));
  }

  load();
})();
