import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import { clientNames } from './client-names.js';
import { statusBadge } from './automation-shared.js';

const CHANNELS = ['email', 'sms'];
const PAGE = 50;

/** The channels' delivery log, newest first: every message to a client, sent or failed with the reason. */
class AutomationDeliveries extends AtriumElement {
  static properties = {
    deliveries: { state: true }, next: { state: true }, channel: { state: true }, error: { state: true }, names: { state: true }, loading: { state: true },
  };

  constructor() {
    super();
    this.channel = '';
    this.names = new Map();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load(false);
  }

  async load(more) {
    this.loading = true;
    try {
      const page = await api(`/automation/deliveries${queryString({ channel: this.channel, limit: PAGE, after: more ? this.next : '' })}`);
      const deliveries = more ? [...this.deliveries, ...page.items] : page.items;
      if (can('clients')) this.names = await clientNames(deliveries.map((d) => d.clientId));
      this.deliveries = deliveries;
      this.next = page.next;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  render() {
    return html`
      <section class="page automation-deliveries">
        <div class="page-head">
          <h1 tabindex="-1">${t('deliveries.title')}</h1>
          <button type="button" id="refresh-deliveries" @click=${() => this.load(false)}>${t('runs.refresh')}</button>
        </div>
        <p class="muted">${t('deliveries.intro')}</p>
        <div class="filters">
          <div class="field">
            <label for="deliveries-channel">${t('deliveries.channel')}</label>
            <select id="deliveries-channel" @change=${(e) => { this.channel = e.target.value; this.deliveries = null; this.load(false); }}>
              <option value="">${t('common.all')}</option>
              ${CHANNELS.map((channel) => html`<option value=${channel} ?selected=${channel === this.channel}>${t(`deliveries.channel.${channel}`)}</option>`)}
            </select>
          </div>
        </div>
        ${this.error ? html`<div class="alert" role="alert" id="deliveries-error">${this.error}</div>` : nothing}
        ${this.deliveries ? this.renderTable() : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }

  renderTable() {
    return html`
      <div class="table-wrap">
        <table class="data" id="deliveries">
          <caption class="visually-hidden">${t('deliveries.title')}</caption>
          <thead><tr>
            <th scope="col">${t('runs.at')}</th><th scope="col">${t('deliveries.channel')}</th><th scope="col">${t('deliveries.client')}</th>
            <th scope="col">${t('deliveries.address')}</th><th scope="col">${t('deliveries.subject')}</th><th scope="col">${t('runs.status')}</th>
          </tr></thead>
          <tbody>
            ${this.deliveries.length ? nothing : html`<tr class="empty"><td colspan="6">${t('deliveries.none')}</td></tr>`}
            ${this.deliveries.map((d) => html`
              <tr data-delivery=${d.id} data-client=${d.clientId} data-status=${d.status}>
                <td><time datetime=${d.queuedAt}>${formatDateTime(d.queuedAt)}</time></td>
                <td>${CHANNELS.includes(d.channel) ? t(`deliveries.channel.${d.channel}`) : d.channel}</td>
                <td>${can('clients') ? html`<a href="#/clients/${encodeURIComponent(d.clientId)}">${this.names.get(d.clientId) ?? d.clientId}</a>` : d.clientId}</td>
                <td>${d.address ?? html`<span class="muted">${t('deliveries.hidden')}</span>`}</td>
                <td>${d.subject ?? ''}${d.language ? html` <span class="muted">(${d.language})</span>` : nothing}</td>
                <td>${statusBadge(d.status, 'message')}${d.reason ? html`<p class="muted">${d.reason}</p>` : nothing}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${this.next ? html`<div class="list-end"><button type="button" id="more-deliveries" ?disabled=${this.loading}
        @click=${() => this.load(true)}>${t('common.loadMore')}</button></div>` : nothing}`;
  }
}

customElements.define('automation-deliveries', AutomationDeliveries);
