// #/fitness/classes: a week's class schedule with places booked, the trainers and their load per
// week, and forms to add a trainer and to schedule a class.
import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api, queryString } from 'atrium/api.js';
import { formatDate, formatDateTime, formatNumber } from 'atrium/i18n.js';
import { can } from 'atrium/session.js';
import { FieldErrors, errorText, formValues } from 'atrium/forms.js';
import { text } from './fitness-text.js';
import { addDays, allItems, focusFirstError, inputField, isoDay, monday, selectField, whole } from './fitness-shared.js';

const LOAD_WEEKS = 4;
const TRAINER_FIELDS = ['name', 'email', 'phone'];
const CLASS_FIELDS = ['title', 'trainerId', 'startsAt', 'minutes', 'capacity', 'room'];

/** The next full hour, as a datetime-local input writes it. */
function nextHour() {
  const at = new Date();
  at.setMinutes(60, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${isoDay(at)}T${pad(at.getHours())}:00`;
}

class FitnessClasses extends AtriumElement {
  static properties = {
    week: { state: true }, classes: { state: true }, trainers: { state: true }, loads: { state: true },
    error: { state: true }, notice: { state: true }, form: { state: true }, errors: { state: true }, saving: { state: true },
  };

  constructor() {
    super();
    this.week = monday();
    this.errors = new FieldErrors();
    this.generation = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    const generation = ++this.generation;
    const from = this.week;
    this.error = null;
    try {
      const [classes, trainers] = await Promise.all([
        allItems('/fitness/classes', { from: from.toISOString(), to: addDays(from, 7).toISOString() }),
        allItems('/fitness/trainers'),
      ]);
      if (generation !== this.generation) return;
      this.classes = classes;
      this.trainers = trainers;
      const loads = await Promise.all(trainers.map((trainer) => api(
        `/fitness/trainers/${encodeURIComponent(trainer.id)}/load${queryString({ from: isoDay(from), weeks: LOAD_WEEKS })}`)
        .catch(() => null)));
      if (generation === this.generation) this.loads = new Map(trainers.map((trainer, i) => [trainer.id, loads[i]]));
    } catch (error) {
      if (generation === this.generation) this.error = errorText(error);
    }
  }

  move(weeks) {
    this.week = weeks === 0 ? monday() : addDays(this.week, 7 * weeks);
    this.classes = null;
    this.loads = null;
    this.load();
  }

  open(form) {
    this.form = form;
    this.notice = null;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(form === 'trainer' ? '#trainer-name' : '#class-title')?.focus());
  }

  close() {
    const opener = this.form === 'trainer' ? '#new-trainer' : '#new-class';
    this.form = null;
    this.errors = new FieldErrors();
    this.updateComplete.then(() => this.querySelector(opener)?.focus());
  }

  /** Saves; `notice(saved)` answers a function giving the confirmation in the current language. */
  async save(call, fields, notice) {
    this.saving = true;
    this.errors = new FieldErrors();
    try {
      const saved = await call();
      this.notice = notice(saved);
      this.close();
      await this.load();
    } catch (error) {
      this.errors = new FieldErrors(error, fields);
      focusFirstError(this);
    } finally {
      this.saving = false;
    }
  }

  submitTrainer(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const body = { name: v.name, email: v.email || null, phone: v.phone || null };
    this.save(() => api('/fitness/trainers', { method: 'POST', body }), TRAINER_FIELDS,
      (trainer) => () => text('trainers.created', { name: trainer.name }));
  }

  submitClass(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const startsAt = v.startsAt && !Number.isNaN(new Date(v.startsAt).getTime()) ? new Date(v.startsAt).toISOString() : null;
    const body = {
      title: v.title, trainerId: v.trainerId || null, startsAt, minutes: whole(v.minutes), capacity: whole(v.capacity), room: v.room || null,
    };
    this.save(() => api('/fitness/classes', { method: 'POST', body }), CLASS_FIELDS,
      (scheduled) => {
        // show the week the class is in
        const week = monday(new Date(scheduled.startsAt));
        if (week.getTime() !== this.week.getTime()) this.week = week;
        return () => text('classes.created', { title: scheduled.title, at: formatDateTime(scheduled.startsAt) });
      });
  }

  trainerName(id) {
    return this.trainers?.find((trainer) => trainer.id === id)?.name ?? '—';
  }

  render() {
    const writable = can('fitness', 'WRITE');
    return html`
      <section class="page fitness-classes">
        <div class="page-head">
          <h1 tabindex="-1">${text('classes.title')}</h1>
          ${writable ? html`<div class="actions">
            <button type="button" class="primary" id="new-class" ?disabled=${!this.trainers?.length}
              aria-describedby=${this.trainers && !this.trainers.length ? 'no-trainers-hint' : nothing}
              @click=${() => this.open('class')}>${text('classes.new')}</button>
            <button type="button" id="new-trainer" @click=${() => this.open('trainer')}>${text('trainers.new')}</button>
          </div>` : nothing}
        </div>
        ${writable && this.trainers && !this.trainers.length
          ? html`<p class="muted" id="no-trainers-hint">${text('classes.needTrainer')}</p>` : nothing}
        ${this.notice ? html`<p class="notice" role="status" id="classes-notice">${this.notice()}</p>` : nothing}
        ${this.error ? html`<div class="alert" role="alert" id="classes-error">${this.error}</div>` : nothing}
        ${this.form === 'trainer' ? this.renderTrainerForm() : nothing}
        ${this.form === 'class' ? this.renderClassForm() : nothing}
        ${this.renderWeek()}
        ${this.renderLoad()}
      </section>`;
  }

  renderWeek() {
    const end = addDays(this.week, 6);
    return html`
      <section aria-labelledby="week-heading">
        <div class="page-head">
          <h2 id="week-heading" aria-live="polite" data-week=${isoDay(this.week)}>
            ${text('classes.week', { from: formatDate(this.week), to: formatDate(end) })}</h2>
          <div class="actions" role="group" aria-label=${text('classes.weekNav')}>
            <button type="button" id="week-previous" @click=${() => this.move(-1)}>${text('classes.previous')}</button>
            <button type="button" id="week-current" @click=${() => this.move(0)}>${text('classes.thisWeek')}</button>
            <button type="button" id="week-next" @click=${() => this.move(1)}>${text('classes.next')}</button>
          </div>
        </div>
        ${this.classes ? html`
          <div class="table-wrap">
            <table class="data" id="fitness-class-list">
              <caption class="visually-hidden">${text('classes.week', { from: formatDate(this.week), to: formatDate(end) })}</caption>
              <thead><tr>
                <th scope="col">${text('class.startsAt')}</th><th scope="col">${text('class.title')}</th>
                <th scope="col">${text('class.trainer')}</th><th scope="col">${text('class.minutes')}</th>
                <th scope="col">${text('class.room')}</th><th scope="col">${text('class.booked')}</th>
                <th scope="col">${text('class.placesLeft')}</th>
              </tr></thead>
              <tbody>
                ${this.classes.length ? nothing : html`<tr class="empty"><td colspan="7">${text('classes.none')}</td></tr>`}
                ${this.classes.map((c) => html`
                  <tr data-class=${c.id} data-trainer=${c.trainerId} class=${c.placesLeft === 0 ? 'fitness-full' : ''}>
                    <td>${formatDateTime(c.startsAt)}</td>
                    <th scope="row">${c.title}</th>
                    <td>${this.trainerName(c.trainerId)}</td>
                    <td>${formatNumber(c.minutes)}</td>
                    <td>${c.room ?? ''}</td>
                    <td>${text('class.bookedOf', { booked: formatNumber(c.booked), capacity: formatNumber(c.capacity) })}</td>
                    <td>${c.placesLeft === 0 ? html`<span class="badge">${text('class.full')}</span>` : formatNumber(c.placesLeft)}</td>
                  </tr>`)}
              </tbody>
            </table>
          </div>` : this.error ? nothing : html`<p role="status">${text('common.loading')}</p>`}
      </section>`;
  }

  renderLoad() {
    if (!this.trainers) return nothing;
    const weeks = Array.from({ length: LOAD_WEEKS }, (_, i) => addDays(this.week, 7 * i));
    return html`
      <section aria-labelledby="load-heading">
        <h2 id="load-heading">${text('trainers.load')}</h2>
        <p class="muted">${text('trainers.loadHint')}</p>
        <div class="table-wrap">
          <table class="data" id="fitness-trainer-load">
            <caption class="visually-hidden">${text('trainers.load')}</caption>
            <thead><tr>
              <th scope="col">${text('trainer.name')}</th>
              ${weeks.map((week) => html`<th scope="col" data-week=${isoDay(week)}>${text('trainers.weekOf', { date: formatDate(week) })}</th>`)}
            </tr></thead>
            <tbody>
              ${this.trainers.length ? nothing : html`<tr class="empty"><td colspan=${LOAD_WEEKS + 1}>${text('trainers.none')}</td></tr>`}
              ${this.trainers.map((trainer) => {
                const rows = this.loads?.get(trainer.id);
                return html`
                  <tr data-trainer=${trainer.id}>
                    <th scope="row">${trainer.name}
                      ${trainer.email || trainer.phone ? html`<br><span class="muted">${[trainer.email, trainer.phone].filter(Boolean).join(' · ')}</span>` : nothing}</th>
                    ${weeks.map((week, i) => {
                      const load = rows?.[i];
                      if (!this.loads) return html`<td>…</td>`;
                      if (!load) return html`<td>—</td>`;
                      return html`<td data-week=${load.weekStart ?? isoDay(week)}>
                        ${text('load.classes', { classes: formatNumber(load.classes), minutes: formatNumber(load.minutes) })}<br>
                        <span class="muted">${text('load.booked', { booked: formatNumber(load.booked), attended: formatNumber(load.attended) })}</span></td>`;
                    })}
                  </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </section>`;
  }

  renderTrainerForm() {
    const e = this.errors;
    return html`
      <form class="panel inline-form" id="trainer-form" novalidate aria-labelledby="trainer-form-heading" @submit=${this.submitTrainer}
        @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h2 id="trainer-form-heading">${text('trainers.newTitle')}</h2>
        ${e.summary()}
        ${inputField(e, { id: 'trainer-name', name: 'name', label: text('trainer.name'), required: true,
          attributes: { maxlength: 100, autocomplete: 'name' } })}
        ${inputField(e, { id: 'trainer-email', name: 'email', label: text('trainer.email'), type: 'email',
          attributes: { autocomplete: 'email', spellcheck: 'false' } })}
        ${inputField(e, { id: 'trainer-phone', name: 'phone', label: text('trainer.phone'), type: 'tel', attributes: { autocomplete: 'tel' } })}
        <div class="actions">
          <button type="submit" class="primary" id="save-trainer" ?disabled=${this.saving}>
            ${this.saving ? text('common.working') : text('common.save')}</button>
          <button type="button" id="cancel-trainer" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }

  renderClassForm() {
    const e = this.errors;
    const trainers = [{ value: '', label: text('form.chooseTrainer') }, ...(this.trainers ?? []).map((t) => ({ value: t.id, label: t.name }))];
    return html`
      <form class="panel inline-form" id="class-form" novalidate aria-labelledby="class-form-heading" @submit=${this.submitClass}
        @keydown=${(ev) => { if (ev.key === 'Escape') this.close(); }}>
        <h2 id="class-form-heading">${text('classes.newTitle')}</h2>
        ${e.summary()}
        ${inputField(e, { id: 'class-title', name: 'title', label: text('class.title'), required: true, attributes: { maxlength: 100 } })}
        ${selectField(e, { id: 'class-trainer', name: 'trainerId', label: text('class.trainer'), required: true, options: trainers })}
        ${inputField(e, { id: 'class-starts', name: 'startsAt', label: text('class.startsAt'), type: 'datetime-local', required: true,
          value: nextHour(), hint: text('class.startsHint') })}
        ${inputField(e, { id: 'class-minutes', name: 'minutes', label: text('class.minutes'), type: 'number', required: true, value: '60',
          attributes: { min: 1, max: 1440, step: 1, inputmode: 'numeric' } })}
        ${inputField(e, { id: 'class-capacity', name: 'capacity', label: text('class.capacity'), type: 'number', required: true, value: '20',
          attributes: { min: 1, max: 1000, step: 1, inputmode: 'numeric' } })}
        ${inputField(e, { id: 'class-room', name: 'room', label: text('class.room'), attributes: { maxlength: 100 } })}
        <div class="actions">
          <button type="submit" class="primary" id="save-class" ?disabled=${this.saving}>
            ${this.saving ? text('common.working') : text('classes.schedule')}</button>
          <button type="button" id="cancel-class" @click=${this.close}>${text('common.cancel')}</button>
        </div>
      </form>`;
  }
}

customElements.define('fitness-classes', FitnessClasses);
