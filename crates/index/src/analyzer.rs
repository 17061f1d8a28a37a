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

use std::ops::Range;

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
#[derive(Debug, Default)]
pub struct Analyzer {
    /// Each word seen → where its term is in `word_terms`: a hit is then one lookup.
    word_keys: KeyMap<Box<str>, u32>,
    word_terms: Vec<Box<str>>,
}

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
        self.terms_of(text, 0, true, emit);
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
        emit: &mut dyn FnMut(&str, Range<usize>),
    ) {
        for token in tokenize(text) {
            let Some(written) = text.get(token.start..token.end) else { continue };
            let range = base + token.start..base + token.end;
            match token.kind {
                TokenKind::Word => {
                    let key = self.word_key(written);
                    emit_checked(key, range, emit);
                }
                TokenKind::Number => emit_checked(&number_key(written), range, emit),
                TokenKind::Latin | TokenKind::Url | TokenKind::Email => {
                    emit_checked(&fold_key(written), range, emit)
                }
                TokenKind::Hashtag if open_hashtags => {
                    let body_start = token.start + '#'.len_utf8();
                    let body = text.get(body_start..token.end).unwrap_or("");
                    self.terms_of(body, base + body_start, false, emit);
                }
                TokenKind::Hashtag => emit_checked(&fold_key(written), range, emit),
                TokenKind::Punct | TokenKind::Symbol => {}
            }
        }
    }

    /// The term of one Arabic word, from the cache when the word was seen before.
    fn word_key(&mut self, word: &str) -> &str {
        if let Some(&at) = self.word_keys.get(word) {
            return &self.word_terms[at as usize];
        }
        if self.word_terms.len() >= CACHED_WORDS {
            self.word_keys.clear();
            self.word_terms.clear();
        }
        self.word_keys.insert(word.into(), self.word_terms.len() as u32);
        self.word_terms.push(stem(word).into());
        self.word_terms.last().map_or("", |term| term)
    }
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
