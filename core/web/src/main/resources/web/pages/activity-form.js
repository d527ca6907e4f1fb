import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { FieldErrors, formValues } from 'atrium/forms.js';

const FIELDS = ['subject', 'direction', 'result', 'durationSeconds', 'occurredAt', 'type'];

/** Logs a call (or another activity type) for a client; fires `saved` or `cancel`. */
class ActivityForm extends AtriumElement {
  static properties = { clientId: {}, type: {}, errors: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.type = 'call';
    this.errors = new FieldErrors();
  }

  firstUpdated() {
    this.querySelector('#activity-subject')?.focus();
  }

  async submit(event) {
    event.preventDefault();
    const values = formValues(event.target);
    const minutes = Number.parseFloat(values.minutes);
    this.saving = true;
    try {
      await api('/activities', {
        method: 'POST',
        body: {
          clientId: this.clientId, type: this.type, direction: values.direction || null,
          subject: values.subject, result: values.result || null,
          durationSeconds: Number.isFinite(minutes) ? Math.round(minutes * 60) : null,
          occurredAt: new Date().toISOString(),
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
        <div class="actions">
          <button type="submit" class="primary" id="save-activity" ?disabled=${this.saving}>${t('common.save')}</button>
          <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('activity-form', ActivityForm);
