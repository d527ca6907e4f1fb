import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { FieldErrors } from 'atrium/forms.js';
import { describedBy } from './automation-shared.js';

// A rule's conditions as the editor holds them: groups (all / any) of comparisons and of groups,
// nested as deep as the API takes; in JSON `{"all":[…]}`, `{"any":[…]}`, `{"field","op","value"}`.
// `in-saved-filter` takes a saved filter's id as its value and a field holding a client id.

const IN_SAVED_FILTER = 'in-saved-filter';
export const OPERATORS = ['eq', 'ne', 'lt', 'gt', 'contains', 'empty', 'not-empty', 'in', IN_SAVED_FILTER];
const CLIENT_ID_FIELDS = ['id', 'clientId'];
const WITHOUT_VALUE = ['empty', 'not-empty'];
const MAX_DEPTH = 5;
// what a field is suggested from: the record the rule is about, by its trigger's first word
const FIELDS = {
  client: ['name', 'kind', 'status', 'source', 'tags', 'emails', 'phones', 'clientType', 'sector', 'geography', 'responsibleManagerId'],
  opportunity: ['title', 'amount', 'currency', 'probability', 'pipelineId', 'stageId', 'outcome', 'ownerId', 'expectedClose', 'lostReason'],
  task: ['title', 'description', 'priority', 'status', 'assigneeId', 'dueAt'],
  activity: ['type', 'subject', 'result', 'authorId', 'occurredAt'],
};
const KINDS = { client: 'CLIENT', opportunity: 'OPPORTUNITY', task: 'TASK', activity: 'ACTIVITY' };

let nextKey = 0;
const group = (kind = 'all', items = []) => ({ key: nextKey++, kind, items });
const comparison = (c = {}) => ({
  key: nextKey++, field: c.field ?? '', op: c.op ?? 'eq', value: c.value ?? '', values: (c.values ?? []).join(', '),
});

function read(node) {
  if (node?.all || node?.any) {
    const kind = node.all ? 'all' : 'any';
    return group(kind, node[kind].map(read));
  }
  return comparison(node);
}

/** The editor's model of a rule's conditions as the API answers them (none: an empty "all"). */
export function conditionsModel(json) {
  if (!json) return group();
  const model = read(json);
  return model.items ? model : group('all', [model]);
}

function write(node) {
  if (node.items) return { [node.kind]: node.items.map(write) };
  const out = { field: node.field.trim(), op: node.op };
  if (node.op === 'in') out.values = node.values.split(',').map((v) => v.trim()).filter(Boolean);
  else if (!WITHOUT_VALUE.includes(node.op)) out.value = node.value;
  return out;
}

/** The conditions to send: null when there are none, so every record qualifies. */
export const conditionsDraft = (model) => (model.items.length ? write(model) : null);

/** The paths of the inputs shown, as the API's errors name them (`conditions.all[0].op`). */
export function conditionsFields(model, path = 'conditions') {
  if (!model.items) return [`${path}.field`, `${path}.op`, `${path}.value`, `${path}.values`, path];
  return [path, `${path}.${model.kind}`, ...model.items.flatMap((item, i) => conditionsFields(item, `${path}.${model.kind}[${i}]`))];
}

/**
 * Edits the conditions: each group says whether all or any of its items must hold, and holds
 * comparisons (field, operator, value) and groups of its own. Fires `conditions-change` with the model.
 */
class RuleConditions extends AtriumElement {
  static properties = {
    model: { attribute: false }, errors: { attribute: false }, trigger: {},
    customFields: { state: true }, savedFilters: { state: true },
  };

  constructor() {
    super();
    this.errors = new FieldErrors();
    this.customFields = [];
    this.savedFilters = [];
  }

  async connectedCallback() {
    super.connectedCallback();
    // the saved filters the user sees (its own and the shared ones); without access to clients, none
    [this.customFields, this.savedFilters] = await Promise.all([api('/custom-fields').catch(() => []),
      api('/saved-filters').catch(() => [])]);
  }

  /** A new operator; a saved filter is about a client: the record itself, or the client it belongs to. */
  changeOperator(node, op) {
    node.op = op;
    if (op === IN_SAVED_FILTER && !CLIENT_ID_FIELDS.includes(node.field.trim())) {
      // deals', tasks' and activities' rules name their client; the others (modules', dates) are about the client
      node.field = ['opportunity', 'task', 'activity'].includes((this.trigger ?? '').split('.')[0]) ? 'clientId' : 'id';
    }
    this.changed();
  }

