import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, pick, formatPhone, formatDate } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { clientTabs, onContributionsChange } from 'atrium/contributions.js';
import { errorText } from 'atrium/forms.js';
import { countries, countryName } from 'atrium/countries.js';
import { clientDraft } from './records.js';
import './client-timeline.js';
import './client-tasks.js';
import './client-opportunities.js';
import './activity-form.js';
import './task-form.js';

const STATUSES = ['LEAD', 'ACTIVE', 'REGULAR', 'LOST'];
const CORE_TABS = [
  { id: 'timeline', label: 'card.tab.timeline', element: 'client-timeline', section: 'clients' },
  { id: 'tasks', label: 'card.tab.tasks', element: 'client-tasks', section: 'tasks' },
  { id: 'opportunities', label: 'card.tab.opportunities', element: 'client-opportunities', section: 'opportunities' },
];

/**
 * A client's card: details on the left; on the right the timeline, tasks, deals and the tabs of
 * installed modules, which come and go with the modules while the card stays open.
 */
class ClientCard extends AtriumElement {
  static properties = {
    clientId: {},
    client: { state: true },
    selected: { state: true },
    action: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.selected = 'timeline';
    this.tabElements = new Map();
  }

  connectedCallback() {
    super.connectedCallback();
    this.stopWatching = onContributionsChange(() => this.requestUpdate());
    this.load();
    // addresses show their country's name once the list is there
    countries().then(() => this.requestUpdate(), () => {});
  }

  disconnectedCallback() {
    this.stopWatching?.();
    super.disconnectedCallback();
  }

  async load() {
    try {
      this.client = await api(`/clients/${encodeURIComponent(this.clientId)}`);
    } catch (error) {
      this.error = error.status === 404 ? t('card.notFound') : errorText(error);
    }
  }

  tabs() {
    const core = CORE_TABS.filter((tab) => can(tab.section)).map((tab) => ({ ...tab, text: t(tab.label), module: null }));
    const modules = clientTabs().filter((tab) => can(tab.moduleId))
      .map((tab) => ({ id: `${tab.moduleId}-${tab.id}`, element: tab.element, text: pick(tab.label), module: tab.moduleId }));
    return [...core, ...modules];
  }

  /** Each tab's element is made once, so switching tabs keeps what it loaded. */
  tabElement(tab) {
    let element = this.tabElements.get(tab.id);
    if (!element || element.localName !== tab.element) {
      element = document.createElement(tab.element);
      element.setAttribute('client-id', this.clientId);
      element.clientId = this.clientId;
      this.tabElements.set(tab.id, element);
    }
    return element;
  }

