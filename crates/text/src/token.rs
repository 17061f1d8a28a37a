//! The tokenizer: words, numbers, Latin, punctuation, hashtags, URLs and e-mail addresses,
//! each with its byte range in the original text.
//!
//! White space and bidi controls between tokens are skipped; every other character of the
//! text belongs to exactly one token. Harakat, tatweel and joiners inside a word stay in it.
//!
//! A proclitic that a writer cut off with a tatweel or glued to a quote stays attached to the
//! word it belongs to: `لـ"داعش"` gives the token `لـ"داعش` (the closing quote is its own
//! token), `بـ”دولة الخلافة”` gives `بـ”دولة`, and `الـ24` is one number token.

use std::sync::OnceLock;

use crate::fold::{is_mark, Folded};
use crate::hash::filter_mix;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An Arabic word (letters, with any harakat and tatweel).
    Word,
    /// Digits of any script, with inner separators: `3.5`, `1,000`, `٣٠٠٠`, `الـ24`.
    Number,
    /// A word in Latin or another non-Arabic script, digits allowed after the first letter.
    Latin,
    /// A run of one punctuation character: `.`, `...`, `«`, `،`.
    Punct,
    /// `#` and the word after it.
    Hashtag,
    Url,
    Email,
    /// Anything else that is not white space: symbols, emoji, stray marks.
    Symbol,
}

/// One token: its kind and byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token as written.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// True for the letters of Arabic script (base letters and presentation forms).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FD3D}'
        | '\u{FD50}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// True for a decimal digit of the ASCII, Arabic-Indic or Persian series.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Punctuation that ends a sentence rather than the URL it follows.
const URL_TRAILING_PUNCTUATION: [char; 13] =
    ['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '،', '؛', '؟'];

const TATWEEL: char = '\u{0640}';
const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Characters that continue an Arabic word once it has started.
fn continues_arabic_word(c: char) -> bool {
    is_arabic_letter(c) || is_mark(c) || c == TATWEEL || c == ZWNJ || c == ZWJ
}

/// Separators that stay inside a number when a digit follows: `3.5`, `1,000`, `٣٫٥`.
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
}

/// Quote marks that may open a quotation right after a proclitic.
fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '«' | '“' | '”' | '„' | '‘' | '’')
}

/// White space and invisible controls (bidi marks, joiners, BOM, soft hyphen): what separates
/// tokens without being one, and what sentences are trimmed of.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
            | '«' | '»' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{FD3E}' | '\u{FD3F}'
            | '\u{3001}' | '\u{3002}' | '¡' | '¿' | '·')
}

/// Letters of the proclitic clusters that a writer may cut off with a tatweel or a quote:
/// و ف ب ك ل س and the article ال, in any of their combinations (`لـ`, `بالـ`, `وللـ`).
fn is_detachable_proclitic(word: &str) -> bool {
    const CLUSTERS: &[&str] = &[
        "ل", "ب", "ك", "و", "ف", "ال", "لل", "بال", "كال", "وال", "فال", "ولل", "فلل", "وب", "ول", "وك",
        "فب", "فل", "فك", "وبال", "فبال", "وكال",
    ];
    // The longest cluster, وبال, and a tatweel: ten bytes. Longer words are never clusters.
    const LONGEST_BYTES: usize = 10;
    if word.len() > LONGEST_BYTES {
        return false;
    }
    let letters = || word.chars().filter(|&c| is_arabic_letter(c));
    // Every cluster is made of these letters: a word with any other (most short words before
    // a closing quote, `"داعش"`) is none, found without comparing it with every cluster.
    if letters().any(|c| !matches!(c, 'ل' | 'ب' | 'ك' | 'و' | 'ف' | 'ا')) {
        return false;
    }
    CLUSTERS.iter().any(|cluster| letters().eq(cluster.chars()))
}

