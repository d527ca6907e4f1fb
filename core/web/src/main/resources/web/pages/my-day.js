import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { user, can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import './task-list.js';
import './task-form.js';

/** The user's open tasks due today and overdue, in the browser's time zone. */
class MyDay extends AtriumElement {
  static properties = { tasks: { state: true }, adding: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      this.tasks = await api(`/tasks/my-day${queryString({ assigneeId: user()?.id, zone })}`);
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    const now = Date.now();
    const overdue = (this.tasks ?? []).filter((task) => task.dueAt && Date.parse(task.dueAt) < now);
    const today = (this.tasks ?? []).filter((task) => !overdue.includes(task));
    return html`
      <section class="page my-day">
        <div class="page-head">
          <h1>${t('myDay.title')}</h1>
          ${can('tasks', 'WRITE') ? html`<button type="button" class="primary" id="new-task" @click=${() => { this.adding = true; }}>${t('task.add')}</button>` : nothing}
        </div>
        ${this.adding ? html`<task-form @saved=${() => { this.adding = false; this.load(); }}
          @cancel=${() => { this.adding = false; }}></task-form>` : nothing}
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${!this.tasks ? html`<p role="status">${t('common.loading')}</p>` : html`
          <section aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">${t('myDay.overdue', { count: overdue.length })}</h2>
            <task-list .tasks=${overdue} showClient @changed=${() => this.load()}></task-list>
          </section>
          <section aria-labelledby="today-heading">
            <h2 id="today-heading">${t('myDay.today', { count: today.length })}</h2>
            <task-list .tasks=${today} showClient @changed=${() => this.load()}></task-list>
          </section>`}
      </section>`;
  }
}

customElements.define('my-day', MyDay);
