//! The folded view: a matching key for Arabic text, with a map back to the original.
//!
//! Folding removes what spelling varies on and meaning does not: harakat, tanween, shadda,
//! sukun, superscript alef, Quranic marks and tatweel; it unifies the alef and hamza seats
//! (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), the Persian letters Arabic sites mix in (ی ک),
//! digits of every script (٣ ۳ → 3), presentation forms (ﻻ → لا), quote marks (« » “ ” → "),
//! Arabic punctuation (، ؛ ؟ → , ; ?), exotic spaces and the underscore that joins a hashtag's
//! words (→ one space) and ASCII case; it drops bidi and joiner controls (ZWNJ, ZWJ, LRM, RLM,
//! ALM, embeddings, isolates, BOM).
//!
//! **Folding is for matching keys only, never for display**, and dictionary keys and text are
//! folded by this one function, so that they meet. **Folding twice changes nothing.**
//!
//! [`fold`] also records, for every byte of the folded text, the byte range of the original
//! character it came from, so a match in the folded view maps back to the text as written. A
//! combining mark that folding drops is counted into the range of the letter it sits on, so a
//! span ending in `داعشٌ` covers the tanween too.

use std::mem::MaybeUninit;
use std::ops::Range;

/// What folding does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Keep this character (possibly a different one).
    Char(char),
    /// A combining mark: dropped, but it belongs to the letter before it.
    Mark,
    /// A control or tatweel: dropped, and belongs to nothing.
    Drop,
    /// Horizontal white space: one plain space, runs collapsed.
    Space,
    /// A presentation form: replaced by its compatibility decomposition, itself folded.
    Decompose,
}

/// Characters below this code point are classified by table lookup: ASCII, Latin, Arabic.
const TABLE_SIZE: usize = 0x800;

/// The classification of every character below [`TABLE_SIZE`], computed at compile time, so
/// the hot path is one load instead of a chain of range tests.
static TABLE: [Fold; TABLE_SIZE] = {
    let mut table = [Fold::Drop; TABLE_SIZE];
    let mut code = 0;
    while code < TABLE_SIZE {
        if let Some(c) = char::from_u32(code as u32) {
            table[code] = classify_by_rules(c);
        }
        code += 1;
    }
    table
};

/// Classifies one character.
#[inline(always)]
fn classify(c: char) -> Fold {
    match TABLE.get(c as usize) {
        Some(&fold) => fold,
        None => classify_by_rules(c),
    }
}

/// The folding rules, one character at a time.
const fn classify_by_rules(c: char) -> Fold {
    if c.is_ascii() {
        return match c {
            // `#الجيش_اليمني`: a hashtag joins its words with underscores.
            ' ' | '_' => Fold::Space,
            _ => Fold::Char(c.to_ascii_lowercase()),
        };
    }
    match c {
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}' => Fold::Mark,
        '\u{0640}'
        | '\u{061C}'
        | '\u{00AD}'
        | '\u{200C}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Fold::Drop,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Fold::Space
        }
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Fold::Char('\u{0627}'),
        '\u{0649}' | '\u{0626}' | '\u{06CC}' | '\u{06D0}' => Fold::Char('\u{064A}'),
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06C3}' | '\u{06BE}' => Fold::Char('\u{0647}'),
        '\u{0624}' => Fold::Char('\u{0648}'),
        '\u{06A9}' | '\u{06AA}' => Fold::Char('\u{0643}'),
        '\u{0660}'..='\u{0669}' => Fold::Char(shift_digit(c, '\u{0660}')),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(shift_digit(c, '\u{06F0}')),
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '‶' | '〝' | '〞' => Fold::Char('"'),
        '‘' | '’' | '‚' | '‛' | '′' | '‵' => Fold::Char('\''),
        '\u{060C}' | '\u{060D}' | '\u{066C}' => Fold::Char(','),
        '\u{061B}' => Fold::Char(';'),
        '\u{061F}' => Fold::Char('?'),
        '\u{066A}' => Fold::Char('%'),
        '\u{066B}' | '\u{06D4}' => Fold::Char('.'),
        '\u{066D}' => Fold::Char('*'),
        '\u{FD3E}' => Fold::Char('('),
        '\u{FD3F}' => Fold::Char(')'),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Fold::Decompose,
        _ => Fold::Char(c),
    }
}

const fn shift_digit(c: char, zero: char) -> char {
    (b'0' + (c as u32 - zero as u32) as u8) as char
}

/// Where folded characters go: a bare key, or a key with its map to the original.
trait Sink {
    /// Appends `c`, which came from the original character starting at byte `original`.
    fn push(&mut self, c: char, original: usize);
    fn ends_with_space(&self) -> bool;
}

