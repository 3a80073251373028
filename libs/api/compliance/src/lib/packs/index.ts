import { ACTG_CAB_PACK } from './actg-cab.pack';
import { HRSA_HEALTH_CENTER_BOARD_PACK } from './hrsa-health-center-board.pack';
import { MASSACHUSETTS_PFAC_PACK } from './massachusetts-pfac.pack';
import { NYC_DRUG_USE_CAB_PACK } from './nyc-drug-use-cab.pack';
import { RYAN_WHITE_PART_A_PACK } from './ryan-white-part-a.pack';
import { SAMHSA_CCBHC_PACK } from './samhsa-ccbhc.pack';
import type { SeededPack } from './seeded-pack';

export type { SeededPack } from './seeded-pack';
export { ACTG_CAB_PACK, HRSA_HEALTH_CENTER_BOARD_PACK, MASSACHUSETTS_PFAC_PACK, NYC_DRUG_USE_CAB_PACK, RYAN_WHITE_PART_A_PACK, SAMHSA_CCBHC_PACK };

/** Every pack Cabinet seeds, from the requirements in compliance-sources.md; each rule cites its source. */
export const SEEDED_PACKS: readonly SeededPack[] = [
  RYAN_WHITE_PART_A_PACK,
  HRSA_HEALTH_CENTER_BOARD_PACK,
  SAMHSA_CCBHC_PACK,
  MASSACHUSETTS_PFAC_PACK,
  ACTG_CAB_PACK,
  NYC_DRUG_USE_CAB_PACK,
];
