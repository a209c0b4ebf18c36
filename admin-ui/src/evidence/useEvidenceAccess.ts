import { usePermissions, useTranslate } from 'react-admin';
import { canWrite } from '../common/access';
import { useDataQuery } from '../providers/useDataQuery';

export interface MaterialRecord {
  id: number;
  regionId: number | null;
  publishedOn: string;
}

export interface EvidenceAccess {
  /** Whether this user may attach and delete files now. */
  editable: boolean;
  /** Why they may not although their role may: the material's quarter is approved (closed), said in the UI language. */
  lockedReason: string | null;
}

const quarterOf = (date: string) => ({ year: Number(date.slice(0, 4)), quarter: Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1 });

/** Who may change a material's evidence: who may edit the material, while its region's quarter is not closed. */
export const useEvidenceAccess = (material: MaterialRecord | undefined): EvidenceAccess => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const writer = canWrite('materials', permissions);
  const when = material ? quarterOf(material.publishedOn) : null;
  const quarters = useDataQuery(writer && when ? ['quarters', when.year] : null, (dataProvider) =>
    dataProvider.quartersOverview(when?.year ?? 0),
  );
  const closed =
    when !== null &&
    (quarters.data ?? []).some(
      (row) => row.regionId === material?.regionId && row.quarter === when.quarter && row.year === when.year && row.status === 'approved',
    );
  if (!writer || !when || quarters.isPending) return { editable: false, lockedReason: null };
  if (closed) return { editable: false, lockedReason: translate('app.errors.quarter.closed', when) };
  return { editable: true, lockedReason: null };
};