/// The character at byte `at` of `text` (a character boundary) and its length in bytes,
/// decoded straight from the bytes for the one- and two-byte characters Arabic text is made
/// of.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let first = bytes[at];
    if first < 0x80 {
        return (char::from(first), 1);
    }
    if first < 0xE0 {
        let second = bytes.get(at + 1).copied().unwrap_or(0);
        let code = (u32::from(first & 0x1F) << 6) | u32::from(second & 0x3F);
        return (char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER), 2);
    }
    let c = text[at..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// For each two-byte character (U+0080–U+07FF), the two-byte character it folds to when
/// folding maps it to one (most Arabic letters: to themselves), else NUL: the fast path of
/// [`fold`] pushes those without classifying them.
static TWO_BYTE_FOLDS: [char; TABLE_SIZE] = {
    let mut table = ['\0'; TABLE_SIZE];
    let mut code = 0x80;
    while code < TABLE_SIZE {
        if let Some(c) = char::from_u32(code as u32) {
            if let Fold::Char(folded) = classify_by_rules(c) {
                let out = folded as u32;
                if out >= 0x80 && out < 0x800 {
                    table[code] = folded;
                }
            }
        }
        code += 1;
    }
    table
};

/// Folds `text` into the folded view, a character at a time with fast paths for the
/// characters news is made of. Each character is classified and coded on its own, but the
/// characters that fold to themselves (most Arabic letters, digits, single spaces) are not
/// written one by one: a run of them is copied from the original in one piece when a
/// character that folds to something else (ة أ ى, harakat, a second space) ends it. Runs are
/// short in Arabic (a few letters), but one copy a run still costs less than encoding every
/// letter again.
///
/// `marks` are asked for original offsets (of `text`, ascending) and given each one's folded
/// offset as the fold passes it: the folded length before the first character at or after
/// it, what [`Folded::folded_offset`] answers later through the map.
fn fold_mapped<C: Codes, M: Marks>(text: &str, base: usize, sink: &mut FoldedBytes<C>, marks: &mut M) {
    let bytes = text.as_bytes();
    let mut at = 0;
    // Where the run of characters that fold to themselves, not written yet, starts: the
    // run is `kept_from..at`, empty when they are equal.
    let mut kept_from = 0;
    while let Some(&first) = bytes.get(at) {
        if at >= marks.due() {
            answer_up_to(marks, at, sink.text.len() + (at - kept_from));
        }
        if first < 0x80 {
            // A space folds to itself but after another: runs of spaces collapse to one.
            let after_space = match at.checked_sub(1) {
                Some(before) if kept_from < at => bytes.get(before) == Some(&b' '),
                _ => sink.ends_with_space(),
            };
            let keeps = KEEPS_ITSELF[usize::from(first)] || (first == b' ' && !after_space);
            if keeps {
                if kept_from == at {
                    sink.source(base + at);
                }
                sink.codes.ascii(first);
                let end = sink.codes.extend_run(bytes, at + 1, &mut sink.replaced);
                answer_inside_run(marks, bytes, end, sink.text.len().wrapping_sub(kept_from));
                at = end;
                continue;
            }
        } else if let (0xC0..=0xDF, Some(&second)) = (first, bytes.get(at + 1)) {
            let code = (usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F);
            let folded = TWO_BYTE_FOLDS[code];
            if folded as usize == code {
                if kept_from == at {
                    sink.source(base + at);
                }
                sink.codes.two_bytes(folded);
                let end = sink.codes.extend_run(bytes, at + 2, &mut sink.replaced);
                answer_inside_run(marks, bytes, end, sink.text.len().wrapping_sub(kept_from));
                at = end;
                continue;
            }
            if folded != '\0' {
                sink.push_run(text, kept_from, at);
                sink.push(folded, base + at);
                at += 2;
                kept_from = at;
                continue;
            }
        }
        sink.push_run(text, kept_from, at);
        let (c, len) = char_at(text, at);
        fold_char_into(c, base + at, sink);
        at += len;
        kept_from = at;
    }
    sink.push_run(text, kept_from, at);
    marks.answer_rest(sink.text.len());
}

/// Original offsets whose folded offsets are wanted as the text is folded, in ascending
/// order: a walk over words then needs no lookups in the folded view's map afterwards.
trait Marks {
    /// The next offset asked; `usize::MAX` when none is left.
    fn due(&self) -> usize;
    /// Answers the offset due with `folded`; returns the next one due, as [`Marks::due`].
    fn answer(&mut self, folded: usize) -> usize;
    /// Answers every offset left with `folded`, the length of the whole folded text.
    fn answer_rest(&mut self, folded: usize);
    /// Answers the offsets due before `end`, the end of a run whose folded view is the
    /// original moved by `shift`, as [`answer_inside_run`] says.
    #[inline(always)]
    fn answer_run(&mut self, bytes: &[u8], end: usize, shift: usize) {
        let mut due = self.due();
        while due < end {
            due = self.answer(next_char_start(bytes, due, end).wrapping_add(shift));
        }
    }
}

/// Answers every offset due at or before `at` with `folded`, the folded length before the
/// character at `at`.
#[inline(always)]
fn answer_up_to<M: Marks>(marks: &mut M, at: usize, folded: usize) {
    let mut due = marks.due();
    while due <= at {
        due = marks.answer(folded);
    }
}

/// Answers the marks due before `end`, the end of a run of characters that fold to
/// themselves (the marks up to its start are answered): inside the run the folded view is
/// the original moved by `shift` (folded length less original offset, wrapping), so each
/// is its offset moved, or the next character's for an offset inside one. Answered after
/// the run rather than in its loop, which a test at every character slowed by a third.
#[inline(always)]
fn answer_inside_run<M: Marks>(marks: &mut M, bytes: &[u8], end: usize, shift: usize) {
    if marks.due() < end {
        marks.answer_run(bytes, end, shift);
    }
}

/// Where the character holding byte `at` of a run ending at `end` ends, or `at` itself at a
/// character's start: an offset inside a character is answered with the next one.
#[inline(always)]
fn next_char_start(bytes: &[u8], mut at: usize, end: usize) -> usize {
    while at < end && bytes.get(at).is_some_and(|&byte| is_continuation(byte)) {
        at += 1;
    }
    at
}

/// No offsets asked: the plain fold.
struct NoMarks;

impl Marks for NoMarks {
    #[inline(always)]
    fn due(&self) -> usize {
        usize::MAX
    }
    #[inline(always)]
    fn answer(&mut self, _: usize) -> usize {
        usize::MAX
    }
    #[inline(always)]
    fn answer_rest(&mut self, _: usize) {}
}

/// Offsets asked, and their answers so far, in the same order: the offsets not answered
/// yet are `asked[found.len()..]`, `rest` (a slice, so the next is one load).
struct MarksOf<'m> {
    asked: &'m [usize],
    rest: &'m [usize],
    found: Vec<usize>,
}

impl<'m> MarksOf<'m> {
    fn new(asked: &'m [usize]) -> Self {
        MarksOf { asked, rest: asked, found: Vec::with_capacity(asked.len()) }
    }
}

impl Marks for MarksOf<'_> {
    #[inline(always)]
    fn due(&self) -> usize {
        self.rest.first().copied().unwrap_or(usize::MAX)
    }
    #[inline(always)]
    fn answer(&mut self, folded: usize) -> usize {
        self.found.push(folded);
        // A pattern, not `get(1..)`: its bounds check and empty default took a dozen
        // instructions an offset, one of the fold's costs with two offsets a word.
        if let [_, rest @ ..] = self.rest {
            self.rest = rest;
        }
        self.due()
    }
    fn answer_rest(&mut self, folded: usize) {
        self.found.resize(self.asked.len(), folded);
        self.rest = &[];
    }
    /// All the run's offsets at once, a slice of them extended into the answers: one test of
    /// the room for them all, and the offsets still asked held in registers, where answering
    /// one at a time stored and reloaded both vectors' state for each (two offsets a word).
    #[inline(always)]
    fn answer_run(&mut self, bytes: &[u8], end: usize, shift: usize) {
        // Written straight into the room `found` was made with (the offsets asked, less those
        // answered, so room for every offset still asked), in the one walk that finds where
        // the run's offsets end: counting them first and extending after took a second walk,
        // five instructions an offset.
        let answered = self.found.len();
        let mut inside = 0;
        for (slot, &due) in self.found.spare_capacity_mut().iter_mut().zip(self.rest) {
            if due >= end {
                break;
            }
            slot.write(next_char_start(bytes, due, end).wrapping_add(shift));
            inside += 1;
        }
        // SAFETY: the loop wrote the first `inside` slots of the spare room, one per step
        // (`zip` stops at the room's end), so they are initialized and within the capacity.
        // The proptests compare these answers with `Folded::folded_offset`'s.
        unsafe { self.found.set_len(answered + inside) };
        self.rest = self.rest.get(inside..).unwrap_or_default();
    }
}

