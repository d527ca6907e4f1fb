import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { errorText } from 'atrium/forms.js';
import { fieldText, fixText } from './quality-hints.js';

const PAGE_SIZE = 50;
const TYPES = ['EMAIL_IN_PHONE_FIELD', 'PHONE_IN_EMAIL_FIELD', 'SEVERAL_VALUES_IN_ONE_FIELD', 'INVALID_PHONE', 'INVALID_EMAIL',
  'WRONG_CHECKSUM', 'INVALID_TAX_ID', 'TAX_ID_IN_WRONG_FIELD', 'ALL_CAPS_NAME'];

/**
 * Bad data in the stored clients, client by client: what looks wrong in which field, the value and
 * the suggested fix, with a link to the client's form to correct it. Filtered by kind; pages by
 * cursor, never counted.
 */
class QualityIssuesPage extends AtriumElement {
  static properties = {
    issues: { state: true },
    next: { state: true },
    type: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.issues = null;
    this.next = null;
    this.type = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load(more = false) {
    this.loading = true;
    this.error = null;
    try {
      const page = await api(`/quality/issues${queryString({ type: this.type, limit: PAGE_SIZE, after: more ? this.next : '' })}`);
      this.issues = more ? [...this.issues, ...page.items] : page.items;
      this.next = page.next;
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.loading = false;
    }
  }

  render() {
    return html`
      <section class="page quality-issues">
        <div class="page-head">
          <div>
            <h1 tabindex="-1">${t('quality.title')}</h1>
            <p class="muted">${t('quality.intro')}</p>
          </div>
          <div class="quick-actions">
            <label for="quality-type">${t('quality.show')}</label>
            <select id="quality-type" @change=${(e) => { this.type = e.target.value; this.load(); }}>
              <option value="" ?selected=${!this.type}>${t('quality.allTypes')}</option>
              ${TYPES.map((type) => html`<option value=${type} ?selected=${this.type === type}>${t(`quality.type.${type}`)}</option>`)}
            </select>
          </div>
        </div>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.renderIssues()}
        ${this.next ? html`<div class="list-end"><button type="button" ?disabled=${this.loading}
          @click=${() => this.load(true)}>${t('common.loadMore')}</button></div>` : nothing}
      </section>`;
  }

  renderIssues() {
    if (!this.issues) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.issues.length && !this.next) return html`<p class="panel muted">${t('quality.none')}</p>`;
    return html`
      <table class="data" id="quality-issues-table">
        <thead><tr>
          <th scope="col">${t('quality.client')}</th><th scope="col">${t('quality.field')}</th>
          <th scope="col">${t('quality.problem')}</th><th scope="col">${t('quality.value')}</th>
          <th scope="col">${t('quality.suggestion')}</th>
        </tr></thead>
        <tbody>
          ${this.issues.map((issue) => html`
            <tr data-client=${issue.clientId} data-issue=${issue.type}>
              <td><a href="#/clients/${issue.clientId}/edit">${issue.clientName}</a></td>
              <td>${fieldText(issue.field)}</td>
              <td>${t(`quality.type.${issue.type}`)}</td>
              <td>${issue.value}</td>
              <td>${issue.fix ? fixText(issue.fix) : html`<span class="muted">${t('quality.noFix')}</span>`}</td>
            </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('quality-issues', QualityIssuesPage);
