import { Resvg } from '@resvg/resvg-js';
import { CHARTS_OF_TABLE, regionCharts, RegionsSideBySide, reportTables, word, type Language, type RegionFiguresFragment, type ReportTable } from '@kumkm/dashboard/report';
import { refuse, spreadsheetWriter } from '@kumkm/subgraph-kit';
import * as echarts from 'echarts';
import type { Request, RequestHandler, Response } from 'express';
import { print } from 'graphql';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { ExportRefusal, operationData, type RunOperation } from './export-refusal';

/** Regions one coordination export may put side by side (the page's default is three). */
const MAX_REGIONS = 40;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUERY = print(RegionsSideBySide);
const CHART_SIZE = { width: 900, height: 380 };

interface RakorRequest {
  codes: string[];
  period: { from: string; to: string; asOfYear: number };
  language: Language;
}

/** `?regions=81,31.72,36.74&from=2022-01-01&to=2026-12-02&asOfYear=2026&lang=id`, as the page sends it. */
function rakorRequest(query: Request['query']): RakorRequest {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const codes = (text('regions') ?? '81,31.72,36.74').split(',').map((code) => code.trim()).filter(Boolean);
  if (codes.length === 0 || codes.length > MAX_REGIONS) throw new ExportRefusal(400, 'BAD_USER_INPUT', `regions lists 1 to ${MAX_REGIONS} region codes, comma-separated`);
  const today = new Date();
  const from = text('from') ?? `${today.getUTCFullYear() - 4}-01-01`;
  const to = text('to') ?? today.toISOString().slice(0, 10);
  if (!DATE.test(from) || !DATE.test(to) || from > to) throw new ExportRefusal(400, 'BAD_USER_INPUT', 'from and to are dates (yyyy-mm-dd), from not after to');
  const asOfYear = Number(text('asOfYear') ?? today.getUTCFullYear());
  if (!Number.isInteger(asOfYear) || asOfYear < 1945 || asOfYear > 2100) throw new ExportRefusal(400, 'BAD_USER_INPUT', 'asOfYear is a year');
  const language = text('lang') ?? 'id';
  if (language !== 'id' && language !== 'en') throw new ExportRefusal(400, 'BAD_USER_INPUT', 'lang is id or en');
  return { codes, period: { from, to, asOfYear }, language };
}

/** The regions asked, through the public API with the caller's token; an unknown code is refused, not left out. */
async function regionsOf(run: RunOperation, request: RakorRequest, req: Request, res: Response): Promise<RegionFiguresFragment[]> {
  const { regions } = await operationData<{ regions: RegionFiguresFragment[] }>(run, { query: QUERY, variables: { codes: request.codes, ...request.period } }, req, res);
  const unknown = request.codes.filter((code) => !regions.some((region) => region.code === code));
  if (unknown.length) throw new ExportRefusal(400, 'BAD_USER_INPUT', `Unknown region code(s): ${unknown.join(', ')}`);
  return regions;
}

