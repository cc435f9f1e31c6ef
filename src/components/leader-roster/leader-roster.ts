import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { customElement } from '../../internal/define.js';
import type { Leader, LeaderRole, Summit } from '../../data/types.js';
import { filterProposals, indexOf, leadersInOrder } from '../../data/views.js';
import { formatNumber, validLocale } from '../intl.js';
import { RovingFocusController } from '../../internal/roving-focus.js';
import { inLang } from '../../internal/lang.js';
import { listSeparator } from '../../internal/localize.js';
import { leaderOffice, showsCode } from '../joined.js';
import { SummitElement } from '../../internal/summit-element.js';
import { styles } from './leader-roster.styles.js';

/** Titles written before a name: honorifics and royal or religious styles, in English and Arabic. */
const TITLE = /^(sir|dame|dr\.?|h\.e\.|الملك|الملكة|الشيخ|الشيخة|الأمير|الأميرة|السلطان|السيد|السيدة|الرئيس)$/iu;
/** Styles that are also given names (Sultan Raev, Emir Kusturica, Prince Johnson): a title only before two names. */
const STYLE = /^(sheikh|shaikh|sheikha|king|queen|prince|princess|emir|sultan)$/iu;
/** Letters after a name (honours, offices): "KCB", "KC", "MP", not any short word in capitals ("ABE", "UN"). */
const POST_NOMINAL =
  /^(K[GT]|GC[BH]?|[GK]?CB|[GK]?CMG|[GKCLM]?VO|[GKDCOM]BE|BEM|CH|OM|PC|[KQ]C|MP|MSP|MLA|FRS|FRSE)\.?,?$/u;

/**
 * Initials for the avatar: the first letter of the first and last words ("Sanae Takaichi" → "ST"). A name written in
 * Chinese characters, kana or Hangul gets one character, of the family name: the first ("山田 花子" → "山",
 * "김정은" → "김"), or, for a foreign name written given name first ("ンゴジ・オコンクォ", "沙夫卡特·米尔济约耶夫",
 * "サディル＝ジャパロフ"), the first of the family name ("オ", "米", "ジ"), never a kana no word starts with. Arabic
 * initials skip the article and stay unjoined ("عبد الله الثاني" → "ع‌ث"). Titles before a name ("Sir", "الملك") and
 * letters after one written in mixed case ("KCB") are passed over.
 */
export function initials(name: string): string {
  // A name with another spelling in brackets ("Li Qiang (李强)", "Xi Jinping [习近平]"): the name outside them.
  const outside = name.replace(/[(（[][^()（）[\]]*[)）\]]/gu, ' ').trim();
  if (outside !== name.trim() && /\p{L}/u.test(outside)) return initials(outside);
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(name)) {
    // Given name first: after the middle dot (・ ･ · ‧), else after a double hyphen (＝ =), comes the family name.
    const parts = name.split(/[・･·‧]/u);
    // A suffix ("ジュニア", Jr.) is no family name.
    const named = (parts.length > 1 ? parts : name.split(/[＝=]/u)).filter(
      (p) => !/^(ジュニア|シニア)$/u.test(p.trim()),
    );
    const family = named.at(-1) ?? name;
    return /(?![ンんッっャゃュゅョょァぁィぃゥぅェぇォぉヮゎヵヶー])\p{L}/u.exec(family)?.[0] ?? '';
  }
  const words = name.split(/\s+/).filter(Boolean);
  // A title before the name is no initial: "Sir Keir Starmer" → "KS", "الملك سلمان" (King Salman) → "س".
  while (words.length > 1 && (TITLE.test(words[0]!) || (words.length > 2 && STYLE.test(words[0]!)))) words.shift();
  // Nor are letters after a name written in mixed case: "Keir Starmer KCB KC" → "KS".
  const cased = words.some((w) => /\p{Ll}/u.test(w));
  const letters = words
    .filter((w, i) => !(i > 0 && cased && POST_NOMINAL.test(w)))
    // A generational suffix is no surname: "Martin Luther King Jr." → "MK".
    .filter((w) => !/^(jr|sr|ii|iii|iv)\.?,?$/iu.test(w))
    // An Arabic word's article (ال) is not its initial: "الحسين" → "ح". A letter keeps two marks at most (Å, ệ).
    .map((w) => /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}]\p{M}{0,2}/u.exec(w.replace(/^ال(?=\p{sc=Arabic}{2})/u, ''))?.[0])
    .filter((l) => l !== undefined);
  // No letter at all (a name written in emoji): its first symbol.
  if (!letters.length)
    return /\p{Extended_Pictographic}(\uFE0F|\u200D\p{Extended_Pictographic})*/u.exec(name)?.[0] ?? '';
  const pair = letters.length > 1 ? [letters[0]!, letters.at(-1)!] : letters;
  // Two Arabic letters would join into the shapes of one word: a zero-width non-joiner keeps them apart.
  return pair.join(/\p{sc=Arabic}/u.test(pair.join('')) ? '\u200c' : '').toUpperCase();
}

