// The custom-elements manifest of @gov-disclosure/elements, generated from the elements' doc
// comments (`npm run manifest`; part of the build): it feeds editors, Storybook and docs.
// VS Code's HTML data (tags, attributes, descriptions) is written beside it.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

export default {
  globs: ['packages/elements/src/components/*/*.ts', 'packages/elements/src/base/gov-*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/components/*/gov-*.ts'],
  outdir: 'packages/elements',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({ outdir: 'packages/elements', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
  ],
};
