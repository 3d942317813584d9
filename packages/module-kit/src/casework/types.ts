/** The shapes the casework pieces take: already in words, so a module maps its own statuses and kinds. */

/** Every casework section has a visible heading that labels it. */
export interface CaseSectionProps {
  heading: string;
  /** The heading's id: the section is labelled by it, and pages and tests find the section by it. */
  headingId: string;
}

/** One step of a case's history (办理记录). */
export interface CaseHistoryEntry {
  /** When it happened (ISO date-time). */
  at: string;
  /** What happened, e.g. 「开始审查 → 审查中」. */
  title: string;
  /** Who did it, in words, e.g. 「经办：李*（法律援助工作人员）」 (the server masks the name). */
  by: string;
  /** Why, in words, when the actor gave a reason. */
  note?: string;
}

/** One statutory clock (法定时限) of a case. */
export interface CaseDeadline {
  /** What the clock is for, e.g. 「作出是否给予法律援助的决定」. */
  label: string;
  startedAt: string;
  dueAt: string;
  /** When the clock stopped (met or suspended); a stopped clock is done. */
  stoppedAt?: string;
  /** The server's verdict; without it a running clock is overdue once `dueAt` has passed. */
  overdue?: boolean;
}

/** A stored document as the lists show it (a type, not an interface: the data table wants an indexable row). */
export type CaseDocument = {
  id: string;
  name: string;
  /** The content type the server found (not what the name claims). */
  mediaType: string;
  size: number;
  /** Where the session-authorized download is. */
  href: string;
  /** The module's kind of document, in words (身份证明…). */
  kind?: string;
};
