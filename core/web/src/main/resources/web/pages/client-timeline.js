import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { errorText } from 'atrium/forms.js';

/** Everything that happened with one client, newest first, from core and every installed module. */
class ClientTimeline extends AtriumElement {
  static properties = { clientId: {}, entries: { state: true }, next: { state: true }, error: { state: true } };

  constructor() {
    super();
    this.entries = null;
  }

  connectedCallback() {
    super.connectedCallback();
    // titles come from the server in the page's language: ask again when it changes
    this.onLanguageReload = () => this.load();
    window.addEventListener('atrium-language', this.onLanguageReload);
    this.load();
  }

  disconnectedCallback() {
    window.removeEventListener('atrium-language', this.onLanguageReload);
    super.disconnectedCallback();
  }

  async load(more = false) {
    try {
      const page = await api(`/clients/${encodeURIComponent(this.clientId)}/timeline${queryString({ limit: 30, after: more ? this.next : '' })}`);
      this.entries = more ? [...this.entries, ...page.items] : page.items;
      this.next = page.next;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    if (this.error) return html`<div class="alert" role="alert">${this.error}</div>`;
    if (!this.entries) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.entries.length) return html`<p class="muted">${t('timeline.empty')}</p>`;
    return html`
      <ol class="timeline" id="timeline">
        ${this.entries.map((entry) => html`
          <li class="timeline-entry kind-${entry.kind}" data-kind=${entry.kind} data-id=${entry.id}>
            <span class="timeline-kind">${t(`timeline.kind.${entry.kind}`) === `timeline.kind.${entry.kind}` ? entry.kind : t(`timeline.kind.${entry.kind}`)}</span>
            <time datetime=${entry.at}>${formatDateTime(entry.at)}</time>
            <p class="timeline-title">${entry.title}</p>
            ${entry.summary ? html`<p class="timeline-summary">${entry.summary}</p>` : nothing}
          </li>`)}
      </ol>
      ${this.next ? html`<button type="button" @click=${() => this.load(true)}>${t('common.loadMore')}</button>` : nothing}`;
  }
}

customElements.define('client-timeline', ClientTimeline);
