export { default as FwTimeline } from './FwTimeline.vue';
export type { FwTimelineItem, FwTimelineStatus } from './types.js';
export { daysUntil } from './deadline.js';
