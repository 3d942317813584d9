import { describe, expect, it } from 'vitest';
import { brandTokens, applyRegionTheme } from '../brand.js';
import { contrastRatio, darkenUntil, parseHex } from '../color.js';
import { applyDisplayPreferences, clampCareFontSize } from '../display.js';

describe('colour contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
  });

  it('rejects colours that are not #rrggbb', () => {
    expect(() => parseHex('red')).toThrow(/#rrggbb/);
  });

  it('darkens a pale brand until white text on it passes AA', () => {
    const darkened = darkenUntil('#9fd3a0', '#ffffff', 4.5);
    expect(contrastRatio(darkened, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('brandTokens', () => {
  it('keeps an already dark brand colour', () => {
    expect(brandTokens({ brandColor: '#1f5fa8' })['--fw-region-brand']).toBe('#1f5fa8');
  });

  it('returns nothing without a brand', () => {
    expect(brandTokens({})).toEqual({});
  });

  it('sets the tokens inline on an element', () => {
    const el = document.createElement('div');
    applyRegionTheme(el, { brandColor: '#c8102e' });
    expect(el.style.getPropertyValue('--fw-region-brand')).toBe('#c8102e');
  });
});

describe('display preferences', () => {
  it('clamps the care-mode text size to 18–24 px', () => {
    expect(clampCareFontSize(12)).toBe(18);
    expect(clampCareFontSize(30)).toBe(24);
    expect(clampCareFontSize(undefined)).toBe(18);
  });

  it('sets and clears the mode attributes', () => {
    const el = document.createElement('div');
    applyDisplayPreferences(el, { care: true, careFontSize: 22, contrast: 'high' });
    expect(el.getAttribute('data-fw-mode')).toBe('care');
    expect(el.getAttribute('data-fw-contrast')).toBe('high');
    expect(el.style.getPropertyValue('--fw-care-font-size')).toBe('22px');
    applyDisplayPreferences(el, { care: false, contrast: 'standard' });
    expect(el.hasAttribute('data-fw-mode')).toBe(false);
  });
});
