/**
 * How the portal's vue-i18n turns messages into functions without carrying vue-i18n's compiler in the first
 * load (issue 16): the build defines `__INTLIFY_DROP_MESSAGE_COMPILER__`, and the host's, the kit's and the
 * UI's messages arrive precompiled (`precompileMessages` in @fawang/vite-config; a server-rendered page's
 * module summaries are compiled by the server). A message is then either an AST, which vue-i18n's runtime
 * evaluates, or plain text, shown as it is. A module's own messages may be text with syntax (`{name}`), so
 * the compiler is loaded before a module's messages are added (app.ts) — with the module's code, never
 * with the home page.
 */
import { compile, registerMessageCompiler, type MessageCompiler } from '@intlify/core-base';

let parse: ((message: string, context: Parameters<MessageCompiler>[1]) => Parameters<typeof compile>[0]) | undefined;
let loading: Promise<void> | undefined;
const compiled = new Map<string, ReturnType<MessageCompiler>>();

const messageCompiler: MessageCompiler = (message, context) => {
  if (typeof message !== 'string') return compile(message, context);
  if (!parse) return () => message; // Text before the compiler has arrived: only plain text reaches here.
  let fn = compiled.get(message);
  if (!fn) compiled.set(message, (fn = compile(parse(message, context), context)));
  return fn;
};

/**
 * Makes this vue-i18n's compiler for every i18n scope, the global one and a component's own alike (vue-i18n
 * falls back to the registered compiler; the one its build registers cannot read text without the parser).
 */
export function useMessageCompiler(): void {
  registerMessageCompiler(messageCompiler);
}

/** Loads vue-i18n's message compiler, once; messages added after this may be text with syntax. */
export function loadMessageCompiler(): Promise<void> {
  // The compiler's self-contained build, not the package's root: vue-i18n's runtime imports a few helpers
  // from the root, so the first load holds that module, and a module is never split between chunks — asking
  // the root for the compiler would put the whole compiler back into the first load.
  return (loading ??= import('@intlify/message-compiler/dist/message-compiler.esm-browser.prod.js').then(({ baseCompile }) => {
    // Errors go where vue-i18n sends them (a warning), as its own compiler does: a bad message does not break the page.
    parse = (message, context) => baseCompile(message, { jit: true, location: false, ...(context.onError ? { onError: context.onError } : {}) }).ast;
  }));
}
