/** Pixels per CSS pixel of exported PNGs: 2 gives about 190 dpi on a landscape A4 page (as the CLI's resvg). */
export const PRINT_SCALE = 2;

/** Browsers refuse canvases much larger than this (Chromium: 16,384 px a side, ~268 M pixels). */
const MAX_CANVAS_SIDE_PX = 16_000;
const MAX_CANVAS_PIXELS = 120_000_000;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The drawing could not be loaded as an image'));
    image.src = url;
  });
}

/**
 * An SVG drawing as PNG bytes, drawn by the browser itself: the SVG goes through a blob:
 * URL into an <img> (allowed by the CSP's img-src blob:; an SVG shown as an image runs no
 * script and loads nothing), then onto a canvas at `scale` × its width, on white. Very
 * large drawings are scaled down to what a canvas can hold.
 */
export async function rasterizeSvg(svg: string, widthPx: number, scale = PRINT_SCALE): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const naturalWidth = widthPx > 0 ? widthPx : image.naturalWidth || 1;
    const naturalHeight = image.naturalWidth > 0 ? (image.naturalHeight * naturalWidth) / image.naturalWidth : image.naturalHeight || 1;
    const fit = Math.min(1, MAX_CANVAS_SIDE_PX / (naturalWidth * scale), MAX_CANVAS_SIDE_PX / (naturalHeight * scale), Math.sqrt(MAX_CANVAS_PIXELS / (naturalWidth * naturalHeight * scale * scale)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(naturalWidth * scale * fit));
    canvas.height = Math.max(1, Math.round(naturalHeight * scale * fit));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No 2D canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('The canvas could not be encoded as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
