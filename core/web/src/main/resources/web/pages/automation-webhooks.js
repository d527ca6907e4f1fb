import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, formatDateTime, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText } from 'atrium/forms.js';
import { RecordListPage } from './admin-shared.js';
import { copyText, describedBy, errorsFor, statusBadge } from './automation-shared.js';

/** Outgoing webhooks: the list, an editor, the secret once at creation, and each hook's delivery log. */
class AutomationWebhooks extends RecordListPage {
  static properties = {
    ...RecordListPage.properties, events: { state: true }, secret: { state: true }, showing: { state: true },
  };

  constructor() {
    super('/automation/webhooks');
  }

  async load() {
    this.events ??= await api('/automation/webhooks/events').catch(() => []);
    await super.load();
  }

  saved(hook) {
    // the secret is in the answer to the creation only: shown now, never again
    this.secret = hook.secret ? { name: hook.name, value: hook.secret } : null;
    this.close(t('webhooks.saved', { name: hook.name }));
    this.load();
  }

  forgetDeleted(hook) {
    if (this.showing?.id === hook.id) this.showing = null;
  }

  render() {
    const writer = can('automation', 'WRITE');
    return html`
      <section class="page automation-webhooks">
        <div class="page-head">
          <h1 tabindex="-1">${t('webhooks.title')}</h1>
          ${writer ? html`<button type="button" class="primary" id="new-webhook" @click=${(e) => { this.secret = null; this.open(null, e); }}>${t('webhooks.new')}</button>` : nothing}
        </div>
        <p class="muted">${t('webhooks.intro')}</p>
        ${this.notice ? html`<p class="notice" role="status" id="webhooks-notice">${this.notice}</p>` : nothing}
        ${this.secret ? html`
          <div class="notice" id="webhook-secret" role="status">
            <p>${t('webhooks.secretOnce', { name: this.secret.name })}</p>
            <p><code id="webhook-secret-value">${this.secret.value}</code>
              <button type="button" id="copy-secret" @click=${() => copyText(this.secret.value)}>${t('automation.copy')}</button></p>
          </div>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="webhooks-error">${this.error}</div>` : nothing}
        ${this.editing !== undefined ? keyed(this.editing?.id ?? 'new', html`
          <webhook-editor .hook=${this.editing} .events=${this.events} @saved=${(e) => this.saved(e.detail)}
            @reloaded=${() => this.load()} @cancel=${() => this.close()}></webhook-editor>`) : nothing}
        ${this.records ? this.renderTable(writer) : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
        ${this.showing ? keyed(this.showing.id, html`<webhook-deliveries .hook=${this.showing}
          @close=${() => { this.showing = null; }}></webhook-deliveries>`) : nothing}
      </section>`;
  }

  renderTable(writer) {
    return html`
      <div class="table-wrap">
        <table class="data" id="webhooks">
          <caption class="visually-hidden">${t('webhooks.title')}</caption>
          <thead><tr>
            <th scope="col">${t('webhooks.name')}</th><th scope="col">${t('webhooks.url')}</th><th scope="col">${t('webhooks.events')}</th>
            <th scope="col">${t('webhooks.state')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th>
          </tr></thead>
          <tbody>
            ${this.records.length ? nothing : html`<tr class="empty"><td colspan="5">${t('webhooks.none')}</td></tr>`}
            ${this.records.map((hook) => html`
              <tr data-webhook=${hook.id}>
                <th scope="row">${hook.name}</th>
                <td><code>${hook.url}</code></td>
                <td>${hook.events.length ? hook.events.join(', ') : html`<span class="muted">${t('webhooks.noEvents')}</span>`}</td>
                <td>
                  <span class="badge ${hook.enabled ? 'rule-on' : 'rule-off'}" data-enabled=${String(hook.enabled)}>${hook.enabled ? t('rules.on') : t('rules.off')}</span>
                  ${hook.disabledReason ? html`<p class="muted">${hook.disabledReason}</p>` : nothing}
                  ${hook.consecutiveFailures ? html`<p class="muted">${t('webhooks.failures', { count: hook.consecutiveFailures })}</p>` : nothing}
                </td>
                <td><div class="actions">
                  <button type="button" class="link" data-action="webhook-deliveries" aria-label=${t('webhooks.deliveriesOf', { name: hook.name })}
                    @click=${() => { this.showing = hook; }}>${t('webhooks.deliveries')}</button>
                  ${writer ? html`
                    <button type="button" class="link" data-action="edit-webhook" aria-label=${t('webhooks.editNamed', { name: hook.name })}
                      @click=${(e) => { this.secret = null; this.open(hook, e); }}>${t('common.edit')}</button>
                    <confirm-delete .label=${t('webhooks.deleteNamed', { name: hook.name })} ?busy=${this.busy === hook.id}
                      @confirm=${() => this.deleteRecord(hook, t('webhooks.deleted', { name: hook.name }))}></confirm-delete>` : nothing}
                </div></td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }
}

