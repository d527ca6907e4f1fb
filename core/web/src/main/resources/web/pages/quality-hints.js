import { html, nothing } from 'lit';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';

const CHECK_DELAY_MS = 400;
const LIST = /^(phones|emails)\[(\d+)\]$/;
// the last part of a field path, e.g. legalEntities[0].inn → inn, and the label the form gives it
const LABELS = {
  name: 'client.name', phones: 'client.phones', emails: 'client.emails', inn: 'legal.inn', kpp: 'legal.kpp',
  ogrn: 'legal.ogrn', taxId: 'legal.taxId', vatNumber: 'legal.vat',
};

/** A field of an issue in words: "INN", "Phones 2", "Name of contact 1". */
export function fieldText(path) {
  const contact = /^contacts\[(\d+)\]\.(.*)$/.exec(path);
  if (contact) return t('quality.ofContact', { field: fieldText(contact[2]), number: Number(contact[1]) + 1 });
  const entity = /^legalEntities\[(\d+)\]\.(\w+)$/.exec(path);
  if (entity) return LABELS[entity[2]] ? t(LABELS[entity[2]]) : entity[2];
  const item = /^(\w+)\[(\d+)\]$/.exec(path);
  if (item) return `${LABELS[item[1]] ? t(LABELS[item[1]]) : item[1]} ${Number(item[2]) + 1}`;
  return LABELS[path] ? t(LABELS[path]) : path;
}

/** A suggested fix in words: "Replace with ООО «Альфа»", "Move to E-mails: ivan@alfa.ru". */
export function fixText(fix) {
  if (!fix) return '';
  return t(`quality.fix.${fix.action}`, { values: fix.values.join(', '), target: fieldText(fix.targetField) });
}

/**
 * The draft field (`phones[1]`) a form's list entry is checked as: the draft leaves the
 * empty entries out, so entry 2 of ['', 'a', 'b'] is phones[1]; an empty entry has none.
 */
export function draftField(name, values, index) {
  if (!values[index]?.trim()) return null;
  return `${name}[${values.slice(0, index).filter((value) => value.trim()).length}]`;
}

/**
 * What applying an issue's fix changes in a form that edits the phone and e-mail lists and single
 * fields by path: the new lists (compact, as the draft was checked; never empty) and the values to
 * put into single fields. A fix whose field or target the form does not edit changes nothing.
 */
export function fixChanges(issue, lists) {
  const { field, fix } = issue;
  const compact = Object.fromEntries(Object.entries(lists).map(([name, values]) => [name, values.map((v) => v.trim()).filter(Boolean)]));
  const fields = {};
  const at = LIST.exec(field);
  const replaceWith = (values) => {
    if (at) compact[at[1]].splice(Number(at[2]), 1, ...values);
    else fields[field] = values[0] ?? '';
  };
  if (fix.action === 'REPLACE') replaceWith(fix.values.slice(0, 1));
  if (fix.action === 'SPLIT') replaceWith(fix.values);
  if (fix.action === 'MOVE') {
    replaceWith([]);
    if (compact[fix.targetField]) compact[fix.targetField].push(...fix.values);
    else fields[fix.targetField] = fix.values[0];
  }
  const changed = Object.fromEntries(Object.entries(compact).map(([name, values]) => [name, values.length ? values : ['']]));
  return { lists: changed, fields };
}

/** One issue next to its field: what is wrong, the suggested fix and a button that applies it. */
export function qualityHint(issue, apply) {
  if (!issue) return nothing;
  return html`
    <div class="quality-hint" data-issue=${issue.type} data-field=${issue.field} role="note">
      <span class="badge">${t(`quality.type.${issue.type}`)}</span>
      ${issue.fix ? html`<span>${fixText(issue.fix)}</span>
        ${apply ? html`<button type="button" class="link" data-action="apply-fix" @click=${() => apply(issue)}
          aria-label=${t('quality.applyTo', { fix: fixText(issue.fix), field: fieldText(issue.field) })}>${t('quality.apply')}</button>` : nothing}`
        : html`<span class="muted">${issue.message}</span>`}
    </div>`;
}

/**
 * The issues of a draft as a panel beside the form: how many, that saving is not blocked, and
 * those of fields the form does not edit (a contact's phone, a second legal entity), in words.
 */
export function qualityPanel(issues, elsewhere) {
  if (!issues.length) return nothing;
  const others = issues.filter(elsewhere);
  return html`
    <section class="panel quality-panel" aria-labelledby="quality-heading">
      <h2 id="quality-heading">${t('quality.formTitle', { count: issues.length })}</h2>
      <p class="muted">${t('quality.notBlocking')}</p>
      ${others.length ? html`<ul class="plain">
        ${others.map((issue) => html`
          <li data-issue=${issue.type} data-field=${issue.field}>
            <strong>${fieldText(issue.field)}</strong>: ${issue.value} — ${t(`quality.type.${issue.type}`)}${issue.fix
              ? html`. ${fixText(issue.fix)}` : nothing}
          </li>`)}
      </ul>` : nothing}
    </section>`;
}

/**
 * The data-quality check of a form's draft as the user types: after a pause, the newest draft
 * only. Nothing is stored; saving is never blocked by what it finds.
 */
export class QualityCheck {
  constructor(onIssues) {
    this.onIssues = onIssues;
  }

  check(draft) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(draft), CHECK_DELAY_MS);
  }

  async run(draft) {
    this.controller?.abort();
    this.controller = new AbortController();
    try {
      const answer = await api('/quality/check', { method: 'POST', body: draft, signal: this.controller.signal });
      this.onIssues(answer.issues);
    } catch {
      // a failed check leaves the last hints: they are only hints
    }
  }

  stop() {
    clearTimeout(this.timer);
    this.controller?.abort();
  }
}
