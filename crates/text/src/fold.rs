//! The folded view: a matching key for Arabic text, with a map back to the original.
//!
//! Folding removes what spelling varies on and meaning does not: harakat, tanween, shadda,
//! sukun, superscript alef, Quranic marks and tatweel; it unifies the alef and hamza seats
//! (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), the Persian letters Arabic sites mix in (ی ک),
//! digits of every script (٣ ۳ → 3), presentation forms (ﻻ → لا), quote marks (« » “ ” → "),
//! Arabic punctuation (، ؛ ؟ → , ; ?), exotic spaces (→ one space) and ASCII case; it drops
//! bidi and joiner controls (ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM).
//!
//! **Folding is for matching keys only, never for display**, and dictionary keys and text are
//! folded by this one function, so that they meet. **Folding twice changes nothing.**
//!
//! [`fold`] also records, for every byte of the folded text, the byte range of the original
//! character it came from, so a match in the folded view maps back to the text as written. A
//! combining mark that folding drops is counted into the range of the letter it sits on, so a
//! span ending in `داعشٌ` covers the tanween too.

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
            ' ' => Fold::Space,
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
/// folding maps it to one (most Arabic letters: to themselves), else 0: the fast path of
/// [`fold`] pushes those without classifying them.
static TWO_BYTE_FOLDS: [u16; TABLE_SIZE] = {
    let mut table = [0u16; TABLE_SIZE];
    let mut code = 0x80;
    while code < TABLE_SIZE {
        if let Some(c) = char::from_u32(code as u32) {
            if let Fold::Char(folded) = classify_by_rules(c) {
                let out = folded as u32;
                if out >= 0x80 && out < 0x800 {
                    table[code] = out as u16;
                }
            }
        }
        code += 1;
    }
    table
};

/// Folds `text` into the folded view, a character at a time with fast paths for the
/// characters news is made of. Runs of text that folds to itself are short in Arabic (ة أ ى
/// and harakat break them every few letters), so each character takes the same few steps
/// instead of starting a run.
fn fold_mapped(text: &str, base: usize, sink: &mut FoldedBytes) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&first) = bytes.get(at) {
        let original = (base + at) as u32;
        if first == b' ' {
            // Runs of spaces collapse to one.
            if !sink.ends_with_space() {
                sink.push_ascii(b' ', original);
            }
            at += 1;
            continue;
        }
        if first < 0x80 && KEEPS_ITSELF[usize::from(first)] {
            sink.push_ascii(first, original);
            at += 1;
            continue;
        }
        if let (0xC0..=0xDF, Some(&second)) = (first, bytes.get(at + 1)) {
            let code = (usize::from(first & 0x1F) << 6) | usize::from(second & 0x3F);
            if let Some(folded) = char::from_u32(u32::from(TWO_BYTE_FOLDS[code])).filter(|&c| c != '\0') {
                sink.push_two_bytes(folded, original);
                at += 2;
                continue;
            }
        }
        let (c, len) = char_at(text, at);
        fold_char_into(c, base + at, sink);
        at += len;
    }
}

/// For each character below [`TABLE_SIZE`], whether folding keeps it as it is (the plain
/// space aside, which [`end_of_kept_run`] looks at itself).
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
    /// For each folded byte, the original byte where its source character starts. Where it
    /// ends is read off the original when asked: one map instead of two keeps folding fast.
    starts: Vec<u32>,
}

/// The folded view while it is being built.
struct FoldedBytes {
    text: String,
    starts: Vec<u32>,
}

impl FoldedBytes {
    fn with_room(bytes: usize) -> Self {
        // Folding only shrinks text, but for presentation forms (ﷲ → الله): slack for those.
        let room = bytes + 16;
        FoldedBytes { text: String::with_capacity(room), starts: Vec::with_capacity(room) }
    }

    /// Appends a character of two bytes in UTF-8: the common case, Arabic letters.
    #[inline(always)]
    fn push_two_bytes(&mut self, c: char, start: u32) {
        self.text.push(c);
        self.starts.extend_from_slice(&[start, start]);
    }

    /// Appends an ASCII character that came from original byte `original`.
    #[inline(always)]
    fn push_ascii(&mut self, byte: u8, original: u32) {
        self.text.push(char::from(byte));
        self.starts.push(original);
    }

    fn finish(self) -> (String, Vec<u32>) {
        (self.text, self.starts)
    }
}

impl Sink for FoldedBytes {
    #[inline(always)]
    fn push(&mut self, c: char, original: usize) {
        let start = original as u32;
        self.text.push(c);
        let len = c.len_utf8();
        self.starts.extend_from_slice(&[start; 4][..len]);
    }
    fn ends_with_space(&self) -> bool {
        self.text.as_bytes().last() == Some(&b' ')
    }
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
        let start = self.original_offset(folded.start);
        if folded.end <= folded.start {
            return start..start;
        }
        let last = folded.end.min(self.starts.len()).saturating_sub(1);
        let last_start = self.starts.get(last).map_or(start, |&s| s as usize);
        start..self.end_of_character_at(last_start).max(start)
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
    /// the folded form of text starting there begins. `hint` is a folded offset at or before
    /// the answer, from which a short scan finds it (callers walking forward through the text
    /// pass the last answer); a hint past the answer costs a binary search instead.
    pub fn folded_offset(&self, original: usize, hint: usize) -> usize {
        let hint = hint.min(self.starts.len());
        let hint_is_before = hint == 0 || (self.starts[hint - 1] as usize) < original;
        if !hint_is_before {
            return self.starts.partition_point(|&s| (s as usize) < original);
        }
        // Sources only grow along the folded text, and most characters fold to as many
        // bytes as they had: guess that the answer lies as far past the hint as `original`
        // lies past the hint's source, then step back over bytes that come from `original`
        // or later (dropped marks) and on over bytes that come from before it (expansions).
        let starts = &self.starts;
        let ahead = starts.get(hint).map_or(0, |&s| original.saturating_sub(s as usize));
        let mut at = hint.saturating_add(ahead).min(starts.len());
        while at > hint && starts[at - 1] as usize >= original {
            at -= 1;
        }
        while at < starts.len() && (starts[at] as usize) < original {
            at += 1;
        }
        at
    }

    /// The original byte where the folded byte `folded` comes from.
    pub fn original_offset(&self, folded: usize) -> usize {
        self.starts.get(folded).map_or(self.original_end(), |&s| s as usize)
    }
}

/// Folds `text`, keeping the map from folded bytes back to original bytes.
pub fn fold(text: &str) -> Folded<'_> {
    fold_at(text, 0)
}

/// Folds `text`, a slice that starts at byte `base` of some original, mapping into that original.
pub fn fold_at(text: &str, base: usize) -> Folded<'_> {
    let mut built = FoldedBytes::with_room(text.len());
    fold_mapped(text, base, &mut built);
    let (folded, starts) = built.finish();
    Folded { original: text, base, text: folded, starts }
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

    #[test]
    fn out_of_range_lookups_are_clamped() {
        let folded = fold("ab");
        assert_eq!(folded.original_range(5..9), 2..2);
        assert_eq!(folded.original_range(1..9), 1..2);
        assert_eq!(folded.original_offset(40), 2);
    }
}
