const API = '/api/clients';
const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 250;
const ACCEPT_JSON = { Accept: 'application/json' };
const FORM_FIELDS = ['kind', 'name', 'phones', 'emails', 'status', 'source', 'tags'];
const KIND_LABELS = { ORGANIZATION: 'Organisation', PERSON: 'Person' };
const STATUS_LABELS = { LEAD: 'Lead', ACTIVE: 'Active', REGULAR: 'Regular', LOST: 'Lost' };

const byId = (id) => document.getElementById(id);
const els = {
  search: byId('search'),
  statusFilter: byId('status-filter'),
  sort: byId('sort'),
  table: byId('clients-table'),
  clients: byId('clients'),
  loadMore: byId('load-more'),
  loading: byId('loading'),
  form: byId('new-client'),
  submit: byId('create'),
  message: byId('message'),
};

let nextCursor = null;
// Aborting a superseded list request keeps stale results from overwriting newer ones.
let listController = null;
// Lets a successful list reload clear its own earlier error without wiping form feedback.
let messageOrigin = null;

// ---------- Messages ----------

function showMessage(text, kind, origin, details = []) {
  const p = document.createElement('p');
  p.textContent = text;
  const parts = [p];
  if (details.length) {
    const ul = document.createElement('ul');
    for (const detail of details) {
      const li = document.createElement('li');
      li.textContent = detail;
      ul.append(li);
    }
    parts.push(ul);
  }
  els.message.replaceChildren(...parts);
  els.message.dataset.kind = kind;
  messageOrigin = origin;
}

function clearMessage() {
  els.message.replaceChildren();
  delete els.message.dataset.kind;
  messageOrigin = null;
}

async function readProblem(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (e.g. a proxy error page); fall back to the HTTP status below.
  }
  return {
    detail: body?.detail || body?.title || `Request failed (HTTP ${res.status})`,
    errors: Array.isArray(body?.errors) ? body.errors : [],
  };
}

function failureText(action, err) {
  return err instanceof TypeError
    ? `Could not ${action}: the server is unreachable. Check your connection and try again.`
    : `Could not ${action}: unexpected response from the server.`;
}

// ---------- Client list ----------

function setLoading(on) {
  els.loading.hidden = !on;
  els.table.setAttribute('aria-busy', String(on));
  els.loadMore.disabled = on;
}

function cell(text, tag = 'td') {
  const el = document.createElement(tag);
  el.textContent = text ?? '';
  return el;
}

const joined = (list) => (Array.isArray(list) ? list.join(', ') : '');

function clientRow(client) {
  const tr = document.createElement('tr');
  if (client.id != null) tr.dataset.id = client.id;
  const name = cell(client.name, 'th');
  name.scope = 'row';
  tr.append(
    name,
    cell(KIND_LABELS[client.kind] ?? client.kind),
    cell(joined(client.phones)),
    cell(joined(client.emails)),
    cell(STATUS_LABELS[client.status] ?? client.status),
    cell(joined(client.tags)),
  );
  return tr;
}

function emptyRow() {
  const tr = document.createElement('tr');
  tr.className = 'empty';
  const td = cell('No clients match.');
  td.colSpan = 6;
  tr.append(td);
  return tr;
}

function renderClients(items, append) {
  if (append) {
    els.clients.querySelector('tr.empty')?.remove();
  } else {
    els.clients.replaceChildren();
  }
  els.clients.append(...items.map(clientRow));
  if (!els.clients.children.length) els.clients.append(emptyRow());
}

async function loadClients({ append = false } = {}) {
  listController?.abort();
  const controller = new AbortController();
  listController = controller;

  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  const q = els.search.value.trim();
  if (q) params.set('q', q);
  if (els.statusFilter.value) params.set('status', els.statusFilter.value);
  if (els.sort.value) params.set('sort', els.sort.value);
  if (append && nextCursor) params.set('after', nextCursor);

  setLoading(true);
  try {
    const res = await fetch(`${API}?${params}`, { headers: ACCEPT_JSON, signal: controller.signal });
    if (res.status === 401) {
      showSignIn();
      return;
    }
    if (!res.ok) {
      const problem = await readProblem(res);
      showMessage(problem.detail, 'error', 'list',
        problem.errors.map((e) => `${e.field}: ${e.message}`));
      if (!append) {
        // The old cursor belongs to the previous query; paging on from it would mix results.
        nextCursor = null;
        els.loadMore.hidden = true;
      }
      return;
    }
    const page = await res.json();
    renderClients(Array.isArray(page.items) ? page.items : [], append);
    nextCursor = page.next ?? null;
    els.loadMore.hidden = nextCursor === null;
    if (messageOrigin === 'list') clearMessage();
  } catch (err) {
    if (err.name === 'AbortError') return;
    showMessage(failureText('load clients', err), 'error', 'list');
  } finally {
    if (listController === controller) {
      listController = null;
      setLoading(false);
    }
  }
}

