/** A reason to stop before anything is built or published; `fix` tells the user what to change. */
export class ReleaseRefusal extends Error {
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.name = "ReleaseRefusal";
    this.fix = fix;
  }
}
