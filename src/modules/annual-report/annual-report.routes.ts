import { actorOf } from '../../core/http/guard';
import { routesOf, sendFile, serviceContext } from '../../core/http/route-kit';
import type { ApiInstance } from '../../core/http/types';
import type { AppContext } from '../../core/module';
import {
  annualReportDocument,
  downloadQuery,
  editableTextBlock,
  editableTextBlocks,
  historyQuery,
  languageQuery,
  textHistory,
  textInput,
  yearParam,
} from './annual-report.contract';
import { annualReportPermissions as p } from './annual-report.policy';
import { reportDocument, reportFile } from './annual-report.service';
import { reportTextBlocks, reportTextHistory, saveReportText } from './texts.service';

export async function annualReportRoutes(app: ApiInstance, { db, config }: AppContext) {
  const route = routesOf(app, 'annual-report');
  const ctx = serviceContext(db);
  route.get(
    '/annual-report/:year',
    p['report.read'],
    {
      description:
        'The annual sustainability report as JSON: every published figure with its trend and target, each material area’s text with its writer, and the GRI content index (docs/annual-report.md).',
      params: yearParam,
      query: languageQuery,
      returns: annualReportDocument,
    },
    (req) => {
      const actor = actorOf(req);
      return reportDocument(
        ctx(req.id),
        actor,
        req.params.year,
        req.query.lang ?? actor.language,
        config.clock(),
      );
    },
  );
  route.get(
    '/annual-report/:year/download',
    p['report.read'],
    {
      description:
        'The annual report as a file to save: PDF (tagged), HTML, XLSX or JSON, named like hallbarhetsrapport-2025-sv.pdf.',
      params: yearParam,
      query: downloadQuery,
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const language = req.query.lang ?? actor.language;
      const file = await reportFile(
        ctx(req.id),
        actor,
        req.params.year,
        req.query.format,
        language,
        config.clock(),
      );
      return sendFile(reply, { name: file.name, type: file.format, body: file.body });
    },
  );
  route.get(
    '/annual-report/:year/texts',
    p['report.read'],
    {
      description:
        'The text of each material area for the year in the language: the newest version and who wrote it.',
      params: yearParam,
      query: languageQuery,
      returns: editableTextBlocks,
    },
    (req) => {
      const actor = actorOf(req);
      return reportTextBlocks(
        ctx(req.id),
        actor,
        req.params.year,
        req.query.lang ?? actor.language,
        config.clock(),
      );
    },
  );
  route.get(
    '/annual-report/:year/texts/history',
    p['report.read'],
    {
      description:
        'Every saved version of one material area’s text, newest first, with who wrote it and when.',
      params: yearParam,
      query: historyQuery,
      returns: textHistory,
    },
    (req) => {
      const actor = actorOf(req);
      const { material_area, lang } = req.query;
      return reportTextHistory(
        ctx(req.id),
        actor,
        req.params.year,
        material_area,
        lang ?? actor.language,
        config.clock(),
      );
    },
  );
  route.put(
    '/annual-report/:year/texts',
    p['report.write'],
    {
      description:
        'Saves a new version of a material area’s text; the earlier versions stay as its history. Refused when another version was saved after the one it is based on.',
      params: yearParam,
      body: textInput,
      returns: editableTextBlock,
    },
    (req) => saveReportText(ctx(req.id), actorOf(req), req.params.year, req.body, config.clock()),
  );
}