/** A hook's name, address, events and whether it is on. Fires `saved`, `reloaded` or `cancel`. */
class WebhookEditor extends AtriumElement {
  static properties = { hook: { attribute: false }, events: { attribute: false }, errors: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('#webhook-name')?.focus();
  }

  body(form) {
    return {
      name: form.querySelector('#webhook-name').value.trim(),
      url: form.querySelector('#webhook-url').value.trim(),
      events: [...form.querySelectorAll('[data-event]:checked')].map((box) => box.dataset.event),
      enabled: form.querySelector('#webhook-enabled').checked,
    };
  }

  async submit(event) {
    event.preventDefault();
    const body = this.body(event.target);
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = this.hook
        ? await api(`/automation/webhooks/${encodeURIComponent(this.hook.id)}`, { method: 'PUT', body, record: this.hook })
        : await api('/automation/webhooks', { method: 'POST', body });
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    } catch (error) {
      this.errors = errorsFor(error, ['name', 'url', 'events', ...(this.events ?? []).map((_, i) => `events[${i}]`)]);
      if (error.status === 409) {
        this.hook = await api(`/automation/webhooks/${encodeURIComponent(this.hook.id)}`).catch(() => this.hook);
        this.dispatchEvent(new CustomEvent('reloaded'));
      }
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    } finally {
      this.saving = false;
    }
  }

  render() {
    const e = this.errors;
    const h = this.hook ?? { name: '', url: 'https://', events: [], enabled: true };
    return html`
      <form class="panel inline-form" id="webhook-form" novalidate @submit=${this.submit} aria-labelledby="webhook-form-heading"
        @keydown=${(ev) => { if (ev.key === 'Escape') this.dispatchEvent(new CustomEvent('cancel')); }}>
        <h2 id="webhook-form-heading">${this.hook ? t('webhooks.editTitle', { name: h.name }) : t('webhooks.newTitle')}</h2>
        ${e.summary()}
        <div class="field">
          <label for="webhook-name">${t('webhooks.name')} <span aria-hidden="true">*</span></label>
          <input id="webhook-name" required .value=${h.name} aria-invalid=${String(e.has('name'))} aria-describedby=${describedBy(e, 'name')}>
          ${e.for('name')}
        </div>
        <div class="field grow">
          <label for="webhook-url">${t('webhooks.url')} <span aria-hidden="true">*</span></label>
          <input id="webhook-url" type="url" required .value=${h.url} spellcheck="false"
            aria-invalid=${String(e.has('url'))} aria-describedby=${describedBy(e, 'url', 'webhook-url-hint')}>
          <p class="hint" id="webhook-url-hint">${t('webhooks.urlHint')}</p>
          ${e.for('url')}
        </div>
        <div class="field check">
          <input type="checkbox" id="webhook-enabled" .checked=${h.enabled}>
          <label for="webhook-enabled">${t('rules.enabledLabel')}</label>
        </div>
        <fieldset class="wide" id="webhook-events" aria-describedby=${describedBy(e, 'events', 'webhook-events-hint')}>
          <legend>${t('webhooks.events')}</legend>
          <p class="hint wide" id="webhook-events-hint">${t('webhooks.eventsHint')}</p>
          ${(this.events ?? []).map((event, i) => html`
            <div class="field check">
              <input type="checkbox" id="webhook-event-${i}" data-event=${event} .checked=${h.events.includes(event)}>
              <label for="webhook-event-${i}"><code>${event}</code></label>
              ${e.for(`events[${i}]`)}
            </div>`)}
          ${e.for('events')}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" id="save-webhook" ?disabled=${this.saving}>${this.saving ? t('common.working') : t('common.save')}</button>
          <button type="button" id="cancel-webhook" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

/** A hook's delivery log, newest first: each delivery's event, record, status and every attempt. */
class WebhookDeliveries extends AtriumElement {
  static properties = { hook: { attribute: false }, deliveries: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  firstUpdated() {
    this.querySelector('h2')?.focus();
  }

  async load() {
    try {
      this.deliveries = await api(`/automation/webhooks/${encodeURIComponent(this.hook.id)}/deliveries?limit=100`);
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    return html`
      <section class="panel" id="webhook-deliveries" aria-labelledby="webhook-deliveries-heading">
        <div class="page-head">
          <h2 id="webhook-deliveries-heading" tabindex="-1">${t('webhooks.deliveriesOf', { name: this.hook.name })}</h2>
          <div class="actions">
            <button type="button" id="refresh-deliveries" @click=${() => this.load()}>${t('runs.refresh')}</button>
            <button type="button" id="close-deliveries" @click=${() => this.dispatchEvent(new CustomEvent('close'))}>${t('templates.close')}</button>
          </div>
        </div>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.deliveries ? html`
          <div class="table-wrap">
            <table class="data">
              <thead><tr>
                <th scope="col">${t('runs.at')}</th><th scope="col">${t('webhooks.event')}</th><th scope="col">${t('runs.record')}</th>
                <th scope="col">${t('runs.status')}</th><th scope="col">${t('webhooks.attempts')}</th>
              </tr></thead>
              <tbody>
                ${this.deliveries.length ? nothing : html`<tr class="empty"><td colspan="5">${t('webhooks.noDeliveries')}</td></tr>`}
                ${this.deliveries.map((delivery) => html`
                  <tr data-delivery=${delivery.id} data-status=${delivery.status}>
                    <td>${formatDateTime(delivery.occurredAt)}</td>
                    <td><code>${delivery.event}</code></td>
                    <td>${delivery.recordType} <code>${delivery.recordId}</code></td>
                    <td>${statusBadge(delivery.status, 'delivery')}
                      ${delivery.nextAttemptAt && !delivery.finishedAt ? html`<p class="muted">${t('runs.nextAttempt', { at: formatDateTime(delivery.nextAttemptAt) })}</p>` : nothing}</td>
                    <td><ol class="plain">${delivery.attempts.map((attempt) => html`
                      <li>${t('webhooks.attempt', { attempt: attempt.attempt, at: formatDateTime(attempt.at) })}:
                        ${attempt.statusCode ? html`HTTP ${attempt.statusCode}` : nothing}
                        ${attempt.error ? html`<span class="field-error">${attempt.error}</span>` : nothing}
                        <span class="muted">${t('runs.duration', { ms: formatNumber(attempt.durationMs) })}</span></li>`)}</ol></td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : this.error ? nothing : html`<p role="status">${t('common.loading')}</p>`}
      </section>`;
  }
}

customElements.define('webhook-deliveries', WebhookDeliveries);
customElements.define('webhook-editor', WebhookEditor);
customElements.define('automation-webhooks', AutomationWebhooks);
