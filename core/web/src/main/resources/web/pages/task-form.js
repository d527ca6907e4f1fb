import { html } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { user } from 'atrium/session.js';
import { FieldErrors, formValues } from 'atrium/forms.js';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
const FIELDS = ['title', 'description', 'dueAt', 'remindAt', 'priority', 'assigneeId'];

/** A `datetime-local` value (the user's wall clock) as an instant, or null. */
const instant = (local) => (local ? new Date(local).toISOString() : null);

/** Adds a task, for a client when `clientId` is set, assigned to the user; fires `saved` or `cancel`. */
class TaskForm extends AtriumElement {
  static properties = { clientId: {}, errors: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('#task-title')?.focus();
  }

  async submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    this.saving = true;
    try {
      await api('/tasks', {
        method: 'POST',
        body: {
          title: values.title, description: values.description || null, clientId: this.clientId ?? null,
          assigneeId: user()?.id, dueAt: instant(values.dueAt), remindAt: instant(values.remindAt),
          priority: values.priority,
        },
      });
      this.dispatchEvent(new CustomEvent('saved', { bubbles: true }));
    } catch (error) {
      this.errors = new FieldErrors(error, FIELDS);
    } finally {
      this.saving = false;
    }
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
        <div class="actions">
          <button type="submit" class="primary" id="save-task" ?disabled=${this.saving}>${t('common.save')}</button>
          <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('task-form', TaskForm);