/// What the tokenizer needs to know of a character, as bit flags.
pub(crate) type Class = u8;
pub(crate) const LETTER: Class = 1; // an Arabic letter
pub(crate) const IN_WORD: Class = 2; // continues an Arabic word: harakat, tatweel, joiners
pub(crate) const DIGIT: Class = 4;
pub(crate) const SEPARATOR: Class = 8;
pub(crate) const PUNCTUATION: Class = 16;
pub(crate) const ALPHANUMERIC: Class = 32; // a letter or digit of any script
pub(crate) const MARK: Class = 64; // a combining mark folding drops

fn class_by_rules(c: char) -> Class {
    let mut class = 0;
    let flags = [
        (is_arabic_letter(c), LETTER | IN_WORD),
        (is_mark(c) || c == TATWEEL || c == ZWNJ || c == ZWJ, IN_WORD),
        (is_mark(c), MARK),
        (is_digit(c), DIGIT),
        (is_separator(c), SEPARATOR),
        (is_punctuation(c), PUNCTUATION),
        (c.is_alphanumeric(), ALPHANUMERIC),
    ];
    for (holds, flag) in flags {
        if holds {
            class |= flag;
        }
    }
    class
}

/// Characters below this code point (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic) are
/// classified by table; the rest by the rules.
const TABLE_SIZE: usize = 0x800;

fn class_table() -> &'static [Class; TABLE_SIZE] {
    static TABLE: OnceLock<[Class; TABLE_SIZE]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0; TABLE_SIZE];
        for (code, class) in table.iter_mut().enumerate() {
            *class = char::from_u32(code as u32).map_or(0, class_by_rules);
        }
        table
    })
}

/// The class of one character, by table where it can.
#[inline]
pub(crate) fn class_of(c: char) -> Class {
    match class_table().get(c as usize) {
        Some(&class) => class,
        None => class_by_rules(c),
    }
}

/// True for the characters words are made of: letters and digits of any script, and the
/// marks and joiners inside Arabic words. Table-driven: cheap enough for per-character loops.
#[inline]
pub fn is_word_char(c: char) -> bool {
    class_of(c) & (LETTER | IN_WORD | DIGIT | ALPHANUMERIC) != 0
}

