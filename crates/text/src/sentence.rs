//! The sentence splitter: the byte ranges of a text's sentences, found in one pass over its
//! bytes, without regular expressions and without allocating per character.
//!
//! A sentence ends after a terminator — `.` `!` `?` `؟` `؛` `…` `۔`, or a run of them (`...`,
//! `?!`) — and any closing quotes or brackets right after it (`.»`, `."`, `!)`), when white
//! space or the end of the text follows. A line break always ends a sentence: a paragraph
//! never continues over one.
//!
//! A terminator does not end the sentence when
//! - something is glued to it: `3.5`, `1.000.000`, `www.sana.sy`, `أ.ف.ب`, a URL's `?`;
//! - it is the dot of an abbreviation: a word of one letter, harakat and tatweel aside (`د.`,
//!   `م.`, `هـ.`, `ق.م.`, `U.S.`, `e.g.`), or a Latin title (`Mr.`, `Dr.`, `Gen.`);
//! - a lowercase Latin word follows (`etc. and`): a Latin sentence starts with a capital;
//! - a quote or bracket is open: `«…»`, `“…”`, `"…"`, `(…)`.
//!
//! A quote holds its sentences together only if it closes within its paragraph and within
//! [`MAX_QUOTE_CHARS`] characters. One that does not is treated as if it were no quote, and
//! the sentence ends it held back are restored, so an unbalanced quote never swallows an article.
//!
//! White space between sentences belongs to none of them. White space here includes the
//! invisible controls that the tokenizer also skips (bidi marks, joiners, BOM, soft hyphen).

use std::ops::Range;

use crate::fold::is_mark;
use crate::token::{is_arabic_letter, is_separator};

/// How many characters a quote may hold before it stops holding its sentences together.
pub const MAX_QUOTE_CHARS: usize = 600;

const TATWEEL: char = '\u{0640}';

/// Latin abbreviations that precede a name or a number, so their dot never ends a sentence.
const LATIN_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Gov", "Sen", "Rep", "St",
    "Mt", "Jr", "Sr", "vs", "No", "Nos", "Vol", "Fig",
];

/// The longest abbreviation in letters; a longer word before a dot is never one.
const MAX_ABBREVIATION_LETTERS: usize = 4;

/// How far back to look for the word before a dot, harakat and tatweel included.
const LOOK_BACK_CHARS: usize = 16;

/// The bytes that signal a character the splitter acts on; the scan passes all others by.
/// They are chosen to be rare in Arabic text, so that the scan seldom stops: the ASCII
/// characters themselves; the first bytes C2 (`«` `»` U+0085) and E2 (`…` `“` `”` `‼` `⁇` `⁈`
/// `⁉` U+2028 U+2029); but the second bytes of `؛` `؟` (D8 9B, D8 9F) and `۔` (DB 94), whose
/// first bytes start half the Arabic letters.
const SIGNALS: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"\n\r\x0B\x0C.!?\"()\xC2\xE2\x9B\x9F\x94";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// Where the character signalled by the byte at `pos` starts, if it may be one the splitter
/// acts on: there for a first byte, one byte back for the second byte of a two-byte one.
fn signalled_char(bytes: &[u8], pos: usize) -> Option<usize> {
    let is_second_byte = bytes[pos] & 0xC0 == 0x80;
    if !is_second_byte {
        return Some(pos);
    }
    let start = pos.checked_sub(1)?;
    matches!(bytes[start], 0xD8 | 0xDB).then_some(start)
}

/// Whether `byte` may be a signal byte: every byte of [`SIGNALS`] passes, and a few others
/// (tab, `,` `-` `/` `%` and the other ASCII marks below `0`; `90` to `9F`; `C2` and `E2`),
/// which the exact look after turns away. Told by comparisons alone, not by the table, so
/// the compiler tests a whole chunk at once (SSE2, part of every x86-64); Arabic letters and
/// the plain space never pass.
#[inline]
fn may_signal(byte: u8) -> u8 {
    let ascii = ((byte < b'0') & (byte != b' ')) | (byte == b'?');
    let second_byte = byte & 0xF0 == 0x90;
    let lead_byte = byte & 0xDF == 0xC2;
    u8::from(ascii | second_byte | lead_byte)
}

