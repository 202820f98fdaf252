// What a zip (an .xlsx) says it holds, read from its central directory before anything is unzipped: a few kilobytes
// can declare gigabytes (a zip bomb), and the reader must refuse such a file before inflating it; and an entry
// inflated piece by piece.

import { Inflate } from "fflate";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared: an entry may lie (a zip bomb). */
  size: number;
  localOffset: number;
}

/** The entries the central directory lists; null when there is no readable directory (not a zip, or truncated). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end-of-directory record sits in the last 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: String.fromCharCode(...bytes.subarray(at + 46, at + 46 + Math.min(nameLength, 1024))),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The total unzipped size the directory declares, in bytes; Infinity when an entry needs ZIP64 (over 4 GiB) and
 * null when there is no readable directory.
 */
export function declaredUnzippedSize(bytes: Uint8Array): number | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  return entries.some((entry) => entry.size === 0xffffffff)
    ? Infinity
    : entries.reduce((total, entry) => total + entry.size, 0);
}

const LOCAL_HEADER = 0x04034b50;
/** How much compressed data is inflated at a time. */
const STREAM_CHUNK = 256 * 1024;

/**
 * An entry's data, inflated a piece at a time and handed to `onData`, never held whole (a sheet may unzip to hundreds
 * of megabytes, or lie about its size). Throws when the entry cannot be read.
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, onData: (data: Uint8Array) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw new Error(`${entry.name}: no data`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return onData(data);
  if (entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method}`);
  const inflate = new Inflate((chunk) => onData(chunk));
  for (let offset = 0; offset < data.length; offset += STREAM_CHUNK)
    inflate.push(data.subarray(offset, offset + STREAM_CHUNK), offset + STREAM_CHUNK >= data.length);
}
