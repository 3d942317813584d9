// One message tree precompiled for vue-i18n's runtime without its compiler: every message that has syntax
// (`{name}`, `@:linked`, `a | b` plurals) becomes the AST vue-i18n's own compiler (@intlify/message-compiler)
// makes of it; plain text stays text. Used by the build (messages.js) and by a server that hands messages
// to a browser (the portal's module summaries).
import { baseCompile } from '@intlify/message-compiler';

/** What vue-i18n's syntax starts with: interpolation, linked messages, plural branches. */
const SYNTAX = /[{}@|]/;

/** vue-i18n's AST of one message: a resource node (type 0) with its body. */
function isMessageAst(value) {
  return !!value && typeof value === 'object' && value.type === 0 && ('body' in value || 'b' in value);
}

/**
 * Compiles one message tree: a message with syntax becomes its AST (what `compile` in @intlify/core-base
 * evaluates without the compiler); an error names the message.
 * @param {unknown} tree
 * @param {string} path
 * @returns {unknown}
 */
export function compileMessages(tree, path = '') {
  if (typeof tree === 'string') {
    if (!SYNTAX.test(tree)) return tree;
    const errors = [];
    const { ast } = baseCompile(tree, { jit: true, location: false, onError: (error) => errors.push(error.message) });
    if (errors.length > 0) throw new Error(`message ${path}: ${errors.join('; ')}`);
    return ast;
  }
  if (isMessageAst(tree)) return tree; // compiled already (a precompiled module's words)
  if (Array.isArray(tree)) return tree.map((item, index) => compileMessages(item, `${path}[${index}]`));
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, compileMessages(value, path ? `${path}.${key}` : key)]));
  }
  return tree;
}