/// How many bytes [`next_signal`] tests at once.
const CHUNK: usize = 32;

/// The first signal byte at or after `pos`, or the end. Signals come every hundred bytes or
/// so (one in eleven chunks of [`CHUNK`] bytes holds one), so a chunk is tested whole by
/// [`may_signal`], and only one that may hold a signal is read a byte at a time.
fn next_signal(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<CHUNK>) {
        // Folded byte by byte, not mapped to an array first: `[u8; N]::map` went through
        // `try_map`, which the compiler left as a call that wrote the marks to the stack.
        if chunk.iter().fold(0, |any, &byte| any | may_signal(byte)) != 0 {
            if let Some(at) = chunk.iter().position(|&byte| SIGNALS[usize::from(byte)]) {
                return pos + at;
            }
        }
        pos += CHUNK;
    }
    while bytes.get(pos).is_some_and(|&byte| !SIGNALS[usize::from(byte)]) {
        pos += 1;
    }
    pos
}

/// Splits `text` into sentences: byte ranges, in order, trimmed of white space, never empty,
/// never overlapping, covering every character that is not white space.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut splitter = Splitter::new(text);
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        if !SIGNALS[bytes[pos] as usize] {
            pos = next_signal(bytes, pos + 1);
            continue;
        }
        pos = match signalled_char(bytes, pos) {
            Some(start) => splitter.step(start),
            None => pos + 1,
        };
    }
    splitter.finish()
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '؛' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Quote marks and brackets whose pairs hold a sentence together.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '"' | '(' | ')')
}

/// Marks that may close a quote or bracket right after a terminator: `.»`, `!)`, `?”`.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '“' | '"' | ')' | ']' | '}' | '’' | '\'' | '›')
}

/// The quotes and brackets open at a point of the text.
#[derive(Debug, Clone, Copy, Default)]
struct OpenQuotes {
    guillemets: u16,
    parens: u16,
    /// Arabic sites use `“` and `”` in either direction (`بـ”دولة الخلافة”`), so curly
    /// quotes pair up like straight ones: each closes an open one, or else opens one.
    curly: bool,
    straight: bool,
}

impl OpenQuotes {
    fn any(&self) -> bool {
        self.guillemets > 0 || self.parens > 0 || self.curly || self.straight
    }

    /// Takes a quote mark or bracket met in running text.
    fn take(&mut self, c: char) {
        match c {
            '«' => self.guillemets = self.guillemets.saturating_add(1),
            '(' => self.parens = self.parens.saturating_add(1),
            '“' | '”' => self.curly = !self.curly,
            '"' => self.straight = !self.straight,
            _ => self.close(c),
        }
    }

    /// Takes a mark right after a terminator: it closes what it matches and never opens.
    fn close(&mut self, c: char) {
        match c {
            '»' => self.guillemets = self.guillemets.saturating_sub(1),
            ')' => self.parens = self.parens.saturating_sub(1),
            '“' | '”' => self.curly = false,
            '"' => self.straight = false,
            _ => {}
        }
    }
}

/// The state of one pass over a text.
struct Splitter<'a> {
    text: &'a str,
    sentences: Vec<Range<usize>>,
    /// Where the sentence being read begins, before trimming.
    sentence_start: usize,
    quotes: OpenQuotes,
    /// Characters seen since the outermost open quote opened, counted up to `counted_to`.
    quote_chars: usize,
    counted_to: usize,
    /// Sentence ends that the open quote holds back, restored if it turns out to be no quote.
    held_back: Vec<usize>,
}

