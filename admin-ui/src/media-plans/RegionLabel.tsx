import { ReferenceField, useTranslate } from 'react-admin';
import { LocalizedNameField } from '../common/LocalizedNameField';

/** A plan's region, or the republican plan when it has none. */
export const RegionLabel = ({ regionId, link = false }: { regionId: number | null; link?: false | 'show' }) => {
  const translate = useTranslate();
  if (regionId === null) return <>{translate('app.plans.republican')}</>;
  return (
    <ReferenceField record={{ id: 0, regionId }} source="regionId" reference="regions" link={link}>
      <LocalizedNameField />
    </ReferenceField>
  );
};
