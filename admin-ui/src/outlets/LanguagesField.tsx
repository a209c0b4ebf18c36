import { FunctionField, useTranslate } from 'react-admin';

interface OutletLanguages {
  languages?: string[] | null;
}

export const LanguagesField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<OutletLanguages>
      source="languages"
      render={(record) => (record.languages ?? []).map((code) => translate(`app.language.${code}`)).join(', ')}
    />
  );
};
