import { isRecord } from './is-record';

/**
 * The one definition of Planwright's settings. package.json's
 * `contributes.configuration` is generated from it (scripts/generate-manifest.mjs)
 * and a test fails when the two drift apart.
 */
export interface SettingSpec {
  readonly key: string;
  readonly type: 'boolean' | 'string' | 'number';
  readonly default: boolean | string | number;
  readonly minimum?: number;
  readonly enum?: readonly string[];
  readonly markdownDescription: string;
  readonly scope: 'resource' | 'window';
}

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'planwright.diagnostics.unopenedFiles',
    type: 'boolean',
    default: true,
    markdownDescription: 'Report problems in every plan file of the workspace, not only in the files open in the editor.',
    scope: 'window',
  },
  {
    key: 'planwright.codeLens.enabled',
    type: 'boolean',
    default: true,
    markdownDescription: 'Show above each `commitment` block how its trajectory compares with the target or this plan\'s fair share, and on catalog entries the number of responses.',
    scope: 'resource',
  },
  {
    key: 'planwright.inlayHints.enabled',
    type: 'boolean',
    default: true,
    markdownDescription: 'Show beside each trajectory value a target is judged on the requirement (the target, or this plan\'s fair share) and how the value stands against it, e.g. *fair share 42,194: short by 31%*.',
    scope: 'resource',
  },
  {
    key: 'planwright.hover.guidance',
    type: 'boolean',
    default: true,
    markdownDescription: 'Include the catalog\'s guidance on *what a good response shows* when hovering a commitment id.',
    scope: 'resource',
  },
  {
    key: 'planwright.files.maxFileSize',
    type: 'number',
    default: 32,
    minimum: 0.001,
    markdownDescription: 'The largest plan file, in megabytes, that is read. A larger file is reported (`unreadable-file`) and not read. The command line takes the same limit as `--max-file-size`.',
    scope: 'window',
  },
  {
    key: 'planwright.trace.server',
    type: 'string',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    markdownDescription: 'Trace the messages between VS Code and the Planwright language server in the *Planwright* output channel.',
    scope: 'window',
  },
];

export interface Settings {
  readonly unopenedFiles: boolean;
  readonly codeLens: boolean;
  readonly inlayHints: boolean;
  readonly hoverGuidance: boolean;
  /** The size limit per file, in bytes. */
  readonly maxFileBytes: number;
}

export const DEFAULT_SETTINGS: Settings = { unopenedFiles: true, codeLens: true, inlayHints: true, hoverGuidance: true, maxFileBytes: 32 * 1024 * 1024 };

/**
 * Reads the `planwright` section as a client sends it (nested objects, or
 * nothing at all) into Settings, falling back to defaults for anything
 * missing or of the wrong type. The only place raw settings are read.
 */
export function normaliseSettings(raw: unknown): Settings {
  const section = isRecord(raw) ? raw : {};
  const valueAt = (path: string): unknown => {
    let value: unknown = section;
    for (const part of path.split('.')) value = isRecord(value) ? value[part] : undefined;
    return value === undefined ? section[path] : value;
  };
  const flag = (path: string, fallback: boolean): boolean => {
    const value = valueAt(path);
    return typeof value === 'boolean' ? value : fallback;
  };
  const megabytes = valueAt('files.maxFileSize');
  return {
    unopenedFiles: flag('diagnostics.unopenedFiles', DEFAULT_SETTINGS.unopenedFiles),
    codeLens: flag('codeLens.enabled', DEFAULT_SETTINGS.codeLens),
    inlayHints: flag('inlayHints.enabled', DEFAULT_SETTINGS.inlayHints),
    hoverGuidance: flag('hover.guidance', DEFAULT_SETTINGS.hoverGuidance),
    maxFileBytes: typeof megabytes === 'number' && Number.isFinite(megabytes) && megabytes > 0 ? Math.round(megabytes * 1024 * 1024) : DEFAULT_SETTINGS.maxFileBytes,
  };
}
