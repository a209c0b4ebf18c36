import { FunctionField, useTranslate } from 'react-admin';
import type { Outlet } from '../../../contracts/reference';

export const LanguagesField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<Partial<Pick<Outlet, 'languages'>>>
      source="languages"
      render={(record) => (record.languages ?? []).map((code) => translate(`app.language.${code}`)).join(', ')}
    />
  );
};
