import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoMaxEdge, processPhoto } from './photos';
import { hasGpsIfd, jpegWithGps } from './test-photos';

describe('processPhoto', () => {
  it('the test image really carries GPS EXIF before processing', async () => {
    const meta = await sharp(await jpegWithGps()).metadata();
    expect(meta.exif).toBeDefined();
    expect(hasGpsIfd(meta.exif!)).toBe(true);
    expect(meta.exif!.includes(Buffer.from('TestCam'))).toBe(true);
  });

  it('shrinks a 3000 × 2000 photo to 1600 × 1067 and drops all EXIF (GPS included)', async () => {
    const out = await processPhoto(await jpegWithGps());
    // 2000 * 1600 / 3000 = 1066.67, rounded to 1067
    expect([out.width, out.height]).toEqual([photoMaxEdge, 1067]);
    const meta = await sharp(out.content).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(out.content.includes(Buffer.from('TestCam'))).toBe(false);
  });

  it('does not enlarge a small photo', async () => {
    const out = await processPhoto(await jpegWithGps(400, 300));
    expect([out.width, out.height]).toEqual([400, 300]);
  });

  it('refuses bytes that are not an image', async () => {
    await expect(processPhoto(Buffer.from('not an image at all'))).rejects.toThrow();
  });
});
