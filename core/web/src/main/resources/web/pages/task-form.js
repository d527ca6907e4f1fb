import { html } from 'lit';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { user } from 'atrium/session.js';
import { QuickForm } from './quick-form.js';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const FIELDS = ['title', 'description', 'dueAt', 'remindAt', 'priority', 'assigneeId'];

/** A `datetime-local` value (the user's wall clock) as an instant, or null. */
const instant = (local) => (local ? new Date(local).toISOString() : null);

/** Adds a task, for a client when `clientId` is set, assigned to the user; fires `saved` or `cancel`. */
class TaskForm extends QuickForm {
  static properties = { ...QuickForm.properties, clientId: {} };

  constructor() {
    super(FIELDS);
  }

  save(values) {
    return api('/tasks', {
      method: 'POST',
      body: {
        title: values.title, description: values.description || null, clientId: this.clientId ?? null,
        assigneeId: user()?.id, dueAt: instant(values.dueAt), remindAt: instant(values.remindAt),
        priority: values.priority,
      },
    });
  }

  render() {
    const e = this.errors;
    return html`
      <form class="panel inline-form" id="task-form" @submit=${this.submit} aria-labelledby="task-heading">
        <h2 id="task-heading">${t('task.add')}</h2>
        ${e.summary()}
        <div class="field wide">
          <label for="task-title">${t('task.title')}</label>
          <input id="task-title" name="title" required aria-invalid=${String(e.has('title'))}>
          ${e.for('title')}
        </div>
        <div class="field">
          <label for="task-due">${t('task.due')}</label>
          <input id="task-due" name="dueAt" type="datetime-local" aria-invalid=${String(e.has('dueAt'))}>
          ${e.for('dueAt')}
        </div>
        <div class="field">
          <label for="task-remind">${t('task.remind')}</label>
          <input id="task-remind" name="remindAt" type="datetime-local" aria-invalid=${String(e.has('remindAt'))}>
          ${e.for('remindAt')}
        </div>
        <div class="field">
          <label for="task-priority">${t('task.priority')}</label>
          <select id="task-priority" name="priority">
            ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${p === 'NORMAL'}>${t(`priority.${p}`)}</option>`)}
          </select>
        </div>
        <div class="field wide">
          <label for="task-description">${t('task.description')}</label>
          <textarea id="task-description" name="description" rows="2"></textarea>
        </div>
        ${this.actions('save-task')}
      </form>`;
  }
}

customElements.define('task-form', TaskForm);
