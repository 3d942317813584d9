/** A profile that cannot be loaded: names the file (or profile id) and the path inside it. */
export class RegionProfileError extends Error {
  override readonly name = 'RegionProfileError';

  constructor(
    /** The file, or the profile id when the problem spans files (an inheritance cycle). */
    readonly source: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`${source}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
  }
}
