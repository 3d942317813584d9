/**
 * The first paint (ADR 0009): static markup in index.html that shows the region's site name and, on its
 * home page, the home page's heading while the app's code is still on its way — on a slow phone network
 * that is a second or more. The API server fills the `{{profile.…}}` tokens per region and keeps the
 * `<!--fawang:home-->` part on the home page only; the app replaces the whole block when it mounts.
 * The heading's words come from the host's messages, so the two never disagree.
 */
import type { Plugin } from 'vite';
import { hostReferenceMessages } from '../src/messages/index.js';

const SLOT = '<!--fawang:first-paint-slot-->';

export function firstPaint(): Plugin {
  const heading = hostReferenceMessages.host.homePage.welcome.replace('{region}', '{{profile.name}}');
  const markup =
    '<!--fawang:first-paint--><div class="portal-first-paint">' +
    '<div class="portal-first-paint__banner"><span class="portal-first-paint__site">{{profile.branding.siteName}}</span></div>' +
    `<div class="portal-first-paint__main"><!--fawang:home--><h1 class="portal-first-paint__title">${heading}</h1><!--/fawang:home--></div>` +
    '</div><!--/fawang:first-paint-->';
  return {
    name: 'fawang-first-paint',
    transformIndexHtml(html) {
      if (!html.includes(SLOT)) throw new Error(`index.html lacks ${SLOT}`);
      return html.replace(SLOT, markup);
    },
  };
}
