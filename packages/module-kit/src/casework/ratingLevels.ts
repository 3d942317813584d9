/** FwRating's five levels (5 = 非常满意 … 1 = 非常不满意) and the contract's EvaluationLevel, both ways. */
import { BAD_EVALUATION_LEVELS, type EvaluationLevel } from '@fawang/contract';
import type { FwRatingLevel } from '@fawang/ui';

const LEVELS: Record<FwRatingLevel, EvaluationLevel> = {
  5: 'very_satisfied',
  4: 'satisfied',
  3: 'basically_satisfied',
  2: 'dissatisfied',
  1: 'very_dissatisfied',
};

export const evaluationLevel = (level: FwRatingLevel): EvaluationLevel => LEVELS[level];
export const isBadLevel = (level: EvaluationLevel): boolean => (BAD_EVALUATION_LEVELS as readonly EvaluationLevel[]).includes(level);

/** A bad review must say what went wrong in at least this many characters (the contract's minLength). */
export const MIN_DETAILS = 5;
