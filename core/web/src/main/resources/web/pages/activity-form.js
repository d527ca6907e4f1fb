import { html } from 'lit';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { QuickForm } from './quick-form.js';

const FIELDS = ['subject', 'direction', 'result', 'durationSeconds', 'occurredAt', 'type'];

/** Logs a call (or another activity type) for a client; fires `saved` or `cancel`. */
class ActivityForm extends QuickForm {
  static properties = { ...QuickForm.properties, clientId: {}, type: {} };

  constructor() {
    super(FIELDS);
    this.type = 'call';
  }

  save(values) {
    const minutes = Number.parseFloat(values.minutes);
    return api('/activities', {
      method: 'POST',
      body: {
        clientId: this.clientId, type: this.type, direction: values.direction || null,
        subject: values.subject, result: values.result || null,
        durationSeconds: Number.isFinite(minutes) ? Math.round(minutes * 60) : null,
        occurredAt: new Date().toISOString(),
      },
    });
  }

  render() {
    const e = this.errors;
    return html`
      <form class="panel inline-form" id="activity-form" @submit=${this.submit} aria-labelledby="activity-heading">
        <h2 id="activity-heading">${t('activity.logCall')}</h2>
        ${e.summary()}
        <div class="field">
          <label for="activity-subject">${t('activity.subject')}</label>
          <input id="activity-subject" name="subject" required aria-invalid=${String(e.has('subject'))}>
          ${e.for('subject')}
        </div>
        <div class="field">
          <label for="activity-direction">${t('activity.direction')}</label>
          <select id="activity-direction" name="direction">
            <option value="OUTBOUND">${t('activity.outbound')}</option>
            <option value="INBOUND">${t('activity.inbound')}</option>
          </select>
        </div>
        <div class="field">
          <label for="activity-minutes">${t('activity.minutes')}</label>
          <input id="activity-minutes" name="minutes" type="number" min="0" step="1" inputmode="numeric"
            aria-invalid=${String(e.has('durationSeconds'))}>
          ${e.for('durationSeconds')}
        </div>
        <div class="field wide">
          <label for="activity-result">${t('activity.result')}</label>
          <textarea id="activity-result" name="result" rows="2"></textarea>
          ${e.for('result')}
        </div>
        ${this.actions('save-activity')}
      </form>`;
  }
}

customElements.define('activity-form', ActivityForm);
