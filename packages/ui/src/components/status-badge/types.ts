/** The tone of an FwStatusBadge; each has its own icon so colour is never the only signal. */
export type FwStatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';