/// A cursor over the text that decodes characters straight from the bytes.
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    table: &'static [Class; TABLE_SIZE],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { text, bytes: text.as_bytes(), table: class_table(), pos: 0 }
    }

    /// The character at byte `at` (a character boundary) and its class.
    #[inline]
    fn char_at(&self, at: usize) -> Option<(char, Class)> {
        let first = *self.bytes.get(at)?;
        let c = if first < 0x80 {
            char::from(first)
        } else if first < 0xE0 {
            let second = self.bytes.get(at + 1).copied().unwrap_or(0);
            let code = (u32::from(first & 0x1F) << 6) | u32::from(second & 0x3F);
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
        } else {
            self.text.get(at..)?.chars().next()?
        };
        let class = match self.table.get(c as usize) {
            Some(&class) => class,
            None => class_by_rules(c),
        };
        Some((c, class))
    }

    fn peek_at(&self, at: usize) -> Option<char> {
        self.char_at(at).map(|(c, _)| c)
    }

    /// Advances over characters whose class has one of the `flags`; returns the end offset.
    /// One- and two-byte characters (the letters of a word) are classified from their bytes,
    /// and the step read off the first byte, without building the character.
    #[inline]
    fn skip_class(&self, mut at: usize, flags: Class) -> usize {
        while let Some(&first) = self.bytes.get(at) {
            let (class, len) = if first < 0x80 {
                (self.table[usize::from(first)], 1)
            } else if let (0xC0..=0xDF, Some(&second)) = (first, self.bytes.get(at + 1)) {
                (self.table[(usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F)], 2)
            } else {
                let Some((c, class)) = self.char_at(at) else { break };
                (class, c.len_utf8())
            };
            if class & flags == 0 {
                break;
            }
            at += len;
        }
        at
    }

    /// Advances over the letters, harakat and tatweel of the basic Arabic block (U+0620 to
    /// U+065F, `D8 A0` to `D9 9F` in UTF-8: all continue a word) from `at`; returns where
    /// they end. Two byte compares a letter instead of decoding it and asking the table: the
    /// letters of nearly every word. [`Scanner::skip_class`] goes on over the rest.
    #[inline(always)]
    fn skip_basic_arabic(&self, mut at: usize) -> usize {
        // Two letters at once while four bytes are left: the four bytes read as one number
        // less `D8A0` in each half (added `2760`, `275F` in the top half, as the bottom half
        // in range always carries one into it), and both halves in range exactly when each
        // comes out below `100`. A letter then takes about half the instructions it took
        // alone; the pair loop below takes the last letter of a word of odd length.
        let quads_end = self.bytes.len().saturating_sub(3);
        while at < quads_end {
            let (Some(&a), Some(&b), Some(&c), Some(&d)) =
                (self.bytes.get(at), self.bytes.get(at + 1), self.bytes.get(at + 2), self.bytes.get(at + 3))
            else {
                break;
            };
            if u32::from_be_bytes([a, b, c, d]).wrapping_add(0x275F_2760) & 0xFF00_FF00 != 0 {
                break;
            }
            at += 4;
        }
        // Bounded by the last byte but one, so that both bytes of a pair are read with no
        // bounds check of their own (`get(at..at + 2)` tested `at + 2` for overflow too).
        let pairs_end = self.bytes.len().saturating_sub(1);
        while at < pairs_end {
            let (Some(&first), Some(&second)) = (self.bytes.get(at), self.bytes.get(at + 1)) else { break };
            // One range test on the two bytes, not a branch on the first: letters are read
            // off both `D8` and `D9` in turn, which a branch would mispredict. The text is
            // UTF-8, so no pair between `D8 BF` and `D9 80` occurs.
            if !(0xD8A0..=0xD99F).contains(&u16::from_be_bytes([first, second])) {
                break;
            }
            at += 2;
        }
        at
    }

    /// Advances over characters while `keep` holds; returns the end offset.
    fn skip_while(&self, mut at: usize, keep: impl Fn(char) -> bool) -> usize {
        while let Some(c) = self.peek_at(at) {
            if !keep(c) {
                break;
            }
            at += c.len_utf8();
        }
        at
    }

    fn next_token(&mut self) -> Option<Token> {
        if let Some(token) = self.word_after_space() {
            return Some(token);
        }
        let start = self.skip_class(self.pos, SEPARATOR);
        let (c, class) = self.char_at(start)?;
        let (kind, end) = self.scan_from(start, c, class);
        let end = end.max(start + c.len_utf8());
        self.pos = end;
        Some(Token { kind, start, end })
    }

    /// The token after one plain space when it starts with a character of the basic Arabic
    /// block (U+0620 to U+065F: a letter, a haraka or the tatweel, each of which opens an
    /// Arabic word in [`Scanner::scan_from`]): most tokens of Arabic news. Told by three byte
    /// compares, where the general path decodes and classifies the space and the character
    /// after it, and then that character again.
    #[inline(always)]
    fn word_after_space(&mut self) -> Option<Token> {
        let &[b' ', first, second] = self.bytes.get(self.pos..self.pos + 3)? else { return None };
        if !(0xD8A0..=0xD99F).contains(&u16::from_be_bytes([first, second])) {
            return None;
        }
        let start = self.pos + 1;
        let (kind, end) = self.arabic_word_at(start);
        let end = end.max(start + 2);
        self.pos = end;
        Some(Token { kind, start, end })
    }

    fn scan_from(&self, start: usize, c: char, class: Class) -> (TokenKind, usize) {
        if class & (LETTER | MARK) != 0 || c == TATWEEL {
            return self.arabic_word_at(start);
        }
        if matches!(c, 'h' | 'H' | 'w' | 'W') {
            if let Some(end) = self.url_at(start) {
                return (TokenKind::Url, end);
            }
        }
        if c.is_ascii_alphanumeric() {
            if let Some(end) = self.email_at(start) {
                return (TokenKind::Email, end);
            }
        }
        if class & DIGIT != 0 {
            return (TokenKind::Number, self.number_end(start));
        }
        if class & ALPHANUMERIC != 0 {
            return (TokenKind::Latin, self.latin_word_end(start));
        }
        if c == '#' {
            let end =
                // The Arabic test first: `is_alphanumeric` is slow outside ASCII.
                self.skip_while(start + 1, |c| continues_arabic_word(c) || c == '_' || c.is_alphanumeric());
            if end > start + 1 {
                return (TokenKind::Hashtag, end);
            }
        }
        if class & PUNCTUATION != 0 {
            return (TokenKind::Punct, self.skip_while(start, |d| d == c));
        }
        (TokenKind::Symbol, start + c.len_utf8())
    }

    /// A word of Latin (or another non-Arabic) script: letters and digits, not Arabic letters.
    fn latin_word_end(&self, mut at: usize) -> usize {
        while let Some((c, class)) = self.char_at(at) {
            if class & ALPHANUMERIC == 0 || class & LETTER != 0 {
                break;
            }
            at += c.len_utf8();
        }
        at
    }

    fn number_end(&self, start: usize) -> usize {
        let mut end = self.skip_class(start, DIGIT);
        while let Some(sep) = self.peek_at(end).filter(|&c| is_number_separator(c)) {
            let after = end + sep.len_utf8();
            if !self.peek_at(after).is_some_and(is_digit) {
                break;
            }
            end = self.skip_class(after, DIGIT);
        }
        end
    }

    /// An Arabic word, or a detached proclitic and the word or number it belongs to.
    /// Inlined for the words made of basic Arabic letters up to a plain space (most words):
    /// the call, with its six registers saved and restored, cost a fifth of a word's scan.
    #[inline(always)]
    fn arabic_word_at(&self, start: usize) -> (TokenKind, usize) {
        let basic_end = self.skip_basic_arabic(start);
        // Most words end at a plain space, which is neither a digit nor a quote, nor a
        // character that goes on with the word: done, without classifying the space.
        if self.bytes.get(basic_end) == Some(&b' ') {
            return (TokenKind::Word, basic_end);
        }
        self.arabic_word_on(start, basic_end)
    }

    /// [`Scanner::arabic_word_at`] for a word that goes on at `basic_end`, after its basic
    /// Arabic letters: harakat, other letters, a tatweel, a quote, or the end of the text.
    #[inline(never)]
    fn arabic_word_on(&self, start: usize, basic_end: usize) -> (TokenKind, usize) {
        let end = self.skip_class(basic_end, IN_WORD);
        // A word ends plainly at a space, and at the punctuation words most often end at (ASCII
        // but quotes and digits; ، ؛ ؟): no quote or digit follows it, so no proclitic is cut
        // off before one. Told from the bytes, before the word is sliced and the next
        // character decoded.
        let plain_end = match self.bytes.get(end..) {
            Some([next, ..]) if next.is_ascii() => !matches!(next, b'"' | b'\'' | b'0'..=b'9'),
            Some([0xD8, 0x8C | 0x9B | 0x9F, ..]) => true,
            _ => false,
        };
        if plain_end {
            return (TokenKind::Word, end);
        }
        let word = &self.text[start..end];
        let next = self.peek_at(end);
        // Cheap tests first: almost no word is followed by a quote or cut by a tatweel.
        let cut_by_tatweel = word.ends_with(TATWEEL);
        let before_number = cut_by_tatweel && next.is_some_and(is_digit);
        let before_quote = next.is_some_and(is_opening_quote);
        if !(before_number || before_quote) || !is_detachable_proclitic(word) {
            return (TokenKind::Word, end);
        }
        if before_number {
            return (TokenKind::Number, self.number_end(end));
        }
        if let Some(quote) = next.filter(|&q| is_opening_quote(q)) {
            let word_start = end + quote.len_utf8();
            if self.peek_at(word_start).is_some_and(is_arabic_letter) {
                return (TokenKind::Word, self.skip_class(word_start, IN_WORD));
            }
        }
        (TokenKind::Word, end)
    }

    fn url_at(&self, start: usize) -> Option<usize> {
        let rest = &self.text.as_bytes()[start..];
        let has_prefix =
            |p: &str| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        if !(has_prefix("http://") || has_prefix("https://") || has_prefix("www.")) {
            return None;
        }
        let end = self
            .skip_while(start, |c| !is_separator(c) && !matches!(c, '"' | '<' | '>' | '«' | '»' | '“' | '”'));
        let trimmed = self.text[start..end].trim_end_matches(URL_TRAILING_PUNCTUATION);
        (trimmed.len() > 4).then_some(start + trimmed.len())
    }

    fn email_at(&self, start: usize) -> Option<usize> {
        let is_email_char =
            |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '@');
        let end = self.skip_while(start, is_email_char);
        let candidate = self.text[start..end].trim_end_matches('.');
        let (local, domain) = candidate.split_once('@')?;
        let valid = !local.is_empty()
            && !domain.contains('@')
            && domain.rsplit_once('.').is_some_and(|(host, tld)| {
                !host.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
            });
        valid.then_some(start + candidate.len())
    }
}

