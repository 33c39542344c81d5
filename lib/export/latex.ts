/**
 * Plain text to LaTeX for BibTeX fields, and the tables lib/import/latex.ts reads back with.
 *
 * - TeX math that a page shows as source (`$\ell_1$`, arXiv titles keep it) goes through as it is,
 *   when it is safe: balanced braces and no character that would end the field or the line.
 *   Dollar signs of prices (`from $1M to $10M`) are not math (lib/paper/tex-math.ts).
 * - Everything else is text: the ten LaTeX special characters are escaped, accented Latin letters
 *   become `{\"o}`-style commands (BibTeX sorts and lower-cases those correctly, and they survive
 *   any input encoding), other characters stay UTF-8 (biber and modern LaTeX read it).
 * - The result always has balanced braces: a stray `{` or `}` in a title can never swallow the
 *   rest of the .bib file.
 */
import { splitTexMath, texSource } from '../paper/tex-math';

/** Combining marks (NFD) to the LaTeX accent command that draws them. */
export const ACCENT_COMMANDS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};

/** Letters that are not a base letter plus an accent, as the OT1 font commands LaTeX has. */
export const LETTER_COMMANDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  ȷ: 'j',
  å: 'aa',
  Å: 'AA',
};

/** ASCII characters that mean something to LaTeX, as the text they stand for. */
export const SPECIAL_CHARACTERS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 text font these print as ¡, ¿ and —.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** `\"o`, but `\c{c}` (a command named by a letter) and `\'{\"u}` (an accent on an accent). */
function accented(command: string, base: string): string {
  return /^[a-zA-Z]$/.test(command) || base.length > 1
    ? `\\${command}{${base}}`
    : `\\${command}${base}`;
}

/**
 * BibTeX counts every brace, escaped or not, to find where a field ends: `\{` is safe only
 * when the text's own braces pair up. Otherwise braces are written as brace-free commands.
 */
const UNPAIRED_BRACES: Record<string, string> = {
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
};

