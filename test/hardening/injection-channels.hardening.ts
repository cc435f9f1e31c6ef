/**
 * Hardening group 1, injection (channels): each of the 461 naughty strings and the XSS vectors in
 * every text field at once (a valid dataset: every widget must show the string exactly), then in
 * every string field at once (refused: the error state with paths), through the `data` property,
 * the inline JSON child and `src`, in every widget and inside `<summit-data>`.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  TEXT_KINDS,
  WIDGETS,
  executions,
  inlineScript,
  installTrap,
  kindOf,
  make,
  provider,
  report,
  servedMany,
  settle,
  stage,
  uncaught,
  validText,
  violationCount,
  withStrings,
  type Path,
  type SummitEl,
  type WidgetTag,
} from './helpers.js';
import { check, expectClean, figures, prepare, tally, type Injection } from './injection.js';

interface View {
  name: string;
  el: SummitEl;
  tag: WidgetTag;
}

describe('hardening: injection through every channel', function () {
  let inj: Injection;
  const all = tally();
  const failed: string[] = [];
  const channels = { data: 0, inline: 0, src: 0 };
  const channelMs: Record<string, number> = {};

  const began = performance.now();

  before(async () => {
    installTrap();
    inj = await prepare();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed.push(this.currentTest.title);
  });

  after(async () => {
    if (!inj) return report('injection-channels', { failed: [...failed, 'setup (before all)'] });
    await new Promise((r) => setTimeout(r, 300));
    const v = inj.violations;
    await report('injection-channels', {
      failed,
      ms: Math.round(performance.now() - began),
      payloads: inj.payloads.length,
      allAtOnce: figures(all),
      channels,
      channelMs,
      executions: executions(),
      scripts: v.scripts,
      handlers: v.handlers,
      nonHttpsUrls: v.urls,
      otherActive: v.elements,
      uncaught: uncaught().length,
      samples: v.samples,
    });
  });

  it('all at once: every text field, then every string field, through data, inline JSON and src, in every widget and inside <summit-data>', async () => {
    const start = performance.now();
    const host = stage();
    /** A provider with every widget inside, or one widget: the element that takes the input, and those that draw. */
    const context = (tag: WidgetTag | 'summit-data', channel: string) => {
      if (tag !== 'summit-data') {
        const el = make(tag);
        return { input: el, views: [{ name: `${channel} <${tag}>`, el, tag }] as View[] };
      }
      const p = provider();
      const views = p.widgets.map((el, i) => ({
        name: `${channel} <summit-data> <${WIDGETS[i]}>`,
        el,
        tag: WIDGETS[i]!,
      }));
      return { input: p.data, views };
    };
    // Each input feeds a provider with every widget inside, and one widget on its own, in turn (so each
    // widget on its own gets every fifth payload through each input; through the data property it gets
    // every payload in the one-field-at-a-time test). Through src, providers and widgets load side by
    // side, so request latency overlaps.
    type Context = ReturnType<typeof context>;
    const alone = (channel: string) => new Map(WIDGETS.map((t) => [t, context(t, channel)] as const));
    const byData = { provider: context('summit-data', 'data'), alone: alone('data') };
    const byInline = { provider: context('summit-data', 'inline'), alone: alone('inline') };
    const BATCH = 8;
    const bySrc = Array.from({ length: BATCH * 2 }, () => context('summit-data', 'src'));
    for (const c of [byInline.provider, ...byInline.alone.values()]) c.input.append(inlineScript('{}'));
    host.append(
      ...[byData.provider, ...byData.alone.values(), byInline.provider, ...byInline.alone.values(), ...bySrc].map(
        (c) => c.input,
      ),
    );
    const turn = (n: number) => WIDGETS[n % WIDGETS.length]!;

    // Evidence quotes and sector names keep their own words here: one payload in all of them would list the same
    // excerpt twice, or name two sectors alike, which is refused (the one-at-a-time run fills each of them).
    const kept = /evidence\[\d*\]\.quote$|^sectors\[\d*\]\.name$/;
    const isText = (p: Path) => (TEXT_KINDS.has(kindOf(p)) && !kept.test(kindOf(p))) || kindOf(p) === '$schema';
    const variants = (payload: string) =>
      [
        ['every text field', withStrings(inj.base, payload, isText), validText(payload)],
        ['every string field', withStrings(inj.base, payload, () => true), false],
      ] as const;
    const checkAll = async (list: Context[], variant: string, payload: string, valid: boolean) => {
      for (const c of list) {
        for (const v of c.views) {
          await check(inj, v.el, all, `${variant}: ${v.name}`, payload, {
            // Where it shows a field that holds the payload (the cloud shows little but sector names).
            shown: [...inj.shows.get(v.tag)!].some((field) => !kept.test(field)),
            valid,
            anyPath: true,
          });
        }
      }
    };
    const time = (key: string, t0: number) =>
      (channelMs[key] = Math.round((channelMs[key] ?? 0) + performance.now() - t0));

    for (let i = 0; i < inj.payloads.length; i += BATCH) {
      const batch = inj.payloads.slice(i, i + BATCH);
      const cases = batch.flatMap((payload, k) =>
        variants(payload).map(([variant, data, valid]) => ({
          n: i + k,
          payload,
          variant,
          data,
          valid,
          json: JSON.stringify(data),
        })),
      );
      let t0 = performance.now();
      const urls = await servedMany(cases.map((c) => c.json));
      time('serve', t0);
      for (const c of cases) {
        t0 = performance.now();
        all.cases += 2;
        channels.data++;
        channels.inline++;
        const data = [byData.provider, byData.alone.get(turn(c.n))!];
        for (const x of data) x.input.data = c.data;
        await checkAll(data, c.variant, c.payload, c.valid);
        time('data', t0);
        t0 = performance.now();
        const inline = [byInline.provider, byInline.alone.get(turn(c.n))!];
        for (const x of inline) x.input.querySelector(':scope > script')!.textContent = c.json;
        await null; // the inline JSON observer runs in this microtask
        await checkAll(inline, c.variant, c.payload, c.valid);
        time('inline', t0);
      }
      t0 = performance.now();
      // A fresh widget on its own per case, next to the pooled providers.
      const fresh = cases.map((c) => context(turn(c.n), 'src'));
      urls.forEach((url, j) => {
        bySrc[j]!.input.src = url;
        fresh[j]!.input.src = url;
      });
      host.append(...fresh.map((x) => x.input));
      await settle([...bySrc.slice(0, cases.length), ...fresh].flatMap((x) => x.views.map((v) => v.el)));
      for (const [j, c] of cases.entries()) {
        all.cases++;
        channels.src++;
        await checkAll([bySrc[j]!, fresh[j]!], c.variant, c.payload, c.valid);
      }
      for (const x of fresh) x.input.remove();
      time('src', t0);
    }
    host.remove();
    all.ms = performance.now() - start;
    expect(executions(), 'script executions').to.equal(0);
    expect(violationCount(inj.violations), `active content: ${inj.violations.samples.join(' | ')}`).to.equal(0);
    expectClean(all);
  });
});