/// Tokens with their text and each word's folded key: what the readers of numbers and dates
/// walk over. The keys are slices of the article's one folded view ([`crate::fold::fold`]),
/// located for every word at once by one pass over it, so no word is folded twice and no key
/// is allocated. Folding works character by character and a word holds no white space, so a
/// word's slice of the folded text is exactly its [`crate::fold::fold_key`] (a test checks it).
#[derive(Debug, Clone)]
pub struct KeyedTokens<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// For each token, its key, a slice of the folded view of `text`: empty for a token
    /// that is not a word or does not fit the text. Sliced once here, so that a reader's
    /// every `key` (most words are asked for by several readers) is one load.
    keys: Vec<&'a str>,
    /// For each token, its key's [`filter_mix`]: most words are asked of five filters or
    /// more (dates, numbers, cues, split verbs, clause breaks), each of which mixed the key
    /// afresh.
    mixes: Vec<u64>,
}

impl<'a> KeyedTokens<'a> {
    /// Keys `tokens` (of `text`) from `folded`, the folded view of the same `text`.
    pub fn new(text: &'a str, tokens: &'a [Token], folded: &'a Folded<'a>) -> Self {
        let mut keys = Vec::with_capacity(tokens.len());
        let mut offsets = folded.forward_offsets();
        let folded_text = folded.as_str();
        for token in tokens {
            let fits = text.get(token.start..token.end).is_some();
            if token.kind != TokenKind::Word || !fits {
                keys.push("");
                continue;
            }
            let start = offsets.folded_offset(token.start);
            let end = offsets.folded_offset(token.end);
            keys.push(folded_text.get(start..end).unwrap_or(""));
        }
        let mixes = keys.iter().map(|key| filter_mix(key.as_bytes())).collect();
        KeyedTokens { text, tokens, keys, mixes }
    }