/// Goes on over the run of characters that fold to themselves from `at`, a character
/// boundary inside a run (the byte before `at` is the run's), coding each; returns where the
/// run ends. The same tests as [`fold_mapped`]'s, in a loop of their own: there, each letter
/// went through the whole loop, whose state (the sink, the run, the anchors) the compiler
/// kept on the stack, so a letter cost some forty instructions, half of them loads and
/// stores of that state. A run of Arabic goes on over single spaces, so it holds most of a
/// sentence.
#[inline(always)]
fn extend_kept_run<C: Codes>(bytes: &[u8], mut at: usize, codes: &mut C) -> usize {
    while let Some(&first) = bytes.get(at) {
        if first < 0x80 {
            // Inside a run the byte before is the run's: a space after a space is no longer
            // itself (runs of spaces collapse).
            let after_space = at.checked_sub(1).and_then(|before| bytes.get(before)) == Some(&b' ');
            if !(KEEPS_ITSELF[usize::from(first)] || (first == b' ' && !after_space)) {
                break;
            }
            codes.ascii(first);
            at += 1;
            continue;
        }
        let Some(&second) = bytes.get(at + 1) else { break };
        if first & 0xE0 != 0xC0 {
            break;
        }
        let code = (usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F);
        let folded = TWO_BYTE_FOLDS[code];
        if folded as usize != code {
            break;
        }
        codes.two_bytes(folded);
        at += 2;
    }
    at
}

/// For each character below [`TABLE_SIZE`], whether folding keeps it as it is (the plain
/// space aside, which [`fold_mapped`] and [`extend_kept_run`] look at themselves).
static KEEPS_ITSELF: [bool; TABLE_SIZE] = {
    let mut table = [false; TABLE_SIZE];
    let mut code = 0;
    while code < TABLE_SIZE {
        if let Some(c) = char::from_u32(code as u32) {
            if let Fold::Char(folded) = classify_by_rules(c) {
                table[code] = folded as u32 == c as u32;
            }
        }
        code += 1;
    }
    table
};

/// Folds one character into `sink`.
#[inline(always)]
fn fold_char_into<S: Sink>(c: char, original: usize, sink: &mut S) {
    match classify(c) {
        Fold::Char(folded) => sink.push(folded, original),
        Fold::Space => push_space(sink, original),
        Fold::Mark | Fold::Drop => {}
        Fold::Decompose => fold_presentation_form(c, original, sink),
    }
}

/// Folds `text` into `sink`; `base` is the byte offset of `text` in the original.
fn fold_into<S: Sink>(text: &str, base: usize, sink: &mut S) {
    let mut at = 0;
    while at < text.len() {
        let (c, len) = char_at(text, at);
        fold_char_into(c, base + at, sink);
        at += len;
    }
}

fn push_space<S: Sink>(sink: &mut S, original: usize) {
    if !sink.ends_with_space() {
        sink.push(' ', original);
    }
}

/// A presentation form becomes its base letters, each folded again (ﺃ → أ → ا). The isolated
/// harakat forms decompose to a space and a mark; that leading space is not text.
fn fold_presentation_form<S: Sink>(c: char, original: usize, sink: &mut S) {
    let mut decomposed = false;
    let mut first = true;
    unicode_normalization::char::decompose_compatible(c, |part| {
        decomposed = true;
        let leading_space = first && part == ' ';
        first = false;
        if leading_space {
            return;
        }
        match classify(part) {
            Fold::Char(folded) => sink.push(folded, original),
            Fold::Space => push_space(sink, original),
            Fold::Mark | Fold::Drop | Fold::Decompose => {}
        }
    });
    if !decomposed {
        sink.push(c, original);
    }
}

/// A folded key without a map: what dictionaries and lookups use.
struct KeySink(String);

impl Sink for KeySink {
    #[inline]
    fn push(&mut self, c: char, _: usize) {
        self.0.push(c);
    }
    fn ends_with_space(&self) -> bool {
        self.0.ends_with(' ')
    }
}

/// Folds `text` to its matching key. Lexicon keys and text go through this same function.
pub fn fold_key(text: &str) -> String {
    let mut sink = KeySink(String::with_capacity(text.len()));
    fold_into(text, 0, &mut sink);
    sink.0
}

/// Folds `text` onto the end of `out`: [`fold_key`] for callers that reuse one buffer.
pub fn fold_key_into(text: &str, out: &mut String) {
    let mut sink = KeySink(std::mem::take(out));
    fold_into(text, 0, &mut sink);
    *out = sink.0;
}

/// The folded view of a text, with each folded byte's origin in the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded<'a> {
    /// The original text (or the slice of it that was folded).
    original: &'a str,
    /// Where `original` starts in the whole original text.
    base: usize,
    /// The folded text: built by pushing characters, so a string with no check to make.
    text: String,
    /// The map back to the original, kept sparse: most characters fold to as many bytes as
    /// they had, so folded and original offsets step together for long stretches. An anchor
    /// starts each stretch; a folded character starting `d` bytes after its anchor came from
    /// the original character starting `d` bytes after the anchor's. Writing one anchor a
    /// stretch instead of an offset a byte keeps folding fast.
    anchors: Vec<Anchor>,
}

/// Where a stretch of the folded text starts, and the original byte its first character
/// came from. Anchors ascend in both fields (the second not strictly: a ligature's letters
/// all come from one character).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Anchor {
    folded: u32,
    original: u32,
}

/// A matcher's one-byte code for every character, which [`fold_coded`] writes beside the
/// folded view as it folds: a matcher over codes (the lexicon's alphabet) then needs no
/// second pass over the folded text to code it.
pub trait CharCoder {
    /// The code of each character below U+0800 (ASCII, Latin, Arabic), by code point.
    fn codes_below_0x800(&self) -> &[u8; 0x800];
    /// The code of any character.
    fn code(&self, c: char) -> u8;
    /// [`KeptCodes`] of [`CharCoder::codes_below_0x800`], built once.
    fn kept_codes(&self) -> &KeptCodes;
}

/// What is written beside the folded characters: nothing, or a code per character.
trait Codes {
    fn ascii(&mut self, byte: u8);
    /// A character of two bytes in UTF-8 (U+0080–U+07FF).
    fn two_bytes(&mut self, c: char);
    fn any(&mut self, c: char);
    /// Goes on over the run of characters that fold to themselves from `at`, as
    /// [`extend_kept_run`] does, coding each; returns where the run ends. It may also take
    /// in a letter that folds to another of two bytes (ة أ ى), noted in `replaced` for
    /// [`FoldedBytes::push_run`] to write over.
    fn extend_run(&mut self, bytes: &[u8], at: usize, replaced: &mut Vec<Replaced>) -> usize;
}

/// No codes: the plain folded view.
struct NoCodes;

