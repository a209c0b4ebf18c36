import {
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  UrlField,
} from 'react-admin';
import { ShowWithHistory } from '../common/ShowWithHistory';
import { channelChoices, formatChoices, languageChoices, levelChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocaleNumberField } from '../common/LocaleNumberField';

export const MaterialShow = () => (
  <Show>
    <ShowWithHistory>
      <TextField source="title" />
      <LocaleDateField source="publishedOn" />
      <ReferenceField source="outletId" reference="outlets" />
      <ReferenceField source="rubricId" reference="rubrics" />
      <ReferenceField source="regionId" reference="regions" />
      <SelectField source="channel" choices={channelChoices} />
      <SelectField source="mediaLevel" choices={levelChoices} />
      <SelectField source="language" choices={languageChoices} />
      <SelectField source="format" choices={formatChoices} />
      <UrlField source="url" />
      <ReferenceField source="directionId" reference="directions" />
      <ReferenceField source="specialProjectId" reference="special-projects" />
      <ReferenceArrayField source="targetAudienceIds" reference="target-audiences" />
      <LocaleNumberField source="views" />
      <LocaleNumberField source="reactions" />
      <LocaleNumberField source="shares" />
      <LocaleNumberField source="comments" />
      <LocaleNumberField source="reach" />
      <TextField source="notes" />
      <LocaleDateField source="updatedAt" showTime />
    </ShowWithHistory>
  </Show>
);
