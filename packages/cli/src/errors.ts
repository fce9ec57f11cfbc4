/** An error the CLI reports as one clear line and a non-zero exit, without a stack. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** A row that could not be read: reported as `file:row: reason`, never dropped silently. */
export interface RowIssue {
  file: string;
  /** 1-based row number in the source (the sheet's, for XLSX). */
  row: number;
  sheet?: string;
  reason: string;
  /** The row was read, but a value in it was not (reported, not counted as an unreadable row). */
  warning?: boolean;
  /** For information only (a note under a table, a column that is not a catalogue field): nothing was lost. */
  info?: boolean;
}

export function formatIssue(issue: RowIssue): string {
  return `${issue.file}${issue.sheet ? `[${issue.sheet}]` : ''}:${issue.row}: ${issue.info ? 'note: ' : issue.warning ? 'warning: ' : ''}${issue.reason}`;
}
