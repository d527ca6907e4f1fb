// #/fitness/checkins: the front desk. A card is checked in as a turnstile would (a fresh request
// id per attempt, the same one when an attempt that never got an answer is sent again); today's
// attempts at this desk are listed newest first, and any card's attempts can be looked up.
import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { formatDateTime, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText, formValues } from 'atrium/forms.js';
import { text } from './fitness-text.js';
import { clientLink, clientNames, focusFirstError, inputField, isoDay, newRequestId } from './fitness-shared.js';

const PAGE = 50;
const DESK_PREFIX = 'atrium.fitness.desk.';
const deskKey = () => `${DESK_PREFIX}${isoDay(new Date())}`;

/** Today's attempts at this desk, kept in the browser (the API lists attempts per card or client only). */
function readDesk() {
  for (let i = localStorage.length - 1; i >= 0; i -= 1) {
    const key = localStorage.key(i);
    if (key?.startsWith(DESK_PREFIX) && key !== deskKey()) localStorage.removeItem(key);
  }
  try {
    return JSON.parse(localStorage.getItem(deskKey()) ?? '[]');
  } catch {
    return [];
  }
}

const writeDesk = (attempts) => localStorage.setItem(deskKey(), JSON.stringify(attempts.slice(0, 500)));

class FitnessCheckins extends AtriumElement {
  static properties = {
    desk: { state: true }, answer: { state: true }, errors: { state: true }, busy: { state: true },
    history: { state: true }, historyCard: { state: true }, historyMore: { state: true }, historyError: { state: true },
    names: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.names = new Map();
    // an attempt sent but not answered (offline): sending the same card again reuses its request id
    this.pending = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.desk = readDesk();
    this.loadNames(this.desk);
  }

  firstUpdated() {
    this.querySelector('#checkin-card')?.focus();
  }

  async loadNames(attempts) {
    const ids = attempts.map((a) => a.clientId).filter((id) => id && !this.names.has(id));
    if (!ids.length) return;
    const found = await clientNames(ids);
    this.names = new Map([...this.names, ...found]);
  }

  async checkIn(event) {
    event.preventDefault();
    const form = event.target;
    const { card } = formValues(form);
    if (this.pending?.card !== card) this.pending = { card, requestId: newRequestId() };
    this.busy = true;
    this.errors = new FieldErrors();
    this.historyError = null;
    this.answer = null;
    try {
      const answer = await api('/fitness/checkins', { method: 'POST', body: { card, requestId: this.pending.requestId } });
      const attempt = { ...answer, card, requestId: this.pending.requestId, at: new Date().toISOString() };
      this.pending = null;
      // a retry answered by the server's first answer is one attempt, not two
      this.desk = [attempt, ...this.desk.filter((a) => a.requestId !== attempt.requestId)];
      writeDesk(this.desk);
      this.answer = attempt;
      form.reset();
      await this.loadNames([attempt]);
      if (this.historyCard === card) this.lookUp(card);
    } catch (error) {
      if (!error.offline) this.pending = null;
      this.errors = new FieldErrors(error, ['card']);
      focusFirstError(this);
    } finally {
      this.busy = false;
      this.querySelector('#checkin-card')?.focus();
    }
  }

  async lookUp(card, more = false) {
    this.historyError = null;
    this.errors = new FieldErrors();
    const after = more ? this.history.at(-1)?.id : null;
    try {
      const page = await api(`/fitness/checkins${queryString({ card, after, limit: PAGE })}`);
      this.historyCard = card;
      this.history = more ? [...this.history, ...page] : page;
      this.historyMore = page.length === PAGE;
      await this.loadNames(page);
    } catch (error) {
      this.history = null;
      this.historyError = new FieldErrors(error, ['card']);
    }
  }

  submitLookUp(event) {
    event.preventDefault();
    const { card } = formValues(event.target);
    this.lookUp(card);
  }

  render() {
    return html`
      <section class="page fitness-checkins">
        <div class="page-head"><h1 tabindex="-1">${text('checkins.title')}</h1></div>
        ${can('fitness', 'WRITE') ? this.renderDeskForm() : nothing}
        <section aria-labelledby="desk-heading">
          <h2 id="desk-heading">${text('checkins.today')}</h2>
          <p class="muted">${text('checkins.todayHint')}</p>
          ${this.renderAttempts(this.desk ?? [], 'checkins-today', text('checkins.noneToday'))}
        </section>
        ${this.renderHistory()}
      </section>`;
  }

