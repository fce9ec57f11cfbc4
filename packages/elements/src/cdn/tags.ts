/** Every element the library defines, by tag: what the CDN build makes one entry of, and the autoloader watches for. */
export const TAGS = [
  'gov-disclosure-column',
  'gov-catalogue-tree',
  'gov-item-view',
  'gov-actions',
  'gov-search',
  'gov-disclosure-map',
  'gov-feedback',
  'gov-disclosure-request',
  'gov-request-status',
  'gov-led-board',
  // The office's desk and its annual report page: on the staff's own page; the autoloader loads them only where their tags are.
  'gov-staff-desk',
  'gov-report-desk',
] as const;

export type Tag = (typeof TAGS)[number];
