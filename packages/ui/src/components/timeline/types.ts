export type FwTimelineStatus = 'done' | 'current' | 'upcoming' | 'overdue';

/** One step of a case's progress (案件进度), e.g. 提交申请 → 受理 → 审查 → 指派律师. */
export interface FwTimelineItem {
  id: string;
  title: string;
  /** When it happened (ISO date-time). */
  time?: string;
  description?: string;
  status: FwTimelineStatus;
  /** The statutory or promised deadline (ISO date, `YYYY-MM-DD`). */
  deadline?: string;
}
