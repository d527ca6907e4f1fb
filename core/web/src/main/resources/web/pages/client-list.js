import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatPhone } from 'atrium/i18n.js';
import { can, user } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;
// archived clients are left out unless this filter asks for them
const STATUSES = ['LEAD', 'ACTIVE', 'REGULAR', 'LOST', 'ARCHIVED'];
const SORTS = ['name', '-name', '-created', 'created', '-updated'];
const EMPTY_FILTER = { q: '', status: '', source: '', tag: '', owner: '', sort: 'name', custom: {} };

/** Where earlier versions kept saved filters, in this browser per user; moved to the server once, then removed. */
const legacyKey = () => `atrium.clientFilters.${user()?.id}`;

/** The list's filter as /api/saved-filters takes it; `owner: 'me'` becomes the user's id. */
function toSaved(name, shared, filter) {
  const { q, status, source, tag, owner, sort, custom } = { ...EMPTY_FILTER, ...filter };
  return {
    name, shared, text: q || null, sort,
    filter: { status: status || null, source: source || null, tag: tag || null,
      responsibleManagerId: owner === 'me' ? user()?.id : owner || null, customFields: custom ?? {} },
  };
}

/** A saved filter as the list applies it. */
function fromSaved(saved) {
  const f = saved.filter;
  const owner = !f.responsibleManagerId ? '' : f.responsibleManagerId === user()?.id ? 'me' : f.responsibleManagerId;
  return { ...EMPTY_FILTER, q: saved.text ?? '', status: f.status ?? '', source: f.source ?? '', tag: f.tag ?? '',
    owner, sort: saved.sort, custom: { ...f.customFields } };
}

/**
 * Moves the filters an earlier version saved in this browser to the server, once: each one saved
 * (or already there by its name) leaves the browser; one that could not be sent stays for next time.
 */
async function migrateLegacy() {
  const stored = JSON.parse(localStorage.getItem(legacyKey()) ?? 'null');
  if (!stored) return;
  const left = {};
  for (const [name, filter] of Object.entries(stored)) {
    try {
      await api('/saved-filters', { method: 'POST', body: toSaved(name, false, filter) });
    } catch (error) {
      if (error.status !== 422) left[name] = filter;
    }
  }
  if (Object.keys(left).length) localStorage.setItem(legacyKey(), JSON.stringify(left));
  else localStorage.removeItem(legacyKey());
}

/**
 * The client base: search as you type over names, phones in any format, e-mails and tax ids;
 * filters, sort and saved filters; pages of 50 fetched by cursor as the list scrolls (no counts).
 */
class ClientList extends AtriumElement {
  static properties = {
    filter: { state: true },
    clients: { state: true },
    next: { state: true },
    loading: { state: true },
    error: { state: true },
    fields: { state: true },
    saved: { state: true },
    selected: { state: true },
    savedError: { state: true },
    savedNotice: { state: true },
  };

  constructor() {
    super();
    this.filter = { ...EMPTY_FILTER, ...readHashFilter() };
    this.clients = [];
    this.next = null;
    this.fields = [];
    this.saved = [];
    this.selected = '';
    this.controller = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.loadSaved(true);
    this.load();
    // picklists and yes/no fields have few values: they make filters
    api('/custom-fields?recordKind=CLIENT').then((fields) => {
      this.fields = fields.filter((field) => ['PICKLIST', 'BOOLEAN'].includes(field.type));
    }).catch(() => {});
  }

