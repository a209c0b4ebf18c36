export const OVERVIEW_PATH = '/media-plans-overview';
