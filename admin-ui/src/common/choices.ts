import { CHANNELS, FORMATS, LANGUAGES, LOCALES, MEDIA_LEVELS, PLAN_STATUSES, REGION_KINDS, ROLES } from '../../../contracts/codes';

const choicesOf = (group: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.${group}.${id}` }));

export const channelChoices = choicesOf('channel', CHANNELS);
export const levelChoices = choicesOf('level', MEDIA_LEVELS);
export const languageChoices = choicesOf('language', LANGUAGES);
export const formatChoices = choicesOf('format', FORMATS);
export const regionKindChoices = choicesOf('regionKind', REGION_KINDS);
export const planStatusChoices = choicesOf('planStatus', PLAN_STATUSES);
export const roleChoices = choicesOf('role', ROLES);
export const localeChoices = choicesOf('locale', LOCALES);