impl Codes for NoCodes {
    #[inline(always)]
    fn ascii(&mut self, _: u8) {}
    #[inline(always)]
    fn two_bytes(&mut self, _: char) {}
    #[inline(always)]
    fn any(&mut self, _: char) {}
    #[inline(always)]
    fn extend_run(&mut self, bytes: &[u8], at: usize, _: &mut Vec<Replaced>) -> usize {
        extend_kept_run(bytes, at, self)
    }
}

/// A code per folded character, from a [`CharCoder`].
struct CodesOf<'c, K: CharCoder + ?Sized> {
    codes: Vec<u8>,
    table: &'c [u8; TABLE_SIZE],
    kept: &'c KeptCodes,
    coder: &'c K,
}

impl<K: CharCoder + ?Sized> Codes for CodesOf<'_, K> {
    #[inline(always)]
    fn ascii(&mut self, byte: u8) {
        self.codes.push(self.table[usize::from(byte)]);
    }
    #[inline(always)]
    fn two_bytes(&mut self, c: char) {
        // Two bytes in UTF-8 means below U+0800: the mask only spares a bounds check.
        self.codes.push(self.table[c as usize & (TABLE_SIZE - 1)]);
    }
    #[inline(always)]
    fn any(&mut self, c: char) {
        let code = match self.table.get(c as usize) {
            Some(&code) => code,
            None => self.coder.code(c),
        };
        self.codes.push(code);
    }
    #[inline(always)]
    fn extend_run(&mut self, bytes: &[u8], at: usize, replaced: &mut Vec<Replaced>) -> usize {
        let written = self.codes.len();
        // Each character of the run takes a byte of the text at least and is given one code:
        // with room for the rest of the text, the run is coded with no test of the room left.
        self.codes.reserve(bytes.len().saturating_sub(at));
        let (end, coded) = self.kept.code_run(bytes, at, self.codes.spare_capacity_mut(), replaced);
        // SAFETY: `code_run` wrote the first `coded` bytes of the spare room (it indexes the
        // room with a bounds check and counts what it wrote), so they are initialized and
        // within the capacity. The proptests compare these codes with the plain path's.
        unsafe { self.codes.set_len(written + coded) };
        end
    }
}

/// For the two-byte characters and ASCII, in one table: whether folding keeps the character
/// as it is (and a space, kept but for one after another) or makes it another two-byte
/// character (ة أ ى), and the code of what it folds to in a matcher's alphabet. Built once per alphabet ([`CharCoder::kept_codes`]), it lets the run loop of
/// [`fold_coded`] take a character with one load where it read the fold table and the code
/// table apart and decoded the code point in between.
///
/// Indexed by a two-byte character's bytes less their tag bits, `(first & 0x1F) << 8 |
/// second` (the second byte whole: one mask fewer), and by an ASCII byte as it is: the
/// indices of the leads `C0` and `C1`, which UTF-8 never uses, hold ASCII.
#[derive(Debug, Clone)]
pub struct KeptCodes(Box<[u16; KEPT_TABLE_SIZE]>);

const KEPT_TABLE_SIZE: usize = 0x2000;
/// An entry at or above this: a character that folds to itself, its code in the low byte.
const KEPT: u16 = 0x400;
/// A two-byte character that folds to another two-byte character (ة → ه): a run of kept
/// characters goes on through it, and the other is written over it after the run's copy.
const REPLACED: u16 = 0x200;
/// The plain space: it folds to itself but after another space.
const KEPT_SPACE: u16 = 0x100;

/// The index in [`KeptCodes`] of the character at code point `point`, below U+0800.
fn kept_index(point: usize) -> usize {
    match point {
        0..0x80 => point,
        // The bytes of the character in UTF-8, `110xxxxx 10yyyyyy`, less the lead's tag.
        _ => (((point >> 6) & 0x1F) << 8) | 0x80 | (point & 0x3F),
    }
}

impl KeptCodes {
    /// The table for an alphabet whose code of each character below U+0800 is `codes`.
    pub fn new(codes: &[u8; TABLE_SIZE]) -> Self {
        let mut table = Box::new([0u16; KEPT_TABLE_SIZE]);
        for (point, &code) in codes.iter().enumerate() {
            let folded = TWO_BYTE_FOLDS[point] as usize;
            let (flag, code) = match point {
                0x20 => (KEPT_SPACE, code),
                _ if KEEPS_ITSELF[point] => (KEPT, code),
                0x80.. if folded != 0 && folded != point => (REPLACED, codes[folded & (TABLE_SIZE - 1)]),
                _ => continue,
            };
            if let Some(entry) = table.get_mut(kept_index(point)) {
                *entry = flag | u16::from(code);
            }
        }
        KeptCodes(table)
    }

    /// Codes the run of characters that fold to themselves from `at` into `out`, as
    /// [`extend_kept_run`] and [`CodesOf`] do; returns where the run ends and how many codes
    /// were written (at the start of `out`). It may stop before the run's end (the last
    /// byte of the text, `out` full): the fold goes on from there character by character.
    #[inline(always)]
    fn code_run(
        &self,
        bytes: &[u8],
        at: usize,
        out: &mut [MaybeUninit<u8>],
        replaced: &mut Vec<Replaced>,
    ) -> (usize, usize) {
        // The table held in a register: the writes to `out` would make it reloaded each step.
        let table: &[u16; KEPT_TABLE_SIZE] = &self.0;
        let mut written = 0;
        // A space after a space is no longer itself (runs of spaces collapse). Inside the loop
        // a kept space looks at the byte after it; the byte before the first is looked at here.
        if bytes.get(at) == Some(&b' ') && follows_space(bytes, at) {
            return (at, 0);
        }
        let mut rest = bytes.get(at..).unwrap_or_default();
        // Two bytes read at once, one bounds check: a letter, or an ASCII byte and the next.
        while let [first, second, ..] = *rest {
            // A two-byte character first, the most common (Arabic letters): its lead `C0`-`DF`
            // puts the pair of bytes, less `C000`, below `2000`, and that difference is its
            // index. One subtraction and one compare, where testing for ASCII first, then
            // masking and shifting the lead, took seven instructions a letter.
            let pair = u16::from_be_bytes([first, second]).wrapping_sub(0xC000);
            let (index, len) = if pair < 0x2000 {
                (usize::from(pair), 2)
            } else if first < 0x80 {
                (usize::from(first), 1)
            } else {
                break;
            };
            let entry = table[index];
            if entry < KEPT {
                if entry >= REPLACED {
                    // Only within the room the vector has: a push that may grow it is a call,
                    // and a call in this loop made the compiler keep the table and `out` on
                    // the stack, loaded again at every letter. With more such letters than
                    // room ([`REPLACED_ROOM`], emptied by every copy of a run) the run stops
                    // here, and the fold goes on from the letter as from any other.
                    if replaced.len() == replaced.capacity() {
                        break;
                    }
                    let at = bytes.len() - rest.len();
                    let point = (usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F);
                    replaced.push(Replaced { at, by: TWO_BYTE_FOLDS[point] });
                } else if entry < KEPT_SPACE {
                    break;
                } else if second == b' ' {
                    // A space kept, before another: the run ends after it.
                    let Some(slot) = out.get_mut(written) else { break };
                    slot.write(entry as u8);
                    written += 1;
                    rest = rest.get(1..).unwrap_or_default();
                    break;
                }
            }
            let Some(slot) = out.get_mut(written) else { break };
            slot.write(entry as u8);
            written += 1;
            rest = rest.get(len..).unwrap_or_default();
        }
        (bytes.len() - rest.len(), written)
    }
}

