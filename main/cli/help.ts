import type { TFunction } from 'i18next';
import { LANGUAGES } from '@shared/languages';
import type { CliCommandSpec } from './framework';

/** The --lang placeholder, from the one language list (shared/languages.ts). */
const LANG_VALUE = `<${LANGUAGES.join('|')}>`;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));

function optionLabel(name: string, spec: NonNullable<CliCommandSpec['options']>[string]): string {
  return `--${name}${spec.type === 'string' ? ` ${name === 'lang' ? LANG_VALUE : '<value>'}` : ''}`;
}

export function formatMainHelp(t: TFunction, commands: CliCommandSpec[]): string {
  const names = commands.map((command) => command.words.join(' '));
  const width = Math.max(...names.map((name) => name.length)) + 3;
  const lines = [
    t('cli.usage'),
    '',
    t('cli.description'),
    '',
    t('cli.commandsTitle'),
    ...commands.map((command, i) => `  ${pad(names[i]!, width)}${t(`${command.key}.summary`)}`),
    '',
    t('cli.globalOptionsTitle'),
    `  ${pad('--help, -h', 20)}${t('cli.options.help')}`,
    `  ${pad('--version, -v', 20)}${t('cli.options.version')}`,
    `  ${pad(`--lang ${LANG_VALUE}`, 20)}${t('cli.options.lang')}`,
    `  ${pad('--json', 20)}${t('cli.options.json')}`,
    '',
    t('cli.exitCodesTitle'),
    t('cli.environmentTitle'),
    t('cli.moreHelp'),
  ];
  return `${lines.join('\n')}\n`;
}

export function formatCommandHelp(t: TFunction, command: CliCommandSpec): string {
  const options = Object.entries(command.options ?? {});
  const labels = options.map(([name, spec]) => optionLabel(name, spec));
  const width = Math.max(20, ...labels.map((label) => label.length + 3));
  const usage = t(`${command.key}.usage`, { defaultValue: '' }) || `mailjet-odoo ${command.words.join(' ')} [options]`;
  const lines = [
    usage,
    '',
    t(`${command.key}.summary`),
    ...(options.length
      ? [
          '',
          t('cli.optionsTitle'),
          ...options.map(
            ([name], i) =>
              `  ${pad(labels[i]!, width)}${t(`${command.key}.options.${name}`)}${command.required?.includes(name) ? ' *' : ''}`,
          ),
        ]
      : []),
    '',
    t('cli.globalOptionsTitle'),
    `  ${pad(`--lang ${LANG_VALUE}`, width)}${t('cli.options.lang')}`,
    `  ${pad('--json', width)}${t('cli.options.json')}`,
  ];
  return `${lines.join('\n')}\n`;
}
