import type { AuditEventInput } from '../audit/schema';
import type { SpoDraft } from '../prompts/spo-draft';
import type { SpoDraftInput } from '../prompts/spo-draft-input';
import type { SummaryRequest } from '../prompts/summary-input';
import type { ReviewRequest, ReviewView, Reviewed } from '../prompts/review';
import type { OfficerAction } from '../prompts/types';
import type { SaveState } from '../overlay/HealthNotice';
import type { SavedPlacement } from '../overlay/placement';

export type { SaveState };

/**
 * What the overlay needs from its surroundings. The content script implements it with messages
 * to the background (audit log, saved actions, the SPO draft); the demo page with an in-memory
 * store. The overlay never opens storage itself, and nothing it passes here contains narrative
 * sentences (the SPO draft's input carries dates as written, such as "4 March").
 */
export interface WaymarkBridge {
  /** Append one audit event; `recordRef` is the crime reference as read, or null. */
  appendAudit(event: AuditEventInput, recordRef: string | null): void;
  /** The officer's earlier decisions on this record's prompts. */
  loadActions(recordKey: string): Promise<OfficerAction[]>;
  /** Save the officer's decisions on this record's prompts (the whole list, replacing it). */
  saveActions(recordKey: string, actions: OfficerAction[]): void;
  /** Open the supervisor review of this record (the dashboard); absent where there is none. */
  openReview?(recordRef: string): void;
  /**
   * Build the SPO grounds draft. The content script asks the background, so the draft's wording
   * is not in the page's bundle; pages of our own build it in place.
   */
  spoDraft(input: SpoDraftInput): Promise<SpoDraft>;
  /** Told whenever saving falls behind or catches up; absent where saving cannot fail. */
  watchSaving?(listener: (state: SaveState) => void): void;
  /** Keep where the officer left the panel for this site; absent where nothing is kept. */
  savePlacement?(placement: SavedPlacement): void;
  /** Write the summary block (the background holds its wording, like the SPO draft's). */
  summary(input: SummaryRequest): Promise<string>;
  /** The supervisor's review of the record (worded in the background); absent where there is none. */
  review?(input: ReviewRequest): Promise<ReviewView>;
  /** Log "reviewed" on the supervisor's machine; answers with the review line for the notes. */
  recordReview?(recordRef: string | null, review: Reviewed): Promise<string>;
}
