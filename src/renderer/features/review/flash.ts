// Scrolls to the elements matching a selector inside a container and flashes them once.

/**
 * Scrolls the first match to the middle of its scroller and restarts the flash animation. One
 * layout for all matches: the classes come off, scrolling lays the page out (which also restarts
 * the CSS animation when the class comes back), then the classes go on.
 */
export const flashAll = (container: Element, selector: string): void => {
  const found = container.querySelectorAll<HTMLElement>(selector);
  const first = found[0];
  if (!first) return;
  for (const el of found) el.classList.remove('flash');
  first.scrollIntoView({ block: 'center', inline: 'nearest' });
  // scrollIntoView lays out only when something moved; reading layout makes sure of the restart.
  void first.offsetWidth;
  for (const el of found) el.classList.add('flash');
};