    /// [`KeyedTokens::new`] for `tokens` made by [`tokenize`] of `text`, given where their
    /// words' bounds ([`word_bounds`]) fall in the folded view, as
    /// [`crate::fold::fold_coded_marking`] finds them while it folds: each key is sliced from
    /// those offsets, with no walk through the folded view's map (two lookups a word, a third
    /// of the time the text engine spent on keys).
    pub fn with_word_offsets(
        text: &'a str,
        tokens: &'a [Token],
        folded: &'a Folded<'a>,
        offsets: &[usize],
    ) -> Self {
        let folded_text = folded.as_str();
        // The bounds of the next word: two offsets a word, in token order.
        let mut word = 0;
        let keys: Vec<&str> = tokens
            .iter()
            .map(|token| {
                if token.kind != TokenKind::Word {
                    return "";
                }
                let bounds = offsets.get(word..word + 2);
                word += 2;
                match bounds {
                    Some(&[start, end]) => folded_text.get(start..end).unwrap_or(""),
                    _ => "",
                }
            })
            .collect();
        // Mixed in a loop of its own: pushed along with the keys, the two vectors' room was
        // tested at every token and the key loop's state went to the stack.
        let mixes = keys.iter().map(|key| filter_mix(key.as_bytes())).collect();
        KeyedTokens { text, tokens, keys, mixes }
    }