function bracesPairUp(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function escapeCharacter(char: string, pairedBraces: boolean): string {
  if (!pairedBraces && UNPAIRED_BRACES[char]) return UNPAIRED_BRACES[char];
  const special = SPECIAL_CHARACTERS[char];
  if (special) return special;
  if (char.charCodeAt(0) < 0x80) return char;
  const letter = LETTER_COMMANDS[char];
  if (letter) return `{\\${letter}}`;
  const [base = '', ...marks] = char.normalize('NFD');
  const commands = marks.map((mark) => ACCENT_COMMANDS[mark]);
  if (!/^[a-zA-Z]$/.test(base) || marks.length === 0 || commands.some((c) => c === undefined)) {
    return char;
  }
  let result = base;
  for (const command of commands) result = accented(command as string, result);
  return `{${result}}`;
}

/** Character pairs TeX fonts turn into one glyph: -- (en dash), '' and `` (quotes), ?` and !`. */
function isLigature(previous: string, char: string): boolean {
  return (
    ((char === '-' || char === "'" || char === '`') && previous === char) ||
    (char === '`' && (previous === '?' || previous === '!'))
  );
}

/** ASCII that is text as it stands: no LaTeX specials, no half of a ligature pair. */
const PLAIN_ASCII_RUN = /[ "()*+,./0-9:;=@A-Z[\]a-z]+/y;

/**
 * Whatever escaping or toLatex would change: a character other than tab, line breaks and the
 * printable ASCII that means nothing to LaTeX (so any special, `$`, control character or
 * non-ASCII character), or a ligature pair (see isLigature). Text without one is its own LaTeX;
 * most titles, names and abstracts are such text, and one test of it costs far less than
 * normalizing, looking for math and escaping run by run. test/lib/export/latex.test.ts checks
 * this against the escaper for every ASCII character and pair.
 */
const NEEDS_ESCAPING = /[^\t\n\r !"'()*+,\-./0-9:;=?@A-Z[\]`a-z]|--|''|``|[?!]`/;

/**
 * Text (no math) to LaTeX; `{}` keeps ligature pairs as the characters they are.
 * `pairedBraces`: whether the braces of the whole field pair up (see UNPAIRED_BRACES).
 */
export function escapeLatexText(text: string, pairedBraces = bracesPairUp(text)): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  const source = text.normalize('NFC');
  let out = '';
  let previous = '';
  for (let i = 0; i < source.length; ) {
    // Most text is plain ASCII: copied a run at a time, not a character at a time.
    PLAIN_ASCII_RUN.lastIndex = i;
    const run = PLAIN_ASCII_RUN.exec(source)?.[0];
    if (run) {
      out += run;
      previous = run.at(-1) as string;
      i += run.length;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(i) as number);
    if (isLigature(previous, char)) out += '{}';
    out += escapeCharacter(char, pairedBraces);
    previous = char;
    i += char.length;
  }
  return out;
}

/**
 * Math that can go into a BibTeX field verbatim: braces balance (so the field cannot end early),
 * and no unescaped `%` (a TeX comment would eat the closing brace), `#` or `&` (errors in math).
 * Braces balance as BibTeX counts them: `\{` and `\}` count too (see UNPAIRED_BRACES), so `$\{$`
 * is not safe, however well TeX would typeset it.
 */
function isSafeMath(math: string): boolean {
  let depth = 0;
  for (let i = 0; i < math.length; i++) {
    const char = math[i];
    if (char === '\\') {
      // `\%`, `\#`, `\&` are text in math; an escaped brace is still a brace to BibTeX.
      const next = math[i + 1];
      if (next !== '{' && next !== '}') i++;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
    else if (char === '%' || char === '#' || char === '&' || char === '\n') return false;
  }
  return depth === 0 && !math.endsWith('\\$');
}

export interface LatexOptions {
  /** Brace words with inner capitals (`{BERT}`, `{LoRA}`) so styles that lower-case keep them. */
  protectCase?: boolean;
}

/**
 * A word BibTeX styles must not lower-case, not a Title-Case word or compound (`Attention`,
 * `Fine-Tuning`, `Gauge/Gravity`). Its capitals name something, in one of its hyphen- or
 * slash-separated parts:
 * - a capital after the first letter of the part (`LoRA`, `BERT`, `GPT-4`): a letter and, later
 *   in the same part of the same word, a capital;
 * - a capital next to a digit (`3D`, `70B`, `4K`, `T5`, `Qwen2.5`), which is never a word's
 *   first letter: styles would print `3d` and `t5`;
 * - a part that is one capital letter, in a word of several parts (`U-Net`, `X-ray`, `A/B`,
 *   `Top-K`): a symbol or initial, not the first letter of a word.
 * One regex over the text, rather than a split and a test per part: every alternative stays
 * inside one word, so it tests a whole title as well as one word.
 */
/** What separates the parts of a word: a hyphen, a slash or a Unicode dash. */
const SEPARATOR = String.raw`\-/\u2010-\u2015`;
/** Any character of the same part of the same word. */
const IN_PART = String.raw`[^\s${SEPARATOR}]`;
/** Any character of the same part that is not a letter. */
const NON_LETTER_IN_PART = String.raw`[^\s\p{L}${SEPARATOR}]`;

const CASE_SENSITIVE_CAPITAL = new RegExp(
  [
    String.raw`\p{L}${IN_PART}*\p{Lu}`,
    String.raw`\p{Lu}\p{Nd}|\p{Nd}\p{Lu}`,
    // A one-letter part before a separator: no letter before the capital in its part, none after.
    String.raw`(?<!\p{L}${IN_PART}*)\p{Lu}${NON_LETTER_IN_PART}*[${SEPARATOR}]`,
    // A one-letter part after a separator.
    String.raw`[${SEPARATOR}]${NON_LETTER_IN_PART}*\p{Lu}(?!${IN_PART}*\p{L})`,
  ].join('|'),
  'u',
);

function needsCaseProtection(word: string): boolean {
  return CASE_SENSITIVE_CAPITAL.test(word);
}

const WORD = /\S+/g;

/** Escapes each word, bracing those that need it; the whitespace between them stays as it is. */
function protectWords(text: string, pairedBraces: boolean): string {
  // One pass over the words, rather than split, map and join.
  return text.replace(WORD, (word) => {
    const escaped = escapeLatexText(word, pairedBraces);
    return needsCaseProtection(word) ? `{${escaped}}` : escaped;
  });
}

/** A stretch of text without math, as toLatex writes it. */
function textToLatex(text: string, pairedBraces: boolean, protectCase: boolean): string {
  return protectCase ? protectWords(text, pairedBraces) : escapeLatexText(text, pairedBraces);
}

/** Control characters TeX cannot typeset and BibTeX readers choke on (tab and newlines stay). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Any text (title, name, abstract, note) to the content of a braced BibTeX field. */
export function toLatex(input: string, options: LatexOptions = {}): string {
  const protectCase = Boolean(options.protectCase);
  // Plain text: nothing to normalize, strip or escape, no braces to pair and no math; and when
  // no word of it needs case protection either (most titles), nothing to do word by word.
  if (!NEEDS_ESCAPING.test(input)) {
    return protectCase && needsCaseProtection(input) ? protectWords(input, true) : input;
  }
  const text = input.normalize('NFC').replace(CONTROL_CHARACTERS, '');
  const pairedBraces = bracesPairUp(text);
  let out = '';
  // Text waiting to be escaped: unsafe maths joins it, so words are protected as they stand.
  let pending = '';
  for (const part of splitTexMath(text)) {
    if (typeof part === 'string') {
      pending += part;
      continue;
    }
    const math = texSource(part);
    // Unsafe maths is text: its two `$` are escaped.
    if (!isSafeMath(math)) {
      pending += math;
      continue;
    }
    out += textToLatex(pending, pairedBraces, protectCase);
    pending = '';
    // Capitals in math (`$\Omega$`) are braced too: BibTeX's change.case$ does not know math.
    out += protectCase && /[A-Z]/.test(math) ? `{${math}}` : math;
  }
  return out + textToLatex(pending, pairedBraces, protectCase);
}
