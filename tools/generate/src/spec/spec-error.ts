/** Input this tool refuses (a spec, a lock), naming the file or field it comes from. */
export class SpecError extends Error {
  override name = "SpecError";
  readonly location: string;
  constructor(location: string, detail: string) {
    super(`${location}: ${detail}`);
    this.location = location;
  }
}
