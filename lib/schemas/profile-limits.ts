/**
 * The limits of the profile forms, in a module with no imports so that client components
 * can show them (maxLength, hints) without bundling zod or the database schema.
 */
export const MAX_ITEMS_PER_KIND = 10;
export const MAX_SECTORS = 20;
export const ITEM_TEXT_MIN = 2;
export const ITEM_TEXT_MAX = 200;
export const DESCRIPTION_MAX = 4000;

/** Offered as checkboxes; any other ISO 639 code can be typed in. */
export const commonLanguages = ["ar", "fr", "ru", "en", "es", "de", "it", "zh", "tr"] as const;
export const MAX_LANGUAGES = 12;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const photoTypes = ["image/jpeg", "image/png", "image/webp"] as const;
