import { html, nothing } from 'lit';
import { AtriumElement } from 'atrium/element.js';
import { api } from 'atrium/api.js';
import { t } from 'atrium/i18n.js';
import { refreshContributions } from 'atrium/contributions.js';
import { errorText } from 'atrium/forms.js';

/** Modules: those installed and those the feature repositories offer, with install and remove. */
class AdminModules extends AtriumElement {
  static properties = { modules: { state: true }, busy: { state: true }, error: { state: true }, notice: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.modules = await api('/modules/available');
    } catch (error) {
      this.error = errorText(error);
    }
  }

  async change(module, install) {
    this.busy = module.id;
    this.error = null;
    this.notice = null;
    try {
      if (install) await api('/modules', { method: 'POST', body: { id: module.id } });
      else await api(`/modules/${encodeURIComponent(module.id)}`, { method: 'DELETE' });
      this.notice = t(install ? 'modules.installed' : 'modules.removed', { name: module.name });
      await Promise.all([this.load(), refreshContributions()]);
    } catch (error) {
      this.error = errorText(error);
    } finally {
      this.busy = null;
    }
  }

  render() {
    return html`
      <section class="page admin-modules">
        <h1>${t('modules.title')}</h1>
        <p class="muted">${t('modules.intro')}</p>
        ${this.error ? html`<div class="alert" role="alert">${this.error}</div>` : nothing}
        ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
        ${!this.modules ? html`<p role="status">${t('common.loading')}</p>` : html`
          <table class="data" id="modules">
            <thead><tr><th scope="col">${t('modules.name')}</th><th scope="col">${t('modules.version')}</th>
              <th scope="col">${t('modules.state')}</th><th scope="col"><span class="visually-hidden">${t('common.actions')}</span></th></tr></thead>
            <tbody>${this.modules.map((module) => {
              const installed = module.state !== 'available';
              return html`
                <tr data-module=${module.id}>
                  <th scope="row">${module.name}<p class="muted">${module.description}</p></th>
                  <td>${module.version}</td>
                  <td><span class="badge state-${module.state}">${t(`modules.state.${module.state}`)}</span></td>
                  <td>
                    <button type="button" data-action=${installed ? 'remove' : 'install'} data-module=${module.id}
                      class=${installed ? '' : 'primary'} ?disabled=${Boolean(this.busy)} aria-busy=${String(this.busy === module.id)}
                      @click=${() => this.change(module, !installed)}>
                      ${this.busy === module.id ? t('common.working') : t(installed ? 'modules.remove' : 'modules.install')}
                    </button>
                  </td>
                </tr>`;
            })}
            </tbody>
          </table>`}
      </section>`;
  }
}

customElements.define('admin-modules', AdminModules);
