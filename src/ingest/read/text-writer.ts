/** Lines of text, each with the place in the source file it comes from (`p3:l12`, `¶41`). */
export class TextWriter {
  private readonly lines: string[] = [];
  private readonly places: string[] = [];

  line(text: string, place: string): void {
    this.lines.push(text);
    this.places.push(place);
  }

  /** A blank line, unless the text is empty or already ends in one. */
  blank(place: string): void {
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.line('', place);
  }

  /** The last line written, '' when nothing was. */
  get last(): string {
    return this.lines.at(-1) ?? '';
  }

  set last(text: string) {
    this.lines[this.lines.length - 1] = text;
  }

  result(): { text: string; places: string[] } {
    while (this.lines.at(-1) === '') {
      this.lines.pop();
      this.places.pop();
    }
    return { text: `${this.lines.join('\n')}\n`, places: this.places };
  }
}
