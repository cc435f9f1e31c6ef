import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'src/locales/',
      'bench/results/',
      'bench/.build/',
      '**/*.min.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
      // Safari drops list semantics from lists styled with list-style: none; role="list" restores them.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval in this codebase (strict CSP).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (strict CSP).' },
        {
          selector: "ImportSpecifier[imported.name='unsafeHTML']",
          message: 'No unsafeHTML: render text, never markup.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No innerHTML: render with Lit templates.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'lit-a11y/click-events-have-key-events': 'off' },
  },
);