/// Whether the byte before `at` is a space: a space after a space is no longer itself, runs
/// of spaces collapse.
#[inline(always)]
fn follows_space(bytes: &[u8], at: usize) -> bool {
    at.checked_sub(1).and_then(|before| bytes.get(before)) == Some(&b' ')
}

/// The folded view while it is being built.
struct FoldedBytes<C> {
    text: String,
    anchors: Vec<Anchor>,
    /// The original offset less the folded offset within the current stretch: a character
    /// that does not keep it starts a new stretch. `usize::MAX` before the first character:
    /// no first character has it, as its source lies inside the text.
    step: usize,
    codes: C,
    /// The letters of the current run that fold to another two-byte letter, to write over
    /// once the run is copied: in ascending order, emptied by every copy.
    replaced: Vec<Replaced>,
}

/// A two-byte letter inside a run that folds to another, `by`, of two bytes as well: the
/// run goes on through it (the stretch of the map with it: the lengths are equal) instead of
/// ending there and starting again after it, which cost a copy and a restart (ة ends a word in
/// ten, أ starts one in twenty).
struct Replaced {
    /// Where the letter starts in the text folded.
    at: usize,
    by: char,
}

/// The replaced letters a run notes before it is copied ([`KeptCodes::code_run`]): a run of
/// Arabic text seldom has more than a few (ة ends a word in ten, أ starts one in twenty).
const REPLACED_ROOM: usize = 64;

impl<C: Codes> FoldedBytes<C> {
    fn with_room(bytes: usize, codes: C) -> Self {
        // Folding only shrinks text, but for presentation forms (ﷲ → الله): slack for those.
        let room = bytes + 16;
        // Arabic news breaks a stretch every hundred bytes or so (digits, quotes, harakat):
        // room for twice that many anchors, so few articles grow the vector.
        let anchors = Vec::with_capacity(bytes / 64 + 4);
        FoldedBytes {
            text: String::with_capacity(room),
            anchors,
            step: usize::MAX,
            codes,
            replaced: Vec::with_capacity(REPLACED_ROOM),
        }
    }

    /// Notes that the next folded character comes from original byte `original`: a new
    /// anchor unless it continues the current stretch. In a run of letters that fold to as
    /// many bytes, one subtraction and a test that always fails.
    #[inline(always)]
    fn source(&mut self, original: usize) {
        let step = original.wrapping_sub(self.text.len());
        if self.step != step {
            self.anchor(original);
        }
    }

    fn anchor(&mut self, original: usize) {
        let folded = self.text.len();
        self.step = original.wrapping_sub(folded);
        self.anchors.push(Anchor { folded: folded as u32, original: original as u32 });
    }

    /// Appends the run `text[from..to]` of characters that fold to themselves, whose first
    /// character's source was noted when the run began: the stretch goes on through it.
    /// The letters of the run that fold to others are then written over.
    #[inline(always)]
    fn push_run(&mut self, text: &str, from: usize, to: usize) {
        if from < to {
            let start = self.text.len();
            self.text.push_str(text.get(from..to).unwrap_or_default());
            if !self.replaced.is_empty() {
                self.write_replaced(start, from);
            }
        }
    }

    /// Writes each replaced letter's fold over its copy in the run just appended, which
    /// starts at `start` in the folded text and at `from` in the text folded.
    fn write_replaced(&mut self, start: usize, from: usize) {
        // SAFETY: only a two-byte character (its first byte `C0`-`DF`, so its second is the
        // one continuation byte after it, the text being UTF-8) is written over, and only with
        // the two bytes of another; the text stays UTF-8 whatever the offsets. The proptests
        // compare the result with the plain fold.
        let folded = unsafe { self.text.as_bytes_mut() };
        for replaced in self.replaced.drain(..) {
            let mut encoded = [0; 4];
            let by = replaced.by.encode_utf8(&mut encoded).as_bytes();
            let at = replaced.at.wrapping_sub(from).wrapping_add(start);
            let Some(slot) = folded.get_mut(at..).and_then(|rest| rest.get_mut(..2)) else { continue };
            if by.len() == 2 && slot.first().is_some_and(|&lead| lead & 0xE0 == 0xC0) {
                slot.copy_from_slice(by);
            }
        }
    }

    fn finish(self) -> (String, Vec<Anchor>, C) {
        (self.text, self.anchors, self.codes)
    }
}

impl<C: Codes> Sink for FoldedBytes<C> {
    #[inline(always)]
    fn push(&mut self, c: char, original: usize) {
        self.source(original as u32 as usize);
        self.text.push(c);
        self.codes.any(c);
    }
    fn ends_with_space(&self) -> bool {
        self.text.as_bytes().last() == Some(&b' ')
    }
}

/// True for the bytes that continue a UTF-8 character.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

