/**
 * LaTeX in BibTeX fields to plain text: the inverse of lib/export/latex.ts, plus what Zotero,
 * JabRef, Google Scholar and publishers write (`{\"o}`, `\"{o}`, `\'\i`, `\textendash`,
 * `\emph{...}`, `{\em ...}`, `--`). TeX math (`$\ell_1$`, `\ensuremath{...}`) is kept as source, as
 * the shelf stores it.
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
  'textsuperscript',
  'textsubscript',
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

/**
 * Commands that print nothing themselves: font switches (`{\em Bidirectional}`, `{\bf x}`, as
 * older .bib files and publishers write emphasis), sizes, and the `\relax` and `\protect` that
 * BibTeX styles and case protection put in (`{\relax Ch}ebyshev`, `\protect\textsc{Foo}`).
 */
const SILENT_COMMANDS = new Set([
  'em',
  'bf',
  'it',
  'sl',
  'sc',
  'tt',
  'rm',
  'sf',
  'normalfont',
  'itshape',
  'bfseries',
  'scshape',
  'slshape',
  'upshape',
  'mdseries',
  'rmfamily',
  'sffamily',
  'ttfamily',
  'tiny',
  'scriptsize',
  'footnotesize',
  'small',
  'normalsize',
  'large',
  'Large',
  'LARGE',
  'huge',
  'Huge',
  'relax',
  'protect',
  'allowbreak',
  'nobreak',
]);

/** Accents on nothing (`\~{}`, `\^{}`, the old way to write ~ and ^ in a URL): the accent alone. */
const SPACING_ACCENTS: Record<string, string> = {
  '`': '`',
  "'": "'",
  '^': '^',
  '~': '~',
  '"': '\u00A8',
  '=': '\u00AF',
  '.': '\u02D9',
  u: '\u02D8',
  v: '\u02C7',
  H: '\u02DD',
  r: '\u02DA',
  c: '\u00B8',
  k: '\u02DB',
  d: '.',
  b: '_',
};

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

  /**
   * `$...$` as written, up to the next unescaped `$`, or `$$...$$` up to the next unescaped `$$`
   * (display maths, as lib/paper/tex-math.ts reads them); a lone `$` is a dollar sign.
   */
  private readMath(): string {
    const start = this.position;
    if (this.source[start + 1] === '$') {
      for (let i = start + 2; i < this.source.length - 1; i++) {
        const char = this.source[i];
        if (char === '\\') i++;
        else if (char === '$' && this.source[i + 1] === '$' && i > start + 2) {
          this.position = i + 2;
          return this.source.slice(start, i + 2);
        }
      }
      // No closing `$$`: the first is a dollar sign, the second may open `$...$`.
      this.position++;
      return '$';
    }
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

  /** Whether there were any. */
  private skipSpaces(): boolean {
    const start = this.position;
    while (/\s/.test(this.source[this.position] ?? '')) this.position++;
    return this.position > start;
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
    const spaceAfter = this.skipSpaces();
    const emptyGroup = this.source.startsWith('{}', this.position) && !(name in MARK_OF_ACCENT);
    if (emptyGroup) this.position += 2;
    const accent = MARK_OF_ACCENT[name];
    if (accent) return this.accent(accent);
    const letter = LETTER_OF_COMMAND[name] ?? SYMBOL_COMMANDS[name];
    if (letter !== undefined) return letter;
    if (TWO_ARGUMENT_TEXT_COMMANDS.has(name)) {
      this.readArgument();
      return this.readArgument();
    }
    if (TEXT_COMMANDS.has(name)) return this.readArgument();
    // Its argument is math, whatever mode TeX was in: kept as source, as `$...$` is.
    if (name === 'ensuremath') return `$${this.readArgumentSource()}$`;
    if (SILENT_COMMANDS.has(name)) return '';
    if (name === 'par' || name === 'newline') return this.lineBreak;
    // An unknown command with arguments (`\ce{CO2}`, `\mathbb{R}`): the loop reads them as the
    // text, as for \emph.
    if (!emptyGroup && this.source[this.position] === '{') return '';
    // Without (`\LaTeX`, `\TeX`, `\alpha` outside math): its name is the best text there is. A
    // word, so the space TeX drops after it stays: "\LaTeX is" is not "LaTeXis" (in TeX it
    // would be; BibTeX users write `\LaTeX{}` once they see that, and then there is no space).
    return spaceAfter && !emptyGroup ? `${name} ` : name;
  }

  /** The next argument as written: a `{group}`'s content, a control sequence or a character. */
  private readArgumentSource(): string {
    this.skipSpaces();
    const start = this.position;
    if (this.source[start] !== '{') {
      const token = /^(?:\\(?:[a-zA-Z]+|.)|.)/s.exec(this.source.slice(start))?.[0] ?? '';
      this.position += token.length;
      return token;
    }
    let depth = 0;
    for (; this.position < this.source.length; this.position++) {
      const char = this.source[this.position];
      if (char === '\\') this.position++;
      else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        this.position++;
        return this.source.slice(start + 1, this.position - 1);
      }
    }
    return this.source.slice(start + 1);
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
    // A lone combining mark would sit on whatever comes before it.
    if (!argument) return SPACING_ACCENTS[ACCENT_COMMANDS[mark] as string] ?? '';
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
