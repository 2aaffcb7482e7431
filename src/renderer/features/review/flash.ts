// Scrolls to the elements matching a selector inside a container and flashes them once.

/** Scrolls the first match to the middle of its scroller and restarts the flash animation. */
export const flashAll = (container: Element, selector: string): void => {
  const found = container.querySelectorAll<HTMLElement>(selector);
  const first = found[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center', inline: 'nearest' });
  for (const el of found) {
    el.classList.remove('flash');
    // Reading layout restarts the CSS animation when the class comes back.
    void el.offsetWidth;
    el.classList.add('flash');
  }
};
