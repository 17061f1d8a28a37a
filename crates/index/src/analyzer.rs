//! The Arabic analyzer: marsad's own text engine turned into search terms.
//!
//! One rule for documents and queries alike, so that they meet:
//!
//! - the text is cut by [`marsad_text::token::tokenize`];
//! - an Arabic word becomes its [`marsad_text::stem::stem`]: clitics off (by the segmenter,
//!   which never cuts a protected word: `بغداد` stays whole, it is not `ب` + `غداد`), folded
//!   (alef and hamza seats, ta marbuta, alef maqsura, harakat, tatweel), the common noun and
//!   adjective endings off, and the spelling variants of `data/spelling-variants.tsv`
//!   unified (`أميركي` / `أمريكي`). So `أمريكية`, `أميركية`, `الأمريكية` and `وللأمريكية`
//!   give one term;
//! - a number becomes its ASCII digits (`٣٠٠٠`, `3,000` and `الـ3000` meet);
//! - Latin words, URLs and e-mail addresses are folded (lower case);
//! - a hashtag is read as the words in it (`#عاصي_الحلاني` gives two words);
//! - punctuation and symbols give no term.
//!
//! Every term carries the byte range of the **whole token as written** in the original text,
//! so a hit highlights `وللأمريكية`, not a folded stem. Positions count the terms, so
//! phrases match words in a row.

use std::ops::{ControlFlow, Range};

use compact_str::CompactString;
use marsad_text::fold::fold_key;
use marsad_text::hash::KeyMap;
use marsad_text::stem::stem;
use marsad_text::token::{tokenize, TokenKind};

/// A term longer than this (in bytes) is dropped: no word is that long, and tantivy refuses
/// terms past 64 KiB.
const MAX_TERM_BYTES: usize = 200;
/// The word → term cache is emptied when it holds this many words, so memory stays bounded.
const CACHED_WORDS: usize = 1 << 18;

/// One search term of a text: the key that is indexed and the original bytes it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub key: String,
    /// Byte range of the token as written in the analyzed text.
    pub range: Range<usize>,
    /// The term's position among the text's terms (0, 1, 2 …).
    pub position: usize,
}

/// Turns text into terms. It caches the term of every word it has seen: words repeat, and
/// stemming a word costs far more than looking it up.
///
/// Each distinct term gets a number, and the cache maps a word to its term's number, so a
/// snippet asks "is this word one of the query's terms" by comparing numbers
/// ([`Analyzer::for_each_key_term`]) rather than strings: an article has thousands of words,
/// and each string compared is another cache miss.
#[derive(Debug, Default)]
pub struct Analyzer {
    /// Each word seen → its term's number ([`NO_TERM`] when it gives none): a hit is then
    /// one lookup. Words of up to 24 bytes (12 Arabic letters: nearly all) are kept inline
    /// in the table, so the lookup reads no other memory.
    word_ids: KeyMap<CompactString, u32>,
    terms: Terms,
}

/// The terms met, numbered.
#[derive(Debug, Default)]
struct Terms {
    /// Each term by number.
    by_id: Vec<Box<str>>,
    /// Each term → its number, so that a term met again (another word with the same stem,
    /// or a query's key) gets the same one.
    ids: KeyMap<Box<str>, u32>,
}

impl Terms {
    /// The number of a term, given it now when it has none.
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.by_id.len() as u32;
        self.by_id.push(key.into());
        self.ids.insert(key.into(), id);
        id
    }

    fn clear(&mut self) {
        self.by_id.clear();
        self.ids.clear();
    }
}

/// The number of a word that gives no term (its stem is empty or too long to index).
const NO_TERM: u32 = u32::MAX;

impl Clone for Analyzer {
    /// A clone starts with an empty cache: each indexing thread fills its own.
    fn clone(&self) -> Self {
        Analyzer::default()
    }
}