/** A chart drawn on the server as the page draws it (ECharts' SVG renderer without a DOM). */
export function chartSvg(option: echarts.EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function tableRows(table: ReportTable, regions: readonly RegionFiguresFragment[], language: Language): Array<Array<string | number | null>> {
  return [
    [table.title],
    [word(language, 'region'), ...regions.map((region) => `${region.name} (${region.code})`)],
    ...table.rows.map((row) => (row.group ? [row.label] : [row.label, ...row.cells.map((cell) => (typeof cell.value === 'number' ? cell.value : cell.text))])),
    [],
  ];
}

async function writeSpreadsheet(res: Response, format: 'csv' | 'xlsx', tables: ReportTable[], regions: readonly RegionFiguresFragment[], language: Language): Promise<void> {
  const writer = spreadsheetWriter(res, format === 'csv' ? { kind: 'csv', delimiter: ';' } : { kind: 'xlsx', sheet: 'Rakor KUMKM' });
  for (const table of tables) for (const row of tableRows(table, regions, language)) await writer.write(row);
  await writer.finish();
}

/** The page on paper: A4 landscape, each table with its chart, figures as the page writes them. */
function writePdf(res: Response, tables: ReportTable[], regions: readonly RegionFiguresFragment[], request: RakorRequest): void {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: word(request.language, 'title'), Creator: 'KUMKM graph' } });
  doc.pipe(res);
  const width = doc.page.width - 72;
  doc.fontSize(16).font('Helvetica-Bold').text(word(request.language, 'title'));
  doc.fontSize(9).font('Helvetica').fillColor('#444').text(`${word(request.language, 'generatedOn')} ${new Date().toISOString().slice(0, 10)} · ${regions.map((region) => `${region.name} (${region.code})`).join(', ')}`).fillColor('black');
  const charts = regionCharts(request.language, regions);
  for (const table of tables) {
    const labelWidth = 200;
    const columnWidth = (width - labelWidth) / Math.max(1, regions.length);
    const rowHeight = 14;
    if (doc.y + rowHeight * (table.rows.length + 3) > doc.page.height - 36) doc.addPage();
    doc.moveDown(0.8).fontSize(12).font('Helvetica-Bold').text(table.title, 36);
    const row = (label: string, cells: string[], bold: boolean) => {
      const y = doc.y;
      doc.fontSize(8).font(bold ? 'Helvetica-Bold' : 'Helvetica').text(label, 36, y, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
      cells.forEach((cell, index) => doc.text(cell, 36 + labelWidth + index * columnWidth, y, { width: columnWidth - 4, align: 'right', lineBreak: false, ellipsis: true }));
      doc.x = 36;
      doc.y = y + rowHeight;
    };
    row(word(request.language, 'region'), regions.map((region) => region.name), true);
    for (const entry of table.rows) row(entry.label, entry.group ? [] : entry.cells.map((cell) => cell.text), Boolean(entry.group));
    for (const chart of charts.filter((candidate) => (CHARTS_OF_TABLE[table.id] ?? []).includes(candidate.id))) {
      const height = (width * CHART_SIZE.height) / CHART_SIZE.width / 1.6;
      if (doc.y + height > doc.page.height - 36) doc.addPage();
      SVGtoPDF(doc, chartSvg(chart.option), 36 + width * 0.1, doc.y + 4, { width: width * 0.8, height, preserveAspectRatio: 'xMidYMid meet' });
      doc.y += height + 8;
    }
  }
  doc.end();
}

/** The paths this serves: the whole view, or one chart. */
export const RAKOR_EXPORT_PATH = /^\/exports\/(?:rakor\.(xlsx|csv|pdf)|charts\/([a-z-]+)\.png)$/;

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf', png: 'image/png' };

/**
 * The coordination view for the meeting's papers, made from the same query, tables and charts as
 * the page: `GET /exports/rakor.xlsx|csv|pdf` and `GET /exports/charts/<chart>.png`, with the
 * page's regions, period and language, and the caller's token.
 */
export function rakorExports(run: RunOperation): RequestHandler {
  return async (req, res) => {
    const match = RAKOR_EXPORT_PATH.exec(req.path);
    if (!match) return refuse(res, 404, 'NOT_FOUND', 'No such export: rakor.xlsx, rakor.csv, rakor.pdf or charts/<chart>.png');
    let request: RakorRequest;
    let regions: RegionFiguresFragment[];
    try {
      request = rakorRequest(req.query);
      regions = await regionsOf(run, request, req, res);
    } catch (error) {
      if (!(error instanceof ExportRefusal)) throw error;
      return refuse(res, error.status, error.code, error.message);
    }
    const [, format, chartId] = match;
    if (chartId) {
      const chart = regionCharts(request.language, regions).find((candidate) => candidate.id === chartId);
      if (!chart) return refuse(res, 404, 'NOT_FOUND', `No chart "${chartId}"; there are ${regionCharts(request.language, regions).map((candidate) => candidate.id).join(', ')}`);
      const png = new Resvg(chartSvg(chart.option), { fitTo: { mode: 'width', value: CHART_SIZE.width * 2 }, background: 'white' }).render().asPng();
      res.status(200).type(CONTENT_TYPES.png).attachment(`${chartId}.png`).send(png);
      return;
    }
    const tables = reportTables(request.language, regions, request.period);
    res.status(200).type(CONTENT_TYPES[format as 'csv' | 'xlsx' | 'pdf']).attachment(`rakor-kumkm-${request.period.to}.${format}`);
    if (format === 'pdf') return writePdf(res, tables, regions, request);
    await writeSpreadsheet(res, format as 'csv' | 'xlsx', tables, regions, request.language);
  };
}
