import { ReactNode } from 'react';
import { TabbedShowLayout } from 'react-admin';
import { AuditHistory } from './AuditHistory';

/** A show layout with the record's fields on the first tab and its audit history on the second. */
export const ShowWithHistory = ({ children }: { children: ReactNode }) => (
  <TabbedShowLayout>
    <TabbedShowLayout.Tab label="app.audit.details">{children}</TabbedShowLayout.Tab>
    <TabbedShowLayout.Tab label="app.audit.history" path="history">
      <AuditHistory />
    </TabbedShowLayout.Tab>
  </TabbedShowLayout>
);
