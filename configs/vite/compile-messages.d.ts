/**
 * One message tree with every message that has vue-i18n syntax replaced by its AST (plain text stays text);
 * throws naming the message when one does not compile.
 */
export function compileMessages<T>(tree: T, path?: string): T;
