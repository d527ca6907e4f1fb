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

/** Saved filters live in this browser, per user: a name and the filter's values. */
const savedKey = () => `atrium.clientFilters.${user()?.id}`;
const readSaved = () => JSON.parse(localStorage.getItem(savedKey()) ?? '{}');
const writeSaved = (saved) => localStorage.setItem(savedKey(), JSON.stringify(saved));

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
  };

  constructor() {
    super();
    this.filter = { ...EMPTY_FILTER, ...readHashFilter() };
    this.clients = [];
    this.next = null;
    this.fields = [];
    this.saved = {};
    this.controller = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.saved = readSaved();
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
      responsibleManagerId: owner === 'me' ? user()?.id : '',
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

  saveFilter(event) {
    event.preventDefault();
    const name = event.target.filterName.value.trim();
    if (!name) return;
    this.saved = { ...this.saved, [name]: this.filter };
    writeSaved(this.saved);
    event.target.reset();
  }

  applySaved(name) {
    if (!name) return;
    this.filter = { ...EMPTY_FILTER, ...this.saved[name] };
    writeHashFilter(this.filter);
    this.load();
  }

  deleteSaved(name) {
    const { [name]: _removed, ...rest } = this.saved;
    this.saved = rest;
    writeSaved(rest);
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
    const names = Object.keys(this.saved);
    return html`
      <div class="saved-filters">
        ${names.length ? html`
          <label for="saved-filter">${t('clients.savedFilters')}</label>
          <select id="saved-filter" @change=${(e) => this.applySaved(e.target.value)}>
            <option value="">—</option>
            ${names.map((name) => html`<option value=${name}>${name}</option>`)}
          </select>
          <button type="button" class="link" @click=${() => this.deleteSaved(this.querySelector('#saved-filter').value)}>${t('common.delete')}</button>`
          : nothing}
        <form class="inline" @submit=${this.saveFilter}>
          <label for="filter-name" class="visually-hidden">${t('clients.filterName')}</label>
          <input id="filter-name" name="filterName" placeholder=${t('clients.filterName')}>
          <button type="submit">${t('clients.saveFilter')}</button>
        </form>
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
