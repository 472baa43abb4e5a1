import sharp from 'sharp';

/** Longest edge kept: enough to read a broken lock or a graffiti tag, small enough for the database. */
export const photoMaxEdge = 1600;
/** Largest upload accepted before processing (a phone camera's full-size JPEG). */
export const photoMaxInputBytes = 15 * 1024 * 1024;

export type ProcessedPhoto = { content: Buffer; mime: 'image/jpeg'; width: number; height: number };

/**
 * Turns an uploaded image into the stored JPEG: rotated upright from its EXIF orientation, shrunk so
 * the longest edge is at most photoMaxEdge, and re-encoded without any metadata. sharp drops EXIF,
 * XMP, IPTC and ICC unless withMetadata/keepExif is asked for, so GPS position and camera serial
 * never reach the database.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const { data, info } = await sharp(input, { failOn: 'error' })
    .rotate()
    .resize({ width: photoMaxEdge, height: photoMaxEdge, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { content: data, mime: 'image/jpeg', width: info.width, height: info.height };
}
