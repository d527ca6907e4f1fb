import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDate, formatNumber } from 'atrium/i18n.js';
import { errorText } from 'atrium/forms.js';

const PAGE_SIZE = 50;
// each answer looks at a bounded part of the base, so a page may come back short with more to come
const FILL_ROUNDS = 5;

/**
 * Dead souls for review: clients with no sign of life for months and too little to reach them by,
 * the longest unchanged first, with their last activity and how many ways there are to reach them.
 * The user selects some or all and archives them in one go; each can be restored from its card.
 */
class DeadSoulsPage extends AtriumElement {
  static properties = {
    souls: { state: true },
    next: { state: true },
    selected: { state: true },
    loading: { state: true },
    archiving: { state: true },
    error: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    this.souls = null;
    this.next = null;
    this.selected = new Set();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  /** The first page, or the next one; short pages are topped up from the following ones. */
  async load(more = false) {
    this.loading = true;
    this.error = null;
    try {
      let souls = more ? this.souls : [];
      let after = more ? this.next : '';
      let next = null;
      for (let round = 0; round < FILL_ROUNDS; round++) {
        const page = await api(`/quality/dead-souls${queryString({ limit: PAGE_SIZE, after })}`);
        souls = [...souls, ...page.items];
        next = page.next;
        if (!next || page.items.length >= PAGE_SIZE) break;
        after = next;
      }
      this.souls = souls;
      this.next = next;
      if (!more) this.selected = new Set();
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  toggle(clientId, on) {
    const selected = new Set(this.selected);
    if (on) selected.add(clientId);
    else selected.delete(clientId);
    this.selected = selected;
  }

  toggleAll(on) {
    this.selected = on ? new Set(this.souls.map((soul) => soul.clientId)) : new Set();
  }

  async archiveSelected() {
    const clientIds = this.souls.map((soul) => soul.clientId).filter((id) => this.selected.has(id));
    if (!clientIds.length) return;
    this.archiving = true;
    this.error = null;
    this.notice = null;
    try {
      const result = await api('/quality/dead-souls/archive', { method: 'POST', body: { clientIds } });
      const archived = new Set(clientIds);
      this.souls = this.souls.filter((soul) => !archived.has(soul.clientId));
      this.selected = new Set();
      this.notice = t('deadSouls.archived', { count: formatNumber(result.archived) });
    } catch (error) {
      // nothing was archived: someone may have changed or archived one of them meanwhile
      this.error = errorText(error);
    } finally {
      this.archiving = false;
    }
  }

  render() {
    const count = this.selected.size;
    return html`
      <section class="page dead-souls">
        <div class="page-head">
          <div>
            <h1 tabindex="-1">${t('deadSouls.title')}</h1>
            <p class="muted">${t('deadSouls.intro')}</p>
          </div>
          <div class="quick-actions">
            <button type="button" class="primary" id="archive-selected" ?disabled=${!count || this.archiving}
              @click=${this.archiveSelected}>${this.archiving ? t('common.working') : t('deadSouls.archive', { count })}</button>
          </div>
        </div>
        ${this.notice ? html`<p class="notice" role="status" id="dead-souls-notice">${this.notice}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.renderList()}
        <div class="list-end">
          ${this.loading ? html`<p role="status">${t('common.loading')}</p>` : nothing}
          ${this.next && !this.loading ? html`<button type="button" @click=${() => this.load(true)}>${t('common.loadMore')}</button>` : nothing}
        </div>
      </section>`;
  }

  renderList() {
    if (!this.souls) return nothing;
    if (!this.souls.length && !this.next) return html`<p class="panel muted" id="no-dead-souls">${t('deadSouls.none')}</p>`;
    const all = this.souls.length > 0 && this.souls.every((soul) => this.selected.has(soul.clientId));
    return html`
      <div class="table-wrap">
        <table class="data" aria-busy=${String(Boolean(this.loading))}>
          <caption class="visually-hidden">${t('deadSouls.title')}</caption>
          <thead><tr>
            <th scope="col"><input type="checkbox" id="select-all" aria-label=${t('deadSouls.selectAll')} .checked=${all}
              @change=${(e) => this.toggleAll(e.target.checked)}></th>
            <th scope="col">${t('client.name')}</th><th scope="col">${t('client.status')}</th>
            <th scope="col">${t('deadSouls.lastActivity')}</th><th scope="col">${t('deadSouls.contactPoints')}</th>
          </tr></thead>
          <tbody id="dead-souls">
            ${this.souls.map((soul) => html`
              <tr data-id=${soul.clientId}>
                <td><input type="checkbox" aria-label=${t('deadSouls.select', { name: soul.name })}
                  .checked=${this.selected.has(soul.clientId)} @change=${(e) => this.toggle(soul.clientId, e.target.checked)}></td>
                <th scope="row"><a href="#/clients/${soul.clientId}">${soul.name}</a></th>
                <td><span class="badge status-${soul.status}">${t(`status.${soul.status}`)}</span></td>
                <td>${formatDate(soul.lastActivityAt)}</td>
                <td>${formatNumber(soul.contactPoints)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('dead-souls', DeadSoulsPage);
