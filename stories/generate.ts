/**
 * A deterministic generator of large, VALID summit datasets for the Stress
 * stories: many leaders, proposals and sectors, long names, and names in
 * Japanese, Russian and Arabic next to Latin ones. The same options always
 * give the same dataset (a seeded PRNG), so screenshots and tests are stable.
 * `parseSummit(generateSummit())` must succeed: the Stress stories parse it in
 * a loader and fail loudly (and so fail the story tests) if it ever does not.
 */
import type { SummitInput } from '../src/data/types.js';

export interface GenerateOptions {
  readonly leaders?: number;
  readonly proposals?: number;
  readonly sectors?: number;
  readonly quotes?: number;
  readonly seed?: number;
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES: readonly (readonly [string, string])[] = [
  ['JP', 'Japan'],
  ['KZ', 'Kazakhstan'],
  ['KG', 'Kyrgyzstan'],
  ['TJ', 'Tajikistan'],
  ['TM', 'Turkmenistan'],
  ['UZ', 'Uzbekistan'],
  ['RU', 'Russia'],
  ['SA', 'Saudi Arabia'],
  ['AE', 'United Arab Emirates'],
  ['EG', 'Egypt'],
  ['MN', 'Mongolia'],
  ['KR', 'Republic of Korea'],
  ['IN', 'India'],
  ['TR', 'Türkiye'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['BR', 'Brazil'],
  ['ID', 'Indonesia'],
  ['AZ', 'Azerbaijan'],
  ['GB', 'United Kingdom of Great Britain and Northern Ireland'],
];

const NAMES = {
  latin: [
    ['Alexandria', 'Konstantinopoulou-Vanderbilt'],
    ['Maximilian', 'Wolfeschlegelsteinhausen'],
    ['Bartholomew', 'Featherstonehaugh-Cholmondeley'],
    ['Aiko', 'Nakamura-Hernández'],
    ['Nursultan', 'Abdulkhamidovich Tokhtarbekov'],
    ['Guðrún', 'Sigurðardóttir'],
  ],
  ja: [
    ['高市', '早苗'],
    ['佐藤', '花子'],
    ['山田', '太郎'],
    ['渡辺', '美智子'],
    ['小笠原', '健一郎'],
  ],
  ru: [
    ['Александр', 'Константинович Преображенский'],
    ['Екатерина', 'Владимировна Верещагина'],
    ['Нурлан', 'Жаксылыкович Абдрахманов'],
    ['Светлана', 'Игоревна Ломоносова-Бестужева'],
  ],
  ar: [
    ['محمد', 'بن عبد الله آل سعود'],
    ['فاطمة', 'الزهراء الهاشمي'],
    ['عبد الرحمن', 'بن خليفة آل نهيان'],
    ['ليلى', 'عبد العزيز المنصوري'],
  ],
} as const;

const TITLES = [
  'President',
  'Prime Minister',
  'Chairman of the Presidium of the Supreme Council for International Economic Cooperation and Development',
  'Председатель Правительства',
  '内閣総理大臣',
  'رئيس مجلس الوزراء',
  'Vice-President',
];

/** 20 × 10 = 200 distinct sector names before numbering, in four scripts. */
const SECTOR_BASES = [
  'Energy',
  'Renewable energy and cross-border grid interconnection',
  'Digital transformation',
  'Transport corridors',
  'Education',
  'Public health',
  'Water management',
  'Critical minerals',
  'Agriculture',
  'Tourism',
  'エネルギー',
  '人材育成',
  '防災・減災',
  'Цифровизация',
  'Транспортно-логистические коридоры',
  'Образование',
  'الطاقة المتجددة',
  'الأمن الغذائي',
  'التحول الرقمي',
  'Seismic safety',
];
const SECTOR_QUALIFIERS = ['', ' I', ' II', ' III', ' IV', ' V', ' VI', ' VII', ' VIII', ' IX'];

const HEADLINES = [
  'Joint programme',
  'Regional centre of excellence',
  'Intergovernmental working group on long-term cooperation, financing instruments and technical standards',
  'Совместный инвестиционный фонд',
  '共同研究拠点',
  'منتدى إقليمي للحوار',
  'Pilot project',
  'Road map',
];

const PLACES = [
  'Tokyo',
  'Astana',
  'Tashkent',
  'Bishkek',
  'Dushanbe',
  'Ashgabat',
  'Samarkand',
  'Алматы',
  '大阪',
  'الرياض',
];

const KINDS = ['proposed', 'supported', 'welcomed', 'emphasized'] as const;

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

/** A valid summit dataset with the requested sizes (defaults: 40 leaders, 500 proposals, 200 sectors). */
export function generateSummit(options: GenerateOptions = {}): SummitInput {
  const {
    leaders: nLeaders = 40,
    proposals: nProposals = 500,
    sectors: nSectors = 200,
    quotes: nQuotes = 30,
  } = options;
  const random = prng(options.seed ?? 2025);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const source = 'generated';
  const ev = (quote: string) => [{ source, quote }];

  const countryList = COUNTRIES.map(([code, name]) => ({ code, name }));
  const scripts = ['latin', 'ja', 'ru', 'ar'] as const;

  const leaders: SummitInput['leaders'] = Array.from({ length: nLeaders }, (_, i) => {
    const names = NAMES[scripts[i % scripts.length]!];
    const [given, family] = names[int(names.length)]!;
    // Japanese names are stored family name first, as they are written.
    const name = `${given} ${family}`;
    const country = i === 0 ? 'JP' : COUNTRIES[i % COUNTRIES.length]![0];
    return {
      id: `leader-${pad(i + 1)}`,
      name: i % 10 === 3 ? `${name} ${NAMES.latin[i % NAMES.latin.length]![1]}` : name,
      title: i === 0 ? 'Prime Minister' : pick(TITLES),
      country,
      roles: i === 0 ? ['chair', 'host'] : ['participant'],
      evidence: ev(`Leader ${i + 1} attended.`),
    };
  });

  const sectors: SummitInput['sectors'] = Array.from({ length: nSectors }, (_, i) => {
    const base = SECTOR_BASES[i % SECTOR_BASES.length]!;
    const qualifier = SECTOR_QUALIFIERS[Math.floor(i / SECTOR_BASES.length) % SECTOR_QUALIFIERS.length]!;
    const round = Math.floor(i / (SECTOR_BASES.length * SECTOR_QUALIFIERS.length));
    return { id: `sector-${pad(i + 1)}`, name: `${base}${qualifier}${round ? ` (${round + 1})` : ''}` };
  });

  // A skewed choice (heavier at the start of the list), so the cloud gets a range of weights.
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 1.8));
  const sectorsFor = (count: number) => {
    const ids = new Set<string>();
    while (ids.size < count) ids.add(sectors[skewed(sectors.length)]!.id);
    return [...ids];
  };
  const leaderId = () => leaders[int(leaders.length)]!.id;

