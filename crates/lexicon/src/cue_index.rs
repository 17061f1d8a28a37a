//! Finding cue words in a text: every inflected form of every listed cue, keyed by its folded
//! letters, looked up word by word with each proclitic reading the segmenter allows (the
//! whole word first: `وصل` is "arrived" before it is و + صل).
//!
//! A reading must suit the word's class: the article goes with nouns and participles, the
//! future س with the imperfect. Phrases (`فتح النار`، `وقف إطلاق النار`) are matched on the
//! folded words after their first one, and the longest phrase wins over a single word.

use marsad_text::hash::KeyFilter;
use rustc_hash::FxHashMap;

use marsad_text::clitic::{for_each_proclitic_reading, is_protected_letters, Proclitics};
use marsad_text::fold::fold_key;
use marsad_text::token::{is_arabic_letter, KeyedTokens};

use crate::cues::{Cue, CueData, WordClass};
use crate::inflect::inflect;

/// A listed cue, by its inflected first word.
#[derive(Debug, Clone)]
struct Entry {
    cue: u32,
    class: WordClass,
    /// The folded words after the first one, for a phrase.
    rest: Vec<String>,
}

/// Cue words found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// Indexes into [`CueData::cues`]: every cue the words can be (a word may be both an event
    /// trigger and a claim cue: نفى).
    pub cues: Vec<usize>,
    /// The first and last token of the match (one token for a single word).
    pub first_token: usize,
    pub last_token: usize,
    /// Byte range in the text, without the first word's proclitics.
    pub start: usize,
    pub end: usize,
    /// The proclitics the first word carries.
    pub proclitics: Proclitics,
}

/// The compiled cue lists.
#[derive(Debug, Clone)]
pub struct CueIndex {
    pub data: CueData,
    entries: FxHashMap<String, Vec<Entry>>,
    /// A Bloom filter over every form: a word, and each cut of its first letters, is asked
    /// of the table only when the filter may hold it, so most words cost a few instructions.
    filter: KeyFilter,
}

impl CueIndex {
    pub fn new(data: CueData) -> Self {
        let mut entries: FxHashMap<String, Vec<Entry>> = FxHashMap::default();
        for (index, cue) in data.cues.iter().enumerate() {
            let (first, rest) = split_phrase(cue);
            for form in inflect(&first, cue.class) {
                entries.entry(form).or_default().push(Entry {
                    cue: index as u32,
                    class: cue.class,
                    rest: rest.clone(),
                });
            }
        }
        // Longest phrases first, so the first entry that fits is the one to take.
        for list in entries.values_mut() {
            list.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        let filter = KeyFilter::with_bits(entries.keys(), FILTER_BITS);
        CueIndex { data, entries, filter }
    }

    /// Every cue in the text whose words are `keys` (folded once, for every reader), in
    /// order; matches do not overlap.
    pub fn find(&self, keys: &KeyedTokens) -> Vec<CueMatch> {
        let tokens = keys.tokens;
        let mut letters = Vec::new();
        let mut found = Vec::new();
        let mut index = 0;
        while index < tokens.len() {
            match self.match_at(keys, index, &mut letters) {
                Some(m) => {
                    index = m.last_token + 1;
                    found.push(m);
                }
                None => index += 1,
            }
        }
        found
    }

    /// The cue starting at token `index`, trying the whole word and then each proclitic reading.
    fn match_at(&self, keys: &KeyedTokens, index: usize, letters: &mut Vec<char>) -> Option<CueMatch> {
        let key = word_key(keys, index)?;
        if self.filter.may_contain(key.as_bytes()) {
            if let Some(m) = self.match_reading(keys, index, key, Proclitics::default()) {
                return Some(m);
            }
        }
        if !self.may_be_listed_after_proclitics(key) {
            return None;
        }
        letters.clear();
        letters.extend(key.chars());
        // A protected word is never cut (`بعدما` is "after", not ب + عدم).
        if is_protected_letters(letters) {
            return None;
        }
        // Short particles after و or ف (`ولم`، `وقد`، `فلن`): the segmenter keeps two-letter
        // words whole, but a lookup knows its words and may cut them.
        if letters.len() == 3 && matches!(letters[0], 'و' | 'ف') {
            let reading = Proclitics { letters: 1, conjunction: true, ..Proclitics::default() };
            let rest = key.char_indices().nth(1).map_or("", |(at, _)| &key[at..]);
            if let Some(m) = self.match_reading(keys, index, rest, reading) {
                return Some(m);
            }
        }
        let mut best = None;
        for_each_proclitic_reading(letters, |reading| {
            if best.is_none() && reading.letters > 0 {
                let cut = key.char_indices().nth(reading.letters).map_or(key.len(), |(at, _)| at);
                best = self.match_reading(keys, index, &key[cut..], reading);
            }
        });
        best
    }

    /// Whether cutting up to four proclitic letters off `key` may leave a listed form: only
    /// cuts made of proclitic letters (و ف ب ك ل س and the ا of ال) and not ending in ا are
    /// asked, of the filter first. Most words fail here, before any reading is tried.
    fn may_be_listed_after_proclitics(&self, key: &str) -> bool {
        for (letters, (at, c)) in key.char_indices().enumerate().take(MAX_PROCLITIC_LETTERS + 1) {
            if letters > 0 && !key[..at].ends_with('ا') {
                let stem = &key[at..];
                if self.filter.may_contain(stem.as_bytes()) && self.entries.contains_key(stem) {
                    return true;
                }
            }
            if !matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل' | 'س' | 'ا') {
                return false;
            }
        }
        false
    }

