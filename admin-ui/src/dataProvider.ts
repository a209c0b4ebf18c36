import { DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './httpClient';
import { listTotal } from './listTotal';

const simpleRest = simpleRestProvider(API_URL, httpClient);

/** ra-data-simple-rest, with getList passing on an estimated total as meta.totalEstimated for the pagination. */
export const dataProvider: DataProvider = {
  ...simpleRest,
  getList: async (resource, params) => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const { field, order } = params.sort ?? { field: 'id', order: 'ASC' };
    const query = new URLSearchParams({
      sort: JSON.stringify([field, order]),
      range: JSON.stringify([(page - 1) * perPage, page * perPage - 1]),
      filter: JSON.stringify(params.filter ?? {}),
    });
    const { headers, json } = await httpClient(`${API_URL}/${resource}?${query}`, { signal: params.signal });
    const { total, estimated } = listTotal(headers);
    return { data: json, total, meta: { totalEstimated: estimated } };
  },
};
