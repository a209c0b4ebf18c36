import { useEffect } from 'react';
import { useQuery, UseQueryResult } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import { fetchApi } from '../httpClient';

/** A GET of a custom endpoint, cached by its path; no request while the path is null. */
export const useApiQuery = <T,>(path: string | null): UseQueryResult<T> => {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const result = useQuery({
    queryKey: ['api', path],
    queryFn: () => fetchApi<T>(path ?? ''),
    enabled: path !== null,
  });
  useEffect(() => {
    if (result.error) logoutIfAccessDenied(result.error);
  }, [result.error, logoutIfAccessDenied]);
  return result;
};
