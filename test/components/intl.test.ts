import { expect } from '@open-wc/testing';
import { formatCalendar, formatDayRange, formatList, formatNumber } from '../../src/components/intl.js';

/** The tags intl.ts writes out itself; each must give exactly what Intl gives in this browser. */
const OWN = ['en', 'en-US', 'ja', 'ja-JP', 'ru', 'ru-RU'];

const DATES = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

describe('intl: the widgets’ own languages without Intl, the same as Intl', () => {
  it('writes every day, month and year of 1000–9999 as Intl.DateTimeFormat does', () => {
    for (const locale of OWN) {
      for (const unit of ['day', 'month', 'year'] as const) {
        const intl = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES[unit] });
        // Every month of a spread of years (the four-digit edges, leap years), on its first, a middle and its last day.
        for (const y of [1000, 1582, 1900, 1999, 2000, 2024, 2025, 2026, 2100, 9999]) {
          for (let m = 0; m < 12; m++) {
            for (const d of [1, 9, 10, 20, new Date(Date.UTC(y, m + 1, 0)).getUTCDate()]) {
              const time = Date.UTC(y, m, d);
              // Intl's, but for a no-break space before "г." (year), which keeps it on its year's line.
              expect(formatCalendar(locale, unit, time), `${locale} ${unit} ${y}-${m + 1}-${d}`).to.equal(
                intl.format(time).replace(' г.', '\u00a0г.'),
              );
            }
          }
        }
      }
    }
  });

  it('leaves other years and locales to Intl', () => {
    const time = Date.UTC(999, 0, 5);
    expect(formatCalendar('en', 'day', time)).to.equal(
      new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...DATES.day }).format(time),
    );
    // British English, German and Arabic (its own digits) differ from the forms above.
    for (const locale of ['en-GB', 'de', 'ar-EG', 'ru-u-nu-arab', 'bg'])
      expect(formatCalendar(locale, 'day', Date.UTC(2025, 11, 20))).to.equal(
        new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES.day })
          .format(Date.UTC(2025, 11, 20))
          .replace(' г.', '\u00a0г.'),
      );
    expect(formatCalendar('bg', 'year', Date.UTC(2025, 0, 1))).to.equal('2025\u00a0г.');
    expect(formatCalendar('en-GB', 'day', Date.UTC(2025, 11, 20))).to.equal('20 December 2025');
  });

  it('writes a range of days in each language’s way, each end apart, and leaves other languages to Intl', () => {
    const range = (locale: string, from: string, to: string) => formatDayRange(locale, from, to);
    const cases = {
      en: [
        ['April 3', '–', '4, 2025'],
        ['April 30', ' – ', 'May 2, 2025'],
        ['December 30, 2025', ' – ', 'January 2, 2026'],
      ],
      ja: [
        ['2025年4月3日', '～', '4日'],
        ['2025年4月30日', '～', '5月2日'],
        ['2025年12月30日', '～', '2026年1月2日'],
      ],
      ru: [
        ['3', '–', '4 апреля 2025\u00a0г.'],
        ['30 апреля', ' – ', '2 мая 2025\u00a0г.'],
        ['30 декабря 2025\u00a0г.', ' – ', '2 января 2026\u00a0г.'],
      ],
    };
    const spans = [
      ['2025-04-03', '2025-04-04'],
      ['2025-04-30', '2025-05-02'],
      ['2025-12-30', '2026-01-02'],
    ] as const;
    for (const [lang, expected] of Object.entries(cases)) {
      for (const locale of OWN.filter((l) => l.startsWith(lang))) {
        expect(
          spans.map(([from, to]) => range(locale, from, to)),
          locale,
        ).to.deep.equal(expected);
      }
    }
    // Others as Intl writes the range, split where its ends part.
    for (const locale of ['en-GB', 'de', 'fr', 'ar-EG']) {
      const intl = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...DATES.day });
      for (const [from, to] of spans) {
        const [a, b] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
        expect(range(locale, from, to).join(''), `${locale} ${from}`).to.equal(intl.formatRange(a, b));
      }
    }
    // Each end is a day of its own: what both share goes with the end it stands by.
    const [first, , last] = range('en-GB', '2025-04-03', '2025-04-04');
    expect([first, last]).to.deep.equal(['3', '4 April 2025']);
  });

  it('writes whole numbers as Intl.NumberFormat does, and leaves the rest to it', () => {
    for (const locale of [...OWN, 'ar-EG', 'de']) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [
        0,
        1,
        7,
        10,
        99,
        100,
        999,
        1000,
        9999,
        10000,
        12345,
        100000,
        999999,
        1234567,
        2 ** 53 - 1,
        2.5,
        -3,
      ])
        expect(formatNumber(locale, n), `${locale} ${n}`).to.equal(intl.format(n));
    }
    expect(formatNumber('ar-EG', 6)).to.equal('٦');
  });

  it('joins lists of 2 to 5 items as Intl.ListFormat does, keeping each item as given', () => {
    const items = [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }];
    for (const locale of [...OWN, 'en-GB', 'de', 'ar']) {
      const intl = new Intl.ListFormat(locale);
      for (let n = 2; n <= 5; n++) {
        const joined = formatList(locale, items.slice(0, n));
        // The items come back themselves (templates stay templates), in order.
        expect(joined.filter((part) => typeof part !== 'string')).to.deep.equal(items.slice(0, n));
        const text = joined.map((part) => (typeof part === 'string' ? part : Object.keys(part)[0])).join('');
        expect(text, `${locale} ${n}`).to.equal(intl.format(['a', 'b', 'c', 'd', 'e'].slice(0, n)));
      }
    }
    expect(formatList('en', ['one'])).to.deep.equal(['one']);
    // Items that hold commas are set apart by semicolons, in English and Russian.
    expect(formatList('en', ['Johannesburg', 'Washington, D.C.', 'Rio'], true).join('')).to.equal(
      'Johannesburg; Washington, D.C.; and Rio',
    );
    expect(formatList('en', ['Washington, D.C.', 'Rio'], true).join('')).to.equal('Washington, D.C. and Rio');
    expect(formatList('ru', ['Вашингтон, округ Колумбия', 'Рио', 'Осака'], true).join('')).to.equal(
      'Вашингтон, округ Колумбия; Рио и Осака',
    );
  });
});
