/** Test images for the photo pipeline (used by unit and integration tests). */
import sharp from 'sharp';

/** A 3000 × 2000 JPEG carrying camera EXIF with a GPS position (Bäckby, Västerås). */
export async function jpegWithGps(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone 1', Copyright: 'Hamid Trygg' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '59/1 36/1 4860/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '16/1 27/1 5940/100',
      },
    })
    .toBuffer();
}

/** Whether an EXIF block holds the GPS IFD pointer, tag 0x8825 (EXIF 2.32, section 4.6.3), in either byte order. */
export function hasGpsIfd(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
