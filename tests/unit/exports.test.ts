import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { opportunities } from '../../src/lib/atlas';
import {
  DownloadGenerationError,
  OPEN_DATA_VERSION,
  UTF8_BOM,
  catalogueDocument,
  catalogueTable,
  checkDownload,
  contentsGroups,
  generateDownloads,
  openDataJsonSchema,
  openDataset,
  planDownloads,
  projectSheet,
  projectsGeoJson,
  toCsv,
  totalInvestmentYi,
  workbookReadme,
  writeWorkbook,
  formatFileSize,
  generateDownload,
  opportunityTable,
  opportunitySection,
  type DownloadReport,
} from '../../src/lib/exports';
import { fixtureModel } from '../support/fixtureSite';
import { jsonSchemaValidator } from '../support/downloads';

const context = { siteUrl: 'https://invest.example.test', generatedAt: new Date('2026-05-01T08:30:00Z') };
const model = fixtureModel({ synthetic: 60 });
const ids = model.projects.map((project) => project.id);
const about = { title: { zh: '项目', en: 'Projects' }, publisher: { zh: '编辑组', en: 'Editors' } };

describe('catalogue table', () => {
  it('has one row per project, in order, in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = catalogueTable(model.projects, model, lang, context);
      expect(table.rows.map((row) => row.id)).toEqual(ids);
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
    }
    expect(catalogueTable(model.projects, model, 'zh', context).columns[1]!.header).toBe('项目名称');
    expect(catalogueTable(model.projects, model, 'en', context).columns[1]!.header).toBe('Project');
  });

  it('keeps investment as a number: 亿元 in Chinese, CNY million in English; unpublished says so', () => {
    const column = (lang: 'zh' | 'en') => {
      const table = catalogueTable(model.projects, model, lang, context);
      const index = table.columns.findIndex((c) => c.key === 'investment');
      return new Map(table.rows.map((row) => [row.id, row.cells[index]!]));
    };
    const zh = column('zh');
    const en = column('en');
    expect(zh.get('zone-site')).toEqual({ type: 'number', value: 14.1 });
    expect(en.get('zone-site')).toEqual({ type: 'number', value: 1410 });
    expect(zh.get('no-investment')).toEqual({ type: 'text', value: '未公布' });
    expect(en.get('no-investment')).toEqual({ type: 'text', value: 'Not published' });
    for (const project of model.projects) {
      if (project.investment === undefined) continue;
      const value = (en.get(project.id) as { value: number }).value;
      expect(value).toBeCloseTo(project.investment * 100, 6);
    }
  });

  it('makes full dates dates and keeps partial dates as text', () => {
    const table = catalogueTable(model.projects, model, 'zh', context);
    const row = table.rows.find((candidate) => candidate.id === 'exact-site')!;
    const cell = (key: string) => row.cells[table.columns.findIndex((column) => column.key === key)];
    expect(cell('signed')).toEqual({ type: 'date', value: new Date('2023-02-14T00:00:00Z') });
    expect(cell('started')).toEqual({ type: 'text', value: '2023年6月' });
    expect(cell('operating')).toEqual({ type: 'text', value: '2025年' });
    expect(cell('lng')).toEqual({ type: 'number', value: 111.8 });
    expect(cell('url')).toEqual({ type: 'link', value: 'https://invest.example.test/projects/exact-site/' });
  });

  it('gives coordinates only for an exact site', () => {
    const table = catalogueTable(model.projects, model, 'en', context);
    const lng = table.columns.findIndex((column) => column.key === 'lng');
    for (const row of table.rows) {
      const exact = model.projectById.get(row.id)!.location.precision === 'exact';
      expect(row.cells[lng]!.type, row.id).toBe(exact ? 'number' : 'empty');
    }
  });
});

