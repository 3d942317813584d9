declare module 'virtual:fawang/modules' {
  import type { ModuleLoader } from '@fawang/module-kit/host';
  export const bundledModules: Record<string, ModuleLoader>;
}

/** The message compiler's self-contained build (boot/message-compiler.ts): the package root's API. */
declare module '@intlify/message-compiler/dist/message-compiler.esm-browser.prod.js' {
  export { baseCompile } from '@intlify/message-compiler';
}
