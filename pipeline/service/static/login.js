// Sign-in page: POST /api/session {token}, then go to `next` (a same-site path) or "/".
'use strict';

(function () {
  const form = document.getElementById('login-form');
  const input = document.getElementById('token');
  const button = document.getElementById('signin');
  const error = document.getElementById('login-error');

  // Only a path on this site: "/x", never "//host" or "/\host" (browsers treat those as other hosts).
  function nextPath() {
    const next = new URLSearchParams(location.search).get('next');
    if (!next || next[0] !== '/' || next[1] === '/' || next[1] === '\\') return '/';
    try {
      const url = new URL(next, location.origin);
      if (url.origin !== location.origin || url.pathname === '/login') return '/';
      return url.pathname + url.search + url.hash;
    } catch (e) {
      return '/';
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      showMsg(error, 'Enter your access token.', 'error');
      input.focus();
      return;
    }
    showMsg(error, '');
    button.disabled = true;
    button.textContent = 'Signing in…';
    try {
      await api('POST', '/api/session', { token: token }, { noRedirect: true });
      location.assign(nextPath());
    } catch (e) {
      showMsg(error, e.status === 401 ? 'That token was not accepted. Check it and try again.' : e.message, 'error');
      button.disabled = false;
      button.textContent = 'Sign in';
      input.select();
      input.focus();
    }
  });

  input.focus();
})();
