import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { reasonText, scoreText } from './match-reasons.js';

const MATCH_DELAY_MS = 400;
const SHOWN = 5;

/**
 * The clients that a draft may duplicate, looked up as the user types (the "new counterparty
 * wizard"): a strong candidate must be acknowledged before the form saves a new client.
 */
class DuplicateCandidates extends AtriumElement {
  static properties = { candidates: { state: true }, confirmed: { type: Boolean }, refused: { type: Boolean } };

  constructor() {
    super();
    this.candidates = [];
    this.confirmed = false;
  }

  /** Looks the draft up after a pause in typing; a newer draft supersedes an older lookup. */
  check(draft, ownId = null) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.lookUp(draft, ownId), MATCH_DELAY_MS);
  }

  async lookUp(draft, ownId) {
    const identifying = draft.name?.length >= 3 || draft.phones?.length || draft.emails?.length || draft.legalEntities?.length;
    if (!identifying) {
      this.candidates = [];
      return;
    }
    this.controller?.abort();
    this.controller = new AbortController();
    try {
      const answer = await api(`/clients/match${queryString({ limit: SHOWN + 1 })}`,
        { method: 'POST', body: draft, signal: this.controller.signal });
      this.show(answer.candidates.filter((candidate) => candidate.clientId !== ownId));
    } catch {
      // a failed lookup leaves the last answer: saving still checks on the server
    }
  }

  /** Candidates as a refused save answered them. */
  show(candidates, refused = false) {
    this.candidates = candidates.slice(0, SHOWN);
    this.refused = refused;
    if (!this.candidates.some((candidate) => candidate.decision === 'STRONG')) this.confirmed = false;
  }

  get strong() {
    return this.candidates.some((candidate) => candidate.decision === 'STRONG');
  }

  render() {
    if (!this.candidates.length) return nothing;
    return html`
      <section class="panel candidates-panel ${this.refused ? 'refused' : ''}" aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">${t('match.title')}</h2>
        <p class="muted">${t(this.strong ? 'match.strongHint' : 'match.possibleHint')}</p>
        <ul class="plain">
          ${this.candidates.map((candidate) => html`
            <li class="candidate ${candidate.decision}" data-id=${candidate.clientId}>
              <a href="#/clients/${candidate.clientId}" target="_blank" rel="noopener">${candidate.name}</a>
              <span class="badge">${t(`match.${candidate.decision}`)} · ${scoreText(candidate.score)}</span>
              <p class="muted">${candidate.reasons.map(reasonText).join(' · ')}</p>
            </li>`)}
        </ul>
        ${this.strong ? html`
          <label class="field check">
            <input type="checkbox" id="confirm-new" .checked=${this.confirmed}
              @change=${(e) => { this.confirmed = e.target.checked; }}>
            ${t('match.confirmNew')}
          </label>` : nothing}
      </section>`;
  }
}

customElements.define('duplicate-candidates', DuplicateCandidates);
