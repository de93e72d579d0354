/**
 * One shadow-root host for a compose box's UI (the badge, highlights, panel
 * and review). LinkedIn's CSS cannot reach into it and ours cannot leak out.
 * Written by hand rather than with WXT's createShadowRootUi, whose bundle
 * carries a fetch() for stylesheets: with the CSS inline, the content script
 * contains no network code at all, which a test checks on the build.
 */
import { UI_CSS } from './styles';

export interface MountedUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

export function mountUi(anchor: Element): MountedUi {
  const host = document.createElement('forethought-ui');
  // Marks our own shadow root so the page scan never mistakes it for LinkedIn's.
  host.setAttribute('data-forethought-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  anchor.append(host);
  return { host, container, remove: () => host.remove() };
}