    /// The tokens `range` (clamped) alone, with their keys: a reader over a window sees
    /// nothing beyond it.
    pub fn window(&self, range: std::ops::Range<usize>) -> KeyedTokens<'a> {
        let end = range.end.min(self.tokens.len());
        let start = range.start.min(end);
        KeyedTokens {
            text: self.text,
            tokens: &self.tokens[start..end],
            keys: self.keys[start..end].to_vec(),
            mixes: self.mixes[start..end].to_vec(),
        }
    }

    /// The token as written; empty when it is out of range or does not fit the text.
    pub fn raw(&self, index: usize) -> &'a str {
        self.tokens.get(index).and_then(|token| self.text.get(token.start..token.end)).unwrap_or("")
    }

    pub fn is_kind(&self, index: usize, kind: TokenKind) -> bool {
        self.tokens.get(index).is_some_and(|token| token.kind == kind)
    }

    /// The folded key of a word token; empty for other tokens.
    pub fn key(&self, index: usize) -> &'a str {
        self.keys.get(index).copied().unwrap_or("")
    }

    /// Every token's key, in token order: `keys()[i]` is `key(i)`.
    pub fn keys(&self) -> &[&'a str] {
        &self.keys
    }

    /// The [`filter_mix`] of the key of token `index` (of the empty key out of range), for
    /// [`crate::hash::KeyFilter::may_contain_mix`].
    pub fn mix(&self, index: usize) -> u64 {
        self.mixes.get(index).copied().unwrap_or_else(|| filter_mix(b""))
    }

    /// Every token's [`KeyedTokens::mix`], in token order.
    pub fn mixes(&self) -> &[u64] {
        &self.mixes
    }
}

/// The start and end of every word of `tokens`, in order: the original offsets whose places
/// in the folded view [`KeyedTokens::with_word_offsets`] slices keys between.
pub fn word_bounds(tokens: &[Token]) -> Vec<usize> {
    let is_word = |token: &&Token| token.kind == TokenKind::Word;
    // Counted first, so that the pairs are collected from an iterator of known length (a
    // range mapped), written straight into room made once: pushed behind a filter, each pair
    // tested the vector's room (some 17 instructions a token, 300,000 tokens per 1,000
    // articles).
    let count = tokens.iter().filter(is_word).count();
    let mut words = tokens.iter().filter(is_word);
    let pairs: Vec<[usize; 2]> =
        (0..count).map(|_| words.next().map_or([0, 0], |token| [token.start, token.end])).collect();
    pairs.into_flattened()
}