impl Folded<'_> {
    /// The folded text as bytes (UTF-8): what matchers run over.
    pub fn as_bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn original_end(&self) -> usize {
        self.base + self.original.len()
    }

    /// The original byte range behind the folded byte range `folded` (clamped to the text).
    /// It ends after the last source character and the combining marks on it. An empty range
    /// maps to an empty range where the next folded character starts.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let (start, anchor) = self.original_offset_and_anchor(folded.start, 0);
        if folded.end <= folded.start || self.text.is_empty() {
            return start..start;
        }
        let last = folded.end.min(self.text.len()) - 1;
        // The last character is a few after the first (a name's length): its anchor is looked
        // for from the first one's on, not searched for again among all the text's anchors.
        let (last_start, _) = self.original_offset_and_anchor(last, anchor);
        start..self.end_of_character_at(last_start).max(start)
    }

    /// The original text behind the folded byte range `folded`: what [`Folded::original_range`]
    /// covers, marks included.
    pub fn original_text(&self, folded: Range<usize>) -> &str {
        let range = self.original_range(folded);
        let (start, end) = (range.start.saturating_sub(self.base), range.end.saturating_sub(self.base));
        self.original.get(start..end).unwrap_or("")
    }

    /// The end of the original character at `at`, with the marks that sit on it.
    fn end_of_character_at(&self, at: usize) -> usize {
        let rest = self.original.get(at.saturating_sub(self.base)..).unwrap_or("");
        let mut chars = rest.char_indices();
        if chars.next().is_none() {
            return self.original_end();
        }
        let after_marks = chars.find(|&(_, c)| !is_mark(c)).map_or(rest.len(), |(offset, _)| offset);
        at + after_marks
    }

    /// The first folded byte whose source starts at or after original byte `original`: where
    /// the folded form of text starting there begins.
    pub fn folded_offset(&self, original: usize) -> usize {
        self.folded_offset_from(self.last_anchor_before(original), original)
    }

    /// [`Folded::folded_offset`] given `anchor`, the index of the last anchor whose source is
    /// before `original` (none: the answer is the first byte).
    fn folded_offset_from(&self, anchor: Option<usize>, original: usize) -> usize {
        let Some(from) = anchor.and_then(|i| self.anchors.get(i)) else {
            return 0;
        };
        let bytes = self.text.as_bytes();
        // The stretch ends where the next one starts, whose source is at or after `original`.
        let end = anchor
            .and_then(|i| self.anchors.get(i + 1))
            .map_or(bytes.len(), |next| (next.folded as usize).min(bytes.len()));
        let mut at = (from.folded as usize).saturating_add(original.saturating_sub(from.original as usize));
        // A byte inside a folded character comes from where that character starts, before
        // `original`: the answer is the next character.
        while at < end && is_continuation(bytes[at]) {
            at += 1;
        }
        at.min(end)
    }

    /// The index of the last anchor whose source is before `original`.
    fn last_anchor_before(&self, original: usize) -> Option<usize> {
        self.anchors.partition_point(|a| (a.original as usize) < original).checked_sub(1)
    }

    /// A reader of [`Folded::folded_offset`] for original offsets asked in ascending order,
    /// as a walk over tokens asks them: it moves on from the last answer's stretch instead
    /// of searching all of them.
    pub fn forward_offsets(&self) -> ForwardOffsets<'_, '_> {
        ForwardOffsets { folded: self, next: 0 }
    }

    /// The original byte where the folded byte `folded` comes from.
    pub fn original_offset(&self, folded: usize) -> usize {
        self.original_offset_and_anchor(folded, 0).0
    }

    /// [`Folded::original_offset`], and how many anchors start at or before the folded
    /// character holding `folded` (the index after its stretch's anchor), which is at least
    /// `from` when `from` was so found for an earlier byte (anchors ascend in `folded`).
    fn original_offset_and_anchor(&self, folded: usize, from: usize) -> (usize, usize) {
        let bytes = self.text.as_bytes();
        if folded >= bytes.len() {
            return (self.original_end(), from);
        }
        // The bytes of one folded character all come from where it starts.
        let mut at = folded;
        while at > 0 && is_continuation(bytes[at]) {
            at -= 1;
        }
        let starts_before = |a: &Anchor| a.folded as usize <= at;
        let after = match from {
            0 => self.anchors.partition_point(starts_before),
            // A few steps on from an earlier byte's anchor (none or one, mostly).
            from => {
                from + self
                    .anchors
                    .get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|a| starts_before(a))
                    .count()
            }
        };
        match after.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(anchor) => (anchor.original as usize + at.saturating_sub(anchor.folded as usize), after),
            None => (self.original_end(), after),
        }
    }
}

/// See [`Folded::forward_offsets`]. Asked out of order, it searches, so it is never wrong.
pub struct ForwardOffsets<'f, 'a> {
    folded: &'f Folded<'a>,
    /// The first anchor whose source is at or after the last original offset asked: the one
    /// before it starts that offset's stretch. A plain index, not an option, keeps the step
    /// from one token to the next to a compare or two.
    next: usize,
}

impl ForwardOffsets<'_, '_> {
    /// The same as [`Folded::folded_offset`]. Inlined into the walk over tokens, which asks
    /// it twice a word: the common answer is a compare with the next anchor and a subtraction.
    #[inline(always)]
    pub fn folded_offset(&mut self, original: usize) -> usize {
        let anchors = self.folded.anchors.as_slice();
        let is_before = |a: &Anchor| (a.original as usize) < original;
        let asked_backwards =
            self.next.checked_sub(1).and_then(|last| anchors.get(last)).is_some_and(|a| !is_before(a));
        if asked_backwards {
            return self.search(original);
        }
        while anchors.get(self.next).is_some_and(is_before) {
            self.next += 1;
        }
        let Some(from) = self.next.checked_sub(1).and_then(|i| anchors.get(i)) else {
            return 0;
        };
        let bytes = self.folded.text.as_bytes();
        // The stretch ends where the next one starts, whose source is at or after `original`.
        let end = anchors.get(self.next).map_or(bytes.len(), |next| (next.folded as usize).min(bytes.len()));
        let mut at = (from.folded as usize).saturating_add(original.saturating_sub(from.original as usize));
        // A byte inside a folded character comes from where that character starts, before
        // `original`: the answer is the next character.
        while at < end && bytes.get(at).is_some_and(|&byte| is_continuation(byte)) {
            at += 1;
        }
        at.min(end)
    }

    /// An offset before the last one asked: found by halving, and the walk goes on from it.
    #[cold]
    #[inline(never)]
    fn search(&mut self, original: usize) -> usize {
        self.next = self.folded.anchors.partition_point(|a| (a.original as usize) < original);
        self.folded.folded_offset_from(self.next.checked_sub(1), original)
    }
}

/// Folds `text`, keeping the map from folded bytes back to original bytes.
pub fn fold(text: &str) -> Folded<'_> {
    fold_at(text, 0)
}

/// Folds `text`, a slice that starts at byte `base` of some original, mapping into that original.
pub fn fold_at(text: &str, base: usize) -> Folded<'_> {
    let mut built = FoldedBytes::with_room(text.len(), NoCodes);
    fold_mapped(text, base, &mut built, &mut NoMarks);
    let (folded, anchors, NoCodes) = built.finish();
    Folded { original: text, base, text: folded, anchors }
}

/// Folds `text` as [`fold`] does and finds where each of `marks` (original offsets, in
/// ascending order) falls in the folded view on the way: for each, what
/// [`Folded::folded_offset`] would answer. A mark out of order is answered where the fold
/// has got to.
pub fn fold_marking<'t>(text: &'t str, marks: &[usize]) -> (Folded<'t>, Vec<usize>) {
    let mut built = FoldedBytes::with_room(text.len(), NoCodes);
    let mut found = MarksOf::new(marks);
    fold_mapped(text, 0, &mut built, &mut found);
    let (folded, anchors, NoCodes) = built.finish();
    (Folded { original: text, base: 0, text: folded, anchors }, found.found)
}

