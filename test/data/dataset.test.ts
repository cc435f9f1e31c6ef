import { expect } from '@open-wc/testing';
import { checkEvidence, parseSummit, sectorWeights, type Summit } from '../../src/data/index.js';
import { realDatasetJson } from '../fixtures/real.js';

const SOURCE_URL = '/data/sources/000_919d899f44ccd421.txt';

/** The stored copy has a short header, then a `---` line, then the article byte for byte. */
function articleOf(copy: string): string {
  const marker = '\n---\n';
  const at = copy.indexOf(marker);
  if (at < 0) throw new Error('source copy lacks the --- line under its header');
  return copy.slice(at + marker.length);
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

describe('dataset: central-asia-japan-2025', () => {
  let raw: unknown;
  let summit: Summit;
  let article: string;

  before(async () => {
    raw = await realDatasetJson();
    article = articleOf(await fetchText(SOURCE_URL));
    summit = parseSummit(raw);
  });

  it('passes parseSummit (schema and cross-references)', () => {
    expect(() => parseSummit(raw)).not.to.throw();
    expect(summit.id).to.equal('central-asia-japan-2025');
    expect(summit.date).to.equal('2025-12-20');
    expect(summit.asOf).to.equal('2025-12-20');
    expect(summit.edition).to.equal(1);
    expect(summit.place).to.deep.equal({ city: 'Tokyo', country: 'JP' });
    expect(summit.host).to.equal('JP');
    expect((raw as Record<string, unknown>).$schema).to.equal('./summit.schema.json');
    expect(Object.keys(raw as object)[0]).to.equal('$schema');
  });

  it('names one source, stored next to the dataset, without an invented URL', () => {
    expect(summit.sources).to.have.length(1);
    const [source] = summit.sources;
    expect(source!.file).to.equal('sources/000_919d899f44ccd421.txt');
    expect(source!.date).to.equal('2025-12-20');
    expect(source!.url).to.equal(undefined);
  });

  it('the stored article is the dated news text', () => {
    expect(article.startsWith(' date 2025-12-20 TOKYO: On December 20 in Tokyo')).to.equal(true);
    expect(article.endsWith('the Tokyo Declaration was adopted.')).to.equal(true);
  });

  it('checkEvidence finds every quote verbatim in the article', () => {
    const texts = { [summit.sources[0]!.id]: article };
    expect(checkEvidence(summit, texts)).to.deep.equal([]);
  });

  it('every evidence quote anywhere is a substring of the article (independent walk)', () => {
    const sourceIds = new Set(summit.sources.map((s) => s.id));
    const missing: string[] = [];
    let count = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((child, i) => walk(child, `${path}[${i}]`));
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'evidence') {
            expect(value, `${path}.evidence`).to.be.an('array').that.is.not.empty;
            (value as { source: string; quote: string }[]).forEach((e, i) => {
              count++;
              expect(sourceIds.has(e.source), `${path}.evidence[${i}].source`).to.equal(true);
              if (!article.includes(e.quote)) missing.push(`${path}.evidence[${i}]: ${e.quote}`);
            });
          } else {
            walk(value, `${path}.${key}`);
          }
        }
      }
    };
    walk(raw, '$');
    expect(count).to.be.greaterThan(30);
    expect(missing).to.deep.equal([]);
  });

  it('every fact-bearing entry carries evidence', () => {
    for (const key of ['leaders', 'agenda', 'proposals', 'quotes', 'outcomes', 'history'] as const) {
      for (const item of summit[key] ?? []) expect(item.evidence.length, `${key}/${item.id}`).to.be.at.least(1);
    }
  });

  it('has the six leaders with their titles and countries, chaired by Takaichi', () => {
    const byId = Object.fromEntries(summit.leaders.map((l) => [l.id, l]));
    const expected: [string, string, string, string][] = [
      ['takaichi', 'Sanae Takaichi', 'Prime Minister', 'JP'],
      ['mirziyoyev', 'Shavkat Mirziyoyev', 'President', 'UZ'],
      ['tokayev', 'Kassym-Jomart Tokayev', 'President', 'KZ'],
      ['japarov', 'Sadyr Japarov', 'President', 'KG'],
      ['rahmon', 'Emomali Rahmon', 'President', 'TJ'],
      ['berdimuhamedov', 'Serdar Berdimuhamedov', 'President', 'TM'],
    ];
    expect(summit.leaders).to.have.length(6);
    for (const [id, name, title, country] of expected) {
      const l = byId[id];
      expect(l, id).to.exist;
      expect(l!.name).to.equal(name);
      expect(l!.title).to.equal(title);
      expect(l!.country).to.equal(country);
      expect(l!.roles).to.include(id === 'takaichi' ? 'chair' : 'participant');
    }
    expect(summit.chair).to.equal('takaichi');
    expect(byId.takaichi!.roles).to.have.members(['chair', 'host']);
    expect(summit.leaders.filter((l) => l.roles.includes('chair')).map((l) => l.id)).to.deep.equal(['takaichi']);
    expect(summit.countries.map((c) => c.code)).to.have.members(['JP', 'UZ', 'KZ', 'KG', 'TJ', 'TM']);
  });

  it('has the three priority areas of the agenda', () => {
    expect(summit.agenda).to.have.length(3);
    const titles = summit.agenda.map((a) => a.title.toLowerCase()).join(' | ');
    expect(titles).to.contain('green economy');
    expect(titles).to.contain('connectivity');
    expect(titles).to.contain('human resource');
    for (const a of summit.agenda) expect(a.sectors ?? [], a.id).to.not.be.empty;
  });

  it('has at least 18 proposals, each tagged with a sector and saying who is behind it', () => {
    expect(summit.proposals.length).to.be.at.least(18);
    for (const p of summit.proposals) {
      expect(p.sectors.length, p.id).to.be.at.least(1);
      expect(p.headline.length, p.id).to.be.at.most(70);
      expect(Boolean(p.proposedBy || p.initiatedBy || p.supportedBy?.length), p.id).to.equal(true);
    }
  });

  it('resolves "next year" to 2026 and keeps the biennial summits recurring', () => {
    const byId = Object.fromEntries(summit.proposals.map((p) => [p.id, p]));
    for (const id of [
      'justice-ministers-meeting',
      'expert-forum-first-meeting',
      'education-ministers-meeting',
      'rectors-forum',
    ]) {
      expect(byId[id]?.when, id).to.deep.equal({
        kind: 'relative',
        phrase: 'next year',
        relativeTo: '2025-12-20',
        offsetYears: 1,
        year: 2026,
      });
    }
    expect(byId['biennial-summits']?.when).to.include({
      kind: 'recurring',
      every: 2,
      unit: 'year',
    });
    expect(byId['justice-law-mechanism']).to.include({
      kind: 'supported',
      initiatedBy: 'JP',
    });
  });

  it('has the direct quotations and the Tokyo Declaration', () => {
    expect(summit.quotes.length).to.be.at.least(2);
    for (const q of summit.quotes) expect(q.speaker).to.equal('mirziyoyev');
    expect(summit.outcomes.map((o) => [o.title, o.kind])).to.deep.include(['Tokyo Declaration', 'declaration']);
  });

  it('uses every sector, so every sector weight is above zero', () => {
    const weights = sectorWeights(summit);
    expect(weights).to.have.length(summit.sectors.length);
    for (const w of weights) expect(w.weight, w.sector.id).to.be.greaterThan(0);
  });
});
