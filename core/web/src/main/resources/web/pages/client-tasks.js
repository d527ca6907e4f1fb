import { html } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { errorText } from 'atrium/forms.js';
import './task-list.js';

/** A client's open tasks, then the ones done lately. */
class ClientTasks extends AtriumElement {
  static properties = { clientId: {}, tasks: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const page = await api(`/tasks${queryString({ clientId: this.clientId, limit: 100 })}`);
      const open = (task) => (['OPEN', 'IN_PROGRESS'].includes(task.status) ? 0 : 1);
      this.tasks = [...page.items].sort((a, b) => open(a) - open(b) || String(a.dueAt ?? '~').localeCompare(String(b.dueAt ?? '~')));
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    if (this.error) return html`<div class="alert" role="alert">${this.error}</div>`;
    if (!this.tasks) return html`<p role="status">${t('common.loading')}</p>`;
    return html`<task-list .tasks=${this.tasks} @changed=${() => this.load()}></task-list>`;
  }
}

customElements.define('client-tasks', ClientTasks);
