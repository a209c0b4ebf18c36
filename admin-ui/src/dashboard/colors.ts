import type { Channel } from '../../../contracts/codes';

/** Each colour has at least 3:1 against the white card (WCAG 1.4.11): the bars and slices carry the figures. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  tv: '#1565c0',
  radio: '#6a1b9a',
  print: '#ef6c00',
  internet: '#2e7d32',
  social: '#c62828',
};

export const LANGUAGE_COLORS: Record<string, string> = { kk: '#00838f', ru: '#5e35b1', kk_ru: '#b27700', other: '#757575' };

export const BAR_COLOR = '#5c6bc0';
export const HIGHLIGHT_COLOR = '#ef6c00';
