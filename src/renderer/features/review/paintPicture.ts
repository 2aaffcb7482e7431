// A picture file's bytes drawn on a canvas: the 原文 views get pictures through the source IPC
// and cannot show them as <img> (the page's CSP allows no blob: or data: image).

/** The canvas keeps at most this many pixels across: sharp on a 2× screen, light on memory. */
export const MAX_CANVAS_WIDTH = 1800;

/**
 * Decodes `bytes` and draws them over the whole canvas, marking it `data-drawn`; resolves false
 * when the bytes cannot be decoded. `live()` false (the view went away) leaves the canvas alone.
 */
export const paintPicture = async (
  canvas: () => HTMLCanvasElement | null,
  bytes: Uint8Array<ArrayBuffer> | Uint8Array,
  mime: string,
  live: () => boolean,
  /**
   * 'from-image' turns a photo upright by its EXIF orientation, as the OCR read it; 'none'
   * keeps the stored pixels (a picture an OFD page places, whose boxes are in stored order).
   */
  imageOrientation: 'from-image' | 'none' = 'none',
): Promise<boolean> => {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mime }), {
      imageOrientation,
    });
  } catch {
    return false;
  }
  const c = canvas();
  if (live() && c) {
    const scale = Math.min(1, MAX_CANVAS_WIDTH / bitmap.width);
    c.width = Math.round(bitmap.width * scale);
    c.height = Math.round(bitmap.height * scale);
    c.getContext('2d')?.drawImage(bitmap, 0, 0, c.width, c.height);
    c.dataset['drawn'] = 'true';
  }
  bitmap.close();
  return true;
};
