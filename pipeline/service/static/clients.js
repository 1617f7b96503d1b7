// Clients page: the clients the user may see, and a form to add one.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  let isAdmin = false;

  api('GET', '/api/me').then((me) => {
    $('who').textContent = me.name;
    isAdmin = me.role === 'admin';
    document.querySelector('.therapist-col').hidden = !isAdmin;
  }).catch(() => {}).finally(load);

  async function load() {
    let clients;
    try {
      clients = await api('GET', '/api/clients');
    } catch (e) {
      if (e.status !== 401) showMsg($('clients-msg'), e.message, 'error');
      return;
    }
    const tbody = document.querySelector('#clients tbody');
    tbody.replaceChildren(...clients.map((c) => h('tr', { 'data-id': c.id },
      h('th', { scope: 'row' }, h('a', { class: 'client-link', href: '/clients/' + encodeURIComponent(c.id) }, c.id)),
      h('td', { class: 'name', text: c.name || '—' }),
      h('td', { text: String(c.goals_active) }),
      h('td', { text: String(c.sessions) }),
      h('td', { text: c.last_session || '—' }),
      h('td', { class: 'therapist-col', hidden: !isAdmin, text: (c.therapists || []).join(', ') || '—' }))));
    $('clients-empty').hidden = clients.length > 0;
  }

  $('client-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = $('client-id').value.trim();
    const msg = $('client-msg');
    if (!id) {
      showMsg(msg, 'Give the client id (the chart number).', 'error');
      $('client-id').focus();
      return;
    }
    $('client-add').disabled = true;
    try {
      const c = await api('POST', '/api/clients', { id: id, name: $('client-name').value.trim() });
      showMsg(msg, 'Added client ' + c.id + '. Open it to add the goals of the plan of care.', 'ok');
      $('client-form').reset();
      await load();
      const link = document.querySelector('#clients tr[data-id="' + CSS.escape(c.id) + '"] a.client-link');
      if (link) link.focus();
    } catch (e) {
      showMsg(msg, e.message, 'error');
    } finally {
      $('client-add').disabled = false;
    }
  });
})();
