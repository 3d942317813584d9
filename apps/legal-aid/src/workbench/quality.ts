/**
 * The quality review form (质量评查) and the body it sends. A follow-up note is sent only with a follow-up,
 * findings only when written: the server requires them exactly when the follow-up is done or the grade
 * is fail, and keeps nothing stale from an earlier review.
 */
import type { Schemas } from '@fawang/contract';

export type QualityGrade = Schemas['QualityReviewInput']['grade'];

export const GRADES: readonly QualityGrade[] = ['excellent', 'pass', 'fail'];

export interface QualityReviewModel {
  fileChecked: boolean;
  followUpDone: boolean;
  followUpNote: string;
  /** '' until a grade is chosen. */
  grade: QualityGrade | '';
  notes: string;
}

/** The form's starting point: the recorded review to correct, or an empty one. */
export function reviewModel(recorded: Schemas['QualityReview'] | undefined): QualityReviewModel {
  return {
    fileChecked: recorded?.fileChecked ?? false,
    followUpDone: recorded?.followUpDone ?? false,
    followUpNote: recorded?.followUpNote ?? '',
    grade: recorded?.grade ?? '',
    notes: recorded?.notes ?? '',
  };
}

/** The PUT body of a validated form (the form's rules require the grade before this runs). */
export function qualityReviewBody(model: QualityReviewModel): Schemas['QualityReviewInput'] {
  if (!model.grade) throw new Error('qualityReviewBody: grade is required');
  const followUpNote = model.followUpNote.trim();
  const notes = model.notes.trim();
  return {
    fileChecked: model.fileChecked,
    followUpDone: model.followUpDone,
    ...(model.followUpDone && followUpNote ? { followUpNote } : {}),
    grade: model.grade,
    ...(notes ? { notes } : {}),
  };
}
