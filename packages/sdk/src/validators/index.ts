// Kept as an SDK subpath for compatibility; the validators live in @fawang/validators so that the
// design system can use them without depending on the API client.
export * from '@fawang/validators/ids';
