// Exit codes are part of the CLI's interface: documented in --help and README.
export const ExitCode = {
  ok: 0,
  /** The data is invalid, or `validate` found a disagreement. */
  invalidData: 1,
  /** Bad option or argument, or the wrong kind of file was given. */
  usage: 2,
  /** The input path does not exist or holds no records. */
  notFound: 3,
  /** An output file exists and --force was not given. */
  outputExists: 4,
  /** Any other read or write failure. */
  io: 5,
  /** A bug: please report it (with --debug output). */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export const EXIT_CODE_HELP = `Exit codes:
  0   success
  1   invalid data (bad record, bad summary, or validate found a difference)
  2   usage error (unknown option, bad argument, wrong kind of file)
  3   input not found (missing path, or a directory without profile_export.jsonl)
  4   output file exists (pass --force to overwrite)
  5   other read/write error
  70  internal error (run again with --debug and report it)`;