describe('CSV', () => {
  const csv = toCsv(catalogueTable(model.projects, model, 'zh', context));

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('parses back (RFC 4180) to the same rows, quotes and Chinese intact', () => {
    const records = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(records.map((record) => record['项目编号'])).toEqual(ids);
    const tricky = records.find((record) => record['项目编号'] === 'formula-like')!;
    // A leading "=" is neutralised so a spreadsheet never runs it as a formula.
    expect(tricky['项目名称']).toBe(`'=HYPERLINK("x")项目 "引号", 逗号`);
    const exact = records.find((record) => record['项目编号'] === 'exact-site')!;
    expect(exact['项目名称']).toBe('氢能重卡整车制造项目');
    expect(exact['签约时间']).toBe('2023-02-14');
    expect(exact['总投资（亿元）']).toBe('100');
  });
});

describe('open data', () => {
  const data = openDataset(model.projects, model, context, about);
  const validate = jsonSchemaValidator(openDataJsonSchema(context));

  it('is valid against its published JSON Schema', () => {
    const valid = validate(JSON.parse(JSON.stringify(data)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects what it should', () => {
    const broken = JSON.parse(JSON.stringify(data)) as { projects: Record<string, unknown>[] };
    broken.projects[0]!['kind'] = 'rumoured';
    expect(validate(broken)).toBe(false);
    const extra = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    extra['surprise'] = true;
    expect(validate(extra)).toBe(false);
  });

  it('has stable ids, version, generation time, count and total', () => {
    expect(data.projects.map((project) => project.id)).toEqual(ids);
    expect(data.version).toBe(OPEN_DATA_VERSION);
    expect(data.generatedAt).toBe('2026-05-01T08:30:00Z');
    expect(data.projectCount).toBe(model.projects.length);
    expect(data.totalInvestmentYi).toBe(totalInvestmentYi(model.projects));
    expect(data.$schema).toBe('https://invest.example.test/downloads/lvliang-projects.schema.json');
  });

  it('writes null for what the sources leave open and lists only referenced chains, counties and sources', () => {
    const byId = new Map(data.projects.map((project) => [project.id, project]));
    expect(byId.get('no-investment')!.investment).toBeNull();
    expect(byId.get('city-only')!.county).toBeNull();
    expect(byId.get('exact-site')!.investment).toEqual({ yi: 100, cny: 10_000_000_000, note: { zh: '一期', en: 'phase one' } });
    expect(byId.get('exact-site')!.location).toMatchObject({ precision: 'exact', lng: 111.8, lat: 37.15 });
    expect(byId.get('zone-site')!.location).toMatchObject({ precision: 'zone', lng: null, lat: null });
    const only = openDataset(
      model.projects.filter((project) => project.id === 'zone-site'),
      model,
      context,
      about,
    );
    expect(only.chains.map((chain) => chain.id)).toEqual(['aluminium']);
    expect(only.counties.map((county) => county.id)).toEqual(['xingxian']);
    expect(only.sources.map((source) => source.id)).toEqual(['fixture-daily']);
  });
});

describe('GeoJSON', () => {
  const collection = projectsGeoJson(model.projects, model, context);

  it('has one feature per project with its id', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => feature.id)).toEqual(ids);
  });

  it('gives a city-precision project no geometry and says why', () => {
    const city = collection.features.find((feature) => feature.id === 'city-only')!;
    expect(city.geometry).toBeNull();
    expect(city.properties.position_basis).toBe('none');
    expect(city.properties.position_note_en).toMatch(/no point/);
  });

  it('places exact sites exactly and says when a point is only the zone or county', () => {
    const byId = new Map(collection.features.map((feature) => [feature.id, feature]));
    expect(byId.get('exact-site')!.geometry).toEqual({ type: 'Point', coordinates: [111.8, 37.15] });
    expect(byId.get('exact-site')!.properties.position_basis).toBe('exact');
    const zone = byId.get('zone-site')!;
    expect(zone.properties.position_basis).toMatch(/^county-/);
    expect(zone.properties.position_note_zh).toMatch(/具体位置未公布/);
    for (const feature of collection.features) {
      if (!feature.geometry) continue;
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThan(110.3);
      expect(lat).toBeGreaterThan(36.6);
    }
  });
});

