// The memberships tab on the client card: a web component the Atrium shell creates with the
// client's id in its client-id attribute. Plain ES module, no build step.
const API = '/api/fitness/memberships';

class FitnessClientTab extends HTMLElement {
  static get observedAttributes() { return ['client-id']; }

  connectedCallback() { this.load(); }

  attributeChangedCallback() { if (this.isConnected) this.load(); }

  async load() {
    const clientId = this.getAttribute('client-id');
    if (!clientId) return;
    const response = await fetch(API + '?clientId=' + encodeURIComponent(clientId), { credentials: 'same-origin' });
    if (!response.ok) {
      this.textContent = 'Could not load the memberships (' + response.status + ')';
      return;
    }
    const memberships = await response.json();
    const list = document.createElement('ul');
    for (const membership of memberships) {
      const line = document.createElement('li');
      const visits = membership.visitsLeft === null ? '' : ' · ' + membership.visitsLeft + ' visits left';
      line.textContent = membership.planName + ' · ' + membership.start + ' – ' + membership.end
        + ' · ' + membership.status + visits + ' · card ' + membership.card;
      list.append(line);
    }
    this.replaceChildren(memberships.length ? list : document.createTextNode('No memberships yet.'));
  }
}

customElements.define('fitness-client-tab', FitnessClientTab);