let searchTimer;
els.search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => loadClients(), SEARCH_DELAY_MS);
});
for (const select of [els.statusFilter, els.sort]) {
  select.addEventListener('change', () => {
    clearTimeout(searchTimer);
    loadClients();
  });
}
els.loadMore.addEventListener('click', () => loadClients({ append: true }));

// ---------- New client form ----------

const splitList = (text, separator) =>
  text.split(separator).map((s) => s.trim()).filter(Boolean);

function formBody() {
  const body = {
    kind: byId('kind').value,
    name: byId('name').value.trim(),
    phones: splitList(byId('phones').value, /[,\r\n]+/),
    emails: splitList(byId('emails').value, /[,\r\n]+/),
    status: byId('status').value,
    tags: splitList(byId('tags').value, ','),
  };
  const source = byId('source').value.trim();
  if (source) body.source = source;
  return body;
}

function clearFieldError(name) {
  byId(name).removeAttribute('aria-invalid');
  byId(`${name}-error`).textContent = '';
}

const clearFieldErrors = () => FORM_FIELDS.forEach(clearFieldError);

/** Puts each error next to its input; returns the ones that match no input. */
function showFieldErrors(errors, body) {
  const byField = new Map();
  const unmatched = [];
  for (const { field = '', message = 'is invalid' } of errors) {
    // "phones[0]" -> base "phones", index 0
    const [, base, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(field) ?? [];
    if (!FORM_FIELDS.includes(base)) {
      unmatched.push(field ? `${field}: ${message}` : message);
      continue;
    }
    // Name the offending entry, since one input holds the whole list.
    const entry = index === undefined ? undefined : body[base]?.[Number(index)];
    const text = entry === undefined ? message : `“${entry}”: ${message}`;
    byField.set(base, [...(byField.get(base) ?? []), text]);
  }
  for (const [name, messages] of byField) {
    byId(name).setAttribute('aria-invalid', 'true');
    byId(`${name}-error`).textContent = messages.join('; ');
  }
  return { unmatched, first: FORM_FIELDS.find((name) => byField.has(name)) };
}

els.form.addEventListener('input', (event) => {
  if (FORM_FIELDS.includes(event.target.id)) clearFieldError(event.target.id);
});

els.form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearFieldErrors();
  clearMessage();
  const body = formBody();
  els.submit.disabled = true;
  try {
    const res = await fetch(API, {
      method: 'POST',
      headers: { ...ACCEPT_JSON, 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
    });
    if (res.ok) {
      els.form.reset();
      showMessage('Client created', 'success', 'form');
      els.message.scrollIntoView({ block: 'nearest' });
      loadClients();
      return;
    }
    // The form is left untouched here so the user can fix and resubmit.
    const problem = await readProblem(res);
    const { unmatched, first } = showFieldErrors(problem.errors, body);
    showMessage(problem.detail, 'error', 'form', unmatched);
    if (first) byId(first).focus();
  } catch (err) {
    showMessage(failureText('save the client', err), 'error', 'form');
  } finally {
    els.submit.disabled = false;
  }
});

// ---------- Signing in ----------

// Repeated on every unsafe request: the session cookie alone is not enough (CSRF protection).
let csrfToken = null;
const signIn = { form: byId('sign-in'), app: byId('app'), user: byId('user'), signOut: byId('sign-out') };

function showSignIn() {
  csrfToken = null;
  signIn.app.hidden = true;
  signIn.user.hidden = true;
  signIn.form.hidden = false;
  byId('username').focus();
}

function showApp(session) {
  csrfToken = session.csrfToken;
  signIn.form.hidden = true;
  signIn.app.hidden = false;
  signIn.user.hidden = false;
  byId('user-name').textContent = session.user.displayName;
  clearMessage();
  loadClients();
}

signIn.form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const credentials = { username: byId('username').value, password: byId('password').value };
  try {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { ...ACCEPT_JSON, 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (res.ok) {
      signIn.form.reset();
      showApp(await res.json());
      return;
    }
    showMessage((await readProblem(res)).detail, 'error', 'sign-in');
  } catch (err) {
    showMessage(failureText('sign in', err), 'error', 'sign-in');
  }
});

signIn.signOut.addEventListener('click', async () => {
  await fetch('/api/auth/logout', { method: 'POST', headers: ACCEPT_JSON });
  showSignIn();
});

const session = await fetch('/api/auth/session', { headers: ACCEPT_JSON });
if (session.ok) {
  showApp(await session.json());
} else {
  showSignIn();
}
