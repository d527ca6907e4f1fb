import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t, formatDateTime } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { errorText } from 'atrium/forms.js';
import { taskDraft } from './records.js';

/** Tasks with a box to mark each done; overdue ones stand out. Fires `changed` after a change. */
class TaskList extends AtriumElement {
  static properties = { tasks: { attribute: false }, showClient: { type: Boolean }, error: { state: true } };

  async complete(task, done) {
    try {
      await api(`/tasks/${encodeURIComponent(task.id)}`,
        { method: 'PUT', body: { ...taskDraft(task), status: done ? 'DONE' : 'OPEN' }, record: task });
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true }));
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    const now = Date.now();
    if (!this.tasks?.length) return html`<p class="muted">${t('task.none')}</p>`;
    return html`
      ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
      <ul class="tasks plain">
        ${this.tasks.map((task) => {
          const overdue = task.dueAt && Date.parse(task.dueAt) < now && ['OPEN', 'IN_PROGRESS'].includes(task.status);
          const done = task.status === 'DONE';
          return html`
            <li class="task ${overdue ? 'overdue' : ''} ${done ? 'done' : ''}" data-id=${task.id}>
              <input type="checkbox" id="task-${task.id}" .checked=${done} ?disabled=${!can('tasks', 'WRITE')}
                @change=${(e) => this.complete(task, e.target.checked)}>
              <label for="task-${task.id}">${task.title}</label>
              <span class="badge priority-${task.priority}">${t(`priority.${task.priority}`)}</span>
              ${task.dueAt ? html`<time datetime=${task.dueAt}>${overdue ? `${t('task.overdue')} · ` : ''}${formatDateTime(task.dueAt)}</time>` : nothing}
              ${this.showClient && task.clientId ? html`<a href="#/clients/${task.clientId}">${t('task.openClient')}</a>` : nothing}
            </li>`;
        })}
      </ul>`;
  }
}

customElements.define('task-list', TaskList);
