/**
 * Display preferences (care mode, its text size, contrast) are attributes on a root element so that CSS
 * alone re-tunes every component; the host stores the user's choice (SDK preferences store) and calls
 * this on load and whenever it changes.
 */
export interface DisplayPreferences {
  /** 长辈版 / 关怀版. */
  care: boolean;
  /** Base text size in care mode, 18–24 px (MIIT spec minimum is 18). */
  careFontSize?: number;
  contrast: 'standard' | 'high';
}

export const CARE_FONT_SIZES = [18, 20, 22, 24] as const;

export function clampCareFontSize(px: number | undefined): number {
  if (px === undefined || !Number.isFinite(px)) return 18;
  return Math.min(24, Math.max(18, Math.round(px)));
}

/** The root's attributes and custom properties for these preferences (a server writes them into `<html>`). */
export function displayAttributes(prefs: DisplayPreferences): { attributes: Record<string, string>; properties: Record<string, string> } {
  return {
    attributes: { ...(prefs.care ? { 'data-fw-mode': 'care' } : {}), 'data-fw-contrast': prefs.contrast },
    properties: { '--fw-care-font-size': `${clampCareFontSize(prefs.careFontSize)}px` },
  };
}

export function applyDisplayPreferences(el: HTMLElement, prefs: DisplayPreferences): void {
  const { attributes, properties } = displayAttributes(prefs);
  if (!attributes['data-fw-mode']) el.removeAttribute('data-fw-mode');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(properties)) el.style.setProperty(name, value);
}