impl<'a> Splitter<'a> {
    fn new(text: &'a str) -> Self {
        Splitter {
            text,
            sentences: Vec::with_capacity(text.len() / 80 + 1),
            sentence_start: 0,
            quotes: OpenQuotes::default(),
            quote_chars: 0,
            counted_to: 0,
            held_back: Vec::new(),
        }
    }

    /// Acts on the character at `pos`; returns where to go on.
    fn step(&mut self, pos: usize) -> usize {
        let Some(c) = self.char_at(pos) else {
            return pos + 1;
        };
        if self.quote_outlived(pos) {
            self.drop_quotes();
        }
        if is_line_break(c) {
            self.end_paragraph(pos);
        } else if is_terminator(c) {
            return self.after_terminators(pos);
        } else if is_quote_mark(c) {
            self.update_quotes(pos, |quotes| quotes.take(c));
        }
        pos + c.len_utf8()
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..).and_then(|rest| rest.chars().next())
    }

    /// Skips characters from `pos` while `keep` holds; returns the end.
    fn skip(&self, mut pos: usize, keep: impl Fn(char) -> bool) -> usize {
        while let Some(c) = self.char_at(pos).filter(|&c| keep(c)) {
            pos += c.len_utf8();
        }
        pos
    }

    /// A run of terminators starts at `start`: ends the sentence after it and its closing
    /// marks, unless something keeps it going. Returns where to go on.
    fn after_terminators(&mut self, start: usize) -> usize {
        let run_end = self.skip(start, is_terminator);
        let end = self.skip(run_end, is_closer);
        let glued = self.char_at(end).is_some_and(|c| !is_separator(c));
        if glued && !is_missing_space(self.text, start, run_end) {
            // Glued to what follows, `3.5` or `www.sana.sy`; the marks after the run are
            // read as running text.
            return run_end;
        }
        let text = self.text;
        let closers = &text[run_end..end];
        self.update_quotes(run_end, |quotes| closers.chars().for_each(|c| quotes.close(c)));
        let single_dot = &text[start..run_end] == ".";
        if (single_dot && is_abbreviation_before(text, start)) || self.lowercase_after(end) {
            return end;
        }
        if self.quotes.any() {
            self.held_back.push(end);
        } else {
            self.cut(end);
        }
        end
    }

    /// Updates the open quotes with the marks at `pos`. A quote that opens starts its count
    /// of characters; one that closes keeps together the sentences it held.
    fn update_quotes(&mut self, pos: usize, update: impl FnOnce(&mut OpenQuotes)) {
        let was_open = self.quotes.any();
        update(&mut self.quotes);
        match (was_open, self.quotes.any()) {
            (false, true) => {
                self.quote_chars = 0;
                self.counted_to = pos;
            }
            (true, false) => self.held_back.clear(),
            _ => {}
        }
    }

    /// True when the open quote has gone on too long to be one.
    fn quote_outlived(&mut self, pos: usize) -> bool {
        if !self.quotes.any() {
            return false;
        }
        // Counting on from where the last look stopped keeps the whole pass linear.
        let unseen = self.text.get(self.counted_to..pos).unwrap_or("");
        self.quote_chars += unseen.chars().count();
        self.counted_to = pos;
        self.quote_chars > MAX_QUOTE_CHARS
    }

    /// Forgets the open quotes, and ends the sentences they held together after all.
    fn drop_quotes(&mut self) {
        self.quotes = OpenQuotes::default();
        let held_back = std::mem::take(&mut self.held_back);
        for &end in &held_back {
            self.cut(end);
        }
        self.held_back = held_back;
        self.held_back.clear();
    }

    /// True when the next word after `pos` starts with a lowercase letter, as in `etc. and`.
    fn lowercase_after(&self, pos: usize) -> bool {
        let rest = self.text.get(pos..).unwrap_or("");
        rest.chars().find(|&c| !is_separator(c) || is_line_break(c)).is_some_and(is_lowercase)
    }

    /// A line break or the end of the text: the sentence ends, and so does every quote.
    fn end_paragraph(&mut self, pos: usize) {
        if self.quotes.any() {
            self.drop_quotes();
        }
        self.cut(pos);
    }

    /// Ends the sentence being read at `end`, keeping it if anything but white space is left.
    fn cut(&mut self, end: usize) {
        if end <= self.sentence_start {
            return;
        }
        if let Some(sentence) = trimmed(self.text, self.sentence_start..end) {
            self.sentences.push(sentence);
        }
        self.sentence_start = end;
    }

    fn finish(mut self) -> Vec<Range<usize>> {
        self.end_paragraph(self.text.len());
        self.sentences
    }
}

