import { ReactNode, useEffect } from 'react';
import { Layout, useLocaleState } from 'react-admin';
import { AccountAppBar } from './account/AccountAppBar';
import { AppMenu } from './AppMenu';
import { DocumentLanguage } from './common/DocumentLanguage';
import { LocalizedComponents } from './common/LocalizedComponents';
import { isLocale } from '../../contracts/codes';
import { takePendingLocale } from './providers/session';

const UserLocale = () => {
  const [, setLocale] = useLocaleState();
  useEffect(() => {
    const locale = takePendingLocale();
    if (locale && isLocale(locale)) setLocale(locale);
  }, [setLocale]);
  return null;
};

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <LocalizedComponents>
    <Layout appBar={AccountAppBar} menu={AppMenu}>
      <UserLocale />
      <DocumentLanguage />
      {children}
    </Layout>
  </LocalizedComponents>
);
