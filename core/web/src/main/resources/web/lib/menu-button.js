import { html } from 'lit';
import { AtriumElement } from './element.js';

// A menu button after the WAI-ARIA Authoring Practices' pattern: the button says whether its menu
// is open (aria-expanded); Enter, Space or Down open it on the first item, Up on the last; in the
// menu Up and Down move (wrapping), Home and End jump, a letter goes to the next item starting
// with it, Escape closes it and gives the focus back to the button, Tab closes it and moves on.
// One menu is open at a time; a click outside closes it.

const OPENED = 'atrium-menu-opened';

class AtriumMenu extends AtriumElement {
  static properties = {
    menuId: { attribute: 'menu-id' },
    label: {},
    items: { attribute: false },
    open: { state: true },
  };

  constructor() {
    super();
    this.items = [];
    this.open = false;
    this.onOtherOpened = (event) => { if (event.detail !== this) this.close(false); };
    this.onOutside = (event) => { if (this.open && !this.contains(event.target)) this.close(false); };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener(OPENED, this.onOtherOpened);
    document.addEventListener('pointerdown', this.onOutside);
  }

  disconnectedCallback() {
    window.removeEventListener(OPENED, this.onOtherOpened);
    document.removeEventListener('pointerdown', this.onOutside);
    super.disconnectedCallback();
  }

  menuItems() {
    return [...this.querySelectorAll('[role="menuitem"]')];
  }

  async show(focus) {
    this.open = true;
    window.dispatchEvent(new CustomEvent(OPENED, { detail: this }));
    await this.updateComplete;
    const items = this.menuItems();
    (focus === 'last' ? items[items.length - 1] : items[0])?.focus();
  }

  close(returnFocus) {
    if (!this.open) return;
    this.open = false;
    if (returnFocus) this.querySelector('button').focus();
  }

  // Enter and Space click the button, which opens the menu on its first item
  onButtonKey(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.show('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.show('last');
    } else if (event.key === 'Escape') {
      this.close(true);
    }
  }

  onMenuKey(event) {
    const items = this.menuItems();
    const index = items.indexOf(document.activeElement);
    const move = (to) => { event.preventDefault(); items[(to + items.length) % items.length]?.focus(); };
    switch (event.key) {
      case 'ArrowDown': move(index + 1); break;
      case 'ArrowUp': move(index - 1); break;
      case 'Home': move(0); break;
      case 'End': move(items.length - 1); break;
      case 'Escape': event.preventDefault(); event.stopPropagation(); this.close(true); break;
      case 'Tab': this.close(false); break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLocaleLowerCase();
          const after = [...items.slice(index + 1), ...items.slice(0, index + 1)];
          const next = after.find((item) => item.textContent.trim().toLocaleLowerCase().startsWith(letter));
          if (next) move(items.indexOf(next));
        }
    }
  }

  onFocusOut(event) {
    if (this.open && event.relatedTarget && !this.contains(event.relatedTarget)) this.close(false);
  }

  render() {
    const buttonId = `${this.menuId}-button`;
    const current = this.items.some((item) => item.current);
    return html`
      <button type="button" id=${buttonId} class="menu-button ${current ? 'current' : ''}" aria-haspopup="true"
        aria-expanded=${String(this.open)} aria-controls=${this.menuId}
        @click=${() => (this.open ? this.close(true) : this.show('first'))} @keydown=${this.onButtonKey}>${this.label}</button>
      <ul role="menu" id=${this.menuId} aria-labelledby=${buttonId} ?hidden=${!this.open}
        @keydown=${this.onMenuKey} @focusout=${this.onFocusOut}>
        ${this.items.map((item) => html`
          <li role="none"><a role="menuitem" tabindex="-1" href="#${item.route}" data-route=${item.route}
            aria-current=${item.current ? 'page' : 'false'} @click=${() => this.close(false)}>${item.text}</a></li>`)}
      </ul>`;
  }
}

customElements.define('atrium-menu', AtriumMenu);