/// Folds `text` as [`fold`] does and codes each folded character with `coder` on the way:
/// the folded view, and its codes, one per character.
pub fn fold_coded<'t, K: CharCoder>(text: &'t str, coder: &K) -> (Folded<'t>, Vec<u8>) {
    fold_coded_with(text, coder, &mut NoMarks)
}

/// [`fold_coded`] and [`fold_marking`] in one pass: the folded view, its codes, and the folded
/// offset of each of `marks` (original offsets, ascending).
///
/// The coder is taken as a trait object, so this function, the engine's largest pass over
/// each article, is compiled once, here, and not again in the crate of each coder: compiled
/// in the lexicon's crate its code changed with whatever else changed there (2 to 5% more
/// instructions from one build to the next). The coder is asked once for its tables, and
/// called only for characters beyond them (U+0800 on), which Arabic news hardly has.
pub fn fold_coded_marking<'t>(
    text: &'t str,
    coder: &dyn CharCoder,
    marks: &[usize],
) -> (Folded<'t>, Vec<u8>, Vec<usize>) {
    let mut found = MarksOf::new(marks);
    let (folded, codes) = fold_coded_with(text, coder, &mut found);
    (folded, codes, found.found)
}

fn fold_coded_with<'t, K: CharCoder + ?Sized, M: Marks>(
    text: &'t str,
    coder: &K,
    marks: &mut M,
) -> (Folded<'t>, Vec<u8>) {
    let table = coder.codes_below_0x800();
    let codes = CodesOf { codes: Vec::with_capacity(text.len()), table, kept: coder.kept_codes(), coder };
    let mut built = FoldedBytes::with_room(text.len(), codes);
    fold_mapped(text, 0, &mut built, marks);
    let (folded, anchors, codes) = built.finish();
    (Folded { original: text, base: 0, text: folded, anchors }, codes.codes)
}

/// The byte (in the text, `raw` starting there at `start`) where `raw` goes on after its first
/// `letters` letters, the characters folding drops not counted: where a word's span starts
/// once its proclitic letters are left out. `start` when the word has no more letters.
pub fn byte_after_letters(raw: &str, start: usize, letters: usize) -> usize {
    let mut seen = 0;
    for (offset, c) in raw.char_indices() {
        if is_dropped(c) {
            continue;
        }
        if seen == letters {
            return start + offset;
        }
        seen += 1;
    }
    start
}

/// True when folding drops `c` entirely: marks, tatweel, bidi and joiner controls.
pub fn is_dropped(c: char) -> bool {
    matches!(classify(c), Fold::Mark | Fold::Drop)
}

/// The folded form of one character when folding maps it to exactly one character: `None`
/// for what folding drops, and for presentation forms (which may expand to several letters).
pub fn fold_char(c: char) -> Option<char> {
    match classify(c) {
        Fold::Char(folded) => Some(folded),
        Fold::Space => Some(' '),
        Fold::Mark | Fold::Drop | Fold::Decompose => None,
    }
}