/// True for a letter of any script. Arabic and ASCII letters answer before the slow lookup.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_arabic_letter(c) || (!c.is_ascii() && c.is_alphabetic())
}

/// True for a lowercase letter; Arabic, which has no case, answers before the slow lookup.
fn is_lowercase(c: char) -> bool {
    c.is_ascii_lowercase() || (!c.is_ascii() && !is_arabic_letter(c) && c.is_lowercase())
}

/// `range` without the white space at its edges, or `None` when nothing else is left.
fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = text.get(range.clone())?;
    let start = range.start + (piece.len() - piece.trim_start_matches(is_separator).len());
    let end = range.start + piece.trim_end_matches(is_separator).len();
    (start < end).then_some(start..end)
}

/// Arabic spellings of the ends of web addresses (`العربية.نت`، `مصراوي.كوم`).
const ADDRESS_ENDS: &[&str] = &["نت", "كوم", "أورغ", "اورغ", "إنفو", "انفو"];

/// `أفاد المرصد.إلا أن`: a single dot between two Arabic words of three letters or more is a
/// full stop typed without its space (Arabic abbreviations are one letter a dot: `د.ب.أ`،
/// `أ.ف.ب`; numbers are not letters, and an address ends in a word of its own: `العربية.نت`).
fn is_missing_space(text: &str, dot: usize, after_dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let after = text.get(after_dot..).unwrap_or("");
    let next_word = after.split(|c: char| !is_arabic_letter(c)).next().unwrap_or("");
    let last_word = before.rsplit(|c: char| !is_arabic_letter(c)).next().unwrap_or("");
    // Names spelled letter by letter run two-letter syllables between dots (`بي.بي.سي`،
    // `أيه.دي.إس`): both words have three letters at least, and no dot follows the next.
    let worded = |word: &str| word.chars().count() >= MIN_GLUED_WORD_LETTERS;
    let chained = after[next_word.len()..].starts_with('.');
    after_dot == dot + 1
        && worded(next_word)
        && worded(last_word)
        && !chained
        && !ADDRESS_ENDS.contains(&next_word)
}

/// How many letters each of two words glued by a dot has when the dot is a full stop.
const MIN_GLUED_WORD_LETTERS: usize = 3;

/// True when the word that ends at the dot at byte `dot` is an abbreviation: one letter,
/// Arabic or Latin, harakat and tatweel aside (`د.`, `هـ.`, `ق.م.`, `U.S.`), or a Latin title.
/// A word is a run of letters of one script, so `وU.S.` ends in the word `S`.
fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let mut letters = 0;
    let mut word_start = dot;
    let mut arabic = None;
    // Looking back a bounded number of characters keeps this O(1) per dot, whatever the text.
    for (looked, (at, c)) in before.char_indices().rev().enumerate() {
        if looked == LOOK_BACK_CHARS {
            return false;
        }
        if is_mark(c) || c == TATWEEL {
            continue;
        }
        let script = is_arabic_letter(c);
        if !is_letter(c) || *arabic.get_or_insert(script) != script {
            break;
        }
        letters += 1;
        if letters > MAX_ABBREVIATION_LETTERS {
            return false;
        }
        word_start = at;
    }
    is_abbreviation(&before[word_start..], letters)
}

