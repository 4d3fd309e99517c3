import type { FieldLocator, SiteProfile } from '../adapters/profile';
import type { FieldRole } from '../prompts/types';

/**
 * The site profile for the bundled training record (src/demo/training-record.html). Every
 * role has the field's id selector and, as a fallback, its visible label, the way a force would
 * write a profile for its own system. The demo page uses it to start the real overlay, and the
 * scenario player uses the selectors to set fields.
 */

/** Selector and label of each role's field on the training record. */
export const TRAINING_FIELDS = {
  narrative: { selector: '#narrative', label: 'Circumstances (MO)' },
  crimeReference: { selector: '#crimeRef', label: 'Crime reference' },
  classification: { selector: '#classification', label: 'HOCR classification' },
  daFlag: { selector: '#flagDA', label: 'Domestic abuse flag' },
  stalkingFlag: { selector: '#flagStalking', label: 'Stalking flag' },
  relationship: { selector: '#relationship', label: 'Relationship of suspect to victim' },
  riskScreen: { selector: '#sdash', label: 'S-DASH / stalking screen completed' },
  dashRisk: { selector: '#dashRisk', label: 'DASH risk level' },
  spoDecision: { selector: '#spoDecision', label: 'SPO decision' },
  notes: { selector: '#notes', label: 'Officer notes' },
  'vna.enhanced_rights': { selector: '#vnaEnhanced', label: 'Enhanced rights category' },
  'vna.communication_needs': { selector: '#vnaComms', label: 'Communication needs recorded' },
  'vna.contact_plan': { selector: '#vnaContact', label: 'Contact method and frequency agreed' },
  'vna.support_referral': { selector: '#vnaReferral', label: 'Referral to support service' },
  'vna.written_confirmation': { selector: '#vnaWritten', label: 'Written confirmation sent' },
  'vna.vps': { selector: '#vnaVps', label: 'Victim Personal Statement offered' },
  'vna.compensation': { selector: '#vnaComp', label: 'Compensation information given' },
  'vna.special_measures': { selector: '#vnaSpecial', label: 'Special measures considered' },
  'vna.bail_views': { selector: '#vnaBail', label: "Victim's views on bail conditions" },
} as const satisfies Record<FieldRole, Required<FieldLocator>>;

/** The training record's profile. `matches` is unused on the demo page (it starts the overlay itself). */
export const TRAINING_PROFILE: SiteProfile = {
  id: 'training-record',
  name: 'Training record (fictional)',
  matches: ['http://127.0.0.1/*'],
  fields: { ...TRAINING_FIELDS },
};

/** The element for a role on the training record, or null. */
export function trainingField(root: ParentNode, role: FieldRole): HTMLElement | null {
  return root.querySelector<HTMLElement>(TRAINING_FIELDS[role].selector);
}