/// True for the combining marks (harakat and their kin) that folding removes.
pub fn is_mark(c: char) -> bool {
    matches!(classify(c), Fold::Mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_harakat_tanween_shadda_sukun_superscript_alef_and_tatweel() {
        assert_eq!(fold_key("حقّقه"), "حققه");
        assert_eq!(fold_key("جميعاً"), "جميعا");
        assert_eq!(fold_key("هٰذا"), "هذا");
        assert_eq!(fold_key("مُسْلِمٌ"), "مسلم");
        assert_eq!(fold_key("الـ24"), "ال24");
    }

    #[test]
    fn unifies_letters_that_spelling_varies_on() {
        assert_eq!(fold_key("أإآٱ"), "اااا");
        assert_eq!(fold_key("مصطفى"), "مصطفي");
        assert_eq!(fold_key("الدولة"), "الدوله");
        assert_eq!(fold_key("مؤتمر"), "موتمر");
        assert_eq!(fold_key("رئيس"), "رييس");
        assert_eq!(fold_key("ایران"), "ايران");
    }

    #[test]
    fn folds_digits_of_every_script_and_punctuation() {
        assert_eq!(fold_key("٣٠٠٠ و۱۲"), "3000 و12");
        assert_eq!(fold_key("«داعش»، “قسد”؟ ؛"), "\"داعش\", \"قسد\"? ;");
        assert_eq!(fold_key("٣٫٥٪"), "3.5%");
    }

    #[test]
    fn folds_presentation_forms_to_base_letters() {
        assert_eq!(fold_key("\u{FEFB}"), "لا"); // lam-alef ligature
        assert_eq!(fold_key("\u{FEF7}"), "لا"); // lam-alef with hamza above
        assert_eq!(fold_key("\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}"), "الله");
        assert_eq!(fold_key("ب\u{FE70}"), "ب"); // isolated fathatan is a mark, not a space
    }

    #[test]
    fn drops_bidi_and_joiner_controls_and_collapses_spaces() {
        assert_eq!(fold_key("دير\u{200F} \u{00A0}الزور\u{200C}\u{061C}"), "دير الزور");
        assert_eq!(fold_key("ISIS Raqqa"), "isis raqqa");
    }

    #[test]
    fn folding_twice_changes_nothing() {
        let once = fold_key("«الدَّوْلَة الإسلاميّة» ﻻ ٣ ﷲ ﷺ \u{FE70}");
        assert_eq!(fold_key(&once), once);
    }

    #[test]
    fn maps_folded_matches_back_to_the_original() {
        let text = "قال «داعشٌ» في الرَّقة";
        let folded = fold(text);
        let key = fold_key("داعش");
        let at = folded.as_str().find(&key).unwrap();
        let range = folded.original_range(at..at + key.len());
        assert_eq!(&text[range], "داعشٌ");
        let key = fold_key("الرقة");
        let at = folded.as_str().find(&key).unwrap();
        assert_eq!(&text[folded.original_range(at..at + key.len())], "الرَّقة");
    }

    #[test]
    fn maps_expanded_ligatures_to_the_whole_original_character() {
        let text = "\u{FEFB}بد";
        let folded = fold(text);
        assert_eq!(folded.as_str(), "لابد");
        assert_eq!(folded.original_range(0..2), 0..3);
        assert_eq!(folded.original_range(2..4), 0..3);
    }

    /// The map as it was before anchors: each folded byte's source, written byte by byte.
    struct DenseSink {
        text: String,
        starts: Vec<usize>,
    }

    impl Sink for DenseSink {
        fn push(&mut self, c: char, original: usize) {
            self.text.push(c);
            self.starts.extend(std::iter::repeat_n(original, c.len_utf8()));
        }
        fn ends_with_space(&self) -> bool {
            self.text.ends_with(' ')
        }
    }

    /// Characters that start, break and end the stretches of the sparse map.
    const MAP_PIECES: &[&str] = &[
        "د",
        "ير",
        "ة",
        "أ",
        "\u{064B}",
        "\u{0651}",
        "ـ",
        "\u{FEFB}",
        "\u{FDFA}",
        "\u{FE70}",
        "٣",
        "3",
        "A",
        "ab",
        " ",
        "  ",
        "\u{00A0}",
        "\u{200F}",
        "«",
        "“",
        "،",
        "😀",
        "é",
        "e\u{0301}",
        "\u{0301}",
    ];

    fn map_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop::collection::vec(prop::sample::select(MAP_PIECES), 0..40).prop_map(|p| p.concat());
        prop_oneof![pieces, any::<String>()]
    }

    /// A coder with a code of its own for many characters, so that a code read from the
    /// wrong place in [`KeptCodes`] shows.
    struct SpreadCoder {
        table: Box<[u8; TABLE_SIZE]>,
        kept: KeptCodes,
    }

    impl SpreadCoder {
        fn new() -> Self {
            let mut table = Box::new([0u8; TABLE_SIZE]);
            for (point, code) in table.iter_mut().enumerate() {
                *code = (point * 7 % 251) as u8;
            }
            let kept = KeptCodes::new(&table);
            SpreadCoder { table, kept }
        }
    }

    impl CharCoder for SpreadCoder {
        fn codes_below_0x800(&self) -> &[u8; TABLE_SIZE] {
            &self.table
        }
        fn code(&self, c: char) -> u8 {
            self.table.get(c as usize).copied().unwrap_or((c as u32 % 251) as u8)
        }
        fn kept_codes(&self) -> &KeptCodes {
            &self.kept
        }
    }

    /// Letters that fold to others inside a run (ة أ ى ئ ؤ, after a letter) are written over
    /// the run's copy: the text, map and codes are the plain fold's.
    #[test]
    fn a_run_goes_on_through_letters_that_fold_to_others() {
        let coder = SpreadCoder::new();
        for text in ["مدرسة الدولة أمس", "الأمم المتحدة مصطفى رئيس مؤتمر", "ةةة أإآ", "aة bأ"]
        {
            let (folded, codes, _) = fold_coded_marking(text, &coder, &[]);
            assert_eq!(folded, fold(text), "{text}");
            let expected: Vec<u8> = folded.as_str().chars().map(|c| coder.code(c)).collect();
            assert_eq!(codes, expected, "{text}");
        }
    }

    /// A run with more such letters than the room kept for them stops at the first that has
    /// no room, and the fold goes on from it: text, map, marks and codes are the plain fold's.
    #[test]
    fn a_run_with_more_replaced_letters_than_room_folds_as_the_plain_fold() {
        let coder = SpreadCoder::new();
        for text in ["مدرسة أمس ".repeat(REPLACED_ROOM), "ةأى".repeat(REPLACED_ROOM * 3), "aةب".repeat(200)]
        {
            let asked: Vec<usize> = (0..text.len()).step_by(7).collect();
            let (folded, codes, found) = fold_coded_marking(&text, &coder, &asked);
            let (plain, plain_found) = fold_marking(&text, &asked);
            assert_eq!(folded, plain, "{text}");
            assert_eq!(found, plain_found, "{text}");
            let expected: Vec<u8> = plain.as_str().chars().map(|c| coder.code(c)).collect();
            assert_eq!(codes, expected, "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// Coding while folding (its run loop reads [`KeptCodes`]) gives the plain fold's view
        /// and marks, and each folded character's code.
        #[test]
        fn coding_while_folding_agrees_with_the_plain_fold(
            text in map_text(),
            mut asked in proptest::collection::vec(0usize..1200, 0..24),
        ) {
            asked.sort_unstable();
            let coder = SpreadCoder::new();
            let (folded, codes, found) = fold_coded_marking(&text, &coder, &asked);
            let (plain, plain_found) = fold_marking(&text, &asked);
            proptest::prop_assert_eq!(&folded, &plain);
            proptest::prop_assert_eq!(found, plain_found);
            let expected: Vec<u8> = plain.as_str().chars().map(|c| coder.code(c)).collect();
            proptest::prop_assert_eq!(codes, expected);
        }

        /// The sparse map answers every lookup as the byte-by-byte map does.
        #[test]
        fn the_sparse_map_agrees_with_the_dense_one(
            text in map_text(),
            base in 0usize..1000,
            asked in proptest::collection::vec(0usize..1200, 0..12),
        ) {
            let folded = fold_at(&text, base);
            let mut dense = DenseSink { text: String::new(), starts: Vec::new() };
            fold_into(&text, base, &mut dense);
            proptest::prop_assert_eq!(folded.as_str(), dense.text.as_str());
            let end = base + text.len();
            for at in 0..=dense.starts.len() + 1 {
                let expected = dense.starts.get(at).copied().unwrap_or(end);
                proptest::prop_assert_eq!(folded.original_offset(at), expected, "folded byte {}", at);
            }
            // A range's last character found from its first one's anchor on, as searched alone.
            let len = folded.as_str().len();
            for first in 0..=dense.starts.len() + 1 {
                for past in first + 1..(first + 12).min(dense.starts.len() + 2) {
                    let start = folded.original_offset(first);
                    let expected = match past.min(len).checked_sub(1) {
                        Some(last) => start..folded.end_of_character_at(folded.original_offset(last)).max(start),
                        None => start..start,
                    };
                    proptest::prop_assert_eq!(folded.original_range(first..past), expected, "{}..{}", first, past);
                }
            }
            let mut forward = folded.forward_offsets();
            let ascending = base.saturating_sub(2)..=end + 2;
            for original in ascending.chain(asked.iter().copied()) {
                let expected = dense.starts.partition_point(|&s| s < original);
                proptest::prop_assert_eq!(folded.folded_offset(original), expected, "original {}", original);
                proptest::prop_assert_eq!(forward.folded_offset(original), expected, "forward {}", original);
            }
        }

        /// Offsets marked while folding are answered as the map answers them afterwards.
        #[test]
        fn marks_found_while_folding_agree_with_the_map(
            text in map_text(),
            mut asked in proptest::collection::vec(0usize..1200, 0..24),
        ) {
            asked.sort_unstable();
            let (folded, found) = fold_marking(&text, &asked);
            let plain = fold(&text);
            proptest::prop_assert_eq!(folded.as_str(), plain.as_str());
            proptest::prop_assert_eq!(found.len(), asked.len());
            for (&original, &at) in asked.iter().zip(&found) {
                proptest::prop_assert_eq!(at, folded.folded_offset(original), "original {}", original);
            }
        }
    }

    #[test]
    fn out_of_range_lookups_are_clamped() {
        let folded = fold("ab");
        assert_eq!(folded.original_range(5..9), 2..2);
        assert_eq!(folded.original_range(1..9), 1..2);
        assert_eq!(folded.original_offset(40), 2);
    }
}
