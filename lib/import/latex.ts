/**
 * LaTeX in BibTeX fields to plain text: the inverse of lib/export/latex.ts, plus what Zotero,
 * JabRef, Google Scholar and publishers write (`{\"o}`, `\"{o}`, `\'\i`, `\textendash`,
 * `\emph{...}`, `--`). TeX math (`$\ell_1$`) is kept as source, as the shelf stores it.
 */
import { ACCENT_COMMANDS, LETTER_COMMANDS, SPECIAL_CHARACTERS } from '../export/latex';

const invert = (table: Record<string, string>) =>
  Object.fromEntries(Object.entries(table).map(([char, command]) => [command, char]));

/** `"` -> U+0308 and so on. */
const MARK_OF_ACCENT = invert(ACCENT_COMMANDS);
/** `ss` -> ß and so on. */
const LETTER_OF_COMMAND = invert(LETTER_COMMANDS);

/** Control words that stand for one character. */
const SYMBOL_COMMANDS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(SPECIAL_CHARACTERS)
      .filter(([, latex]) => latex.endsWith('{}'))
      .map(([char, latex]) => [latex.slice(1, -2), char]),
  ),
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  textquotesingle: "'",
  textquotedbl: '"',
  textunderscore: '_',
  textbraceleft: '{',
  textbraceright: '}',
  textdollar: '$',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  S: '§',
  P: '¶',
  copyright: '©',
  textcopyright: '©',
  textregistered: '®',
  texttrademark: '™',
  pounds: '£',
  textsterling: '£',
  texteuro: '€',
  euro: '€',
  textdegree: '°',
  dag: '†',
  ddag: '‡',
  textbullet: '•',
  guillemotleft: '«',
  guillemotright: '»',
  guillemetleft: '«',
  guillemetright: '»',
  nobreakspace: ' ',
  quad: ' ',
  qquad: ' ',
  dj: 'đ',
  DJ: 'Đ',
  th: 'þ',
  TH: 'Þ',
  dh: 'ð',
  DH: 'Ð',
  ng: 'ŋ',
  NG: 'Ŋ',
};

/** Commands whose (last) argument is the text: `\emph{x}` -> x, `\href{url}{x}` -> x. */
const TEXT_COMMANDS = new Set([
  'textit',
  'textbf',
  'textsc',
  'texttt',
  'textrm',
  'textsf',
  'textsl',
  'textup',
  'textmd',
  'textnormal',
  'emph',
  'mbox',
  'hbox',
  'text',
  'url',
  'NoCaseChange',
  'nocase',
  'uppercase',
  'lowercase',
]);
const TWO_ARGUMENT_TEXT_COMMANDS = new Set(['href']);

/** Control symbols (`\` + one non-letter) that are not accents. */
const CONTROL_SYMBOLS: Record<string, string> = {
  ' ': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  '-': '',
  '/': '',
  '@': '',
};

const DOTLESS_TO_DOTTED: Record<string, string> = { ı: 'i', ȷ: 'j' };

