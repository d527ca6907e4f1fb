// The module's tab on the client card: a web component the Atrium shell creates with the
// client's id in its client-id attribute. Plain ES module, no build step.
const API = '/api/${moduleId}/items';

class ClientTab extends HTMLElement {
  static get observedAttributes() { return ['client-id']; }

  connectedCallback() { this.load(); }

  attributeChangedCallback() { if (this.isConnected) this.load(); }

  async load() {
    const clientId = this.getAttribute('client-id');
    if (!clientId) return;
    const response = await fetch(API + '?clientId=' + encodeURIComponent(clientId), { credentials: 'same-origin' });
    if (!response.ok) {
      this.textContent = 'Could not load the items (' + response.status + ')';
      return;
    }
    const items = await response.json();
    const list = document.createElement('ul');
    for (const item of items) {
      const line = document.createElement('li');
      line.textContent = new Date(item.createdAt).toLocaleDateString() + ' · ' + item.title;
      list.append(line);
    }
    this.replaceChildren(items.length ? list : document.createTextNode('No items yet.'));
  }
}

customElements.define('${moduleId}-client-tab', ClientTab);
