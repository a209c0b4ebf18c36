import { Typography } from '@mui/material';
import { Labeled, ReferenceArrayField, ReferenceField, Show, TextField, UrlField } from 'react-admin';
import { ShowWithHistory } from '../audit-events/ShowWithHistory';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { formatChoices, languageChoices } from '../common/choices';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocaleNumberField } from '../common/LocaleNumberField';
import { Section, Wide } from '../common/Section';
import { MATERIAL_COUNT_FIELDS } from '../../../contracts/materials';
import { LabeledChoice, OutletCodeFields } from './OutletCodeFields';

export const MaterialShow = () => (
  <Show>
    <ShowWithHistory>
      <Section title="app.material_form.publication" columns={4} label={false}>
        <Wide>
          <Labeled>
            <TextField source="title" />
          </Labeled>
        </Wide>
        <Labeled>
          <LocaleDateField source="publishedOn" />
        </Labeled>
        <Labeled>
          <ReferenceField source="outletId" reference="outlets" />
        </Labeled>
        <Labeled>
          <ReferenceField source="rubricId" reference="rubrics" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="regionId" reference="regions" />
        </Labeled>
        <OutletCodeFields />
        <LabeledChoice source="language" choices={languageChoices} />
        <LabeledChoice source="format" choices={formatChoices} />
        <Wide>
          <Labeled>
            <UrlField source="url" target="_blank" rel="noopener noreferrer" emptyText="—" />
          </Labeled>
        </Wide>
      </Section>
      <Section title="app.material_form.topic" columns={2} label={false}>
        <Labeled>
          <ReferenceField source="directionId" reference="directions" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceField source="specialProjectId" reference="special-projects" emptyText="—" />
        </Labeled>
        <Labeled>
          <ReferenceArrayField source="targetAudienceIds" reference="target-audiences" empty={<Typography variant="body2">—</Typography>} />
        </Labeled>
        <Labeled>
          <ReferenceField source="mediaPlanItemId" reference="media-plan-items" emptyText="—" />
        </Labeled>
      </Section>
      <Section title="app.material_form.figures" columns={5} label={false}>
        {MATERIAL_COUNT_FIELDS.map((source) => (
          <Labeled key={source}>
            <LocaleNumberField source={source} emptyText="—" />
          </Labeled>
        ))}
        <Wide>
          <Labeled>
            <TextField source="notes" emptyText="—" />
          </Labeled>
        </Wide>
        <Wide>
          <Labeled>
            <LocaleDateField source="updatedAt" showTime />
          </Labeled>
        </Wide>
      </Section>
      <EvidencePanel label={false} />
    </ShowWithHistory>
  </Show>
);
