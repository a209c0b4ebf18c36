import { cloneElement, ReactElement } from 'react';
import { usePhone } from './usePhone';

type Filter = ReactElement<{ alwaysOn?: boolean }>;

/** On a phone only the search stays on screen; the other filters wait behind react-admin's filter button. */
export const usePhoneFilters = (filters: Filter[]): Filter[] => {
  const phone = usePhone();
  return phone ? filters.map((filter) => (filter.key === 'q' ? filter : cloneElement(filter, { alwaysOn: false }))) : filters;
};
