type Child = Node | string | null | undefined | false;

/** An element with attributes (`on…` functions become listeners) and children: the page is built from these. */
export function h(tag: string, attributes: Record<string, string | number | boolean | ((event: Event) => void) | undefined> = {}, ...children: Array<Child | Child[]>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child) element.append(child);
  return element;
}
