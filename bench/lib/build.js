/**
 * Builds what the benchmark loads and weighs into bench/.build/ (gitignored): one production
 * bundle per bench page (esbuild), the CDN bundle (the project's own vite config), and each
 * package entry with Lit left external. Bundles are named *.min.js.
 */
import { build as esbuild } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COMPILE_HINT } from '../../scripts/lib/compile-hint.mjs';

/**
 * Our sources as they ship: the CDN bundle (vite.config.ts) and the npm build (scripts/minify-dist.mjs) minify the
 * css`` and html`` literals, so the pages measure templates without their indentation (and without the whitespace
 * text nodes it would put in every shadow root).
 */
export const shippedTemplates = {
  name: 'shipped-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      if (/[\\/]node_modules[\\/]/.test(path)) return undefined;
      const code = await readFile(path, 'utf8');
      const result = /\b(css|html|svg)\s*`/.test(code) ? await minifyHTMLLiterals(code, { fileName: path }) : null;
      return { contents: result ? result.code : code, loader: 'ts' };
    });
  },
};

/** esbuild options every bundle shares: minified ES2022, production Lit (no `development` condition). */
const COMMON = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.json': 'json' },
  // UTF-8 out, as Vite and rolldown write it (the CDN bundle too): esbuild's default writes every other character as
  // \uXXXX, six bytes for a Cyrillic letter or a curly quote, which no consumer's bundle carries.
  charset: 'utf8',
};

/** Every specifier that resolves into Lit's own packages. */
export const LIT_EXTERNAL = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
];

const message = (e) =>
  e.errors?.[0] ? `${e.errors[0].text} (${e.errors[0].location?.file ?? ''})` : String(e.message ?? e);

/**
 * Bundles each page entry on its own, so a page whose source does not compile yet does not stop
 * the others. Returns {name: error} for the ones that failed.
 */
export async function buildPages(root, names) {
  const outdir = join(root, 'bench/.build');
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const failed = {};
  await Promise.all(
    names.map(async (name) => {
      try {
        await esbuild({
          ...COMMON,
          absWorkingDir: root,
          entryPoints: { [`${name}.min`]: join(root, 'bench/pages', `${name}.js`) },
          outdir,
          plugins: [shippedTemplates],
          // As the CDN bundle ships (scripts/lib/compile-hint.mjs); every page the harness bundles gets it, the peers'
          // too (d3-cloud, wordcloud2.js), as a newsroom's bundle would. TimelineJS3 loads its own files, as shipped.
          banner: { js: COMPILE_HINT },
        });
      } catch (e) {
        failed[name] = message(e);
      }
    }),
  );
  return failed;
}

/**
 * The CDN bundle exactly as the project ships it (vite.config.ts), written to
 * bench/.build/cdn/summit-widgets.min.js. When vite cannot build it, the result is an error:
 * nothing else stands in for the bundle the project ships.
 */
export async function buildCdn(root) {
  const outDir = join(root, 'bench/.build/cdn');
  const file = join(outDir, 'summit-widgets.min.js');
  try {
    const { build } = await import('vite');
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: {
        outDir: relative(root, outDir),
        emptyOutDir: true,
        // As shipped: each file ends with its sourceMappingURL line, which is weighed with it (the maps are not).
        sourcemap: true,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'summit-widgets.min.js' },
      },
    });
    // Every file an English page loads: the entry and its shared chunks, not the on-demand translations.
    const files = (await readdir(outDir))
      .filter((f) => f.endsWith('.js') && !/^chunk-(ja|ru)-/.test(f))
      .map((f) => join(outDir, f));
    return { file, files, by: 'vite build (vite.config.ts)' };
  } catch (e) {
    return { error: message(e) };
  }
}

/**
 * Bundles package entries with Lit external, plus "Lit as these entries use it" (every Lit
 * module they import, whole) and plain `lit`. Returns {name: {file} | {error}}.
 */
export async function buildEntries(root, entries) {
  const outdir = join(root, 'bench/.build/entries');
  await mkdir(outdir, { recursive: true });
  const out = {};
  const litImports = new Set(['lit']);
  await Promise.all(
    Object.entries(entries).map(async ([name, src]) => {
      const slug = `entry-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
      try {
        // Split like the npm package is used by a bundler: the ja and ru translations become chunks loaded on
        // demand, so an entry's weight is what an English page loads with it (its static import closure).
        const result = await esbuild({
          ...COMMON,
          absWorkingDir: root,
          entryPoints: { [`${slug}.min`]: join(root, src) },
          outdir: join(outdir, slug),
          splitting: true,
          chunkNames: 'chunk-[name]-[hash].min',
          external: LIT_EXTERNAL,
          metafile: true,
        });
        const outputs = result.metafile.outputs;
        for (const output of Object.values(outputs))
          for (const imp of output.imports) if (imp.external) litImports.add(imp.path);
        const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint);
        const files = new Set();
        const visit = (o) => {
          if (files.has(o)) return;
          files.add(o);
          for (const imp of outputs[o].imports) if (!imp.external && imp.kind === 'import-statement') visit(imp.path);
        };
        visit(entryOut);
        out[name] = {
          file: join(root, entryOut),
          files: [...files].map((o) => join(root, o)),
        };
      } catch (e) {
        out[name] = { error: message(e) };
      }
    }),
  );
  const bundleOf = async (name, specifiers) => {
    const contents = [...specifiers]
      .sort()
      .map((s, i) => `export * as m${i} from '${s}';`)
      .join('\n');
    const file = join(outdir, `${name}.min.js`);
    await esbuild({ ...COMMON, absWorkingDir: root, stdin: { contents, resolveDir: root }, outfile: file });
    return { file, modules: [...specifiers].sort() };
  };
  out['lit (as used)'] = await bundleOf('lit-as-used', litImports);
  out.lit = await bundleOf('lit', ['lit']);
  return out;
}

/** A peer library bundled and minified from its npm package (for the ones that ship no .min). */
export async function bundlePeer(root, name, contents) {
  const file = join(root, 'bench/.build/entries', `${name}.min.js`);
  await esbuild({ ...COMMON, absWorkingDir: root, stdin: { contents, resolveDir: root }, outfile: file });
  return file;
}

/**
 * Where the bundle's bytes come from: minified bytes of src/index.ts bundled by esbuild, grouped
 * by package (node_modules) or by folder of src/. Before compression, so shares, not gzip sizes.
 */
export async function breakdown(root, entry) {
  const result = await esbuild({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: [join(root, entry)],
    outfile: join(root, 'bench/.build/breakdown.min.js'),
    write: false,
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  const groups = new Map();
  for (const [path, input] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const parts = path.split('/');
    const group = pkg ?? (parts[1] === 'components' ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/'));
    groups.set(group, (groups.get(group) ?? 0) + input.bytesInOutput);
  }
  return {
    total: output.bytes,
    groups: [...groups]
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([source, bytes]) => ({ source, bytes })),
  };
}
