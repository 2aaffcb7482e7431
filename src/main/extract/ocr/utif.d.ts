// The part of UTIF (pure-JS TIFF decoder, no types of its own) this reader uses. It is CommonJS
// whose `module.exports` Node's ESM loader cannot see names in (a worker thread under tsx or a
// bundle): only its default import works everywhere.
declare module 'utif' {
  export interface IFD {
    width: number;
    height: number;
    [tag: string]: unknown;
  }
  interface Utif {
    decode(buffer: ArrayBuffer): IFD[];
    decodeImage(buffer: ArrayBuffer, ifd: IFD, ifds?: IFD[]): void;
    toRGBA8(ifd: IFD): Uint8Array;
    /** An uncompressed RGBA TIFF of one page (tests write small TIFFs with it). */
    encodeImage(rgba: Uint8Array, w: number, h: number): ArrayBuffer;
  }
  const UTIF: Utif;
  export default UTIF;
}