describe('PDF content', () => {
  it('a fact sheet lists published fields and says "not published" for key ones', () => {
    const sheet = projectSheet(model.projectById.get('no-investment')!, model, 'zh', context);
    const fields = new Map(sheet.fields.map((field) => [field.label, field.value]));
    expect(fields.get('总投资')).toBe('未公布');
    expect(fields.get('合作方式')).toBe('未公布');
    expect(fields.has('投资方 / 合作方')).toBe(false);
    expect(sheet.url).toBe('https://invest.example.test/projects/no-investment/');
    const en = projectSheet(model.projectById.get('exact-site')!, model, 'en', context);
    expect(en.fields.find((field) => field.label === 'Total investment')!.value).toBe('CNY 10 billion (phase one)');
    expect(en.fields.find((field) => field.label === 'Location')!.value).toContain('37.150° N, 111.800° E');
  });

  it('groups the contents by chain: a project under each of its chains, unclassified ones last', () => {
    const groups = contentsGroups(model.projects, model.chains, 'zh');
    expect(groups.map((group) => group.chain)).toEqual(['hydrogen', 'aluminium', 'tourism', null]);
    expect(groups[0]!.projectIds).toContain('exact-site');
    expect(groups[1]!.projectIds).toContain('exact-site');
    expect(groups.at(-1)!.projectIds).toEqual(['no-chain']);
    const listed = new Set(groups.flatMap((group) => group.projectIds));
    expect([...listed].sort()).toEqual([...ids].sort());
  });

  it('prints each project once and a chain subset only under its chain', () => {
    const document = catalogueDocument(model.projects, model, 'en', context, { type: 'all' });
    expect(document.sheets.map((sheet) => sheet.id).sort()).toEqual([...ids].sort());
    const hydrogen = model.projectsByChain.get('hydrogen')!;
    const subset = catalogueDocument(hydrogen, model, 'zh', context, { type: 'chain', id: 'hydrogen' });
    expect(subset.groups.map((group) => group.title)).toEqual(['氢能']);
    expect(subset.scope).toBe('产业链：氢能');
    expect(subset.coverLines[0]).toBe(`项目数量：${hydrogen.length}个`);
  });
});

describe('Excel', () => {
  it('has a sheet per language with frozen header, auto-filter, widths, numbers, dates, and a README', async () => {
    const tables = (['zh', 'en'] as const).map((lang) => ({
      name: lang === 'zh' ? '项目（中文）' : 'Projects (English)',
      table: catalogueTable(model.projects, model, lang, context),
    }));
    const result = await writeWorkbook(tables, workbookReadme(model.projects, model, context, { type: 'all' }), {
      title: 'test',
      generatedAt: context.generatedAt,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['项目（中文）', 'Projects (English)', '说明 README']);
    for (const { name, table } of tables) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.rowCount).toBe(model.projects.length + 1);
      expect(sheet.getColumn(2).width).toBe(table.columns[1]!.width);
      const column = (key: string) => table.columns.findIndex((c) => c.key === key) + 1;
      const ids = sheet.getColumn(1).values.slice(2);
      expect(ids).toEqual(model.projects.map((project) => project.id));
      const investments = sheet.getColumn(column('investment')).values.slice(2);
      const numbers = investments.filter((value): value is number => typeof value === 'number');
      expect(numbers.length).toBe(model.projects.filter((project) => project.investment !== undefined).length);
      const asOf = sheet.getRow(2).getCell(column('asOf'));
      expect(asOf.value).toBeInstanceOf(Date);
      expect(asOf.numFmt).toBe('yyyy-mm-dd');
    }
    const readme = workbook.getWorksheet('说明 README')!;
    const text = readme
      .getSheetValues()
      .flat()
      .map((value) => (value && typeof value === 'object' && 'hyperlink' in value ? value.hyperlink : String(value)))
      .join(' ');
    expect(text).toContain('https://example.org/daily');
    expect(text).toContain('吕梁日报');
  });
});