/**
 * A photo that cannot be loaded steps aside for the initials beneath it. Which URLs failed is kept by URL, not on the
 * element: a redraw (another order, another dataset) may give that `<img>` another leader's photo. One that loads
 * after all (a retry by the browser) shows again.
 */
const broken = new Set<string>();
const onPhoto = (event: Event) => {
  const img = event.target as HTMLImageElement;
  const failed = event.type === 'error';
  // As the dataset wrote it (`src` is the URL the browser resolved from it).
  const url = img.getAttribute('src') ?? '';
  if (failed) broken.add(url);
  else broken.delete(url);
  img.hidden = failed;
};

/** Avatar colours: one per country, in the dataset's order of countries, so one delegation shares a colour. */
const TONES = 8;

/** A role's name; `shared`: the summit has co-chairs, and each of its chairs is one. */
function roleName(role: LeaderRole, shared = false): string {
  return role === 'chair'
    ? shared
      ? msg('Co-chair')
      : msg('Chair')
    : role === 'host'
      ? msg('Host')
      : msg('Participant');
}

/**
 * @summary Every leader at the summit: name, office, country and role, the chair marked.
 *
 * @fires {SummitSelectEvent} summit-select - A leader was chosen (click, Enter or Space); `kind` is `leader`, `id` the leader id, `selected` false when choosing the chosen leader again (or Escape) clears it.
 * @fires {SummitErrorEvent} summit-error - Its own dataset (`src`, `data` or inline JSON) could not be loaded or is invalid; inside
 *   `<summit-data>` the provider fires it instead.
 * @fires {SummitLoadEvent} summit-load - Its own dataset was loaded and validated, and is shown (`event.summit`); inside
 *   `<summit-data>` the provider fires it instead.
 *
 * @slot - Fallback content the page writes inside the element: shown without JavaScript, before the element upgrades,
 *   and under the loading and error messages; hidden once the dataset is shown.
 *
 * @csspart heading - The widget's heading.
 * @csspart list - The list of leaders.
 * @csspart item - One list item.
 * @csspart leader - The button of one leader.
 * @csspart chosen - Also on the leader the reader chose: `::part(leader chosen)`.
 * @csspart avatar - The avatar (initials or photo).
 * @csspart badge - The "Chair" and "Host" badges.
 * @csspart country-code - The country's code after its name ("JP"), shown where there is room.
 * @csspart results - While a leader is chosen inside a `<summit-data>` with a timeline: the bar under the roster (kept at
 *   the foot of the screen while the roster is on it) whose button, `show-results`, takes the reader to the proposals.
 * @csspart show-results - The button of the results bar: "Show the 3 proposals".
 * @csspart message - Loading, error and empty messages.
 * @csspart status - The loading and empty messages (also `message`).
 * @csspart error - The error message (also `message`).
 * @csspart retry-button - "Try again", in the error message where the load may pass (no network, a timeout, a server error).
 *
 * @cssprop [--summit-roster-gap=0.5rem] - Space between leaders.
 * @cssprop [--summit-roster-min-column=17rem] - Narrowest grid column on wide containers (room for a long surname on one line).
 * @cssprop [--summit-avatar-size=2.75rem] - Avatar diameter.
 * @cssprop [--summit-color-accent=#0b5cad] - Accent colour (selection, badges).
 * @cssprop [--summit-sticky-bottom=0px] - Height of the page's own sticky footer, if any: the results bar stays above it.
 */
@customElement('summit-leader-roster')
export class SummitLeaderRoster extends SummitElement {
  static override styles = styles;

  /** `chair-first` (default) or `dataset` order. */
  @property({ converter: (value) => value ?? 'chair-first' }) order: 'chair-first' | 'dataset' = 'chair-first';

  private leaders: readonly Leader[] = [];

