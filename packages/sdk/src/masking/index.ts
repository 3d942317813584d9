// Kept as an SDK subpath for compatibility; masking lives in @fawang/validators (see validators/index.ts).
export * from '@fawang/validators/masking';
