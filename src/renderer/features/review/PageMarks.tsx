// What the views of pages held as pictures or objects (OFD, scans) share: the page frame sized
// against the widest page, the marks as boxes at their places in page units, and the flash of
// the active mark.
import { useEffect, type CSSProperties, type RefObject } from 'react';
import { flashAll } from './flash';
import type { PdfMarkBox } from './originalLayout';

/** Page width on screen in CSS pixels at most (pages are fitted to the pane up to this). */
const MAX_WIDTH = 900;

/** A share of the page's width or height, as a CSS percentage. */
export const pct = (v: number, of: number): string => `${(v / of) * 100}%`;

interface PageSize {
  width: number;
  height: number;
}

/** Pages keep their sizes relative to each other; the widest fills the pane. */
export const pageFrameStyle = (page: PageSize, widest: number): CSSProperties => ({
  width: `min(${(MAX_WIDTH * page.width) / widest}px, ${(100 * page.width) / widest}%)`,
  aspectRatio: `${page.width} / ${page.height}`,
});

/** Flashes the active finding's marks; -1 means the view is hidden (it flashes when shown). */
export const useFlashActive = (
  ref: RefObject<HTMLElement | null>,
  activeKey: string | null,
  flashNonce: number,
): void => {
  useEffect(() => {
    if (activeKey && ref.current && flashNonce >= 0)
      flashAll(ref.current, `.pdf-box[data-k~="${activeKey}"]`);
  }, [ref, activeKey, flashNonce]);
};

/** The marks of page `number` (1-based) as boxes over it; clicking one selects its finding. */
export const PageMarkBoxes = ({
  boxes,
  number,
  page,
  activeKey,
  onMarkClick,
}: {
  boxes: readonly PdfMarkBox[];
  number: number;
  page: PageSize;
  activeKey: string | null;
  onMarkClick(key: string): void;
}) =>
  boxes
    .filter((b) => b.page === number)
    .map((b, j) => (
      <div
        key={`${b.key}-${j}`}
        className={`pdf-box hl-${b.kind}${b.key === activeKey ? ' active' : ''}`}
        data-k={b.key}
        style={{
          left: `calc(${pct(b.box[0], page.width)} - 2px)`,
          top: `calc(${pct(b.box[1], page.height)} - 2px)`,
          width: `calc(${pct(b.box[2], page.width)} + 4px)`,
          height: `calc(${pct(b.box[3], page.height)} + 4px)`,
        }}
        onClick={() => onMarkClick(b.key)}
      />
    ));
