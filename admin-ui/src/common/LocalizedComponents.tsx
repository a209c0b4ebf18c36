import { createTheme, Theme, ThemeProvider } from '@mui/material';
import { ReactNode, useMemo } from 'react';
import { useTranslate } from 'react-admin';

type Translate = ReturnType<typeof useTranslate>;
type PageItem = 'page' | 'first' | 'last' | 'next' | 'previous' | string;

/** MUI's own words (pagination, autocomplete buttons, an alert's close, a breadcrumb's expand, a loading bar) from the app's messages. */
const localized = (translate: Translate) => {
  const pageLabel = (type: PageItem, page: number | null, selected?: boolean): string => {
    if (type === 'page') return translate(selected ? 'ra.navigation.current_page' : 'ra.navigation.page', { page });
    if (type === 'first' || type === 'last' || type === 'next') return translate(`ra.navigation.${type}`);
    return translate('ra.navigation.previous');
  };
  return {
    components: {
      MuiPagination: { defaultProps: { 'aria-label': translate('app.mui.pagination'), getItemAriaLabel: pageLabel } },
      MuiTablePagination: {
        defaultProps: {
          labelRowsPerPage: translate('ra.navigation.page_rows_per_page'),
          getItemAriaLabel: (type: PageItem) => pageLabel(type, null),
        },
      },
      MuiAutocomplete: {
        defaultProps: {
          openText: translate('ra.action.open'),
          closeText: translate('ra.action.close'),
          clearText: translate('ra.action.clear_input_value'),
          loadingText: translate('ra.page.loading'),
          noOptionsText: translate('app.mui.no_options'),
        },
      },
      MuiAlert: { defaultProps: { closeText: translate('ra.action.close') } },
      MuiBreadcrumbs: { defaultProps: { expandText: translate('app.mui.expand_path') } },
      // The bars shown while a page loads; a bar that measures something is named by what it measures.
      MuiLinearProgress: { defaultProps: { 'aria-label': translate('ra.page.loading') } },
    },
  };
};

/** Gives the components below MUI's words in the UI language, on top of the app's theme. */
export const LocalizedComponents = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const theme = useMemo(() => (outer: Theme) => createTheme(outer, localized(translate)), [translate]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
};
