import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDate, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import './task-form.js';

/** Core's kinds of items, each with its label; a module's items carry their own (translated) title. */
const CORE_KINDS = ['task.overdue', 'task.today', 'meeting.today', 'birthday', 'deal.stuck', 'lead.web'];
/** Kinds whose time is a day, not a moment. */
const DAY_KINDS = ['birthday', 'fitness.expiring'];

/** The time a snooze choice hides an item until, in the browser's time zone. */
function snoozeUntil(choice) {
  const until = new Date();
  if (choice === 'hour') return new Date(until.getTime() + 3600_000);
  until.setDate(until.getDate() + (choice === 'week' ? 7 : 1));
  until.setHours(9, 0, 0, 0);
  return until;
}

/**
 * What to do now, in the server's order: overdue tasks, today's tasks and meetings, birthdays, stuck
 * deals, unanswered web leads, then what modules add. Each item opens its client and can be done or
 * snoozed from the list.
 */
class MyDay extends AtriumElement {
  static properties = { items: { state: true }, adding: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get zone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  async load() {
    try {
      this.items = (await api(`/next-actions${queryString({ zone: this.zone })}`)).items;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  async act(item, action, body) {
    try {
      await api(`/next-actions/${encodeURIComponent(item.key)}/${action}${queryString({ zone: this.zone })}`,
        { method: 'POST', body });
      await this.load();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  snooze(item, event) {
    const choice = event.target.value;
    event.target.value = '';
    if (choice) this.act(item, 'snooze', { until: snoozeUntil(choice).toISOString() });
  }

  when(item) {
    if (!item.at) return nothing;
    const text = DAY_KINDS.includes(item.kind) ? formatDate(item.at) : formatDateTime(item.at);
    return html`<time datetime=${item.at}>${text}</time>`;
  }

  detail(item) {
    if (item.kind === 'deal.stuck') {
      return html`<span class="muted">${t('nextAction.stuckFor', { stage: item.arguments.stage, days: item.arguments.days })}</span>`;
    }
    return nothing;
  }

  renderItem(item) {
    const label = CORE_KINDS.includes(item.kind) ? t(`nextAction.kind.${item.kind}`) : null;
    const title = item.title || t('nextAction.hidden');
    return html`
      <li class="next-action kind-${item.kind.replace('.', '-')}" data-key=${item.key} data-kind=${item.kind}>
        ${label ? html`<span class="badge">${label}</span>` : nothing}
        ${item.clientId ? html`<a class="title" href="#/clients/${item.clientId}">${title}</a>` : html`<span class="title">${title}</span>`}
        ${this.detail(item)}
        ${this.when(item)}
        <span class="actions">
          <button type="button" class="done" @click=${() => this.act(item, 'done')}>${t('nextAction.done')}</button>
          <select class="snooze" aria-label=${t('nextAction.snooze')} @change=${(event) => this.snooze(item, event)}>
            <option value="">${t('nextAction.snooze')}</option>
            <option value="hour">${t('nextAction.snoozeHour')}</option>
            <option value="tomorrow">${t('nextAction.snoozeTomorrow')}</option>
            <option value="week">${t('nextAction.snoozeWeek')}</option>
          </select>
        </span>
      </li>`;
  }

  render() {
    return html`
      <section class="page my-day">
        <div class="page-head">
          <h1>${t('myDay.title')}</h1>
          ${can('tasks', 'WRITE') ? html`<button type="button" class="primary" id="new-task" @click=${() => { this.adding = true; }}>${t('task.add')}</button>` : nothing}
        </div>
        ${this.adding ? html`<task-form @saved=${() => { this.adding = false; this.load(); }}
          @cancel=${() => { this.adding = false; }}></task-form>` : nothing}
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${!this.items ? html`<p role="status">${t('common.loading')}</p>` : html`
          <section aria-labelledby="next-heading">
            <h2 id="next-heading">${t('nextAction.title', { count: this.items.length })}</h2>
            ${this.items.length ? html`<ol class="next-actions plain">${this.items.map((item) => this.renderItem(item))}</ol>`
              : html`<p class="muted">${t('nextAction.none')}</p>`}
          </section>`}
      </section>`;
  }
}

customElements.define('my-day', MyDay);
