// The agencies' own files the dataset is built from (../shared/data/sources, or
// CAREER_COMPARE_SOURCES, as tools/run), read here so a test's expected figure comes from the
// source and not from data/, which the program under test made. A missing source fails the
// test that needs it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './harness.mjs';

export const SOURCES = path.resolve(process.env.CAREER_COMPARE_SOURCES || path.join(ROOT, '../shared/data/sources'));

/** The files of a zip archive (an .xlsx is one), by name. */
function unzip(buf) {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip archive');
  const files = new Map();
  let at = buf.readUInt32LE(end + 16);
  for (let n = buf.readUInt16LE(end + 10); n > 0; n -= 1) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, () => (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

const unescape = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e) => (
  { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]
    ?? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))));
// the text of an element's <t> parts (a rich-text string has several)
const texts = (xml) => unescape([...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(''));

/** The rows of the sheet `name` of the workbook at `file`, each a list of cell values (text or number). */
export async function sheetRows(file, name) {
  const zip = unzip(await readFile(path.join(SOURCES, file)));
  const workbook = zip.get('xl/workbook.xml')();
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0])
    .find((tag) => unescape(tag.match(/\bname="([^"]*)"/)[1]) === name);
  if (!sheet) throw new Error(`${file} has no sheet "${name}"`);
  const id = sheet.match(/\br:id="([^"]*)"/)[1];
  const rel = [...zip.get('xl/_rels/workbook.xml.rels')().matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0])
    .find((tag) => tag.includes(`Id="${id}"`));
  const target = rel.match(/\bTarget="([^"]*)"/)[1].replace(/^\/?(xl\/)?/, 'xl/');
  const shared = zip.has('xl/sharedStrings.xml')
    ? [...zip.get('xl/sharedStrings.xml')().matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  const column = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...zip.get(target)().matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map(([, row]) => {
    const cells = [];
    for (const [, ref, attrs, inner = ''] of row.matchAll(/<c\b[^>]*?r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attrs.match(/\bt="([^"]*)"/)?.[1];
      const v = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      cells[column(ref)] = type === 's' ? shared[Number(v)]
        : type === 'inlineStr' ? texts(inner)
          : type === 'str' ? unescape(v ?? '')
            : v === undefined ? undefined : Number(v);
    }
    return cells;
  });
}

/**
 * BLS Employment Projections, Table 1.2 (occupational projections), the line item of `code`:
 * `{ changePct }`, the projected percent change in employment.
 */
export async function epProjection(code) {
  const rows = await sheetRows('ep/occupation_2024-34.xlsx', 'Table 1.2');
  const header = rows.findIndex((r) => r.some((c) => /National Employment Matrix code/.test(c)));
  if (header < 0) throw new Error('EP Table 1.2: no header row');
  const col = (re) => rows[header].findIndex((c) => re.test(c));
  const [cCode, cType, cChange] = [col(/National Employment Matrix code/), col(/^Occupation type/), col(/^Employment change, percent/)];
  const row = rows.slice(header + 1).find((r) => r[cCode] === code && r[cType] === 'Line item');
  if (!row) throw new Error(`EP Table 1.2 has no line item ${code}`);
  if (typeof row[cChange] !== 'number') throw new Error(`EP Table 1.2 ${code}: percent change is ${row[cChange]}`);
  return { changePct: row[cChange] };
}
