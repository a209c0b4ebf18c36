import type { CheckboxOwnerState, Theme } from '@mui/material';
import { defaultTheme, RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with colours dark enough for WCAG 2.1 AA: at least 4.5:1 for text on white, on the page
 * background and on the form toolbar (MUI's default blue, orange and light blue fall between 2.7:1 and 4.4:1).
 */
export const appTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { main: '#0d47a1', contrastText: '#fff' },
    error: { main: '#c62828' },
    warning: { main: '#a84300', contrastText: '#fff' },
    info: { main: '#0277bd', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
  },
  components: {
    ...defaultTheme.components,
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f0f0f0' } } },
    // A table wider than the window (long words, columns a person added) scrolls sideways in its own box instead of
    // widening the page: zero width with a full minimum keeps it from stretching its parent. The bulk actions' bar
    // stays above the box, where react-admin draws it.
    RaDataTable: { styleOverrides: { root: { '& .RaDataTable-tableWrapper': { overflowX: 'auto', width: 0, minWidth: '100%' } } } },
    // The empty-list message is greyed out like a disabled control, yet it is the page's only content.
    RaEmpty: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '& .RaEmpty-message': { color: theme.palette.text.secondary } }) },
    },
    // A disabled field's helper text says what to do first: it must stay readable.
    MuiFormHelperText: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) },
    },
    MuiCheckbox: {
      defaultProps: {
        // An aria-label given to the checkbox (react-admin's row selection does) names its input, not the span around it.
        slotProps: {
          root: { 'aria-label': undefined },
          input: (ownerState: CheckboxOwnerState) => (ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
        },
      },
    },
  },
};
