// @vitest-environment happy-dom
import { setHtml } from './test-dom';
import { describe, expect, it } from 'vitest';
import { domPosition, fieldKind, readFieldText } from './text';

function editable(html: string): HTMLElement {
  const div = document.createElement('div');
  div.setAttribute('contenteditable', 'true');
  setHtml(html, div);
  document.body.append(div);
  return div;
}

/** Every mapped character must be the character in its text node. */
function expectMapped(el: HTMLElement): void {
  const { text, segments } = readFieldText(el);
  expect(segments).not.toBeNull();
  for (const s of segments!) {
    const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start));
    const fromText = text.slice(s.start, s.end);
    // Collapsed whitespace reads as one space for a run that starts with whitespace.
    expect(fromText.replace(/\s/g, ' ')).toBe(
      fromNode.replace(/\s/g, ' ').slice(0, fromText.length),
    );
  }
}

describe('fieldKind', () => {
  it('tells value, select, checkbox and editable fields apart', () => {
    setHtml(
      '<textarea></textarea><input><input type="checkbox"><select></select><input type="file"><div contenteditable></div><p></p>',
    );
    const kinds = Array.from(document.body.children).map((el) => fieldKind(el));
    expect(kinds).toEqual(['value', 'value', 'checkbox', 'select', null, 'editable', null]);
  });
});

describe('readFieldText', () => {
  it('reads textarea and input values as they are', () => {
    const ta = document.createElement('textarea');
    ta.value = 'He followed her.\n\nHe waited outside.';
    expect(readFieldText(ta)).toEqual({ text: ta.value, segments: null });
  });

  it('reads the selected option text of a select', () => {
    setHtml(
      '<select><option value="8L">Harassment (8L)</option><option value="8Q" selected> Stalking  (8Q) </option></select>',
    );
    expect(readFieldText(document.querySelector('select')!).text).toBe('Stalking (8Q)');
  });

  it('puts blocks and <br> on their own lines and collapses source whitespace', () => {
    const el = editable(
      '\n  <p>He followed   her\n home.</p>\n  <p>Then <b>he</b> waited<br>outside.</p>\n',
    );
    expect(readFieldText(el).text).toBe('He followed her home.\nThen he waited\noutside.');
    expectMapped(el);
  });

  it('drops zero-width caret anchors and editor furniture', () => {
    const el = editable(
      '<p>He sent\ufeff flowers.<br class="ProseMirror-trailingBreak"></p><p><br data-cke-filler="true"></p>' +
        '<div class="ck-fake-selection-container">widget label</div><p>Again.</p>',
    );
    expect(readFieldText(el).text).toBe('He sent flowers.\nAgain.');
    expectMapped(el);
  });

  it('maps offsets back to DOM positions', () => {
    const el = editable('<p>He followed her.</p><p>He <i>waited</i> outside.</p>');
    const { text, segments } = readFieldText(el);
    const at = text.indexOf('waited');
    const pos = domPosition(segments!, at, 'start')!;
    expect(pos.node.data).toBe('waited');
    expect(pos.offset).toBe(0);
    const end = domPosition(segments!, at + 'waited'.length, 'end')!;
    expect(end.node.data).toBe('waited');
    expect(end.offset).toBe(6);
    // An offset on the virtual line break snaps to the next real character.
    const gap = domPosition(segments!, text.indexOf('\n'), 'start')!;
    expect(gap.node.data.startsWith('He ')).toBe(true);
  });
});
