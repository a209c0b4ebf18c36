import { useLocale } from 'react-admin';

export type NameSource = 'nameKk' | 'nameRu' | 'nameEn';

export const nameSourceFor = (locale: string): NameSource => (locale === 'kk' ? 'nameKk' : locale === 'en' ? 'nameEn' : 'nameRu');

export const useNameSource = (): NameSource => nameSourceFor(useLocale());