  changed(focus) {
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('conditions-change', { detail: this.model }));
    if (focus) this.updateComplete.then(() => this.querySelector(focus)?.focus());
  }

  suggestions() {
    const record = (this.trigger ?? '').split('.')[0];
    const fields = FIELDS[record] ?? FIELDS.client;
    const kind = KINDS[record] ?? 'CLIENT';
    return [...fields, ...this.customFields.filter((f) => f.recordKind === kind).map((f) => `customFields.${f.key}`)];
  }

  render() {
    return html`
      <fieldset id="rule-conditions" class="rule-conditions">
        <legend>${t('rules.if')}</legend>
        <p class="hint wide">${t('rules.conditionsHint')}</p>
        <datalist id="condition-fields">${this.suggestions().map((field) => html`<option value=${field}></option>`)}</datalist>
        ${this.renderGroup(this.model, 'conditions', 0)}
      </fieldset>`;
  }

  renderGroup(node, path, depth) {
    const e = this.errors;
    const id = `group-${node.key}`;
    return html`
      <div class="condition-group wide" data-group=${node.key} data-path=${path} role="group" aria-labelledby="${id}-kind-label">
        <div class="field condition-kind">
          <label for="${id}-kind" id="${id}-kind-label">${depth ? t('rules.subgroup') : t('rules.match')}</label>
          <select id="${id}-kind" data-input="group-kind" @change=${(ev) => { node.kind = ev.target.value; this.changed(); }}
            aria-invalid=${String(e.has(path))} aria-describedby=${describedBy(e, path)}>
            <option value="all" ?selected=${node.kind === 'all'}>${t('rules.all')}</option>
            <option value="any" ?selected=${node.kind === 'any'}>${t('rules.any')}</option>
          </select>
          ${e.for(path)}${e.for(`${path}.${node.kind}`)}
        </div>
        ${node.items.length ? nothing : html`<p class="muted">${depth ? t('rules.emptyGroup') : t('rules.noConditions')}</p>`}
        <ul class="plain condition-items">${node.items.map((item, i) => html`
          <li>${item.items
            ? this.renderGroup(item, `${path}.${node.kind}[${i}]`, depth + 1)
            : this.renderComparison(item, `${path}.${node.kind}[${i}]`)}
            <button type="button" class="link" data-action="remove-condition" aria-label=${t('rules.removeCondition', { number: i + 1 })}
              @click=${() => { node.items.splice(i, 1); this.changed(`#${id}-kind`); }}>${t('rules.remove')}</button>
          </li>`)}
        </ul>
        <div class="actions">
          <button type="button" data-action="add-condition" @click=${() => {
            const added = comparison();
            node.items.push(added);
            this.changed(`[data-condition="${added.key}"] input`);
          }}>${t('rules.addCondition')}</button>
          ${depth + 1 < MAX_DEPTH ? html`<button type="button" data-action="add-group" @click=${() => {
            const added = group(node.kind === 'all' ? 'any' : 'all', [comparison()]);
            node.items.push(added);
            this.changed(`[data-group="${added.key}"] select`);
          }}>${t('rules.addGroup')}</button>` : nothing}
        </div>
      </div>`;
  }

  renderComparison(node, path) {
    const e = this.errors;
    const id = `condition-${node.key}`;
    const takesValue = !WITHOUT_VALUE.includes(node.op);
    const valuePath = node.op === 'in' ? `${path}.values` : `${path}.value`;
    return html`
      <div class="condition inline-form" data-condition=${node.key} data-path=${path}>
        <div class="field">
          <label for="${id}-field">${t('rules.field')}</label>
          <input id="${id}-field" data-input="field" list="condition-fields" autocomplete="off" spellcheck="false" .value=${node.field}
            @input=${(ev) => { node.field = ev.target.value; this.changed(); }}
            aria-invalid=${String(e.has(`${path}.field`))} aria-describedby=${describedBy(e, `${path}.field`)}>
          ${e.for(`${path}.field`)}${e.for(path)}
        </div>
        <div class="field">
          <label for="${id}-op">${t('rules.operator')}</label>
          <select id="${id}-op" data-input="op" @change=${(ev) => this.changeOperator(node, ev.target.value)}
            aria-invalid=${String(e.has(`${path}.op`))} aria-describedby=${describedBy(e, `${path}.op`)}>
            ${OPERATORS.map((op) => html`<option value=${op} ?selected=${node.op === op}>${t(`rules.op.${op}`)}</option>`)}
          </select>
          ${e.for(`${path}.op`)}
        </div>
        ${node.op === IN_SAVED_FILTER ? this.renderSavedFilter(node, id, valuePath) : takesValue ? html`
          <div class="field">
            <label for="${id}-value">${node.op === 'in' ? t('rules.values') : t('rules.value')}</label>
            <input id="${id}-value" data-input="value" .value=${node.op === 'in' ? node.values : node.value}
              @input=${(ev) => { if (node.op === 'in') node.values = ev.target.value; else node.value = ev.target.value; this.changed(); }}
              aria-invalid=${String(e.has(valuePath))} aria-describedby=${describedBy(e, valuePath, node.op === 'in' ? `${id}-values-hint` : '')}>
            ${node.op === 'in' ? html`<p class="hint" id="${id}-values-hint">${t('rules.valuesHint')}</p>` : nothing}
            ${e.for(valuePath)}
          </div>` : nothing}
      </div>`;
  }

  /** The saved filter a condition names, picked by name; one deleted since (or not visible) shows its id. */
  renderSavedFilter(node, id, valuePath) {
    const e = this.errors;
    const known = this.savedFilters.some((saved) => saved.id === node.value);
    return html`
      <div class="field">
        <label for="${id}-value">${t('rules.savedFilter')}</label>
        <select id="${id}-value" data-input="saved-filter" @change=${(ev) => { node.value = ev.target.value; this.changed(); }}
          aria-invalid=${String(e.has(valuePath))} aria-describedby=${describedBy(e, valuePath, `${id}-saved-hint`)}>
          <option value="" ?selected=${!node.value}>—</option>
          ${node.value && !known ? html`<option value=${node.value} selected>${node.value}</option>` : nothing}
          ${this.savedFilters.map((saved) => html`<option value=${saved.id} ?selected=${saved.id === node.value}>${saved.name}</option>`)}
        </select>
        <p class="hint" id="${id}-saved-hint">${t('rules.savedFilterHint')}</p>
        ${e.for(valuePath)}
      </div>`;
  }
}

customElements.define('rule-conditions', RuleConditions);
