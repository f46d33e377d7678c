import {
  createTheme,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

/**
 * The primary colour: a deep blue whose filled shade (6) has 6.8:1 against white and whose light
 * variant text still has 5.9:1 on its tinted background (WCAG AA needs 4.5:1). Mantine's default
 * blue.6 with white text has 3.6:1 and fails.
 */
const koop: MantineColorsTuple = [
  '#e8f1fa',
  '#d0e2f4',
  '#a3c5e9',
  '#72a6dd',
  '#4a8bd2',
  '#3079c9',
  '#1c5d99',
  '#184f82',
  '#13426c',
  '#0e3457',
];

const base = {
  primaryColor: 'koop',
  primaryShade: 6,
  colors: { koop },
  autoContrast: false,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  focusRing: 'auto',
  respectReducedMotion: true,
} satisfies MantineThemeOverride;

export const theme = createTheme(base);

/**
 * The theme with translated labels for the icon-only close buttons of modals and notifications
 * (Mantine leaves them unnamed, which axe rightly reports).
 */
export function createAppTheme(closeLabel: string) {
  return createTheme({
    ...base,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
    },
  });
}

/**
 * Mantine's light variants draw text in shade 6 on a 10 % tint, and its dimmed and error texts
 * are grey.6 and red.6: all below 4.5:1. These darker texts pass AA (checked with axe in e2e).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-red-light-color': '#c92a2a',
    '--mantine-color-red-filled': '#c92a2a',
    '--mantine-color-red-filled-hover': '#a61e1e',
    '--mantine-color-red-outline': '#c92a2a',
    '--mantine-color-green-light-color': '#1f6b31',
    '--mantine-color-yellow-light-color': '#7a4d00',
    '--mantine-color-orange-light-color': '#9a3a06',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-blue-light-color': '#1864ab',
    '--mantine-color-cyan-light-color': '#0b7285',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
