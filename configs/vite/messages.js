// Precompiled messages: a portal runs vue-i18n's runtime-only build, without its message compiler (about
// 5 KB of the JavaScript a visitor fetches first, issue 16). A message file — `messages/<locale>.json`, one
// per locale — is imported as its object precompiled (compile-messages.js).
import { readFile } from 'node:fs/promises';
import { compileMessages } from './compile-messages.js';

const MESSAGE_FILE = /[\\/]messages[\\/][A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*\.json$/;
// A message file's module is `<file>.js`: an id that does not end in .json, so Vite's JSON handling leaves it
// alone, and a real path beside the file, so a library build names it after the file and the package's
// `sideEffects` applies (an unused import of it is dropped).
const SUFFIX = '.js';

/**
 * The Vite plugin: `messages/<locale>.json` files are loaded precompiled, as modules of their own.
 * @returns {import('vite').Plugin}
 */
export function precompileMessages() {
  /** The ids this plugin gave (a built library's own `*.json.js` files are left to be read as they are). */
  const ours = new Set();
  return {
    name: 'fawang:precompile-messages',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !MESSAGE_FILE.test(resolved.id)) return null;
      ours.add(`${resolved.id}${SUFFIX}`);
      return `${resolved.id}${SUFFIX}`;
    },
    async load(id) {
      const path = id.replace(/\?.*$/, '');
      if (!ours.has(path)) return null;
      const file = path.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      let messages;
      try {
        messages = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        this.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      try {
        return `export default ${JSON.stringify(compileMessages(messages))};\n`;
      } catch (error) {
        this.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
