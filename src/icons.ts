/** The sizes the stores and browsers ask for: 16 (toolbar, favicon), 32 (toolbar at 2x), 48 (extensions page), 128 (Chrome Web Store, install dialog). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The manifest's map from size to file (the PNGs npm run icons renders from assets/icon.svg). */
export const iconFiles = (): Record<string, string> => Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${s}.png`]));