impl Analyzer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Calls `emit(key, byte range)` for each term of `text`, in order.
    pub fn for_each_term(&mut self, text: &str, emit: &mut dyn FnMut(&str, Range<usize>)) {
        self.make_room();
        let _ = self.terms_of(text, 0, true, &mut |term, terms, range| {
            let key = match term {
                TermOf::Word(NO_TERM) => return ControlFlow::Continue(()),
                TermOf::Word(id) => &terms.by_id[id as usize],
                TermOf::Other(key) => key,
            };
            emit_checked(key, range, emit);
            ControlFlow::Continue(())
        });
    }

    /// Calls `emit(which key, byte range)` for each term of `text`, in order, until it
    /// breaks: the index in `keys` of the term when it is one of them (terms as
    /// [`Analyzer::for_each_term`] gives them), `None` otherwise. Faster than comparing what
    /// `for_each_term` gives: terms are compared by number, so a word costs one lookup in
    /// the cache and no string compare.
    pub fn for_each_key_term(
        &mut self,
        text: &str,
        keys: &[&str],
        emit: &mut dyn FnMut(Option<usize>, Range<usize>) -> ControlFlow<()>,
    ) {
        // Room is made before the keys are numbered, so no emptying of the cache can renumber
        // them while the text is read.
        self.make_room();
        let ids: Vec<u32> = keys.iter().map(|key| self.terms.id(key)).collect();
        let which = |id: u32| ids.iter().position(|key_id| *key_id == id);
        let _ = self.terms_of(text, 0, true, &mut |term, terms, range| match term {
            TermOf::Word(NO_TERM) => ControlFlow::Continue(()),
            TermOf::Word(id) => emit(which(id), range),
            TermOf::Other(key) if key.is_empty() || key.len() > MAX_TERM_BYTES => ControlFlow::Continue(()),
            // A term never numbered is none of the keys (they were numbered first).
            TermOf::Other(key) => emit(terms.ids.get(key).and_then(|id| which(*id)), range),
        });
    }

    /// Empties the cache when it is full, so memory stays bounded. Only at the start of a
    /// call: within one, the numbers must hold.
    fn make_room(&mut self) {
        if self.word_ids.len() >= CACHED_WORDS {
            self.word_ids.clear();
            self.terms.clear();
        }
    }

    /// The terms of `text` with their positions.
    pub fn terms(&mut self, text: &str) -> Vec<Term> {
        let mut terms = Vec::new();
        self.for_each_term(text, &mut |key, range| {
            let position = terms.len();
            terms.push(Term { key: key.to_string(), range, position });
        });
        terms
    }

    /// The terms of `text`, a slice that starts at byte `base` of the original. Hashtags are
    /// opened only at the top level (`open_hashtags`), so the recursion is one level deep.
    fn terms_of(
        &mut self,
        text: &str,
        base: usize,
        open_hashtags: bool,
        emit: &mut EmitTerm,
    ) -> ControlFlow<()> {
        for token in tokenize(text) {
            let Some(written) = text.get(token.start..token.end) else { continue };
            let range = base + token.start..base + token.end;
            match token.kind {
                TokenKind::Word => {
                    let id = self.word_id(written);
                    emit(TermOf::Word(id), &self.terms, range)?
                }
                TokenKind::Number => emit(TermOf::Other(&number_key(written)), &self.terms, range)?,
                TokenKind::Latin | TokenKind::Url | TokenKind::Email => {
                    emit(TermOf::Other(&fold_key(written)), &self.terms, range)?
                }
                TokenKind::Hashtag if open_hashtags => {
                    let body_start = token.start + '#'.len_utf8();
                    let body = text.get(body_start..token.end).unwrap_or("");
                    self.terms_of(body, base + body_start, false, emit)?;
                }
                TokenKind::Hashtag => emit(TermOf::Other(&fold_key(written)), &self.terms, range)?,
                TokenKind::Punct | TokenKind::Symbol => {}
            }
        }
        ControlFlow::Continue(())
    }

    /// The number of the term of one Arabic word, from the cache when the word was seen
    /// before; [`NO_TERM`] when the word gives none.
    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.word_ids.get(word) {
            return id;
        }
        let key = stem(word);
        let id = if key.is_empty() || key.len() > MAX_TERM_BYTES { NO_TERM } else { self.terms.id(&key) };
        self.word_ids.insert(CompactString::new(word), id);
        id
    }
}

