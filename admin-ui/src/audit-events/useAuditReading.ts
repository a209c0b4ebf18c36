import { useCreatePath, useGetIdentity, useLocale, usePermissions, useTranslate } from 'ra-core';
import type { AuditReference } from '../../../contracts/audit-events';
import { auditReading, type AuditReading } from '../../../contracts/audit-reading';
import { formatDate } from '../i18n/dates';

/** The audit trail as the list reads it, in the UI's language, with the pages the reader may open. */
export const useAuditReading = (): AuditReading => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const { permissions } = usePermissions();
  const { identity } = useGetIdentity();

  const pathOf = (reference: AuditReference): string | undefined => {
    if (reference.resource === 'media-plan-items') {
      return reference.mediaPlanId === null ? undefined : createPath({ resource: 'media-plans', id: reference.mediaPlanId, type: 'show' });
    }
    if (reference.resource === 'users' && permissions !== 'admin') return undefined;
    return createPath({ resource: reference.resource, id: reference.id, type: 'show' });
  };

  return auditReading({ translate, locale, formatDate: (date) => formatDate(date, locale), pathOf, readerId: identity?.id });
};
