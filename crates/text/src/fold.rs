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

/// Classifies one character. The fast path is plain ASCII.
fn classify(c: char) -> Fold {
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
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Space,
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Fold::Char('\u{0627}')
        }
        '\u{0649}' | '\u{0626}' | '\u{06CC}' | '\u{06D0}' => Fold::Char('\u{064A}'),
        '\u{0629}' | '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06C3}' | '\u{06BE}' => {
            Fold::Char('\u{0647}')
        }
        '\u{0624}' => Fold::Char('\u{0648}'),
        '\u{06A9}' | '\u{06AA}' => Fold::Char('\u{0643}'),
        '\u{0660}'..='\u{0669}' => Fold::Char(shift_digit(c, '\u{0660}')),
        '\u{06F0}'..='\u{06F9}' => Fold::Char(shift_digit(c, '\u{06F0}')),
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '‶' | '〝' | '〞' => {
            Fold::Char('"')
        }
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

fn shift_digit(c: char, zero: char) -> char {
    char::from(b'0' + (c as u32 - zero as u32) as u8)
}

/// Where folded characters go: a bare key, or a key with its map to the original.
trait Sink {
    fn push(&mut self, c: char, original: Range<usize>);
    /// Extends the original range of the last pushed character (a mark that sat on it).
    fn extend_last(&mut self, original_end: usize);
    fn last_char(&self) -> Option<char>;
}

/// Folds `text` into `sink`; `base` is the byte offset of `text` in the original.
fn fold_into<S: Sink>(text: &str, base: usize, sink: &mut S) {
    for (offset, c) in text.char_indices() {
        let range = base + offset..base + offset + c.len_utf8();
        match classify(c) {
            Fold::Char(folded) => sink.push(folded, range),
            Fold::Space => push_space(sink, range),
            Fold::Mark => sink.extend_last(range.end),
            Fold::Drop => {}
            Fold::Decompose => fold_presentation_form(c, range, sink),
        }
    }
}

fn push_space<S: Sink>(sink: &mut S, range: Range<usize>) {
    if sink.last_char() != Some(' ') {
        sink.push(' ', range);
    }
}

/// A presentation form becomes its base letters, each folded again (ﺃ → أ → ا). The isolated
/// harakat forms decompose to a space and a mark; that leading space is not text.
fn fold_presentation_form<S: Sink>(c: char, range: Range<usize>, sink: &mut S) {
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
            Fold::Char(folded) => sink.push(folded, range.clone()),
            Fold::Space => push_space(sink, range.clone()),
            Fold::Mark => sink.extend_last(range.end),
            Fold::Drop | Fold::Decompose => {}
        }
    });
    if !decomposed {
        sink.push(c, range);
    }
}

/// A folded key without a map: what dictionaries and lookups use.
struct KeySink(String);

impl Sink for KeySink {
    fn push(&mut self, c: char, _: Range<usize>) {
        self.0.push(c);
    }
    fn extend_last(&mut self, _: usize) {}
    fn last_char(&self) -> Option<char> {
        self.0.chars().next_back()
    }
}

/// Folds `text` to its matching key. Lexicon keys and text go through this same function.
pub fn fold_key(text: &str) -> String {
    let mut sink = KeySink(String::with_capacity(text.len()));
    fold_into(text, 0, &mut sink);
    sink.0
}

/// The folded view of a text, with each folded byte's origin in the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// For each folded byte, the original byte where its source character starts.
    starts: Vec<u32>,
    /// For each folded byte, the original byte where its source character (and the marks
    /// that sit on it) ends.
    ends: Vec<u32>,
    original_len: usize,
}

impl Sink for Folded {
    fn push(&mut self, c: char, original: Range<usize>) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(original.start as u32);
            self.ends.push(original.end as u32);
        }
    }
    fn extend_last(&mut self, original_end: usize) {
        let Some(last) = self.text.chars().next_back() else {
            return;
        };
        let from = self.ends.len() - last.len_utf8();
        for end in &mut self.ends[from..] {
            *end = original_end as u32;
        }
    }
    fn last_char(&self) -> Option<char> {
        self.text.chars().next_back()
    }
}

impl Folded {
    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte range behind the folded byte range `folded` (clamped to the text).
    /// An empty range maps to an empty range where the next folded character starts.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self
            .starts
            .get(folded.start)
            .map_or(self.original_len, |&s| s as usize);
        if folded.end <= folded.start {
            return start..start;
        }
        let last = folded.end.min(self.ends.len()).saturating_sub(1);
        let end = self.ends.get(last).map_or(start, |&e| e as usize);
        start..end.max(start)
    }

    /// The original byte where the folded byte `folded` comes from.
    pub fn original_offset(&self, folded: usize) -> usize {
        self.starts
            .get(folded)
            .map_or(self.original_len, |&s| s as usize)
    }
}

/// Folds `text`, keeping the map from folded bytes back to original bytes.
pub fn fold(text: &str) -> Folded {
    fold_at(text, 0)
}

/// Folds `text`, a slice that starts at byte `base` of some original, mapping into that original.
pub fn fold_at(text: &str, base: usize) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
        original_len: base + text.len(),
    };
    fold_into(text, base, &mut folded);
    folded
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
        assert_eq!(
            fold_key("دير\u{200F} \u{00A0}الزور\u{200C}\u{061C}"),
            "دير الزور"
        );
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