  async changeStatus(status) {
    try {
      this.client = await api(`/clients/${encodeURIComponent(this.client.id)}`,
        { method: 'PUT', body: { ...clientDraft(this.client), status }, record: this.client });
      this.tabElements.get('timeline')?.load?.();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /** Archives or restores the client (`archive` | `restore`); both are status changes the timeline shows. */
  async changeArchive(action) {
    this.error = null;
    try {
      this.client = await api(`/clients/${encodeURIComponent(this.client.id)}/${action}`, { method: 'POST', record: this.client });
      this.tabElements.get('timeline')?.load?.();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  done(tabId) {
    this.action = null;
    this.selected = tabId;
    this.tabElements.get(tabId)?.load?.();
  }

  keyOnTabs(event, tabs) {
    const index = tabs.findIndex((tab) => tab.id === this.selected);
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.selected = tabs[(index + moves[event.key] + tabs.length) % tabs.length].id;
    this.updateComplete.then(() => this.querySelector(`[role=tab][data-tab="${this.selected}"]`)?.focus());
  }

  render() {
    if (this.error && !this.client) return html`<section class="page"><div class="alert" role="alert">${this.error}</div></section>`;
    if (!this.client) return html`<p role="status">${t('common.loading')}</p>`;
    const c = this.client;
    const archived = c.status === 'ARCHIVED';
    const tabs = this.tabs();
    const current = tabs.find((tab) => tab.id === this.selected) ?? tabs[0];
    return html`
      <section class="page client-card">
        <div class="page-head">
          <div>
            <p class="breadcrumb"><a href="#/clients">${t('clients.title')}</a></p>
            <h1 id="client-name">${c.name}</h1>
            <p class="muted">${t(`kind.${c.kind}`)}</p>
            ${archived ? html`<p class="muted" id="archived-notice">${t('card.archivedNotice')}</p>` : nothing}
          </div>
          <div class="quick-actions">
            ${archived ? html`<span class="badge status-ARCHIVED">${t('status.ARCHIVED')}</span>` : html`
            <label for="card-status">${t('client.status')}</label>
            <select id="card-status" ?disabled=${!can('clients', 'WRITE')} @change=${(e) => this.changeStatus(e.target.value)}>
              ${STATUSES.map((s) => html`<option value=${s} ?selected=${c.status === s}>${t(`status.${s}`)}</option>`)}
            </select>`}
            ${can('activities', 'WRITE') ? html`<button type="button" id="log-call" @click=${() => { this.action = 'call'; }}>${t('card.logCall')}</button>` : nothing}
            ${can('tasks', 'WRITE') ? html`<button type="button" id="add-task" @click=${() => { this.action = 'task'; }}>${t('card.addTask')}</button>` : nothing}
            ${can('clients', 'WRITE') ? html`<a class="button" href="#/clients/${c.id}/edit" id="edit-client">${t('common.edit')}</a>` : nothing}
            ${can('clients', 'WRITE') ? html`<button type="button" id=${archived ? 'restore-client' : 'archive-client'}
              @click=${() => this.changeArchive(archived ? 'restore' : 'archive')}>${t(archived ? 'card.restore' : 'card.archive')}</button>` : nothing}
          </div>
        </div>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.action === 'call' ? html`<activity-form .clientId=${c.id} type="call"
          @saved=${() => this.done('timeline')} @cancel=${() => { this.action = null; }}></activity-form>` : nothing}
        ${this.action === 'task' ? html`<task-form .clientId=${c.id}
          @saved=${() => this.done('tasks')} @cancel=${() => { this.action = null; }}></task-form>` : nothing}
        <div class="card-layout">
          ${this.renderDetails(c)}
          <div class="card-tabs">
            <div role="tablist" aria-label=${t('card.tabs')} @keydown=${(e) => this.keyOnTabs(e, tabs)}>
              ${tabs.map((tab) => html`
                <button type="button" role="tab" id="tab-${tab.id}" data-tab=${tab.id} data-module=${tab.module ?? nothing}
                  aria-selected=${String(tab === current)} aria-controls="panel" tabindex=${tab === current ? 0 : -1}
                  @click=${() => { this.selected = tab.id; }}>${tab.text}</button>`)}
            </div>
            <div role="tabpanel" id="panel" aria-labelledby=${current ? `tab-${current.id}` : nothing} tabindex="0">
              ${current ? this.tabElement(current) : nothing}
            </div>
          </div>
        </div>
      </section>`;
  }

  renderDetails(c) {
    const row = (label, value) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    return html`
      <div class="card-details">
        <section aria-labelledby="details-heading" class="panel">
          <h2 id="details-heading">${t('card.details')}</h2>
          <dl>
            ${row(t('client.phones'), c.phones.length ? html`<ul class="plain">${c.phones.map((p) => html`<li><a href="tel:${p}">${formatPhone(p)}</a></li>`)}</ul>` : '')}
            ${row(t('client.emails'), c.emails.length ? html`<ul class="plain">${c.emails.map((e) => html`<li><a href="mailto:${e}">${e}</a></li>`)}</ul>` : '')}
            ${row(t('client.websites'), c.websites?.length ? html`<ul class="plain">${c.websites.map((w) => html`<li><a href=${w} target="_blank" rel="noopener noreferrer">${w.replace(/^https?:\/\//, '')}</a></li>`)}</ul>` : '')}
            ${row(t('client.address'), c.addresses.length ? html`<ul class="plain">${c.addresses.map((a) => html`<li>${[a.street, a.postalCode, a.city, a.region, a.country && countryName(a.country)].filter(Boolean).join(', ')}</li>`)}</ul>` : '')}
            ${row(t('client.source'), c.source)}
            ${row(t('client.tags'), c.tags.join(', '))}
            ${row(t('client.sector'), c.sector)}
            ${row(t('client.created'), formatDate(c.createdAt))}
          </dl>
        </section>
        ${c.legalEntities?.length ? html`
          <section aria-labelledby="legal-heading" class="panel">
            <h2 id="legal-heading">${t('client.legalEntities')}</h2>
            ${c.legalEntities.map((le) => html`
              <dl>
                ${row(t('legal.name'), le.name)}${row(t('legal.inn'), le.inn)}${row(t('legal.kpp'), le.kpp)}
                ${row(t('legal.ogrn'), le.ogrn)}${row(t('legal.taxId'), le.taxId)}${row(t('legal.vat'), le.vatNumber)}
              </dl>`)}
          </section>` : nothing}
        ${c.contacts.length ? html`
          <section aria-labelledby="contacts-heading" class="panel">
            <h2 id="contacts-heading">${t('client.contacts')}</h2>
            <ul class="plain">${c.contacts.map((p) => html`
              <li><strong>${p.name}</strong>${p.position ? html` · ${p.position}` : nothing}
                ${p.phones.map((ph) => html`<br><a href="tel:${ph}">${formatPhone(ph)}</a>`)}
                ${p.emails.map((em) => html`<br><a href="mailto:${em}">${em}</a>`)}</li>`)}
            </ul>
          </section>` : nothing}
        ${Object.keys(c.customFields).length ? html`
          <section aria-labelledby="custom-heading" class="panel">
            <h2 id="custom-heading">${t('client.customFields')}</h2>
            <dl>${Object.entries(c.customFields).map(([key, value]) => row(key, Array.isArray(value) ? value.join(', ') : String(value)))}</dl>
          </section>` : nothing}
      </div>`;
  }
}

customElements.define('client-card', ClientCard);
