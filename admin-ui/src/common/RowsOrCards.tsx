import type { ReactElement } from 'react';
import { usePhone } from './usePhone';

/** A list's rows: react-admin's one-column `cards` (a SimpleList) on a phone, the table on wider screens. */
export const RowsOrCards = ({ cards, children }: { cards: ReactElement; children: ReactElement }) => (usePhone() ? cards : children);