describe('reproducible files', () => {
  it('an Excel workbook zipped at another time has the same bytes', async () => {
    const make = () =>
      writeWorkbook(
        [{ name: 'Projects', table: catalogueTable(model.projects, model, 'en', context) }],
        workbookReadme(model.projects, model, context, { type: 'all' }),
        { title: 'test', generatedAt: context.generatedAt },
      );
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
      const first = await make();
      vi.setSystemTime(new Date('2031-06-15T17:45:12Z'));
      const second = await make();
      expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(second.bytes.buffer);
      expect(book.worksheets[0]!.rowCount).toBe(model.projects.length + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('download plan', () => {
  const specs = planDownloads(model);

  it('has unique paths under /downloads/', () => {
    const paths = specs.map((spec) => spec.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/downloads\/[a-z0-9./-]+$/);
  });

  it('covers the whole catalogue, each chain and county with projects, and each project in both languages', () => {
    const all = specs.filter((spec) => spec.scope.type === 'all' && spec.format !== 'json-schema');
    expect(all.map((spec) => spec.format).sort()).toEqual(['csv', 'csv', 'geojson', 'json', 'pdf', 'pdf', 'xlsx']);
    for (const spec of all) expect(spec.projectIds).toEqual(ids);
    for (const chain of model.chains) {
      const members = (model.projectsByChain.get(chain.id) ?? []).map((project) => project.id);
      const files = specs.filter((spec) => spec.scope.type === 'chain' && spec.scope.id === chain.id);
      expect(files.map((file) => `${file.format}:${file.lang}`)).toEqual(
        members.length > 0 ? ['xlsx:both', 'pdf:zh', 'pdf:en'] : [],
      );
      for (const file of files) expect(file.projectIds).toEqual(members);
    }
    for (const county of model.counties) {
      const members = (model.projectsByCounty.get(county.id) ?? []).map((project) => project.id);
      const files = specs.filter((spec) => spec.scope.type === 'county' && spec.scope.id === county.id);
      expect(files.map((file) => file.format)).toEqual(members.length > 0 ? ['xlsx'] : []);
      for (const file of files) expect(file.projectIds).toEqual(members);
    }
    const sheets = specs.filter((spec) => spec.scope.type === 'project');
    expect(sheets.length).toBe(ids.length * 2);
  });

  it('plans nothing for an empty collection, and generation then refuses', async () => {
    const empty = fixtureModel({ projects: [] });
    expect(planDownloads(empty)).toEqual([]);
    await expect(generateDownloads([], empty, context, {} as never)).rejects.toThrow(DownloadGenerationError);
  });

  it('formats sizes', () => {
    expect(formatFileSize(900, 'en')).toBe('900 B');
    expect(formatFileSize(18_637, 'en')).toBe('18.2 KB');
    expect(formatFileSize(1_468_006, 'zh')).toBe('1.4 MB');
  });
});

describe('generation refuses incomplete files', () => {
  it('names the project a whole-catalogue file would miss', async () => {
    const small = fixtureModel({ synthetic: 0 });
    const specs = planDownloads(small)
      .filter((spec) => spec.format === 'csv' || spec.format === 'json')
      .map((spec) =>
        spec.format === 'csv' ? { ...spec, projectIds: spec.projectIds.filter((id) => id !== 'zone-site') } : spec,
      );
    const attempt = generateDownloads(specs, small, context, {} as never);
    await expect(attempt).rejects.toThrow(DownloadGenerationError);
    await expect(attempt).rejects.toThrow(/lvliang-projects\.csv: project "zone-site" is not in the plan/);
  });
});

describe('download check', () => {
  const spec = planDownloads(model).find((candidate) => candidate.format === 'csv')!;
  const file = (written: Record<string, string[]>, size = 1): DownloadReport => ({
    spec,
    size,
    written,
    writtenOpportunities: {},
  });

  it('accepts a complete file', () => {
    expect(checkDownload(file({ rows: ids }))).toEqual([]);
  });

  it('names a missing project, an extra one and an empty file', () => {
    expect(checkDownload(file({ rows: ids.slice(1) }))).toEqual([`${spec.path}: project "${ids[0]}" is missing`]);
    expect(checkDownload(file({ rows: [...ids, 'ghost'] }))).toEqual([`${spec.path}: unexpected project "ghost"`]);
    expect(checkDownload(file({ rows: ids }, 0))).toEqual([`${spec.path}: the file would be empty`]);
    expect(checkDownload(file({ a: ids, b: ids.slice(0, -1) }))).toEqual([
      `${spec.path} (b): project "${ids.at(-1)}" is missing`,
    ]);
  });
});

describe('investment opportunities in the downloads', () => {
  const items = opportunities(model);
  const itemIds = items.map((item) => item.id);

  it('the fixture has weak and gap links with every kind of "sought" (so these tests can fail)', () => {
    expect(items.map((item) => [item.id, item.status, item.sought.basis])).toEqual([
      ['hydrogen#link-midstream-1', 'weak', 'link'],
      ['hydrogen#link-downstream-1', 'gap', 'none'],
      ['tourism#link-upstream-1', 'weak', 'chain'],
    ]);
  });

  it('are planned in the whole-catalogue workbook and PDFs only, every one in order', () => {
    for (const spec of planDownloads(model)) {
      const carries = spec.scope.type === 'all' && (spec.format === 'xlsx' || spec.format === 'pdf');
      expect(spec.opportunityIds, spec.path).toEqual(carries ? itemIds : []);
    }
  });

  it('make a table of one row per opportunity in each language, saying what is sought and on what basis', () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = opportunityTable(items, model, lang, context);
      expect(table.rows.map((row) => row.id)).toEqual(itemIds);
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
      const cell = (id: string, key: string) => {
        const row = table.rows.find((candidate) => candidate.id === id)!;
        return row.cells[table.columns.findIndex((column) => column.key === key)];
      };
      const text = (id: string, key: string) => (cell(id, key) as { value: string }).value;
      expect(text('hydrogen#link-midstream-1', 'sought')).toBe(
        lang === 'zh' ? '补链：建设加氢站。' : 'Fill a gap: Build refuelling stations.',
      );
      expect(text('hydrogen#link-downstream-1', 'sought')).toBe(
        lang === 'zh' ? '资料未列出这一环节的招商需求。' : 'The sources name no investment sought for this link.',
      );
      expect(text('tourism#link-upstream-1', 'sought')).toBe(
        lang === 'zh'
          ? '延链：发展康养。（本产业链整体需求）'
          : 'Extend the chain: Develop wellness tourism. (for the chain as a whole)',
      );
      expect(text('hydrogen#link-midstream-1', 'chain')).toBe(lang === 'zh' ? '氢能' : 'Hydrogen');
      expect(text('hydrogen#link-midstream-1', 'status')).toBe(lang === 'zh' ? '薄弱' : 'Weak');
      expect(text('hydrogen#link-midstream-1', 'projects')).toContain(
        lang === 'zh' ? '氢能重卡整车制造项目' : 'Hydrogen heavy-truck assembly',
      );
      // No county at the link, its project is in Xiaoyi.
      expect(text('hydrogen#link-midstream-1', 'counties')).toBe(lang === 'zh' ? '孝义市' : 'Xiaoyi');
      // A gap with neither counties nor projects: the chain's host zone gives the county, and the cell says so.
      expect(text('hydrogen#link-downstream-1', 'counties')).toBe(
        lang === 'zh' ? '孝义市（产业链集中的县市区）' : 'Xiaoyi (where the chain is concentrated)',
      );
      expect(text('hydrogen#link-downstream-1', 'sources')).toContain('https://example.org/gov');
      expect(text('hydrogen#link-downstream-1', 'sources')).not.toContain('https://example.org/daily');
      expect(cell('tourism#link-upstream-1', 'url')).toEqual({
        type: 'link',
        value: `https://invest.example.test${lang === 'zh' ? '' : '/en'}/chains/tourism/#link-upstream-1`,
      });
    }
  });

  it('make a PDF section with an entry per opportunity under its chain', () => {
    const section = opportunitySection(items, model, 'en', context);
    expect(section.title).toBe('Investment opportunities');
    expect(section.entries.map((entry) => [entry.id, entry.chain, entry.status])).toEqual([
      ['hydrogen#link-midstream-1', 'Hydrogen', 'Weak · Midstream'],
      ['hydrogen#link-downstream-1', 'Hydrogen', 'Gap · Downstream'],
      ['tourism#link-upstream-1', 'Culture and tourism', 'Weak · Upstream'],
    ]);
    expect(section.entries[0]!.fields[0]).toEqual({
      label: 'Investment sought',
      value: 'Fill a gap: Build refuelling stations.',
    });
  });

  it('are their own sheets of the whole-catalogue workbook, parsed back, and counted in the README', async () => {
    const spec = planDownloads(model).find((candidate) => candidate.scope.type === 'all' && candidate.format === 'xlsx')!;
    const file = await generateDownload(spec, model, context, {} as never);
    expect(checkDownload({ ...file, size: file.bytes.length })).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes.buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      '项目（中文）',
      'Projects (English)',
      '投资机会（中文）',
      'Opportunities (English)',
      '说明 README',
    ]);
    for (const [name, lang] of [
      ['投资机会（中文）', 'zh'],
      ['Opportunities (English)', 'en'],
    ] as const) {
      const sheet = book.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      const links = sheet.getColumn(3).values.slice(2);
      expect(links).toEqual(items.map((item) => item.name[lang]));
    }
    const readme = book.getWorksheet('说明 README')!;
    const row = readme.getSheetValues().find((values) => Array.isArray(values) && values[1] === '投资机会') as unknown[];
    expect(row[3]).toBe(items.length);
  });

  it('a file that misses an opportunity, adds one or leaves them out is refused', () => {
    const spec = planDownloads(model).find((candidate) => candidate.scope.type === 'all' && candidate.format === 'pdf')!;
    const file = (writtenOpportunities: Record<string, string[]>): DownloadReport => ({
      spec,
      size: 1,
      written: { sections: ids },
      writtenOpportunities,
    });
    expect(checkDownload(file({ opportunities: itemIds }))).toEqual([]);
    expect(checkDownload(file({ opportunities: itemIds.slice(1) }))).toEqual([
      `${spec.path}: opportunity "${itemIds[0]}" is missing`,
    ]);
    expect(checkDownload(file({ opportunities: [...itemIds, 'x#y'] }))).toEqual([`${spec.path}: unexpected opportunity "x#y"`]);
    expect(checkDownload(file({}))).toEqual([`${spec.path}: the investment opportunities were not written`]);
  });

  it('generation refuses a whole-catalogue workbook planned without every opportunity', async () => {
    const small = fixtureModel({ synthetic: 0 });
    const specs = planDownloads(small)
      .filter((spec) => spec.scope.type === 'all' && spec.format === 'xlsx')
      .map((spec) => ({ ...spec, opportunityIds: spec.opportunityIds.slice(1) }));
    await expect(generateDownloads(specs, small, context, {} as never)).rejects.toThrow(
      /lvliang-projects\.xlsx: opportunity "hydrogen#link-midstream-1" is not in the plan/,
    );
  });
});
