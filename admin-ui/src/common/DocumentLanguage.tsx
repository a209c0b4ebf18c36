import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** The browser tab names the app in the UI's language, and the page declares that language to screen readers and spell checkers. */
export const DocumentLanguage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  useEffect(() => {
    document.title = translate('app.title');
    document.documentElement.lang = locale;
  }, [translate, locale]);
  return null;
};
