// A minimal ICO writer: PNG-compressed entries (valid since Windows Vista, what NSIS and
// electron-builder accept), plus a reader the tests use to check the committed icon.ico.

/**
 * Packs square PNG images into one .ico.
 * @param {Array<[number, Uint8Array]>} entries [size in px (≤ 256), PNG bytes]
 * @returns {Buffer}
 */
export const encodeIco = (entries) => {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(entries.length, 4);
  const dir = Buffer.alloc(16 * entries.length);
  let offset = header.length + dir.length;
  entries.forEach(([size, png], i) => {
    if (size > 256) throw new Error(`ICO entries are at most 256 px, got ${size}`);
    const at = i * 16;
    dir.writeUInt8(size === 256 ? 0 : size, at); // 0 means 256
    dir.writeUInt8(size === 256 ? 0 : size, at + 1);
    dir.writeUInt8(0, at + 2); // no palette
    dir.writeUInt8(0, at + 3);
    dir.writeUInt16LE(1, at + 4); // colour planes
    dir.writeUInt16LE(32, at + 6); // bits per pixel
    dir.writeUInt32LE(png.length, at + 8);
    dir.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, dir, ...entries.map(([, png]) => Buffer.from(png))]);
};

/**
 * Lists the entries of an .ico: declared size and the embedded image bytes.
 * @param {Uint8Array} bytes
 * @returns {Array<{ size: number, image: Buffer }>}
 */
export const decodeIco = (bytes) => {
  const buf = Buffer.from(bytes);
  if (buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  const count = buf.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 16;
    const size = buf.readUInt8(at) || 256;
    const length = buf.readUInt32LE(at + 8);
    const offset = buf.readUInt32LE(at + 12);
    return { size, image: buf.subarray(offset, offset + length) };
  });
};