  const when = (i: number): SummitInput['proposals'][number]['when'] => {
    const year = 2026 + int(15);
    switch (i % 7) {
      case 0:
        return { kind: 'day', date: `${2025 + int(3)}-${pad(1 + int(12), 2)}-${pad(1 + int(28), 2)}` };
      case 1:
        return { kind: 'month', year, month: 1 + int(12) };
      case 2:
        return { kind: 'year', year, phrase: `in ${year}` };
      case 3:
        return { kind: 'by', year: 2030 + int(11), phrase: 'by the end of the decade' };
      case 4:
        return { kind: 'recurring', every: 1 + int(3), unit: pick(['year', 'month'] as const), phrase: 'regularly' };
      case 5: {
        const offset = 1 + int(3);
        return {
          kind: 'relative',
          phrase: offset === 1 ? 'next year' : `in ${offset} years`,
          relativeTo: '2025-12-20',
          offsetYears: offset,
          year: 2025 + offset,
        };
      }
      default:
        return { kind: 'undated' };
    }
  };

  const proposals: SummitInput['proposals'] = Array.from({ length: nProposals }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const who =
      i % 5 === 4
        ? {
            initiatedBy: pick(countryList).code,
            supportedBy: [leaderId(), leaderId()].filter((v, j, a) => a.indexOf(v) === j),
          }
        : kind === 'supported'
          ? { supportedBy: [leaderId()] }
          : { proposedBy: leaderId() };
    return {
      id: `proposal-${pad(i + 1)}`,
      headline: `${pick(HEADLINES)} ${i + 1}`,
      summary:
        i % 9 === 0
          ? `A deliberately long summary for proposal ${i + 1}, to see how the widget wraps text that goes on and on: ` +
            'it covers financing, standards, training, monitoring, reporting and review by every participating government.'
          : `Summary of proposal ${i + 1}.`,
      kind,
      ...who,
      sectors: sectorsFor(1 + int(4)),
      ...(i % 6 === 0 ? { places: [pick(PLACES), pick(PLACES)].filter((v, j, a) => a.indexOf(v) === j) } : {}),
      when: when(i),
      evidence: ev(`Proposal ${i + 1} was discussed.`),
    };
  });

  const quotes: SummitInput['quotes'] = Array.from({ length: nQuotes }, (_, i) => ({
    id: `quote-${pad(i + 1)}`,
    speaker: leaders[i % leaders.length]!.id,
    text:
      i === 0
        ? 'Мы договорились о долгосрочном сотрудничестве. 私たちは協力を続けます。 سنواصل العمل معا. ' +
          'And this first quote is long on purpose, so that the pull quote has to wrap over several lines on a phone.'
        : `Quote number ${i + 1}.`,
    sectors: sectorsFor(1 + int(2)),
    evidence: ev(`Quote ${i + 1}.`),
  }));

  return {
    id: 'stress-summit',
    title: 'Stress test summit: 40 leaders, 500 proposals, 200 sectors — 試験 — Испытание — اختبار',
    format: 'Generated + Stress',
    edition: 12,
    date: '2025-12-20',
    place: { city: 'Tokyo', country: 'JP' },
    chair: leaders[0]!.id,
    host: 'JP',
    lang: 'en',
    leaders,
    countries: countryList,
    agenda: Array.from({ length: 10 }, (_, i) => ({
      id: `agenda-${pad(i + 1)}`,
      title: `Agenda area ${i + 1}`,
      sectors: sectorsFor(3),
      evidence: ev(`Agenda ${i + 1}.`),
    })),
    proposals,
    sectors,
    quotes,
    outcomes: [
      { id: 'declaration', title: 'Generated Declaration', kind: 'declaration', evidence: ev('Declaration.') },
      { id: 'road-map', title: 'Generated Road Map', kind: 'agreement', evidence: ev('Road map.') },
    ],
    history: [
      { id: 'founded', text: 'The format was founded.', when: { kind: 'year', year: 2004 }, evidence: ev('2004.') },
    ],
    sources: [
      {
        id: source,
        title: 'Generated source for stress tests',
        publisher: 'summit-widgets',
        date: '2025-12-20',
        url: 'https://example.org/stress',
      },
    ],
    asOf: '2025-12-20',
  };
}