    fn match_reading(
        &self,
        keys: &KeyedTokens,
        index: usize,
        stem: &str,
        reading: Proclitics,
    ) -> Option<CueMatch> {
        let entries = self.entries.get(stem)?;
        // A word written with ة is a noun: `إضافة` is not أضاف + ه ("added it").
        let nominal_spelling = keys.raw(index).ends_with('ة');
        let fitting = entries
            .iter()
            .filter(|e| suits(e.class, reading))
            .filter(|e| !(nominal_spelling && matches!(e.class, WordClass::Past | WordClass::Present)));
        let mut chosen: Option<(usize, Vec<usize>)> = None;
        for entry in fitting {
            let Some(last) = phrase_end(keys, index, &entry.rest) else {
                continue;
            };
            match &mut chosen {
                Some((chosen_last, cues)) if *chosen_last == last => cues.push(entry.cue as usize),
                Some(_) => {} // a longer phrase was taken already
                None => chosen = Some((last, vec![entry.cue as usize])),
            }
        }
        let (last, cues) = chosen?;
        let first = keys.tokens[index];
        Some(CueMatch {
            cues,
            first_token: index,
            last_token: last,
            start: first.start + letters_bytes(keys.raw(index), reading.letters),
            end: keys.tokens[last].end,
            proclitics: reading,
        })
    }
}

/// A cue's first word (folded) and the folded words after it.
fn split_phrase(cue: &Cue) -> (String, Vec<String>) {
    let folded = fold_key(&cue.form);
    let mut words = folded.split(' ').filter(|w| !w.is_empty()).map(str::to_string);
    let first = words.next().unwrap_or_default();
    (first, words.collect())
}

/// Whether a word of `class` may carry the proclitics of `reading`.
fn suits(class: WordClass, reading: Proclitics) -> bool {
    let nominal = matches!(class, WordClass::Noun | WordClass::Participle);
    if reading.article && !nominal {
        return false;
    }
    if reading.future && class != WordClass::Present {
        return false;
    }
    !(reading.preposition && class == WordClass::Past)
}

/// The bytes the first `letters` Arabic letters of `word` take (with their marks).
fn letters_bytes(word: &str, letters: usize) -> usize {
    if letters == 0 {
        return 0;
    }
    let mut seen = 0;
    for (offset, c) in word.char_indices() {
        if is_arabic_letter(c) {
            if seen == letters {
                return offset;
            }
            seen += 1;
        }
    }
    word.len()
}

/// The most letters proclitics take from a word's front (و + ب + ال).
const MAX_PROCLITIC_LETTERS: usize = 4;

/// The filter's size: 2^21 bits (256 KB) keeps it sparse for the ~100,000 inflected forms.
const FILTER_BITS: u32 = 21;

/// The folded word at `index`; none for other tokens.
fn word_key<'k>(keys: &KeyedTokens<'k>, index: usize) -> Option<&'k str> {
    Some(keys.key(index)).filter(|k| !k.is_empty())
}

/// The last token of a phrase whose first word is at `index` and whose other words are
/// `rest`; `index` itself for a single word.
fn phrase_end(keys: &KeyedTokens, index: usize, rest: &[String]) -> Option<usize> {
    for (offset, word) in rest.iter().enumerate() {
        if word_key(keys, index + 1 + offset) != Some(word.as_str()) {
            return None;
        }
    }
    Some(index + rest.len())
}