/// What [`Analyzer::terms_of`] calls for each term: the term, the numbered terms to read
/// it by, its bytes; it may stop the reading.
type EmitTerm<'e> = dyn FnMut(TermOf, &Terms, Range<usize>) -> ControlFlow<()> + 'e;

/// A token's term as [`Analyzer::terms_of`] reads it: a word's by number (its stem is
/// cached), any other's as a string made for it.
enum TermOf<'a> {
    Word(u32),
    Other(&'a str),
}

thread_local! {
    /// The analyzer of searches on this thread: its cache stays warm from one search to the
    /// next, which keeps snippets cheap.
    static THREAD_ANALYZER: std::cell::RefCell<Analyzer> = std::cell::RefCell::new(Analyzer::new());
}

/// Runs `work` with this thread's analyzer (a fresh one should it be in use already).
pub fn with_thread_analyzer<R>(work: impl FnOnce(&mut Analyzer) -> R) -> R {
    THREAD_ANALYZER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut analyzer) => work(&mut analyzer),
        Err(_) => work(&mut Analyzer::new()),
    })
}

/// Emits a term unless it is empty or too long to index.
fn emit_checked(key: &str, range: Range<usize>, emit: &mut dyn FnMut(&str, Range<usize>)) {
    if !key.is_empty() && key.len() <= MAX_TERM_BYTES {
        emit(key, range);
    }
}

/// A number's term: its digits in ASCII and its decimal point, without thousands separators
/// or a proclitic cut off by a tatweel (`الـ24` → `24`, `1,000` → `1000`, `٣٫٥` → `3.5`).
fn number_key(written: &str) -> String {
    fold_key(written).chars().filter(|c| c.is_ascii_digit() || *c == '.').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        Analyzer::new().terms(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn spelling_variants_clitics_and_endings_meet() {
        let query = keys("أمريكية");
        for word in ["أميركية", "الأمريكية", "وللأمريكية", "الأميركي"] {
            assert_eq!(keys(word), query, "{word}");
        }
        assert_eq!(keys("أميركا"), keys("وأمريكا"));
    }

    #[test]
    fn baghdad_keeps_its_first_letter() {
        assert_eq!(keys("بغداد"), keys("وبغداد"));
        assert_ne!(keys("بغداد"), keys("غداد"));
    }

    #[test]
    fn ranges_cover_the_word_as_written() {
        let text = "قالت وللأمريكية: 3,000.";
        let terms = Analyzer::new().terms(text);
        let shown: Vec<&str> = terms.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(shown, vec!["قالت", "وللأمريكية", "3,000"]);
        assert_eq!(terms[2].key, "3000");
        assert_eq!(terms.iter().map(|t| t.position).collect::<Vec<_>>(), vec![0, 1, 2]);
    }

    #[test]
    fn numbers_of_every_script_meet() {
        assert_eq!(keys("٣٠٠٠"), keys("3000"));
        assert_eq!(keys("الـ24"), keys("24"));
    }

    #[test]
    fn hashtags_are_read_as_their_words() {
        let text = "#عاصي_الحلاني";
        let terms = Analyzer::new().terms(text);
        let shown: Vec<&str> = terms.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(shown, vec!["عاصي", "الحلاني"]);
    }

    #[test]
    fn latin_is_folded_and_punctuation_dropped() {
        assert_eq!(keys("UN ، «NATO»"), vec!["un", "nato"]);
    }
}
