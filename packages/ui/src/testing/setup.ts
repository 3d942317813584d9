import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach } from 'vitest';

// Tests mount into document.body. After-hooks run in reverse order of registration, so the body is
// cleared only after auto-unmount has removed each component (and its teleported popups).
afterEach(() => {
  document.body.innerHTML = '';
});
enableAutoUnmount(afterEach);
