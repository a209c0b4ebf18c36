/** The inbox page's path, apart from the page so that the menu does not load it. */
export const INBOX_PATH = '/inbox';
