/**
 * Building the page without innerHTML: every node is created with createElement and every
 * text set as textContent (the Content-Security-Policy enforces Trusted Types with no policy,
 * so an HTML sink would throw).
 */
export type Child = Node | string | number | null | undefined | false;
/** A child, or lists of them, nested as deep as the page builds them. */
export type Children = Child | readonly Children[];

export interface Attributes {
  readonly class?: string;
  readonly testId?: string;
  readonly [attribute: string]: string | number | boolean | undefined | ((event: Event) => void);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') element.className = String(value);
    else if (name === 'testId') element.dataset.testid = String(value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Children[]): void {
  for (const child of children) {
    if (isList(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function show(parent: Element, ...children: Children[]): void {
  parent.replaceChildren();
  append(parent, children);
}

const isList = (child: Children): child is readonly Children[] => Array.isArray(child);

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** A labelled form field: the label wraps the control, so getByLabel finds it. */
export function field(label: string, control: HTMLElement, hint?: Child): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control, hint ? h('span', { class: 'field-hint' }, hint) : null);
}

export function button(text: string, onClick: () => void | Promise<void>, attributes: Attributes = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, text);
  element.addEventListener('click', () => {
    if (element.disabled) return;
    element.disabled = true;
    element.setAttribute('aria-busy', 'true');
    void Promise.resolve(onClick()).finally(() => {
      element.disabled = false;
      element.removeAttribute('aria-busy');
    });
  });
  return element;
}