  constructor() {
    super();
    new RovingFocusController(this, 'button.leader');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('order') && this.order && this.order !== 'dataset' && this.order !== 'chair-first') {
      this.warn(`order ${JSON.stringify(this.order)} is not "chair-first" or "dataset": the chair comes first`);
    }
    const summit = this.summitData.summit;
    this.leaders = summit ? leadersInOrder(summit, this.order === 'dataset' ? 'dataset' : 'chair-first') : [];
  }

  /**
   * Each photo as its URL last loaded or failed (see `onPhoto`): an `<img>` a redraw hands another leader's photo shows
   * or hides for that one. Set here rather than bound: the browser's load and error events change it between updates.
   */
  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    for (const img of this.renderRoot.querySelectorAll('img')) img.hidden = broken.has(img.getAttribute('src') ?? '');
  }

  override render() {
    const title = this.headingOf(msg('Leaders'));
    return this.summitData.render((summit) => this.renderRoster(summit, title), title);
  }

  private renderRoster(summit: Summit, title: unknown) {
    const countries = indexOf(summit).countries;
    // A class, not an inline style: the server's output carries it too (a strict CSP blocks style attributes).
    const tones = new Map(summit.countries.map((c, i) => [c.code, `avatar tone-${i % TONES}`]));
    const selected = this.summitData.selection.leader;
    const locale = validLocale(this.locale);
    // Between the parts of a leader's name for a screen reader, as the page's language writes it ("、" in Japanese).
    const comma = listSeparator();
    // How many proposals choosing a leader shows (the timeline's leader filter, with the sector chosen, if any), so a
    // reader knows before choosing. In its own direction: "26 proposals" in a right-to-left layout too. With a sector
    // chosen, it is named after the count ("2 proposals · Energy"): the count is of that sector's, not all of theirs.
    const sector = this.summitData.selection.sector;
    const lang = this.dataLang(summit);
    const sectorName = sector && (indexOf(summit).sectors.get(sector)?.name ?? sector);
    const proposals = (l: Leader) => {
      const count = filterProposals(summit, { leader: l.id, sector }).length;
      const text =
        count === 0
          ? msg('No proposals')
          : count === 1
            ? msg('1 proposal')
            : msg(str`${formatNumber(locale, count)} proposals`);
      return html`<span class="proposals" dir="auto"
        ><span class="visually-hidden">${comma}</span>${text}${
          sectorName
            ? html`<span aria-hidden="true">${' · '}</span><span class="visually-hidden">${comma}</span
                ><bdi>${inLang(lang, sectorName)}</bdi>`
            : nothing
        }</span
      >`;
    };
    if (!this.leaders.length) {
      return html`${title}
        <p dir="auto" part="message" class="message" role="status">${msg('No leaders listed.')}</p>`;
    }
    return html`${title}
      <ul part="list" class="roster" role="list" @keydown=${this.clearOnEscape('leader')}>
        ${this.leaders.map((l) => {
          const country = countries.get(l.country)?.name ?? l.country;
          const badges = l.roles.filter((r) => r !== 'participant');
          return html`<li part="item">
            <button
              part=${selected === l.id ? 'leader chosen' : 'leader'}
              class="leader"
              type="button"
              ?disabled=${!this.interactive}
              aria-pressed=${ifDefined(this.interactive ? (selected === l.id ? 'true' : 'false') : undefined)}
              @click=${() => this.summitData.select({ kind: 'leader', id: l.id })}
            >
              <span part="avatar" class=${tones.get(l.country) ?? 'avatar'} aria-hidden="true">
                <span>${initials(l.name)}</span>${
                  l.photo
                    ? html`<img
                        src=${l.photo}
                        alt=""
                        loading="lazy"
                        referrerpolicy="no-referrer"
                        @error=${onPhoto}
                        @load=${onPhoto}
                      />`
                    : nothing
                }
              </span>
              <span class="name"
                ><span class="isolate" lang=${ifDefined(lang)}>${l.name}</span>${badges.map(
                  (r) =>
                    html`<span class="visually-hidden">${comma}</span
                      ><span part="badge" class="badge">${roleName(r, !!summit.coChairs?.length)}</span>`,
                )}</span
              ><span class="visually-hidden">${comma}</span>
              <span class="meta"
                >${inLang(lang, leaderOffice(l.title, l.country, country, lang))}${
                  // The code, for the eye, unless the line shows it already ("President of the EBRD"; "ASEAN" named so).
                  // The space before it is an expression: the build's template minifier drops one at a template's start.
                  country === l.country || showsCode(l.title, l.country)
                    ? nothing
                    : html`${' '}<abbr
                          part="country-code"
                          class="code"
                          title=${country}
                          lang=${ifDefined(lang)}
                          aria-hidden="true"
                          >${l.country}</abbr
                        >`
                }${badges.length ? nothing : html`<span class="visually-hidden">${comma}${roleName('participant')}</span>`}${
                  summit.proposals.length ? proposals(l) : nothing
                }</span
              >
            </button>
          </li>`;
        })}
      </ul>
      ${this.resultsBar('leader')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-leader-roster': SummitLeaderRoster;
  }
}
