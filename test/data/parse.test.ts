import { expect } from '@open-wc/testing';
import {
  CHECKS_LATER,
  checkEvidence,
  isRealDate,
  laterNote,
  parseJsonText,
  parseSummit,
  REFERENCES_LATER,
  SummitDataError,
  validateSummit,
} from '../../src/data/index.js';
import { decodeUtf8 } from '../../src/data/load.js';
import { checkDates, checkNames } from '../../src/data/parse.js';
import { smallSummit } from '../fixtures/summits.js';

/** The issues of the SummitDataError that `run` must throw. */
function issuesThrownBy(run: () => unknown) {
  try {
    run();
  } catch (e) {
    expect(e).to.be.instanceOf(SummitDataError);
    return (e as SummitDataError).issues;
  }
  throw new Error('expected a SummitDataError');
}

const issuesOf = (input: unknown) => issuesThrownBy(() => parseSummit(input));

describe('parseSummit', () => {
  it('accepts a valid dataset and returns a frozen copy, leaving the input alone', () => {
    const input = smallSummit();
    const summit = parseSummit(input);
    expect(summit.leaders).to.have.length(3);
    expect(Object.isFrozen(summit)).to.be.true;
    expect(Object.isFrozen(summit.proposals[0]!.when)).to.be.true;
    expect(Object.isFrozen(input)).to.be.false;
    expect(summit).to.not.equal(input);
  });

  it('rejects non-objects with a readable message', () => {
    for (const bad of [null, 42, 'text', [], undefined]) {
      const issues = issuesOf(bad);
      expect(issues[0]!.message).to.match(/^expected a summit dataset/);
      // Not an object: it has no references to check once it is fixed, and the error does not say it has.
      expect((validateSummit(bad) as { referencesLater: boolean }).referencesLater).to.equal(false);
    }
    // JSON text where its value belongs: what reads it.
    expect(issuesOf('{"id": "x"}')[0]!.message).to.equal(
      'expected a summit dataset (a JSON object), got "{\\"id\\": \\"x\\"}" (JSON text: read it with parseJsonText first)',
    );
    expect(validateSummit({}) as { referencesLater: boolean }).to.include({ referencesLater: true });
  });

  it('reports the path and the value for a five-digit year', () => {
    const input = smallSummit();
    (input.proposals[1]!.when as { year: unknown }).year = '20266';
    const issues = issuesOf(input);
    expect(issues).to.deep.include({
      path: 'proposals[1].when.year',
      message: 'expected a four-digit year, got "20266"',
    });
  });

  it('lists every problem at once: wrong types, missing fields, unknown fields, bad dates', () => {
    const input = smallSummit() as Record<string, unknown> & ReturnType<typeof smallSummit>;
    input.edition = 'first' as unknown as number;
    delete (input.leaders[0] as Partial<(typeof input.leaders)[0]>).name;
    (input.proposals[0] as Record<string, unknown>).headine = 'typo';
    input.date = '2025-02-30';
    input.asOf = '20-12-2025';
    const paths = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(paths).to.include('edition: expected an edition number (1 to 9999), got "first"');
    expect(paths).to.include('leaders[0].name: required field is missing: add text (not blank)');
    expect(paths).to.include('proposals[0].headine: unknown field "headine": remove it or check its spelling');
    expect(paths).to.include('date: expected a real calendar date, got "2025-02-30"');
    expect(paths).to.include(
      'asOf: expected a date written YYYY-MM-DD, in the years 1000 to 9999, got "20-12-2025" (write it as "2025-12-20")',
    );
  });

  it('asks for brackets around a single item only when it would be a sound item', () => {
    const input = smallSummit();
    (input.leaders[1] as unknown as Record<string, unknown>).roles = 'king';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.include(
      'leaders[1].roles: expected a list of roles, got "king"',
    );
  });

  it('refuses text that starts with an accent on its own', () => {
    const input = smallSummit();
    input.leaders[0]!.name = '\u0301Ángel';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'leaders[0].name: expected text that starts with a letter, not an accent on its own (retype its start), got "\\u0301Ángel"',
    ]);
    // Printed as it is, the accent would sit on the opening quote mark; marks inside the text stay on their letters.
    input.leaders[0]!.name = '\u0301\u0308A\u0301ngel';
    expect(issuesOf(input)[0]!.message).to.match(/, got "\\u0301\\u0308A\u0301ngel"$/);
    // A pile of marks on one letter ("Zalgo") draws over the page: up to 8 pass (no script needs more).
    input.leaders[0]!.name = `A${'\u0301'.repeat(8)}ngel`;
    expect(validateSummit(input).ok).to.equal(true);
    input.leaders[0]!.name = `Z${'\u0336\u0337\u0338\u0489'.repeat(3)}`;
    expect(issuesOf(input)[0]!.message).to.match(
      /^expected text with at most 8 accents or marks on one letter \(more draw over the lines around it: remove them\), got "Z/,
    );
  });

  it('names the ISO code where a common other one is written (UK, EL), and allows EU', () => {
    const input = smallSummit();
    input.countries.push({ code: 'UK', name: 'United Kingdom' }, { code: 'EU', name: 'European Union' });
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'countries[3].code: expected "GB" for the United Kingdom (its ISO code), got "UK"',
    ]);
  });

  it('takes an international organisation as an entry in countries, and says how to declare one', () => {
    const input = smallSummit();
    input.countries.push(
      { code: 'EBRD', name: 'European Bank for Reconstruction and Development', organisation: true },
      { code: 'UN', name: 'United Nations', organisation: true },
    );
    input.leaders[0]!.country = 'EBRD';
    input.proposals[0]!.initiatedBy = 'UN';
    input.proposals[3]!.initiatedBy = 'EBRD';
    expect(parseSummit(input).countries[3]!.organisation).to.equal(true);
    // Undeclared: how to declare it.
    input.leaders[2]!.country = 'ASEAN';
    input.proposals[1]!.initiatedBy = 'XX';
    const known = '; the countries are "JP", "UZ", "KZ", "EBRD", "UN"';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `leaders[2].country: unknown organisation "ASEAN": add it to countries as {"code": "ASEAN", "name": "…", "organisation": true}${known}`,
      `proposals[1].initiatedBy: unknown country "XX": add it to countries (with "organisation": true if it is an international organisation)${known}`,
    ]);
    // A code longer than a country's, declared without "organisation": true; the host and the place are countries.
    const wrong = smallSummit();
    wrong.countries.push({ code: 'EBRD', name: 'EBRD' }, { code: 'EU', name: 'European Union', organisation: true });
    wrong.host = 'EU';
    wrong.place.country = 'EU';
    expect(issuesOf(wrong).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'countries[3].code: "EBRD" is not a country\'s code (ISO 3166-1 alpha-2: two letters, "JP"): for an international organisation, add "organisation": true to this entry',
      'host: "EU" is an organisation (countries[4] has "organisation": true), not a country: give the code of the country that hosts the summit',
      'place.country: "EU" is an organisation (countries[4] has "organisation": true), not a country: give the code of the country the city is in',
      // Its host is not the host country any more.
      'leaders[1].roles[1]: "chair-a" has the role "host" but is from JP, and the host is EU: remove the role, or, if JP hosts the summit, set host to "JP"',
    ]);
    const longer = smallSummit();
    longer.host = 'EBRD';
    const loose = longer as unknown as { countries: Record<string, unknown>[]; leaders: Record<string, unknown>[] };
    loose.countries[0]!.organisation = 'true';
    loose.leaders[0]!.organisation = true;
    expect(issuesOf(longer).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'host: expected an ISO 3166-1 alpha-2 country code such as "JP", got "EBRD" (a country\'s code has two letters ("JP", not "JPN"); an organisation cannot be the host or the place)',
      'leaders[0].organisation: unknown field "organisation": an organisation is an entry in countries with "organisation": true, and its head\'s "country" is its code',
      'countries[0].organisation: expected true (an international organisation) or false (a country), got "true" (text: write it without quotes)',
    ]);
    // EU, declared as before (no "organisation"), is accepted as before.
    const eu = smallSummit();
    eu.countries.push({ code: 'EU', name: 'European Union' });
    eu.leaders[0]!.country = 'EU';
    expect(validateSummit(eu).ok).to.equal(true);
  });

  it('says how to write a country code given in lower case or with spaces, as it does for ids', () => {
    const input = smallSummit();
    input.leaders[0]!.country = 'uz';
    input.countries[1]!.code = 'Uz';
    input.host = ' jp';
    input.place.country = 'jpn';
    input.proposals[0]!.initiatedBy = 'ebrd';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'place.country: expected an ISO 3166-1 alpha-2 country code such as "JP", got "jpn" (a country\'s code has two letters ("JP", not "JPN"); an organisation cannot be the host or the place)',
      'host: expected an ISO 3166-1 alpha-2 country code such as "JP", got " jp" (write it as "JP")',
      'leaders[0].country: expected a country code such as "JP", or an organisation\'s of 2 to 10 capital letters such as "EBRD", got "uz" (write it as "UZ")',
      'countries[1].code: expected a country code such as "JP", or an organisation\'s of 2 to 10 capital letters such as "EBRD", got "Uz" (write it as "UZ")',
      'proposals[0].initiatedBy: expected a country code such as "JP", or an organisation\'s of 2 to 10 capital letters such as "EBRD", got "ebrd" (write it as "EBRD")',
    ]);
  });

  it("names the code where a country's name is written for it (the entry in countries of that name)", () => {
    const input = smallSummit();
    const [first, second, third] = input.countries;
    input.leaders[0]!.country = second!.name;
    input.place.country = ` ${first!.name} `;
    input.host = 'Ruritania';
    input.proposals[0]!.initiatedBy = 'Grand Fenwick';
    // The entry itself with its name for a code: no code of its own to offer.
    input.countries[2]!.code = third!.name;
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message.replace(/.*, got /, '')}`)).to.deep.equal([
      `place.country: " ${first!.name} " (a name, not a code: write "${first!.code}", the code of countries[0])`,
      'host: "Ruritania" (a name, not a code: write its code, and add an entry to countries with this name)',
      `leaders[0].country: "${second!.name}" (a name, not a code: write "${second!.code}", the code of countries[1])`,
      `countries[2].code: "${third!.name}" (a name, not a code: write "KZ", its ISO code, which an entry in countries must have)`,
      'proposals[0].initiatedBy: "Grand Fenwick" (a name, not a code: write its code, and add an entry to countries with this name)',
    ]);
  });

  it("names the code where a country's name in capitals passes for an organisation's code", () => {
    const input = smallSummit();
    input.leaders[0]!.country = 'KAZAKHSTAN';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'leaders[0].country: unknown organisation "KAZAKHSTAN": a name, not a code: write "KZ", the code of countries[2]',
    ]);
  });

  it("names the ISO code of a country's name that has no entry in countries, in capitals or not", () => {
    const iso = (code: string) =>
      `a name, not a code: write "${code}", its ISO code, which an entry in countries must have`;
    const messages = (change: (input: ReturnType<typeof smallSummit>) => void) => {
      const input = smallSummit();
      change(input);
      return issuesOf(input).map((i) => `${i.path}: ${i.message.replace(/.*, got /, '')}`);
    };
    // Passing for an organisation's code (the references' check).
    expect(messages((input) => (input.leaders[0]!.country = 'MONGOLIA'))).to.deep.equal([
      `leaders[0].country: unknown organisation "MONGOLIA": ${iso('MN')}`,
    ]);
    // Not a code at all (the fields' check), accents as written; "and" for "&", a straight apostrophe for a curly one.
    expect(messages((input) => (input.proposals[0]!.initiatedBy = 'Türkiye'))).to.deep.equal([
      `proposals[0].initiatedBy: "Türkiye" (${iso('TR')})`,
    ]);
    expect(messages((input) => (input.host = 'Bosnia and Herzegovina'))).to.deep.equal([
      `host: "Bosnia and Herzegovina" (${iso('BA')})`,
    ]);
    expect(messages((input) => (input.host = "Cote d'Ivoire"))).to.deep.equal([`host: "Cote d'Ivoire" (${iso('CI')})`]);
    // Names of codes that are no country's: no code offered.
    expect(messages((input) => (input.host = 'United Nations'))).to.deep.equal([
      'host: "United Nations" (a name, not a code: write its code, and add an entry to countries with this name)',
    ]);
    // An entry of countries with a name for its code.
    expect(messages((input) => input.countries.push({ code: 'CHINA', name: 'China' }))).to.deep.equal([
      'countries[3].code: "CHINA" is a name, not a code: write "CN" (its ISO code)',
    ]);
    // An organisation declared as one keeps its code, even a country's name.
    const declared = smallSummit();
    declared.countries.push({ code: 'CHAD', name: 'Chad Basin Commission', organisation: true });
    declared.proposals[1]!.initiatedBy = 'CHAD';
    expect(parseSummit(declared).proposals[1]!.initiatedBy).to.equal('CHAD');
  });

  it("names an entry's id where its name is written for it, and the limit of an id too long", () => {
    const input = smallSummit();
    input.chair = 'Ann Abe';
    input.quotes[0]!.speaker = ' жанна ким ';
    input.proposals[0]!.sectors = ['Digital', 'energy'];
    // A leader's name where a sector's id belongs: no leader's id offered there.
    input.proposals[2]!.sectors = ['Ann Abe'];
    input.sectors[2]!.id = `Education-${'K'.repeat(70)}`;
    input.proposals[1]!.id = `global-framework-for-the-interoperability-${'of-cross-border-instant-payment-systems'}`;
    // Its own id: no other to offer, so the id it reads as.
    input.leaders[0]!.id = 'Bea Bauer';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message.replace(/.*, got /, '')}`)).to.deep.equal([
      'chair: "Ann Abe" (a name, not an id: write "chair-a", the id of leaders[1])',
      'leaders[0].id: "Bea Bauer" (write it as "bea-bauer")',
      `sectors[2].id: "Education-${'K'.repeat(50)}"… (at most 64 characters, not 80: shorten it, in a-z, 0-9 and hyphens)`,
      'proposals[0].sectors[0]: "Digital" (a name, not an id: write "digital", the id of sectors[1])',
      'proposals[1].id: "global-framework-for-the-interoperability-of-cross-border-in"… (at most 64 characters, not 81: shorten it)',
      'proposals[2].sectors[0]: "Ann Abe" (write it as "ann-abe")',
      'quotes[0].speaker: " жанна ким " (a name, not an id: write "leader-c", the id of leaders[2])',
    ]);
  });

  it('names both entries where two have the name written for an id', () => {
    const input = smallSummit();
    input.leaders[2]!.name = 'Ann Abe';
    input.chair = 'Ann Abe';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message.replace(/.*, got /, '')}`)).to.deep.equal([
      'chair: "Ann Abe" (a name, not an id: leaders[1] and leaders[2] have this name: write the id of the one meant ("chair-a" or "leader-c"))',
    ]);
  });

  it('writes a date given another way as YYYY-MM-DD, where it can be read one way only', () => {
    const when = (value: string) => {
      const input = smallSummit();
      input.date = value;
      return issuesOf(input)[0]!.message.replace(/.*, got "[^"]*" ?/, '');
    };
    expect(when('13/01/2026')).to.equal('(write it as "2026-01-13")');
    expect(when('01/13/2026')).to.equal('(write it as "2026-01-13")');
    expect(when('13.1.2026')).to.equal('(write it as "2026-01-13")');
    expect(when('2026-12-5')).to.equal('(write it as "2026-12-05")');
    expect(when('2026/12/05')).to.equal('(write it as "2026-12-05")');
    expect(when('January 14, 2026')).to.equal('(write it as "2026-01-14")');
    expect(when('30 June 2026')).to.equal('(write it as "2026-06-30")');
    expect(when('Sept. 3rd 2026')).to.equal('(write it as "2026-09-03")');
    expect(when('05/01/2026')).to.equal('(YYYY-MM-DD: "2026-01-05" for 5 January, "2026-05-01" for 1 May)');
    // Not a real date, or not a date at all: no rewrite.
    expect(when('31/06/2026')).to.equal('');
    expect(when('next June')).to.equal('');
    // A month alone where a month may be given.
    const input = smallSummit();
    input.proposals[2]!.when = { kind: 'recurring', every: 2, unit: 'year', first: 'June 2026' };
    expect(issuesOf(input)[0]!.message).to.match(/got "June 2026" \(write it as "2026-06"\)$/);
  });

  it('says how each kind of time is written where a field of another kind is given', () => {
    const input = smallSummit();
    const whens = input.proposals.map((p) => p as { when: unknown });
    whens[0]!.when = { kind: 'by', date: '2026-06-30' };
    whens[1]!.when = { kind: 'month', year: 2026, month: 'June' };
    whens[2]!.when = { kind: 'day', year: 2026, date: '2026-06-30' };
    whens[3]!.when = { kind: 'recurring', every: 1, unit: 'year', date: '2026-06' };
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'proposals[0].when.date: unknown field "date": only "kind": "day" takes a date; "by" takes numbers: "year": 2026, "month": 6, "day": 30',
      'proposals[0].when.year: required field is missing: add a four-digit year',
      'proposals[1].when.month: expected a month number 1-12, got "June" (write 6)',
      'proposals[2].when.year: unknown field "year": "kind": "day" takes one "date", written YYYY-MM-DD',
      'proposals[3].when.date: unknown field "date": a recurring time takes its first date as "first"',
    ]);
  });

  it('says where the first of two duplicates is', () => {
    const input = smallSummit();
    input.countries.push({ code: 'UZ', name: 'Uzbekistan' });
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'countries[3].code: duplicate country "UZ" (countries[1] has it): keep one entry',
    ]);
  });

  it('refuses non-https URLs, whatever their spelling', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'http://example.org',
      'data:text/html,x',
      '//example.org',
      'https://',
      // Resolved against the page by a browser: a link into the news site itself.
      'https:example.org/a.png',
      'https:/example.org/a.png',
      'https:\\\\example.org',
      'https://exa mple.org',
    ]) {
      const input = smallSummit();
      input.sources[0]!.url = url;
      const issues = issuesOf(input);
      expect(issues[0]!.path, url).to.equal('sources[0].url');
      expect(issues[0]!.message).to.match(/https: URL/);
    }
  });

  it('says to change http:// to https://, where that is a URL the widgets take', () => {
    const input = smallSummit();
    input.sources[0]!.url = 'http://example.org/news/1';
    expect(issuesOf(input)[0]!.message).to.equal(
      'expected an absolute https: URL, got "http://example.org/news/1" (change http:// to https:// ("https://example.org/news/1"), if the site answers there)',
    );
  });

  it('says to write a scheme in capitals in lower case, rather than that the URL is not https:', () => {
    const input = smallSummit();
    input.sources[0]!.url = 'HTTPS://example.org/a?b=C';
    input.leaders[0]!.photo = 'Https://example.org/a.jpg';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'leaders[0].photo: expected an absolute https: URL, got "Https://example.org/a.jpg" (write the scheme in lower case: "https://example.org/a.jpg")',
      'sources[0].url: expected an absolute https: URL, got "HTTPS://example.org/a?b=C" (write the scheme in lower case: "https://example.org/a?b=C")',
    ]);
    // Only where lower case is all it lacks.
    input.sources[0]!.url = 'HTTPS://exa mple.org';
    input.leaders[0]!.photo = 'HTTP://example.org/a.jpg';
    expect(issuesOf(input).map((i) => i.message)).to.deep.equal([
      'expected an absolute https: URL, got "HTTP://example.org/a.jpg" (change http:// to https:// ("https://example.org/a.jpg"), if the site answers there)',
      'expected an absolute https: URL, got "HTTPS://exa mple.org"',
    ]);
  });

  it('names the allowed kinds of when', () => {
    const input = smallSummit();
    (input.proposals[0]!.when as { kind: string }).kind = 'someday';
    expect(issuesOf(input)[0]).to.deep.equal({
      path: 'proposals[0].when.kind',
      message:
        'expected "kind" to be one of "day", "month", "year", "by", "recurring", "relative", "undated", got "someday"',
    });
  });

  it('checks cross-references: dangling ids, duplicates, unknown countries and sources', () => {
    const input = smallSummit();
    input.proposals[0]!.proposedBy = 'nobody';
    input.proposals[1]!.sectors = ['energy', 'space'];
    input.proposals[2]!.id = 'forum';
    input.leaders[0]!.country = 'FR';
    input.quotes[0]!.speaker = 'ghost';
    input.outcomes[0]!.evidence[0]!.source = 'missing-source';
    input.chair = 'leader-c';
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include(
      'proposals[0].proposedBy: unknown leader "nobody": it must be the id of an entry in leaders; the leaders are "leader-b", "chair-a", "leader-c"',
    );
    expect(messages).to.include(
      'proposals[1].sectors[1]: unknown sector "space": it must be the id of an entry in sectors; the sectors are "energy", "digital", "education"',
    );
    expect(messages).to.include(
      'proposals[2].id: duplicate id "forum" (proposals[1] has it): ids must be unique within proposals',
    );
    expect(messages).to.include(
      'leaders[0].country: unknown country "FR": add it to countries (with "organisation": true if it is an international organisation); the countries are "JP", "UZ", "KZ"',
    );
    expect(messages).to.include(
      'quotes[0].speaker: unknown leader "ghost": it must be the id of an entry in leaders; the leaders are "leader-b", "chair-a", "leader-c"',
    );
    expect(messages).to.include(
      'outcomes[0].evidence[0].source: unknown source "missing-source": it must be the id of an entry in sources; the only one is "article"',
    );
    expect(messages).to.include(
      'leaders[2].roles: "leader-c" chairs the summit (see chair) but lacks the role "chair"',
    );
    expect(messages).to.include(
      'leaders[1].roles: "chair-a" has the role "chair" but the summit\'s chair is "leader-c": list "chair-a" in coChairs if they co-chair it, or remove the role',
    );
  });

  it('names the id an unknown one probably meant, or the few there are', () => {
    const input = smallSummit();
    input.leaders.push(...['ramaphosa', 'lula', 'modi', 'xi-jinping'].map((id) => ({ ...input.leaders[0]!, id })));
    input.sectors.push({ id: 'seismic-safety', name: 'Seismic safety' });
    input.proposals[0]!.proposedBy = 'ramafosa'; // one letter typed wrong
    input.proposals[1]!.proposedBy = 'lu'; // two of two letters wrong: too short to guess
    input.proposals[2]!.supportedBy = ['xijinping', 'mdoi']; // a hyphen left out; two letters swapped
    input.quotes[0]!.speaker = 'lulu'; // one letter of four
    input.proposals[0]!.sectors = ['seismicsafety', 'energi', 'leader-b'];
    input.outcomes[0]!.evidence[0]!.source = 'artcle';
    const messages = (input: unknown) => Object.fromEntries(issuesOf(input).map((i) => [i.path, i.message]));
    expect(messages(input)).to.deep.include({
      'proposals[0].proposedBy':
        'unknown leader "ramafosa": it must be the id of an entry in leaders; did you mean "ramaphosa"?',
      // Seven leaders: too many to list.
      'proposals[1].proposedBy': 'unknown leader "lu": it must be the id of an entry in leaders',
      'proposals[2].supportedBy[0]':
        'unknown leader "xijinping": it must be the id of an entry in leaders; did you mean "xi-jinping"?',
      'proposals[2].supportedBy[1]':
        'unknown leader "mdoi": it must be the id of an entry in leaders; did you mean "modi"?',
      'quotes[0].speaker': 'unknown leader "lulu": it must be the id of an entry in leaders; did you mean "lula"?',
      'proposals[0].sectors[0]':
        'unknown sector "seismicsafety": it must be the id of an entry in sectors; did you mean "seismic-safety"?',
      'proposals[0].sectors[1]':
        'unknown sector "energi": it must be the id of an entry in sectors; did you mean "energy"?',
      'proposals[0].sectors[2]':
        'unknown sector "leader-b": it must be the id of an entry in sectors; the sectors are "energy", "digital", "education", "seismic-safety"',
      'outcomes[0].evidence[0].source':
        'unknown source "artcle": it must be the id of an entry in sources; did you mean "article"?',
    });
  });

  it('names the id of a leader or sector whose name was written where its id belongs', () => {
    const input = smallSummit();
    input.sectors.push({ id: 'dialogue', name: 'Dialogue format and institutions' });
    // The id rule's own hint makes "Bea Bauer" "bea-bauer": the next message names the id.
    input.proposals[0]!.proposedBy = 'bea-bauer';
    input.proposals[0]!.sectors = ['dialogue-format-and-institutions'];
    const messages = Object.fromEntries(issuesOf(input).map((i) => [i.path, i.message]));
    expect(messages).to.deep.include({
      'proposals[0].proposedBy':
        'unknown leader "bea-bauer": it must be the id of an entry in leaders, not a name: did you mean "leader-b", the id of "Bea Bauer"?',
      'proposals[0].sectors[0]':
        'unknown sector "dialogue-format-and-institutions": it must be the id of an entry in sectors, not a name: did you mean "dialogue", the id of "Dialogue format and institutions"?',
    });
  });

  it('reports one wrong id used in many places once in full, with every other place listed next to it', () => {
    const input = smallSummit();
    const paths: string[] = [];
    for (const key of ['leaders', 'agenda', 'proposals', 'quotes', 'outcomes'] as const) {
      input[key].forEach((item, i) =>
        item.evidence.forEach((e, j) => {
          e.source = 'articel';
          paths.push(`${key}[${i}].evidence[${j}].source`);
        }),
      );
    }
    input.proposals[2]!.proposedBy = 'nobody';
    input.quotes[1]!.speaker = 'nobody';
    const issues = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    // Nothing lost: every place, each once; the first says what to do and how many more there are.
    expect(issues).to.have.length(paths.length + 2);
    const sources = issues.filter((i) => i.includes('"articel"'));
    expect(sources.map((i) => i.slice(0, i.indexOf(':')))).to.deep.equal(paths);
    expect(sources[0]).to.equal(
      `leaders[0].evidence[0].source: unknown source "articel": it must be the id of an entry in sources; did you mean "article"? (also used at ${paths.length - 1} other places, listed next)`,
    );
    expect(sources.slice(1).every((i) => i.endsWith(': the same unknown source "articel" as above'))).to.equal(true);
    // Listed together, after the first; another id's mistakes after theirs.
    expect(issues.indexOf(sources.at(-1)!)).to.equal(sources.length - 1);
    expect(issues.slice(-2)).to.deep.equal([
      'proposals[2].proposedBy: unknown leader "nobody": it must be the id of an entry in leaders; the leaders are "leader-b", "chair-a", "leader-c" (also used at 1 other place, listed next)',
      'quotes[1].speaker: the same unknown leader "nobody" as above',
    ]);
  });

  it('names what an id cannot hold: the id meant, or the look-alike characters by code', () => {
    const input = smallSummit();
    input.proposals[0]!.proposedBy = 'šimkūnas';
    input.proposals[1]!.proposedBy = 'Expert Forum';
    input.proposals[2]!.sectors = ['udenr\u0430\u0434is'];
    const messages = Object.fromEntries(issuesOf(input).map((i) => [i.path, i.message]));
    const id = 'expected an id of lowercase letters, digits and hyphens (e.g. "expert-forum"), got';
    expect(messages).to.deep.include({
      'proposals[0].proposedBy': `${id} "šimkūnas" (write it as "simkunas")`,
      'proposals[1].proposedBy': `${id} "Expert Forum" (write it as "expert-forum")`,
      'proposals[2].sectors[0]': `${id} "udenrадis" ("а" is U+0430, "д" is U+0434: type them again in plain a-z)`,
    });
  });

  it('refuses two sectors of one name, and warns of names the same but for accents', () => {
    const input = smallSummit();
    input.sectors.push({ id: 'power', name: ' energy ' });
    expect(issuesOf(input)).to.deep.include({
      path: 'sectors[3].name',
      message: 'the same name as sectors[0] ("energy"): one sector under two ids? Keep one and use its id everywhere',
    });
    input.sectors[3]!.name = 'Énergy';
    input.leaders.push({ ...input.leaders[0]!, id: 'twin' });
    const summit = parseSummit(input);
    expect(checkNames(summit)).to.deep.equal([
      {
        path: 'sectors[3].name',
        message:
          '"Énergy" is the same but for accents or case as sectors[0].name "Energy": one sector listed twice? Keep one and use its id everywhere',
      },
      {
        path: `leaders[${input.leaders.length - 1}].name`,
        message: `the same name as leaders[0].name "${input.leaders[0]!.name}": one person listed twice? Keep one and use its id everywhere (two people may share a name: then keep both)`,
      },
    ]);
    expect(checkNames(parseSummit(smallSummit()))).to.deep.equal([]);
  });

  it('warns of a proposal copied with only its id changed (the timeline would show it twice)', () => {
    const input = smallSummit();
    input.proposals.push({ ...input.proposals[1]!, id: 'copy' });
    expect(checkNames(parseSummit(input))).to.deep.equal([
      {
        path: `proposals[${input.proposals.length - 1}].headline`,
        message: `the same headline and summary as proposals[1] ("${input.proposals[1]!.id}"): one proposal listed twice? Keep one (the timeline shows each)`,
      },
    ]);
  });

  it('takes the last day of a summit of several days, after its first, and holds dates to the right end of them', () => {
    const input = { ...smallSummit(), date: '2025-04-03', endDate: '2025-04-04', asOf: '2025-04-04' };
    for (const p of input.proposals) if (p.when.kind === 'relative') p.when.relativeTo = '2025-04-03';
    input.proposals[3]!.when = { kind: 'day', date: '2025-04-03' };
    input.history = [
      {
        id: 'day-two',
        text: 'On the second day.',
        when: { kind: 'day', date: '2025-04-04' },
        evidence: input.agenda[0]!.evidence,
      },
    ];
    const summit = parseSummit(input);
    expect(summit.endDate).to.equal('2025-04-04');
    // The second day is not after the summit; facts as of it include the whole summit; a proposal of its first day
    // is not over before it met.
    expect(checkDates(summit)).to.deep.equal([]);
    const dates = (change: Partial<typeof input>) => checkDates(parseSummit({ ...input, ...change }));
    expect(dates({ asOf: '2025-04-03' })).to.deep.equal([
      {
        path: 'asOf',
        message:
          "2025-04-03 is before the summit's last day (endDate is 2025-04-04): facts as of that day cannot include all of it; check both dates",
      },
    ]);
    expect(
      dates({
        history: [{ ...input.history[0]!, when: { kind: 'day', date: '2025-04-05' } }],
        proposals: [{ ...input.proposals[3]!, when: { kind: 'day', date: '2025-04-02' } }],
      }).map((i) => `${i.path}: ${i.message}`),
    ).to.deep.equal([
      'history[0].when: dated after the summit (2025-04-03 to 2025-04-04), but history is what came before it: check the date, or make it an outcome or a proposal',
      'proposals[0].when: over before the summit met (2025-04-03): check the date (keep it if the proposal looks back at something already done)',
    ]);
    // A year typed wrong makes a summit of a year.
    expect(dates({ endDate: '2026-04-04', asOf: '2026-04-04' })).to.deep.equal([
      {
        path: 'endDate',
        message: '366 days after date (2025-04-03): a summit meets for days, not weeks; check both dates',
      },
    ]);
    // The last day comes after the first.
    expect(issuesOf({ ...input, endDate: '2025-04-02' })).to.deep.equal([
      {
        path: 'endDate',
        message:
          "2025-04-02 is before date (2025-04-03): date is the summit's first day and endDate its last; check both dates",
      },
    ]);
    expect(issuesOf({ ...input, endDate: '2025-04-03' })).to.deep.equal([
      { path: 'endDate', message: 'the same day as date (2025-04-03): leave endDate out for a summit of one day' },
    ]);
    expect(issuesOf({ ...input, endDate: '2025-04-31' })[0]!.message).to.equal(
      'expected a real calendar date, got "2025-04-31"',
    );
  });

  it('takes co-chairs: leaders who hold the role "chair", named once each, besides the chair', () => {
    const input = smallSummit();
    input.leaders[2]!.roles = ['chair'];
    input.coChairs = ['leader-c'];
    expect(parseSummit(input).coChairs).to.deep.equal(['leader-c']);
    input.coChairs = ['leader-c', 'chair-a', 'leader-b', 'nobody', 'leader-c'];
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'coChairs[1]: "chair-a" is the chair already (see chair): coChairs lists the others',
      'coChairs[3]: unknown leader "nobody": it must be the id of an entry in leaders; the leaders are "leader-b", "chair-a", "leader-c"',
      'coChairs[4]: "leader-c" is listed twice in coChairs',
      'leaders[0].roles: "leader-b" chairs the summit (see coChairs) but lacks the role "chair"',
    ]);
    // The role "co-chair" is no role: what to write instead.
    const role = smallSummit();
    (role.leaders[2]!.roles as string[]) = ['co-chair'];
    expect(issuesOf(role).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'leaders[2].roles[0]: expected one of "chair", "host", "participant", got "co-chair" (a co-chair holds the role "chair" and is listed in the summit\'s coChairs)',
    ]);
  });

  it('reports a chair that names no leader once, without questioning the leader who holds the role', () => {
    const input = smallSummit();
    input.chair = 'dilma';
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.deep.equal([
      'chair: unknown leader "dilma": it must be the id of an entry in leaders; the leaders are "leader-b", "chair-a", "leader-c"',
    ]);
  });

  it('says a list that may be empty can be written [] when it is missing', () => {
    const input = smallSummit() as unknown as Record<string, unknown>;
    delete input.quotes;
    expect(issuesOf(input)).to.deep.equal([
      { path: 'quotes', message: 'required field is missing: add a list of quotes ([] when there are none)' },
    ]);
  });

  it('takes a deadline on a day or in a month, a day only with its month and only one the month has', () => {
    const input = smallSummit();
    input.proposals[0]!.when = { kind: 'by', year: 2026, month: 6, day: 30, phrase: 'by 30 June 2026' };
    input.proposals[1]!.when = { kind: 'by', year: 2026, month: 6 };
    expect(parseSummit(input).proposals[0]!.when).to.deep.equal(input.proposals[0]!.when);
    input.proposals[0]!.when = { kind: 'by', year: 2026, month: 6, day: 31 };
    input.proposals[1]!.when = { kind: 'by', year: 2026, day: 30 };
    input.proposals[2]!.when = { kind: 'by', year: 2028, month: 2, day: 29 };
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'proposals[0].when.day: 2026-06 has no day 31: check the day and the month',
      'proposals[1].when.day: a day goes with its month: add month (1-12), or leave day out',
    ]);
    (input.proposals[0]!.when as { day: number }).day = 0;
    expect(issuesOf(input)[0]!.message).to.equal('expected a day of the month 1-31, got 0');
  });

  it('checks that a relative year matches its phrase and reference date', () => {
    const input = smallSummit();
    (input.proposals[1]!.when as { year: number }).year = 2027;
    expect(issuesOf(input)[0]).to.deep.equal({
      path: 'proposals[1].when.year',
      message: '"next year" from 2025-12-20 is 2026, but year says 2027',
    });
  });

  it('requires someone behind each proposal and evidence on each fact', () => {
    const input = smallSummit();
    delete input.proposals[0]!.proposedBy;
    input.leaders[1]!.evidence = [];
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include('leaders[1].evidence: expected at least 1 evidence excerpt');
  });

  it('truncates huge values in messages', () => {
    const input = smallSummit();
    input.id = 'X'.repeat(100000);
    const [issue] = issuesOf(input);
    // The value cut to 60 characters, whatever its size, with what is expected and the hint.
    expect(issue!.message.length).to.be.below(250);
  });

  it('says what to do about an unknown field people add by mistake, or the field it is but for case or a plural', () => {
    const input = smallSummit();
    const loose = (o: object) => o as Record<string, unknown>;
    loose(input.sectors[0]!).weight = 5;
    loose(input.leaders[0]!).office = 'President';
    loose(input.proposals[0]!).date = '2026-01-01';
    loose(input.proposals[1]!).sector = ['energy'];
    loose(input.proposals[2]!).ProposedBy = 'leader-b';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'leaders[0].office: unknown field "office": the office goes in "title" ("President", "Prime Minister")',
      'sectors[0].weight: unknown field "weight": a sector\'s weight is derived from the proposals, agenda areas and quotes that name it, never typed in: remove it',
      'proposals[0].date: unknown field "date": when it happens goes in "when": {"kind": "day", "date": "…"}',
      'proposals[1].sector: unknown field "sector": did you mean "sectors"?',
      'proposals[2].ProposedBy: unknown field "ProposedBy": did you mean "proposedBy"?',
    ]);
  });

  it('names odd keys as unknown fields and never copies them', () => {
    const input = JSON.parse(
      JSON.stringify(smallSummit()).replace('{', '{"__proto__": {"polluted": true}, "constructor": 1,'),
    ) as unknown;
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include('__proto__: unknown field "__proto__": remove it or check its spelling');
    expect(messages).to.include('constructor: unknown field "constructor": remove it or check its spelling');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('treats an undefined optional field as absent and an undefined required one as missing', () => {
    const input = smallSummit() as unknown as Record<string, unknown>;
    input.lang = undefined;
    expect(parseSummit(input)).to.not.have.property('lang');
    input.title = undefined;
    expect(issuesOf(input)).to.deep.equal([
      { path: 'title', message: 'required field is missing: add text (not blank)' },
    ]);
  });

  it('says what it got in a few words, whatever the value', () => {
    const input = smallSummit() as unknown as Record<string, unknown>;
    input.edition = 1.5;
    input.date = { year: 2025 };
    input.format = ['x'];
    input.chair = null;
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include('edition: expected an edition number (1 to 9999), got 1.5');
    expect(messages).to.include('date: expected a date written YYYY-MM-DD, in the years 1000 to 9999, got an object');
    expect(messages).to.include('format: expected text (not blank), got a list');
    expect(messages.some((m) => m.startsWith('chair: expected an id') && m.endsWith('got null'))).to.be.true;
    // JSON's -0 is not 0 in a message that refuses it.
    expect(
      issuesOf(JSON.parse(JSON.stringify(smallSummit()).replace(/"edition":\d+/, '"edition":-0')))[0]!.message,
    ).to.equal('expected an edition number (1 to 9999), got -0');
  });

  it('names lists in the plural and says what a when looks like', () => {
    const input = smallSummit() as unknown as Record<string, unknown> & ReturnType<typeof smallSummit>;
    (input.leaders[0] as unknown as Record<string, unknown>).roles = 'chair';
    (input.proposals[0] as unknown as Record<string, unknown>).when = '2026';
    const messages = issuesOf(input).map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include(
      'leaders[0].roles: expected a list of roles, got "chair" (a list, even of one item: put it in [ ])',
    );
    expect(messages).to.include(
      'proposals[0].when: expected an object with "kind" ("day", "month", "year", "by", "recurring", "relative", "undated"), got "2026"',
    );
  });

  it('knows the calendar: leap years, month lengths', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30', '2025-01-01'])
      expect(isRealDate(ok), ok).to.be.true;
    for (const bad of ['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01'])
      expect(isRealDate(bad), bad).to.be.false;
  });

  it('returns a deeply frozen copy', () => {
    const summit = parseSummit(smallSummit());
    expect(Object.isFrozen(summit.leaders)).to.be.true;
    expect(Object.isFrozen(summit.leaders[0]!.evidence[0])).to.be.true;
    expect(Object.isFrozen(summit.place)).to.be.true;
  });

  it('validateSummit returns issues instead of throwing', () => {
    const result = validateSummit({});
    expect(result.ok).to.be.false;
    expect(validateSummit(smallSummit()).ok).to.be.true;
  });

  it('checkEvidence finds quotes that are not verbatim', () => {
    const summit = parseSummit(smallSummit());
    const text = 'Bea Ann Zh green 2040 forum two years justice fund mountains second Declaration';
    expect(checkEvidence(summit, { article: text })).to.deep.equal([]);
    const issues = checkEvidence(summit, { article: text.replace('forum', 'Forum') });
    expect(issues).to.deep.equal([
      {
        path: 'proposals[1].evidence[0].quote',
        message: 'not found verbatim in source "article": the source writes it "Forum": copy the exact words',
      },
    ]);
    // The usual culprits show: a straight apostrophe for a curly one, a space that is not one; or nothing in common.
    const said = (source: string, quote: string) => {
      const summit = parseSummit({
        ...smallSummit(),
        proposals: [{ ...smallSummit().proposals[0]!, evidence: [{ source: 'article', quote }] }],
      });
      return checkEvidence(summit, { article: source }).find((i) => i.path.startsWith('proposals[0]'))?.message;
    };
    expect(said('the European Union’s plan', "European Union's plan")).to.equal(
      'not found verbatim in source "article": the source has "European Union", then "’s plan" where the quote has ' +
        '"\'s plan": copy the exact words',
    );
    expect(said('ten leaders\u00a0met', 'ten leaders met')).to.equal(
      'not found verbatim in source "article": the source has "ten leaders", then "\\u00A0met" where the quote has " met": ' +
        'copy the exact words',
    );
    expect(said('a long sentence', 'a long sentence, then more')).to.equal(
      'not found verbatim in source "article": the source has "a long sentence", then its end where the quote has ", then more": ' +
        'copy the exact words',
    );
    // Wrong from the first character: where the rest matches, and what comes before it in each.
    expect(
      said('Yesterday. The event, chaired by the Prime Minister', '“The event, chaired by the Prime Minister'),
    ).to.equal(
      'not found verbatim in source "article": it matches from "The event, chaired by th" on, where the source has ' +
        '"Yesterday. " before it and the quote "“": copy the exact words',
    );
    // Japanese: a clause of seven characters is enough to say where (a straight quotation mark for 「).
    expect(
      said(
        'ラブカ首相は、「太平洋は一つの家族である」と述べた。',
        'ラブカ首相は、"太平洋は一つの家族である"と述べた。',
      ),
    ).to.equal(
      'not found verbatim in source "article": the source has "ラブカ首相は、", then "「太平洋は一つの家族である」と述べた。" where the quote has ' +
        '"\\"太平洋は一つの家族である\\"と述べた。": copy the exact words',
    );
    expect(said('abc', 'xyz')).to.equal(
      'not found verbatim in source "article" (the source holds none of it as written): copy the exact words',
    );
  });

  it('refuses a list with holes (an array given as an object, or one grown by length) by index', () => {
    const input = smallSummit();
    const n = input.proposals.length;
    input.proposals.length = n + 2;
    const holes = new Array(2);
    (input as { leaders: unknown }).leaders = [input.leaders[0], ...holes];
    const issues = issuesOf(input);
    expect(issues).to.deep.include({ path: `proposals[${n}]`, message: 'expected an object, got nothing' });
    expect(issues).to.deep.include({ path: `proposals[${n + 1}]`, message: 'expected an object, got nothing' });
    expect(issues).to.deep.include({ path: 'leaders[2]', message: 'expected an object, got nothing' });
  });

  it('refuses text with nothing visible in it, dates before the year 1000, and numbers past their range', () => {
    for (const invisible of [
      '\u200b',
      '\u200d\u200b',
      '\u0000',
      '\u202e',
      ' \u0007 ',
      '\u3164',
      '\u2800',
      '\u0301\u034f',
      '\u115f\u1160',
    ]) {
      const input = smallSummit();
      input.leaders[0]!.name = invisible;
      expect(issuesOf(input)[0], JSON.stringify(invisible)).to.deep.include({ path: 'leaders[0].name' });
    }
    const visible = smallSummit();
    visible.leaders[0]!.name = '\u200bBea\u200d';
    expect(parseSummit(visible).leaders[0]!.name).to.equal('\u200bBea\u200d');
    for (const date of ['0099-05-01', '0000-01-01', '0050-01-01']) {
      const input = smallSummit();
      input.date = date;
      expect(issuesOf(input)[0]!.message).to.equal(
        `expected a date written YYYY-MM-DD, in the years 1000 to 9999, got "${date}"`,
      );
      expect(isRealDate(date), date).to.be.false;
    }
    const edition = smallSummit();
    edition.edition = 1e300;
    expect(issuesOf(edition)[0]!.path).to.equal('edition');
  });

  it('shows invisible characters as escapes, and says when a number came in quotes', () => {
    const blank = smallSummit();
    blank.leaders[0]!.name = '\u200b\u00a0';
    expect(issuesOf(blank)[0]!.message).to.equal('expected text (not blank), got "\\u200B\\u00A0"');
    const quoted = smallSummit() as unknown as { edition: unknown };
    quoted.edition = '2';
    expect(issuesOf(quoted)[0]!.message).to.match(/, got "2" \(text: write it as a number, without quotes\)$/);
    // Not a number in quotes: no such hint.
    quoted.edition = 'two';
    expect(issuesOf(quoted)[0]!.message).to.not.contain('without quotes');
  });

  it('counts characters as a reader does (an emoji is one)', () => {
    const input = smallSummit();
    input.proposals[0]!.summary = '😀'.repeat(20000);
    expect(parseSummit(input).proposals[0]!.summary).to.have.length(40000);
    input.proposals[0]!.summary = '😀'.repeat(20001);
    expect(issuesOf(input)[0]!.message).to.equal('expected at most 20000 characters, got 20001');
  });

  it('refuses a sector, leader, role or place listed twice, and a host from another country', () => {
    const input = smallSummit();
    const p = input.proposals[0]!;
    p.sectors = [p.sectors[0]!, p.sectors[0]!];
    p.places = ['Tokyo', 'Tokyo'];
    input.leaders[1]!.roles = ['participant', 'participant'];
    const issues = issuesOf(input);
    expect(issues).to.deep.include({
      path: 'proposals[0].sectors[1]',
      message: `"${p.sectors[0]}" is listed twice in sectors`,
    });
    expect(issues).to.deep.include({ path: 'proposals[0].places[1]', message: '"Tokyo" is listed twice in places' });
    expect(issues).to.deep.include({ path: 'leaders[1].roles[1]', message: '"participant" is listed twice in roles' });
    // A host from another country: at the role, where the fix usually is, with the other fix (the summit's host).
    const host = smallSummit();
    host.leaders[0]!.roles = ['participant', 'host'];
    expect(issuesOf(host)).to.deep.equal([
      {
        path: 'leaders[0].roles[1]',
        message:
          '"leader-b" has the role "host" but is from UZ, and the host is JP: remove the role, or, if UZ hosts the summit, set host to "UZ"',
      },
    ]);
    // An organisation's head: only the one fix.
    host.countries.push({ code: 'UN', name: 'United Nations', organisation: true });
    host.leaders[0]!.country = 'UN';
    expect(issuesOf(host)[0]!.message).to.equal(
      '"leader-b" has the role "host" but is from UN, and the host is JP: remove the role (an organisation cannot host a summit)',
    );
  });

  it('says to leave out an optional field given null, and keeps asking a value of a required one', () => {
    // What a CMS export writes for "no value".
    const input = smallSummit() as unknown as Record<string, unknown> & ReturnType<typeof smallSummit>;
    const nulls = (o: object, ...keys: string[]) => keys.forEach((k) => ((o as Record<string, unknown>)[k] = null));
    nulls(input, 'lang', 'history', 'chair');
    nulls(input.leaders[0]!, 'photo');
    nulls(input.proposals[0]!, 'supportedBy');
    nulls(input.proposals[0]!.when, 'phrase');
    const hint = ' (leave the field out when there is no value: null is not allowed)';
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'chair: expected an id of lowercase letters, digits and hyphens (e.g. "expert-forum"), got null',
      `leaders[0].photo: expected an absolute https: URL, got null${hint}`,
      `proposals[0].when.phrase: expected text (not blank), got null${hint}`,
      `proposals[0].supportedBy: expected a list of leader ids, got null${hint}`,
      `lang: expected a BCP 47 language tag such as "en" or "pt-BR", got null${hint}`,
      `history: expected a list of history entries, got null${hint}`,
    ]);
  });

  it('refuses a broken character (half of a UTF-16 pair) in any string, and shows it escaped', () => {
    const input = smallSummit() as unknown as Record<string, unknown> & ReturnType<typeof smallSummit>;
    input.leaders[0]!.name = 'Wire \ud800 report';
    input.leaders[1]!.title = '\udc00Minister';
    input.sources[0]!.url = 'https://example.org/\udbff';
    input.$schema = './summit.schema.json\ud83d';
    // A whole pair (an emoji) is one character, and fine.
    input.leaders[2]!.name = 'Kim 😀';
    const broken = (half: string, got: string) =>
      `a broken character (${half}, half of a UTF-16 pair) in ${got}: retype or remove it`;
    expect(issuesOf(input).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `leaders[0].name: ${broken('\\uD800', '"Wire \\uD800 report"')}`,
      `leaders[1].title: ${broken('\\uDC00', '"\\uDC00Minister"')}`,
      `sources[0].url: ${broken('\\uDBFF', '"https://example.org/\\uDBFF"')}`,
      `$schema: ${broken('\\uD83D', '"./summit.schema.json\\uD83D"')}`,
    ]);
    // In a path too: an unknown key's broken or invisible characters are shown as in a value.
    const key = smallSummit() as unknown as Record<string, unknown>;
    key['note\u200b\ud800'] = 'x';
    expect(issuesOf(key)[0]!.path).to.equal('["note\\u200B\\uD800"]');
    // Every escape in a message is upper-case (controls too), and a backslash in the text is not taken for one.
    const id = smallSummit();
    id.id = 'X\\ud800\u001b\ud800';
    expect(issuesOf(id)[0]!.message).to.match(
      /, got "X\\\\ud800\\u001B\\uD800" \(U\+001B, U\+D800: type them again in plain a-z\)$/,
    );
    // A long value is cut between characters: an emoji at the cut is left out whole, not halved.
    const long = smallSummit();
    long.leaders[0]!.photo = `${'x'.repeat(59)}😀 and more`;
    expect(issuesOf(long)[0]!.message).to.equal(`expected an absolute https: URL, got "${'x'.repeat(59)}"…`);
  });

  it('lists issues in the order of the file: each object by its keys as written, then its missing fields', () => {
    const { leaders, proposals, ...rest } = smallSummit();
    const input = {
      subtitle: 'Written first',
      ...rest,
      // Keys in another order than the schema's, an unknown one among them, and a required one (name) left out.
      leaders: [
        { evidence: [], twitter: '@bea', roles: ['participant'], title: 'President', country: 'uz', id: 'leader-b' },
        ...leaders.slice(1),
      ],
      proposals: [{ ...proposals[0]!, when: { date: '2025-13-01', kind: 'day', note: 'x' } }],
      // Undefined is no value: missing, so listed after the present keys although it comes before leaders.
      asOf: undefined,
    };
    expect(issuesOf(input).map((i) => i.path)).to.deep.equal([
      'subtitle',
      'leaders[0].evidence',
      'leaders[0].twitter',
      'leaders[0].country',
      'leaders[0].name',
      'proposals[0].when.date',
      'proposals[0].when.note',
      'asOf',
    ]);
  });
});

describe('language tags and repeated evidence', () => {
  it('takes only real BCP 47 tags for lang (they are written into the page)', () => {
    for (const lang of ['english', 'en_US', 'e', '日本語', 'en-']) {
      const input = { ...smallSummit(), lang };
      expect(issuesOf(input)[0]!.path, lang).to.equal('lang');
    }
    for (const lang of ['en', 'ja', 'pt-BR', 'zh-Hant-TW', 'sr-Latn'])
      expect(parseSummit({ ...smallSummit(), lang }).lang).to.equal(lang);
    const source = smallSummit();
    source.sources[0]!.lang = 'en_US';
    expect(issuesOf(source)[0]!.path).to.equal('sources[0].lang');
  });

  it('refuses the same excerpt listed twice as evidence', () => {
    const input = smallSummit();
    const ev = input.proposals[0]!.evidence;
    ev.push({ ...ev[0]! });
    expect(issuesOf(input)).to.deep.include({
      path: `proposals[0].evidence[${ev.length - 1}]`,
      message: 'the same excerpt of the same source is listed twice in evidence',
    });
  });
});

describe('parseJsonText', () => {
  const messageOf = (text: string) => issuesThrownBy(() => parseJsonText(text));

  it('refuses a key given twice in one object, by path, rather than keeping the last silently', () => {
    const issues = messageOf('{"a":[{"name":"x","b":{"c":1}},{"name":"Sanae","name":"Somebody"}],"k":1,"k":2}');
    expect(issues.map((i) => i.path)).to.deep.equal(['a[1].name', 'k']);
    expect(issues[0]!.message).to.match(/given twice .* JSON keeps only the last value/);
    // Where, as a syntax error says it: the key given again, and the first.
    expect(
      messageOf(
        '{\n  "id": "a",\n  "leaders": [\n    {"name": "x",\n     "name": "y", "name": "z"}\n  ],\n  "id": "b"\n}',
      ),
    ).to.deep.equal([
      {
        path: 'leaders[0].name',
        message:
          'this key is given twice in one object (line 5, column 6; first at line 4, column 6), and JSON keeps only the last value: remove one of them',
      },
      {
        path: 'leaders[0].name',
        message:
          'this key is given twice in one object (line 5, column 19; first at line 4, column 6), and JSON keeps only the last value: remove one of them',
      },
      {
        path: 'id',
        message:
          'this key is given twice in one object (line 7, column 3; first at line 2, column 3), and JSON keeps only the last value: remove one of them',
      },
    ]);
    // Keys are read as JSON reads them (an escape is its letter); the same key in another object, or a value, is no duplicate.
    expect(messageOf('{"a\\u0062":1,"ab":2}').map((i) => i.path)).to.deep.equal(['ab']);
    expect(parseJsonText('{"x":{"n":1},"y":[{"n":1},{"n":"n"}],"n":"n"}')).to.deep.equal({
      x: { n: 1 },
      y: [{ n: 1 }, { n: 'n' }],
      n: 'n',
    });
  });

  it('says where a syntax error is, in one line, and drops a byte-order mark', () => {
    expect(messageOf('{\n  "tags": ["a", "b"],\n  "more": ]\n}')[0]!.message).to.equal(
      "the dataset is not valid JSON (line 3, column 11): Unexpected token ']'",
    );
    expect(messageOf('{"a":1} x')[0]!.message).to.equal(
      'the dataset is not valid JSON (line 1, column 9): Unexpected non-whitespace character after JSON',
    );
    expect(messageOf('{\n "a": NaN\n}')[0]!.message).to.equal(
      "the dataset is not valid JSON (line 2, column 7): Unexpected token 'N'",
    );
    // The mistakes JavaScript and word processors allow are named, where they are.
    const causes = {
      '{\n  "a": [1, 2,\n  ]\n}':
        '(line 2, column 13): a comma after the last item, which JSON does not allow: remove it',
      '{"a":1,}': '(line 1, column 7): a comma after the last item, which JSON does not allow: remove it',
      '{\n  // the summit\n  "a": 1\n}': '(line 2, column 3): a comment, which JSON does not allow: remove it',
      '{"a": /* x */ 1}': '(line 1, column 7): a comment, which JSON does not allow: remove it',
      '{"a": “Tokyo”}':
        '(line 1, column 7): a typographic quote (“): JSON text and keys go in straight double quotes (")',
      '{“a”: 1}': '(line 1, column 2): a typographic quote (“): JSON text and keys go in straight double quotes (")',
      "{'a': 1}": '(line 1, column 2): a single quote: JSON text and keys go in double quotes (")',
      '{"a": ["JP",, "UZ"]}': '(line 1, column 13): two commas in a row: remove one',
      '{"a": 1,, "b": 2}': '(line 1, column 9): two commas in a row: remove one',
      '{\n  # the summit\n  "a": 1\n}': '(line 2, column 3): a comment, which JSON does not allow: remove it',
      '{\n  "a": "Tokyo\tJapan"\n}':
        '(line 2, column 14): a tab inside quoted text, which JSON does not allow: write it as \\t',
      '{\n  "a": "Tokyo\nJapan"\n}':
        '(line 2, column 14): a line break inside quoted text, which JSON does not allow: write it as \\n, or add the missing closing quote',
      '{\r\n  "a": "Tokyo,\r\n  "b": 1\r\n}':
        '(line 2, column 15): a line break inside quoted text, which JSON does not allow: write it as \\n, or add the missing closing quote',
      '{"a": "Tokyo\u0007"}':
        '(line 1, column 13): a control character (\\u0007) inside quoted text, which JSON does not allow: remove it',
      // A page pasted whole, or the element around an inline dataset; words where the JSON should start.
      '<!doctype html>\n<html>':
        '(line 1, column 1): HTML, not JSON (a web page, or an element around the dataset): give the JSON itself, from { to }',
      '  <summit-data>{}</summit-data>':
        '(line 1, column 3): HTML, not JSON (a web page, or an element around the dataset): give the JSON itself, from { to }',
      'Tokyo summit': '(line 1, column 1): words, not JSON: a dataset is an object, from { to }',
    };
    for (const [text, cause] of Object.entries(causes)) {
      expect(messageOf(text)[0]!.message, text).to.equal(`the dataset is not valid JSON ${cause}`);
    }
    expect(parseJsonText('\ufeff{"a":1}')).to.deep.equal({ a: 1 });
    expect(messageOf('\ufeff  ')[0]!.message).to.equal('the dataset is empty: expected JSON text');
  });

  it('names a space JSON does not count as one, full-width punctuation, a missing comma and an unclosed bracket', () => {
    const causes = {
      '{"a":\u00a01}':
        '(line 1, column 6): a no-break space (U+00A0), which JSON does not allow outside quoted text: replace it with an ordinary space',
      '{\n  "a":\u3000"b"\n}':
        '(line 2, column 7): an ideographic space (U+3000), which JSON does not allow outside quoted text: replace it with an ordinary space',
      '["a",\u2009"b"]':
        '(line 1, column 6): a space of another kind (U+2009), which JSON does not allow outside quoted text: replace it with an ordinary space',
      '["a",\u200b"b"]':
        '(line 1, column 6): a zero-width space (U+200B), which JSON does not allow outside quoted text: remove it',
      '{"a"\uff1a1}':
        '(line 1, column 5): a full-width ： (U+FF1A), as a CJK input method types it: write the ASCII one (:)',
      '{"a":1\uff0c"b":2}':
        '(line 1, column 7): a full-width ， (U+FF0C), as a CJK input method types it: write the ASCII one (,)',
      '{"a":\uff3b1]}':
        '(line 1, column 6): a full-width ［ (U+FF3B), as a CJK input method types it: write the ASCII one ([)',
      '{\uff02a": 1}':
        '(line 1, column 2): a full-width ＂ (U+FF02), as a CJK input method types it: write the ASCII one (")',
      // Where the comma goes (the end of the value before), not only where the next value starts.
      '{\n  "a": {"b": 1}\n  "c": 2\n}':
        '(line 2, column 16): a comma is probably missing here, after this value: add one',
      '["JP"  "UZ"]': '(line 1, column 6): a comma is probably missing here, after this value: add one',
      // A key where a list's next value should be: the list was not closed.
      '{\n  "tags": ["a", "b"\n  "more": 1\n}':
        '(line 2, column 20): the "[" opened at line 2, column 11 is not closed: add "]" here',
      '{"a": [1, 2}': '(line 1, column 12): the "[" opened at line 1, column 7 is not closed: add "]" here',
      '{\n  "a": [1, {"b": 2}]\n':
        '(line 2, column 21): the text ends inside the "{" opened at line 1, column 1: add "}" here, or, if the text was cut short when copied, paste it whole',
      '[1, [2':
        '(line 1, column 7): the text ends inside the "[" opened at line 1, column 5: add "]" here, or, if the text was cut short when copied, paste it whole',
      // Cut short after a comma: where the comma is (the engine only says a key was expected).
      '{\n  "a": {"every": 2,\n':
        '(line 2, column 19): the text ends inside the "{" opened at line 2, column 8: add "}" here, or, if the text was cut short when copied, paste it whole',
      // A whole text of word-processor quotes: fixed all at once, not one a time.
      '{“a”: “b”, “c”: 1}':
        '(line 1, column 2): a typographic quote (“): JSON text and keys go in straight double quotes ("): every quote of this text is typographic (6 of them), as a word processor writes them: replace them all at once (find and replace), then check any inside the text itself',
      // A straight quote inside a quote (verbatim evidence has many): it ends the text early.
      '{"quote": "He said "yes" to it"}':
        '(line 1, column 20): a double quote inside quoted text ends it early: write it as \\" (or use “ ”)',
      '{"q": "a "fair" deal"}':
        '(line 1, column 10): a double quote inside quoted text ends it early: write it as \\" (or use “ ”)',
      '{"a": true false}': '(line 1, column 11): a comma is probably missing here, after this value: add one',
      // A list's next item where the object's next key should be: the object before it was not closed (not a comma
      // missing), and after a comma added there, the same answer, before that comma.
      '{"p": [{"id": "a", "s": ["x"]\n{"id": "b"}]}':
        '(line 1, column 30): the "{" opened at line 1, column 8 is not closed: add "}" here',
      '{"p": [{"id": "a", "s": ["x"],\n{"id": "b"}]}':
        '(line 1, column 30): the "{" opened at line 1, column 8 is not closed: add "}" here',
      '{"a": 1, b: 2}': '(line 1, column 10): a key without quotes: JSON keys go in double quotes ("key")',
      // Where no likely cause is known, the engine's own words, rather than a wrong guess.
      '{"a": "b" oops}': "(line 1, column 11): Expected ',' or '}' after property value",
    };
    for (const [text, cause] of Object.entries(causes)) {
      expect(messageOf(text)[0]!.message, text).to.equal(`the dataset is not valid JSON ${cause}`);
    }
    // Inside quoted text, each is text like any other.
    expect(parseJsonText('{"a": "\u00a0\uff1a\ufeff"}')).to.deep.equal({ a: '\u00a0\uff1a\ufeff' });
  });

  it('drops exactly one leading byte-order mark, whether the text was typed or decoded from a file', () => {
    const bom = 'a byte order mark (U+FEFF), which JSON does not allow outside quoted text: remove it';
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(parseJsonText(decodeUtf8(bytes('\ufeff{"a":1}'), 'the file'))).to.deep.equal({ a: 1 });
    for (const [text, at] of [
      ['\ufeff\ufeff{"a":1}', 'line 1, column 1'],
      ['{"a":1}\ufeff', 'line 1, column 8'],
      ['{"a":\ufeff1}', 'line 1, column 6'],
    ] as const) {
      const expected = `the dataset is not valid JSON (${at}): ${bom}`;
      expect(messageOf(text)[0]!.message, text).to.equal(expected);
      // A file decodes to the same text: the decoder keeps its byte-order mark for parseJsonText.
      expect(messageOf(decodeUtf8(bytes(text), 'the file'))[0]!.message, text).to.equal(expected);
    }
  });

  it('says that nothing else is checked while the dataset cannot be read (checksLater)', () => {
    const errorOf = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e as SummitDataError;
      }
      throw new Error('expected a SummitDataError');
    };
    for (const unread of [
      () => parseJsonText('{"a": 1,}'),
      () => parseJsonText('{"a": 1, "a": 2}'),
      () => decodeUtf8(Uint8Array.of(0x7b, 0xfc, 0x7d), 'the file'),
    ]) {
      const error = errorOf(unread);
      expect(error.checksLater, String(unread)).to.be.true;
      expect(laterNote(error)).to.equal(CHECKS_LATER);
    }
    // Read, its fields are checked: then its references wait, and after them nothing does.
    const fields = errorOf(() => parseSummit(parseJsonText('{}')));
    expect([fields.checksLater, laterNote(fields)]).to.deep.equal([false, REFERENCES_LATER]);
    const references = errorOf(() => parseSummit({ ...smallSummit(), chair: 'nobody' }));
    expect(laterNote(references)).to.be.undefined;
    expect(errorOf(() => parseJsonText(' ')).checksLater).to.be.false;
  });
});
