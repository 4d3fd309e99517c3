// @vitest-environment happy-dom
import { setHtml } from './test-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { findByLabel, generic, normaliseLabel, resolveField } from './generic';
import type { SiteProfile } from './profile';
import { collectRoots } from './roots';

const base: Omit<SiteProfile, 'fields'> = {
  id: 'test',
  name: 'Test',
  matches: ['https://crime.example.police.uk/*'],
};

beforeEach(() => {
  setHtml('');
});

describe('label matching', () => {
  it('normalises punctuation, case and spacing', () => {
    expect(normaliseLabel('  Crime  Reference: *')).toBe('crime reference');
  });

  it('finds controls by <label for>, wrapping label and aria-labelledby', () => {
    setHtml(`
      <label for="cr">Crime reference</label><input id="cr">
      <label>Relationship <select id="rel"><option>Ex-partner</option></select></label>
      <span id="spo-l">SPO decision</span><textarea id="spo" aria-labelledby="spo-l"></textarea>`);
    const roots = collectRoots(document);
    expect(findByLabel(roots, 'crime reference')[0]?.id).toBe('cr');
    expect(findByLabel(roots, 'Relationship')[0]?.id).toBe('rel');
    expect(findByLabel(roots, 'SPO decision')[0]?.id).toBe('spo');
    // Option text inside a wrapping label is not label text.
    expect(findByLabel(roots, 'ex-partner')).toEqual([]);
  });

  it('resolves a hidden source textarea to the editor that replaced it', () => {
    setHtml(`
      <textarea id="src" style="display:none" aria-hidden="true"></textarea>
      <div class="ck-editor"><div class="ck-editor__editable" contenteditable="true"><p>x</p></div></div>`);
    const field = resolveField(document.getElementById('src')!);
    expect(field?.classList.contains('ck-editor__editable')).toBe(true);
  });
});

describe('generic.findFields', () => {
  it('finds roles by selector and by label, and reports the ones it cannot find', () => {
    setHtml(`
      <label for="crimeRef">Crime reference</label><input id="crimeRef" value="CR/12345/26">
      <label for="narr">Circumstances</label><textarea id="narr" rows="8"></textarea>
      <input type="checkbox" id="da"><label for="da">Domestic abuse</label>`);
    const found = generic.findFields(document, {
      ...base,
      fields: {
        narrative: { selector: '#narr' },
        crimeReference: { label: 'Crime reference' },
        daFlag: { label: 'Domestic abuse' },
        spoDecision: { label: 'SPO decision' },
        notes: { selector: '#no-such-field' },
      },
    });
    expect(found.narrative.map((f) => f.el.id)).toEqual(['narr']);
    expect(found.roles.crimeReference?.el.id).toBe('crimeRef');
    expect(found.roles.crimeReference?.via).toBe('label');
    expect(found.roles.daFlag?.kind).toBe('checkbox');
    expect(found.missing).toEqual(['spoDecision', 'notes']);
  });

  it('reports a missing narrative first', () => {
    const found = generic.findFields(document, { ...base, fields: { narrative: { label: 'MO' } } });
    expect(found.missing).toEqual(['narrative']);
    expect(found.narrative).toEqual([]);
  });

  it('finds narrative fields automatically and leaves notes and small fields alone', () => {
    setHtml(`
      <label for="a">Circumstances</label><textarea id="a"></textarea>
      <label for="n">Notes</label><textarea id="n" rows="6"></textarea>
      <label for="s">Search</label><input id="s">
      <label for="t">Town</label><textarea id="t" rows="1"></textarea>
      <label for="mo">MO</label><input id="mo">
      <div id="ed" contenteditable="true" aria-label="Further details"></div>
      <textarea id="big" rows="10"></textarea>`);
    const found = generic.findFields(document, base);
    expect(found.narrative.map((f) => f.el.id)).toEqual(['a', 'mo', 'ed', 'big']);
    expect(found.roles.notes?.el.id).toBe('n');
    expect(found.missing).toEqual([]);
  });

  it('does not read an editor and its hidden source textarea twice', () => {
    setHtml(`
      <label for="src">Narrative</label>
      <textarea id="src" rows="10" aria-hidden="true" style="display:none"></textarea>
      <div class="tox-tinymce"><div class="mce-content-body" contenteditable="true"></div></div>`);
    const found = generic.findFields(document, base);
    expect(found.narrative).toHaveLength(1);
    expect(found.narrative[0]?.el.classList.contains('mce-content-body')).toBe(true);
  });

  it('looks inside open shadow roots, in document order', () => {
    setHtml(
      '<textarea id="first" rows="6"></textarea><x-app></x-app><textarea id="last" rows="6"></textarea>',
    );
    const host = document.querySelector('x-app')!;
    const shadow = host.attachShadow({ mode: 'open' });
    setHtml(
      '<label for="inner">Details of the incident</label><textarea id="inner"></textarea>',
      shadow,
    );
    const found = generic.findFields(document, base);
    expect(found.narrative.map((f) => f.el.id)).toEqual(['first', 'inner', 'last']);
    expect(found.roots).toContain(shadow);
  });

  it('never searches its own overlay host', () => {
    const host = document.createElement('waymark-overlay');
    const shadow = host.attachShadow({ mode: 'open' });
    setHtml('<textarea rows="10"></textarea>', shadow);
    document.documentElement.append(host);
    const found = generic.findFields(document, base);
    expect(found.narrative).toEqual([]);
    expect(found.roots).not.toContain(shadow);
    host.remove();
  });

  it('collects several narrative fields from one selector', () => {
    setHtml('<textarea class="occ">one</textarea><textarea class="occ">two</textarea>');
    const found = generic.findFields(document, {
      ...base,
      fields: { narrative: { selector: '.occ' } },
    });
    expect(found.narrative).toHaveLength(2);
  });
});
