import { Labeled, SelectField } from 'react-admin';
import { channelChoices, levelChoices } from '../common/choices';

/** A labelled code, shown by its label. */
export const LabeledChoice = ({ source, choices }: { source: string; choices: { id: string; name: string }[] }) => (
  <Labeled>
    <SelectField source={source} choices={choices} />
  </Labeled>
);

/** A material's channel and media level, shown and never edited: they are copied from its outlet when it is saved. */
export const OutletCodeFields = () => (
  <>
    <LabeledChoice source="channel" choices={channelChoices} />
    <LabeledChoice source="mediaLevel" choices={levelChoices} />
  </>
);
