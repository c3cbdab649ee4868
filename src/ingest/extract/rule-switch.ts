/**
 * Which extraction rules apply, and who hears when one does. The ingest
 * applies every rule; `npm run score -- --rules` turns each off in turn to
 * measure what it moves, and counts where each fires.
 */
export interface RuleSwitch {
  /** Names of rules not to apply. */
  off: ReadonlySet<string>;
  /** Told each time a rule decides a block, or a pass over the whole document changes something. */
  fired?: (rule: string) => void;
}

export const EVERY_RULE: RuleSwitch = { off: new Set() };
