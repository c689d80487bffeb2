export { SCREENING_DEBOUNCE_MS, screenText, screeningQueryOptions, useLiveScreening, useScreening } from './api';
export { CheckingIndicator } from './checking-indicator';
export { FindingsPanel } from './findings-panel';
export { HighlightedText } from './highlighted-text';
export { ScreeningBanner } from './screening-banner';
export { applyReplacement, findingKey, replacementsOf, SEVERITY_COLOR } from './text-spans';
