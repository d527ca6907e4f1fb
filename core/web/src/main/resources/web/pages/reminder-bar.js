import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { user } from 'atrium/session.js';

const CHECK_EVERY_MS = 60_000;
const DISMISSED_KEY = 'atrium.dismissedReminders';

/** Reminders of the user's tasks whose reminder time has come, until dismissed. */
class ReminderBar extends AtriumElement {
  static properties = { due: { state: true } };

  constructor() {
    super();
    this.due = [];
  }

  connectedCallback() {
    super.connectedCallback();
    this.check();
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  dismissed() {
    return new Set(JSON.parse(sessionStorage.getItem(DISMISSED_KEY) ?? '[]'));
  }

  async check() {
    try {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const tasks = await api(`/tasks/my-day${queryString({ assigneeId: user()?.id, zone })}`);
      const dismissed = this.dismissed();
      const now = Date.now();
      this.due = tasks.filter((task) => task.remindAt && Date.parse(task.remindAt) <= now && !dismissed.has(`${task.id}@${task.remindAt}`));
    } catch {
      // a missed check is retried a minute later
    }
  }

  dismiss(task) {
    const dismissed = this.dismissed();
    dismissed.add(`${task.id}@${task.remindAt}`);
    sessionStorage.setItem(DISMISSED_KEY, JSON.stringify([...dismissed]));
    this.due = this.due.filter((d) => d !== task);
  }

  render() {
    if (!this.due.length) return nothing;
    return html`
      <aside class="reminders" role="status" aria-label=${t('reminders.label')}>
        ${this.due.map((task) => html`
          <p class="reminder">
            <strong>${t('reminders.reminder')}</strong> ${task.title}
            ${task.dueAt ? html` · ${formatDateTime(task.dueAt)}` : nothing}
            ${task.clientId ? html` · <a href="#/clients/${task.clientId}">${t('task.openClient')}</a>` : nothing}
            <button type="button" class="link" @click=${() => this.dismiss(task)}>${t('reminders.dismiss')}</button>
          </p>`)}
      </aside>`;
  }
}

customElements.define('reminder-bar', ReminderBar);