  firstUpdated() {
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && this.next && !this.loading) this.load(true);
    });
    this.observer.observe(this.querySelector('.list-end'));
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.controller?.abort();
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  parameters() {
    const { q, status, source, tag, owner, sort, custom } = this.filter;
    const customParameters = Object.fromEntries(Object.entries(custom).map(([key, value]) => [`cf.${key}`, value]));
    return {
      q, status, source, tag, sort,
      responsibleManagerId: owner === 'me' ? user()?.id : owner,
      ...customParameters,
    };
  }

  async load(more = false) {
    // a newer search supersedes a running one, so results never arrive out of order
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.error = null;
    try {
      const page = await api(`/clients${queryString({ ...this.parameters(), limit: PAGE_SIZE, after: more ? this.next : '' })}`,
        { signal: controller.signal });
      this.clients = more ? [...this.clients, ...page.items] : page.items;
      this.next = page.next;
    } catch (error) {
      if (error.name !== 'AbortError') this.error = errorText(error);
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  change(values, delay = 0) {
    this.filter = { ...this.filter, ...values };
    writeHashFilter(this.filter);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.load(), delay);
  }

  changeCustom(key, value) {
    const custom = { ...this.filter.custom };
    if (value) custom[key] = value;
    else delete custom[key];
    this.change({ custom });
  }

  /** The user's saved filters and the shared ones, from the server (first moving those this browser still holds). */
  async loadSaved(first = false) {
    try {
      if (first) await migrateLegacy();
      this.saved = await api('/saved-filters');
    } catch (error) {
      this.savedError = errorText(error);
    }
  }

  /** Runs a change of the saved filters, then reads them again; a refusal shows beside them. */
  async savedChange(call, notice) {
    this.savedError = null;
    this.savedNotice = null;
    try {
      const answer = await call();
      this.savedNotice = notice(answer);
      await this.loadSaved();
      return answer;
    } catch (error) {
      this.savedError = errorText(error);
      return null;
    }
  }

  async saveFilter(event) {
    event.preventDefault();
    const form = event.target;
    const name = form.filterName.value.trim();
    if (!name) return;
    const created = await this.savedChange(
      () => api('/saved-filters', { method: 'POST', body: toSaved(name, form.shareFilter.checked, this.filter) }),
      (saved) => t('clients.filterSaved', { name: saved.name }));
    if (created) {
      form.reset();
      this.selected = created.id;
    }
  }

  selectedFilter() {
    return this.saved.find((saved) => saved.id === this.selected);
  }

  applySaved(id) {
    this.selected = id;
    const saved = this.selectedFilter();
    if (!saved) return;
    this.filter = fromSaved(saved);
    writeHashFilter(this.filter);
    this.load();
  }

  /** Replaces the selected filter (the user's own) with the list's filter now. */
  updateSaved() {
    const saved = this.selectedFilter();
    return this.savedChange(() => api(`/saved-filters/${encodeURIComponent(saved.id)}`,
      { method: 'PUT', record: saved, body: toSaved(saved.name, saved.shared, this.filter) }),
    (changed) => t('clients.filterUpdated', { name: changed.name }));
  }

  async deleteSaved() {
    const saved = this.selectedFilter();
    const deleted = await this.savedChange(() => api(`/saved-filters/${encodeURIComponent(saved.id)}`,
      { method: 'DELETE', record: saved }).then(() => saved), (gone) => t('clients.filterDeleted', { name: gone.name }));
    if (deleted) this.selected = '';
  }

  render() {
    const f = this.filter;
    return html`
      <section class="page client-list">
        <div class="page-head">
          <h1>${t('clients.title')}</h1>
          ${can('clients', 'WRITE') ? html`<a class="button primary" href="#/clients/new" id="new-client">${t('clients.new')}</a>` : nothing}
        </div>
        <form class="filters" role="search" @submit=${(e) => e.preventDefault()}>
          <div class="field grow">
            <label for="client-search">${t('clients.search')}</label>
            <input id="client-search" type="search" autocomplete="off" .value=${f.q} placeholder=${t('clients.searchHint')}
              @input=${(e) => this.change({ q: e.target.value }, SEARCH_DELAY_MS)}>
          </div>
          <div class="field">
            <label for="filter-status">${t('client.status')}</label>
            <select id="filter-status" @change=${(e) => this.change({ status: e.target.value })}>
              <option value="">${t('common.all')}</option>
              ${STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${t(`status.${s}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="filter-source">${t('client.source')}</label>
            <input id="filter-source" .value=${f.source} @input=${(e) => this.change({ source: e.target.value }, SEARCH_DELAY_MS)}>
          </div>
          <div class="field">
            <label for="filter-tag">${t('client.tags')}</label>
            <input id="filter-tag" .value=${f.tag} @input=${(e) => this.change({ tag: e.target.value }, SEARCH_DELAY_MS)}>
          </div>
          <div class="field">
            <label for="filter-owner">${t('client.owner')}</label>
            <select id="filter-owner" @change=${(e) => this.change({ owner: e.target.value })}>
              <option value="">${t('clients.ownerAnyone')}</option>
              <option value="me" ?selected=${f.owner === 'me'}>${t('clients.ownerMe')}</option>
              ${f.owner && f.owner !== 'me' ? html`<option value=${f.owner} selected>${t('clients.ownerOther')}</option>` : nothing}
            </select>
          </div>
          ${this.fields.map((field) => html`
            <div class="field">
              <label for="filter-cf-${field.key}">${field.label}</label>
              <select id="filter-cf-${field.key}" @change=${(e) => this.changeCustom(field.key, e.target.value)}>
                <option value="">${t('common.all')}</option>
                ${(field.type === 'BOOLEAN' ? ['true', 'false'] : field.options).map((option) => html`
                  <option value=${option} ?selected=${f.custom[field.key] === option}>${field.type === 'BOOLEAN' ? t(`common.${option}`) : option}</option>`)}
              </select>
            </div>`)}
          <div class="field">
            <label for="sort">${t('clients.sort')}</label>
            <select id="sort" @change=${(e) => this.change({ sort: e.target.value })}>
              ${SORTS.map((s) => html`<option value=${s} ?selected=${f.sort === s}>${t(`sort.${s}`)}</option>`)}
            </select>
          </div>
        </form>
        ${this.renderSaved()}
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        <div class="table-wrap">
          <table class="data" aria-busy=${String(Boolean(this.loading))}>
            <caption class="visually-hidden">${t('clients.title')}</caption>
            <thead><tr>
              <th scope="col">${t('client.name')}</th><th scope="col">${t('client.kind')}</th>
              <th scope="col">${t('client.phones')}</th><th scope="col">${t('client.emails')}</th>
              <th scope="col">${t('client.status')}</th><th scope="col">${t('client.tags')}</th>
            </tr></thead>
            <tbody id="clients">
              ${this.clients.map((client) => html`
                <tr data-id=${client.id}>
                  <th scope="row"><a href="#/clients/${client.id}" class="client-link">${client.name}</a></th>
                  <td>${t(`kind.${client.kind}`)}</td>
                  <td>${client.phones.map(formatPhone).join(', ')}</td>
                  <td>${client.emails.join(', ')}</td>
                  <td><span class="badge status-${client.status}">${t(`status.${client.status}`)}</span></td>
                  <td>${client.tags.join(', ')}</td>
                </tr>`)}
              ${!this.loading && !this.clients.length ? html`<tr class="empty"><td colspan="6">${t('clients.none')}</td></tr>` : nothing}
            </tbody>
          </table>
        </div>
        <div class="list-end">
          ${this.loading ? html`<p role="status">${t('common.loading')}</p>` : nothing}
          ${this.next && !this.loading ? html`<button type="button" @click=${() => this.load(true)}>${t('common.loadMore')}</button>` : nothing}
        </div>
      </section>`;
  }

  renderSaved() {
    const selected = this.selectedFilter();
    return html`
      <div class="saved-filters">
        ${this.saved.length ? html`
          <label for="saved-filter">${t('clients.savedFilters')}</label>
          <select id="saved-filter" @change=${(e) => this.applySaved(e.target.value)}>
            <option value="" ?selected=${!selected}>—</option>
            ${this.saved.map((saved) => html`<option value=${saved.id} ?selected=${saved.id === this.selected}
              data-mine=${String(saved.mine)}>${saved.name}${saved.mine ? (saved.shared ? ` (${t('clients.filterShared')})` : '')
              : ` (${t('clients.filterOfOthers')})`}</option>`)}
          </select>
          ${selected?.mine ? html`
            <button type="button" id="update-filter" @click=${() => this.updateSaved()}>${t('clients.updateFilter')}</button>
            <button type="button" class="link" id="delete-filter" @click=${() => this.deleteSaved()}>${t('common.delete')}</button>` : nothing}`
          : nothing}
        <form class="inline" @submit=${this.saveFilter}>
          <label for="filter-name" class="visually-hidden">${t('clients.filterName')}</label>
          <input id="filter-name" name="filterName" maxlength="100" placeholder=${t('clients.filterName')}>
          <label class="check"><input type="checkbox" id="share-filter" name="shareFilter"> ${t('clients.shareFilter')}</label>
          <button type="submit">${t('clients.saveFilter')}</button>
        </form>
        ${this.savedNotice ? html`<p class="notice" role="status" id="saved-filter-notice">${this.savedNotice}</p>` : nothing}
        ${this.savedError ? html`<p class="alert" role="alert" id="saved-filter-error">${this.savedError}</p>` : nothing}
      </div>`;
  }
}

/** The filter as the hash carries it (#/clients?q=…&status=…), so a reload or a link keeps it. */
function readHashFilter() {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const filter = {};
  const custom = {};
  for (const [key, value] of query) {
    if (key.startsWith('cf.')) custom[key.slice(3)] = value;
    else if (key in EMPTY_FILTER) filter[key] = value;
  }
  return { ...filter, custom };
}

function writeHashFilter(filter) {
  const { custom, ...plain } = filter;
  const entries = [...Object.entries(plain), ...Object.entries(custom).map(([k, v]) => [`cf.${k}`, v])]
    .filter(([key, value]) => value && !(key === 'sort' && value === 'name'));
  const query = new URLSearchParams(entries).toString();
  history.replaceState(null, '', `#/clients${query ? `?${query}` : ''}`);
}

customElements.define('client-list', ClientList);