fn is_abbreviation(word: &str, letters: usize) -> bool {
    letters == 1 || (letters > 1 && LATIN_TITLES.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_dot_glued_between_two_arabic_words_ends_a_sentence() {
        assert_eq!(
            sentences("وأفاد المرصد.إلا أن الجيش نفى ذلك."),
            vec!["وأفاد المرصد.", "إلا أن الجيش نفى ذلك."]
        );
        // Abbreviations, numbers and addresses stay whole.
        assert_eq!(sentences("القدس (د.ب.أ) - قال الوزير."), vec!["القدس (د.ب.أ) - قال الوزير."]);
        assert_eq!(
            sentences("وقالت شبكة (سي.بي.اس) إن العدد كبير."),
            vec!["وقالت شبكة (سي.بي.اس) إن العدد كبير."]
        );
        assert_eq!(
            sentences("وقال لـ\"العربية.نت\" إن الوضع هادئ."),
            vec!["وقال لـ\"العربية.نت\" إن الوضع هادئ."]
        );
        assert_eq!(
            sentences("نما الاقتصاد 3.5 في المئة وفق www.sana.sy اليوم."),
            vec!["نما الاقتصاد 3.5 في المئة وفق www.sana.sy اليوم."]
        );
    }

    #[test]
    fn ends_after_terminators_and_their_runs() {
        assert_eq!(
            sentences("قصف الطيران المدينة. هل انسحبوا؟ نعم! ماذا؟! انتهى... وبعد"),
            vec!["قصف الطيران المدينة.", "هل انسحبوا؟", "نعم!", "ماذا؟!", "انتهى...", "وبعد"]
        );
        assert_eq!(
            sentences("توقف القتال؛ ثم عاد… وانتهى۔ أخيرا"),
            vec!["توقف القتال؛", "ثم عاد…", "وانتهى۔", "أخيرا"]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_the_terminator() {
        assert_eq!(
            sentences("قال: «انسحبنا.» ثم غادر. وقالوا \"لن نعود!\" (وهذا صحيح.) انتهى"),
            vec!["قال: «انسحبنا.»", "ثم غادر.", "وقالوا \"لن نعود!\"", "(وهذا صحيح.)", "انتهى"]
        );
        assert_eq!(sentences("وصف ”الهدنة؟” كاذبة"), vec!["وصف ”الهدنة؟”", "كاذبة"]);
    }

    #[test]
    fn every_line_break_ends_a_sentence() {
        assert_eq!(
            sentences("العنوان\nالفقرة الأولى\r\nالفقرة الثانية\u{2029}الثالثة\u{2028}الرابعة"),
            vec!["العنوان", "الفقرة الأولى", "الفقرة الثانية", "الثالثة", "الرابعة"]
        );
        assert_eq!(sentences("\n\n  \r\n"), Vec::<&str>::new());
    }

    #[test]
    fn a_dot_between_digits_is_no_end() {
        assert_eq!(
            sentences("نزح 3.5 مليون و1.000.000 طفل، أي ٣٫٥ و٣.٥ بالمئة. ثم"),
            vec!["نزح 3.5 مليون و1.000.000 طفل، أي ٣٫٥ و٣.٥ بالمئة.", "ثم"]
        );
        assert_eq!(sentences("في عام 2018. ثم"), vec!["في عام 2018.", "ثم"]);
    }

    #[test]
    fn a_terminator_glued_to_what_follows_is_no_end() {
        assert_eq!(
            sentences("نشر موقع www.sana.sy الخبر في https://sana.sy/?p=1 اليوم. ثم"),
            vec!["نشر موقع www.sana.sy الخبر في https://sana.sy/?p=1 اليوم.", "ثم"]
        );
    }

    #[test]
    fn arabic_abbreviations_of_one_letter_do_not_end_sentences() {
        assert_eq!(
            sentences("قال د. محمد إن المدينة بنيت عام 300 ق.م. وهدمت عام 1441 هـ. ثم أعيد بناؤها."),
            vec!["قال د. محمد إن المدينة بنيت عام 300 ق.م. وهدمت عام 1441 هـ. ثم أعيد بناؤها."]
        );
        assert_eq!(
            sentences("نقلت أ.ف.ب ود.ب.أ وص.ب. 12 الخبر. ثم"),
            vec!["نقلت أ.ف.ب ود.ب.أ وص.ب. 12 الخبر.", "ثم"]
        );
        // Harakat on the letter do not make it a word.
        assert_eq!(sentences("قال دُ. محمد"), vec!["قال دُ. محمد"]);
        // Two letters are a word.
        assert_eq!(sentences("قال هو. ثم"), vec!["قال هو.", "ثم"]);
    }

    #[test]
    fn latin_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("التقى Mr. Smith وDr. Jones مبعوث U.S. وU.N. اليوم. ثم"),
            vec!["التقى Mr. Smith وDr. Jones مبعوث U.S. وU.N. اليوم.", "ثم"]
        );
        assert_eq!(
            sentences("Arms, e.g. rifles, i.e. weapons, etc. and more. Then"),
            vec!["Arms, e.g. rifles, i.e. weapons, etc. and more.", "Then"]
        );
        assert_eq!(sentences("Mr. Smith"), vec!["Mr. Smith"]);
        assert_eq!(sentences("We left etc. Then"), vec!["We left etc.", "Then"]);
    }

    #[test]
    fn an_ellipsis_after_one_letter_still_ends() {
        assert_eq!(sentences("أ... ب"), vec!["أ...", "ب"]);
    }

    #[test]
    fn terminators_inside_quotes_and_brackets_do_not_end_sentences() {
        assert_eq!(
            sentences("قال: «سننسحب. لن نبقى»، وأضاف أنه سيعود. ثم"),
            vec!["قال: «سننسحب. لن نبقى»، وأضاف أنه سيعود.", "ثم"]
        );
        assert_eq!(
            sentences("وصفه بـ”دولة الخلافة. المزعومة” وقال \"لا. أبدا\" (انظر. الصورة) أمس. ثم"),
            vec!["وصفه بـ”دولة الخلافة. المزعومة” وقال \"لا. أبدا\" (انظر. الصورة) أمس.", "ثم"]
        );
        assert_eq!(
            sentences("قال: «أكد “لن نبقى.” ثم خرج» أمس. ثم"),
            vec!["قال: «أكد “لن نبقى.” ثم خرج» أمس.", "ثم"]
        );
    }

    #[test]
    fn a_quote_that_never_closes_in_its_paragraph_is_no_quote() {
        assert_eq!(
            sentences("قال: «سننسحب. لن نبقى. سنعود\nثم غادر. وانتهى"),
            vec!["قال: «سننسحب.", "لن نبقى.", "سنعود", "ثم غادر.", "وانتهى"]
        );
        assert_eq!(sentences("قال \"نعم. لا. ربما"), vec!["قال \"نعم.", "لا.", "ربما"]);
    }

    #[test]
    fn a_quote_open_too_long_stops_holding_sentences_together() {
        let long = "كلام طويل جدا ".repeat(50);
        let text = format!("قال: «بداية. {long}. وسط» نهاية. ثم");
        let got = sentences(&text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "قال: «بداية.");
        // The closing mark of a forgotten quote closes nothing.
        assert_eq!(got[2], "وسط» نهاية.");
        // Under the limit the same quote holds.
        let text = "قال: «بداية. كلام. وسط» نهاية. ثم";
        assert_eq!(sentences(text), vec!["قال: «بداية. كلام. وسط» نهاية.", "ثم"]);
    }

    #[test]
    fn a_quote_is_measured_from_where_it_opens() {
        let before = "كلام ".repeat(150);
        let text = format!("{before}«سننسحب. لن نبقى» وغادر. ثم");
        let got = sentences(&text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("«سننسحب. لن نبقى» وغادر."));
    }

    #[test]
    fn the_byte_sieve_lets_through_every_character_acted_on() {
        let acted_on = |c: char| is_line_break(c) || is_terminator(c) || is_quote_mark(c);
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| acted_on(c)) {
            let encoded = c.to_string();
            let bytes = encoded.as_bytes();
            let stops = (0..bytes.len())
                .any(|pos| SIGNALS[bytes[pos] as usize] && signalled_char(bytes, pos) == Some(0));
            assert!(stops, "the scan passes {c:?} by");
        }
    }

    #[test]
    fn sentences_are_trimmed_of_white_space_and_invisible_controls() {
        let text = "\u{200F} \u{00A0}قصف.\u{00A0}\u{200F}\t انسحب \u{FEFF}";
        assert_eq!(sentences(text), vec!["قصف.", "انسحب"]);
        assert_eq!(sentences("قصف.\u{200F}انسحب"), vec!["قصف.", "انسحب"]);
        assert_eq!(split_sentences("  أ.  "), vec![2..5]);
    }

    #[test]
    fn odd_inputs_do_not_break_it() {
        assert_eq!(sentences(""), Vec::<&str>::new());
        assert_eq!(sentences("."), vec!["."]);
        assert_eq!(sentences("»» ..  ?"), vec!["»» ..", "?"]);
        assert_eq!(sentences("\u{064B}. \u{0652}"), vec!["\u{064B}.", "\u{0652}"]);
        assert_eq!(sentences("ـ. ب"), vec!["ـ.", "ب"]);
    }

    #[test]
    fn a_paragraph_with_every_rule() {
        let text = "\u{200F}قال المتحدث د. أحمد حسن إن 3.5 ألف مقاتل انسحبوا من ١.٠٠٠.٠٠٠ متر مربع، \
            أي ٣٫٥ كم. وأضاف: «سننسحب. لن نبقى»، وفق وكالة (أ.ف.ب). هل انتهت المعركة؟! لا أحد يعرف…\n\
            ونشر موقع www.sana.sy بيانا لـ”دولة الخلافة. المزعومة” مؤرخا في 1441 هـ. \
            (المصدر: سانا. الصورة: رويترز) وقال Mr. Smith, e.g. the U.S. envoy, etc. and others: \
            \"We stay.\" ثم غادر؛ وانتهى الاجتماع.\r\n\r\n\
            فقرة بلا نقطة\u{2029}قال: «اقتباس لا يُغلق. ولن يُغلق أبداً\n";
        let rendered: Vec<String> =
            sentences(text).iter().enumerate().map(|(i, s)| format!("{}| {s}", i + 1)).collect();
        insta::assert_snapshot!(rendered.join("\n"));
    }

    /// What a sentence must be trimmed of, written out again so the test does not trust the code.
    fn blank(c: char) -> bool {
        c.is_whitespace()
            || ('\u{200B}'..='\u{200F}').contains(&c)
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || ['\u{061C}', '\u{FEFF}', '\u{00AD}'].contains(&c)
    }

    fn check_ranges(text: &str) -> Result<(), TestCaseError> {
        let ranges = split_sentences(text);
        let mut covered_to = 0;
        for range in &ranges {
            prop_assert!(range.start < range.end, "empty {range:?}");
            prop_assert!(range.end <= text.len(), "beyond the text {range:?}");
            prop_assert!(range.start >= covered_to, "overlap or disorder {range:?}");
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            let sentence = &text[range.clone()];
            prop_assert!(
                !sentence.starts_with(blank) && !sentence.ends_with(blank),
                "untrimmed {sentence:?}"
            );
            let gap = &text[covered_to..range.start];
            prop_assert!(gap.chars().all(blank), "uncovered {gap:?}");
            covered_to = range.end;
        }
        let rest = &text[covered_to..];
        prop_assert!(rest.chars().all(blank), "uncovered tail {rest:?}");
        prop_assert_eq!(split_sentences(text), ranges, "not deterministic");
        Ok(())
    }

    /// Pieces of Arabic news text with everything the splitter acts on, and traps.
    fn newsy_text() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "قال",
            "د",
            "م",
            "هـ",
            "أ",
            "ق",
            "ب",
            "الرقة",
            "Mr",
            "U",
            "e",
            "etc",
            "www",
            "sana",
            "3",
            "٣",
            "١٠٠٠",
            "٫",
            ".",
            ".",
            ".",
            "...",
            "…",
            "؟",
            "?",
            "!",
            "؛",
            "۔",
            "،",
            ":",
            "«",
            "»",
            "“",
            "”",
            "\"",
            "(",
            ")",
            "]",
            "’",
            " ",
            " ",
            " ",
            "\u{00A0}",
            "\n",
            "\r\n",
            "\r",
            "\u{2029}",
            "\u{2028}",
            "\u{200F}",
            "\u{200E}",
            "\u{061C}",
            "\u{FEFF}",
            "ـ",
            "\u{064B}",
            "\u{064C}",
            "\u{064D}",
            "\u{064E}",
            "\u{064F}",
            "\u{0650}",
            "\u{0651}",
            "\u{0652}",
            "\u{0670}",
            "\u{200C}",
            "😀",
            "x",
        ];
        prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn ranges_hold_for_any_string(text in any::<String>()) {
            check_ranges(&text)?;
        }

        #[test]
        fn ranges_hold_for_newsy_text(text in newsy_text()) {
            check_ranges(&text)?;
        }

        #[test]
        fn text_without_terminators_or_line_breaks_is_one_sentence(text in newsy_text()) {
            let text: String = text.chars().filter(|&c| !is_terminator(c) && !is_line_break(c)).collect();
            prop_assert!(split_sentences(&text).len() <= 1);
        }

        #[test]
        fn a_quote_holds_its_sentences_up_to_its_limit(words in 1usize..300) {
            let text = format!("«{}»", "كلمة. ".repeat(words));
            let found = sentences(&text);
            let longest = found.iter().map(|s| s.chars().count()).max().unwrap_or(0);
            prop_assert!(longest <= MAX_QUOTE_CHARS + 8, "{longest}");
            if text.chars().count() <= MAX_QUOTE_CHARS {
                prop_assert_eq!(found.len(), 1);
            }
        }
    }

    #[test]
    fn every_signal_byte_may_signal() {
        for byte in 0..=u8::MAX {
            assert!(!SIGNALS[usize::from(byte)] || may_signal(byte) == 1, "{byte:#x}");
        }
        for letter in "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى ".bytes() {
            assert_eq!(may_signal(letter), 0, "{letter:#x}");
        }
    }

    proptest! {
        /// A chunk a step finds the same signal as one byte a step.
        #[test]
        fn the_chunked_signal_scan_finds_the_first_signal(
            bytes in prop::collection::vec(
                prop_oneof![
                    6 => Just(0xD8u8), 6 => Just(0xA7), 3 => Just(b' '), 1 => Just(b'.'), 1 => Just(0x9F),
                    1 => Just(0xC2), 1 => Just(0x90), 1 => Just(b','), 1 => Just(0xE2), 2 => any::<u8>(),
                ],
                0..200,
            ),
            from in 0usize..210,
        ) {
            let plain = (from..bytes.len()).find(|&at| SIGNALS[usize::from(bytes[at])]).unwrap_or(bytes.len().max(from));
            prop_assert_eq!(next_signal(&bytes, from), plain);
        }
    }
}
