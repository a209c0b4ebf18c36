import { Labeled, SelectField } from 'react-admin';
import { channelChoices, levelChoices } from '../common/choices';

/** A material's channel and media level, shown and never edited: they are copied from its outlet when it is saved. */
export const OutletCodeFields = () => (
  <>
    <Labeled>
      <SelectField source="channel" choices={channelChoices} />
    </Labeled>
    <Labeled>
      <SelectField source="mediaLevel" choices={levelChoices} />
    </Labeled>
  </>
);
