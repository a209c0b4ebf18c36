import type { Channel } from '../../../contracts/codes';

export const CHANNEL_COLORS: Record<Channel, string> = {
  tv: '#1565c0',
  radio: '#6a1b9a',
  print: '#ef6c00',
  internet: '#2e7d32',
  social: '#c62828',
};

export const LANGUAGE_COLORS: Record<string, string> = { kk: '#00838f', ru: '#5e35b1', kk_ru: '#f9a825', other: '#9e9e9e' };

export const BAR_COLOR = '#5c6bc0';
export const HIGHLIGHT_COLOR = '#ef6c00';
