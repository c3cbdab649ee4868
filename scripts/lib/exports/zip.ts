import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip archive of the given files, deflated by Node's zlib (fast level:
 * thousands of workbooks at scale, each a few kB either way), every entry
 * dated `stamp`: the bytes depend only on the files and the date. No zip64:
 * a workbook is far from 4 GB and 65,535 entries.
 */
export function zipFiles(files: Array<[path: string, content: string]>, stamp: Date): Buffer {
  const { time, date } = dosDateTime(stamp);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, content] of files) {
    const name = Buffer.from(path, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const deflated = deflateRawSync(data, { level: 1 });
    // Version needed 2.0, flag 0x0800 (UTF-8 names), method 8 (deflate), time, date, CRC-32, sizes, name length, no extra field.
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0x0800, at + 2);
      header.writeUInt16LE(8, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(crc32(data), at + 10);
      header.writeUInt32LE(deflated.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    central.push(entry, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A date as zip entries hold it (MS-DOS, two-second steps, from 1980), in UTC so that the bytes do not depend on the machine's zone. */
function dosDateTime(stamp: Date): { time: number; date: number } {
  const year = Math.max(stamp.getUTCFullYear(), 1980);
  return {
    time: (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | Math.floor(stamp.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate(),
  };
}
