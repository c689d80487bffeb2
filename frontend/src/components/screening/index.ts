export { screenText, screeningQueryOptions, useScreening } from './api';
export { FindingsPanel } from './findings-panel';
export { HighlightedText } from './highlighted-text';
export { ScreeningBanner } from './screening-banner';
export { applyReplacement, findingKey, replacementsOf } from './text-spans';
