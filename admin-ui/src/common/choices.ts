const choicesOf = (group: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.${group}.${id}` }));

export const channelChoices = choicesOf('channel', ['tv', 'radio', 'print', 'internet', 'social']);
export const levelChoices = choicesOf('level', ['republican', 'regional']);
export const languageChoices = choicesOf('language', ['kk', 'ru', 'kk_ru', 'other']);
export const formatChoices = choicesOf('format', [
  'article',
  'interview',
  'commentary',
  'video_story',
  'tv_program',
  'radio_program',
  'post',
  'video',
  'infographic',
  'live_stream',
  'other',
]);
export const regionKindChoices = choicesOf('regionKind', ['oblast', 'city']);
export const planStatusChoices = choicesOf('planStatus', ['draft', 'submitted', 'returned', 'approved']);
export const roleChoices = choicesOf('role', ['rpo_editor', 'analyst', 'approver', 'admin']);
export const localeChoices = choicesOf('locale', ['kk', 'ru', 'en']);
