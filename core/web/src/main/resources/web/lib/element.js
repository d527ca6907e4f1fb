import { LitElement } from 'lit';

/**
 * The base of Atrium's elements: rendered in the page's own DOM (one style sheet, and tests and
 * assistive tools see plain elements), and drawn again whenever the language changes.
 */
export class AtriumElement extends LitElement {
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.onLanguage = () => this.requestUpdate();
    window.addEventListener('atrium-language', this.onLanguage);
  }

  disconnectedCallback() {
    window.removeEventListener('atrium-language', this.onLanguage);
    super.disconnectedCallback();
  }
}
