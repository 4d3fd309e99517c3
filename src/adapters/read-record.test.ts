// @vitest-environment happy-dom
import { setHtml } from './test-dom';
import { describe, expect, it } from 'vitest';
import { generic } from './generic';
import type { SiteProfile } from './profile';
import { FIELD_SEPARATOR, joinNarrative, readRecord } from './read-record';

const profile: SiteProfile = {
  id: 'test',
  name: 'Test',
  matches: ['https://crime.example.police.uk/*'],
  fields: {
    narrative: [{ selector: '#n1' }, { selector: '#n2' }],
    crimeReference: { label: 'Crime reference' },
    classification: { label: 'Classification' },
    daFlag: { label: 'Domestic abuse' },
    stalkingFlag: { label: 'Stalking flag' },
    relationship: { label: 'Relationship' },
    spoDecision: { label: 'SPO decision' },
    notes: { label: 'Notes' },
    'vna.vps': { label: 'VPS offered' },
    'vna.enhanced_rights': { label: 'Enhanced rights' },
  },
};

function page(): void {
  setHtml(`
    <label for="cr">Crime reference</label><input id="cr" value=" CR/12345/26 ">
    <label for="cl">Classification</label>
    <select id="cl"><option value="">Choose</option><option value="8Q" selected>Stalking (8Q)</option></select>
    <input type="checkbox" id="da" checked><label for="da">Domestic abuse</label>
    <input type="checkbox" id="st"><label for="st">Stalking flag</label>
    <label for="rel">Relationship</label>
    <select id="rel"><option selected>Ex-partner</option></select>
    <label for="spo">SPO decision</label><div id="spo" contenteditable="true"><p>Considered.</p></div>
    <label for="notes">Notes</label><textarea id="notes"></textarea>
    <input type="checkbox" id="vps" checked><label for="vps">VPS offered</label>
    <label for="er">Enhanced rights</label><select id="er"><option selected>Yes: persistently targeted</option></select>
    <textarea id="n1">He followed her to work on 3 March.</textarea>
    <div id="n2" contenteditable="true"><p>On 5 March he waited outside her flat.</p></div>`);
}

describe('readRecord', () => {
  it('reads checkboxes as booleans, selects as option text, text as value', () => {
    page();
    const record = readRecord(generic.findFields(document, profile));
    expect(record).toMatchObject({
      crimeReference: 'CR/12345/26',
      classification: 'Stalking (8Q)',
      flags: { domesticAbuse: true, stalking: false },
      relationship: 'Ex-partner',
      riskScreen: null,
      dashRisk: null,
      spoDecision: 'Considered.',
      notes: '',
      vna: { vps: true, enhanced_rights: 'Yes: persistently targeted' },
    });
    expect(record.narrative).toBe(
      `He followed her to work on 3 March.${FIELD_SEPARATOR}On 5 March he waited outside her flat.`,
    );
  });

  it('keeps the map from the joined text back to each field', () => {
    page();
    const fields = generic.findFields(document, profile);
    const joined = joinNarrative(fields.narrative);
    const second = joined.parts[1]!;
    expect(second.field.el.id).toBe('n2');
    expect(joined.text.slice(second.start, second.end)).toBe(second.content.text);
  });

  it('cuts a record longer than the cap and says so', () => {
    page();
    const fields = generic.findFields(document, profile);
    const joined = joinNarrative(fields.narrative, undefined, 20);
    expect(joined.text).toHaveLength(20);
    expect(joined.truncated).toBe(true);
  });
});
