import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { OutreachDataProvider } from '../providers/dataProvider';
import { checkEvidenceFile, roomFor } from './evidenceChecks';
import { refusalMessage } from './refusalMessage';

export interface Sending {
  key: number;
  name: string;
  /** The share sent, or null once it is all sent and the server is checking it. */
  percent: number | null;
}

export const evidenceKey = (materialId: number) => ['materials', materialId, 'evidence'];

/** Files checked here as the server would, then sent one after another with their progress; refusals said by file. */
export const useEvidenceUpload = (materialId: number, attached: number) => {
  const dataProvider = useDataProvider<OutreachDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [sending, setSending] = useState<Sending[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const nextKey = useRef(0);

  const refuse = (name: string, message: string) =>
    setRefusals((shown) => [...shown, translate('app.evidence.refused', { name, message })]);
  const update = (key: number, percent: number | null) =>
    setSending((shown) => shown.map((one) => (one.key === key ? { ...one, percent } : one)));

  const send = async (file: File) => {
    const key = nextKey.current++;
    setSending((shown) => [...shown, { key, name: file.name, percent: 0 }]);
    try {
      const outcome = await dataProvider.uploadEvidence(materialId, file, {
        onProgress: (loaded, total) => update(key, Math.round((loaded / total) * 100)),
        onProcessing: () => update(key, null),
      });
      if ('refused' in outcome) refuse(file.name, refusalMessage(translate, outcome.refused, locale));
      else notify('app.evidence.added', { type: 'success', messageArgs: { name: outcome.result.fileName } });
    } finally {
      setSending((shown) => shown.filter((one) => one.key !== key));
      await queryClient.invalidateQueries({ queryKey: evidenceKey(materialId) });
    }
  };

  const attach = async (files: File[]) => {
    setRefusals([]);
    let room = roomFor(attached, sending.length);
    const accepted: File[] = [];
    for (const file of files) {
      const refusal = (await checkEvidenceFile(file)) ?? (room > 0 ? null : 'evidence.tooMany');
      if (refusal) refuse(file.name, translate(`app.errors.${refusal}`));
      else {
        room -= 1;
        accepted.push(file);
      }
    }
    // One after another, so that the files keep the order they were picked in and the server counts each against the limit.
    for (const file of accepted) await send(file);
  };

  return { sending, refusals, attach, dismiss: () => setRefusals([]) };
};
