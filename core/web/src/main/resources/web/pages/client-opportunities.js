import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { t, formatMoney, formatDate } from 'atrium/i18n.js';
import { errorText } from 'atrium/forms.js';

/** A client's deals with their stage, amount and expected close; each links to its pipeline board. */
class ClientOpportunities extends AtriumElement {
  static properties = { clientId: {}, deals: { state: true }, stages: { state: true }, error: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [page, pipelines] = await Promise.all([
        api(`/opportunities${queryString({ clientId: this.clientId, limit: 100 })}`),
        api('/pipelines'),
      ]);
      this.stages = new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name])));
      this.deals = page.items;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  render() {
    if (this.error) return html`<div class="alert" role="alert">${this.error}</div>`;
    if (!this.deals) return html`<p role="status">${t('common.loading')}</p>`;
    if (!this.deals.length) return html`<p class="muted">${t('deal.none')}</p>`;
    return html`
      <table class="data">
        <thead><tr><th scope="col">${t('deal.title')}</th><th scope="col">${t('deal.stage')}</th>
          <th scope="col">${t('deal.amount')}</th><th scope="col">${t('deal.expectedClose')}</th></tr></thead>
        <tbody>${this.deals.map((deal) => html`
          <tr data-id=${deal.id}>
            <th scope="row"><a href="#/pipeline/${deal.pipelineId}">${deal.title}</a></th>
            <td>${this.stages.get(deal.stageId) ?? deal.stageId}${deal.outcome && deal.outcome !== 'OPEN' ? html` · ${t(`outcome.${deal.outcome}`)}` : nothing}</td>
            <td>${formatMoney(deal.amount, deal.currency)}</td>
            <td>${formatDate(deal.expectedClose)}</td>
          </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('client-opportunities', ClientOpportunities);
