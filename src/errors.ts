export class GuanzhiError extends Error { constructor(message: string) { super(message); this.name = new.target.name; } }
export class OptionsError extends GuanzhiError {}
export class InputError extends GuanzhiError {}
export class DictionaryError extends GuanzhiError {
  constructor(public readonly file: string, public readonly line: number | null, reason: string) {
    super(`${file}${line != null ? `:${line}` : ''}: ${reason}`);
  }
}
