import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

// Light variants (active nav link, alerts, badges) put shade 8 text on a pale tint: 4.4:1 for blue,
// under WCAG AA; even shade 9 green is 3.9:1. Shade 9 darkened by a quarter clears 4.5:1 for all.
const darkened = (color: string) => `color-mix(in srgb, ${color} 75%, black)`;

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  const dark = darkened(`var(--mantine-color-${parsed.color}-9)`);
  return { ...colors, color: dark, hoverColor: dark };
};

// Colours chosen for WCAG AA contrast: primary shade 8 keeps white text on filled buttons above
// 4.5:1, and "dimmed" text is darkened from Mantine's gray 6 (3.3:1) to gray 7.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '700' },
  variantColorResolver,
});

// Components that read `--mantine-color-<name>-light-color` directly (Alert titles) get the same.
const darkLightColors = (colors: Record<string, readonly string[]>) =>
  Object.fromEntries(
    Object.entries(colors).map(([name, shades]) => [
      `--mantine-color-${name}-light-color`,
      darkened(shades[9]),
    ]),
  );

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    ...darkLightColors(t.colors),
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    // The active navigation link uses this directly rather than the variant resolver.
    '--mantine-primary-color-light-color': darkened(t.colors.blue[9]),
  },
  dark: {},
});
