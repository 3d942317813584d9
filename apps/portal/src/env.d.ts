declare module 'virtual:fawang/modules' {
  import type { ModuleLoader } from '@fawang/module-kit/host';
  export const bundledModules: Record<string, ModuleLoader>;
}
