/**
 * Reads a QR code back from an image the way a phone camera does: the image
 * (any format sharp opens, optionally a region of it) is decoded by the `qr`
 * package's reader, which finds the code by its finder patterns. Tests check
 * the text it yields, not the modules of some reference encoder.
 */
import decodeQR from 'qr/decode.js';
import sharp from 'sharp';

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

export async function readQrCode(image: Buffer | string, region?: Region): Promise<string> {
  let pipeline = sharp(image);
  if (region) pipeline = pipeline.extract(region);
  const { data, info } = await pipeline
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`readQrCode: expected RGB pixels, got ${info.channels} channels`);
  return decodeQR({ width: info.width, height: info.height, data }, { format: 'RGB' });
}
