import type { CodeKind } from '../../../contracts/code-labels';
import { CHANNELS, FORMATS, LANGUAGES, LOCALES, MEDIA_LEVELS, PLAN_STATUSES, REGION_KINDS, ROLES } from '../../../contracts/codes';

/** A select's choices of one kind of code, named by the messages that take the codes' labels from contracts/. */
export const codeChoices = (kind: CodeKind, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.${kind}.${id}` }));

export const channelChoices = codeChoices('channel', CHANNELS);
export const levelChoices = codeChoices('level', MEDIA_LEVELS);
export const languageChoices = codeChoices('language', LANGUAGES);
export const formatChoices = codeChoices('format', FORMATS);
export const regionKindChoices = codeChoices('regionKind', REGION_KINDS);
export const planStatusChoices = codeChoices('planStatus', PLAN_STATUSES);
export const roleChoices = codeChoices('role', ROLES);
export const localeChoices = codeChoices('locale', LOCALES);
