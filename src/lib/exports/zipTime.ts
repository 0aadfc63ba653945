/**
 * Sets every timestamp in a zip archive (an .xlsx file) to one date, so the
 * same content always gives the same bytes. exceljs stamps each entry with
 * the time it was zipped; the stamps are plain DOS date/time fields, outside
 * the checksummed data, in each local file header and central directory
 * record (PKWARE APPNOTE 4.3.7 and 4.3.12).
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function setZipTimestamps(bytes: Uint8Array<ArrayBuffer>, when: Date): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // The end-of-central-directory record is within the last 22 + 65,535 bytes (its comment is at most 64 kB).
  let eocd = -1;
  for (let at = out.length - 22; at >= Math.max(0, out.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip archive: no end-of-central-directory record');
  const entries = view.getUint16(eocd + 10, true);
  const stamp = dosDateTime(when);
  let at = view.getUint32(eocd + 16, true);
  for (let index = 0; index < entries; index++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`Zip central directory record ${index} is malformed`);
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`Zip local header of entry ${index} is malformed`);
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