/** A run of characters that are text as they stand (not braces, commands, math or ligatures). */
const PLAIN_RUN = /[^{}\\$~\-'`?!]+/y;

class LatexReader {
  private position = 0;

  constructor(
    private readonly source: string,
    private readonly lineBreak: string,
  ) {}

  /** Reads until the end, or until the `}` that closes the group being read. */
  readText(insideGroup = false): string {
    let out = '';
    while (this.position < this.source.length) {
      const char = this.source[this.position] as string;
      if (char === '}') {
        this.position++;
        if (insideGroup) return out;
        continue; // A stray closing brace (the BibTeX parser balances them): nothing to print.
      }
      if (char === '{') {
        this.position++;
        out += this.readText(true);
      } else if (char === '\\') {
        out += this.readCommand();
      } else if (char === '$') {
        out += this.readMath();
      } else if (char === '~') {
        this.position++;
        out += ' ';
      } else {
        out += this.readPlainRun() || this.readLigatureOrChar();
      }
    }
    return out;
  }

  /** Characters with no meaning to TeX, in one slice (one character at a time is slow). */
  private readPlainRun(): string {
    PLAIN_RUN.lastIndex = this.position;
    const run = PLAIN_RUN.exec(this.source)?.[0] ?? '';
    this.position += run.length;
    return run;
  }

  private readLigatureOrChar(): string {
    const rest = this.source.slice(this.position, this.position + 3);
    for (const [tex, text] of [
      ['---', '—'],
      ['--', '–'],
      ["''", '”'],
      ['``', '“'],
      ['?`', '¿'],
      ['!`', '¡'],
    ] as const) {
      if (rest.startsWith(tex)) {
        this.position += tex.length;
        return text;
      }
    }
    this.position++;
    return rest[0] as string;
  }

  /** `$...$` as written, up to the next unescaped `$`; a lone `$` is a dollar sign. */
  private readMath(): string {
    const start = this.position;
    for (let i = start + 1; i < this.source.length; i++) {
      const char = this.source[i];
      if (char === '\\') i++;
      else if (char === '$') {
        this.position = i + 1;
        return this.source.slice(start, i + 1);
      }
    }
    this.position++;
    return '$';
  }

  private skipSpaces(): void {
    while (/\s/.test(this.source[this.position] ?? '')) this.position++;
  }

  /** The next argument: a `{group}`, a control sequence, or one character. */
  private readArgument(): string {
    this.skipSpaces();
    const char = this.source[this.position];
    if (char === undefined) return '';
    if (char === '{') {
      this.position++;
      return this.readText(true);
    }
    if (char === '\\') return this.readCommand();
    this.position++;
    return char;
  }

  private readCommand(): string {
    this.position++; // the backslash
    const name = /^(?:[a-zA-Z]+|.)/s.exec(this.source.slice(this.position))?.[0] ?? '';
    this.position += name.length;
    if (!/^[a-zA-Z]/.test(name)) return this.controlSymbol(name);
    // TeX drops the spaces after a control word; `{}` after it only ends the word.
    this.skipSpaces();
    if (this.source.startsWith('{}', this.position) && !(name in MARK_OF_ACCENT)) {
      this.position += 2;
    }
    const accent = MARK_OF_ACCENT[name];
    if (accent) return this.accent(accent);
    const letter = LETTER_OF_COMMAND[name] ?? SYMBOL_COMMANDS[name];
    if (letter !== undefined) return letter;
    if (TWO_ARGUMENT_TEXT_COMMANDS.has(name)) {
      this.readArgument();
      return this.readArgument();
    }
    if (TEXT_COMMANDS.has(name)) return this.readArgument();
    if (name === 'par' || name === 'newline') return this.lineBreak;
    // An unknown command (`\LaTeX`, `\TeX`): its name is the best text there is.
    return name;
  }

  private controlSymbol(symbol: string): string {
    const accent = MARK_OF_ACCENT[symbol];
    if (accent) return this.accent(accent);
    if (symbol === '\\') return this.lineBreak;
    if (symbol in CONTROL_SYMBOLS) return CONTROL_SYMBOLS[symbol] as string;
    return symbol; // \{ \} \$ \& \% \# \_ and any other escaped character
  }

  /** The argument with the combining mark on its first character, composed (NFC). */
  private accent(mark: string): string {
    const argument = this.readArgument();
    const [first = '', ...rest] = argument;
    const base = DOTLESS_TO_DOTTED[first] ?? first;
    return (base + mark).normalize('NFC') + rest.join('');
  }
}

export interface DecodeOptions {
  /** Keep line breaks (notes); otherwise every whitespace run is one space (titles, names). */
  keepLineBreaks?: boolean;
}

export function decodeLatex(latex: string, options: DecodeOptions = {}): string {
  const text = new LatexReader(latex, options.keepLineBreaks ? '\n' : ' ').readText();
  if (!options.keepLineBreaks) return text.replace(/\s+/g, ' ').trim();
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