/// Splits `text` into tokens, in order, with byte ranges into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut scanner = Scanner::new(text);
    while let Some(token) = scanner.next_token() {
        tokens.push(token);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text).iter().map(|t| (t.kind, t.text(text))).collect()
    }

    #[test]
    fn every_token_s_mix_is_its_key_s() {
        let text = "قُتل 3.5 و1,000 من ٣٠٠٠، «داعش»! والتنظيم";
        let (tokens, folded) = (tokenize(text), crate::fold::fold(text));
        let bounds = word_bounds(&tokens);
        let offsets: Vec<usize> = bounds.iter().map(|&b| folded.folded_offset(b)).collect();
        let keyed = [
            KeyedTokens::new(text, &tokens, &folded),
            KeyedTokens::with_word_offsets(text, &tokens, &folded, &offsets),
        ];
        for words in keyed.iter().chain([&keyed[0].window(2..6)]) {
            assert_eq!(words.mixes().len(), words.tokens.len());
            for index in 0..words.tokens.len() + 2 {
                assert_eq!(words.mix(index), filter_mix(words.key(index).as_bytes()), "{index}");
            }
        }
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            show("قُتل 3.5 و1,000 من ٣٠٠٠، «داعش»!"),
            vec![
                (Word, "قُتل"),
                (Number, "3.5"),
                (Word, "و"),
                (Number, "1,000"),
                (Word, "من"),
                (Number, "٣٠٠٠"),
                (Punct, "،"),
                (Punct, "«"),
                (Word, "داعش"),
                (Punct, "»"),
                (Punct, "!"),
            ]
        );
    }

    #[test]
    fn keeps_a_proclitic_cut_off_by_tatweel_with_its_word() {
        use TokenKind::*;
        assert_eq!(
            show("لـ\"داعش\" بـ”دولة الخلافة” الـ24"),
            vec![
                (Word, "لـ\"داعش"),
                (Punct, "\""),
                (Word, "بـ”دولة"),
                (Word, "الخلافة"),
                (Punct, "”"),
                (Number, "الـ24"),
            ]
        );
        assert_eq!(show("و«قسد»"), vec![(Word, "و«قسد"), (Punct, "»")]);
    }

    #[test]
    fn recognises_latin_hashtags_urls_and_email() {
        use TokenKind::*;
        assert_eq!(
            show("طائرات F16 #عاصي_الحلاني https://sana.sy/?p=1. info@sana.sy."),
            vec![
                (Word, "طائرات"),
                (Latin, "F16"),
                (Hashtag, "#عاصي_الحلاني"),
                (Url, "https://sana.sy/?p=1"),
                (Punct, "."),
                (Email, "info@sana.sy"),
                (Punct, "."),
            ]
        );
    }

    #[test]
    fn sentence_final_dots_are_not_part_of_numbers() {
        use TokenKind::*;
        assert_eq!(show("عام 2018."), vec![(Word, "عام"), (Number, "2018"), (Punct, ".")]);
        assert_eq!(show("..."), vec![(Punct, "...")]);
    }

    #[test]
    fn bidi_controls_separate_but_joiners_stay_inside_words() {
        use TokenKind::*;
        assert_eq!(show("\u{200F}سوريا\u{200C}ي \u{FEFF}"), vec![(Word, "سوريا\u{200C}ي")]);
    }

    /// The basic Arabic block's letters, skipped two at a time, end where skipping one at a
    /// time ends: every character of two bytes from U+0600 to U+06FF (the block's edges
    /// among them: ؟ before it, ٠ after it) in each place of a short word.
    #[test]
    fn skipping_two_letters_at_once_ends_where_one_at_a_time_does() {
        let one_at_a_time = |bytes: &[u8]| {
            let mut at = 0;
            while let Some(pair) = bytes.get(at..at + 2) {
                if !(0xD8A0..=0xD99F).contains(&u16::from_be_bytes([pair[0], pair[1]])) {
                    break;
                }
                at += 2;
            }
            at
        };
        let others: Vec<char> = ('\u{0600}'..='\u{06FF}').chain(['a', ' ']).collect();
        for &odd in &others {
            for place in 0..6 {
                let mut word: Vec<char> = "بسمالله".chars().take(6).collect();
                word.insert(place, odd);
                let text: String = word.into_iter().collect();
                let scanner = Scanner::new(&text);
                assert_eq!(scanner.skip_basic_arabic(0), one_at_a_time(text.as_bytes()), "{text:?}");
            }
        }
    }
}
