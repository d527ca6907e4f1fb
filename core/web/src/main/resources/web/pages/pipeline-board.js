import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatMoney } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { navigate } from 'atrium/router.js';
import { errorText } from 'atrium/forms.js';
import { clientNames } from './client-names.js';

const DRAG_THRESHOLD_PX = 6;
const MAX_DEALS = 1000;

/**
 * A pipeline as a board: a column per stage, a card per deal. Cards move by dragging (mouse, pen
 * or touch, through pointer events) or by the stage list on each card (keyboard); either way the
 * move goes to the API with the deal's version, so a concurrent change is refused, not overwritten.
 */
class PipelineBoard extends AtriumElement {
  static properties = {
    pipelineId: {},
    pipelines: { state: true },
    deals: { state: true },
    names: { state: true },
    error: { state: true },
    over: { state: true },
    pendingLoss: { state: true },
  };

  constructor() {
    super();
    this.deals = [];
    this.names = new Map();
    this.drag = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get pipeline() {
    return this.pipelines?.find((p) => p.id === this.pipelineId) ?? this.pipelines?.[0];
  }

  async load() {
    try {
      this.pipelines ??= await api('/pipelines');
      const pipeline = this.pipeline;
      if (!pipeline) return;
      const deals = [];
      let after = '';
      do {
        const page = await api(`/opportunities${queryString({ pipelineId: pipeline.id, limit: 200, after })}`);
        deals.push(...page.items);
        after = page.next;
      } while (after && deals.length < MAX_DEALS);
      this.deals = deals;
      this.names = await clientNames(deals.map((deal) => deal.clientId));
    } catch (error) {
      this.error = errorText(error);
    }
  }

  async move(deal, stage, lostReason = null) {
    if (stage.id === deal.stageId) return;
    if (stage.outcome === 'LOST' && !lostReason) {
      this.pendingLoss = { deal, stage };
      this.updateComplete.then(() => this.querySelector('#lost-reason')?.focus());
      return;
    }
    const before = this.deals;
    // the card moves at once; the answer confirms it or puts it back
    this.deals = before.map((d) => (d.id === deal.id ? { ...d, stageId: stage.id } : d));
    try {
      const moved = await api(`/opportunities/${encodeURIComponent(deal.id)}/stage`,
        { method: 'POST', body: { stageId: stage.id, lostReason }, record: deal });
      this.deals = this.deals.map((d) => (d.id === moved.id ? moved : d));
      this.error = null;
    } catch (error) {
      this.deals = before;
      this.error = errorText(error);
      if (error.status === 409) this.load();
    }
  }

  // ---- dragging with pointer events
  pointerDown(event, deal) {
    if (event.button !== 0 || !can('opportunities', 'WRITE') || event.target.closest('select, a')) return;
    this.drag = { deal, card: event.currentTarget, x: event.clientX, y: event.clientY, active: false, pointer: event.pointerId };
  }

  pointerMove(event) {
    const drag = this.drag;
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.active && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!drag.active) {
      drag.active = true;
      drag.card.setPointerCapture?.(drag.pointer);
      drag.card.classList.add('dragging');
    }
    event.preventDefault();
    drag.card.style.transform = `translate(${dx}px, ${dy}px)`;
    this.over = this.columnAt(event.clientX, event.clientY)?.dataset.stage ?? null;
  }

  pointerUp(event) {
    const drag = this.drag;
    this.drag = null;
    if (!drag?.active) return;
    drag.card.classList.remove('dragging');
    drag.card.style.transform = '';
    const stageId = this.columnAt(event.clientX, event.clientY)?.dataset.stage;
    this.over = null;
    const stage = this.pipeline.stages.find((s) => s.id === stageId);
    if (stage) this.move(drag.deal, stage);
  }

  columnAt(x, y) {
    return document.elementsFromPoint(x, y).find((element) => element.classList?.contains('board-column'));
  }

  confirmLoss(event) {
    event.preventDefault();
    const reason = event.target.reason.value.trim();
    if (!reason) return;
    const { deal, stage } = this.pendingLoss;
    this.pendingLoss = null;
    this.move(deal, stage, reason);
  }

  render() {
    const pipeline = this.pipeline;
    return html`
      <section class="page pipeline-page">
        <div class="page-head">
          <h1>${t('board.title')}</h1>
          ${this.pipelines?.length > 1 ? html`
            <label>${t('board.pipeline')}
              <select id="pipeline-select" @change=${(e) => navigate(`/pipeline/${e.target.value}`)}>
                ${this.pipelines.map((p) => html`<option value=${p.id} ?selected=${p === pipeline}>${p.name}</option>`)}
              </select>
            </label>` : nothing}
        </div>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.pendingLoss ? this.renderLossForm() : nothing}
        ${pipeline ? html`
          <div class="board" id="board" @pointermove=${this.pointerMove} @pointerup=${this.pointerUp}
            @pointercancel=${this.pointerUp}>
            ${pipeline.stages.map((stage) => this.renderColumn(pipeline, stage))}
          </div>` : html`<p class="muted">${t('board.noPipeline')}</p>`}
      </section>`;
  }

  renderColumn(pipeline, stage) {
    const deals = this.deals.filter((deal) => deal.stageId === stage.id);
    // one total per currency: amounts in different currencies do not add up
    const totals = new Map();
    for (const deal of deals.filter((d) => d.currency && d.amount !== null)) {
      totals.set(deal.currency, (totals.get(deal.currency) ?? 0) + Number(deal.amount));
    }
    return html`
      <section class="board-column ${this.over === stage.id ? 'over' : ''} outcome-${stage.outcome}" data-stage=${stage.id}
        aria-labelledby="stage-${stage.id}">
        <header>
          <h2 id="stage-${stage.id}">${stage.name}</h2>
          <p class="muted">${[t('board.count', { count: deals.length }), ...[...totals].map(([currency, total]) => formatMoney(total, currency))].join(' · ')}</p>
        </header>
        <ul class="plain">
          ${deals.map((deal) => html`
            <li class="deal-card" data-id=${deal.id} @pointerdown=${(e) => this.pointerDown(e, deal)}>
              <p class="deal-title">${deal.title}</p>
              <p><a href="#/clients/${deal.clientId}">${this.names.get(deal.clientId) ?? '…'}</a></p>
              <p class="deal-amount">${formatMoney(deal.amount, deal.currency)}</p>
              ${can('opportunities', 'WRITE') ? html`
                <label class="visually-hidden" for="move-${deal.id}">${t('board.moveTo', { title: deal.title })}</label>
                <select id="move-${deal.id}" class="move" @change=${(e) => this.move(deal, pipeline.stages.find((s) => s.id === e.target.value))}>
                  ${pipeline.stages.map((s) => html`<option value=${s.id} ?selected=${s.id === deal.stageId}>${s.name}</option>`)}
                </select>` : nothing}
            </li>`)}
        </ul>
      </section>`;
  }

  renderLossForm() {
    return html`
      <form class="panel inline-form" @submit=${this.confirmLoss}>
        <div class="field wide">
          <label for="lost-reason">${t('board.lostReason', { title: this.pendingLoss.deal.title })}</label>
          <input id="lost-reason" name="reason" required>
        </div>
        <div class="actions">
          <button type="submit" class="primary">${t('common.save')}</button>
          <button type="button" @click=${() => { this.pendingLoss = null; this.requestUpdate(); }}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('pipeline-board', PipelineBoard);
