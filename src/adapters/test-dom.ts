/**
 * Test helper: build DOM from markup without assigning innerHTML (the lint rule that forbids it
 * guards product code; fixtures are parsed here instead). Used by happy-dom unit tests only.
 */

/** Parse markup into nodes owned by `doc`. */
export function parseNodes(markup: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  return Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true));
}

/** Replace the children of `parent` (the body by default) with the parsed markup. */
export function setHtml(markup: string, parent: ParentNode = document.body): void {
  parent.replaceChildren(...parseNodes(markup, (parent as Node).ownerDocument ?? document));
}