  renderDeskForm() {
    const e = this.errors;
    return html`
      <form class="panel inline-form" id="checkin-form" novalidate aria-labelledby="checkin-heading" @submit=${this.checkIn}>
        <h2 id="checkin-heading">${text('checkins.desk')}</h2>
        ${e.summary()}
        ${inputField(e, { id: 'checkin-card', name: 'card', label: text('membership.card'), required: true,
          hint: text('checkins.cardHint'), attributes: { maxlength: 64, spellcheck: 'false' } })}
        <div class="actions">
          <button type="submit" class="primary" id="checkin-submit" ?disabled=${this.busy}>
            ${this.busy ? text('common.working') : text('checkins.submit')}</button>
        </div>
        <div class="field wide" aria-live="polite" id="checkin-answer-region">${this.answer ? this.renderAnswer(this.answer) : nothing}</div>
      </form>`;
  }

  renderAnswer(a) {
    const allowed = a.decision === 'ALLOW';
    const name = this.names.get(a.clientId);
    return html`
      <div class=${allowed ? 'notice' : 'alert'} id="checkin-answer" data-decision=${a.decision} data-reason=${a.reason ?? nothing}>
        <p><strong>${allowed ? text('decision.ALLOW') : text('decision.DENY')}</strong>
          · <code>${a.card}</code>${a.clientId ? html` · ${clientLink(a.clientId, name)}` : nothing}</p>
        ${allowed ? nothing : html`<p>${text(`reason.${a.reason}`)}</p>`}
        ${a.visitsLeft === null || a.visitsLeft === undefined ? nothing
          : html`<p>${text('checkins.visitsLeft', { count: formatNumber(a.visitsLeft) })}</p>`}
      </div>`;
  }

  renderAttempts(attempts, id, empty, named = true) {
    return html`
      <div class="table-wrap">
        <table class="data" id=${id}>
          <caption class="visually-hidden">${id === 'checkins-today' ? text('checkins.today') : text('checkins.history')}</caption>
          <thead><tr>
            <th scope="col">${text('checkin.at')}</th>
            ${named ? html`<th scope="col">${text('membership.card')}</th>` : nothing}
            <th scope="col">${text('checkin.client')}</th>
            <th scope="col">${text('checkin.decision')}</th>
            <th scope="col">${text('checkin.reason')}</th>
            <th scope="col">${text('membership.visitsLeft')}</th>
          </tr></thead>
          <tbody>
            ${attempts.length ? nothing : html`<tr class="empty"><td colspan=${named ? 6 : 5}>${empty}</td></tr>`}
            ${attempts.map((a) => html`
              <tr data-checkin=${a.id ?? a.requestId} data-decision=${a.decision} data-card=${a.card}>
                <td>${formatDateTime(a.at)}</td>
                ${named ? html`<td><code>${a.card}</code></td>` : nothing}
                <td>${clientLink(a.clientId, this.names.get(a.clientId))}</td>
                <td><span class="badge fitness-decision-${a.decision}">${text(`decision.${a.decision}`)}</span></td>
                <td>${a.reason ? text(`reason.${a.reason}`) : ''}</td>
                <td>${a.visitsLeft === null || a.visitsLeft === undefined ? '' : formatNumber(a.visitsLeft)}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  renderHistory() {
    const e = this.historyError ?? new FieldErrors();
    return html`
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">${text('checkins.history')}</h2>
        <form class="filters" id="checkin-history-form" novalidate @submit=${this.submitLookUp} role="search"
          aria-labelledby="history-heading">
          ${e.summary()}
          ${inputField(e, { id: 'history-card', name: 'card', label: text('membership.card'), required: true,
            attributes: { maxlength: 64, spellcheck: 'false' } })}
          <button type="submit" id="history-submit">${text('checkins.lookUp')}</button>
        </form>
        ${this.history ? html`
          <p class="muted" id="history-for">${text('checkins.historyFor', { card: this.historyCard })}</p>
          ${this.renderAttempts(this.history, 'checkins-history', text('checkins.noneForCard'), false)}
          ${this.historyMore ? html`<div class="list-end"><button type="button" id="history-more"
            @click=${() => this.lookUp(this.historyCard, true)}>${text('common.loadMore')}</button></div>` : nothing}` : nothing}
      </section>`;
  }
}

customElements.define('fitness-checkins', FitnessCheckins);
