// The part of UTIF (pure-JS TIFF decoder, no types of its own) this reader uses.
declare module 'utif' {
  export interface IFD {
    width: number;
    height: number;
    [tag: string]: unknown;
  }
  export function decode(buffer: ArrayBuffer): IFD[];
  export function decodeImage(buffer: ArrayBuffer, ifd: IFD, ifds?: IFD[]): void;
  export function toRGBA8(ifd: IFD): Uint8Array;
}
